//! The stored attachments: `attachments/ab/<sha256>.<ext>`, one file per content,
//! written once by the change that first attaches it and never replaced. What an
//! `attach` event says (its keys in a case file), what a stored file holds
//! compared with its name, and which stored files there are.

use std::fs;

use crate::error::{Error, Result};
use crate::model::attachment::{is_lfs_pointer, sha256_hex, Attached, Prepared, DIR};

use super::change::Tx;
use super::ioerr::Op;
use super::Store;

/// What a stored file holds, against its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// The bytes hash to the name.
    Sound,
    /// There is no such file.
    Missing,
    /// A git LFS pointer: the clone was made without LFS.
    Pointer,
    /// Bytes that hash to something else (the hash given).
    Differs(String),
}

impl Store {
    /// What the stored file at `rel` (named by `hash`) holds.
    pub fn stored(&self, rel: &str, hash: &str) -> Result<Stored> {
        let path = self.path(rel);
        match fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Stored::Missing),
            Err(e) => return Err(Op::Read.fail(&path, e)),
            // lane follows no link; `lane check` lists it as one.
            Ok(m) if !m.is_file() => return Ok(Stored::Missing),
            Ok(_) => {}
        }
        let bytes = fs::read(&path).map_err(|e| Op::Read.fail(&path, e))?;
        if is_lfs_pointer(&bytes) {
            return Ok(Stored::Pointer);
        }
        let got = sha256_hex(&bytes);
        Ok(if got == hash {
            Stored::Sound
        } else {
            Stored::Differs(got)
        })
    }

    /// The bytes of a sound stored file, `None` when it is missing, a pointer or
    /// not what its name says.
    pub fn attachment_bytes(&self, a: &Attached) -> Option<Vec<u8>> {
        let bytes = fs::read(self.path(&a.rel())).ok()?;
        (sha256_hex(&bytes) == a.hash).then_some(bytes)
    }

    /// Every file under `attachments/`, relative to the folder, sorted; links
    /// and temp files aside (`lane check` lists those as such).
    pub fn attachment_files(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(&self.path(DIR), DIR, &mut out);
        out.sort();
        out
    }
}

fn walk(dir: &std::path::Path, rel: &str, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = format!("{rel}/{name}");
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(&e.path(), &path, out),
            Ok(t) if t.is_file() && !name.starts_with(super::atomic::TEMP_PREFIX) => out.push(path),
            _ => {}
        }
    }
}

impl Tx<'_> {
    /// Stages a prepared file at its hash's path unless it is stored already; its
    /// hash and whether it is new. A file at that path whose bytes differ is
    /// never replaced: the change is refused and `lane check` names it.
    pub fn put_attachment(&mut self, p: &Prepared) -> Result<(String, bool)> {
        let hash = sha256_hex(&p.bytes);
        let rel = crate::model::attachment::rel_of(&hash, &p.ext);
        match self.stored(&rel, &hash)? {
            Stored::Sound => Ok((hash, false)),
            Stored::Missing => {
                self.put(&rel, p.bytes.clone());
                Ok((hash, true))
            }
            Stored::Pointer => Err(Error::refused(crate::msg!(
                "store-attach-stored-pointer",
                path = rel.as_str()
            ))
            .hint(crate::msg!("store-attach-pointer-hint"))),
            Stored::Differs(got) => Err(Error::refused(crate::msg!(
                "store-attach-stored-differs",
                path = rel.as_str(),
                got = got.as_str()
            ))
            .hint(crate::msg!("store-attach-differs-hint"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::attachment::AttachKind;
    use crate::model::case::{Action, Event};
    use crate::model::lifecycle::{fold_events, Rules};
    use crate::model::time::parse_time;
    use crate::store::casefile::{parse, render_event};

    const CASE: &str = "id = \"NJ-2026-0042\"\ntitle = \"t\"\ncategory = \"sanitation\"\nalley = \"A01\"\nsource = \"inspection\"\nopened = \"2026-11-03T09:15:00+08:00\"\n\n[[events]]\nat = \"2026-11-03T09:15:00+08:00\"\nby = \"L01\"\naction = \"open\"\n";

    fn attach(kind: AttachKind) -> Event {
        let tz = chrono::FixedOffset::east_opt(8 * 3600).unwrap();
        let a = Attached {
            kind,
            hash: sha256_hex(b"photo"),
            ext: "jpg".into(),
            name: "IMG \"1\".jpg".into(),
            size: 5,
        };
        let at = parse_time("2026-11-03T10:00", tz).unwrap();
        Event::new(at, "L01", Action::Attach(a), "巷口")
    }

    #[test]
    fn attach_events_round_trip_exactly() {
        for kind in [AttachKind::Before, AttachKind::Document] {
            let ev = attach(kind);
            let text = format!("{CASE}{}", render_event(&ev));
            let back = parse(&text).unwrap();
            let mut got = back.events[1].clone();
            assert_eq!(got.line, 13);
            got.line = 0;
            assert_eq!(got, ev);
            assert_eq!(format!("{CASE}{}", render_event(&got)), text);
        }
    }

    #[test]
    fn attach_keys_are_checked_with_their_line() {
        let text = format!("{CASE}{}", render_event(&attach(AttachKind::After)));
        let h = sha256_hex(b"photo");
        let bad = [
            text.replace("as = \"after\"", "as = \"selfie\""),
            text.replace(&format!("hash = \"{h}\""), "hash = \"abc\""),
            text.replace(
                &format!("file = \"attachments/{}/", &h[..2]),
                "file = \"attachments/zz/",
            ),
            text.replace("size = 5\n", ""),
            text.replace("name = \"IMG \\\"1\\\".jpg\"\n", ""),
            text.replace("size = 5\n", "size = 5\nresult = \"basic\"\n"),
        ];
        for b in bad {
            assert_ne!(b, text);
            assert_eq!(parse(&b).unwrap_err().0, 13, "{b}");
        }
    }

    #[test]
    fn attaching_changes_no_state_in_any_status() {
        let cfg = crate::model::config::Config::new("v", "NJ");
        let rules = Rules::for_category(&cfg, "hazard");
        let base = parse(CASE).unwrap().events;
        let mut resolved = base.clone();
        let mut r = attach(AttachKind::After);
        r.action = Action::Resolve { on_spot: false };
        resolved.push(r);
        for events in [base, resolved] {
            let before = fold_events(&events, &rules).unwrap();
            let mut more = events.clone();
            more.push(attach(AttachKind::Before));
            let mut after = fold_events(&more, &rules).unwrap();
            assert_eq!(after.last_at, more.last().unwrap().at);
            after.last_at = before.last_at;
            assert_eq!(after, before);
        }
    }
}
