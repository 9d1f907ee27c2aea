//! Git's lock files that a killed git left behind (`index.lock`, `HEAD.lock`, a
//! ref's `.lock`). Git creates one before it changes a file and renames it into
//! place when done; a git killed in between leaves it, and every later git that
//! needs the same file refuses ("Unable to create '.git/index.lock': File
//! exists"). Lane runs git only under the folder's lane lock, and the lock is held
//! by every git it starts until that git exits ([`super::lock`]), so a lock file
//! found while lane holds the lock was left by a git that is gone — unless a git
//! that lane did not start (a person's, a daemonised `git gc`) works in the
//! repository right now: then the lock files are that git's and are left alone.

use std::fs;
use std::path::{Path, PathBuf};

/// The git folder of the work tree at `root`: `root/.git`, or the folder a
/// `gitdir:` file there names.
pub fn git_dir(root: &Path) -> PathBuf {
    let dot = root.join(".git");
    if dot.is_file() {
        if let Ok(text) = fs::read_to_string(&dot) {
            if let Some(p) = text.trim().strip_prefix("gitdir:") {
                let p = Path::new(p.trim());
                return if p.is_absolute() {
                    p.to_path_buf()
                } else {
                    root.join(p)
                };
            }
        }
    }
    dot
}

/// Git's lock files in the git folder and under its refs.
pub fn lock_files(git_dir: &Path) -> Vec<PathBuf> {
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

/// The lock files of the repository at `root` that no running git holds: empty
/// when there are none, or when a git process works in the repository now.
/// Called under the folder's lane lock.
pub fn stale(root: &Path) -> Vec<PathBuf> {
    let locks = lock_files(&git_dir(root));
    if locks.is_empty() || git_running_in(root) {
        return Vec::new();
    }
    locks
}

/// Removes the stale lock files of the repository at `root` (see [`stale`]) and
/// returns them, relative to `root` where they are inside it.
pub fn clear(root: &Path) -> Vec<String> {
    stale(root)
        .into_iter()
        .filter(|p| fs::remove_file(p).is_ok())
        .map(|p| {
            p.strip_prefix(root)
                .map_or_else(|_| p.display().to_string(), |r| r.display().to_string())
        })
        .collect()
}

/// Whether a process whose program is git (`git`, `git-upload-pack`, ...) has its
/// current folder in the repository at `root` (git runs in the work tree or in the
/// git folder). Read from `/proc`; where there is none, no git is known to run, as
/// the lane lock says.
fn git_running_in(root: &Path) -> bool {
    let Ok(procs) = fs::read_dir("/proc") else {
        return false;
    };
    let top = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let gd = fs::canonicalize(git_dir(root)).unwrap_or_else(|_| git_dir(root));
    let me = std::process::id().to_string();
    procs.flatten().any(|e| {
        let pid = e.file_name().to_string_lossy().into_owned();
        if pid == me || !pid.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let comm = fs::read_to_string(e.path().join("comm")).unwrap_or_default();
        if !comm.trim_end().starts_with("git") {
            return false;
        }
        fs::read_link(e.path().join("cwd"))
            .is_ok_and(|cwd| cwd.starts_with(&top) || cwd.starts_with(&gd))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_files_in_the_git_folder_and_its_refs_are_found_and_cleared() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let heads = root.join(".git/refs/heads");
        fs::create_dir_all(&heads).unwrap();
        fs::create_dir_all(root.join(".git/objects/pack")).unwrap();
        for f in [
            ".git/index.lock",
            ".git/HEAD.lock",
            ".git/refs/heads/main.lock",
        ] {
            fs::write(root.join(f), "").unwrap();
        }
        // Not git's locks: a pack's `.lock` is not under refs, a work-tree file is
        // no lock of git's.
        fs::write(root.join(".git/objects/pack/x.lock"), "").unwrap();
        fs::write(root.join("Cargo.lock"), "").unwrap();
        assert_eq!(stale(root).len(), 3);
        let mut gone = clear(root);
        gone.sort();
        assert_eq!(
            gone,
            [
                ".git/HEAD.lock",
                ".git/index.lock",
                ".git/refs/heads/main.lock"
            ]
        );
        assert!(stale(root).is_empty());
        assert!(root.join("Cargo.lock").exists());
    }

    #[test]
    fn a_gitdir_file_names_the_git_folder() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join(".git"), "gitdir: ../elsewhere/.git\n").unwrap();
        assert_eq!(git_dir(tmp.path()), tmp.path().join("../elsewhere/.git"));
    }
}
