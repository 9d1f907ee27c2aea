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
//! On disk ([`disk`]): `.lane/index` (magic, config fingerprint, postcard-encoded
//! header and entries, CRC-32) and `.lane/index-journal`, to which writers append the
//! entries of the cases they changed, in O(changed). A reader ([`refresh`]) folds
//! the journal in and writes a new index when anything changed. A torn or corrupt
//! journal record ends the journal; a corrupt index is rebuilt.

mod disk;
mod refresh;

use std::borrow::Cow;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset, TimeZone};
use serde::{Deserialize, Serialize};

use crate::model::case::{Action, Case, CloseReason, Event, Source, VisitResult};
use crate::model::config::Config;
use crate::model::ids::{AlleyId, CaseId};
use crate::model::report::Tallied;
use crate::model::time::Time;

pub const INDEX_FILE: &str = ".lane/index";
pub const JOURNAL_FILE: &str = ".lane/index-journal";
/// An entry this close (ns) to its file's last change is re-read on every load.
pub(crate) const RACY_NS: i64 = 2_000_000_000;

/// One event, packed: when, what, one small argument (the level escalated to,
/// whether resolved on the spot, the visit result, the closing reason) and the
/// deadline recorded with it ([`NO_DEADLINE`] if none).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Packed {
    pub at: i64,
    pub offset: i32,
    pub kind: u8,
    pub arg: u8,
    pub deadline: i64,
}

/// The packed deadline of an event without a recorded one.
pub const NO_DEADLINE: i64 = i64::MIN;

/// What the index keeps of a case file that parsed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Body<'a> {
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    #[serde(borrow)]
    pub category: Cow<'a, str>,
    #[serde(borrow)]
    pub alley: Cow<'a, str>,
    #[serde(borrow)]
    pub household: Cow<'a, str>,
    pub source: u8,
    /// The events, [`PACKED_LEN`] bytes each (see [`Packed`]).
    #[serde(borrow, with = "serde_bytes")]
    pub events: Cow<'a, [u8]>,
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

pub(crate) fn now_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

/// A fingerprint of what entries depend on in lane.toml: change a level, a category
/// or the code and the index is rebuilt.
pub fn fingerprint(cfg: &Config) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(cfg.village.code.as_bytes());
    for l in &cfg.levels {
        h.update(l.key.as_bytes());
        h.update(&l.deadline_days.to_le_bytes());
        h.update(b"\0");
    }
    h.finalize()
}

/// Bytes per packed event: time (8), offset (4), kind (1), argument (1),
/// deadline (8).
pub const PACKED_LEN: usize = 22;

impl Packed {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.at.to_le_bytes());
        out.extend_from_slice(&self.offset.to_le_bytes());
        out.push(self.kind);
        out.push(self.arg);
        out.extend_from_slice(&self.deadline.to_le_bytes());
    }
    fn read(b: &[u8]) -> Packed {
        Packed {
            at: i64::from_le_bytes(b[..8].try_into().expect("8 bytes")),
            offset: i32::from_le_bytes(b[8..12].try_into().expect("4 bytes")),
            kind: b[12],
            arg: b[13],
            deadline: i64::from_le_bytes(b[14..22].try_into().expect("8 bytes")),
        }
    }
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
        Action::Attach(a) => (7, a.kind as u8),
    };
    Packed {
        at: ev.at.timestamp(),
        offset: ev.at.offset().local_minus_utc(),
        kind,
        arg,
        deadline: ev.deadline.map_or(NO_DEADLINE, |d| d.timestamp()),
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
    crate::model::time::local_date(&time_of(p.at, p.offset), tz)
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
            of: (p.arg & 0x80 != 0).then(|| CaseId {
                code: String::new(),
                year: 0,
                station: String::new(),
                seq: 0,
            }),
        },
        7 => Action::Attach(crate::model::attachment::unpacked(p.arg)),
        _ => Action::Reopen {
            reason: String::new(),
        },
    };
    Event {
        at: time_of(p.at, p.offset),
        by: String::new(),
        action,
        note: String::new(),
        deadline: (p.deadline != NO_DEADLINE).then(|| time_of(p.deadline, p.offset)),
        line: 0,
    }
}

impl Body<'_> {
    pub fn from_case(t: &Case, cfg: &Config) -> Body<'static> {
        Body {
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
            events: Cow::Owned({
                let mut b = Vec::with_capacity(t.events.len() * PACKED_LEN);
                t.events.iter().for_each(|e| pack(e, cfg).write(&mut b));
                b
            }),
        }
    }

    /// The packed events, in order.
    pub fn packed(&self) -> impl Iterator<Item = Packed> + '_ {
        self.events.chunks_exact(PACKED_LEN).map(Packed::read)
    }

    pub fn opened_at(&self) -> Time {
        self.packed()
            .next()
            .map_or_else(|| time_of(0, 0), |p| time_of(p.at, p.offset))
    }

    pub fn events(&self, cfg: &Config) -> Vec<Event> {
        self.packed().map(|p| unpack(&p, cfg)).collect()
    }

    pub fn alley_id(&self) -> Option<AlleyId> {
        AlleyId::new(&self.alley).ok()
    }
}

impl Entry<'_> {
    /// The case ID, from the file's name (`lane check` makes sure the file says
    /// the same).
    pub fn case_id(&self) -> Option<CaseId> {
        let name = self.rel.rsplit('/').next()?.strip_suffix(".toml")?;
        CaseId::parse(name).ok()
    }
}

/// A row of the index with the config it needs to rebuild events, for reports.
pub struct CaseRow<'a, 'b> {
    pub body: &'a Body<'b>,
    pub cfg: &'a Config,
}

impl Tallied for CaseRow<'_, '_> {
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
                of: Some(CaseId {
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
            let mut ev = Event::new(at, "", action, "");
            assert_eq!(unpack(&pack(&ev, &cfg), &cfg), ev);
            ev.deadline = Some(at + chrono::Duration::days(3));
            assert_eq!(unpack(&pack(&ev, &cfg), &cfg), ev);
        }
    }
}
