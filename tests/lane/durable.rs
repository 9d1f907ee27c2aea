//! Durability across kills (issue 12): an interrupted change is never replayed over
//! a file that changed since it began; a change killed before or during its git
//! commit is committed by the next command; `lane check` warns of lane files that
//! differ from git's HEAD.

use crate::harness::Village;
use std::process::Command;

const PATROLS: &str = "patrols/2026-11.csv";

/// One file of a batch: temp file, target, target before (`None`: absent), after.
pub type Write<'a> = (&'a str, &'a str, Option<&'a [u8]>, &'a [u8]);

/// The journal a change of `(temp file, target, target before, target after)`
/// leaves once its temp files are on disk (see src/store/atomic.rs).
pub fn journal(writes: &[Write]) -> String {
    let fp = |b: &[u8]| format!("{}:{:08x}", b.len(), crc32fast::hash(b));
    let writes: Vec<serde_json::Value> = writes
        .iter()
        .map(|(tmp, target, before, after)| {
            serde_json::json!({
                "tmp": tmp, "target": target,
                "before": before.map(fp), "after": fp(after),
            })
        })
        .collect();
    serde_json::json!({"change": "NJ-2026-0001: open", "writes": writes}).to_string()
}

const OPEN_ON_VISIT: [&str; 11] = [
    "open",
    "--by",
    "L01",
    "--title",
    "t",
    "--category",
    "hazard",
    "--source",
    "visit",
    "--household",
    "H0001",
];

/// Killed between the renames of a case opened on a household visit (the case file
/// renamed, the patrol row's temp file not yet); then a `git pull` brings another
/// clone's patrol rows. The next command, a `lane list`, must not write the stale
/// patrol log over them: it keeps it aside and says what to do. So also for the
/// journal of an older lane, which does not say what the files were.
#[test]
fn an_interrupted_change_is_never_replayed_over_a_file_changed_since() {
    replayed_over_a_changed_file(true);
    replayed_over_a_changed_file(false);
}

fn replayed_over_a_changed_file(legacy: bool) {
    let done = Village::new();
    done.seed();
    done.run("patrol --leader L02 --kind inspection --note 旧的")
        .ok();
    let before = done.bytes(PATROLS);
    done.lane(&OPEN_ON_VISIT).ok();
    let case = done.bytes("tickets/2026/NJ-2026-0001.toml");
    let after = done.bytes(PATROLS);

    let v = Village::new();
    v.seed();
    v.write("tickets/2026/NJ-2026-0001.toml", &case);
    v.write("patrols/.lane-tmp-Zq81xk", &after);
    let text = if legacy {
        r#"[["tickets/2026/.lane-tmp-AAAAAA","tickets/2026/NJ-2026-0001.toml"],["patrols/.lane-tmp-Zq81xk","patrols/2026-11.csv"]]"#.to_string()
    } else {
        journal(&[
            (
                "tickets/2026/.lane-tmp-AAAAAA",
                "tickets/2026/NJ-2026-0001.toml",
                None,
                &case,
            ),
            ("patrols/.lane-tmp-Zq81xk", PATROLS, Some(&before), &after),
        ])
    };
    v.write(".lane/journal", text);
    // The pull: the log as it was, and a row of the other clone's.
    let mut pulled = before.clone();
    pulled.extend_from_slice("2026-11-T0001,2026-11-03,L02,A02,inspection,,,拉来的\n".as_bytes());
    v.write(PATROLS, &pulled);
    let out = v.run("list").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(v.bytes(PATROLS), pulled, "the pulled rows are gone");
    assert!(!v.path(".lane/journal").exists());
    assert!(!v.path("patrols/.lane-tmp-Zq81xk").exists());
    let aside = ".lane/unapplied/patrols/2026-11.csv";
    assert_eq!(v.bytes(aside), after);
    assert!(
        (legacy || out.stderr.contains("NJ-2026-0001: open"))
            && out.stderr.contains(&format!("kept in {aside}"))
            && out
                .stderr
                .contains(&format!("git diff --no-index {PATROLS} {aside}"))
            && out.stderr.contains("tickets/2026/NJ-2026-0001.toml"),
        "{}",
        out.stderr
    );
    // Once the change's row is added by hand, the folder is whole again.
    let check = v.run("check").out();
    assert!(check.stdout.contains(aside), "{}", check.stdout);
    std::fs::remove_file(v.path(aside)).unwrap();
    v.run("check").ok();
}

/// A target that is still what the batch began from is finished; one that already
/// is what the batch meant loses only the temp file.
#[test]
fn an_interrupted_change_is_finished_over_the_file_it_began_from() {
    let v = Village::new();
    v.seed();
    let before = v.bytes("households.csv");
    let mut after = before.clone();
    after.extend_from_slice("H0004,孙长林,A02,,,,,\n".as_bytes());
    let alleys = v.bytes("alleys.csv");
    v.write(".lane-tmp-h", &after);
    v.write(".lane-tmp-a", &alleys);
    v.write(
        ".lane/journal",
        journal(&[
            (".lane-tmp-h", "households.csv", Some(&before), &after),
            (".lane-tmp-a", "alleys.csv", Some(b"x"), &alleys),
        ]),
    );
    let out = v.run("alley list").out();
    assert_eq!(out.code, 0);
    assert_eq!(out.stderr, "");
    assert_eq!(v.bytes("households.csv"), after);
    assert!(!v.path(".lane-tmp-h").exists() && !v.path(".lane-tmp-a").exists());
    assert!(!v.path(".lane/unapplied").exists());
}

/// A seeded repository, all committed.
fn repo() -> Village {
    let v = Village::with_git();
    v.seed();
    v.git(&["add", "-A"]);
    v.git(&["commit", "-qm", "seed"]);
    v
}

/// Clones the village and returns the clone's case files.
fn cloned_cases(v: &Village) -> Vec<String> {
    let dest = v.tmp.path().join(format!("clone{}", rand::random::<u32>()));
    crate::harness::git(
        v.tmp.path(),
        &[
            "clone",
            "-q",
            v.root.to_str().unwrap(),
            dest.to_str().unwrap(),
        ],
    );
    let mut out: Vec<String> = std::fs::read_dir(dest.join("tickets/2026"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[track_caller]
fn all_committed(v: &Village) {
    assert_eq!(v.git(&["status", "--porcelain"]), "");
    let check = v.run("check").out();
    assert_eq!(check.code, 0);
    assert!(
        check.stderr.ends_with("0 errors, 0 warnings\n"),
        "{}{}",
        check.stdout,
        check.stderr
    );
}

/// Killed before its files, after them before git, and during git's commit: the
/// next command (a read-only one, or a change) commits what the killed one left.
#[test]
fn a_change_killed_before_or_during_its_commit_is_committed_by_the_next_command() {
    // After the files, before git: the files are written, `.lane/pending` names them.
    for next in ["list", "patrol --leader L01 --kind inspection"] {
        let v = repo();
        v.run("--no-commit open --by L01 --title 井盖松动 --category hazard --alley A01")
            .ok();
        v.write(
            ".lane/pending",
            r#"{"message":"NJ-2026-0001: open","paths":["tickets/2026/NJ-2026-0001.toml"]}"#,
        );
        v.run(next).ok();
        assert!(!v.path(".lane/pending").exists());
        assert!(
            v.git_log()
                .iter()
                .any(|m| m.starts_with("NJ-2026-0001: open")),
            "{:?}",
            v.git_log()
        );
        all_committed(&v);
        assert_eq!(cloned_cases(&v), ["NJ-2026-0001.toml"]);
    }
    // Before the files: nothing to commit, the next change makes its own commit only.
    let v = repo();
    let commits = v.git_log().len();
    v.write(
        ".lane/pending",
        r#"{"message":"NJ-2026-0001: open","paths":["tickets/2026/NJ-2026-0001.toml"]}"#,
    );
    v.run("patrol --leader L01 --kind inspection").ok();
    assert_eq!(v.git_log().len(), commits + 1);
    all_committed(&v);
}

/// A `git` that is slow to commit, so lane is killed while it runs; it then fails
/// without committing (as a killed git would).
#[cfg(unix)]
fn slow_git(v: &Village) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let real = String::from_utf8(
        Command::new("sh")
            .args(["-c", "command -v git"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let bin = v.tmp.path().join("slowbin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = format!(
        "#!/bin/sh\ncase \"$*\" in *\" commit \"*) sleep 1.5; exit 1;; esac\nexec {} \"$@\"\n",
        real.trim()
    );
    std::fs::write(bin.join("git"), script).unwrap();
    std::fs::set_permissions(bin.join("git"), std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

#[cfg(unix)]
#[test]
fn a_change_killed_during_its_git_commit_is_committed_by_the_next_command() {
    use crate::harness::lane_cmd;
    let v = repo();
    let path = format!(
        "{}:{}",
        slow_git(&v).display(),
        std::env::var("PATH").unwrap()
    );
    let mut c = lane_cmd(v.tmp.path());
    c.env("PATH", &path)
        .arg("--data")
        .arg(&v.root)
        .args([
            "--no-input",
            "open",
            "--by",
            "L01",
            "--title",
            "井盖",
            "--category",
            "hazard",
        ])
        .args(["--source", "visit", "--household", "H0001"]);
    let mut child = c.spawn().unwrap();
    // Until the fake git's commit runs: the files are written by then.
    let started = std::time::Instant::now();
    while !v.path("tickets/2026/NJ-2026-0001.toml").exists() {
        assert!(
            started.elapsed().as_secs() < 10,
            "lane never wrote the case"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    child.kill().unwrap();
    child.wait().unwrap();
    // Git (the fake one) still holds the lock; the next command waits for it, then
    // commits the case file and the patrol row.
    v.run("list").ok();
    assert!(!v.path(".lane/pending").exists());
    all_committed(&v);
    assert_eq!(cloned_cases(&v), ["NJ-2026-0001.toml"]);
    assert!(v.git(&["show", "--stat", "HEAD"]).contains(PATROLS));
}

/// Without a pending commit, `lane check` still names a lane file that git's HEAD
/// does not have, and how to commit it.
#[test]
fn check_warns_of_lane_files_that_git_does_not_have() {
    let v = repo();
    v.run("--no-commit open --by L01 --title 井盖松动 --category hazard --alley A01")
        .ok();
    v.run("--no-commit household edit H0001 --note 新").ok();
    let out = v.run("check").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "households.csv: warning: modified, not committed to git, so clones and the town do not have it; commit it with `git add -A -- households.csv` and `git commit -m \"households.csv\"`\n\
         tickets/2026/NJ-2026-0001.toml: warning: untracked, not committed to git, so clones and the town do not have it; commit it with `git add -A -- tickets/2026/NJ-2026-0001.toml` and `git commit -m \"tickets/2026/NJ-2026-0001.toml\"`\n"
    );
    assert!(
        out.stderr.ends_with("0 errors, 2 warnings\n"),
        "{}",
        out.stderr
    );
}
