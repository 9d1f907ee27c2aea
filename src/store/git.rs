//! Git as the ledger's history: one commit per action, the password-store model.
//! Git is optional: a missing binary, a repository in a state where a commit does
//! not belong (a merge or rebase in progress, a detached HEAD) or a commit that fails
//! never loses the record, it only gives one warning.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::fsio;

/// Whether `root` is the top of a git work tree (not merely inside one).
pub fn is_repo(root: &Path) -> bool {
    root.join(".git").exists()
}

/// Runs git in `root`; `Err` carries what git said. Under the data folder's lock,
/// git holds the lock too (as its stdin) until it exits.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let stdin = match fsio::held_lock() {
        Some(f) => Stdio::from(f),
        None => Stdio::null(),
    };
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(stdin)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("git failed");
        Err(first.trim().to_string())
    }
}

/// Initialises a repository in `root` (used by `lane init`).
pub fn init(root: &Path) -> Result<(), String> {
    run(root, &["init", "-q"]).map(|_| ())
}

/// Why this is no time for lane to commit: an operation in progress that a commit
/// would mix into, or a detached HEAD where a commit is easily lost.
fn blocked(root: &Path) -> Option<String> {
    let dir = PathBuf::from(run(root, &["rev-parse", "--absolute-git-dir"]).ok()?.trim());
    let busy = [
        ("MERGE_HEAD", "a merge"),
        ("rebase-merge", "a rebase"),
        ("rebase-apply", "a rebase"),
        ("CHERRY_PICK_HEAD", "a cherry-pick"),
        ("REVERT_HEAD", "a revert"),
        ("BISECT_LOG", "a bisect"),
    ];
    if let Some((_, what)) = busy.iter().find(|(f, _)| dir.join(f).exists()) {
        return Some(format!(
            "the repository is in the middle of {what}; finish or abort it, then commit the change with `git add` and `git commit`"
        ));
    }
    let head = std::fs::read_to_string(dir.join("HEAD")).unwrap_or_default();
    if !head.starts_with("ref:") {
        return Some(
            "HEAD is detached (no branch is checked out), where a commit is easily lost; check out a branch, then commit the change with `git add` and `git commit`".into(),
        );
    }
    None
}

/// Commits exactly `paths` (relative to `root`) with `message`. Returns a warning to
/// print when the commit could not be made; the files are written either way.
/// `new` are the paths that did not exist before the change: they are added first;
/// a changed file git does not track yet (written with `--no-commit`) is added when
/// the commit says so. A change to tracked files costs one git process.
pub fn commit(root: &Path, paths: &[String], new: &[String], message: &str) -> Option<String> {
    if paths.is_empty() {
        return None;
    }
    if let Some(why) = blocked(root) {
        return Some(format!(
            "the change is saved but was not committed to git: {why}"
        ));
    }
    let add = |list: &[String]| {
        let mut args = vec!["add", "-A", "--"];
        args.extend(list.iter().map(|s| s.as_str()));
        run(root, &args)
    };
    let mut commit = vec!["commit", "-q", "--no-verify", "-m", message, "--"];
    commit.extend(paths.iter().map(|s| s.as_str()));
    let first = if new.is_empty() {
        Ok(String::new())
    } else {
        add(new)
    };
    let result = first.and_then(|_| match run(root, &commit) {
        Err(why) if why.contains("did not match any file") => {
            add(paths).and_then(|_| run(root, &commit))
        }
        other => other,
    });
    if result.is_err() {
        // Staged, so that the `git commit` the warning asks for takes it.
        let _ = add(paths);
    }
    result.err().map(|why| {
        let todo = if why.contains("identity") || why.contains("ident name") || why.contains("name was given") {
            "tell git who you are with `git config user.name \"NAME\"` and `git config user.email EMAIL`, then commit it with `git commit`"
        } else if why.contains(".lock") {
            "if no other git is running, remove that lock file, then commit it with `git commit`"
        } else {
            "commit it yourself with `git commit`"
        };
        format!("the change is saved but was not committed to git ({why}); {todo}")
    })
}
