//! Issue 19's "also must work": villages in different UTC offsets reported over a
//! month boundary, a Chinese and an English village in one town report, and two
//! offices escalating and resolving one case between pulls. (A renamed remote, a
//! village folder that is a repository but not lane's, and a killed `town push`
//! are in items.rs and kill.rs.)

use crate::harness::parse_report;
use crate::harness::town::*;
use crate::ids::Net;

/// A town over the villages `(code, name, lang)`, each cloned after its seed.
fn town_of(villages: &[(&str, &str, &str)]) -> World {
    let w = World::new();
    for (code, name, lang) in villages {
        w.village_in(code, name, lang);
    }
    w.run("town init town --name 'Taiping Town'").ok();
    for (code, name, _) in villages {
        let url = format!("remotes/{code}.git");
        w.town(&["add", name, "--clone", &url]).ok();
    }
    w
}

/// Sets a line of a village office's lane.toml, commits and pushes it.
fn set_config_line(w: &World, code: &str, old: &str, new: &str) {
    let rel = format!("office/{code}/lane.toml");
    let text = w.read(&rel);
    assert!(text.contains(old), "{rel}: no `{old}`");
    w.write(&rel, &text.replacen(old, new, 1));
    w.git(&format!("office/{code}"), &["commit", "-qam", "settings"]);
}

fn open(w: &World, code: &str, at: &str) {
    w.act(
        code,
        &[
            "open",
            "--title",
            "t",
            "--category",
            "hazard",
            "--alley",
            "A01",
            "--at",
            at,
        ],
    );
}

fn opened(w: &World, month: &str) -> Vec<(String, String)> {
    let out = w.town(&["--format", "csv", "report", "--month", month]);
    let r = parse_report(out.ok());
    ["NJ", "BJ", "town"]
        .iter()
        .map(|k| {
            let scope = if *k == "town" { "town" } else { "village" };
            let v = &r[&(scope.to_string(), k.to_string())]["opened"];
            (k.to_string(), v.clone())
        })
        .collect()
}

/// Each village's cases are counted in the months of its own clock: a case opened
/// 2026-10-31T23:30 is October's in +08:00 and in -05:00 alike, though the two are
/// 13 hours apart; one opened 00:30 on 11-01 is November's in both.
#[test]
fn each_village_is_reported_in_its_own_utc_offset_over_a_month_boundary() {
    let w = town_of(&[
        ("NJ", "Nanjie Village", "en"),
        ("BJ", "Beijie Village", "en"),
    ]);
    set_config_line(
        &w,
        "BJ",
        "utc_offset = \"+08:00\"",
        "utc_offset = \"-05:00\"",
    );
    // Either side of midnight in each village's time; in UTC, NJ's November case
    // is on 10-31 and BJ's October case on 11-01.
    open(&w, "NJ", "2026-10-31T23:30+08:00");
    open(&w, "NJ", "2026-11-01T00:30+08:00");
    open(&w, "BJ", "2026-10-31T23:30-05:00");
    open(&w, "BJ", "2026-11-01T00:30-05:00");
    // Given without an offset, a time is the village's own.
    open(&w, "BJ", "2026-10-31T23:59");
    for code in ["NJ", "BJ"] {
        w.git(&format!("office/{code}"), &["push", "-q"]);
    }
    w.town(&["pull"]).ok();
    let row = |k: &str, n: &str| (k.to_string(), n.to_string());
    assert_eq!(
        opened(&w, "2026-10"),
        [row("NJ", "1"), row("BJ", "2"), row("town", "3")]
    );
    assert_eq!(
        opened(&w, "2026-11"),
        [row("NJ", "1"), row("BJ", "1"), row("town", "2")]
    );
}

/// A Chinese village and an English one in one report: each row in its own
/// village's name, the columns aligned on the terminal (CJK counted two wide),
/// the totals the sum of the rows.
#[test]
fn a_chinese_and_an_english_village_in_one_town_report() {
    let w = town_of(&[("NJ", "南街村", "zh-CN"), ("BJ", "Beijie Village", "en")]);
    for (code, n) in [("NJ", 2), ("BJ", 3)] {
        for d in 0..n {
            open(&w, code, &format!("2026-11-0{}T09:00", d + 1));
        }
        w.git(&format!("office/{code}"), &["push", "-q"]);
    }
    w.town(&["pull"]).ok();
    let out = w.town(&["--format", "csv", "report", "--month", "2026-11"]);
    let rows = crate::harness::csv_rows(out.ok());
    let name_of = |key: &str| {
        rows.iter()
            .find(|r| r[0] == "village" && r[1] == key)
            .map(|r| r[2].clone())
            .unwrap()
    };
    assert_eq!(name_of("NJ"), "南街村");
    assert_eq!(name_of("BJ"), "Beijie Village");
    let r = parse_report(&out.stdout);
    assert_eq!(r[&("village".into(), "NJ".into())]["opened"], "2");
    assert_eq!(r[&("village".into(), "BJ".into())]["opened"], "3");
    assert_eq!(r[&("town".into(), "town".into())]["opened"], "5");
    // The terminal table: the two village rows and the total line up, column by
    // column, in display width.
    let table = w.town(&["report", "--month", "2026-11"]);
    let text = table.ok();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("南街村") || l.contains("Beijie Village"))
        .collect();
    assert!(lines.len() >= 2, "{text}");
    let bars = |l: &str| -> Vec<usize> {
        let mut at = Vec::new();
        let mut width = 0;
        for c in l.chars() {
            if matches!(c, '│' | '┆' | '|') {
                at.push(width);
            }
            width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
        at
    };
    let ends = |l: &str| unicode_width::UnicodeWidthStr::width(l.trim_end());
    let (a, b) = (lines[0], lines[1]);
    assert!(bars(a).len() > 2, "no columns: {a}");
    assert_eq!(bars(a), bars(b), "\n{a}\n{b}");
    assert_eq!(ends(a), ends(b), "\n{a}\n{b}");
}

/// Two offices act on one case before either pulls: one escalates it, the other
/// (an hour later) resolves it. The case-file merge driver keeps both events in
/// time order, whichever side pulls first; the case is resolved, and check is clean.
#[test]
fn two_offices_escalating_and_resolving_one_case_between_pulls() {
    for first in [0, 1] {
        let net = Net::new(2);
        net.ok(0, &["local", "--station", ""]);
        net.ok(1, &["local", "--station", "T"]);
        net.pull(0);
        net.push(0);
        net.pull(1);
        let id = net.ok(
            0,
            &[
                "open",
                "--title",
                "沟渠",
                "--category",
                "hazard",
                "--alley",
                "A01",
                "--by",
                "L01",
                "--at",
                "2026-11-10T08:00",
            ],
        );
        let id = id.trim().to_string();
        net.push(0);
        net.pull(1);
        net.ok(
            0,
            &[
                "escalate",
                &id,
                "--reason",
                "needs money",
                "--by",
                "L01",
                "--at",
                "2026-11-10T09:00",
            ],
        );
        net.ok(
            1,
            &[
                "resolve",
                &id,
                "--note",
                "fixed",
                "--by",
                "L02",
                "--at",
                "2026-11-10T10:00",
            ],
        );
        let second = 1 - first;
        net.push(first);
        net.pull(second);
        net.push(second);
        net.pull(first);
        for i in 0..2 {
            let file = format!("tickets/2026/{id}.toml");
            let text = std::fs::read_to_string(net.clones[i].join(&file)).unwrap();
            let actions: Vec<&str> = text
                .lines()
                .filter_map(|l| l.strip_prefix("action = "))
                .collect();
            assert_eq!(
                actions,
                ["\"open\"", "\"escalate\"", "\"resolve\""],
                "c{i} ({first} first): {text}"
            );
            let show = net.lane(&net.clones[i], &["--format", "json", "show", &id]);
            let j: serde_json::Value = serde_json::from_str(show.ok()).unwrap();
            assert_eq!(j["status"], "resolved", "c{i}: {j}");
            assert_eq!(j["level"], "village", "c{i}: {j}");
            net.clean(i);
        }
    }
}
