//! Atomic writes and their journal. A write goes to a temp file in the same folder,
//! is fsynced, then renamed over the target, so a crash leaves either the old or the
//! new file, never half of one. A batch of several files is all-or-nothing: once
//! every temp file is on disk, a journal in `.lane/` names them, and whoever takes
//! the folder's lock next ([`super::lock`]) finishes the renames a crash interrupted.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use super::ioerr::Op;
use crate::error::{Error, Result};

/// The prefix of lane's temp files. One that a crash left behind is harmless (no
/// reader looks at it); the next write to its folder removes it and `lane check`
/// lists it as a warning.
pub const TEMP_PREFIX: &str = ".lane-tmp-";
/// The folder of lane's own per-clone files (lock, journal, derived index).
pub const LANE_DIR: &str = ".lane";
/// The journal of a multi-file batch whose renames have begun, inside [`LANE_DIR`].
pub const JOURNAL: &str = "journal";
/// The folders of the write under way, inside [`LANE_DIR`] (see [`Batch::commit`]).
const WRITING: &str = "writing";

/// A set of file writes applied together: all temp files are written and synced
/// first, then renamed into place.
#[derive(Default)]
pub struct Batch {
    writes: Vec<(PathBuf, Vec<u8>)>,
    /// What the change is ("NJ-2026-0042: escalate"), for the journal's warnings.
    label: String,
}

/// A temp file written and synced, waiting to be renamed over its target.
struct Staged<'a> {
    tmp: tempfile::NamedTempFile,
    target: &'a Path,
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
    /// Names the change (its commit message) in the journal.
    pub fn label(&mut self, label: &str) {
        self.label = label.to_string();
    }

    /// Writes everything, each file atomically; for a new folder (`lane init`) and
    /// single files. On an error before the renames, nothing has changed.
    pub fn apply(self) -> Result<()> {
        let staged = self.stage()?;
        let mut dirs = Vec::new();
        for s in staged {
            s.tmp
                .persist(s.target)
                .map_err(|e| Op::Replace.fail(s.target, e.error))?;
            push_dir(&mut dirs, s.target);
        }
        sync_dirs(&dirs);
        Ok(())
    }

    /// Writes everything inside the data folder `root`, as one step: after a crash
    /// the batch is either not applied at all or finished by the next lane process
    /// that takes the lock. Refuses a path that leaves `root` or passes through a
    /// symbolic link. Call under the lock ([`Lock`](super::lock::Lock)); leftover temp files in the
    /// folders written to are removed first.
    pub fn commit(self, root: &Path) -> Result<()> {
        let mut rels = Vec::with_capacity(self.writes.len());
        for (path, _) in &self.writes {
            rels.push(inside(root, path)?);
        }
        let mut dirs: Vec<&Path> = Vec::new();
        for (path, _) in &self.writes {
            push_dir(&mut dirs, path);
        }
        // Temp files a killed write left behind are removed from the folders that
        // write named in `.lane/writing` (a hint, not synced: after a power cut a
        // stray temp file may stay, which `lane check` lists and nothing minds).
        // Listing only those folders keeps a write's cost independent of how many
        // files its folder holds.
        let marker = root.join(LANE_DIR).join(WRITING);
        if let Ok(text) = fs::read_to_string(&marker) {
            for rel in text.lines().filter(|l| !l.is_empty()) {
                if rel == "." {
                    clean_temp_files(root);
                } else if let Ok(dir) = inside(root, &root.join(rel)) {
                    clean_temp_files(&root.join(dir));
                }
            }
        }
        let lane_dir = root.join(LANE_DIR);
        let listed: Vec<String> = dirs
            .iter()
            .filter(|d| **d != lane_dir)
            .filter_map(|d| d.strip_prefix(root).ok())
            .map(|d| match d.to_string_lossy() {
                r if r.is_empty() => ".\n".to_string(),
                r => format!("{r}\n"),
            })
            .collect();
        let _ = fs::create_dir_all(&lane_dir);
        let _ = fs::write(&marker, listed.concat());
        let result = self.commit_staged(root, &rels, &dirs);
        if result.is_ok() {
            let _ = fs::remove_file(&marker);
        }
        result
    }

    fn commit_staged(&self, root: &Path, rels: &[String], dirs: &[&Path]) -> Result<()> {
        let dirs = dirs.to_vec();
        let staged = self.stage()?;
        if staged.len() < 2 {
            for s in staged {
                s.tmp
                    .persist(s.target)
                    .map_err(|e| Op::Replace.fail(s.target, e.error))?;
            }
            sync_dirs(&dirs);
            return Ok(());
        }
        // The temp files' names must be on disk before the journal that names them.
        sync_dirs(&dirs);
        let mut entries = Vec::with_capacity(staged.len());
        let mut kept = Vec::with_capacity(staged.len());
        for ((s, rel), (_, bytes)) in staged.into_iter().zip(rels).zip(&self.writes) {
            entries.push(Entry {
                tmp: inside(root, s.tmp.path())?,
                target: rel.clone(),
                before: fingerprint_of(s.target),
                after: Some(fingerprint(bytes)),
            });
            kept.push((s.tmp.into_temp_path(), s.target));
        }
        let journal = Journal {
            change: self.label.clone(),
            writes: entries,
        };
        write_journal(root, &journal)?;
        // From here on the batch is decided: a crash is finished by `recover`, and
        // the temp files must outlive an error.
        for (tmp, target) in kept {
            let tmp = tmp.keep().map_err(|e| Op::KeepTemp.fail(target, e.error))?;
            fs::rename(&tmp, target).map_err(|e| {
                Op::Replace
                    .fail(target, e)
                    .hint(crate::msg!("store-replace-hint"))
            })?;
        }
        sync_dirs(&dirs);
        remove_journal(root);
        Ok(())
    }

    /// Writes and syncs every temp file; nothing is renamed yet.
    fn stage(&self) -> Result<Vec<Staged<'_>>> {
        let mut staged = Vec::with_capacity(self.writes.len());
        for (path, bytes) in &self.writes {
            let dir = path.parent().unwrap_or(Path::new("."));
            fs::create_dir_all(dir).map_err(|e| Op::CreateFolder.fail(dir, e))?;
            let mut tmp = tempfile::Builder::new()
                .prefix(TEMP_PREFIX)
                .tempfile_in(dir)
                .map_err(|e| write_error(Op::WriteIn, dir, e))?;
            let perms = match fs::metadata(path) {
                Ok(m) => m.permissions(),
                Err(_) => default_permissions(),
            };
            // On the file itself: the temp file's own errors would name its path.
            let file = tmp.as_file_mut();
            file.write_all(bytes)
                .and_then(|_| file.set_permissions(perms))
                .and_then(|_| file.sync_all())
                .map_err(|e| write_error(Op::Write, path, e))?;
            staged.push(Staged { tmp, target: path });
        }
        Ok(staged)
    }
}

/// A failed write before any rename: nothing has changed, and a full disk says so.
fn write_error(op: Op, path: &Path, e: std::io::Error) -> Error {
    let kind = e.kind();
    // tempfile adds "at path <temp file>" to its errors: keep only the cause.
    let e = std::io::Error::new(kind, e.to_string().split(" at path ").next().unwrap_or(""));
    let err = op.fail(path, e);
    match kind {
        std::io::ErrorKind::StorageFull => err.hint(crate::msg!("store-disk-full-hint")),
        _ => err.hint(crate::msg!("store-nothing-changed")),
    }
}

fn push_dir<'a>(dirs: &mut Vec<&'a Path>, path: &'a Path) {
    if let Some(d) = path.parent() {
        if !dirs.contains(&d) {
            dirs.push(d);
        }
    }
}

/// Makes renames durable; a folder that cannot be opened for sync (some file
/// systems) is not an error.
fn sync_dirs(dirs: &[&Path]) {
    for d in dirs {
        if let Ok(f) = File::open(d) {
            let _ = f.sync_all();
        }
    }
}

/// `path` relative to `root` with `/` separators, or an error when the path is
/// outside the data folder or passes through a symbolic link there. IDs never hold
/// `/` or `..`, so this is a second line of defence for them and the first for a
/// link that a copied or cloned folder brought in.
pub fn inside(root: &Path, path: &Path) -> Result<String> {
    let outside = || {
        Error::refused(crate::msg!(
            "store-outside-folder",
            path = path.display().to_string(),
            root = root.display().to_string()
        ))
    };
    let rel = path.strip_prefix(root).map_err(|_| outside())?;
    let mut cur = root.to_path_buf();
    let mut parts = Vec::new();
    let mut exists = true;
    for c in rel.components() {
        let Component::Normal(name) = c else {
            return Err(outside());
        };
        parts.push(name.to_string_lossy().into_owned());
        if !exists {
            continue;
        }
        cur.push(name);
        match fs::symlink_metadata(&cur) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(
                    Error::refused(crate::msg!("store-symlink", path = parts.join("/")))
                        .hint(crate::msg!("store-symlink-hint")),
                );
            }
            Ok(_) => {}
            // What does not exist yet is made by the write, as a plain file or folder.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => exists = false,
            Err(e) => return Err(Op::Read.fail(&cur, e)),
        }
    }
    if parts.is_empty() {
        return Err(outside());
    }
    Ok(parts.join("/"))
}

fn journal_path(root: &Path) -> PathBuf {
    root.join(LANE_DIR).join(JOURNAL)
}

/// What the journal of a multi-file batch says: the change, and for each file its
/// temp file, its target and what the target was before the batch and will be after
/// (see [`fingerprint`]), so that recovery renames only over the file it began from.
#[derive(serde::Serialize, serde::Deserialize)]
struct Journal {
    change: String,
    writes: Vec<Entry>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    tmp: String,
    target: String,
    /// `None`: the target did not exist.
    before: Option<String>,
    after: Option<String>,
}

/// The folder in [`LANE_DIR`] where recovery keeps what it could not write.
pub const UNAPPLIED: &str = "unapplied";

/// A file's content in short: its length and CRC-32 (a changed file shows).
fn fingerprint(bytes: &[u8]) -> String {
    format!("{}:{:08x}", bytes.len(), crc32fast::hash(bytes))
}

/// The fingerprint of the file at `path`, `None` when there is none.
fn fingerprint_of(path: &Path) -> Option<String> {
    fs::read(path).ok().map(|b| fingerprint(&b))
}

fn write_journal(root: &Path, journal: &Journal) -> Result<()> {
    let path = journal_path(root);
    let text = serde_json::to_string(journal).expect("JSON of strings");
    let dir = root.join(LANE_DIR);
    let mut b = Batch::new();
    b.put(path, text.into_bytes());
    b.apply()?;
    sync_dirs(&[&dir]);
    Ok(())
}

fn remove_journal(root: &Path) {
    let _ = fs::remove_file(journal_path(root));
}

/// Reads the journal; an older lane's (a list of temp file and target) gives
/// entries whose start is unknown, which recovery therefore never writes over.
fn read_journal(text: &str) -> Option<Journal> {
    if let Ok(j) = serde_json::from_str::<Journal>(text) {
        return Some(j);
    }
    let pairs = serde_json::from_str::<Vec<(String, String)>>(text).ok()?;
    let writes = pairs
        .into_iter()
        .map(|(tmp, target)| Entry {
            tmp,
            target,
            before: Some("unknown".into()),
            after: None,
        })
        .collect();
    Some(Journal {
        change: String::new(),
        writes,
    })
}

/// Finishes a multi-file batch that a crash interrupted after its journal was
/// written: every temp file it names that is still there is renamed over its
/// target, if the target is still the file the batch began from. A target changed
/// since (a `git pull`, a hand edit) is not written over: the batch's content for
/// it is kept in `.lane/unapplied/` and a warning says what to do. Runs when the
/// lock is taken, before anything is read for a change.
pub(super) fn recover(root: &Path) -> Result<()> {
    let path = journal_path(root);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Op::Read.fail(&path, e)),
    };
    let Some(journal) = read_journal(&text) else {
        // lane writes the journal atomically, so this is not a crash of ours: the
        // batch it named was never applied. Its temp files go with the next write.
        crate::error::warn(&crate::msg!(
            "store-journal-not-ours",
            path = format!("{LANE_DIR}/{JOURNAL}")
        ));
        remove_journal(root);
        return Ok(());
    };
    let mut dirs: Vec<PathBuf> = Vec::new();
    let (mut written, mut kept) = (Vec::new(), Vec::new());
    for e in &journal.writes {
        let (tmp_path, target_path) = (root.join(&e.tmp), root.join(&e.target));
        // Only a temp file of lane's, renamed within its own folder.
        let same_dir = tmp_path.parent() == target_path.parent();
        let is_temp = tmp_path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(TEMP_PREFIX));
        if !same_dir || !is_temp {
            continue;
        }
        inside(root, &tmp_path)?;
        inside(root, &target_path)?;
        if !tmp_path.exists() {
            written.push(e.target.clone());
            continue;
        }
        let now = fingerprint_of(&target_path);
        if now.is_some() && now == e.after {
            let _ = fs::remove_file(&tmp_path);
        } else if now == e.before {
            fs::rename(&tmp_path, &target_path)
                .map_err(|err| Op::FinishWrite.fail(&target_path, err))?;
            written.push(e.target.clone());
        } else {
            kept.push(set_aside(root, &tmp_path, &e.target)?);
        }
        if let Some(d) = target_path.parent() {
            if !dirs.iter().any(|x| x == d) {
                dirs.push(d.to_path_buf());
            }
        }
    }
    let dirs: Vec<&Path> = dirs.iter().map(|d| d.as_path()).collect();
    sync_dirs(&dirs);
    remove_journal(root);
    for (target, aside) in &kept {
        crate::error::warn(&unapplied_warning(&journal.change, target, aside, &written));
    }
    Ok(())
}

/// Moves the temp file `tmp` meant for `target` to `.lane/unapplied/TARGET` and
/// returns `(target, where it is now)`.
fn set_aside(root: &Path, tmp: &Path, target: &str) -> Result<(String, String)> {
    let rel = format!("{LANE_DIR}/{UNAPPLIED}/{target}");
    let dest = root.join(&rel);
    if let Some(d) = dest.parent() {
        fs::create_dir_all(d).map_err(|e| Op::Create.fail(d, e))?;
    }
    fs::rename(tmp, &dest).map_err(|e| Op::Keep.fail(&dest, e))?;
    Ok((target.to_string(), rel))
}

/// What to do about a file an interrupted change could not write.
fn unapplied_warning(change: &str, target: &str, aside: &str, written: &[String]) -> String {
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    crate::msg!(
        "store-unapplied",
        named = yes_no(!change.is_empty()),
        change = change,
        target = target,
        aside = aside,
        others = yes_no(!written.is_empty()),
        written = written.join(&crate::msg!("store-file-separator"))
    )
}

/// The files recovery kept aside in `.lane/unapplied/`, relative to `root`.
pub fn unapplied(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(rd) = fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = rd.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let rel = format!("{rel}/{}", e.file_name().to_string_lossy());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                walk(&e.path(), &rel, out);
            } else {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    let base = format!("{LANE_DIR}/{UNAPPLIED}");
    walk(&root.join(&base), &base, &mut out);
    out
}

/// Whether a multi-file write was interrupted and waits to be finished.
pub fn has_journal(root: &Path) -> bool {
    journal_path(root).exists()
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

/// Removes temp files that a crash left in `dir` (not recursive). Call under the lock.
pub fn clean_temp_files(dir: &Path) {
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

#[cfg(test)]
#[path = "atomic_tests.rs"]
mod tests;
