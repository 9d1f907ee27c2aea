//! The periodic report on a small hand-made village whose every number was
//! computed by hand (the comments say how), and the four formats agreeing.

use crate::harness::{metrics_of, parse_report, row_cells, Village};
use std::collections::BTreeMap;

/// Two alleys, four households, 28 cases over October and November 2026, patrols.
/// Deadlines: alley 3 days, village 7, town 15. Times are 09:00 unless given.
fn village() -> Village {
    let mut v = Village::new();
    v.seed();
    v.now = "2026-12-05T10:00".into();
    v.run("household add --id H0004 --head 孙长林 --alley A02")
        .ok();
    let run = |line: &str| {
        let by = if line.starts_with("patrol") {
            ""
        } else {
            " --by L01"
        };
        v.run(&format!("{line}{by}")).ok();
    };
    let open = |cat: &str, place: &str, day: &str, extra: &str| {
        let flag = if place.starts_with('H') {
            "--household"
        } else {
            "--alley"
        };
        run(&format!(
            "open --title t --category {cat} {flag} {place} --at 2026-{day}T09:00 {extra}"
        ));
    };
    let solved = "--solved done";
    // October
    open("sanitation", "A01", "10-02", solved); // T1
    open("sanitation", "A01", "10-03", solved); // T2
    open("sanitation", "A02", "10-05", solved); // T3
    open("sanitation", "A02", "10-06", ""); // T4: resolving closes it (no return visit)
    run("resolve 4 --note n --at 2026-10-08T09:00");
    open("sanitation", "A01", "10-10", ""); // T5: resolved late (deadline 10-13)
    run("resolve 5 --note n --at 2026-10-15T09:00");
    open("hazard", "H0001", "10-12", ""); // T6: escalated twice
    run("escalate 6 --reason r --at 2026-10-13T09:00");
    run("escalate 6 --reason r --dept 'town water office' --at 2026-10-14T09:00");
    run("resolve 6 --note n --at 2026-10-25T09:00");
    run("visit 6 --result satisfied --at 2026-10-27T09:00");
    open("hazard", "H0003", "10-20", ""); // T7: an unsatisfied return visit
    run("resolve 7 --note n --at 2026-10-21T09:00");
    run("visit 7 --result unsatisfied --at 2026-10-23T09:00");
    run("resolve 7 --note n --at 2026-10-25T09:00");
    run("visit 7 --result basic --at 2026-10-28T09:00");
    open("dispute", "H0002", "10-25", ""); // T8
    run("escalate 8 --reason r --at 2026-10-26T09:00");
    run("resolve 8 --note n --at 2026-11-01T09:00");
    run("visit 8 --result satisfied --at 2026-11-03T09:00");
    open("service", "H0001", "10-28", "--source visit --solved done"); // T9
    run("visit 9 --result satisfied --at 2026-11-02T09:00");
    open("hazard", "A02", "10-29", ""); // T10: never dealt with
    open("feedback", "A02", "10-30", ""); // T11
    run("close 11 --as referred --at 2026-10-31T09:00");
    // November
    open("sanitation", "A01", "11-02", solved); // T12
    open("sanitation", "A02", "11-03", solved); // T13
    open("sanitation", "A01", "11-04", ""); // T14
    run("resolve 14 --note n --at 2026-11-05T09:00");
    open("service", "H0003", "11-06", solved); // T15: waits for its return visit
    open("service", "H0002", "11-10", ""); // T16
    run("resolve 16 --note n --at 2026-11-12T09:00");
    run("visit 16 --result basic --at 2026-11-14T09:00");
    open("hazard", "A01", "11-15", ""); // T17: overdue at village level
    run("escalate 17 --reason r --at 2026-11-16T09:00");
    open("dispute", "H0003", "11-20", ""); // T18
    run("close 18 --as duplicate --of 8 --at 2026-11-21T09:00");
    open("sanitation", "A02", "11-28", ""); // T19: due 12-01 09:00, not yet overdue
    open("sanitation", "A01", "11-07", solved); // T20
    open("sanitation", "A02", "11-08", solved); // T21
    open("sanitation", "A01", "11-09", solved); // T22
    open("sanitation", "A02", "11-11", solved); // T23
    open("sanitation", "A01", "10-07", solved); // T24
    open("sanitation", "A02", "10-08", solved); // T25
    open("sanitation", "A02", "10-09", solved); // T26
    open("feedback", "A01", "11-12", ""); // T27
    run("resolve 27 --note n --at 2026-11-13T09:00");
    open("feedback", "A02", "11-18", ""); // T28: overdue
    for p in [
        ["L01", "inspection", "", "2026-10-01"],
        ["L01", "inspection", "", "2026-10-02"],
        ["L01", "visit", "H0001", "2026-10-05"],
        ["L02", "inspection", "", "2026-10-03"],
        ["L02", "feedback", "", "2026-10-04"],
        ["L01", "visit", "H0002", "2026-11-03"],
        ["L02", "visit", "H0003", "2026-11-04"],
        ["L02", "inspection", "", "2026-11-05"],
        ["L01", "feedback", "", "2026-11-06"],
    ] {
        let household = if p[2].is_empty() {
            String::new()
        } else {
            format!(" --household {}", p[2])
        };
        run(&format!(
            "patrol --leader {} --kind {} --at {}{household}",
            p[0], p[1], p[3]
        ));
    }
    v
}

/// The metrics of village and alley scopes (with patrols), from the library's one
/// list (the town's own figures are not in a village report).
fn full() -> Vec<&'static str> {
    use lane::model::metric::{Source, METRICS};
    let village = METRICS
        .iter()
        .filter(|m| !matches!(m.source, Source::Town(_)));
    village.map(|m| m.key).collect()
}

/// The metrics of the scopes without patrols (categories, levels).
fn cases_only() -> Vec<&'static str> {
    use lane::model::metric::{Source, METRICS};
    let cases = METRICS
        .iter()
        .filter(|m| matches!(m.source, Source::Cases(_)));
    cases.map(|m| m.key).collect()
}

/// Expected values in metric order; scopes without patrols leave those three out.
fn expect(
    got: &BTreeMap<(String, String), BTreeMap<String, String>>,
    scope: &str,
    key: &str,
    values: &[&str],
) {
    let metrics: Vec<&str> = if values.len() == full().len() {
        full()
    } else {
        cases_only()
    };
    let want: BTreeMap<String, String> = metrics
        .iter()
        .zip(values)
        .map(|(m, v)| (m.to_string(), v.to_string()))
        .collect();
    assert_eq!(
        got[&(scope.to_string(), key.to_string())],
        want,
        "{scope} {key}"
    );
}

#[test]
fn october_by_hand() {
    let v = village();
    let out = v.run("--format csv report --month 2026-10").out();
    let r = parse_report(out.ok());
    // Opened T1-T11 and T24-T26; on the spot: six sanitation + the service T9;
    // resolved 11 (all but T8, T10, T11), T5 late: 10/11; resolution 12/14 (T8, T10
    // open); visits T6 sat, T7 unsat + basic: 2/3; served H0001-H0003.
    expect(
        &r,
        "village",
        "village",
        &[
            "14", "7", "11", "11", "2", "0", "2", "90.9", "85.7", "66.7", "3", "2", "1", "3",
        ],
    );
    expect(
        &r,
        "alley",
        "A01",
        &[
            "7", "4", "6", "5", "2", "0", "1", "83.3", "85.7", "100.0", "2", "2", "0", "2",
        ],
    );
    expect(
        &r,
        "alley",
        "A02",
        &[
            "7", "3", "5", "6", "0", "0", "1", "100.0", "85.7", "50.0", "1", "0", "1", "1",
        ],
    );
    expect(
        &r,
        "category",
        "sanitation",
        &["8", "6", "8", "8", "0", "0", "0", "87.5", "100.0", "", "0"],
    );
    expect(
        &r,
        "category",
        "hazard",
        &[
            "3", "0", "2", "2", "1", "0", "1", "100.0", "66.7", "66.7", "2",
        ],
    );
    expect(
        &r,
        "category",
        "dispute",
        &["1", "0", "0", "0", "1", "0", "1", "", "0.0", "", "1"],
    );
    expect(
        &r,
        "category",
        "service",
        &["1", "1", "1", "0", "0", "0", "0", "100.0", "100.0", "", "1"],
    );
    expect(
        &r,
        "category",
        "feedback",
        &["1", "0", "0", "1", "0", "0", "0", "", "100.0", "", "0"],
    );
    // By level at the month's end: T8 at village, T6 at town, the rest at alley;
    // escalations counted where they went (T6 and T8 into village, T6 into town).
    expect(
        &r,
        "level",
        "alley",
        &[
            "12", "7", "10", "10", "0", "0", "1", "90.0", "91.7", "50.0", "2",
        ],
    );
    expect(
        &r,
        "level",
        "village",
        &["1", "0", "0", "0", "2", "0", "1", "", "0.0", "", "1"],
    );
    expect(
        &r,
        "level",
        "town",
        &[
            "1", "0", "1", "1", "1", "0", "0", "100.0", "100.0", "100.0", "1",
        ],
    );
    assert_eq!(r.len(), 11);
    let md = v.run("--format md report --month 2026-10").out();
    assert!(md.ok().contains("\nIn October 2026 the lane leaders of Nanjie Village made 8 sanitation clean-ups, eliminated 2 hidden dangers, mediated 0 disputes and served 3 households.\n"));
    assert!(md.stdout.contains("\n## The last person\n\n1 household with no visit and no case in the period.\n\n- **A02 油坊巷** (1): 孙长林 (H0004)\n"));
}

#[test]
fn november_by_hand() {
    let v = village();
    let r = parse_report(v.run("--format csv report --month 2026-11").ok());
    // T8 resolved 11-01 and closed 11-03, T9 closed 11-02; overdue at the end:
    // T10, T17, T28; T19 is due 12-01 09:00 and not yet overdue.
    expect(
        &r,
        "village",
        "village",
        &[
            "14", "7", "11", "12", "1", "3", "4", "100.0", "78.6", "100.0", "1", "2", "1", "2",
        ],
    );
    expect(
        &r,
        "alley",
        "A01",
        &[
            "7", "3", "7", "8", "1", "1", "1", "100.0", "85.7", "100.0", "0", "1", "1", "1",
        ],
    );
    expect(
        &r,
        "alley",
        "A02",
        &[
            "7", "4", "4", "4", "0", "2", "3", "100.0", "71.4", "", "1", "1", "0", "1",
        ],
    );
    expect(
        &r,
        "category",
        "sanitation",
        &["8", "6", "7", "7", "0", "0", "1", "100.0", "87.5", "", "0"],
    );
    expect(
        &r,
        "category",
        "hazard",
        &["1", "0", "0", "0", "1", "2", "2", "", "0.0", "", "0"],
    );
    expect(
        &r,
        "category",
        "dispute",
        &[
            "1", "0", "1", "2", "0", "0", "0", "100.0", "100.0", "100.0", "1",
        ],
    );
    expect(
        &r,
        "category",
        "service",
        &[
            "2", "1", "2", "2", "0", "0", "0", "100.0", "100.0", "100.0", "2",
        ],
    );
    expect(
        &r,
        "category",
        "feedback",
        &["2", "0", "1", "1", "0", "1", "1", "100.0", "50.0", "", "0"],
    );
    expect(
        &r,
        "level",
        "alley",
        &[
            "13", "7", "10", "11", "0", "2", "3", "100.0", "84.6", "100.0", "2",
        ],
    );
    expect(
        &r,
        "level",
        "village",
        &[
            "1", "0", "1", "1", "1", "1", "1", "100.0", "0.0", "100.0", "0",
        ],
    );
    expect(
        &r,
        "level",
        "town",
        &["0", "0", "0", "0", "0", "0", "0", "", "", "", "0"],
    );
    let out = v.run("report --month 2026-11").out();
    assert!(out.ok().contains("\nIn November 2026 the lane leaders of Nanjie Village made 7 sanitation clean-ups, eliminated 0 hidden dangers, mediated 1 dispute and served 2 households.\n"));
    assert!(out
        .stdout
        .contains("The last person: 2 households with no visit and no case\n"));
}

/// A period that starts after T7's unsatisfied visit and ends the day T8 is
/// resolved, before its return visit.
#[test]
fn a_range_that_cuts_through_cases() {
    let v = village();
    let r = parse_report(
        v.run("--format csv report --from 2026-10-24 --to 2026-11-01")
            .ok(),
    );
    // Opened T8-T11; resolved T6, T7, T8, T9; closed T6, T7, T11; T10 overdue since
    // 11-01 09:00; visits T6 sat, T7 basic.
    expect(
        &r,
        "village",
        "village",
        &[
            "4", "1", "4", "3", "1", "1", "1", "100.0", "75.0", "100.0", "0", "1", "0", "2",
        ],
    );
    let md = v
        .run("--format md report --from 2026-10-24 --to 2026-11-01")
        .out();
    assert!(md.ok().starts_with(
        "# Nanjie Village: lane-leader report, the period 2026-10-24 to 2026-11-01\n"
    ));
}

/// Table, Markdown, CSV and JSON carry the same numbers.
#[test]
fn the_four_formats_agree() {
    let v = village();
    let args = |f: &str| v.run(&format!("--format {f} report --month 2026-10"));
    let csv = parse_report(args("csv").ok());
    let json: serde_json::Value = serde_json::from_str(&args("json").ok()).unwrap();
    assert_eq!(
        metrics_of(&json["village"]),
        csv[&("village".into(), "village".into())]
    );
    let mut n = 1;
    for (scope, list) in [
        ("alley", "alleys"),
        ("category", "categories"),
        ("level", "levels"),
    ] {
        for row in json[list].as_array().unwrap() {
            let key = row["key"].as_str().unwrap().to_string();
            assert_eq!(metrics_of(row), csv[&(scope.to_string(), key)], "{scope}");
            n += 1;
        }
    }
    assert_eq!(n, csv.len());
    assert!(json["village"]["metrics"]["satisfaction_rate"].is_f64());
    assert!(json["categories"][0]["metrics"]["satisfaction_rate"].is_null());
    // The Markdown and terminal tables: every cell of each scope row, in order.
    let md = args("md").out().stdout;
    let table = args("table").out().stdout;
    for (scope, key, lead) in [
        ("alley", "A01", 3),
        ("category", "hazard", 2),
        ("level", "village", 2),
    ] {
        let row = &csv[&(scope.to_string(), key.to_string())];
        let want: Vec<String> = full()
            .iter()
            .filter_map(|m| row.get(*m))
            .map(|v| {
                if v.is_empty() {
                    "-".to_string()
                } else {
                    v.clone()
                }
            })
            .collect();
        assert_eq!(row_cells(&md, key)[lead..], want[..], "md {key}");
        assert_eq!(row_cells(&table, key)[lead..], want[..], "table {key}");
    }
}

#[test]
fn report_arguments_are_checked() {
    let v = Village::new();
    v.run("report --month 2026-13")
        .stderr("error: --month: `2026-13` is not a month; write it as YYYY-MM (2026-11), or last, this, 上月, 本月\n")
        .status(2);
    v.run("report --from 2026-11-05 --to 2026-11-01")
        .stderr("error: --to 2026-11-01 is before --from 2026-11-05\n")
        .status(2);
    v.run("report --alley A09")
        .stderr(
            "error: there is no alley `A09` in alleys.csv\nhint: `lane alley list` shows them\n",
        )
        .status(2);
    let out = v.run("report --from 2026-11-05").out();
    assert_eq!(out.code, 2);
}

/// With no records in the last complete month, the report falls back to the latest
/// complete month that has some, and says so.
#[test]
fn the_default_period_is_the_last_complete_month_with_records() {
    let mut v = village();
    v.now = "2026-12-05T10:00".into();
    let out = v.run("--format csv report").out();
    assert_eq!(out.stderr, "");
    assert_eq!(
        parse_report(out.ok())[&("village".into(), "village".into())]["opened"],
        "14"
    );
    v.now = "2029-03-01T10:00".into();
    let out = v.run("--format md report").out();
    assert_eq!(out.stderr, "note: no records in 2029-02; reporting 2026-11, the latest complete month with records (choose another with --month YYYY-MM)\n");
    assert!(out.ok().starts_with(
        "# Nanjie Village: lane-leader report, November 2026 (2026-11-01 to 2026-11-30)\n"
    ));
}

/// `examples/monthly-report.sh` writes the md, csv, xlsx and html reports for the previous
/// month and commits them.
#[test]
fn the_monthly_report_script_writes_and_commits() {
    let v = Village::with_git();
    v.seed();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/monthly-report.sh");
    let out = std::process::Command::new("bash")
        .arg(script)
        .arg("2026-10")
        .env("LANE_DATA", &v.root)
        .env("LANE", env!("CARGO_BIN_EXE_lane"))
        .env("LANE_NOW", "2026-11-01T07:00")
        .env("GIT_AUTHOR_NAME", "Cron")
        .env("GIT_AUTHOR_EMAIL", "cron@example.invalid")
        .env("GIT_COMMITTER_NAME", "Cron")
        .env("GIT_COMMITTER_EMAIL", "cron@example.invalid")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "wrote reports/2026-10.md reports/2026-10.csv reports/2026-10.xlsx reports/2026-10.html\n"
    );
    let page = v.read("reports/2026-10.html");
    assert!(
        page.starts_with("<!DOCTYPE html>\n")
            && page.contains("<h1>Nanjie Village: lane-leader report, October 2026")
    );
    assert_eq!(
        v.git(&["ls-files", "reports"]),
        "reports/2026-10.csv\nreports/2026-10.html\nreports/2026-10.md\nreports/2026-10.xlsx\n"
    );
    // The workbook is a real xlsx (a zip), not text.
    let xlsx = std::fs::read(v.path("reports/2026-10.xlsx")).unwrap();
    assert!(xlsx.starts_with(b"PK\x03\x04"), "not an xlsx");
    assert!(!v.path("reports/2026-10.xlsx.tmp").exists());
    assert!(v
        .read("reports/2026-10.md")
        .starts_with("# Nanjie Village: lane-leader report, October 2026"));
    assert!(v
        .read("reports/2026-10.csv")
        .starts_with("scope,key,name,metric,value\nvillage,village,Nanjie Village,opened,0\n"));
    assert_eq!(v.git_log()[0], "report: 2026-10");
    assert!(!v.path("reports/2026-10.md.tmp").exists());
    assert!(!v.path("reports/2026-10.html.tmp").exists());
}
