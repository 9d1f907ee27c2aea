//! Eight processes changing one folder at once, every command family (cases through
//! their whole lifecycle, patrols, households, alleys, leaders, stars), with git and
//! without. The lock serialises them: every command exits 0, its marker is in the
//! folder exactly once, `lane check` is clean and git has every record, one commit
//! per command.

use crate::harness::{lane_cmd, Out, Village};

const PROCESSES: usize = 8;

/// Runs one command of process `t`; asserts it succeeded.
fn lane(v: &Village, args: &[String]) -> Out {
    let mut c = lane_cmd(v.tmp.path());
    c.env("LANE_NOW", &v.now)
        .arg("--data")
        .arg(&v.root)
        .arg("--no-input")
        .args(args);
    let out = crate::harness::run(c);
    assert_eq!(out.code, 0, "lane {args:?}: {}", out.stderr);
    assert!(
        !out.stderr.contains("warning"),
        "lane {args:?}: {}",
        out.stderr
    );
    out
}

fn words(line: &str) -> Vec<String> {
    line.split(' ').map(String::from).collect()
}

/// Process `t`'s commands; returns its markers.
fn process(v: &Village, t: usize) -> Vec<String> {
    let m = |k: &str| format!("q{t}{k}q");
    let hh = format!("H01{t:02}");
    let (alley, leader) = (format!("A1{t}"), format!("L1{t}"));
    let run = |line: String| lane(v, &words(&line));
    run(format!(
        "household add --id {hh} --head 户{} --alley A01",
        m("h")
    ));
    run(format!("household edit {hh} --note {}", m("e")));
    run(format!("alley add --id {alley} --name 巷{}", m("a")));
    run(format!(
        "leader add --id {leader} --name 长{} --phone 13800000009 --alley {alley} --background respected --selected-by party-members-and-masses --since 2026-01-01",
        m("l")
    ));
    run(format!("stars rate {hh} --met all --note {}", m("s")));
    run(format!(
        "patrol --leader L01 --kind inspection --note {}",
        m("p")
    ));
    let out = run(format!(
        "open --by L01 --title {} --category hazard --alley A01",
        m("o")
    ));
    let id = out
        .stderr
        .split_whitespace()
        .nth(1)
        .unwrap()
        .trim_end_matches(':')
        .to_string();
    for (k, line) in [
        ("n", format!("note {id} NOTE --by L01")),
        ("u", format!("escalate {id} --reason NOTE --by L01")),
        ("r", format!("resolve {id} --note NOTE --by L01")),
        (
            "v",
            format!("visit {id} --result unsatisfied --note NOTE --by L01"),
        ),
        ("k", format!("close {id} --as unable --note NOTE --by L01")),
        ("b", format!("reopen {id} --reason NOTE --by L01")),
    ] {
        run(line.replace("NOTE", &m(k)));
    }
    [
        "h", "e", "a", "l", "s", "p", "o", "n", "u", "r", "v", "k", "b",
    ]
    .iter()
    .map(|k| m(k))
    .collect()
}

fn eight_at_once(v: &Village) -> usize {
    v.seed();
    if v.path(".git").exists() {
        v.git(&["add", "-A"]);
        v.git(&["commit", "-qm", "seed"]);
    }
    v.run("stars new 2026 --date 2026-11-01").ok();
    let markers: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..PROCESSES)
            .map(|t| s.spawn(move || process(v, t)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let files = v.snapshot();
    for m in &markers {
        let n: usize = files
            .values()
            .map(|b| String::from_utf8_lossy(b).matches(m.as_str()).count())
            .sum();
        assert_eq!(n, 1, "{m}");
    }
    let check = v.run("check").out();
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stderr.ends_with("0 errors, 0 warnings\n"),
        "{}{}",
        check.stdout,
        check.stderr
    );
    markers.len()
}

#[test]
fn eight_processes_at_once_with_git() {
    let v = Village::with_git();
    let commits = v.git_log().len();
    let n = eight_at_once(&v);
    assert_eq!(v.git(&["status", "--porcelain"]), "");
    // Seed, stars round, and one commit per command.
    assert_eq!(v.git_log().len(), commits + 2 + n);
}

#[test]
fn eight_processes_at_once_without_git() {
    let v = Village::new();
    eight_at_once(&v);
}
