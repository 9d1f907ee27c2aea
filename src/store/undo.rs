//! `lane undo`: takes back the last change lane committed in this clone, by `git
//! revert` (a new commit; history is kept, so a clone or the town that already has
//! the change gets its undoing the same way), then rebuilds the index.
//!
//! Which commit: walking back from HEAD, an undo commit (trailer `Lane-Undo: SHA`)
//! and the commit it undid are passed over as a pair, so a second `lane undo` takes
//! back the change before the first one. The first other commit is the one undone;
//! lane refuses when it is not lane's (no `Lane-Version` trailer: a commit by hand,
//! or by a lane older than the trailer), a merge, or the folder's first commit, and
//! when the folder has changes git does not have or a git operation is in progress.

use std::collections::HashSet;

use super::git::{self, LANE_TRAILER};
use super::lock::Lock;
use super::Store;
use crate::error::{Error, Result};

/// The trailer of an undo commit: the full SHA of the commit it reverted.
pub const UNDO_TRAILER: &str = "Lane-Undo";

/// How far back lane looks past undone pairs for the change to undo.
const MAX_WALK: usize = 1000;

/// What `lane undo` took back: the undone commit's subject and short SHA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub subject: String,
    pub short: String,
}

/// A commit of the first-parent history.
struct Commit {
    sha: String,
    parents: usize,
    subject: String,
    body: String,
}

impl Commit {
    /// The value of trailer `key` in the message's last paragraph.
    fn trailer(&self, key: &str) -> Option<&str> {
        let last = self.body.trim_end().rsplit("\n\n").next()?;
        last.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
            .map(str::trim)
    }
    fn short(&self) -> &str {
        &self.sha[..self.sha.len().min(7)]
    }
}

impl Store {
    /// Reverts the last lane commit of this clone that is not undone yet (see the
    /// module's rules) and rebuilds the index. Refuses, changing nothing, with
    /// `no_commit` (an undo is a commit) or in a folder without git.
    pub fn undo(&self, no_commit: bool) -> Result<Undone> {
        if no_commit {
            return Err(Error::input(crate::msg!("store-undo-no-commit")));
        }
        if !git::is_repo(&self.root) {
            return Err(Error::refused(crate::msg!(
                "store-undo-no-git",
                path = self.root.display().to_string()
            ))
            .hint(crate::msg!("store-undo-no-git-hint")));
        }
        self.writable()?;
        let lock = Lock::take(&self.root)?;
        super::pending::finish(&self.root, &lock);
        if let Some(why) = git::blocked(&self.root, &lock) {
            return Err(Error::refused(crate::msg!("store-undo-blocked", why = why)));
        }
        let dirty = git::uncommitted(&self.root, git::LANE_PATHS);
        if !dirty.is_empty() {
            let paths: Vec<&str> = dirty.iter().map(|(p, _)| p.as_str()).collect();
            return Err(
                Error::refused(crate::msg!("store-undo-dirty", paths = paths.join(", ")))
                    .hint(crate::msg!("store-undo-dirty-hint")),
            );
        }
        let target = last_undoable(&self.root, &lock)?;
        revert(&self.root, &lock, &target)?;
        self.reindex()?;
        Ok(Undone {
            subject: target.subject.clone(),
            short: target.short().to_string(),
        })
    }
}

/// The first-parent history from HEAD, newest first, at most [`MAX_WALK`] commits.
fn history(root: &std::path::Path, lock: &Lock) -> Result<Vec<Commit>> {
    let n = MAX_WALK.to_string();
    let format = "--format=%H%x00%P%x00%s%x00%B%x1e";
    let out = git::run(
        root,
        Some(lock),
        &["log", "--first-parent", "-n", &n, format],
    )
    .map_err(|f| Error::refused(crate::msg!("store-undo-git", why = f.first_line())))?;
    Ok(out
        .split('\u{1e}')
        .filter_map(|rec| {
            let mut f = rec.trim_start_matches('\n').splitn(4, '\0');
            let sha = f.next().filter(|s| !s.is_empty())?.to_string();
            let parents = f.next()?.split_whitespace().count();
            let subject = f.next()?.to_string();
            let body = f.next().unwrap_or("").to_string();
            Some(Commit {
                sha,
                parents,
                subject,
                body,
            })
        })
        .collect())
}

/// The commit `lane undo` takes back, or why there is none.
fn last_undoable(root: &std::path::Path, lock: &Lock) -> Result<Commit> {
    let mut undone: HashSet<String> = HashSet::new();
    for c in history(root, lock)? {
        if let Some(target) = c.trailer(UNDO_TRAILER) {
            undone.insert(target.to_string());
            continue;
        }
        if undone.remove(&c.sha) {
            continue;
        }
        let (short, subject) = (c.short(), c.subject.as_str());
        if c.parents > 1 {
            return Err(Error::refused(crate::msg!(
                "store-undo-merge",
                commit = short,
                subject = subject
            ))
            .hint(crate::msg!("store-undo-by-hand-hint")));
        }
        if c.trailer(LANE_TRAILER).is_none() {
            return Err(Error::refused(crate::msg!(
                "store-undo-not-lane",
                commit = short,
                subject = subject
            ))
            .hint(crate::msg!("store-undo-by-hand-hint")));
        }
        if c.parents == 0 {
            return Err(Error::refused(crate::msg!("store-undo-nothing")));
        }
        return Ok(c);
    }
    Err(Error::refused(crate::msg!("store-undo-nothing")))
}

/// `git revert` of `c` as one new lane commit; on any failure the repository is
/// put back as it was.
fn revert(root: &std::path::Path, lock: &Lock, c: &Commit) -> Result<()> {
    let git = |args: &[&str]| git::run(root, Some(lock), args).map_err(|f| f.first_line());
    let subject = format!("undo: {}", c.subject);
    let body = format!("This reverts commit {}.", c.sha);
    let trailers = format!("{UNDO_TRAILER}: {}\n{}", c.sha, git::trailer());
    let done = git(&["revert", "--no-commit", &c.sha]).and_then(|_| {
        git(&[
            "commit",
            "-q",
            "--no-verify",
            "-m",
            &subject,
            "-m",
            &body,
            "-m",
            &trailers,
        ])
    });
    done.map(|_| ()).map_err(|why| {
        let _ = git(&["revert", "--abort"]);
        Error::refused(crate::msg!("store-undo-git", why = why))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commit(body: &str) -> Commit {
        Commit {
            sha: "0123456789abcdef".into(),
            parents: 1,
            subject: body.lines().next().unwrap_or("").into(),
            body: body.into(),
        }
    }

    #[test]
    fn trailers_are_read_from_the_last_paragraph_only() {
        let c = commit("NJ-2026-0001: note\n\nLane-Version: 0.1.0\n");
        assert_eq!(c.trailer(LANE_TRAILER), Some("0.1.0"));
        assert_eq!(c.trailer(UNDO_TRAILER), None);
        let c =
            commit("undo: x\n\nThis reverts commit abc.\n\nLane-Undo: abc\nLane-Version: 0.1.0\n");
        assert_eq!(c.trailer(UNDO_TRAILER), Some("abc"));
        assert_eq!(c.trailer(LANE_TRAILER), Some("0.1.0"));
        // A hand commit that mentions the trailer in its text is not lane's.
        let c = commit("fix\n\nLane-Version: 0.1.0 was wrong here\n\nsigned off\n");
        assert_eq!(c.trailer(LANE_TRAILER), None);
        assert_eq!(commit("seed").trailer(LANE_TRAILER), None);
        assert_eq!(commit("x").short(), "0123456");
    }
}
