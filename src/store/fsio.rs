//! Atomic writes and the data-folder lock. A write goes to a temp file in the same
//! folder, is fsynced, then renamed over the target, so a crash leaves either the old
//! or the new file, never half of one. Every write happens under an exclusive lock
//! on `.lane/lock`, so a second process waits instead of losing a record.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The prefix of lane's temp files; `lane check` and the next write clean up any a
/// crash left behind.
pub const TEMP_PREFIX: &str = ".lane-tmp-";

/// A set of file writes applied together: all temp files are written and synced
/// first, then renamed into place.
#[derive(Default)]
pub struct Batch {
    writes: Vec<(PathBuf, Vec<u8>)>,
}

impl Batch {
    pub fn new() -> Self {
        Batch::default()
    }
    pub fn put(&mut self, path: PathBuf, bytes: Vec<u8>) {
        self.writes.push((path, bytes));
    }
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.writes.iter().map(|(p, _)| p.as_path())
    }
    pub fn is_empty(&self) -> bool {
        self.writes.is_empty()
    }

    /// Writes everything. On an error before the renames, nothing has changed.
    pub fn apply(self) -> Result<()> {
        let mut staged = Vec::with_capacity(self.writes.len());
        for (path, bytes) in &self.writes {
            let dir = path.parent().unwrap_or(Path::new("."));
            fs::create_dir_all(dir).map_err(|e| Error::io("cannot create the folder", dir, e))?;
            let mut tmp = tempfile::Builder::new()
                .prefix(TEMP_PREFIX)
                .tempfile_in(dir)
                .map_err(|e| Error::io("cannot write in", dir, e))?;
            let perms = match fs::metadata(path) {
                Ok(m) => m.permissions(),
                Err(_) => default_permissions(),
            };
            tmp.write_all(bytes)
                .and_then(|_| tmp.as_file().set_permissions(perms))
                .and_then(|_| tmp.as_file().sync_all())
                .map_err(|e| Error::io("cannot write", path, e))?;
            staged.push((tmp, path));
        }
        let mut dirs: Vec<&Path> = Vec::new();
        for (tmp, path) in staged {
            tmp.persist(path)
                .map_err(|e| Error::io("cannot replace", path, e.error))?;
            if let Some(d) = path.parent() {
                if !dirs.contains(&d) {
                    dirs.push(d);
                }
            }
        }
        for d in dirs {
            // Make the renames durable; a folder that cannot be opened for sync
            // (some file systems) is not an error.
            if let Ok(f) = File::open(d) {
                let _ = f.sync_all();
            }
        }
        Ok(())
    }
}

/// New files are readable by all, like files a text editor makes (tempfile's own
/// default, owner-only, would hide the ledger from the rest of the office).
#[cfg(unix)]
fn default_permissions() -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn default_permissions() -> fs::Permissions {
    tempfile::tempfile()
        .and_then(|f| f.metadata())
        .map(|m| m.permissions())
        .expect("a temp file")
}

/// An exclusive lock on the data folder, held until dropped.
pub struct Lock {
    _guard: fd_lock::RwLockWriteGuard<'static, File>,
}

/// Takes the data folder's lock, waiting for another lane process to finish.
pub fn lock(root: &Path) -> Result<Lock> {
    let dir = root.join(".lane");
    fs::create_dir_all(&dir).map_err(|e| {
        Error::io("cannot create", &dir, e).hint("lane needs write access to the data folder")
    })?;
    let path = dir.join("lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io("cannot open the lock file", &path, e))?;
    // The lock lives as long as the process needs it; leaking one small box per
    // command keeps the guard free of self-references.
    let lock: &'static mut fd_lock::RwLock<File> = Box::leak(Box::new(fd_lock::RwLock::new(file)));
    let guard = lock
        .write()
        .map_err(|e| Error::io("cannot lock", &path, e))?;
    Ok(Lock { _guard: guard })
}

/// Removes temp files that a crash left in `dir` (not recursive).
pub fn clean_temp_files(dir: &Path) {
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}
