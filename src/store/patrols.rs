//! The patrol log: `patrols/YYYY-MM.csv`. New rows are appended with an ID from this
//! clone's station; a row is corrected or removed by its ID. Files of format 1 (no
//! `id` column) are read, and upgraded when written or by [`migrate_v2`].

use std::fs;

use chrono::NaiveDate;

use super::atomic::Batch;
use super::csvfile::{self, CsvDoc, Edit, Encoding};
use super::ioerr::Op;
use super::Store;
use crate::error::{Error, Result};
use crate::model::patrol::{Patrol, PatrolId, HEADER, HEADER_V1};

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
            Err(e) => return Err(Op::Read.fail(&dir, e)),
        }
        out.sort();
        Ok(out)
    }

    fn patrol_doc(&self, rel: &str) -> Result<CsvDoc> {
        let doc = csvfile::read(&self.path(rel), rel, Encoding::Utf8Only)?;
        if csvfile::check_header(&doc, HEADER_V1, rel).is_err() {
            csvfile::check_header(&doc, HEADER, rel)?;
        }
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
                .hint(crate::msg!("store-fix-patrol-log")))
        }
    }

    fn load_patrol_files(&self, files: Vec<String>) -> Result<(Vec<Located>, Vec<String>)> {
        let mut rows = Vec::new();
        let mut problems = Vec::new();
        for rel in files {
            let doc = match self.patrol_doc(&rel) {
                Ok(d) => d,
                Err(e) => {
                    problems.extend(e.problems_with_advice());
                    continue;
                }
            };
            let mut seen = std::collections::HashMap::new();
            for row in &doc.rows {
                match Patrol::from_row(&row.fields, &doc.header) {
                    Ok(p) => {
                        if let Some(id) = &p.id {
                            if let Some(first) = seen.insert(id.clone(), row.line) {
                                let said = crate::msg!(
                                    "store-patrol-id-twice",
                                    id = id.to_string(),
                                    first = first
                                );
                                problems.push(format!("{rel}:{}: {said}", row.line));
                            }
                        }
                        if Patrol::file_for(p.date) != rel {
                            let said = crate::msg!(
                                "store-patrol-wrong-file",
                                date = p.date.to_string(),
                                file = Patrol::file_for(p.date)
                            );
                            problems.push(format!("{rel}:{}: {said}", row.line));
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
                .hint(crate::msg!("store-fix-patrol-log")))
        }
    }

    /// Adds a row to its monthly file in a batch, with the next ID of `station`
    /// (see [`next_seq`]); the file's other rows stay byte for byte (a format-1
    /// file gets its IDs first, as [`migrate_v2`] gives them). Returns the file and
    /// the row's ID.
    pub fn put_patrol(
        &self,
        batch: &mut Batch,
        p: &Patrol,
        station: &str,
    ) -> Result<(String, PatrolId)> {
        let rel = Patrol::file_for(p.date);
        let mut p = p.clone();
        let bytes = if self.path(&rel).is_file() {
            let doc = upgraded(self.patrol_doc(&rel)?, &rel)?;
            let seq = self.next_seq(&doc.rows, p.date, station);
            p.id = Some(PatrolId::new(p.date, station, seq));
            csvfile::rewrite(&doc, |_| Edit::Keep, &[p.to_fields()])
        } else {
            let mut b = csvfile::new_file(HEADER);
            let seq = self.next_seq(&[], p.date, station);
            p.id = Some(PatrolId::new(p.date, station, seq));
            b.extend_from_slice(csvfile::encode_row(&p.to_fields(), false).as_bytes());
            b
        };
        let id = p.id.clone().expect("set above");
        self.set_next_patrol_seq(&id);
        batch.put(self.path(&rel), bytes);
        Ok((rel, id))
    }

    fn patrol_seq_file(&self, date: NaiveDate, station: &str) -> std::path::PathBuf {
        self.path(&format!(
            ".lane/patrol-next-{}-{station}",
            date.format("%Y-%m")
        ))
    }

    /// The next number of `station` in the month of `date`: after every number of
    /// the station in the month's file (which a write reads anyway), and not below
    /// the hint in `.lane/`, so a number removed is not handed out again.
    fn next_seq(&self, rows: &[csvfile::Row], date: NaiveDate, station: &str) -> u32 {
        let hint = fs::read_to_string(self.patrol_seq_file(date, station))
            .ok()
            .and_then(|s| s.trim().parse::<u32>().ok())
            .unwrap_or(1);
        let max = rows
            .iter()
            .filter_map(|r| r.fields.first())
            .filter_map(|f| PatrolId::parse(f).ok())
            .filter(|i| i.station == station)
            .map(|i| i.seq)
            .max()
            .unwrap_or(0);
        hint.max(max + 1).max(1)
    }

    fn set_next_patrol_seq(&self, id: &PatrolId) {
        let date = NaiveDate::from_ymd_opt(id.year, id.month, 1).expect("a month");
        let _ = fs::create_dir_all(self.path(".lane"));
        let _ = fs::write(
            self.patrol_seq_file(date, &id.station),
            format!("{}\n", id.seq + 1),
        );
    }

    /// The row with this ID: its file's document and the row's index in it.
    pub fn find_patrol(&self, id: &PatrolId) -> Result<(CsvDoc, usize)> {
        let rel = id.file();
        let missing = || {
            Error::input(crate::msg!(
                "store-no-patrol-row",
                id = id.to_string(),
                file = rel.as_str()
            ))
            .hint(crate::msg!(
                "store-no-patrol-row-hint",
                month = format!("{:04}-{:02}", id.year, id.month)
            ))
        };
        if !self.path(&rel).is_file() {
            return Err(missing());
        }
        let doc = self.patrol_doc(&rel)?;
        let want = id.to_string();
        let found: Vec<usize> = (0..doc.rows.len())
            .filter(|&i| doc.header[0] == "id" && doc.rows[i].fields.first() == Some(&want))
            .collect();
        match found.as_slice() {
            [i] => Ok((doc, *i)),
            [] => Err(missing()),
            _ => Err(Error::refused(format!(
                "{rel}: {}",
                crate::msg!("store-patrol-id-rows", id = id.to_string(), n = found.len())
            ))
            .hint(crate::msg!("store-patrol-id-rows-hint"))),
        }
    }

    /// Replaces the row with `p.id` (its date must stay in the month), or removes
    /// it when `p` is `None`, in a batch. Returns the file.
    pub fn replace_patrol(
        &self,
        batch: &mut Batch,
        id: &PatrolId,
        p: Option<&Patrol>,
    ) -> Result<String> {
        let (doc, at) = self.find_patrol(id)?;
        let line = doc.rows[at].line;
        let fields = p.map(|p| p.to_fields());
        let bytes = csvfile::rewrite(
            &doc,
            |r| match (&fields, r.line == line) {
                (_, false) => Edit::Keep,
                (Some(f), true) => Edit::Replace(f.clone()),
                (None, true) => Edit::Remove,
            },
            &[],
        );
        batch.put(self.path(&id.file()), bytes);
        Ok(id.file())
    }
}

/// A format-1 document as format 2: the `id` column first, each row numbered by
/// its place in the file with the village's own station (`2026-11-0001` for the
/// first row of `patrols/2026-11.csv`). Deterministic, so two clones that migrate
/// the same file give the same IDs. A format-2 document is returned as it is.
pub fn upgraded(doc: CsvDoc, rel: &str) -> Result<CsvDoc> {
    if doc.header.first().is_some_and(|h| h == "id") {
        return Ok(doc);
    }
    let month = month_of(rel)
        .ok_or_else(|| Error::input(format!("{rel}: {}", crate::msg!("store-patrol-file-name"))))?;
    let eol = if doc.crlf { "\r\n" } else { "\n" };
    let mut text = csvfile::encode_row(
        &HEADER.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        doc.crlf,
    );
    for (i, row) in doc.rows.iter().enumerate() {
        let id = PatrolId::new(month, "", i as u32 + 1).to_string();
        let fields: Vec<String> = std::iter::once(id)
            .chain(row.fields.iter().cloned())
            .collect();
        if !text.ends_with('\n') {
            text.push_str(eol);
        }
        text.push_str(&csvfile::encode_row(&fields, doc.crlf));
    }
    csvfile::parse(text, doc.bom, rel)
}

/// The format-2 upgrade of the patrol logs: every file of format 1 gets its `id`
/// column (see [`upgraded`]), and `.gitattributes` names lane's record merge for
/// `patrols/*.csv` instead of git's line union. Returns how many rows got an ID,
/// plus one when `.gitattributes` was rewritten.
pub fn migrate_v2(tx: &mut crate::store::change::Tx) -> Result<usize> {
    let mut changed = 0;
    let attrs = fs::read_to_string(tx.path(".gitattributes")).unwrap_or_default();
    let union = |l: &str| l.trim() == "patrols/*.csv merge=union";
    if attrs.lines().any(union) || !attrs.contains("merge=lane-patrol") {
        let kept: String = attrs
            .lines()
            .filter(|l| !union(l) && !l.starts_with("# Append-only logs"))
            .map(|l| format!("{l}\n"))
            .collect();
        tx.put(
            ".gitattributes",
            format!("{}{kept}", super::folder::GITATTRIBUTES).into_bytes(),
        );
        changed += 1;
    }
    for rel in tx.patrol_files()? {
        let doc = tx.patrol_doc(&rel)?;
        if doc.header.first().is_some_and(|h| h == "id") {
            continue;
        }
        changed += doc.rows.len();
        let new = upgraded(doc, &rel)?;
        let bytes = csvfile::rewrite(&new, |_| Edit::Keep, &[]);
        tx.put(&rel, bytes);
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::Config;

    const V1: &str = "date,leader,alley,kind,household,ticket,note\n";

    #[test]
    fn migrate_v2_numbers_format_1_rows_and_rewrites_gitattributes() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("v");
        super::super::folder::create(&dir, &Config::new("N", "NJ")).unwrap();
        // A format-1 folder: the union attribute, two logs of format 1 (one CRLF),
        // and one already of format 2.
        fs::write(
            dir.join(".gitattributes"),
            "# Append-only logs: parallel clones merge by keeping both sides' rows.\npatrols/*.csv merge=union\n*.png binary\n",
        )
        .unwrap();
        let rows = "2026-11-03,L01,A01,inspection,,,a\n2026-11-03,L01,A01,inspection,,,a\n";
        fs::write(dir.join("patrols/2026-11.csv"), format!("{V1}{rows}")).unwrap();
        let crlf = format!("{V1}2026-10-01,L01,A01,feedback,,,\"x,y\"\n").replace('\n', "\r\n");
        fs::write(dir.join("patrols/2026-10.csv"), crlf).unwrap();
        let v2 = "id,date,leader,alley,kind,household,ticket,note\n2026-09-T0001,2026-09-01,L01,A01,inspection,,,\n";
        fs::write(dir.join("patrols/2026-09.csv"), v2).unwrap();
        let store = Store::open(&dir).unwrap();
        let n = store.change(migrate_v2).unwrap();
        assert_eq!(n, 4, "three rows and .gitattributes");
        let read = |rel: &str| fs::read_to_string(dir.join(rel)).unwrap();
        assert_eq!(
            read("patrols/2026-11.csv"),
            "id,date,leader,alley,kind,household,ticket,note\n2026-11-0001,2026-11-03,L01,A01,inspection,,,a\n2026-11-0002,2026-11-03,L01,A01,inspection,,,a\n"
        );
        assert_eq!(
            read("patrols/2026-10.csv"),
            "id,date,leader,alley,kind,household,ticket,note\r\n2026-10-0001,2026-10-01,L01,A01,feedback,,,\"x,y\"\r\n"
        );
        assert_eq!(read("patrols/2026-09.csv"), v2);
        assert_eq!(
            read(".gitattributes"),
            format!("{}*.png binary\n", super::super::folder::GITATTRIBUTES)
        );
        // Run again: nothing left to do.
        assert_eq!(store.change(migrate_v2).unwrap(), 0);
        let (rows, problems) = store.load_patrols().unwrap();
        assert_eq!((rows.len(), problems.len()), (4, 0));
    }
}
