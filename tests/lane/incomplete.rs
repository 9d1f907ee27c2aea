//! A report that leaves out case files it cannot read says so in every format
//! (table, Markdown, CSV, JSON; `lane report` and `lane town report`), exits 1, and
//! the monthly script commits nothing.

use crate::harness::town::world;
use crate::harness::{csv_rows, json, Village};

const BROKEN: &str = "tickets/2026/NJ-2026-0002.toml";

/// One good case in November, one case file that does not parse.
fn village() -> Village {
    let mut v = Village::with_git();
    v.seed();
    v.now = "2026-12-05T10:00".into();
    v.run("open --title t --category sanitation --alley A01 --at 2026-11-02T09:00 --by L01")
        .ok();
    v.write(BROKEN, "id = \"NJ-2026-0002\"\ntitle = \n");
    v
}

/// Each format carries the warning, keeps its numbers, and the exit is 1.
fn carries_the_warning(report: impl Fn(&str) -> crate::harness::Out, key: &str, path: &str) {
    for format in ["table", "md", "csv", "json"] {
        let out = report(format);
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        assert!(
            out.stderr
                .starts_with("error: the report is incomplete: 1 case file is left out"),
            "{format}: {}",
            out.stderr
        );
        let s = &out.stdout;
        assert!(s.contains(path), "{format}: {s}");
        match format {
            "table" => assert!(s.contains("\nwarning: INCOMPLETE: 1 case file"), "{s}"),
            "md" => assert!(
                s.contains("\n> **Warning: incomplete.** 1 case file"),
                "{s}"
            ),
            "csv" => {
                let rows = csv_rows(s);
                assert_eq!(rows[0], ["scope", "key", "name", "metric", "value"]);
                let w: Vec<_> = rows.iter().filter(|r| r[0] == "warning").collect();
                assert_eq!(w.len(), 1, "{s}");
                assert_eq!(
                    (w[0][1].as_str(), w[0][3].as_str(), w[0][4].as_str()),
                    (key, "cases_left_out", "1")
                );
                assert!(rows.iter().all(|r| r.len() == 5));
            }
            _ => {
                let j = json(s);
                let w = j["warnings"].as_array().unwrap();
                assert_eq!(w.len(), 1, "{s}");
                assert_eq!(w[0]["key"], key);
                assert_eq!(w[0]["cases_left_out"], 1);
                assert!(w[0]["message"].as_str().unwrap().contains(path));
            }
        }
    }
}

#[test]
fn every_format_of_the_village_report_says_it_is_incomplete() {
    let v = village();
    carries_the_warning(
        |f| v.lane(&["--format", f, "report", "--month", "2026-11"]),
        "village",
        BROKEN,
    );
    // The numbers of what could be read are still there.
    let csv = v
        .lane(&["--format", "csv", "report", "--month", "2026-11"])
        .stdout;
    assert!(
        csv.contains("\nvillage,village,Nanjie Village,opened,1\n"),
        "{csv}"
    );
    // Fixed, the report is complete again: no warning in any format, exit 0.
    v.write(
        BROKEN,
        v.read("tickets/2026/NJ-2026-0001.toml")
            .replace("0001", "0002"),
    );
    let j = json(v.run("--format json report --month 2026-11").ok());
    assert_eq!(j["warnings"], serde_json::json!([]));
    let csv = v.run("--format csv report --month 2026-11").ok();
    assert!(!csv.contains("\nwarning,"));
    assert!(!v.run("report --month 2026-11").ok().contains("warning"));
}

#[test]
fn every_format_of_the_town_report_says_which_village_is_incomplete() {
    let w = world();
    w.run("town --town town pull").ok();
    let rel = "town/villages/nanjie/tickets/2026/NJ-2026-0099.toml";
    w.write(rel, "id = \"NJ-2026-0099\"\nthis is not toml\n");
    carries_the_warning(
        |f| {
            // The world's clock is in November: the unfinished month is said first.
            let mut out = w.town(&["--format", f, "report", "--month", "2026-11"]);
            let notice = "warning: 2026-11 is not over: counts up to 2026-11-20\n";
            assert!(out.stderr.starts_with(notice), "{}", out.stderr);
            out.stderr = out.stderr.replacen(notice, "", 1);
            out
        },
        "NJ",
        "tickets/2026/NJ-2026-0099.toml",
    );
}

fn monthly(v: &Village) -> std::process::Output {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/monthly-report.sh");
    std::process::Command::new("bash")
        .arg(script)
        .arg("2026-11")
        .env("LANE_DATA", &v.root)
        .env("LANE", env!("CARGO_BIN_EXE_lane"))
        .env("LANE_NOW", "2026-12-01T07:00")
        .env("GIT_AUTHOR_NAME", "Cron")
        .env("GIT_AUTHOR_EMAIL", "cron@example.invalid")
        .env("GIT_COMMITTER_NAME", "Cron")
        .env("GIT_COMMITTER_EMAIL", "cron@example.invalid")
        .output()
        .unwrap()
}

/// The monthly script refuses to write or commit a report that is missing cases.
#[test]
fn the_monthly_script_commits_no_incomplete_report() {
    let v = village();
    let log = v.git_log();
    let out = monthly(&v);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: the report is incomplete"), "{err}");
    assert!(err.contains("nothing was written or committed"), "{err}");
    for f in [
        "2026-11.md",
        "2026-11.csv",
        "2026-11.md.tmp",
        "2026-11.csv.tmp",
    ] {
        assert!(!v.path(&format!("reports/{f}")).exists(), "{f}");
    }
    assert_eq!(v.git_log(), log);
    // Fixed, the same run writes and commits both.
    std::fs::remove_file(v.path(BROKEN)).unwrap();
    let out = monthly(&v);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(v.git_log()[0], "report: 2026-11");
}
