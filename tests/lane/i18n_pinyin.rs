//! The household search of `lane open` at a terminal finds a head of household
//! by the pinyin of the name as well as by its characters: `zgl` and
//! `zhang gui` find 张桂兰 (issue 13). Driven through a pseudo-terminal.

use crate::harness::Village;

/// A Chinese folder with the seed's households and 张桂兰's (H0004).
fn village() -> Village {
    let v = Village::chinese();
    v.seed();
    let hh = v.read("households.csv");
    v.write(
        "households.csv",
        format!("{hh}H0004,张桂兰,A02,二组2号,2,,,\n"),
    );
    v
}

/// Opens a hazard case at a terminal, typing `query` into the household search;
/// returns the case file.
#[cfg(unix)]
fn open_typing(v: &Village, query: &str) -> String {
    use crate::harness::{pty, pty_text as bytes, type_keys as keys};
    let mut p = pty(v, &["open"], &[("LANE_BY", "L02")]);
    p.exp_string(&bytes("类别")).unwrap();
    keys(&mut p, "j\r"); // the second: 安全隐患 (hazard)
    p.exp_string(&bytes(
        "住户（输入户主姓名的一部分，或其拼音、拼音首字母，如 zgl、zhang gui）",
    ))
    .unwrap();
    // The list shows each head with the pinyin the search matches.
    p.exp_string(&bytes("张桂兰 H0004（A02）  zhang gui lan"))
        .unwrap();
    keys(&mut p, &format!("{query}\r"));
    p.exp_string(&bytes("反映的问题")).unwrap();
    keys(&mut p, "漏水\r");
    p.exp_eof().unwrap();
    let ids: Vec<String> = std::fs::read_dir(v.path("tickets/2026"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let newest = ids.into_iter().max().unwrap();
    std::fs::read_to_string(newest).unwrap()
}

#[cfg(unix)]
#[test]
fn initials_and_syllables_find_the_head_of_household() {
    let v = village();
    for query in ["zgl", "zhang gui", "guilan"] {
        let file = open_typing(&v, query);
        assert!(
            file.contains(
                "title = \"漏水\"\ncategory = \"hazard\"\nalley = \"A02\"\nhousehold = \"H0004\"\n"
            ),
            "{query}: {file}"
        );
    }
}
