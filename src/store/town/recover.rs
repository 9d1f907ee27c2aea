//! A clone that a killed `town pull` left half-way: git's lock files left in
//! `.git` (`HEAD.lock`, `index.lock`, a ref's `.lock`), the work tree (partly) at
//! the fetched commit while HEAD has not moved. Under the clone's lane lock no
//! other lane runs git there (the git that lane runs holds that lock until it
//! exits), so a lock file found then is stale. When every changed file is as the
//! commit HEAD or the fetched one has it, the changes are the interrupted pull's,
//! not the town's: they are undone and the pull starts again. Otherwise nothing is
//! touched and the message names exactly what to do.

use std::fs;
use std::path::{Path, PathBuf};

use super::super::lock::Lock;
use super::sync::Sync;

/// What [`recover`] found.
pub enum Recovered {
    /// Nothing was left half-way.
    Clean,
    /// An interrupted pull was undone.
    Undone,
}

/// Finds and undoes an interrupted pull in the clone at `dir`, tracking `upstream`
/// (`@{u}`), under the clone's `lock`.
pub fn recover(dir: &Path, lock: &Lock) -> Result<Recovered, Sync> {
    let locks = lock_files(&dir.join(".git"));
    let dirty = dirty_paths(dir, lock);
    if locks.is_empty() && dirty.is_empty() {
        return Ok(Recovered::Clean);
    }
    let theirs = |p: &str| blob(dir, lock, &format!("@{{u}}:{p}"));
    let ours = |p: &str| blob(dir, lock, &format!("HEAD:{p}"));
    // With git's locks left, a file as either commit has it is the pull's; without,
    // only one as the fetched commit (not HEAD) has it.
    let from_pull = |p: &(String, bool)| {
        let now = fs::read(dir.join(&p.0)).ok();
        let (t, o) = (theirs(&p.0), ours(&p.0));
        if locks.is_empty() {
            now == t && t != o
        } else {
            now == t || now == o
        }
    };
    let all_from_pull = !dirty.is_empty() && dirty.iter().all(from_pull);
    if locks.is_empty() && !all_from_pull {
        // The town's (or a person's) own uncommitted changes: not ours to touch.
        return Ok(Recovered::Clean);
    }
    if !locks.is_empty() && !dirty.is_empty() && !all_from_pull {
        let files: Vec<String> = locks.iter().map(|p| p.display().to_string()).collect();
        return Err(Sync::Failed(crate::msg!(
            "town-sync-interrupted",
            files = files.join(", "),
            path = dir.display().to_string(),
            lock = files[0].as_str()
        )));
    }
    for l in &locks {
        let _ = fs::remove_file(l);
    }
    for (p, untracked) in &dirty {
        if *untracked {
            let _ = fs::remove_file(dir.join(p));
        }
    }
    if !dirty.is_empty() {
        super::sync::run_git(dir, Some(lock), &["reset", "--quiet", "--hard", "HEAD"])
            .map_err(Sync::Failed)?;
    }
    Ok(Recovered::Undone)
}

/// Git's lock files in the git folder and under its refs.
fn lock_files(git_dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![git_dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            let name = e.file_name().to_string_lossy().into_owned();
            if is_dir && (name == "refs" || d != git_dir) {
                stack.push(p);
            } else if !is_dir && name.ends_with(".lock") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The changed paths of the work tree and index, each with whether it is untracked.
fn dirty_paths(dir: &Path, lock: &Lock) -> Vec<(String, bool)> {
    let args = [
        "status",
        "--porcelain=v1",
        "-z",
        "--no-renames",
        "--untracked-files=all",
    ];
    let Ok(out) = super::sync::run_git(dir, Some(lock), &args) else {
        return Vec::new();
    };
    out.split('\0')
        .filter(|e| e.len() > 3)
        .map(|e| (e[3..].to_string(), e.starts_with("??")))
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
