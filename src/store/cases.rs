//! Case files on disk: where they live, reading them (in parallel), allocating IDs,
//! and appending events.

use std::fs;
use std::path::PathBuf;

use rayon::prelude::*;

use super::atomic::Batch;
use super::ioerr::Op;
use super::{casefile, Store};
use crate::error::{Error, Result};
use crate::model::case::{Case, Event};
use crate::model::ids::CaseId;

pub const CASES_DIR: &str = "tickets";

/// A case file that parsed.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The path relative to the data folder, e.g. `tickets/2026/NJ-2026-0042.toml`.
    pub rel: String,
    pub case: Case,
}

impl Store {
    pub fn case_rel(id: &CaseId) -> String {
        format!("{CASES_DIR}/{}/{id}.toml", id.year)
    }

    /// Whether the case `id` has its file in the folder.
    pub fn has_case(&self, id: &CaseId) -> bool {
        self.path(&Self::case_rel(id)).is_file()
    }

    /// Every `tickets/<YEAR>/*.toml`, as paths relative to the data folder, sorted.
    pub fn case_files(&self) -> Result<Vec<String>> {
        let dir = self.path(CASES_DIR);
        super::atomic::inside(&self.root, &dir)?;
        let mut out = Vec::new();
        let years = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(Op::Read.fail(&dir, e)),
        };
        for year in years.flatten() {
            // A link is never followed: `lane check` reports it.
            if !year.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            let yname = year.file_name().to_string_lossy().into_owned();
            let rd = fs::read_dir(year.path()).map_err(|e| Op::Read.fail(&year.path(), e))?;
            for f in rd.flatten() {
                let name = f.file_name().to_string_lossy().into_owned();
                if name.ends_with(".toml") && f.file_type().is_ok_and(|t| t.is_file()) {
                    out.push(format!("{CASES_DIR}/{yname}/{name}"));
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// The line of `key = ...` in the case file at `rel`, read again, for a message
    /// about that fact; 1 when the file or the key cannot be found.
    pub fn line_of_key(&self, rel: &str, key: &str) -> usize {
        fs::read_to_string(self.path(rel))
            .ok()
            .and_then(|s| {
                s.lines()
                    .position(|x| x.starts_with(&format!("{key} =")))
                    .map(|i| i + 1)
            })
            .unwrap_or(1)
    }

    /// Reads and parses one case file; the error is `rel:line: message`.
    pub fn read_case_file(&self, rel: &str) -> std::result::Result<Loaded, String> {
        let text = fs::read(self.path(rel)).map_err(|e| {
            let said = crate::msg!("store-case-cannot-read", error = e.to_string());
            format!("{rel}: {said}")
        })?;
        let text = String::from_utf8(text)
            .map_err(|_| format!("{rel}: {}", crate::msg!("store-case-not-utf8")))?;
        let case = casefile::parse(&text).map_err(|(line, msg)| format!("{rel}:{line}: {msg}"))?;
        Ok(Loaded {
            rel: rel.to_string(),
            case,
        })
    }

    /// Reads every case file in parallel: the cases that parsed, and the problems.
    pub fn load_cases(&self) -> Result<(Vec<Loaded>, Vec<String>)> {
        let files = self.case_files()?;
        let results: Vec<_> = files
            .par_iter()
            .map(|rel| self.read_case_file(rel))
            .collect();
        let mut ok = Vec::with_capacity(results.len());
        let mut problems = Vec::new();
        for r in results {
            match r {
                Ok(l) => ok.push(l),
                Err(p) => problems.push(p),
            }
        }
        Ok((ok, problems))
    }

    /// Reads one case by ID; a file that does not parse is an error naming it.
    pub fn load_case(&self, id: &CaseId) -> Result<Loaded> {
        let rel = Self::case_rel(id);
        super::atomic::inside(&self.root, &self.path(&rel))?;
        if !self.path(&rel).is_file() {
            return Err(Error::input(crate::msg!(
                "store-no-case",
                id = id.to_string(),
                file = rel.as_str()
            ))
            .hint(crate::msg!("store-list-shows-cases")));
        }
        self.read_case_file(&rel)
            .map_err(|p| Error::input(p).hint(crate::msg!("store-fix-case-file")))
    }

    /// The year folders under `tickets/`, newest first.
    fn case_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = fs::read_dir(self.path(CASES_DIR))
            .map(|rd| {
                rd.flatten()
                    .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
                    .filter(|y: &i32| (1000..10000).contains(y))
                    .collect()
            })
            .unwrap_or_default();
        years.sort_unstable_by(|a, b| b.cmp(a));
        years
    }

    /// Turns what a person typed into a case ID: a full ID, or a short form such as
    /// `42`, `T7` or `2025-42` that matches exactly one case file. Short forms probe
    /// the one possible file per year, so the cost does not grow with the cases.
    pub fn resolve_case_id(&self, input: &str) -> Result<CaseId> {
        self.find_case_id(input)?.ok_or_else(|| {
            Error::input(crate::msg!("store-no-case-matching", input = input))
                .hint(crate::msg!("store-list-shows-cases"))
        })
    }

    /// [`Store::resolve_case_id`] with "no case matches" as `None` rather than an
    /// error, for a caller that words it itself; not an ID and several matches are
    /// still errors.
    pub fn find_case_id(&self, input: &str) -> Result<Option<CaseId>> {
        if let Ok(id) = CaseId::parse(input) {
            return Ok(Some(id));
        }
        let (year, rest) = match input.split_once('-') {
            Some((y, r)) if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => {
                (y.parse::<i32>().ok(), r)
            }
            _ => (None, input),
        };
        let split = rest.find(|c: char| c.is_ascii_digit());
        let (station, digits) = match split {
            Some(i) => rest.split_at(i),
            None => ("", ""),
        };
        let seq: Option<u32> = digits
            .parse()
            .ok()
            .filter(|_| !digits.is_empty() && digits.len() <= 9);
        let Some(seq) =
            seq.filter(|_| station.chars().all(|c| c.is_ascii_uppercase()) && station.len() <= 3)
        else {
            return Err(Error::input(crate::msg!(
                "store-not-a-case-id",
                input = input
            )));
        };
        let years = match year {
            Some(y) => vec![y],
            None => self.case_years(),
        };
        let mut found = Vec::new();
        for year in years {
            let id = CaseId {
                code: self.config.village.code.clone(),
                year,
                station: station.to_string(),
                seq,
            };
            // A link is not a case file (lane follows none).
            let meta = fs::symlink_metadata(self.path(&Self::case_rel(&id)));
            if meta.is_ok_and(|m| m.is_file()) {
                found.push(id);
            }
        }
        match found.len() {
            1 => Ok(Some(found.remove(0))),
            0 => Ok(None),
            _ => Err(Error::input(crate::msg!(
                "store-case-id-ambiguous",
                input = input,
                ids = found
                    .iter()
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(&crate::msg!("store-file-separator"))
            ))),
        }
    }

    fn seq_file(&self, year: i32, station: &str) -> PathBuf {
        self.path(&format!(".lane/next-{year}-{station}"))
    }

    /// The next free ID for `year` at this clone's station. Call under the lock.
    /// A hint in `.lane/` remembers the next number; it is checked against the
    /// files (a taken number is skipped), and without it the year's folder is
    /// scanned once. The cost does not grow with the number of cases.
    pub fn next_case_id(&self, year: i32, station: &str) -> Result<CaseId> {
        let code = &self.config.village.code;
        let hint = fs::read_to_string(self.seq_file(year, station))
            .ok()
            .and_then(|s| s.trim().parse::<u32>().ok());
        let mut seq = match hint {
            Some(n) => n.max(1),
            None => self.scan_max_seq(year, station) + 1,
        };
        loop {
            let id = CaseId {
                code: code.clone(),
                year,
                station: station.to_string(),
                seq,
            };
            // Anything at the path, a link included, takes the number.
            if fs::symlink_metadata(self.path(&Self::case_rel(&id))).is_err() {
                return Ok(id);
            }
            seq += 1;
        }
    }

    /// Remembers the number after `id` as the next one to hand out.
    pub fn set_next_seq(&self, id: &CaseId) {
        let path = self.seq_file(id.year, &id.station);
        let _ = fs::create_dir_all(self.path(".lane"));
        let _ = fs::write(path, format!("{}\n", id.seq + 1));
    }

    fn scan_max_seq(&self, year: i32, station: &str) -> u32 {
        let dir = self.path(&format!("{CASES_DIR}/{year}"));
        let prefix = format!("{}-{year}-{station}", self.config.village.code);
        let mut max = 0;
        if let Ok(rd) = fs::read_dir(&dir) {
            for e in rd.flatten() {
                let name = e.file_name();
                let name = name.to_string_lossy();
                if let Some(num) = name
                    .strip_prefix(&prefix)
                    .and_then(|r| r.strip_suffix(".toml"))
                {
                    if !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()) {
                        max = max.max(num.parse::<u32>().unwrap_or(0));
                    }
                }
            }
        }
        max
    }

    /// Adds a new case file to a batch.
    pub fn stage_new_case(&self, batch: &mut Batch, t: &Case) -> String {
        let rel = Self::case_rel(&t.id);
        batch.put(self.path(&rel), casefile::render(t).into_bytes());
        rel
    }

    /// Adds a case file with events appended to a batch; the existing bytes stay.
    pub fn put_events(&self, batch: &mut Batch, rel: &str, events: &[Event]) -> Result<()> {
        let path: PathBuf = self.path(rel);
        let mut bytes = fs::read(&path).map_err(|e| Op::Read.fail(&path, e))?;
        // A file with CRLF line ends (a Windows clone's checkout) keeps them.
        let eol = casefile::line_end(&bytes);
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.extend_from_slice(eol.as_bytes());
        }
        for ev in events {
            let text = casefile::render_event(ev);
            bytes.extend_from_slice(text.replace('\n', eol).as_bytes());
        }
        batch.put(path, bytes);
        Ok(())
    }
}
