//! A thing given by its name where its key or ID is asked for: `--category
//! 环境卫生` for `sanitation`, `--alley 槐树巷` for `A01`, `--household 王秀英` for
//! `H0001`. The key or ID itself always wins; a name counts when it names one
//! thing only. The names are the folder's (lane.toml, the registries), in its
//! language; this is the one place that matches them, for every flag.

/// One thing that may be given by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Its key or ID, what the files store.
    pub id: String,
    /// Its name as the folder writes it (an alley's name, a household's head).
    pub name: String,
    /// What tells two of the same name apart when both are listed (a
    /// household's alley, an alley's villager group); may be empty.
    pub place: String,
}

impl Candidate {
    pub fn new(id: impl Into<String>, name: impl Into<String>, place: impl Into<String>) -> Self {
        Candidate {
            id: id.into(),
            name: name.into(),
            place: place.into(),
        }
    }
}

/// What a given word is among the candidates.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// The key or ID of a candidate, or the name of exactly one: its key or ID.
    Found(&'a str),
    /// The name of several: they are listed, and none is taken.
    Ambiguous(Vec<&'a Candidate>),
    /// Neither: the caller goes on with the word as it always has (and says
    /// it is not a key or an ID, as it always has).
    Unknown,
}

/// Whether `name` is `given`: the same text once trimmed, ASCII letters in
/// either case (`well lane` is `Well Lane`).
fn same_name(name: &str, given: &str) -> bool {
    let (name, given) = (name.trim(), given.trim());
    !name.is_empty() && (name == given || name.eq_ignore_ascii_case(given))
}

/// Looks `given` up: first as a key or ID (exactly, as before names were
/// accepted), then as a name.
pub fn lookup<'a>(given: &str, candidates: &'a [Candidate]) -> Lookup<'a> {
    if let Some(c) = candidates.iter().find(|c| c.id == given) {
        return Lookup::Found(&c.id);
    }
    let named: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| same_name(&c.name, given))
        .collect();
    match named.as_slice() {
        [] => Lookup::Unknown,
        [one] => Lookup::Found(&one.id),
        _ => Lookup::Ambiguous(named),
    }
}

/// The items of a list as the clerk writes it: split at `,`, `，` or `、`,
/// trimmed, empty items dropped.
pub fn items(spec: &str) -> Vec<&str> {
    spec.split([',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// A list of keys or names (`--met 助人为乐,家庭和睦`) as the list of keys,
/// joined by `,`: each item that is a key or one thing's name becomes its key,
/// any other stays as given (for the caller to refuse). A name of several
/// things is the error: the name and the things.
pub fn keys_of_list<'a>(
    spec: &str,
    candidates: &'a [Candidate],
) -> Result<String, (String, Vec<&'a Candidate>)> {
    let mut keys = Vec::new();
    for item in items(spec) {
        match lookup(item, candidates) {
            Lookup::Found(k) => keys.push(k.to_string()),
            Lookup::Ambiguous(c) => return Err((item.to_string(), c)),
            Lookup::Unknown => keys.push(item.to_string()),
        }
    }
    Ok(keys.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn households() -> Vec<Candidate> {
        vec![
            Candidate::new("H0001", "王秀英", "槐树巷"),
            Candidate::new("H0003", "张桂兰", "槐树巷"),
            Candidate::new("H0017", "张桂兰", "东街"),
            // A head whose name is another household's ID: the ID wins.
            Candidate::new("H0020", "H0001", "东街"),
            Candidate::new("H0021", "Wang Li", "East Street"),
        ]
    }

    #[test]
    fn an_id_wins_then_a_name_of_one() {
        let hs = households();
        assert_eq!(lookup("H0001", &hs), Lookup::Found("H0001"));
        assert_eq!(lookup("王秀英", &hs), Lookup::Found("H0001"));
        assert_eq!(lookup(" 王秀英 ", &hs), Lookup::Found("H0001"));
        assert_eq!(lookup("wang li", &hs), Lookup::Found("H0021"));
        assert_eq!(lookup("H0020", &hs), Lookup::Found("H0020"));
    }

    #[test]
    fn a_name_of_several_lists_them_and_takes_none() {
        let hs = households();
        match lookup("张桂兰", &hs) {
            Lookup::Ambiguous(c) => {
                let ids: Vec<&str> = c.iter().map(|c| c.id.as_str()).collect();
                assert_eq!(ids, ["H0003", "H0017"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn anything_else_is_unknown() {
        let hs = households();
        assert_eq!(lookup("王秀", &hs), Lookup::Unknown);
        assert_eq!(lookup("h0003", &hs), Lookup::Unknown);
        assert_eq!(lookup("", &hs), Lookup::Unknown);
        // An empty name names nothing.
        let blank = [Candidate::new("A09", "", "")];
        assert_eq!(lookup(" ", &blank), Lookup::Unknown);
    }

    #[test]
    fn lists_take_keys_and_names_in_any_separator() {
        let criteria = [
            Candidate::new("helpful", "助人为乐", ""),
            Candidate::new("harmony", "家庭和睦", ""),
            Candidate::new("honest", "诚信守法", ""),
        ];
        assert_eq!(
            keys_of_list("助人为乐,家庭和睦", &criteria),
            Ok("helpful,harmony".into())
        );
        assert_eq!(
            keys_of_list("助人为乐，honest、 家庭和睦 ", &criteria),
            Ok("helpful,honest,harmony".into())
        );
        assert_eq!(
            keys_of_list("助人为乐,勤劳", &criteria),
            Ok("helpful,勤劳".into())
        );
        assert_eq!(keys_of_list("", &criteria), Ok(String::new()));
        let twice = [
            Candidate::new("a", "同名", ""),
            Candidate::new("b", "同名", ""),
        ];
        let (name, c) = keys_of_list("同名", &twice).unwrap_err();
        assert_eq!((name.as_str(), c.len()), ("同名", 2));
    }
}
