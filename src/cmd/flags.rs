//! The flags that take a key or an ID accept its name too (issue 13), the clerk's
//! words: `--category 环境卫生`, `--alley 槐树巷`, `--to 镇党委`, `--met
//! 助人为乐,家庭和睦`, `--household 王秀英` (the head, where no other household has
//! that head), `--by 张桂兰` / `--leader 张桂兰`. A key or ID is taken as before and
//! wins over a name; a word that is neither goes on as given, to be refused as
//! before; a name of several things is refused here, listing them with their
//! IDs. The matching is [`crate::model::names`]'s.

use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::names::{keys_of_list, lookup, Candidate, Lookup};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::stars::Layout;
use crate::msg;
use crate::store::registry::Registry;
use crate::store::Store;

/// What the candidates are, for the error that lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Household,
    Alley,
    Leader,
    Category,
    Level,
    Criterion,
}

/// `given` as its key or ID among `candidates`, else as given.
fn take(kind: Kind, flag: &str, given: &str, candidates: &[Candidate]) -> Result<String> {
    match lookup(given, candidates) {
        Lookup::Found(id) => Ok(id.to_string()),
        // Not ASCII, so no alley ID: it was meant as a name (an ASCII string
        // keeps the ID checks and the registry's own error).
        Lookup::Unknown if matches!(kind, Kind::Alley) && !given.is_ascii() => Err(Error::input(
            msg!("cmd-no-alley-named", flag = flag, name = given.trim()),
        )
        .hint(msg!("cmd-no-alley-named-hint"))),
        Lookup::Unknown => Ok(given.to_string()),
        Lookup::Ambiguous(c) => Err(ambiguous(kind, flag, given, &c)),
    }
}

/// The error for a name of several things: what they are, with their IDs, and
/// the hint to give the ID. Bad input: exit 2.
fn ambiguous(kind: Kind, flag: &str, name: &str, c: &[&Candidate]) -> Error {
    let list: Vec<String> = c
        .iter()
        .map(|c| match c.place.is_empty() {
            true => c.id.clone(),
            false => msg!(
                "cmd-candidate",
                id = c.id.as_str(),
                place = c.place.as_str()
            ),
        })
        .collect();
    let list = list.join(&msg!("cmd-candidate-separator"));
    let (n, name) = (c.len(), name.trim());
    let problem = match kind {
        Kind::Household => msg!("cmd-ambiguous-household", n = n, name = name, list = list),
        Kind::Alley => msg!("cmd-ambiguous-alley", n = n, name = name, list = list),
        Kind::Leader => msg!("cmd-ambiguous-leader", n = n, name = name, list = list),
        Kind::Category => msg!("cmd-ambiguous-category", n = n, name = name, list = list),
        Kind::Level => msg!("cmd-ambiguous-level", n = n, name = name, list = list),
        Kind::Criterion => msg!("cmd-ambiguous-criterion", n = n, name = name, list = list),
    };
    let first = c[0].id.as_str();
    let keyed = matches!(kind, Kind::Category | Kind::Level | Kind::Criterion);
    let hint = match (keyed, flag.starts_with("--")) {
        (false, true) => msg!("cmd-ambiguous-id-flag-hint", flag = flag, id = first),
        (false, false) => msg!("cmd-ambiguous-id-hint", id = first),
        (true, true) => msg!("cmd-ambiguous-key-flag-hint", flag = flag, key = first),
        (true, false) => msg!("cmd-ambiguous-key-hint", key = first),
    };
    Error::input(problem).hint(hint)
}

/// `given` among things placed in alleys (households, leaders): a name of
/// several lists them with their alleys' names, read only then (an unreadable
/// alleys.csv leaves the IDs).
fn take_placed(
    store: &Store,
    kind: Kind,
    flag: &str,
    given: &str,
    candidates: Vec<Candidate>,
) -> Result<String> {
    match lookup(given, &candidates) {
        Lookup::Found(id) => Ok(id.to_string()),
        Lookup::Unknown => Ok(given.to_string()),
        Lookup::Ambiguous(c) => {
            let alleys = store.load::<Alley>().ok();
            let named: Vec<Candidate> = c
                .into_iter()
                .map(|c| {
                    let a = alleys.as_ref().and_then(|r| r.get(&c.place));
                    let place = a.map_or(c.place.clone(), |a| a.name.clone());
                    Candidate::new(c.id.as_str(), c.name.as_str(), place)
                })
                .collect();
            Err(ambiguous(
                kind,
                flag,
                given,
                &named.iter().collect::<Vec<_>>(),
            ))
        }
    }
}

/// A household by its ID or its head's name; two households of that head are
/// listed with their alleys.
pub fn household(
    store: &Store,
    households: &Registry<Household>,
    flag: &str,
    given: &str,
) -> Result<String> {
    let c: Vec<Candidate> = households
        .iter()
        .map(|h| Candidate::new(h.id.as_str(), &h.head, h.alley.as_str()))
        .collect();
    take_placed(store, Kind::Household, flag, given, c)
}

/// An alley by its ID or its name; two of a name are listed with their
/// villager groups.
pub fn alley(alleys: &Registry<Alley>, flag: &str, given: &str) -> Result<String> {
    let c: Vec<Candidate> = alleys
        .iter()
        .map(|a| Candidate::new(a.id.as_str(), &a.name, &a.group))
        .collect();
    take(Kind::Alley, flag, given, &c)
}

/// A lane leader by ID or name; two of a name are listed with their alleys.
pub fn leader(
    store: &Store,
    leaders: &Registry<Leader>,
    flag: &str,
    given: &str,
) -> Result<String> {
    let c: Vec<Candidate> = leaders
        .iter()
        .map(|l| {
            let alley = l.alley.as_ref().map_or("", |a| a.as_str());
            Candidate::new(l.id.as_str(), &l.name, alley)
        })
        .collect();
    take_placed(store, Kind::Leader, flag, given, c)
}

/// A category of lane.toml by key or name.
pub fn category(cfg: &Config, flag: &str, given: &str) -> Result<String> {
    let c: Vec<Candidate> = cfg
        .categories
        .iter()
        .map(|c| Candidate::new(&c.key, &c.name, ""))
        .collect();
    take(Kind::Category, flag, given, &c)
}

/// A level of lane.toml by key or name (`--to 镇党委`).
pub fn level(cfg: &Config, flag: &str, given: &str) -> Result<String> {
    let c: Vec<Candidate> = cfg
        .levels
        .iter()
        .map(|l| Candidate::new(&l.key, &l.name, ""))
        .collect();
    take(Kind::Level, flag, given, &c)
}

/// `--met`: the criteria by key or name, as the list of keys `parse_met` reads.
pub fn criteria(layout: &Layout, spec: &str) -> Result<String> {
    let c: Vec<Candidate> = layout
        .keys
        .iter()
        .zip(&layout.names)
        .map(|(k, n)| Candidate::new(k, n, ""))
        .collect();
    keys_of_list(spec, &c).map_err(|(name, c)| ambiguous(Kind::Criterion, "--met", &name, &c))
}

/// [`household`] of a flag that may be missing; households.csv is read when
/// it is given.
pub fn household_in(store: &Store, flag: &str, given: Option<&str>) -> Result<Option<String>> {
    let Some(g) = given else { return Ok(None) };
    household(store, &store.load::<Household>()?, flag, g).map(Some)
}

/// [`alley`] of a flag that may be missing; alleys.csv is read when it is given.
pub fn alley_in(store: &Store, flag: &str, given: Option<&str>) -> Result<Option<String>> {
    let Some(g) = given else { return Ok(None) };
    alley(&store.load::<Alley>()?, flag, g).map(Some)
}

/// [`leader`] of a flag that may be missing; leaders.csv is read when it is given.
pub fn leader_in(store: &Store, flag: &str, given: Option<&str>) -> Result<Option<String>> {
    let Some(g) = given else { return Ok(None) };
    leader(store, &store.load::<Leader>()?, flag, g).map(Some)
}

/// A report's period flags as typed, for [`crate::model::period::Asked::period`].
pub fn asked(p: &crate::cli::PeriodArgs) -> crate::model::period::Asked<'_> {
    crate::model::period::Asked {
        month: p.month.as_deref(),
        quarter: p.quarter.as_deref(),
        year: p.year.as_deref(),
        from: p.from.as_deref(),
        to: p.to.as_deref(),
    }
}
