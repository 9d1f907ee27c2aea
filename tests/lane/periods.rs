//! Report periods as people say them (issue 15): `--month last|this|上月`,
//! `--quarter 2026Q4|Q4|last`, `--year last|今年`, `--from 前天 --to today`, and the
//! notices of a period that has not begun or is not over, on `lane report` and
//! `lane town report`. The village runs at 2026-12-02T10:00, the town's world at
//! 2026-11-20T10:00.

use crate::dates::open_at;
use crate::harness::{seeded_en, seeded_zh, Village};

/// Runs it, asserts exit 0 and exactly `stderr`, and returns the output.
#[track_caller]
fn warned(run: crate::harness::Run, stderr: &str) -> crate::harness::Out {
    let out = run.out();
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (0, stderr),
        "{}",
        out.stdout
    );
    out
}

/// The seeded village with a case in November, at 2026-12-02T10:00.
fn december(v: Village) -> Village {
    let mut v = v;
    v.now = "2026-12-02T10:00".into();
    open_at(&v, "2026-11-03T09:00");
    v
}

/// `(from, to, label, complete)` of the JSON report's period.
fn period_of(v: &Village, flags: &str) -> (String, String, String, bool) {
    let j = crate::harness::json(v.run(&format!("--format json report {flags}")).ok());
    let p = &j["period"];
    let s = |k: &str| p[k].as_str().unwrap().to_string();
    (
        s("from"),
        s("to"),
        s("label"),
        p["complete"].as_bool().unwrap(),
    )
}

fn p(from: &str, to: &str, label: &str, complete: bool) -> (String, String, String, bool) {
    (from.into(), to.into(), label.into(), complete)
}

#[test]
fn report_periods_as_people_say_them() {
    let v = december(seeded_en());
    let nov = p("2026-11-01", "2026-11-30", "November 2026", true);
    let dec = p("2026-12-01", "2026-12-31", "December 2026", false);
    let q4 = p("2026-10-01", "2026-12-31", "2026Q4", false);
    let q3 = p("2026-07-01", "2026-09-30", "2026Q3", true);
    for (flags, want) in [
        ("", &nov),
        ("--month last", &nov),
        ("--month 上月", &nov),
        ("--month 上个月", &nov),
        ("--month 2026-11", &nov),
        ("--month 2026/11", &nov),
        ("--month 2026年11月", &nov),
        ("--month this", &dec),
        ("--month 本月", &dec),
        ("--quarter 2026Q4", &q4),
        ("--quarter 2026-Q4", &q4),
        ("--quarter 2026q4", &q4),
        ("--quarter Q4", &q4),
        ("--quarter this", &q4),
        ("--quarter 本季度", &q4),
        ("--quarter last", &q3),
        ("--quarter 上季度", &q3),
        ("--quarter 2026-q3", &q3),
        ("--year last", &p("2025-01-01", "2025-12-31", "2025", true)),
        ("--year 去年", &p("2025-01-01", "2025-12-31", "2025", true)),
        ("--year this", &p("2026-01-01", "2026-12-31", "2026", false)),
        ("--year 今年", &p("2026-01-01", "2026-12-31", "2026", false)),
        (
            "--from 2026/11/1 --to 2026年11月15日",
            &p(
                "2026-11-01",
                "2026-11-15",
                "the period 2026-11-01 to 2026-11-15",
                true,
            ),
        ),
        (
            "--from 前天 --to yesterday",
            &p(
                "2026-11-30",
                "2026-12-01",
                "the period 2026-11-30 to 2026-12-01",
                true,
            ),
        ),
        (
            "--from 2026-11-20 --to today",
            &p(
                "2026-11-20",
                "2026-12-02",
                "the period 2026-11-20 to 2026-12-02",
                false,
            ),
        ),
    ] {
        assert_eq!(&period_of(&v, flags), want, "report {flags}");
    }
    // The case of November is counted in the quarter, not in the last quarter.
    let opened = |flags: &str| {
        let j = crate::harness::json(v.run(&format!("--format json report {flags}")).ok());
        j["village"]["metrics"]["opened"].clone()
    };
    assert_eq!(opened("--quarter 2026Q4"), 1);
    assert_eq!(opened("--quarter last"), 0);
    // A Chinese village names the quarter in words.
    let zh = december(seeded_zh());
    let (_, _, label, _) = period_of(&zh, "--quarter 2026Q4");
    assert_eq!(label, "2026年第四季度");
    let title = zh
        .run("report --quarter Q3")
        .ok()
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        title,
        "南街村街巷长工作报告（2026年第三季度，2026-07-01至2026-09-30）"
    );
}

#[test]
fn a_bad_period_says_how_to_write_it() {
    let v = december(seeded_en());
    for (flags, stderr) in [
        ("--quarter 2026Q5", "error: --quarter: `2026Q5` is not a quarter; write it as 2026Q4 (or 2026-Q4, Q4 for this year's), or last, this, 上季度, 本季度\n"),
        ("--quarter next", "error: --quarter: `next` is not a quarter; write it as 2026Q4 (or 2026-Q4, Q4 for this year's), or last, this, 上季度, 本季度\n"),
        ("--month next", "error: --month: `next` is not a month; write it as YYYY-MM (2026-11), or last, this, 上月, 本月\n"),
        ("--year 明年", "error: --year: `明年` is not a year; write it as YYYY (2026), or last, this, 去年, 今年\n"),
        ("--from tomorrow --to today", "error: --from: `tomorrow` is not a date; write it as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or as today, yesterday, 今天, 昨天 or 前天\n"),
        ("--from today --to yesterday", "error: --to 2026-12-01 is before --from 2026-12-02\n"),
    ] {
        v.run(&format!("report {flags}")).stderr(stderr).status(2);
    }
    december(seeded_zh())
        .run("report --quarter 第五季度")
        .stderr("错误：--quarter：`第五季度` 不是季度；请写成 2026Q4（或 2026-Q4，今年的可写 Q4），也可以写上季度、本季度（last、this）\n")
        .status(2);
    assert_eq!(v.run("report --quarter Q4 --month last").out().code, 2);
}

#[test]
fn a_period_not_begun_says_so_in_every_format_and_exits_0() {
    let v = december(seeded_en());
    let warn = "warning: the period 2027-01 has not begun: nothing to count yet\n";
    let out = warned(v.run("report --month 2027-01"), warn);
    assert!(
        out.stdout.starts_with(
            "Nanjie Village: lane-leader report, January 2027 (2027-01-01 to 2027-01-31)\n\n\
             note: the period 2027-01 has not begun: nothing to count yet\n\n"
        ),
        "{}",
        out.stdout
    );
    let md = warned(v.run("--format md report --month 2027-01"), warn);
    assert!(md
        .stdout
        .contains(")\n\n> **Note:** the period 2027-01 has not begun: nothing to count yet\n"));
    let j = warned(v.run("--format json report --month 2027-01"), warn);
    let j = crate::harness::json(&j.stdout);
    assert_eq!(j["period"]["complete"], false);
    assert_eq!(j["period"]["counted_to"], serde_json::Value::Null);
    warned(
        v.run("--format csv report --year 2027"),
        "warning: the period 2027 has not begun: nothing to count yet\n",
    );
    warned(
        v.run("report --quarter 2027Q1"),
        "warning: the period 2027Q1 has not begun: nothing to count yet\n",
    );
    warned(
        v.run("report --from 2026-12-03 --to 2026-12-09"),
        "warning: the period 2026-12-03 to 2026-12-09 has not begun: nothing to count yet\n",
    );
    warned(
        december(seeded_zh()).run("--format csv report --month 2027-01"),
        "警告：2027年1月还没有开始，暂无数据可统计\n",
    );
}

#[test]
fn an_unfinished_period_says_how_far_it_counts() {
    let v = december(seeded_en());
    let warn = "warning: 2026-12 is not over: counts up to 2026-12-02\n";
    for flags in ["--month this", "--month 本月", "--month 2026-12"] {
        let out = warned(v.run(&format!("report {flags}")), warn);
        assert!(
            out.stdout.starts_with(
                "Nanjie Village: lane-leader report, December 2026 (2026-12-01 to 2026-12-31)\n\n\
                 note: 2026-12 is not over: counts up to 2026-12-02\n\n"
            ),
            "{}",
            out.stdout
        );
    }
    let md = warned(v.run("--format md report --month this"), warn);
    assert!(md
        .stdout
        .contains(")\n\n> **Note:** 2026-12 is not over: counts up to 2026-12-02\n"));
    let j = warned(v.run("--format json report --month this"), warn);
    let j = crate::harness::json(&j.stdout);
    assert_eq!(j["period"]["complete"], false);
    assert_eq!(j["period"]["counted_to"], "2026-12-02");
    warned(
        v.run("report --quarter this"),
        "warning: 2026Q4 is not over: counts up to 2026-12-02\n",
    );
    warned(
        v.run("report --year this"),
        "warning: 2026 is not over: counts up to 2026-12-02\n",
    );
    // The last day of a range counts as not over on that day.
    warned(
        v.run("--format csv report --from 2026-11-01 --to today"),
        "warning: 2026-11-01 to 2026-12-02 is not over: counts up to 2026-12-02\n",
    );
    // The default and any finished period say nothing; JSON says complete.
    let out = warned(v.run("report"), "");
    assert!(!out.stdout.contains("note:"), "{}", out.stdout);
    let j = crate::harness::json(warned(v.run("--format json report --month last"), "").stdout);
    assert_eq!(j["period"]["complete"], true);
    assert_eq!(j["period"]["counted_to"], "2026-11-30");
    let zh = december(seeded_zh());
    let out = warned(
        zh.run("report --quarter 本季度"),
        "警告：2026年第四季度还没有结束：只统计到 2026-12-02\n",
    );
    assert!(
        out.stdout.starts_with(
            "南街村街巷长工作报告（2026年第四季度，2026-10-01至2026-12-31）\n\n注意：2026年第四季度还没有结束：只统计到 2026-12-02\n\n"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn the_town_report_takes_the_same_periods_and_notices() {
    // The town's world runs at 2026-11-20.
    let w = crate::harness::town::world();
    let period = |flags: &str| {
        let out = w
            .run(&format!("town --town town --format json report {flags}"))
            .out();
        let j = crate::harness::json(out.ok());
        let p = &j["period"];
        (
            format!(
                "{} {} {}",
                p["from"].as_str().unwrap(),
                p["to"].as_str().unwrap(),
                p["label"].as_str().unwrap()
            ),
            p["complete"].as_bool().unwrap(),
            out.stderr,
        )
    };
    assert_eq!(
        period("--month last"),
        (
            "2026-10-01 2026-10-31 October 2026".into(),
            true,
            String::new()
        )
    );
    assert_eq!(
        period("--month 上月"),
        (
            "2026-10-01 2026-10-31 October 2026".into(),
            true,
            String::new()
        )
    );
    assert_eq!(
        period("--quarter 2026Q4"),
        (
            "2026-10-01 2026-12-31 2026Q4".into(),
            false,
            "warning: 2026Q4 is not over: counts up to 2026-11-20\n".into()
        )
    );
    assert_eq!(
        period("--quarter last"),
        ("2026-07-01 2026-09-30 2026Q3".into(), true, String::new())
    );
    assert_eq!(
        period("--year last"),
        ("2025-01-01 2025-12-31 2025".into(), true, String::new())
    );
    assert_eq!(
        period("--from 2026/11/1 --to 昨天"),
        (
            "2026-11-01 2026-11-19 the period 2026-11-01 to 2026-11-19".into(),
            true,
            String::new()
        )
    );
    assert_eq!(
        period("--month 2027-01"),
        (
            "2027-01-01 2027-01-31 January 2027".into(),
            false,
            "warning: the period 2027-01 has not begun: nothing to count yet\n".into()
        )
    );
    let out = w.run("town --town town report --month this").out();
    assert!(
        out.stdout.contains(
            "(2026-11-01 to 2026-11-30)\n\nnote: 2026-11 is not over: counts up to 2026-11-20\n"
        ),
        "{}",
        out.stdout
    );
    w.run("town --town town report --quarter Q9")
        .stderr("error: --quarter: `Q9` is not a quarter; write it as 2026Q4 (or 2026-Q4, Q4 for this year's), or last, this, 上季度, 本季度\n")
        .status(2);
}

/// At a terminal the report's header carries the notice, so it is said once,
/// not again on stderr (piped, stderr still says it: see above).
#[cfg(unix)]
#[test]
fn at_a_terminal_an_unfinished_period_is_said_once() {
    let v = december(seeded_en());
    let now = v.now.clone();
    let mut p = crate::harness::pty(
        &v,
        &["report", "--month", "this", "--no-pager"],
        &[("LANE_NOW", now.as_str())],
    );
    let text = p.exp_eof().expect("the report");
    assert_eq!(
        text.matches("2026-12 is not over: counts up to 2026-12-02")
            .count(),
        1,
        "{text}"
    );
    assert!(text.contains("note: 2026-12 is not over"), "{text}");
}
