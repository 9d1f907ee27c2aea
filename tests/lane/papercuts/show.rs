//! `household show` lists the household's cases and patrol visits, `leader show`
//! the cases not closed in the leader's alleys, in every format.

use crate::harness::{csv_rows, json, Village};

fn village() -> Village {
    let v = Village::new();
    v.seed();
    let run = |line: &str| {
        v.run(line).ok();
    };
    run("open --by L01 --title 漏水 --category hazard --household H0001 --at 2026-11-10T09:00");
    run("open --by L01 --title 垃圾 --category sanitation --household H0001 --at 2026-11-11T09:00 --solved swept");
    run("open --by L01 --title 路灯 --category service --alley A01 --at 2026-11-12T09:00");
    run("open --by L02 --title 噪音 --category dispute --household H0003 --at 2026-11-12T10:00");
    run("resolve 3 --by L01 --note fixed --at 2026-11-13T09:00");
    run("patrol --leader L01 --kind visit --household H0001 --at 2026-11-05");
    run("patrol --leader L01 --kind visit --household H0002 --at 2026-11-04");
    run("patrol --leader L02 --kind visit --household H0001 --at 2026-11-03 --force");
    v
}

#[test]
fn household_show_lists_its_cases_and_visits() {
    let v = village();
    let out = v.run("household show H0001").ok();
    let tail = out.split_once("└").unwrap().1.split_once('\n').unwrap().1;
    assert_eq!(
        tail,
        "\nCases\n\
         ┌──────────────┬────────┬───────┬──────────────────┐\n\
         │ id           ┆ status ┆ title ┆ opened           │\n\
         ╞══════════════╪════════╪═══════╪══════════════════╡\n\
         │ NJ-2026-0001 ┆ open   ┆ 漏水  ┆ 2026-11-10 09:00 │\n\
         │ NJ-2026-0002 ┆ closed ┆ 垃圾  ┆ 2026-11-11 09:00 │\n\
         └──────────────┴────────┴───────┴──────────────────┘\n\
         \nPatrol visits\n\
         ┌────────────┬────────┬───────┐\n\
         │ date       ┆ leader ┆ kind  │\n\
         ╞════════════╪════════╪═══════╡\n\
         │ 2026-11-03 ┆ L02    ┆ visit │\n\
         │ 2026-11-05 ┆ L01    ┆ visit │\n\
         └────────────┴────────┴───────┘\n"
    );
    let j = json(v.run("household show H0001 --format json").ok());
    assert_eq!(j["id"], "H0001");
    assert_eq!(j["head"], "王秀英");
    assert_eq!(
        j["cases"],
        serde_json::json!([
            {"id": "NJ-2026-0001", "status": "open", "title": "漏水", "opened": "2026-11-10T09:00:00+08:00"},
            {"id": "NJ-2026-0002", "status": "closed", "title": "垃圾", "opened": "2026-11-11T09:00:00+08:00"},
        ])
    );
    assert_eq!(
        j["visits"],
        serde_json::json!([
            {"date": "2026-11-03", "leader": "L02", "kind": "visit"},
            {"date": "2026-11-05", "leader": "L01", "kind": "visit"},
        ])
    );
    // CSV: the fields, then a block per list after a blank line, headed `# title`.
    let csv = v.run("household show H0001 --format csv").ok();
    let blocks: Vec<&str> = csv.split("\n\n").collect();
    assert_eq!(blocks.len(), 3, "{csv}");
    assert_eq!(csv_rows(blocks[0])[0], ["field", "value"]);
    let (title, cases) = blocks[1].split_once('\n').unwrap();
    assert_eq!(title, "# Cases");
    let cases = csv_rows(cases);
    assert_eq!(cases[0], ["id", "status", "title", "opened"]);
    assert_eq!(
        cases[1],
        ["NJ-2026-0001", "open", "漏水", "2026-11-10 09:00"]
    );
    assert!(blocks[2].starts_with("# Patrol visits\ndate,leader,kind\n2026-11-03,L02,visit\n"));
    let md = v.run("household show H0001 --format md").ok();
    assert!(
        md.contains("\n## Cases\n\n| id | status | title | opened |\n"),
        "{md}"
    );
    assert!(
        md.contains("\n## Patrol visits\n\n| date | leader | kind |\n"),
        "{md}"
    );
    // A household with neither says so.
    let none = v.run("household show H0002").ok();
    assert!(none.ends_with("\nCases\nNo cases.\n\nPatrol visits\n┌────────────┬────────┬───────┐\n│ date       ┆ leader ┆ kind  │\n╞════════════╪════════╪═══════╡\n│ 2026-11-04 ┆ L01    ┆ visit │\n└────────────┴────────┴───────┘\n"), "{none}");
}

#[test]
fn leader_show_lists_the_cases_not_closed_in_the_leaders_alleys() {
    let v = village();
    let j = json(v.run("leader show L01 --format json").ok());
    assert_eq!(j["id"], "L01");
    let ids: Vec<&str> = j["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    // 0002 is closed; 0004 is in A02.
    assert_eq!(ids, ["NJ-2026-0001", "NJ-2026-0003"]);
    assert_eq!(j["cases"][1]["status"], "resolved");
    let j = json(v.run("leader show L02 --format json").ok());
    assert_eq!(j["cases"][0]["id"], "NJ-2026-0004");
    let out = v.run("leader show L02").ok();
    assert!(
        out.contains("\nCases not closed in the leader's alleys\n"),
        "{out}"
    );
    v.run("close 4 --by L02 --as unable --at 2026-11-14T09:00")
        .ok();
    let out = v.run("leader show L02").ok();
    assert!(out.ends_with("\nCases not closed in the leader's alleys\nNo case is waiting in the leader's alleys.\n"), "{out}");
}

#[test]
fn in_chinese_the_lists_have_chinese_titles() {
    let v = crate::harness::seeded_zh();
    v.run("patrol --leader L01 --kind visit --household H0001 --at 2026-11-05")
        .ok();
    let out = v.run("household show H0001").ok();
    assert!(out.contains("\n案件\n暂无案件。\n\n走访记录\n"), "{out}");
    assert!(out.contains("入户走访"), "{out}");
}
