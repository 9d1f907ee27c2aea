//! A clone that a killed `town pull` left half-way: git's lock files left in
//! `.git` (`HEAD.lock`, `index.lock`, a ref's `.lock`), the work tree (partly) at
//! the fetched commit while HEAD has not moved. Under the clone's lane lock no
//! git that lane started still runs there, so a lock file found then is stale
//! unless another git works in the clone ([`super::super::gitlock`]).
//!
//! A changed file is the interrupted pull's when the pull would change it (HEAD
//! and the fetched commit differ there) and it is as the fetched commit has it, or
//! a beginning of that (git writes a file by creating it empty and then writing:
//! a kill between leaves it empty or short), or missing (git removes the old file
//! first); with git's locks left, also when it is as HEAD has it. Those files are
//! put back as HEAD has them, the locks removed, and the pull starts again. Other
//! changed files are lane's or a person's and are not touched; one the pull would
//! change stops the pull with a message that names exactly what to do.

use std::fs;
use std::path::Path;

use super::super::gitlock;
use super::super::lock::Lock;

/// Runs git in `dir` under the clone's lock; the error is git's reason.
fn run_git(dir: &Path, lock: Option<&Lock>, args: &[&str]) -> Result<String, String> {
    super::super::git::run(dir, lock, args).map_err(|f| f.reason())
}

/// What [`recover`] found.
pub enum Recovered {
    /// Nothing was left half-way.
    Clean,
    /// An interrupted pull was undone.
    Undone,
}

/// A changed path of the work tree or index.
struct Dirty {
    path: String,
    /// Not in the index (git's `??`).
    untracked: bool,
}

/// Finds and undoes an interrupted pull in the clone at `dir`, tracking `@{u}`,
/// under the clone's `lock`.
pub fn recover(dir: &Path, lock: &Lock) -> Result<Recovered, String> {
    let locks = gitlock::stale(dir);
    let dirty = dirty_paths(dir, lock);
    if locks.is_empty() && dirty.is_empty() {
        return Ok(Recovered::Clean);
    }
    let (mut pulls, mut blocking) = (Vec::new(), Vec::new());
    for d in dirty {
        let theirs = blob(dir, lock, &format!("@{{u}}:{}", d.path));
        let ours = blob(dir, lock, &format!("HEAD:{}", d.path));
        let now = fs::read(dir.join(&d.path)).ok();
        match pull_side(
            now.as_deref(),
            ours.as_deref(),
            theirs.as_deref(),
            !locks.is_empty(),
        ) {
            Side::Pull => pulls.push((d, ours.is_some())),
            Side::Blocking => blocking.push(d.path),
            Side::Other => {}
        }
    }
    // Stale by the lane lock: a later git would refuse for them.
    for l in &locks {
        let _ = fs::remove_file(l);
    }
    if !blocking.is_empty() && (!locks.is_empty() || !pulls.is_empty()) {
        return Err(crate::msg!(
            "town-sync-interrupted",
            files = blocking.join(", "),
            path = dir.display().to_string()
        ));
    }
    if locks.is_empty() && pulls.is_empty() {
        // The town's (or a person's) own uncommitted changes: not ours to touch.
        return Ok(Recovered::Clean);
    }
    undo(dir, lock, &pulls)?;
    Ok(Recovered::Undone)
}

/// Whose a changed file is.
#[derive(Debug, PartialEq, Eq)]
enum Side {
    /// The interrupted pull's: put back as HEAD has it.
    Pull,
    /// Someone's change to a file the pull changes: the pull cannot go on.
    Blocking,
    /// Someone's change the pull does not touch.
    Other,
}

/// Whose the file is that is `now` (missing: `None`) where HEAD has `ours` and the
/// fetched commit `theirs`; `locked` when git's lock files were left.
fn pull_side(now: Option<&[u8]>, ours: Option<&[u8]>, theirs: Option<&[u8]>, locked: bool) -> Side {
    if locked && now == ours {
        return Side::Pull;
    }
    if ours == theirs {
        return Side::Other;
    }
    let begun = match (now, theirs) {
        (None, _) => true,
        (Some(n), Some(t)) => t.starts_with(n),
        (Some(_), None) => false,
    };
    if begun {
        Side::Pull
    } else {
        Side::Blocking
    }
}

/// Puts the pull's files back as HEAD has them: tracked ones checked out, ones
/// HEAD has not removed (from the index too).
fn undo(dir: &Path, lock: &Lock, pulls: &[(Dirty, bool)]) -> Result<(), String> {
    let mut checkout = vec!["checkout", "--quiet", "HEAD", "--"];
    let mut forget = vec!["rm", "--quiet", "--cached", "--ignore-unmatch", "--"];
    for (d, in_head) in pulls {
        if *in_head {
            checkout.push(&d.path);
        } else {
            if !d.untracked {
                forget.push(&d.path);
            }
            let _ = fs::remove_file(dir.join(&d.path));
        }
    }
    if forget.len() > 5 {
        run_git(dir, Some(lock), &forget)?;
    }
    if checkout.len() > 4 {
        run_git(dir, Some(lock), &checkout)?;
    }
    // The index may still name the fetched commit's content where the work tree is
    // HEAD's (a checkout killed after the index was written): read it from HEAD.
    run_git(dir, Some(lock), &["update-index", "-q", "--refresh"])
        .map(|_| ())
        .or(Ok(()))
}

/// The changed paths of the work tree and index.
fn dirty_paths(dir: &Path, lock: &Lock) -> Vec<Dirty> {
    let args = [
        "status",
        "--porcelain=v1",
        "-z",
        "--no-renames",
        "--untracked-files=all",
    ];
    let Ok(out) = run_git(dir, Some(lock), &args) else {
        return Vec::new();
    };
    out.split('\0')
        .filter(|e| e.len() > 3)
        .map(|e| Dirty {
            path: e[3..].to_string(),
            untracked: e.starts_with("??"),
        })
        .collect()
}

/// The content of `rev:path`, if there is one.
fn blob(dir: &Path, lock: &Lock, spec: &str) -> Option<Vec<u8>> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["cat-file", "blob", spec])
        .stdin(
            lock.handle()
                .map_or_else(std::process::Stdio::null, Into::into),
        )
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_the_pull_began_to_write_is_the_pulls() {
        let (o, t) = (Some(&b"old\n"[..]), Some(&b"old\nnew\n"[..]));
        for now in [Some(&b""[..]), Some(&b"old"[..]), t, None] {
            assert_eq!(pull_side(now, o, t, false), Side::Pull, "{now:?}");
        }
        // The town's own change to a file the pull changes blocks it.
        assert_eq!(pull_side(Some(b"mine\n"), o, t, false), Side::Blocking);
        // One the pull does not change is left alone, locks or not.
        assert_eq!(pull_side(Some(b"mine\n"), o, o, true), Side::Other);
        assert_eq!(pull_side(Some(b"mine\n"), o, o, false), Side::Other);
        // With git's locks left, a file as HEAD has it (the index not) is the pull's.
        assert_eq!(pull_side(o, o, t, true), Side::Pull);
        // A file the pull deletes, written by someone, blocks it.
        assert_eq!(pull_side(Some(b"x"), o, None, false), Side::Blocking);
    }
}
