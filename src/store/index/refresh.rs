//! Bringing the index up to date: the journal folded in, each year folder listed
//! again only if its modification time changed, every case file stat-ed in
//! parallel (relative to its folder), and only new, changed or racy files read.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use rayon::prelude::*;

use super::disk::{self, DirStamp, IndexFile};
use super::{fingerprint, now_ns, Body, Entry, Index, INDEX_FILE, RACY_NS};
use crate::error::{Error, Result};
use crate::model::case::Case;
use crate::store::cases::CASES_DIR;
use crate::store::Store;

/// Size and modification time (ns) of `name` in the open folder `dir`.
/// Anything but a regular file (a link above all: lane follows none) is skipped.
fn stat_at(dir: &fs::File, name: &str) -> Option<(u64, i64)> {
    let st = rustix::fs::statat(dir, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).ok()?;
    if rustix::fs::FileType::from_raw_mode(st.st_mode) != rustix::fs::FileType::RegularFile {
        return None;
    }
    Some((
        st.st_size as u64,
        st.st_mtime as i64 * 1_000_000_000 + st.st_mtime_nsec as i64,
    ))
}

fn dir_mtime(path: &Path) -> Option<i64> {
    let st = rustix::fs::stat(path).ok()?;
    Some(st.st_mtime as i64 * 1_000_000_000 + st.st_mtime_nsec as i64)
}

/// The `*.toml` names in a folder, sorted.
fn list_names(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(path)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".toml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort_unstable();
    names
}

/// What to do with one file of a folder.
enum Fresh {
    /// The entry at this position of the old entries is still right.
    Keep(usize),
    New(Box<Entry<'static>>),
}

/// The index's entries with the journal's newer ones in their place; entries the
/// journal marks deleted go away.
fn merge_journal(
    entries: Vec<Entry<'static>>,
    journal: Vec<Entry<'static>>,
) -> Vec<Entry<'static>> {
    // The journal's last word on each path wins.
    let mut late: BTreeMap<Cow<'static, str>, Entry<'static>> = BTreeMap::new();
    for e in journal {
        late.insert(e.rel.clone(), e);
    }
    let mut out = Vec::with_capacity(entries.len() + late.len());
    let mut late = late.into_values().peekable();
    for e in entries {
        while late.peek().is_some_and(|l| l.rel < e.rel) {
            out.extend(late.next());
        }
        if late.peek().is_some_and(|l| l.rel == e.rel) {
            out.extend(late.next());
        } else {
            out.push(e);
        }
    }
    out.extend(late);
    out.retain(|e| !e.deleted);
    out
}

impl Store {
    /// The year folders `tickets/<YEAR>` with their modification times, sorted.
    fn year_dirs(&self) -> Vec<(String, i64)> {
        let mut out: Vec<(String, i64)> = fs::read_dir(self.path(CASES_DIR))
            .map(|rd| {
                rd.flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter_map(|n| {
                        let rel = format!("{CASES_DIR}/{n}");
                        dir_mtime(&self.path(&rel)).map(|m| (rel, m))
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }

    /// Reads a case file into an entry with the stat taken before reading it, so
    /// the entry is never newer than the file it describes.
    fn entry_for(&self, rel: &str, (size, mtime_ns): (u64, i64), now: i64) -> Entry<'static> {
        let body = match self.read_case_file(rel) {
            Ok(l) => Ok(Body::from_case(&l.case, &self.config)),
            Err(p) => Err(Cow::Owned(p)),
        };
        Entry {
            rel: Cow::Owned(rel.to_string()),
            size,
            mtime_ns,
            racy: now - mtime_ns < RACY_NS,
            deleted: false,
            body,
        }
    }

    /// The files of one folder, each with the position of the entry the index had
    /// for it, if any.
    fn refresh_dir(
        &self,
        dir_rel: &str,
        files: &[(&str, Option<usize>)],
        old: &[Entry<'static>],
        now: i64,
        trust: bool,
    ) -> Vec<Fresh> {
        let dir = fs::File::open(self.path(dir_rel)).ok();
        files
            .par_iter()
            .with_min_len(256)
            .filter_map(|&(name, at)| {
                if let Some(i) = at.filter(|i| trust && !old[*i].racy) {
                    return Some(Fresh::Keep(i));
                }
                let stat = dir.as_ref().and_then(|d| stat_at(d, name))?;
                let prev = at.map(|i| (i, &old[i]));
                if let Some((i, e)) = prev {
                    if !e.racy && e.size == stat.0 && e.mtime_ns == stat.1 {
                        return Some(Fresh::Keep(i));
                    }
                }
                let new = self.entry_for(&format!("{dir_rel}/{name}"), stat, now);
                match prev {
                    // Re-read but unchanged (a racy entry): keep it as it was.
                    Some((i, e)) if *e == new => Some(Fresh::Keep(i)),
                    _ => Some(Fresh::New(Box::new(new))),
                }
            })
            .collect()
    }

    /// The index brought up to date with the case files. With `$LANE_NO_INDEX` set,
    /// every case file is read instead and nothing is written (to compare the two).
    pub fn index(&self) -> Result<Index> {
        if std::env::var_os("LANE_NO_INDEX").is_some_and(|v| !v.is_empty()) {
            return Ok(Index {
                entries: self.read_all_entries()?.1,
            });
        }
        let fp = fingerprint(&self.config);
        let snap = disk::read_index(&self.root, fp);
        let journal = disk::read_journal(&self.root, fp);
        let mut dirty = !journal.is_empty();
        let mut entries = snap.entries;
        if !journal.is_empty() {
            entries = merge_journal(entries, journal);
        }
        let now = now_ns();
        let trust_folders = self.local()?.index_check == Some(crate::store::IndexCheck::Folders);
        let years = self.year_dirs();
        let mut stamps = Vec::with_capacity(years.len());
        // Entries are sorted, so each folder's are one run; runs are checked in
        // place and rebuilt only where something changed.
        let mut pos = 0;
        for (dir_rel, mtime) in &years {
            let prefix = format!("{dir_rel}/");
            let from = pos + entries[pos..].partition_point(|e| *e.rel < *prefix);
            if from != pos {
                entries.drain(pos..from); // entries of folders that are gone
                dirty = true;
            }
            let to = pos + entries[pos..].partition_point(|e| e.rel.starts_with(&prefix));
            let run = &entries[pos..to];
            let unchanged_dir = snap
                .dirs
                .iter()
                .any(|d| d.rel == *dir_rel && d.mtime_ns == *mtime)
                && *mtime < snap.written_ns - RACY_NS;
            let listed = (!unchanged_dir).then(|| list_names(&self.path(dir_rel)));
            dirty |= listed.is_some();
            let files = folder_files(run, &prefix, listed.as_deref());
            let trust = unchanged_dir && trust_folders;
            let fresh = self.refresh_dir(dir_rel, &files, run, now, trust);
            let same = fresh.len() == run.len()
                && fresh
                    .iter()
                    .enumerate()
                    .all(|(k, f)| matches!(f, Fresh::Keep(i) if *i == k));
            if same {
                pos = to;
            } else {
                dirty = true;
                pos = splice_run(&mut entries, pos..to, fresh);
            }
            stamps.push(DirStamp {
                rel: Cow::Owned(dir_rel.clone()),
                mtime_ns: *mtime,
            });
        }
        if pos != entries.len() {
            entries.truncate(pos);
            dirty = true;
        }
        let out = entries;
        dirty |= snap.dirs.len() != stamps.len();
        if dirty {
            let snap = IndexFile {
                written_ns: now,
                dirs: stamps,
                entries: out,
            };
            disk::write_index(&self.root, &snap, fp);
            return Ok(Index {
                entries: snap.entries,
            });
        }
        Ok(Index { entries: out })
    }

    /// Records cases just written (call under the lock, after the write).
    pub fn index_written(&self, cases: &[&Case]) {
        if !self.path(INDEX_FILE).exists() {
            return; // the first reader builds it
        }
        let now = now_ns();
        let entries: Vec<Entry> = cases
            .iter()
            .filter_map(|t| {
                let rel = Store::case_rel(&t.id);
                let (dir, name) = rel.rsplit_once('/')?;
                let stat = stat_at(&fs::File::open(self.path(dir)).ok()?, name)?;
                Some(Entry {
                    rel: Cow::Owned(rel),
                    size: stat.0,
                    mtime_ns: stat.1,
                    racy: now - stat.1 < RACY_NS,
                    deleted: false,
                    body: Ok(Body::from_case(t, &self.config)),
                })
            })
            .collect();
        disk::append_journal(&self.root, &entries, fingerprint(&self.config));
    }

    /// An entry for every case file, read in parallel, with the folders' stamps.
    fn read_all_entries(&self) -> Result<(Vec<DirStamp<'static>>, Vec<Entry<'static>>)> {
        let now = now_ns();
        let mut stamps = Vec::new();
        let mut out = Vec::new();
        for (dir_rel, mtime) in self.year_dirs() {
            let listed = list_names(&self.path(&dir_rel));
            let files: Vec<(&str, Option<usize>)> =
                listed.iter().map(|s| (s.as_str(), None)).collect();
            for f in self.refresh_dir(&dir_rel, &files, &[], now, false) {
                if let Fresh::New(e) = f {
                    out.push(*e);
                }
            }
            stamps.push(DirStamp {
                rel: Cow::Owned(dir_rel),
                mtime_ns: mtime,
            });
        }
        Ok((stamps, out))
    }

    /// Rebuilds the index from every case file, in parallel; returns the count.
    pub fn reindex(&self) -> Result<usize> {
        let now = now_ns();
        let (dirs, entries) = self.read_all_entries()?;
        let n = entries.len();
        let snap = IndexFile {
            written_ns: now,
            dirs,
            entries,
        };
        if !disk::write_index(&self.root, &snap, fingerprint(&self.config)) {
            return Err(Error::refused(crate::msg!(
                "store-index-cannot-write",
                path = self.path(INDEX_FILE).display().to_string()
            ))
            .hint(crate::msg!("store-index-cannot-write-hint")));
        }
        Ok(n)
    }
}

/// The files of one year folder to check, each with the index of its entry in
/// `run` (the folder's entries, sorted): the names `listed` when the folder was
/// read, else the entries' own names (an unchanged folder).
fn folder_files<'r>(
    run: &'r [Entry<'static>],
    prefix: &str,
    listed: Option<&'r [String]>,
) -> Vec<(&'r str, Option<usize>)> {
    let name_at = |j: usize| &run[j].rel[prefix.len()..];
    let Some(listed) = listed else {
        return (0..run.len()).map(|i| (name_at(i), Some(i))).collect();
    };
    // Both sorted: walk them together.
    let mut j = 0;
    listed
        .iter()
        .map(|n| {
            while j < run.len() && name_at(j) < n.as_str() {
                j += 1;
            }
            let hit = j < run.len() && name_at(j) == n.as_str();
            (n.as_str(), hit.then_some(j))
        })
        .collect()
}

/// Replaces the entries in `range` with the refreshed run (kept entries moved, not
/// copied); returns where the next folder's entries start.
fn splice_run(
    entries: &mut Vec<Entry<'static>>,
    range: std::ops::Range<usize>,
    fresh: Vec<Fresh>,
) -> usize {
    let pos = range.start;
    let mut old: Vec<Option<Entry<'static>>> = entries.drain(range).map(Some).collect();
    let new_run: Vec<Entry<'static>> = fresh
        .into_iter()
        .map(|f| match f {
            Fresh::Keep(i) => old[i].take().expect("kept once"),
            Fresh::New(e) => *e,
        })
        .collect();
    let n = new_run.len();
    entries.splice(pos..pos, new_run);
    pos + n
}
