//! Git, the one way lane runs it: the village's history (one commit per change, the
//! password-store model) and the town's network (clone, fetch, fast-forward, push;
//! the town's logic is in [`super::town`]). Git is optional for a village: a missing
//! binary, a repository in a state where a commit does not belong (a merge or rebase
//! in progress, a detached HEAD) or a commit that fails never loses the record, it
//! only gives one warning.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::lock::Lock;

/// Why a git process failed: what it wrote on stderr, or why it could not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure(String);

impl Failure {
    /// The first line git wrote, as it wrote it (the village's warnings quote it).
    pub fn first_line(&self) -> String {
        self.0
            .lines()
            .find(|l| !l.trim().is_empty())
            .map_or_else(|| crate::msg!("store-git-failed"), |l| l.trim().to_string())
    }

    /// The line that says why: the first `fatal:` or `error:` line without that
    /// word, else the first line that is not a hint (the town's table shows it).
    pub fn reason(&self) -> String {
        let lines: Vec<&str> = self
            .0
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let strip = |l: &str| {
            l.strip_prefix("fatal: ")
                .or_else(|| l.strip_prefix("error: "))
                .unwrap_or(l)
                .to_string()
        };
        lines
            .iter()
            .find(|l| l.starts_with("fatal:") || l.starts_with("error:"))
            .or_else(|| lines.iter().find(|l| !l.starts_with("hint:")))
            .map_or_else(|| crate::msg!("store-git-failed"), |l| strip(l))
    }
}

/// Runs git in `dir` and returns what it printed. Git never asks for a password
/// (a clone that needs one fails instead of waiting). Under a folder's `lock`, git
/// holds the lock too, as its stdin, until it exits.
pub fn run(dir: &Path, lock: Option<&Lock>, args: &[&str]) -> Result<String, Failure> {
    let mut c = Command::new("git");
    c.arg("-C").arg(dir).args(args);
    output(c, lock)
}

fn output(mut c: Command, lock: Option<&Lock>) -> Result<String, Failure> {
    let stdin = match lock.and_then(Lock::handle) {
        Some(f) => Stdio::from(f),
        None => Stdio::null(),
    };
    let out = c
        .stdin(stdin)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| Failure(crate::msg!("store-git-cannot-run", error = e.to_string())))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(Failure(String::from_utf8_lossy(&out.stderr).into_owned()))
    }
}

/// The trailer every commit lane makes carries (`Lane-Version: 0.1.0`): how `lane
/// undo` tells lane's commits from commits made by hand.
pub const LANE_TRAILER: &str = "Lane-Version";

/// The trailer paragraph of a lane commit, a second `-m` after the message.
pub fn trailer() -> String {
    format!("{LANE_TRAILER}: {}", env!("CARGO_PKG_VERSION"))
}

/// `git commit` of exactly `paths` with `message` and lane's trailer, hooks off.
fn commit_argv<'a>(message: &str, paths: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut argv: Vec<String> = ["commit", "-q", "--no-verify", "-m", message, "-m"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    argv.push(trailer());
    argv.push("--".into());
    argv.extend(paths.map(str::to_string));
    argv
}

/// The files and folders of a data folder that lane keeps in git (relative to it):
/// `lane check` warns of changes to them that are not committed, `lane undo` refuses
/// while there are any.
pub const LANE_PATHS: &[&str] = &[
    super::CONFIG_FILE,
    "alleys.csv",
    "leaders.csv",
    "households.csv",
    "tickets",
    "patrols",
    "stars",
    "stations",
    "attachments",
    ".gitattributes",
];

/// Whether `root` is the top of a git work tree (not merely inside one).
pub fn is_repo(root: &Path) -> bool {
    root.join(".git").exists()
}

/// Initialises a repository in `root` (`lane init`, `lane town init`).
pub fn init(root: &Path, lock: Option<&Lock>) -> Result<(), String> {
    run(root, lock, &["init", "-q"])
        .map(|_| ())
        .map_err(|f| f.first_line())
}

/// Adds everything in `root` and commits it: a new folder's first commit.
pub fn commit_all(root: &Path, lock: Option<&Lock>, message: &str) -> Result<(), String> {
    let trailer = trailer();
    let commit = ["commit", "-q", "--no-verify", "-m", message, "-m", &trailer];
    run(root, lock, &["add", "-A"])
        .and_then(|_| run(root, lock, &commit))
        .map(|_| ())
        .map_err(|f| f.first_line())
}

/// Whether the repository at `dir` has a remote.
pub fn has_remote(dir: &Path) -> bool {
    run(dir, None, &["remote"]).is_ok_and(|s| !s.trim().is_empty())
}

/// The URL of the `origin` remote, if the folder is a repository that has one.
pub fn origin_url(dir: &Path) -> Option<String> {
    if !is_repo(dir) {
        return None;
    }
    run(dir, None, &["remote", "get-url", "origin"])
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Clones `url` into `dest` (which must not exist). A relative path is taken from
/// the current folder, as `git clone` takes it. The error is git's reason.
pub fn clone(url: &str, dest: &Path) -> Result<(), String> {
    let mut c = Command::new("git");
    c.args(["clone", "--quiet", "--", url]).arg(dest);
    output(c, None).map(|_| ()).map_err(|f| f.reason())
}

/// Why this is no time for lane to commit: an operation in progress that a commit
/// would mix into, or a detached HEAD where a commit is easily lost.
pub(super) fn blocked(root: &Path, lock: &Lock) -> Option<String> {
    let dir = run(root, Some(lock), &["rev-parse", "--absolute-git-dir"]).ok()?;
    let dir = PathBuf::from(dir.trim());
    if let Some(op) = in_progress(&dir) {
        return Some(crate::msg!("store-git-in-progress", op = op));
    }
    let head = std::fs::read_to_string(dir.join("HEAD")).unwrap_or_default();
    if !head.starts_with("ref:") {
        return Some(crate::msg!("store-git-detached"));
    }
    None
}

/// The operation in progress in the git directory `dir` (`merge`, `rebase`,
/// `cherry-pick`, `revert`, `bisect`), if any.
fn in_progress(dir: &Path) -> Option<&'static str> {
    let busy = [
        ("MERGE_HEAD", "merge"),
        ("rebase-merge", "rebase"),
        ("rebase-apply", "rebase"),
        ("CHERRY_PICK_HEAD", "cherry-pick"),
        ("REVERT_HEAD", "revert"),
        ("BISECT_LOG", "bisect"),
    ];
    busy.iter()
        .find(|(f, _)| dir.join(f).exists())
        .map(|(_, what)| *what)
}

/// Commits exactly `paths` (relative to `root`) with `message`, under the folder's
/// `lock` (every git of the commit holds it). Returns a warning to print when the
/// commit could not be made; the files are written either way. `new` are the paths
/// that did not exist before the change: they are added first; a changed file git
/// does not track yet (written with `--no-commit`) is added when the commit says
/// so. A change to tracked files costs one git process.
pub fn commit(
    root: &Path,
    lock: &Lock,
    paths: &[String],
    new: &[String],
    message: &str,
) -> Option<String> {
    if paths.is_empty() {
        return None;
    }
    clear_stale_locks(root);
    if let Some(why) = blocked(root, lock) {
        return Some(crate::msg!("store-git-not-committed-blocked", why = why));
    }
    let git = |args: &[&str]| run(root, Some(lock), args).map_err(|f| f.first_line());
    let add = |list: &[String]| {
        let mut args = vec!["add", "-A", "--"];
        args.extend(list.iter().map(|s| s.as_str()));
        git(&args)
    };
    let argv = commit_argv(message, paths.iter().map(String::as_str));
    let commit: Vec<&str> = argv.iter().map(String::as_str).collect();
    let first = if new.is_empty() {
        Ok(String::new())
    } else {
        add(new)
    };
    let result = first.and_then(|_| match git(&commit) {
        Err(why) if why.contains("did not match any file") => add(paths).and_then(|_| git(&commit)),
        other => other,
    });
    if result.is_err() {
        // Staged, so that the `git commit` the warning asks for takes it.
        let _ = add(paths);
    }
    result.err().map(|why| {
        let w = why.as_str();
        if why.contains("identity") || why.contains("ident name") || why.contains("name was given")
        {
            crate::msg!("store-git-not-committed-identity", why = w)
        } else if why.contains(".lock") {
            crate::msg!("store-git-not-committed-lock", why = w)
        } else {
            crate::msg!("store-git-not-committed", why = w)
        }
    })
}

/// Removes the lock files a killed git left in the repository at `root`, so that
/// the commit is not refused for them, and says so (called under the lane lock;
/// see [`super::gitlock`]).
pub fn clear_stale_locks(root: &Path) {
    let gone = super::gitlock::clear(root);
    if !gone.is_empty() {
        crate::error::warn(&crate::msg!(
            "store-git-stale-lock-removed",
            files = gone.join(", ")
        ));
    }
}

/// Commits `paths` (those that exist) with `message` if they differ from HEAD: what
/// a change killed before or during its commit left ([`super::pending`]). `Ok(false)`
/// when there was nothing to commit.
pub fn commit_leftover(
    root: &Path,
    lock: &Lock,
    paths: &[String],
    message: &str,
) -> Result<bool, String> {
    let there: Vec<&str> = paths
        .iter()
        .filter(|p| root.join(p).exists())
        .map(String::as_str)
        .collect();
    if there.is_empty() {
        return Ok(false);
    }
    clear_stale_locks(root);
    if let Some(why) = blocked(root, lock) {
        return Err(why);
    }
    let git = |args: &[&str]| run(root, Some(lock), args).map_err(|f| f.first_line());
    let with = |head: &[&'static str]| {
        let mut args: Vec<&str> = head.to_vec();
        args.extend(there.iter().copied());
        args
    };
    git(&with(&["add", "-A", "--"]))?;
    if run(
        root,
        Some(lock),
        &with(&["diff", "--cached", "--quiet", "--"]),
    )
    .is_ok()
    {
        return Ok(false);
    }
    let argv = commit_argv(message, there.iter().copied());
    let commit: Vec<&str> = argv.iter().map(String::as_str).collect();
    git(&commit).map(|_| true)
}

/// Lane's files (under `paths`, relative to `root`) that differ from git's HEAD, as
/// `(path, "untracked" | "modified" | "staged")`; empty when `root` is no repository
/// or git cannot say, and during a merge or rebase (whose conflicts are errors of
/// their own and whose files are committed by finishing it).
pub fn uncommitted(root: &Path, paths: &[&str]) -> Vec<(String, &'static str)> {
    if !is_repo(root) {
        return Vec::new();
    }
    let busy = run(root, None, &["rev-parse", "--absolute-git-dir"])
        .map_or(true, |d| in_progress(Path::new(d.trim())).is_some());
    if busy {
        return Vec::new();
    }
    let mut args = vec!["status", "--porcelain", "-z", "--untracked-files=all", "--"];
    args.extend_from_slice(paths);
    let Ok(out) = run(root, None, &args) else {
        return Vec::new();
    };
    out.split('\0')
        .filter(|e| e.len() > 3)
        .map(|e| {
            let (code, path) = e.split_at(3);
            let what = match code.as_bytes() {
                [b'?', ..] => "untracked",
                [_, b' ', ..] => "staged but not committed",
                _ => "modified",
            };
            (path.to_string(), what)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_reasons_are_the_line_that_says_why() {
        let f = |s: &str| Failure(s.to_string());
        assert_eq!(
            f("To /tmp/a.git\n ! [rejected]  master -> master (fetch first)\nerror: failed to push some refs to '/tmp/a.git'\nhint: Updates were rejected\n").reason(),
            "failed to push some refs to '/tmp/a.git'"
        );
        assert_eq!(
            f("fatal: '/tmp/x.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n").reason(),
            "'/tmp/x.git' does not appear to be a git repository"
        );
        assert_eq!(f("").reason(), "git failed");
        assert_eq!(
            f("\n  fatal: Unable to create '/x/.git/index.lock': File exists.\n\nAnother git\n")
                .first_line(),
            "fatal: Unable to create '/x/.git/index.lock': File exists."
        );
        assert_eq!(f(" \n").first_line(), "git failed");
    }
}
