//! Reading and rewriting the registry files (alleys, leaders, households).

use std::collections::HashMap;

use super::csvfile::{self, CsvDoc, Edit, Encoding};
use super::Store;
use crate::error::{Error, Kind, Result};
use crate::model::registry::Record;

/// A registry file as read: its document (for byte-preserving rewrites) and records
/// with their line numbers.
pub struct Registry<R> {
    pub doc: CsvDoc,
    pub records: Vec<(usize, R)>,
}

impl<R: Record> Registry<R> {
    pub fn get(&self, id: &str) -> Option<&R> {
        self.records
            .iter()
            .find(|(_, r)| r.id() == id)
            .map(|(_, r)| r)
    }
    pub fn line_of(&self, id: &str) -> Option<usize> {
        self.records
            .iter()
            .find(|(_, r)| r.id() == id)
            .map(|(l, _)| *l)
    }
    pub fn iter(&self) -> impl Iterator<Item = &R> {
        self.records.iter().map(|(_, r)| r)
    }
    pub fn by_id(&self) -> HashMap<&str, &R> {
        self.records.iter().map(|(_, r)| (r.id(), r)).collect()
    }

    /// The error for an unknown ID, suggesting the nearest one.
    pub fn unknown(&self, id: &str) -> Error {
        let ids: Vec<&str> = self.iter().map(|r| r.id()).collect();
        let mut e = Error::input(crate::msg!(
            "store-no-such-record",
            what = R::WHAT,
            id = id,
            file = R::FILE
        ));
        if let Some(s) = crate::suggest::nearest(id, ids.iter().copied()) {
            e = e.hint(crate::msg!("store-did-you-mean", id = s));
        } else {
            e = e.hint(crate::msg!("store-list-shows-them", what = R::WHAT));
        }
        e
    }
    pub fn require(&self, id: &str) -> Result<&R> {
        self.get(id).ok_or_else(|| self.unknown(id))
    }

    /// A record's fields for this file: as many as its header has (a file of an
    /// older format, without the newer columns, keeps its width).
    fn fields_of(&self, r: &R) -> Vec<String> {
        let mut f = r.to_fields();
        f.truncate(
            self.doc
                .header
                .len()
                .max(R::HEADER.len() - R::NEWER_COLUMNS),
        );
        f
    }

    /// The new bytes of the file with record `id` replaced (or removed with `None`).
    pub fn with_replaced(&self, id: &str, new: Option<&R>) -> Vec<u8> {
        csvfile::rewrite(
            &self.doc,
            |row| {
                if row.fields.first().map(|s| s.as_str()) != Some(id) {
                    Edit::Keep
                } else if let Some(n) = new {
                    Edit::Replace(self.fields_of(n))
                } else {
                    Edit::Remove
                }
            },
            &[],
        )
    }
    /// The new bytes of the file with the rows of the records in `changed` (matched
    /// by ID) replaced; every other row stays byte for byte.
    pub fn with_updated(&self, changed: &[R]) -> Vec<u8> {
        csvfile::rewrite(
            &self.doc,
            |row| {
                let id = row.fields.first().map(|s| s.as_str()).unwrap_or("");
                match changed.iter().find(|r| r.id() == id) {
                    Some(n) => Edit::Replace(self.fields_of(n)),
                    None => Edit::Keep,
                }
            },
            &[],
        )
    }
    /// The new bytes of the file with the rows of `changed` replaced (by ID) and
    /// the records `new` appended; every other row stays byte for byte.
    pub fn with_updated_and_appended(&self, changed: &[R], new: &[R]) -> Vec<u8> {
        let rows: Vec<Vec<String>> = new.iter().map(|r| self.fields_of(r)).collect();
        csvfile::rewrite(
            &self.doc,
            |row| {
                let id = row.fields.first().map(|s| s.as_str()).unwrap_or("");
                match changed.iter().find(|r| r.id() == id) {
                    Some(n) => Edit::Replace(self.fields_of(n)),
                    None => Edit::Keep,
                }
            },
            &rows,
        )
    }
    /// The new bytes of the file with records appended.
    pub fn with_appended(&self, new: &[R]) -> Vec<u8> {
        let rows: Vec<Vec<String>> = new.iter().map(|r| self.fields_of(r)).collect();
        csvfile::rewrite(&self.doc, |_| Edit::Keep, &rows)
    }
}

impl Store {
    /// Reads a registry, collecting every problem as `FILE:LINE: message`; the
    /// records that parsed are returned too. A row with the wrong number of fields
    /// is one problem and does not hide the problems of the other rows.
    pub fn load_lenient<R: Record>(&self) -> Result<(Registry<R>, Vec<String>)> {
        let path = self.path(R::FILE);
        super::atomic::inside(&self.root, &path)?;
        if !path.exists() {
            return Err(
                Error::input(crate::msg!("store-registry-missing", file = R::FILE)).hint(
                    crate::msg!("store-registry-missing-hint", header = R::HEADER.join(",")),
                ),
            );
        }
        let (doc, mut problems) = csvfile::read_lenient(&path, R::FILE, Encoding::Utf8Only)?;
        let older = &R::HEADER[..R::HEADER.len() - R::NEWER_COLUMNS];
        if R::NEWER_COLUMNS == 0
            || !doc
                .header
                .iter()
                .map(|s| s.as_str())
                .eq(older.iter().copied())
        {
            csvfile::check_header(&doc, R::HEADER, R::FILE)?;
        }
        let (records, row_problems) = parse_rows::<R>(&doc, R::FILE);
        problems.extend(row_problems);
        problems.sort_by_key(|p| line_of_problem(p));
        Ok((Registry { doc, records }, problems))
    }

    /// Reads a registry; any bad row is an error.
    pub fn load<R: Record>(&self) -> Result<Registry<R>> {
        let (reg, problems) = self.load_lenient::<R>()?;
        if problems.is_empty() {
            Ok(reg)
        } else {
            Err(Error::many(Kind::Input, problems).hint(crate::msg!("store-fix-the-file")))
        }
    }
}

/// The line number of a `display:line: message` problem (a stable sort key).
fn line_of_problem(p: &str) -> usize {
    p.split(':')
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Parses the rows of a document into records; problems are `display:line: msg`,
/// duplicate IDs included. Rows with the wrong number of fields are skipped: the
/// parser has listed them already.
pub fn parse_rows<R: Record>(doc: &CsvDoc, display: &str) -> (Vec<(usize, R)>, Vec<String>) {
    let mut records = Vec::with_capacity(doc.rows.len());
    let mut problems = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in doc.rows.iter().filter(|r| doc.fits(r)) {
        match R::from_fields(&row.fields) {
            Ok(r) => {
                if let Some(first) = seen.get(r.id()) {
                    let said = crate::msg!(
                        "store-duplicate-id",
                        what = R::WHAT,
                        id = r.id(),
                        first = *first
                    );
                    problems.push(format!("{display}:{}: {said}", row.line));
                } else {
                    seen.insert(r.id().to_string(), row.line);
                    records.push((row.line, r));
                }
            }
            Err(errs) => problems.extend(
                errs.into_iter()
                    .map(|e| format!("{display}:{}: {e}", row.line)),
            ),
        }
    }
    (records, problems)
}
