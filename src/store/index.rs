//! The derived index: one compact entry per case file under the git-ignored
//! `.lane/` folder, so listings and reports need not parse every case file.
//!
//! It is never the truth. Every entry records the size and modification time of the
//! file it was made from; a reader stats the files (in parallel) and re-reads any
//! that changed, appeared or went away, so a hand edit, a `git pull` or a deleted
//! index are all noticed. Entries made within two seconds of the file's last change
//! are "racy" (a same-size edit in the same clock tick would look unchanged) and are
//! re-read until they are older, as git does for its own index.
//!
//! On disk: `.lane/index` (magic, config fingerprint, postcard-encoded entries,
//! CRC-32) and `.lane/journal` (appended records: length, CRC-32, postcard entry),
//! which writers and readers append to in O(changed) and readers fold into a new
//! index once it grows. A torn or corrupt record ends the journal; a corrupt index
//! is rebuilt.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset, TimeZone};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::Store;
use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::ids::{AlleyId, TicketId};
use crate::model::report::Case;
use crate::model::ticket::{Action, CloseReason, Event, Source, Ticket, VisitResult};
use crate::model::time::Time;

const MAGIC: &[u8; 8] = b"LANEIDX1";
pub const INDEX_FILE: &str = ".lane/index";
pub const JOURNAL_FILE: &str = ".lane/journal";
/// An entry this close (ns) to its file's last change is re-read on every load.
const RACY_NS: i64 = 2_000_000_000;

/// One event, packed: when, what, and one small argument (the level escalated to,
/// whether resolved on the spot, the visit result, the closing reason).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub struct Packed {
    pub at: i64,
    pub offset: i32,
    pub kind: u8,
    pub arg: u8,
}

/// What the index keeps of a case file that parsed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Body<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    #[serde(borrow)]
    pub category: Cow<'a, str>,
    #[serde(borrow)]
    pub alley: Cow<'a, str>,
    #[serde(borrow)]
    pub household: Cow<'a, str>,
    pub source: u8,
    pub events: Vec<Packed>,
    /// The notes and reasons, for `lane list --search`.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
}

/// One case file as the index knows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry<'a> {
    #[serde(borrow)]
    pub rel: Cow<'a, str>,
    pub size: u64,
    pub mtime_ns: i64,
    pub racy: bool,
    /// Set in the journal when the file went away.
    pub deleted: bool,
    /// The case, or why the file could not be read (`path:line: message`).
    #[serde(borrow)]
    pub body: std::result::Result<Body<'a>, Cow<'a, str>>,
}

fn now_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

fn mtime_ns(m: &fs::Metadata) -> i64 {
    m.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64)
}

/// A fingerprint of what entries depend on in lane.toml: change a level, a category
/// or the code and the index is rebuilt.
pub fn fingerprint(cfg: &Config) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(cfg.village.code.as_bytes());
    for l in &cfg.levels {
        h.update(l.key.as_bytes());
        h.update(b"\0");
    }
    h.finalize()
}

fn pack(ev: &Event, cfg: &Config) -> Packed {
    let (kind, arg) = match &ev.action {
        Action::Open => (0, 0),
        Action::Note => (1, 0),
        Action::Escalate { to, .. } => (2, cfg.level_index(to).map_or(255, |i| i as u8)),
        Action::Resolve { on_spot } => (3, u8::from(*on_spot)),
        Action::Visit { result } => (4, *result as u8),
        // The lifecycle only needs to know that a duplicate names its original.
        Action::Close { reason, of } => (5, *reason as u8 | if of.is_some() { 0x80 } else { 0 }),
        Action::Reopen { .. } => (6, 0),
    };
    Packed {
        at: ev.at.timestamp(),
        offset: ev.at.offset().local_minus_utc(),
        kind,
        arg,
    }
}

fn time_of(at: i64, offset: i32) -> Time {
    let tz = FixedOffset::east_opt(offset).unwrap_or(FixedOffset::east_opt(0).expect("UTC"));
    tz.timestamp_opt(at, 0)
        .single()
        .unwrap_or_else(|| DateTime::UNIX_EPOCH.with_timezone(&tz))
}

const VISITS: [VisitResult; 3] = [
    VisitResult::Satisfied,
    VisitResult::Basic,
    VisitResult::Unsatisfied,
];
const CLOSES: [CloseReason; 5] = [
    CloseReason::Fixed,
    CloseReason::Duplicate,
    CloseReason::NotResponsible,
    CloseReason::Unable,
    CloseReason::Referred,
];
const SOURCES: [Source; 4] = [
    Source::Inspection,
    Source::Visit,
    Source::Household,
    Source::Hotline,
];

/// The day of a packed event in `tz`.
pub fn packed_day(p: &Packed, tz: FixedOffset) -> chrono::NaiveDate {
    time_of(p.at, p.offset).with_timezone(&tz).date_naive()
}

/// Rebuilds the events the lifecycle needs (no notes, no `by`).
pub fn unpack(p: &Packed, cfg: &Config) -> Event {
    let action = match p.kind {
        0 => Action::Open,
        1 => Action::Note,
        2 => Action::Escalate {
            to: cfg
                .levels
                .get(usize::from(p.arg))
                .map_or_else(|| "?".into(), |l| l.key.clone()),
            reason: String::new(),
            dept: String::new(),
        },
        3 => Action::Resolve {
            on_spot: p.arg == 1,
        },
        4 => Action::Visit {
            result: VISITS[usize::from(p.arg).min(2)],
        },
        5 => Action::Close {
            reason: CLOSES[usize::from(p.arg & 0x7f).min(4)],
            of: (p.arg & 0x80 != 0).then(|| TicketId {
                code: String::new(),
                year: 0,
                station: String::new(),
                seq: 0,
            }),
        },
        _ => Action::Reopen {
            reason: String::new(),
        },
    };
    Event {
        at: time_of(p.at, p.offset),
        by: String::new(),
        action,
        note: String::new(),
        line: 0,
    }
}

impl Body<'_> {
    pub fn from_ticket(t: &Ticket, cfg: &Config) -> Body<'static> {
        let mut text = String::new();
        for ev in &t.events {
            let reason = match &ev.action {
                Action::Escalate { reason, .. } | Action::Reopen { reason } => reason.as_str(),
                _ => "",
            };
            for s in [reason, ev.note.as_str()] {
                if !s.is_empty() {
                    text.push_str(s);
                    text.push('\n');
                }
            }
        }
        Body {
            id: Cow::Owned(t.id.to_string()),
            title: Cow::Owned(t.title.clone()),
            category: Cow::Owned(t.category.clone()),
            alley: Cow::Owned(t.alley.to_string()),
            household: Cow::Owned(
                t.household
                    .as_ref()
                    .map(|h| h.to_string())
                    .unwrap_or_default(),
            ),
            source: SOURCES.iter().position(|s| *s == t.source).unwrap_or(0) as u8,
            events: t.events.iter().map(|e| pack(e, cfg)).collect(),
            text: Cow::Owned(text),
        }
    }

    pub fn opened_at(&self) -> Time {
        self.events
            .first()
            .map_or_else(|| time_of(0, 0), |p| time_of(p.at, p.offset))
    }

    pub fn events(&self, cfg: &Config) -> Vec<Event> {
        self.events.iter().map(|p| unpack(p, cfg)).collect()
    }

    pub fn ticket_id(&self) -> Option<TicketId> {
        TicketId::parse(&self.id).ok()
    }

    pub fn alley_id(&self) -> Option<AlleyId> {
        AlleyId::new(&self.alley).ok()
    }
}

/// A row of the index with the config it needs to rebuild events, for reports.
pub struct CaseRow<'a, 'b> {
    pub body: &'a Body<'b>,
    pub cfg: &'a Config,
}

impl Case for CaseRow<'_, '_> {
    fn alley(&self) -> &str {
        &self.body.alley
    }
    fn category(&self) -> &str {
        &self.body.category
    }
    fn household(&self) -> Option<&str> {
        Some(self.body.household.as_ref()).filter(|h| !h.is_empty())
    }
    fn opened(&self) -> Time {
        self.body.opened_at()
    }
    fn with_events<R>(&self, f: impl FnOnce(&[Event]) -> R) -> R {
        f(&self.body.events(self.cfg))
    }
}

/// The index as loaded and brought up to date.
pub struct Index {
    /// The bytes entries borrow from (the index file).
    entries: Vec<Entry<'static>>,
}

impl Index {
    /// Entries sorted by path.
    pub fn entries(&self) -> &[Entry<'static>] {
        &self.entries
    }
}

fn read_index(path: &Path, fp: u32) -> Vec<Entry<'static>> {
    let Ok(bytes) = fs::read(path) else {
        return Vec::new();
    };
    if bytes.len() < 16 || &bytes[..8] != MAGIC {
        return Vec::new();
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if crc32fast::hash(body).to_le_bytes() != crc
        || u32::from_le_bytes(body[8..12].try_into().expect("4 bytes")) != fp
    {
        return Vec::new();
    }
    // Entries borrow from the file's bytes for the life of the process.
    let body: &'static [u8] = Box::leak(body[12..].to_vec().into_boxed_slice());
    postcard::from_bytes::<Vec<Entry<'static>>>(body).unwrap_or_default()
}

fn encode_record(e: &Entry, fp: u32) -> Vec<u8> {
    let payload = postcard::to_stdvec(&(fp, e)).expect("an entry encodes");
    let mut rec = Vec::with_capacity(payload.len() + 8);
    rec.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    rec.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    rec.extend_from_slice(&payload);
    rec
}

/// The journal's entries in order; it ends at the first torn or foreign record.
fn read_journal(path: &Path, fp: u32) -> Vec<Entry<'static>> {
    let Ok(bytes) = fs::read(path) else {
        return Vec::new();
    };
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let mut out = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 8 {
        let len = u32::from_le_bytes(rest[..4].try_into().expect("4")) as usize;
        let crc = &rest[4..8];
        let Some(payload) = rest.get(8..8 + len) else {
            break;
        };
        if crc32fast::hash(payload).to_le_bytes() != crc {
            break;
        }
        match postcard::from_bytes::<(u32, Entry<'static>)>(payload) {
            Ok((f, e)) if f == fp => out.push(e),
            _ => break,
        }
        rest = &rest[8 + len..];
    }
    out
}

/// Appends entries to the journal in one write.
fn append_journal(root: &Path, entries: &[Entry], fp: u32) {
    let mut buf = Vec::new();
    for e in entries {
        buf.extend(encode_record(e, fp));
    }
    let path = root.join(JOURNAL_FILE);
    let _ = fs::create_dir_all(root.join(".lane"));
    if let Ok(mut f) = fs::OpenOptions::new().create(true).append(true).open(&path) {
        let _ = f.write_all(&buf);
    }
}

/// Writes a whole new index and drops the journal. Failure is not an error: the
/// index is only a cache.
fn write_index(root: &Path, entries: &[Entry], fp: u32) {
    let mut bytes = Vec::with_capacity(entries.len() * 128 + 16);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&fp.to_le_bytes());
    match postcard::to_stdvec(entries) {
        Ok(p) => bytes.extend(p),
        Err(_) => return,
    }
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    let dir = root.join(".lane");
    if fs::create_dir_all(&dir).is_err() {
        return;
    }
    let Ok(mut tmp) = tempfile::Builder::new().prefix(".index-").tempfile_in(&dir) else {
        return;
    };
    if tmp.write_all(&bytes).is_ok() && tmp.persist(root.join(INDEX_FILE)).is_ok() {
        let _ = fs::remove_file(root.join(JOURNAL_FILE));
    }
}

/// Reads a case file into an entry; `stat` is taken before reading, so the entry
/// is never newer than what it describes.
fn entry_for(store: &Store, rel: &str, stat: &fs::Metadata, now: i64) -> Entry<'static> {
    let mtime = mtime_ns(stat);
    let body = match store.read_ticket_file(rel) {
        Ok(l) => Ok(Body::from_ticket(&l.ticket, &store.config)),
        Err(p) => Err(Cow::Owned(p)),
    };
    Entry {
        rel: Cow::Owned(rel.to_string()),
        size: stat.len(),
        mtime_ns: mtime,
        racy: now - mtime < RACY_NS,
        deleted: false,
        body,
    }
}

impl Store {
    /// The index brought up to date with the case files. With `$LANE_NO_INDEX` set,
    /// every case file is read instead and nothing is written (to compare the two).
    pub fn index(&self) -> Result<Index> {
        if std::env::var_os("LANE_NO_INDEX").is_some_and(|v| !v.is_empty()) {
            return Ok(Index {
                entries: self.read_all_entries()?,
            });
        }
        let fp = fingerprint(&self.config);
        let mut map: HashMap<Cow<'static, str>, Entry<'static>> = HashMap::new();
        let mut journal_len = 0;
        for e in read_index(&self.path(INDEX_FILE), fp) {
            map.insert(e.rel.clone(), e);
        }
        for e in read_journal(&self.path(JOURNAL_FILE), fp) {
            journal_len += 1;
            if e.deleted {
                map.remove(&e.rel);
            } else {
                map.insert(e.rel.clone(), e);
            }
        }
        let files = self.ticket_files()?;
        let now = now_ns();
        // Stat every file in parallel; re-read those that are new, changed or racy.
        let fresh: Vec<Option<Entry<'static>>> = files
            .par_iter()
            .map(|rel| {
                let stat = fs::metadata(self.path(rel)).ok()?;
                let old = map.get(rel.as_str());
                match old {
                    Some(e) if !e.racy && e.size == stat.len() && e.mtime_ns == mtime_ns(&stat) => {
                        None
                    }
                    // Re-read; only a real change is recorded.
                    _ => Some(entry_for(self, rel, &stat, now)).filter(|n| Some(n) != old),
                }
            })
            .collect();
        let mut changed: Vec<Entry<'static>> = fresh.into_iter().flatten().collect();
        let present: std::collections::HashSet<&str> = files.iter().map(|s| s.as_str()).collect();
        let gone: Vec<Cow<'static, str>> = map
            .keys()
            .filter(|k| !present.contains(k.as_ref()))
            .cloned()
            .collect();
        for rel in &gone {
            if let Some(mut e) = map.remove(rel) {
                e.deleted = true;
                changed.push(e);
            }
        }
        for e in &changed {
            if !e.deleted {
                map.insert(e.rel.clone(), e.clone());
            }
        }
        let mut entries: Vec<Entry<'static>> = map.into_values().collect();
        entries.sort_by(|a, b| a.rel.cmp(&b.rel));
        // Keep only real changes in the journal (racy entries re-read unchanged are
        // written again only when they stop being racy).
        if !changed.is_empty() {
            if journal_len + changed.len() > 1000.max(entries.len() / 8) {
                write_index(&self.root, &entries, fp);
            } else {
                append_journal(&self.root, &changed, fp);
            }
        }
        Ok(Index { entries })
    }

    /// Records tickets just written (call under the lock, after the write).
    pub fn index_written(&self, tickets: &[&Ticket]) {
        if !self.path(INDEX_FILE).exists() {
            return; // the first reader builds it
        }
        let now = now_ns();
        let entries: Vec<Entry> = tickets
            .iter()
            .filter_map(|t| {
                let rel = Store::ticket_rel(&t.id);
                let stat = fs::metadata(self.path(&rel)).ok()?;
                let mtime = mtime_ns(&stat);
                Some(Entry {
                    rel: Cow::Owned(rel),
                    size: stat.len(),
                    mtime_ns: mtime,
                    racy: now - mtime < RACY_NS,
                    deleted: false,
                    body: Ok(Body::from_ticket(t, &self.config)),
                })
            })
            .collect();
        append_journal(&self.root, &entries, fingerprint(&self.config));
    }

    /// An entry for every case file, read in parallel.
    fn read_all_entries(&self) -> Result<Vec<Entry<'static>>> {
        let files = self.ticket_files()?;
        let now = now_ns();
        Ok(files
            .par_iter()
            .filter_map(|rel| {
                let stat = fs::metadata(self.path(rel)).ok()?;
                Some(entry_for(self, rel, &stat, now))
            })
            .collect())
    }

    /// Rebuilds the index from every case file, in parallel; returns the count.
    pub fn reindex(&self) -> Result<usize> {
        let entries = self.read_all_entries()?;
        let _ = fs::remove_file(self.path(JOURNAL_FILE));
        write_index(&self.root, &entries, fingerprint(&self.config));
        if !self.path(INDEX_FILE).exists() && !entries.is_empty() {
            return Err(Error::refused(format!(
                "cannot write {}",
                self.path(INDEX_FILE).display()
            )));
        }
        Ok(entries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_pack_and_unpack() {
        let cfg = Config::new("X", "NJ");
        let tz = FixedOffset::east_opt(8 * 3600).unwrap();
        let at = tz.with_ymd_and_hms(2026, 11, 3, 9, 15, 0).unwrap();
        for action in [
            Action::Open,
            Action::Escalate {
                to: "town".into(),
                reason: String::new(),
                dept: String::new(),
            },
            Action::Resolve { on_spot: true },
            Action::Visit {
                result: VisitResult::Basic,
            },
            Action::Close {
                reason: CloseReason::Referred,
                of: None,
            },
            Action::Close {
                reason: CloseReason::Duplicate,
                of: Some(TicketId {
                    code: String::new(),
                    year: 0,
                    station: String::new(),
                    seq: 0,
                }),
            },
            Action::Reopen {
                reason: String::new(),
            },
        ] {
            let ev = Event::new(at, "", action, "");
            assert_eq!(unpack(&pack(&ev, &cfg), &cfg), ev);
        }
    }

    #[test]
    fn a_torn_journal_ends_at_the_tear() {
        let dir = tempfile::tempdir().unwrap();
        let e = |rel: &str| Entry {
            rel: Cow::Owned(rel.into()),
            size: 1,
            mtime_ns: 2,
            racy: false,
            deleted: false,
            body: Err(Cow::Owned("x".into())),
        };
        append_journal(dir.path(), &[e("a"), e("b")], 7);
        let path = dir.path().join(JOURNAL_FILE);
        assert_eq!(read_journal(&path, 7).len(), 2);
        assert_eq!(read_journal(&path, 8).len(), 0);
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(read_journal(&path, 7), vec![e("a")]);
    }
}
