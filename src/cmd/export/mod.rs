//! `lane export` and `lane town export`: every record of a village (or of every
//! village of a town) as tidy tables that a data warehouse reads as they are, one
//! file per table in `-o DIR`, Parquet or CSV. Each table starts with the village's
//! code, so the tables of many villages are one table. FORMAT.md ("Export tables")
//! lists every column and its type.
//!
//! A table is one entry of [`TABLES`]: its name, its columns and where its rows come
//! from ([`Source::Village`] for a village's files other than its cases, read once;
//! [`Source::Cases`] for tables with rows from the case files, read a chunk at a time).
//! A new kind of record (mediations, meetings, ...) is one module with its
//! `COLUMNS` and rows function, one line here, and its section in FORMAT.md.

mod cases;
mod logs;
mod registries;
mod target;

use std::path::Path;

use rayon::prelude::*;

use super::Ctx;
use crate::cli::{Cli, ExportArgs};
use crate::error::{Error, Result};
use crate::model::case::Case;
use crate::model::time::Time;
use crate::render::export::{Cell, Column, Writer};
use crate::store::Store;
use target::Target;

pub use target::take_globals;

/// The rows of a table from one village, and the problems of the files they come
/// from (`path:line: message`).
pub type Rows = (Vec<Vec<Cell>>, Vec<String>);

/// Where a table's rows come from.
#[derive(Clone, Copy)]
pub enum Source {
    /// A village's files other than its cases.
    Village(fn(&Input) -> Result<Rows>),
    /// The case files; `cases` and `events` are the two sides of one read.
    Cases(CaseSide),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CaseSide {
    Cases,
    Events,
}

/// One table of the export.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
    pub source: Source,
}

/// Every table, in the order they are written (and listed in `columns.csv`).
pub const TABLES: &[Table] = &[
    table(
        "villages",
        registries::VILLAGES,
        Source::Village(registries::villages),
    ),
    table(
        "levels",
        registries::LEVELS,
        Source::Village(registries::levels),
    ),
    table(
        "categories",
        registries::CATEGORIES,
        Source::Village(registries::categories),
    ),
    table(
        "alleys",
        registries::ALLEYS,
        Source::Village(registries::alleys),
    ),
    table(
        "leaders",
        registries::LEADERS,
        Source::Village(registries::leaders),
    ),
    table(
        "households",
        registries::HOUSEHOLDS,
        Source::Village(registries::households),
    ),
    table("cases", cases::CASES, Source::Cases(CaseSide::Cases)),
    table("events", cases::EVENTS, Source::Cases(CaseSide::Events)),
    table("patrols", logs::PATROLS, Source::Village(logs::patrols)),
    table("stars", logs::STARS, Source::Village(logs::stars)),
];

const fn table(name: &'static str, columns: &'static [Column], source: Source) -> Table {
    Table {
        name,
        columns,
        source,
    }
}

/// What the rows of one village are made from.
pub struct Input<'a> {
    pub store: &'a Store,
    /// The village's code, the first cell of every row.
    pub code: &'a str,
    /// The time of the export: `overdue` is as of then.
    pub now: Time,
}

/// Case files read at a time: memory stays flat at a million cases.
const CHUNK: usize = 16 * 1024;

/// The tables being written, with their row counts.
struct Out {
    writers: Vec<Box<dyn Writer>>,
    counts: Vec<u64>,
    /// Problems of the files read, each `path:line: message`.
    problems: Vec<String>,
}

impl Out {
    fn write(&mut self, i: usize, rows: &[Vec<Cell>]) -> Result<()> {
        debug_assert!(rows.iter().all(|r| r.len() == TABLES[i].columns.len()
            && r.iter().zip(TABLES[i].columns).all(|(c, k)| c.fits(k.kind))));
        self.counts[i] += rows.len() as u64;
        self.writers[i].write(rows)
    }

    fn position(side: CaseSide) -> usize {
        TABLES
            .iter()
            .position(|t| matches!(t.source, Source::Cases(s) if s == side))
            .expect("both sides are tables")
    }

    /// The village's tables; `prefix` goes before the paths of its problems.
    fn village(&mut self, from: &Input, prefix: &str) -> Result<()> {
        for (i, t) in TABLES.iter().enumerate() {
            if let Source::Village(rows) = t.source {
                let (rows, problems) = rows(from)?;
                self.problems
                    .extend(problems.into_iter().map(|p| format!("{prefix}{p}")));
                self.write(i, &rows)?;
            }
        }
        self.cases(from, prefix)
    }

    /// The case files, a chunk at a time, read and turned into rows in parallel.
    fn cases(&mut self, from: &Input, prefix: &str) -> Result<()> {
        let (ci, ei) = (
            Out::position(CaseSide::Cases),
            Out::position(CaseSide::Events),
        );
        let files = from.store.case_files()?;
        for chunk in files.chunks(CHUNK) {
            type Made = std::result::Result<(Vec<Cell>, Vec<Vec<Cell>>, Option<String>), String>;
            let made: Vec<Made> = chunk
                .par_iter()
                .map(|rel| {
                    let case: Case = from.store.read_case_file(rel)?.case;
                    let (row, events, valid) = cases::rows(from, &case);
                    let bad =
                        (!valid).then(|| crate::msg!("cmd-export-impossible", file = rel.as_str()));
                    Ok((row, events, bad))
                })
                .collect();
            let mut case_rows = Vec::with_capacity(made.len());
            let mut event_rows = Vec::with_capacity(made.len() * 5);
            for m in made {
                match m {
                    Ok((row, events, bad)) => {
                        case_rows.push(row);
                        event_rows.extend(events);
                        self.problems.extend(bad.map(|b| format!("{prefix}{b}")));
                    }
                    Err(p) => self.problems.push(format!("{prefix}{p}")),
                }
            }
            self.write(ci, &case_rows)?;
            self.write(ei, &event_rows)?;
        }
        Ok(())
    }
}

/// Writes every table of `villages` (each a store and its code) to `target`.
fn export(target: &Target, villages: &[(String, &Store)], now: Time) -> Result<()> {
    let staging = target.stage()?;
    let format = target.format;
    let mut out = Out {
        writers: Vec::with_capacity(TABLES.len()),
        counts: vec![0; TABLES.len()],
        problems: Vec::new(),
    };
    for t in TABLES {
        let file = staging
            .path()
            .join(format!("{}.{}", t.name, format.extension()));
        out.writers.push(format.create(&file, t.columns)?);
    }
    for (code, store) in villages {
        let from = Input { store, code, now };
        let prefix = if villages.len() > 1 {
            format!("{}/", store.root.display())
        } else {
            String::new()
        };
        out.village(&from, &prefix)?;
    }
    for w in std::mem::take(&mut out.writers) {
        w.finish()?;
    }
    target::columns_file(staging.path())?;
    target.commit(staging)?;
    done(target, &out, villages.len())
}

/// Says what was written; the problems of the files read make it incomplete.
fn done(target: &Target, out: &Out, villages: usize) -> Result<()> {
    let counts: Vec<String> = TABLES
        .iter()
        .zip(&out.counts)
        .map(|(t, n)| format!("{} {n}", t.name))
        .collect();
    super::say(&crate::msg!(
        "cmd-export-done",
        tables = TABLES.len(),
        villages = villages,
        format = target.format.extension(),
        dir = target.dir.display().to_string(),
        counts = counts.join(", ")
    ));
    if out.problems.is_empty() {
        return Ok(());
    }
    for p in &out.problems {
        crate::error::warn(p);
    }
    Err(
        Error::refused(crate::msg!("cmd-export-incomplete", n = out.problems.len()))
            .hint(crate::msg!("cmd-export-incomplete-hint")),
    )
}

/// `lane export`: the village's tables.
pub fn run(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    let target = Target::of(a)?;
    let store = ctx.store()?;
    target.outside(&[&store.root])?;
    let code = store.config.village.code.clone();
    export(&target, &[(code, &store)], store.now)
}

/// `lane town export`: the tables of every village of the town, one file each.
pub fn town(root: &Path, a: &ExportArgs) -> Result<()> {
    let target = Target::of(a)?;
    let mut town = crate::store::town::Town::open_valid(root)?;
    let of = town.file.villages.len();
    let (stores, left) = super::town_report::open_all(&mut town);
    let roots: Vec<&Path> = stores.iter().map(|s| s.root.as_path()).collect();
    target.outside(&roots)?;
    for w in &left {
        crate::error::warn(&w.message);
    }
    let villages: Vec<(String, &Store)> = town
        .file
        .villages
        .iter()
        .zip(&stores)
        .map(|(v, s)| (v.code.clone(), s))
        .collect();
    let words = stores
        .first()
        .map(|s| s.config.offset())
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(8 * 3600).expect("an offset"));
    let now = crate::store::now(words)?;
    let exported = export(&target, &villages, now);
    exported.and(super::town_report::left_out(&left, of))
}

/// Whether the command is one of the exports, for the globals it takes.
pub fn args_of(cli: &mut Cli) -> Option<&mut ExportArgs> {
    match &mut cli.command {
        crate::cli::Command::Export(a) => Some(a),
        crate::cli::Command::Town(t) => match &mut t.cmd {
            crate::cli::TownCmd::Export(a) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::TABLES;

    /// FORMAT.md's "Export tables": `### 10.N \`table\`` and `| column | type | ...`
    /// rows, in order.
    fn documented() -> Vec<(String, Vec<(String, String)>)> {
        let text = include_str!("../../../FORMAT.md");
        let section = text
            .split("## 10. Export tables")
            .nth(1)
            .expect("the section");
        let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for line in section.lines() {
            if let Some(h) = line.strip_prefix("### ") {
                if let Some(name) = h.split('`').nth(1) {
                    out.push((name.to_string(), Vec::new()));
                }
            } else if let (Some(t), Some(cells)) = (out.last_mut(), line.strip_prefix("| ")) {
                let cells: Vec<&str> = cells.split(" | ").collect();
                if cells.len() >= 3 && cells[0] != "column" && !cells[0].starts_with("---") {
                    t.1.push((cells[0].to_string(), cells[1].to_string()));
                }
            }
        }
        out
    }

    #[test]
    fn format_md_lists_every_table_and_column_with_its_type() {
        let code: Vec<(String, Vec<(String, String)>)> = TABLES
            .iter()
            .map(|t| {
                let cols = t.columns.iter();
                let cols = cols.map(|c| (c.name.to_string(), c.kind.name().to_string()));
                (t.name.to_string(), cols.collect())
            })
            .collect();
        assert_eq!(documented(), code);
    }

    #[test]
    fn every_table_starts_with_the_village_and_names_its_columns_once() {
        for t in TABLES {
            assert_eq!(t.columns[0].name, "village", "{}", t.name);
            for (i, c) in t.columns.iter().enumerate() {
                assert!(c.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
                assert!(
                    !t.columns[..i].iter().any(|d| d.name == c.name),
                    "{}",
                    c.name
                );
            }
        }
    }
}
