//! Git in trouble: no identity, a merge in progress, a detached HEAD, a read-only
//! `.git`, a lane killed while its git still runs. Each time the record is written,
//! the commit is skipped with exactly one warning that says what to do, the
//! repository is left as it was, and nothing is lost once the trouble is gone.

use crate::harness::{lane_cmd, run, Out, Village};
use std::process::Command;

fn git(v: &Village, args: &[&str]) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(&v.root)
        .args(args)
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// A seeded repository with one case, NJ-2026-0001, all committed.
fn repo() -> Village {
    let v = Village::with_git();
    v.seed();
    git(&v, &["add", "-A"]);
    git(&v, &["commit", "-qm", "seed"]);
    v.run("open --by L01 --title 井盖松动 --category hazard --alley A01")
        .ok();
    v
}

const CASE: &str = "tickets/2026/NJ-2026-0001.toml";

/// Asserts the note was saved, and that stderr is the one line of the action and one
/// warning that starts with `warning` (returned).
#[track_caller]
fn saved_with_one_warning(v: &Village, out: &Out, note: &str) -> String {
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(v.read(CASE).contains(note), "the note is not in the file");
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
    warnings[0].to_string()
}

#[test]
fn no_git_identity_keeps_the_record_and_says_how_to_set_one() {
    let v = repo();
    let head = git(&v, &["rev-parse", "HEAD"]);
    let mut c = lane_cmd(v.tmp.path());
    c.env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        // No guessing a name from the machine: as on a fresh account.
        .env("GIT_CONFIG_COUNT", "1")
        .env("GIT_CONFIG_KEY_0", "user.useConfigOnly")
        .env("GIT_CONFIG_VALUE_0", "true")
        .env("LANE_NOW", crate::harness::NOW)
        .arg("--data")
        .arg(&v.root)
        .args(["note", "1", "路灯不亮", "--by", "L01"]);
    let out = run(c);
    let w = saved_with_one_warning(&v, &out, "路灯不亮");
    assert_eq!(
        w,
        "warning: the change is saved but was not committed to git (Author identity unknown); \
         tell git who you are with `git config user.name \"NAME\"` and `git config user.email EMAIL`, \
         then commit it with `git commit`"
    );
    assert_eq!(git(&v, &["rev-parse", "HEAD"]), head);
    // Nothing lost: the change is staged for the clerk to commit.
    assert_eq!(git(&v, &["status", "--porcelain"]), format!("M  {CASE}\n"));
    git(&v, &["commit", "-qm", "by hand"]);
    assert!(git(&v, &["show", "HEAD:tickets/2026/NJ-2026-0001.toml"]).contains("路灯不亮"));
}

#[test]
fn a_merge_in_progress_is_left_alone() {
    let v = repo();
    // A merge that stops on a conflict in a file of the clerk's own.
    v.write("notes.txt", "base\n");
    git(&v, &["add", "notes.txt"]);
    git(&v, &["commit", "-qm", "notes"]);
    git(&v, &["checkout", "-qb", "other"]);
    v.write("notes.txt", "theirs\n");
    git(&v, &["commit", "-qam", "theirs"]);
    git(&v, &["checkout", "-q", "-"]);
    v.write("notes.txt", "ours\n");
    git(&v, &["commit", "-qam", "ours"]);
    let merge = Command::new("git")
        .arg("-C")
        .arg(&v.root)
        .args(["merge", "-q", "other"])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .unwrap();
    assert!(
        !merge.status.success(),
        "the merge should stop on the conflict"
    );
    let head = git(&v, &["rev-parse", "HEAD"]);
    let staged = git(&v, &["diff", "--cached", "--name-only"]);
    let out = v.run("note 1 路灯不亮 --by L01").out();
    let w = saved_with_one_warning(&v, &out, "路灯不亮");
    assert_eq!(
        w,
        "warning: the change is saved but was not committed to git: the repository is in the middle of a merge; \
         finish or abort it, then commit the change with `git add` and `git commit`"
    );
    // Not committed, not even staged into the merge; the merge is as it was.
    assert_eq!(git(&v, &["rev-parse", "HEAD"]), head);
    assert_eq!(git(&v, &["diff", "--cached", "--name-only"]), staged);
    assert!(v.path(".git/MERGE_HEAD").exists());
    assert!(git(&v, &["status", "--porcelain"]).contains(&format!(" M {CASE}\n")));
}

#[test]
fn a_detached_head_gets_no_commit() {
    let v = repo();
    git(&v, &["checkout", "-q", "--detach"]);
    let head = git(&v, &["rev-parse", "HEAD"]);
    let out = v.run("note 1 路灯不亮 --by L01").out();
    let w = saved_with_one_warning(&v, &out, "路灯不亮");
    assert_eq!(
        w,
        "warning: the change is saved but was not committed to git: HEAD is detached (no branch is checked out), \
         where a commit is easily lost; check out a branch, then commit the change with `git add` and `git commit`"
    );
    assert_eq!(git(&v, &["rev-parse", "HEAD"]), head);
    // Back on the branch, the change is still there to commit.
    git(&v, &["checkout", "-q", "-"]);
    assert_eq!(git(&v, &["status", "--porcelain"]), format!(" M {CASE}\n"));
}

#[test]
fn a_read_only_git_folder_keeps_the_record() {
    let v = repo();
    let head = git(&v, &["rev-parse", "HEAD"]);
    let Some(guard) = crate::harness::read_only(&v.path(".git")) else {
        return;
    };
    let out = v.run("note 1 路灯不亮 --by L01").out();
    let w = saved_with_one_warning(&v, &out, "路灯不亮");
    assert!(
        w.starts_with(
            "warning: the change is saved but was not committed to git (fatal: Unable to create "
        ) && w.contains("index.lock"),
        "{w}"
    );
    drop(guard);
    assert_eq!(git(&v, &["rev-parse", "HEAD"]), head);
    assert_eq!(git(&v, &["status", "--porcelain"]), format!(" M {CASE}\n"));
}

/// lane killed while its git commit still runs: the git goes on holding the folder's
/// lock, so the next command waits for it instead of finding git's index locked.
#[test]
fn a_killed_lane_s_git_keeps_the_lock_until_it_is_done() {
    let v = repo();
    // A hook that git runs inside the commit, while it holds .git/index.lock (lane's
    // --no-verify skips pre-commit and commit-msg, not this one).
    let hook = v.path(".git/hooks/prepare-commit-msg");
    let inside = v.tmp.path().join("hook-started");
    std::fs::write(
        &hook,
        format!("#!/bin/sh\ntouch '{}'\nsleep 1\n", inside.display()),
    )
    .unwrap();
    Command::new("chmod")
        .arg("755")
        .arg(&hook)
        .status()
        .unwrap();
    let mut c = lane_cmd(v.tmp.path());
    c.arg("--data")
        .arg(&v.root)
        .args(["note", "1", "first", "--by", "L01"]);
    let mut child = c.spawn().unwrap();
    // Wait until git is inside the hook, then kill lane (not git).
    let t0 = std::time::Instant::now();
    while !inside.exists() {
        assert!(t0.elapsed().as_secs() < 20, "git never started committing");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    std::fs::remove_file(&hook).unwrap();
    let out = v.run("note 1 second --by L01").out();
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stderr,
        "NJ-2026-0001: note (second); open at alley (lane leader), due 2026-11-23 10:00\n"
    );
    assert_eq!(
        &v.git_log()[..2],
        ["NJ-2026-0001: note (second)", "NJ-2026-0001: note (first)"]
    );
    assert_eq!(git(&v, &["status", "--porcelain"]), "");
}
