//! Git as the ledger's history and as the network between clones; parallel writers.

mod trouble;

use crate::harness::{git, lane_cmd, run, Village};

fn seeded_repo() -> Village {
    let v = Village::with_git();
    v.seed();
    git(&v.root, &["add", "-A"]);
    git(&v.root, &["commit", "-qm", "seed"]);
    v
}

#[test]
fn one_commit_per_action_with_a_message_that_says_what_happened() {
    let v = seeded_repo();
    let script: &[&[&str]] = &[
        &[
            "open",
            "--title",
            "沟渠无护栏",
            "--category",
            "hazard",
            "--alley",
            "A01",
            "--at",
            "2026-11-10T08:00",
        ],
        &["note", "1", "--at", "2026-11-10T09:00", "measured 20 m"],
        &[
            "escalate",
            "1",
            "--at",
            "2026-11-11T08:00",
            "--reason",
            "needs an excavator",
        ],
        &[
            "resolve",
            "1",
            "--at",
            "2026-11-12T08:00",
            "--note",
            "railing built",
        ],
        &[
            "visit",
            "1",
            "--at",
            "2026-11-13T08:00",
            "--result",
            "basic",
        ],
        &["household", "edit", "H0002", "--phone", "13900000002"],
        &["close", "1", "--as", "unable"],
        &["note", "--no-commit", "1", "kept out of git"],
    ];
    for args in script {
        let mut a = args.to_vec();
        if args[0] != "household" {
            a.extend(["--by", "L01"]);
        }
        let out = v.lane(&a);
        // The basic return visit closed the case: `close` is refused, and not committed.
        let code = if args[0] == "close" { 1 } else { 0 };
        assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
        if code == 1 {
            assert_eq!(
                out.stderr,
                "error: NJ-2026-0001: cannot close a case that is closed; allowed now: note, reopen\n"
            );
        }
    }
    assert_eq!(
        v.git_log(),
        [
            "household: edit H0002 赵国强",
            "NJ-2026-0001: return visit: basic",
            "NJ-2026-0001: resolve (railing built)",
            "NJ-2026-0001: escalate to village (needs an excavator)",
            "NJ-2026-0001: note (measured 20 m)",
            "NJ-2026-0001: open hazard in A01 (沟渠无护栏)",
            "seed",
            "init: Nanjie Village",
        ]
    );
    // The --no-commit note is on disk but not committed.
    assert_eq!(
        git(&v.root, &["status", "--porcelain"]),
        " M tickets/2026/NJ-2026-0001.toml\n"
    );
}

#[test]
fn a_failed_commit_warns_and_keeps_the_record() {
    let v = seeded_repo();
    let out = v
        .run("open --by L01 --title t --category hazard --alley A01")
        .env("GIT_DIR", "/nonexistent/git/dir")
        .out();
    assert_eq!(out.ok(), "NJ-2026-0001\n");
    assert!(
        out.stderr
            .starts_with("warning: the change is saved but was not committed to git ("),
        "{}",
        out.stderr
    );
    assert!(v.path("tickets/2026/NJ-2026-0001.toml").is_file());
}

/// Two clones open 30 cases each and escalate some; `git merge` gives no conflict
/// and no duplicate ID, and `lane check` passes.
#[test]
fn two_clones_merge_without_conflict() {
    let origin = seeded_repo();
    let base = origin.tmp.path();
    let (a, b) = (base.join("a"), base.join("b"));
    git(base, &["clone", "-q", origin.root.to_str().unwrap(), "a"]);
    git(base, &["clone", "-q", origin.root.to_str().unwrap(), "b"]);
    let lane = |dir: &std::path::Path, args: &[&str]| {
        let mut c = lane_cmd(base);
        c.arg("--data").arg(dir).arg("--no-input").args(args);
        run(c)
    };
    lane(&a, &["local", "--station", ""]).ok();
    lane(&b, &["local", "--station", "T"]).ok();
    for dir in [&a, &b] {
        for i in 0..30 {
            let alley = if i % 2 == 0 { "A01" } else { "A02" };
            let at = format!("2026-11-{:02}T09:00", 1 + i % 19);
            let id = lane(
                dir,
                &[
                    "open",
                    "--by",
                    "L01",
                    "--title",
                    "t",
                    "--category",
                    "hazard",
                    "--alley",
                    alley,
                    "--at",
                    &at,
                ],
            );
            let id = id.ok().trim().to_string();
            if i % 3 == 0 {
                lane(dir, &["escalate", &id, "--by", "L01", "--reason", "r"]).ok();
            }
        }
    }
    git(
        &a,
        &["pull", "-q", "--no-rebase", b.to_str().unwrap(), "HEAD"],
    );
    let files = std::fs::read_dir(a.join("tickets/2026")).unwrap().count();
    assert_eq!(files, 60);
    let out = lane(&a, &["check"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "checked 2 alleys, 2 leaders, 3 households, 60 cases: 0 errors, 0 warnings\n"
    );
    let list = lane(&a, &["--format", "csv", "list"]);
    let ids: std::collections::BTreeSet<&str> = list
        .ok()
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids.len(), 60);
    assert!(ids.contains("NJ-2026-0030") && ids.contains("NJ-2026-T0030"));
}

/// Two processes open 50 cases each at the same moment in one folder.
#[test]
fn parallel_writers_lose_nothing() {
    let v = Village::new();
    v.seed();
    let handles: Vec<_> = (0..2)
        .map(|w| {
            let root = v.root.clone();
            let cwd = v.tmp.path().to_path_buf();
            std::thread::spawn(move || {
                for i in 0..50 {
                    let mut c = lane_cmd(&cwd);
                    let title = format!("writer {w} case {i}");
                    c.arg("--data").arg(&root).args([
                        "--no-input",
                        "open",
                        "--by",
                        "L01",
                        "--category",
                        "hazard",
                        "--alley",
                        "A01",
                        "--title",
                        &title,
                    ]);
                    let out = run(c);
                    assert_eq!(out.code, 0, "{}", out.stderr);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let out = v.run("--format csv list").out();
    let rows: Vec<&str> = out.ok().lines().skip(1).collect();
    assert_eq!(rows.len(), 100);
    let ids: std::collections::BTreeSet<&str> =
        rows.iter().map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(ids.len(), 100);
    assert_eq!(ids.iter().next_back(), Some(&"NJ-2026-0100"));
    for w in 0..2 {
        for i in 0..50 {
            let title = format!(",writer {w} case {i},");
            assert_eq!(
                rows.iter().filter(|r| r.contains(&title)).count(),
                1,
                "{title}"
            );
        }
    }
    assert_eq!(v.run("check").out().code, 0);
}
