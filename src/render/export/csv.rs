//! An export table as CSV: a header of the column names, then a line per row. Cells
//! are the values exactly (no spreadsheet escaping: this file is for engines, which
//! read `=` as a character), empty for null; times in UTC as `2026-11-03T01:15:00Z`,
//! days as `2026-11-03`, booleans as `true`/`false`.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use super::{cannot_write, Cell, Column, Writer};
use crate::error::Result;

pub struct CsvWriter {
    path: PathBuf,
    out: csv::Writer<BufWriter<File>>,
}

impl CsvWriter {
    pub fn create(path: &Path, columns: &'static [Column]) -> Result<CsvWriter> {
        let file = File::create(path).map_err(|e| cannot_write(path, e))?;
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(BufWriter::new(file));
        out.write_record(columns.iter().map(|c| c.name))
            .map_err(|e| cannot_write(path, e))?;
        Ok(CsvWriter {
            path: path.to_path_buf(),
            out,
        })
    }
}

/// A cell as the CSV file writes it.
pub fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Null => String::new(),
        Cell::Text(s) => s.clone(),
        Cell::Int(n) => n.to_string(),
        Cell::Bool(b) => b.to_string(),
        Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
        Cell::Time(t) => t
            .with_timezone(&chrono::Utc)
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string(),
    }
}

impl Writer for CsvWriter {
    fn write(&mut self, rows: &[Vec<Cell>]) -> Result<()> {
        for r in rows {
            self.out
                .write_record(r.iter().map(cell_text))
                .map_err(|e| cannot_write(&self.path, e))?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<()> {
        let path = self.path;
        let file = self
            .out
            .into_inner()
            .map_err(|e| cannot_write(&path, e.error()))?
            .into_inner()
            .map_err(|e| cannot_write(&path, e.error()))?;
        file.sync_all().map_err(|e| cannot_write(&path, e))
    }
}
