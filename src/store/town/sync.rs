//! `town pull` and `town push` of one clone: the remote town.toml names checked
//! against the tracked one, an interrupted pull undone ([`super::recover`]), then a
//! fetch and a fast-forward or a push.

use std::fs;
use std::path::Path;

use super::super::lock::Lock;
use super::super::{git, pending, CONFIG_FILE};
use super::{recover, TOWN_FILE};

/// Runs git in `dir` (under the clone's lane lock, if any); the error is the line
/// of git's message that says why.
pub(super) fn run_git(
    dir: &Path,
    lock: Option<&Lock>,
    args: &[&str],
) -> std::result::Result<String, String> {
    git::run(dir, lock, args).map_err(|f| f.reason())
}

/// What `town pull` or `town push` did to one clone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sync {
    /// Fast-forwarded by this many commits.
    Updated(u64),
    /// The folder was missing and is cloned anew from the remote in town.toml.
    Cloned,
    /// Nothing new; `ahead` commits wait to be pushed.
    UpToDate {
        ahead: u64,
    },
    /// Pushed this many commits; `note` names changes left uncommitted.
    Pushed {
        commits: u64,
        note: String,
    },
    NothingToPush {
        note: String,
    },
    /// Not a repository, or one without a remote: nothing to do, not a failure.
    Skipped(String),
    Failed(String),
}

impl Sync {
    pub fn word(&self) -> &'static str {
        match self {
            Sync::Updated(_) => "updated",
            Sync::Cloned => "cloned",
            Sync::UpToDate { .. } => "up-to-date",
            Sync::Pushed { .. } => "pushed",
            Sync::NothingToPush { .. } => "nothing-to-push",
            Sync::Skipped(_) => "skipped",
            Sync::Failed(_) => "failed",
        }
    }
    /// The word of [`Sync::word`] as people read it, in the current language.
    pub fn word_for_people(&self) -> String {
        match self {
            Sync::Updated(_) => crate::msg!("town-sync-updated"),
            Sync::Cloned => crate::msg!("town-sync-cloned"),
            Sync::UpToDate { .. } => crate::msg!("town-sync-up-to-date"),
            Sync::Pushed { .. } => crate::msg!("town-sync-pushed"),
            Sync::NothingToPush { .. } => crate::msg!("town-sync-nothing-to-push"),
            Sync::Skipped(_) => crate::msg!("town-sync-skipped"),
            Sync::Failed(_) => crate::msg!("town-sync-failed"),
        }
    }
    pub fn detail(&self) -> String {
        match self {
            Sync::Updated(n) => crate::msg!("town-sync-detail-updated", n = *n),
            Sync::Cloned => crate::msg!("town-sync-detail-cloned"),
            Sync::UpToDate { ahead: 0 } => String::new(),
            Sync::UpToDate { ahead } => crate::msg!("town-sync-detail-ahead", n = *ahead),
            Sync::Pushed { commits: n, note } if note.is_empty() => {
                crate::msg!("town-sync-detail-pushed", n = *n)
            }
            Sync::Pushed { commits: n, note } => {
                crate::msg!("town-sync-detail-pushed-note", n = *n, note = note.as_str())
            }
            Sync::NothingToPush { note } => note.clone(),
            Sync::Skipped(why) | Sync::Failed(why) => why.clone(),
        }
    }
    pub fn failed(&self) -> bool {
        matches!(self, Sync::Failed(_))
    }
}

/// The branch, its remote and the remote branch it tracks; `Err` is the outcome to
/// report when there is none.
fn upstream(
    dir: &Path,
    lock: Option<&Lock>,
) -> std::result::Result<(String, String, String), Sync> {
    let path = dir.display().to_string();
    if !dir.join(CONFIG_FILE).is_file() && !dir.join(TOWN_FILE).is_file() {
        return Err(Sync::Failed(crate::msg!(
            "town-sync-not-data",
            path = path,
            file = CONFIG_FILE
        )));
    }
    if !git::is_repo(dir) {
        return Err(Sync::Skipped(crate::msg!("town-sync-not-repo")));
    }
    let branch = run_git(dir, lock, &["symbolic-ref", "--quiet", "--short", "HEAD"])
        .map(|s| s.trim().to_string())
        .map_err(|_| Sync::Failed(crate::msg!("town-sync-detached")))?;
    let cfg = |key: &str| {
        run_git(
            dir,
            lock,
            &["config", "--get", &format!("branch.{branch}.{key}")],
        )
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
    };
    match (cfg("remote"), cfg("merge")) {
        (Some(r), Some(m)) => Ok((branch, r, m)),
        _ => {
            let remotes = run_git(dir, lock, &["remote"]).unwrap_or_default();
            if remotes.trim().is_empty() {
                Err(Sync::Skipped(crate::msg!("town-sync-no-remote")))
            } else {
                Err(Sync::Failed(crate::msg!(
                    "town-sync-no-upstream",
                    branch = branch,
                    path = path
                )))
            }
        }
    }
}

/// Fetches and counts the commits only here (`ahead`) and only there (`behind`).
fn fetch_counts(
    dir: &Path,
    lock: Option<&Lock>,
    remote: &str,
) -> std::result::Result<(u64, u64), Sync> {
    run_git(dir, lock, &["fetch", "--quiet", remote]).map_err(Sync::Failed)?;
    let counts = run_git(
        dir,
        lock,
        &["rev-list", "--left-right", "--count", "HEAD...@{u}"],
    )
    .map_err(Sync::Failed)?;
    let mut it = counts
        .split_whitespace()
        .map(|n| n.parse::<u64>().unwrap_or(0));
    Ok((it.next().unwrap_or(0), it.next().unwrap_or(0)))
}

fn diverged(dir: &Path, ahead: u64, behind: u64) -> Sync {
    Sync::Failed(crate::msg!(
        "town-sync-diverged",
        ahead = ahead,
        behind = behind,
        path = dir.display().to_string()
    ))
}

/// Fetches and fast-forwards one clone; a missing folder is cloned from `remote`
/// (a town folder cloned onto a new machine gets its villages this way).
pub fn pull(dir: &Path, wanted: Option<&str>) -> Sync {
    if let (false, Some(url)) = (dir.exists(), wanted) {
        return match git::clone(url, dir) {
            Ok(()) => Sync::Cloned,
            Err(why) => Sync::Failed(crate::msg!("town-sync-cannot-clone", why = why)),
        };
    }
    let lock = match take_lock(dir) {
        Ok(l) => l,
        Err(s) => return s,
    };
    let lock = lock.as_ref();
    let (_, ahead, behind) = match prepare(dir, lock, wanted) {
        Ok(r) => r,
        Err(s) => return s,
    };
    match (ahead, behind) {
        (_, 0) => Sync::UpToDate { ahead },
        (0, _) => match run_git(dir, lock, &["merge", "--ff-only", "--quiet", "@{u}"]) {
            Ok(_) => Sync::Updated(behind),
            Err(why) => Sync::Failed(why),
        },
        _ => diverged(dir, ahead, behind),
    }
}

/// Pushes one clone's own new commits to the branch it tracks.
pub fn push(dir: &Path, wanted: Option<&str>) -> Sync {
    let lock = match take_lock(dir) {
        Ok(l) => l,
        Err(s) => return s,
    };
    let lock = lock.as_ref();
    let merge = match upstream(dir, lock) {
        Ok((_, _, m)) => m,
        Err(s) => return s,
    };
    let (remote, ahead, behind) = match prepare(dir, lock, wanted) {
        Ok(r) => r,
        Err(s) => return s,
    };
    // Changes made with --no-commit are in no commit, so they are not pushed: say so.
    let dirty = run_git(dir, lock, &["status", "--porcelain"])
        .map(|s| s.lines().count())
        .unwrap_or(0);
    let note = if dirty == 0 {
        String::new()
    } else {
        crate::msg!(
            "town-sync-uncommitted",
            n = dirty,
            path = dir.display().to_string()
        )
    };
    match (ahead, behind) {
        (0, _) => Sync::NothingToPush { note },
        (_, 0) => match run_git(
            dir,
            lock,
            &["push", "--quiet", &remote, &format!("HEAD:{merge}")],
        ) {
            Ok(_) => Sync::Pushed {
                commits: ahead,
                note,
            },
            Err(why) => Sync::Failed(why),
        },
        _ => diverged(dir, ahead, behind),
    }
}

/// The clone's lane lock, so no other lane works in it meanwhile (and git's lock
/// files found are stale); none for a folder that is not there.
fn take_lock(dir: &Path) -> std::result::Result<Option<Lock>, Sync> {
    if !dir.join(CONFIG_FILE).is_file() && !dir.join(TOWN_FILE).is_file() {
        return Ok(None);
    }
    let lock = Lock::take(dir).map_err(|e| Sync::Failed(e.problems.join("; ")))?;
    // A lane change killed before its commit: committed now, so that the recovery
    // of a killed pull does not take its files for the pull's or someone's.
    if pending::exists(dir) {
        pending::finish(dir, &lock);
    }
    Ok(Some(lock))
}

/// The tracked remote checked against town.toml's (`wanted`), an interrupted pull
/// undone, then fetched: the remote's name and the commits ahead and behind.
fn prepare(
    dir: &Path,
    lock: Option<&Lock>,
    wanted: Option<&str>,
) -> std::result::Result<(String, u64, u64), Sync> {
    let (_, remote, _) = upstream(dir, lock)?;
    if let Some(want) = wanted {
        if let Some(m) = remote_mismatch(dir, &remote, want) {
            return Err(Sync::Failed(m.sync_message(dir)));
        }
    }
    if let Some(lock) = lock {
        if let recover::Recovered::Undone = recover::recover(dir, lock).map_err(Sync::Failed)? {
            crate::error::warn(&format!(
                "{}: {}",
                dir.display(),
                crate::msg!("town-sync-recovered")
            ));
        }
    }
    let (ahead, behind) = fetch_counts(dir, lock, &remote)?;
    Ok((remote, ahead, behind))
}

/// A clone whose tracked remote is not the one town.toml names.
pub struct Mismatch {
    pub remote: String,
    pub actual: String,
    pub wanted: String,
}

impl Mismatch {
    fn sync_message(&self, dir: &Path) -> String {
        crate::msg!(
            "town-sync-remote-mismatch",
            remote = self.remote.as_str(),
            actual = self.actual.as_str(),
            wanted = self.wanted.as_str(),
            path = dir.display().to_string()
        )
    }
}

/// Compares the URL of the clone's `remote` with `wanted`; local paths are the
/// same when they name one folder.
fn remote_mismatch(dir: &Path, remote: &str, wanted: &str) -> Option<Mismatch> {
    let actual = run_git(dir, None, &["remote", "get-url", remote]).ok()?;
    let actual = actual.trim().to_string();
    let same = |a: &str, b: &str| {
        let t = |s: &str| s.trim_end_matches('/').to_string();
        t(a) == t(b)
            || matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    };
    (!same(&actual, wanted)).then(|| Mismatch {
        remote: remote.to_string(),
        actual,
        wanted: wanted.to_string(),
    })
}

/// The mismatch between a clone's tracked remote and town.toml's, for `town check`.
pub fn check_remote(dir: &Path, wanted: &str) -> Option<Mismatch> {
    let (_, remote, _) = upstream(dir, None).ok()?;
    remote_mismatch(dir, &remote, wanted)
}
