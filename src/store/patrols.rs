//! The patrol log: `patrols/YYYY-MM.csv`, append-only.

use std::fs;

use chrono::NaiveDate;

use super::atomic::Batch;
use super::csvfile::{self, CsvDoc, Edit, Encoding};
use super::Store;
use crate::error::{Error, Result};
use crate::model::patrol::{Patrol, HEADER};

pub const PATROLS_DIR: &str = "patrols";

/// The month a file `patrols/YYYY-MM.csv` holds, as its first day.
fn month_of(rel: &str) -> Option<NaiveDate> {
    let stem = rel.strip_prefix("patrols/")?.strip_suffix(".csv")?;
    crate::model::time::parse_date(&format!("{stem}-01")).ok()
}

/// A patrol row with where it came from.
#[derive(Debug, Clone)]
pub struct Located {
    pub rel: String,
    pub line: usize,
    pub patrol: Patrol,
}

impl Store {
    /// Every `patrols/*.csv`, relative to the data folder, sorted.
    pub fn patrol_files(&self) -> Result<Vec<String>> {
        let dir = self.path(PATROLS_DIR);
        super::atomic::inside(&self.root, &dir)?;
        let mut out = Vec::new();
        match fs::read_dir(&dir) {
            Ok(rd) => {
                for e in rd.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    // A link is never followed: `lane check` reports it.
                    if name.ends_with(".csv") && e.file_type().is_ok_and(|t| t.is_file()) {
                        out.push(format!("{PATROLS_DIR}/{name}"));
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io("cannot read", &dir, e)),
        }
        out.sort();
        Ok(out)
    }

    fn patrol_doc(&self, rel: &str) -> Result<CsvDoc> {
        let doc = csvfile::read(&self.path(rel), rel, Encoding::Utf8Only)?;
        csvfile::check_header(&doc, HEADER, rel)?;
        Ok(doc)
    }

    /// Reads every patrol row: those that parsed, and the problems as `path:line: msg`.
    pub fn load_patrols(&self) -> Result<(Vec<Located>, Vec<String>)> {
        self.load_patrol_files(self.patrol_files()?)
    }

    /// The months whose file has rows (more than its header), as their first day.
    pub fn patrol_months(&self) -> Result<Vec<NaiveDate>> {
        let header = csvfile::new_file(HEADER).len() as u64;
        Ok(self
            .patrol_files()?
            .iter()
            .filter(|rel| fs::metadata(self.path(rel)).is_ok_and(|m| m.len() > header + 2))
            .filter_map(|rel| month_of(rel))
            .collect())
    }

    /// Reads the rows of the monthly files that overlap `from..=to` (a file whose
    /// name is not a month is read too, so no row is missed); any problem is an
    /// error.
    pub fn patrols_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Located>> {
        let files: Vec<String> = self
            .patrol_files()?
            .into_iter()
            .filter(|rel| match month_of(rel) {
                Some(m) => m <= to && m + chrono::Months::new(1) > from,
                None => true,
            })
            .collect();
        let (rows, problems) = self.load_patrol_files(files)?;
        if problems.is_empty() {
            Ok(rows)
        } else {
            Err(Error::many(crate::error::Kind::Input, problems)
                .hint("fix the patrol log, then run `lane check`"))
        }
    }

    fn load_patrol_files(&self, files: Vec<String>) -> Result<(Vec<Located>, Vec<String>)> {
        let mut rows = Vec::new();
        let mut problems = Vec::new();
        for rel in files {
            let doc = match self.patrol_doc(&rel) {
                Ok(d) => d,
                Err(e) => {
                    problems.extend(super::scan::with_advice(e));
                    continue;
                }
            };
            for row in &doc.rows {
                match Patrol::from_fields(&row.fields) {
                    Ok(p) => {
                        if Patrol::file_for(p.date) != rel {
                            problems.push(format!(
                                "{rel}:{}: the row of {} belongs in {}",
                                row.line,
                                p.date,
                                Patrol::file_for(p.date)
                            ));
                        }
                        rows.push(Located {
                            rel: rel.clone(),
                            line: row.line,
                            patrol: p,
                        });
                    }
                    Err(errs) => problems
                        .extend(errs.into_iter().map(|e| format!("{rel}:{}: {e}", row.line))),
                }
            }
        }
        Ok((rows, problems))
    }

    /// Reads every patrol row; any problem is an error.
    pub fn patrols(&self) -> Result<Vec<Located>> {
        let (rows, problems) = self.load_patrols()?;
        if problems.is_empty() {
            Ok(rows)
        } else {
            Err(Error::many(crate::error::Kind::Input, problems)
                .hint("fix the patrol log, then run `lane check`"))
        }
    }

    /// Adds a row to its monthly file in a batch; the file's bytes only grow.
    pub fn put_patrol(&self, batch: &mut Batch, p: &Patrol) -> Result<String> {
        let rel = Patrol::file_for(p.date);
        let bytes = if self.path(&rel).is_file() {
            let doc = self.patrol_doc(&rel)?;
            csvfile::rewrite(&doc, |_| Edit::Keep, &[p.to_fields()])
        } else {
            let mut b = csvfile::new_file(HEADER);
            b.extend_from_slice(csvfile::encode_row(&p.to_fields(), false).as_bytes());
            b
        };
        batch.put(self.path(&rel), bytes);
        Ok(rel)
    }
}
