//! The derived index: refreshed after writes, hand edits, `git pull` and deletion,
//! and every listing the same with and without it.

use crate::harness::{git, lane_cmd, run, Village};
use std::process::Command;

fn village() -> Village {
    let v = Village::new();
    v.seed();
    for (i, (cat, place)) in [
        ("hazard", "A01"),
        ("sanitation", "A02"),
        ("dispute", "A01"),
        ("service", "A02"),
    ]
    .iter()
    .enumerate()
    {
        let at = format!("2026-11-{:02}T09:00", 10 + i);
        let title = format!("case {i} 巷口");
        v.lane(&[
            "open",
            "--by",
            "L01",
            "--title",
            &title,
            "--category",
            cat,
            "--alley",
            place,
            "--at",
            &at,
        ])
        .ok();
    }
    v.run("escalate 1 --by L01 --reason 'needs the town' --at 2026-11-12T09:00")
        .ok();
    v.run("resolve 2 --by L01 --note swept --at 2026-11-12T10:00")
        .ok();
    v
}

/// Every listing, in every format, as the index gives it and as the files give it.
fn listings(v: &Village) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--status", "open"],
        &["list", "--search", "town"],
        &["list", "--overdue", "--alley", "A01"],
        &["overdue"],
        &["show", "2"],
        &["report", "--month", "2026-11"],
        &["report", "--year", "2026", "--alley", "A02"],
    ];
    for args in commands {
        for format in ["table", "csv", "json", "md"] {
            let mut a = vec!["--format", format];
            a.extend_from_slice(args);
            let with = v.lane(&a);
            let without = v.lane_env(&a, &[("LANE_NO_INDEX", "1")]);
            assert_eq!(with.code, 0, "{a:?}: {}", with.stderr);
            assert_eq!(
                (&with.stdout, &with.stderr),
                (&without.stdout, &without.stderr),
                "lane {a:?} differs with and without the index"
            );
            out.push((format!("{a:?}"), with.stdout));
        }
    }
    out
}

fn list_csv(v: &Village) -> String {
    v.run("--format csv list").ok().to_string()
}

#[test]
fn listings_are_identical_with_and_without_the_index() {
    let v = village();
    let first = listings(&v);
    assert!(v.path(".lane/index").is_file() || v.path(".lane/index-journal").is_file());
    assert!(first[0].1.contains("case 0 巷口"));
    // A second run reads the index as written; still the same.
    assert_eq!(listings(&v), first);
}

#[test]
fn a_write_by_lane_is_seen() {
    let v = village();
    list_csv(&v);
    v.run("resolve 1 --by L01 --note fixed --at 2026-11-13T09:00")
        .ok();
    assert!(list_csv(&v).contains("NJ-2026-0001,resolved,village,"));
    listings(&v);
}

/// A hand edit that keeps the file's size: with the entry old (not racy), only the
/// modification time tells; with it fresh, the racy rule re-reads it.
#[test]
fn a_same_size_hand_edit_is_seen() {
    let v = village();
    let rel = "tickets/2026/NJ-2026-0003.toml";
    let touch = |when: &str| {
        let ok = Command::new("touch")
            .args(["-d", when])
            .arg(v.path(rel))
            .status()
            .unwrap();
        assert!(ok.success());
    };
    touch("2026-01-01 00:00:00");
    list_csv(&v);
    let text = v.read(rel);
    let edited = text.replace("case 2 巷口", "case 9 巷尾");
    assert_eq!(edited.len(), text.len());
    v.write(rel, &edited);
    touch("2026-01-02 00:00:00");
    assert!(list_csv(&v).contains("case 9 巷尾"));
    // Straight after lane wrote the file, an edit in the same clock tick keeps even
    // the modification time (made so here with touch -r): the racy rule re-reads it.
    v.run("note 3 --by L01 --at 2026-11-19T09:00 x").ok();
    list_csv(&v);
    let reference = v.tmp.path().join("mtime");
    std::fs::write(&reference, "").unwrap();
    let same_mtime = |from: &std::path::Path, to: &std::path::Path| {
        assert!(Command::new("touch")
            .arg("-r")
            .arg(from)
            .arg(to)
            .status()
            .unwrap()
            .success());
    };
    same_mtime(&v.path(rel), &reference);
    let text = v.read(rel);
    v.write(rel, text.replace("case 9 巷尾", "case 8 巷中"));
    same_mtime(&reference, &v.path(rel));
    assert!(list_csv(&v).contains("case 8 巷中"));
    listings(&v);
}

#[test]
fn a_deleted_or_corrupt_index_loses_nothing() {
    let v = village();
    let before = list_csv(&v);
    std::fs::remove_dir_all(v.path(".lane")).unwrap();
    assert_eq!(list_csv(&v), before);
    v.run("reindex").ok();
    std::fs::write(v.path(".lane/index"), b"LANEIDX1 garbage").unwrap();
    std::fs::write(v.path(".lane/index-journal"), b"\x05\x00\x00\x00junkjunk").unwrap();
    assert_eq!(list_csv(&v), before);
    let out = v.run("reindex").out();
    assert_eq!((out.code, out.stdout.as_str()), (0, ""));
    assert!(
        out.stderr.starts_with("indexed 4 case files in "),
        "{}",
        out.stderr
    );
    assert_eq!(list_csv(&v), before);
}

#[test]
fn files_brought_by_git_pull_are_seen() {
    let origin = Village::with_git();
    origin.seed();
    git(&origin.root, &["add", "-A"]);
    git(&origin.root, &["commit", "-qm", "seed"]);
    let base = origin.tmp.path();
    git(
        base,
        &["clone", "-q", origin.root.to_str().unwrap(), "town"],
    );
    let town = base.join("town");
    let lane = |dir: &std::path::Path, args: &[&str]| {
        let mut c = lane_cmd(base);
        c.arg("--data").arg(dir).arg("--no-input").args(args);
        run(c)
    };
    assert_eq!(
        lane(&town, &["--format", "csv", "list"]).ok(),
        "id,status,level,category,alley,household,title,opened,deadline,overdue_days\n"
    );
    origin
        .run("open --by L01 --title 'from the village' --category hazard --alley A01")
        .ok();
    git(&town, &["pull", "-q"]);
    assert!(lane(&town, &["--format", "csv", "list"])
        .ok()
        .contains(",from the village,"));
}

#[test]
fn ids_are_allocated_without_scanning_and_skip_taken_numbers() {
    let v = village();
    // The hint says 5; a hand-made file took 5, so 6 is next.
    let five = v
        .read("tickets/2026/NJ-2026-0001.toml")
        .replace("NJ-2026-0001", "NJ-2026-0005");
    v.write("tickets/2026/NJ-2026-0005.toml", five);
    let out = v
        .run("open --by L01 --title t --category hazard --alley A01")
        .out();
    assert_eq!(out.ok(), "NJ-2026-0006\n");
    // Without the hint, the year's folder is scanned once.
    std::fs::remove_dir_all(v.path(".lane")).unwrap();
    let out = v
        .run("open --by L01 --title t --category hazard --alley A01")
        .out();
    assert_eq!(out.ok(), "NJ-2026-0007\n");
}

/// `lane local --index-check folders` trusts unchanged year folders: an in-place
/// edit of an old case file is seen only after `lane reindex`; new files are seen.
#[test]
fn trusting_folders_skips_per_file_checks_until_reindex() {
    let v = village();
    v.run("local --index-check folders").ok();
    assert_eq!(
        v.run("local").ok(),
        "station  \"\" (the village's own clone)\nby       (not set)\nindex    folders (unchanged year folders are trusted)\n"
    );
    assert!(v
        .read("local.toml")
        .ends_with("index_check = \"folders\"\n"));
    let rel = "tickets/2026/NJ-2026-0003.toml";
    // Everything old enough not to be racy, the folder's stamp included.
    for p in [v.path(rel), v.path("tickets/2026")] {
        assert!(Command::new("touch")
            .args(["-d", "2026-01-01 00:00:00"])
            .arg(p)
            .status()
            .unwrap()
            .success());
    }
    v.run("reindex").ok();
    let text = v.read(rel);
    v.write(rel, text.replace("case 2 巷口", "case 7 巷尾"));
    assert!(Command::new("touch")
        .args(["-d", "2026-01-01 00:00:00"])
        .arg(v.path("tickets/2026"))
        .status()
        .unwrap()
        .success());
    assert!(
        list_csv(&v).contains("case 2 巷口"),
        "the folder is trusted"
    );
    v.run("reindex").ok();
    assert!(list_csv(&v).contains("case 7 巷尾"));
    // A new case file changes the folder, which is then checked.
    v.run("open --by L01 --title 'new one' --category hazard --alley A01")
        .ok();
    assert!(list_csv(&v).contains(",new one,"));
}
