//! An export table as a Parquet file, through arrow-rs: each batch of rows becomes
//! an Arrow record batch of typed columns, compressed with Snappy. Instants are
//! `TIMESTAMP(MILLIS)` adjusted to UTC, days `DATE`, counts `INT64`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Int64Builder, StringBuilder, TimestampMillisecondBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::{cannot_write, Cell, Column, Kind, Writer};
use crate::error::Result;

/// Rows per row group: large enough for engines to skip by statistics, small
/// enough that a million cases are written in flat memory.
const ROW_GROUP: usize = 128 * 1024;

pub struct ParquetWriter {
    path: PathBuf,
    columns: &'static [Column],
    schema: SchemaRef,
    out: ArrowWriter<File>,
}

/// The Arrow type of a column of `kind`.
pub fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::Text => DataType::Utf8,
        Kind::Int => DataType::Int64,
        Kind::Bool => DataType::Boolean,
        Kind::Date => DataType::Date32,
        Kind::Time => DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into())),
    }
}

/// The Arrow schema of a table: every column nullable.
pub fn schema(columns: &[Column]) -> SchemaRef {
    Arc::new(Schema::new(
        columns
            .iter()
            .map(|c| Field::new(c.name, data_type(c.kind), true))
            .collect::<Vec<_>>(),
    ))
}

impl ParquetWriter {
    pub fn create(path: &Path, columns: &'static [Column]) -> Result<ParquetWriter> {
        let file = File::create(path).map_err(|e| cannot_write(path, e))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .set_created_by(format!("lane {}", env!("CARGO_PKG_VERSION")))
            .build();
        let schema = schema(columns);
        let out = ArrowWriter::try_new(file, schema.clone(), Some(props))
            .map_err(|e| cannot_write(path, e))?;
        Ok(ParquetWriter {
            path: path.to_path_buf(),
            columns,
            schema,
            out,
        })
    }
}

/// Days since 1970-01-01, as Parquet's `DATE` counts them.
fn days(d: &NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a date");
    (*d - epoch).num_days() as i32
}

/// Column `i` of `rows` as an Arrow array of `kind`. A cell of another type than
/// its column's is a bug of the table that made it: it is written as null.
fn array(rows: &[Vec<Cell>], i: usize, kind: Kind) -> ArrayRef {
    let cells = rows.iter().map(|r| r.get(i).unwrap_or(&Cell::Null));
    match kind {
        Kind::Text => {
            let mut b = StringBuilder::new();
            cells.for_each(|c| match c {
                Cell::Text(s) => b.append_value(s),
                _ => b.append_null(),
            });
            Arc::new(b.finish())
        }
        Kind::Int => {
            let mut b = Int64Builder::new();
            cells.for_each(|c| b.append_option(if let Cell::Int(n) = c { Some(*n) } else { None }));
            Arc::new(b.finish())
        }
        Kind::Bool => {
            let mut b = BooleanBuilder::new();
            cells.for_each(|c| {
                b.append_option(if let Cell::Bool(x) = c {
                    Some(*x)
                } else {
                    None
                })
            });
            Arc::new(b.finish())
        }
        Kind::Date => {
            let mut b = Date32Builder::new();
            cells.for_each(|c| {
                b.append_option(if let Cell::Date(d) = c {
                    Some(days(d))
                } else {
                    None
                })
            });
            Arc::new(b.finish())
        }
        Kind::Time => {
            let mut b = TimestampMillisecondBuilder::new().with_timezone("UTC");
            cells.for_each(|c| {
                b.append_option(if let Cell::Time(t) = c {
                    Some(t.timestamp_millis())
                } else {
                    None
                })
            });
            Arc::new(b.finish())
        }
    }
}

impl Writer for ParquetWriter {
    fn write(&mut self, rows: &[Vec<Cell>]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| array(rows, i, c.kind))
            .collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)
            .map_err(|e| cannot_write(&self.path, e))?;
        self.out
            .write(&batch)
            .map_err(|e| cannot_write(&self.path, e))
    }

    fn finish(self: Box<Self>) -> Result<()> {
        let path = self.path;
        let file = self.out.into_inner().map_err(|e| cannot_write(&path, e))?;
        file.sync_all().map_err(|e| cannot_write(&path, e))
    }
}
