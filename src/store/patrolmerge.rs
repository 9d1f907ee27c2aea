//! The git merge of a patrol log (`patrols/YYYY-MM.csv`, format 2): a three-way
//! merge of records by their `id`, never of lines. For each ID:
//!
//! - added on one side, or on both the same: kept once;
//! - changed on one side only: the change; changed on both the same: kept once;
//! - deleted on one side and unchanged on the other: deleted;
//! - changed on both sides differently, or changed on one and deleted on the other:
//!   a conflict, written with git's markers around the two versions of the row for
//!   a person to decide (`lane check` names the marker lines).
//!
//! Two rows with the same fields and different IDs are two patrols and stay two.
//! The rows keep our file's order; the rows only the other side has follow, in its
//! order, so every order of merges gives the same set of rows.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use super::casemerge;
use super::ioerr::Op;
use crate::error::Result;
use crate::model::config::Config;

use super::csvfile::{self, CsvDoc, Encoding};
use super::patrols::upgraded;

/// What a three-way merge of patrol logs gave.
#[derive(Debug, PartialEq)]
pub enum Merged {
    /// The merged file.
    Clean(String),
    /// The merged file with conflict markers around the rows both sides changed;
    /// with how many rows conflict.
    Conflict(String, usize),
}

/// One side's rows by ID, with the document they came from; `None` when the file
/// is not a format-2 patrol log whose every row has one distinct ID.
struct Side {
    doc: CsvDoc,
    by_id: HashMap<String, usize>,
}

fn side(text: &str, rel: &str) -> Option<Side> {
    if text.is_empty() {
        let doc = csvfile::parse(
            String::from_utf8(csvfile::new_file(crate::model::patrol::HEADER)).ok()?,
            false,
            rel,
        )
        .ok()?;
        return Some(Side {
            doc,
            by_id: HashMap::new(),
        });
    }
    let (text, bom) = csvfile::decode(text.as_bytes(), rel, Encoding::Utf8Only).ok()?;
    let doc = upgraded(csvfile::parse(text, bom, rel).ok()?, rel).ok()?;
    if doc
        .header
        .iter()
        .map(|s| s.as_str())
        .ne(crate::model::patrol::HEADER.iter().copied())
    {
        return None;
    }
    let mut by_id = HashMap::new();
    for (i, row) in doc.rows.iter().enumerate() {
        let id = row.fields.first()?;
        crate::model::patrol::PatrolId::parse(id).ok()?;
        if by_id.insert(id.clone(), i).is_some() {
            return None;
        }
    }
    Some(Side { doc, by_id })
}

impl Side {
    fn row(&self, id: &str) -> Option<&[String]> {
        self.by_id
            .get(id)
            .map(|&i| self.doc.rows[i].fields.as_slice())
    }
    fn ids(&self) -> impl Iterator<Item = &String> {
        self.doc.rows.iter().filter_map(|r| r.fields.first())
    }
}

/// What becomes of one ID.
enum Take<'a> {
    Row(&'a [String]),
    Gone,
    Both(Option<&'a [String]>, Option<&'a [String]>),
}

fn decide<'a>(
    b: Option<&'a [String]>,
    o: Option<&'a [String]>,
    t: Option<&'a [String]>,
) -> Take<'a> {
    match (o, t) {
        (Some(o), Some(t)) if o == t => Take::Row(o),
        (Some(o), Some(t)) if b == Some(o) => Take::Row(t),
        (Some(o), Some(t)) if b == Some(t) => Take::Row(o),
        (None, None) => Take::Gone,
        // Deleted on one side: gone if the other did not change it.
        (None, Some(t)) if b == Some(t) => Take::Gone,
        (Some(o), None) if b == Some(o) => Take::Gone,
        // Added on one side only.
        (None, Some(t)) if b.is_none() => Take::Row(t),
        (Some(o), None) if b.is_none() => Take::Row(o),
        (o, t) => Take::Both(o, t),
    }
}

/// Merges three versions of the patrol log at `rel` (the path git gives as `%P`);
/// `None` when one of them is not a patrol log of format 2 with one ID per row (a
/// format-1 version is numbered first, as `lane migrate` numbers it).
pub fn merge(base: &str, ours: &str, theirs: &str, rel: &str) -> Option<Merged> {
    let (b, o, t) = (side(base, rel)?, side(ours, rel)?, side(theirs, rel)?);
    let crlf = o.doc.crlf;
    let eol = if crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    if o.doc.bom {
        out.push('\u{FEFF}');
    }
    out.push_str(&csvfile::encode_row(&o.doc.header, crlf));
    let mut conflicts = 0;
    let mut seen: HashSet<&String> = HashSet::new();
    let order: Vec<&String> = o.ids().chain(t.ids()).collect();
    for id in order {
        if !seen.insert(id) {
            continue;
        }
        match decide(b.row(id), o.row(id), t.row(id)) {
            Take::Row(f) => out.push_str(&csvfile::encode_row(f, crlf)),
            Take::Gone => {}
            Take::Both(mine, other) => {
                conflicts += 1;
                let row = |f: Option<&[String]>| {
                    f.map(|f| csvfile::encode_row(f, crlf)).unwrap_or_default()
                };
                out.push_str(&format!(
                    "<<<<<<< ours (patrol {id}){eol}{}======={eol}{}>>>>>>> theirs (patrol {id}){eol}",
                    row(mine),
                    row(other)
                ));
            }
        }
    }
    Some(if conflicts == 0 {
        Merged::Clean(out)
    } else {
        Merged::Conflict(out, conflicts)
    })
}

/// Whether the file git merges is a patrol log: by its path when git gives it,
/// else by its header.
pub fn is_patrol_log(path: Option<&str>, ours: &str) -> bool {
    match path {
        Some(p) => p.starts_with("patrols/") && p.ends_with(".csv"),
        None => {
            let first = ours
                .trim_start_matches('\u{FEFF}')
                .lines()
                .next()
                .unwrap_or("");
            let h = first.trim_end_matches('\r');
            h == crate::model::patrol::HEADER.join(",")
                || h == crate::model::patrol::HEADER_V1.join(",")
        }
    }
}

/// What `lane merge-driver BASE OURS THEIRS [PATH]` does to the files git gives
/// it: a patrol log is merged by row ID, a case file by its events (see
/// `casemerge`); the result is written over `ours`. `Some(why)` when the merge is
/// left as a conflict, with the markers written in `ours`.
pub fn merge_driver(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    path: Option<&str>,
    cfg: Option<&Config>,
) -> Result<Option<String>> {
    let read = |p: &Path| fs::read_to_string(p).map_err(|e| Op::Read.fail(p, e));
    let write = |text: &str| fs::write(ours, text).map_err(|e| Op::Write.fail(ours, e));
    let mine = read(ours)?;
    if !is_patrol_log(path, &mine) {
        if casemerge::merge_files(base, ours, theirs, cfg)? {
            return Ok(None);
        }
        casemerge::write_conflict(ours, theirs)?;
        return Ok(Some(match path {
            Some(p) => crate::msg!("store-merge-case-refused", file = p),
            None => crate::msg!("store-merge-case-refused-unnamed"),
        }));
    }
    let rel = path.unwrap_or("patrols/unknown.csv");
    match merge(&read(base)?, &mine, &read(theirs)?, rel) {
        Some(Merged::Clean(text)) => write(&text).map(|_| None),
        Some(Merged::Conflict(text, n)) => {
            write(&text)?;
            Ok(Some(format!(
                "{rel}: {}",
                crate::msg!("store-merge-patrol-conflict", n = n)
            )))
        }
        None => {
            casemerge::write_conflict(ours, theirs)?;
            Ok(Some(format!(
                "{rel}: {}",
                crate::msg!("store-merge-patrol-not-a-log")
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "id,date,leader,alley,kind,household,ticket,note\n";
    const R: &str = "patrols/2026-11.csv";

    fn row(id: &str, note: &str) -> String {
        format!("2026-11-{id},2026-11-03,L01,A01,inspection,,,{note}\n")
    }

    fn file(rows: &[String]) -> String {
        format!("{H}{}", rows.concat())
    }

    #[test]
    fn records_merge_by_id() {
        let base = file(&[row("0001", "a"), row("0002", "b"), row("0003", "c")]);
        // Ours: corrects 1, deletes 3, adds T1. Theirs: adds 0004, a twin of 0002.
        let ours = file(&[row("0001", "A"), row("0002", "b"), row("T0001", "x")]);
        let theirs = file(&[
            row("0001", "a"),
            row("0002", "b"),
            row("0003", "c"),
            row("0004", "b"),
        ]);
        let want = file(&[
            row("0001", "A"),
            row("0002", "b"),
            row("T0001", "x"),
            row("0004", "b"),
        ]);
        assert_eq!(merge(&base, &ours, &theirs, R), Some(Merged::Clean(want)));
        // The other way round: the same rows.
        let Some(Merged::Clean(back)) = merge(&base, &theirs, &ours, R) else {
            panic!()
        };
        let mut a: Vec<&str> = back.lines().collect();
        a.sort();
        let want = file(&[
            row("0001", "A"),
            row("0002", "b"),
            row("T0001", "x"),
            row("0004", "b"),
        ]);
        let mut b: Vec<&str> = want.lines().collect();
        b.sort();
        assert_eq!(a, b);
    }

    #[test]
    fn changes_on_both_sides_conflict() {
        let base = file(&[row("0001", "a"), row("0002", "b")]);
        let ours = file(&[row("0001", "A"), row("0002", "B")]);
        let theirs = file(&[row("0001", "Z")]);
        let Some(Merged::Conflict(text, 2)) = merge(&base, &ours, &theirs, R) else {
            panic!()
        };
        assert!(text.contains(&format!(
            "<<<<<<< ours (patrol 2026-11-0001)\n{}=======\n{}>>>>>>>",
            row("0001", "A"),
            row("0001", "Z")
        )));
        assert!(text.contains(&format!("{}=======\n>>>>>>>", row("0002", "B"))));
        // A format-1 base is numbered as lane migrate numbers it; a side without IDs
        // is not merged here.
        let v1 =
            "date,leader,alley,kind,household,ticket,note\n2026-11-03,L01,A01,inspection,,,a\n";
        let ours = file(&[row("0001", "a"), row("T0001", "x")]);
        assert_eq!(
            merge(v1, &ours, &file(&[]), R),
            Some(Merged::Clean(file(&[row("T0001", "x")])))
        );
        let twice = file(&[row("0001", "a"), row("0001", "b")]);
        assert_eq!(merge(&base, &twice, &ours, R), None);
        assert_eq!(
            merge("", &ours, &ours, R),
            Some(Merged::Clean(ours.clone()))
        );
    }
}
