//! Tidy tables for the engines a county's data warehouse already runs (`lane export`):
//! typed columns under stable names, written as Parquet (arrow-rs) or CSV. What the
//! tables hold is `cmd::export`'s; here is only their shape and the two writers.
//!
//! A table is a [`Column`] list and rows of [`Cell`]s in that order. A writer takes
//! the rows of a table in batches (a village at a time, a chunk of case files at a
//! time), so a million cases never sit in memory at once.

pub mod csv;
pub mod parquet;

use std::path::Path;

use chrono::NaiveDate;

use crate::error::Result;
use crate::model::time::Time;

/// The type of a column, as the engines read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text.
    Text,
    /// A 64-bit signed integer (counts, ranks, sequence numbers).
    Int,
    Bool,
    /// A calendar day (Parquet `DATE`).
    Date,
    /// An instant, in milliseconds since the epoch, UTC (Parquet
    /// `TIMESTAMP(MILLIS, isAdjustedToUTC=true)`); CSV writes `2026-11-03T01:15:00Z`.
    Time,
}

impl Kind {
    /// The type's name in FORMAT.md and in the export's `columns.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Int => "int64",
            Kind::Bool => "bool",
            Kind::Date => "date",
            Kind::Time => "timestamp",
        }
    }
}

/// One column of a table: its stable name and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
}

/// `Column` in a table's list: `col("opened", Kind::Time)`.
pub const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

/// One value of a row; `Null` is an empty cell of any type.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    Bool(bool),
    Date(NaiveDate),
    Time(Time),
}

impl Cell {
    /// Text, or `Null` when it is empty: an optional field not given.
    pub fn text_or_null(s: &str) -> Cell {
        if s.is_empty() {
            Cell::Null
        } else {
            Cell::Text(s.to_string())
        }
    }
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }
    pub fn int(n: impl Into<i64>) -> Cell {
        Cell::Int(n.into())
    }
    /// Any optional value as a cell: `Null` for `None`.
    pub fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Cell) -> Cell {
        v.map_or(Cell::Null, f)
    }
    /// Whether the cell can stand in a column of `kind`.
    pub fn fits(&self, kind: Kind) -> bool {
        matches!(
            (self, kind),
            (Cell::Null, _)
                | (Cell::Text(_), Kind::Text)
                | (Cell::Int(_), Kind::Int)
                | (Cell::Bool(_), Kind::Bool)
                | (Cell::Date(_), Kind::Date)
                | (Cell::Time(_), Kind::Time)
        )
    }
}

/// Where the rows of one table go.
pub trait Writer {
    /// Appends rows, each with a cell per column in the table's order.
    fn write(&mut self, rows: &[Vec<Cell>]) -> Result<()>;
    /// Ends the file.
    fn finish(self: Box<Self>) -> Result<()>;
}

/// The file formats of `lane export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Parquet,
    Csv,
}

impl FileFormat {
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Parquet => "parquet",
            FileFormat::Csv => "csv",
        }
    }

    /// A writer of a table with `columns` into the new file `path`.
    pub fn create(self, path: &Path, columns: &'static [Column]) -> Result<Box<dyn Writer>> {
        Ok(match self {
            FileFormat::Parquet => Box::new(parquet::ParquetWriter::create(path, columns)?),
            FileFormat::Csv => Box::new(csv::CsvWriter::create(path, columns)?),
        })
    }
}

/// The error of a file that could not be written.
pub(crate) fn cannot_write(path: &Path, error: impl std::fmt::Display) -> crate::error::Error {
    crate::error::Error::refused(crate::msg!(
        "cmd-export-cannot-write",
        file = path.display().to_string(),
        error = error.to_string()
    ))
}
