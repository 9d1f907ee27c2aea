//! Git as the ledger's history: one commit per action, the password-store model.
//! Git is optional: a missing binary or a commit that fails never loses the record,
//! it only gives one warning.

use std::path::Path;
use std::process::{Command, Stdio};

/// Whether `root` is the top of a git work tree (not merely inside one).
pub fn is_repo(root: &Path) -> bool {
    root.join(".git").exists()
}

/// Runs git in `root`; `Err` carries what git said.
pub fn run(root: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(Stdio::null())
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

/// Commits exactly `paths` (relative to `root`) with `message`. Returns a warning to
/// print when the commit could not be made; the files are written either way.
pub fn commit(root: &Path, paths: &[String], message: &str) -> Option<String> {
    if paths.is_empty() {
        return None;
    }
    let mut add = vec!["add", "-A", "--"];
    add.extend(paths.iter().map(|s| s.as_str()));
    let mut commit = vec!["commit", "-q", "--no-verify", "-m", message, "--"];
    commit.extend(paths.iter().map(|s| s.as_str()));
    let result = run(root, &add).and_then(|_| run(root, &commit));
    result.err().map(|why| {
        format!("the change is saved but was not committed to git ({why}); commit it yourself with `git commit`")
    })
}
