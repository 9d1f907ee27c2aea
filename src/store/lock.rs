//! The data folder's lock: an exclusive lock on `.lane/lock` ([`File::lock`], a
//! `flock` where there is one), so a second lane process waits instead of losing a
//! record. Taking it first finishes a write that a crash interrupted
//! ([`super::atomic`]).
//!
//! A git that lane runs under the lock holds the lock too: it gets a second handle
//! of the locked file as its stdin ([`Lock::handle`]). The lock belongs to the open
//! file, not to the process, so when lane is killed while its git still commits,
//! git keeps the folder locked until it exits and the next lane never races it.

use std::fs::{self, File, OpenOptions};
use std::path::Path;

use super::atomic::{recover, LANE_DIR};
use super::ioerr::Op;
use crate::error::{Error, Result};

/// The lock file, inside [`LANE_DIR`].
const LOCK_FILE: &str = "lock";

/// An exclusive lock on a data folder (or a town folder), held until dropped.
pub struct Lock {
    file: File,
}

impl Lock {
    /// Takes the folder's lock, waiting for another lane process to finish, then
    /// finishes a write a crash interrupted.
    pub fn take(root: &Path) -> Result<Lock> {
        let dir = root.join(LANE_DIR);
        if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
            let path = dir.display().to_string();
            return Err(
                Error::refused(crate::msg!("store-lock-dir-link", path = path.as_str()))
                    .hint(crate::msg!("store-lock-dir-link-hint", path = path)),
            );
        }
        fs::create_dir_all(&dir).map_err(|e| {
            Op::Create
                .fail(&dir, e)
                .hint(crate::msg!("store-needs-write-access"))
        })?;
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| {
                Op::OpenLock
                    .fail(&path, e)
                    .hint(crate::msg!("store-needs-write-access-unchanged"))
            })?;
        file.lock().map_err(|e| Op::Lock.fail(&path, e))?;
        let lock = Lock { file };
        recover(root)?;
        Ok(lock)
    }

    /// A second handle of the locked file, for a child process to hold (as its
    /// stdin) while it runs; `None` if the system has no handle to spare.
    pub fn handle(&self) -> Option<File> {
        self.file.try_clone().ok()
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Closing the file would release it too; unlocking says so, and releases it
        // even while a handle given out is still open somewhere in this process.
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lock excludes every other open of the lock file until it is dropped; the
    /// handle given to a child is the locked file itself, not a new open of it.
    #[cfg(unix)]
    #[test]
    fn the_lock_excludes_others_and_its_handle_shares_it() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path();
        let other = || {
            OpenOptions::new()
                .write(true)
                .open(root.join(LANE_DIR).join(LOCK_FILE))
                .unwrap()
        };
        let lock = Lock::take(root).unwrap();
        assert!(other().try_lock().is_err());
        let handle = lock.handle().unwrap();
        handle.try_lock().unwrap();
        drop(handle);
        assert!(other().try_lock().is_err());
        drop(lock);
        let probe = other();
        probe.try_lock().unwrap();
        probe.unlock().unwrap();
        // Taken again once free.
        drop(Lock::take(root).unwrap());
    }
}
