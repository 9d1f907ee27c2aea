//! CSV files as spreadsheet programs write them: a header row, optional UTF-8 BOM,
//! LF or CRLF line ends, and (for imports) GBK/GB18030 text. Rows keep their line
//! number and their raw bytes, so a rewrite leaves untouched rows byte-identical.
//! The csv crate decides where each record starts and ends (its reader's positions);
//! lane only refuses what the crate would read but lane would not write back the same.

use std::ops::Range;
use std::path::Path;

use super::ioerr::Op;
use crate::error::{Error, Kind, Result};

/// How to treat text that is not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Data-folder files: UTF-8 only; GBK is refused with advice.
    Utf8Only,
    /// Imports: UTF-8, else GBK/GB18030 decoded.
    Utf8OrGbk,
}

/// One data row.
#[derive(Debug, Clone)]
pub struct Row {
    /// The 1-based line number where the row starts.
    pub line: usize,
    pub fields: Vec<String>,
    /// The row's bytes in [`CsvDoc::text`], line end included.
    pub raw: Range<usize>,
}

/// A parsed CSV file.
#[derive(Debug, Clone)]
pub struct CsvDoc {
    /// The decoded text, BOM removed.
    pub text: String,
    pub bom: bool,
    pub crlf: bool,
    pub header: Vec<String>,
    pub header_raw: Range<usize>,
    pub rows: Vec<Row>,
}

/// Decodes file bytes to text, removing a UTF-8 BOM. Returns the text and whether a
/// BOM was there.
pub fn decode(bytes: &[u8], display: &str, enc: Encoding) -> Result<(String, bool)> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), bom)),
        Err(e) => {
            let (decoded, _, bad) = encoding_rs::GB18030.decode(bytes);
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            if bad {
                return Err(Error::input(format!(
                    "{display}:{line}: {}",
                    crate::msg!("store-csv-not-text")
                ))
                .hint(crate::msg!("store-csv-save-as-utf8")));
            }
            match enc {
                Encoding::Utf8OrGbk => Ok((decoded.into_owned(), bom)),
                Encoding::Utf8Only => Err(Error::input(format!(
                    "{display}:{line}: {}",
                    crate::msg!("store-csv-gbk")
                ))
                .hint(crate::msg!("store-csv-gbk-hint", file = display))),
            }
        }
    }
}

/// One record as the csv crate reads it: its fields, the line it starts on, and
/// where its text starts (after any blank lines before it).
struct Record {
    fields: Vec<String>,
    line: usize,
    start: usize,
}

/// Why lane refuses text the csv crate would read: a line that ends in a
/// carriage return alone.
fn lone_cr_problem() -> String {
    crate::msg!("store-csv-lone-cr")
}

/// A quoted field that runs to the end of the text.
fn unclosed_problem() -> String {
    crate::msg!("store-csv-unclosed")
}

/// The records of `text`, read by the csv crate (no header row, any number of
/// fields): each record's fields, and from the reader's positions the line and the
/// byte where it starts. Between two records the reader skips only line ends (the
/// rest of a CRLF, blank lines) and, at the very start, a U+FEFF. The error is a
/// line and what is wrong there: a carriage return that ends a line alone (which
/// the csv crate reads as a line end, and lane does not write), or a quoted field
/// that runs to the end of the text.
fn records(text: &str) -> std::result::Result<Vec<Record>, (usize, String)> {
    let bytes = text.as_bytes();
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rec = csv::ByteRecord::new();
    let mut out = Vec::new();
    loop {
        let (from, line) = (
            rdr.position().byte() as usize,
            rdr.position().line() as usize,
        );
        let more = rdr
            .read_byte_record(&mut rec)
            .map_err(|e| (line, e.to_string()))?;
        let start = if more {
            record_start(text, from)
        } else {
            text.len()
        };
        let skipped = &bytes[from..start];
        if let Some(at) = lone_cr(skipped) {
            return Err((line + newlines(&skipped[..at]), lone_cr_problem()));
        }
        let line = line + newlines(skipped);
        if !more {
            return Ok(out);
        }
        let end = rdr.position().byte() as usize;
        if end == text.len() && ends_in_quotes(text, start) {
            return Err((line, unclosed_problem()));
        }
        // The reader ends a record at a CR and takes an LF after it as part of the
        // next skip; a CR with no LF after it is the old Mac line end.
        if bytes[end - 1] == b'\r' && bytes.get(end) != Some(&b'\n') {
            return Err((rdr.position().line() as usize, lone_cr_problem()));
        }
        out.push(Record {
            fields: rec
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect(),
            line,
            start,
        });
    }
}

/// Where the record the reader found after byte `from` starts: past the line ends
/// it skipped, and at the start of the text past a U+FEFF followed by a line end
/// (one followed by text belongs to the first record's bytes).
fn record_start(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    if from == 0 && text.starts_with('\u{FEFF}') && matches!(bytes.get(3), Some(b'\r' | b'\n')) {
        i = 3;
    }
    while matches!(bytes.get(i), Some(b'\r' | b'\n')) {
        i += 1;
    }
    i
}

/// The index of the first carriage return in `skipped` that no line feed follows
/// (the reader skips only line ends, so what follows `skipped` is not one).
fn lone_cr(skipped: &[u8]) -> Option<usize> {
    (0..skipped.len()).find(|&i| skipped[i] == b'\r' && skipped.get(i + 1) != Some(&b'\n'))
}

fn newlines(b: &[u8]) -> usize {
    b.iter().filter(|b| **b == b'\n').count()
}

/// Whether the csv crate, at the end of the text, is still inside a quoted field
/// of the record that starts at `start`: then a line end and an empty record put
/// after it are taken into that field instead of being read as a record of their
/// own. (Read from a blank line, so that a U+FEFF after the first record is text,
/// as it was to the reader.)
fn ends_in_quotes(text: &str, start: usize) -> bool {
    let lead = if start == 0 { "" } else { "\n" };
    let probe = format!("{lead}{}\n,\n", &text[start..]);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(probe.as_bytes());
    let (mut last, mut rec) = (csv::ByteRecord::new(), csv::ByteRecord::new());
    while rdr.read_byte_record(&mut rec).unwrap_or(false) {
        std::mem::swap(&mut last, &mut rec);
    }
    !(last.len() == 2 && last.iter().all(|f| f.is_empty()))
}

fn is_marker(text: &str) -> bool {
    ["<<<<<<<", "=======", ">>>>>>>"]
        .iter()
        .any(|m| text.starts_with(m))
}

/// Parses CSV text. Every row must have as many fields as the header; rows that do
/// not are listed as `display:line: message` in the error. Blank lines are skipped
/// (and kept, byte for byte, by [`rewrite`]).
pub fn parse(text: String, bom: bool, display: &str) -> Result<CsvDoc> {
    let (doc, problems) = parse_lenient(text, bom, display)?;
    if !problems.is_empty() {
        return Err(Error::many(Kind::Input, problems));
    }
    Ok(doc)
}

/// Like [`parse`], but a row with too few or too many fields is a problem listed
/// beside the document instead of an error for the whole file, so a caller can go
/// on checking the other rows. Such rows stay in [`CsvDoc::rows`] (their bytes are
/// kept by [`rewrite`]); [`CsvDoc::fits`] tells them apart. Only a file that cannot
/// be split into rows at all (an unclosed quote, no header) is an error.
pub fn parse_lenient(text: String, bom: bool, display: &str) -> Result<(CsvDoc, Vec<String>)> {
    let crlf = text
        .find('\n')
        .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r');
    let records =
        records(&text).map_err(|(line, msg)| Error::input(format!("{display}:{line}: {msg}")))?;
    // A record's bytes run to the start of the next one: the blank lines after it
    // stay with it. The header's start at the start of the text, with any blank
    // lines before it.
    let ends: Vec<usize> = records
        .iter()
        .skip(1)
        .map(|r| r.start)
        .chain([text.len()])
        .collect();
    let mut records = records.into_iter().zip(ends);
    let Some((header, header_end)) = records.next() else {
        return Err(Error::input(format!(
            "{display}:1: {}",
            crate::msg!("store-csv-empty")
        )));
    };
    if is_marker(&text[header.start..]) {
        return Err(conflict(display, header.line));
    }
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for (r, end) in records {
        if is_marker(&text[r.start..]) {
            problems.push(conflict(display, r.line).problems.remove(0));
        } else if r.fields.len() != header.fields.len() {
            let said = crate::msg!(
                "store-csv-row-width",
                fields = r.fields.len(),
                header = header.fields.len()
            );
            problems.push(format!("{display}:{}: {said}", r.line));
        }
        rows.push(Row {
            line: r.line,
            fields: r.fields,
            raw: r.start..end,
        });
    }
    let doc = CsvDoc {
        text,
        bom,
        crlf,
        header: header.fields,
        header_raw: 0..header_end,
        rows,
    };
    Ok((doc, problems))
}

/// A line that `git merge` left in the file.
fn conflict(display: &str, line: usize) -> Error {
    Error::input(format!(
        "{display}:{line}: {}",
        crate::msg!("store-csv-conflict-marker")
    ))
}

impl CsvDoc {
    /// Whether `row` has exactly as many fields as the header.
    pub fn fits(&self, row: &Row) -> bool {
        row.fields.len() == self.header.len()
    }
}

/// Reads and parses a CSV file.
pub fn read(path: &Path, display: &str, enc: Encoding) -> Result<CsvDoc> {
    let bytes = std::fs::read(path).map_err(|e| Op::Read.fail(path, e))?;
    let (text, bom) = decode(&bytes, display, enc)?;
    parse(text, bom, display)
}

/// Refuses what cannot be a spreadsheet export before reading it: a path that does
/// not exist, and one that is not a regular file (a folder, a device such as
/// /dev/null), each with what to do.
pub fn check_import_source(path: &Path, display: &str) -> Result<()> {
    let hint = || crate::msg!("store-import-source-hint");
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::input(crate::msg!("store-import-no-file", file = display)).hint(hint()))
        }
        Err(e) => Err(Op::Read.fail(path, e).hint(hint())),
        Ok(m) if !m.is_file() => {
            Err(Error::input(crate::msg!("store-import-not-a-file", file = display)).hint(hint()))
        }
        Ok(_) => Ok(()),
    }
}

/// Reads a CSV file with [`parse_lenient`].
pub fn read_lenient(path: &Path, display: &str, enc: Encoding) -> Result<(CsvDoc, Vec<String>)> {
    let bytes = std::fs::read(path).map_err(|e| Op::Read.fail(path, e))?;
    let (text, bom) = decode(&bytes, display, enc)?;
    parse_lenient(text, bom, display)
}

/// Checks that the header is exactly `expected`.
pub fn check_header(doc: &CsvDoc, expected: &[&str], display: &str) -> Result<()> {
    if doc
        .header
        .iter()
        .map(|s| s.as_str())
        .eq(expected.iter().copied())
    {
        return Ok(());
    }
    let unknown: Vec<&str> = doc
        .header
        .iter()
        .map(|s| s.as_str())
        .filter(|h| !expected.contains(h))
        .collect();
    let msg = if let Some(u) = unknown.first() {
        crate::msg!("store-csv-unknown-column", column = *u)
    } else {
        crate::msg!("store-csv-header-is", header = doc.header.join(","))
    };
    Err(
        Error::input(format!("{display}:1: {msg}")).hint(crate::msg!(
            "store-csv-header-must-be",
            header = expected.join(",")
        )),
    )
}

/// Writes one row as CSV with the given line end.
pub fn encode_row(fields: &[String], crlf: bool) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    w.write_record(fields).expect("writing to memory");
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("fields are UTF-8")
}

/// What to do with each row when rewriting a file.
pub enum Edit {
    Keep,
    Replace(Vec<String>),
    Remove,
}

/// Rebuilds the file's bytes: the header and kept rows exactly as they were, edited
/// rows re-encoded, then `append`ed rows, all with the file's BOM and line ends.
/// A last line without a line end gets one only when a row follows it, so an
/// untouched last row stays byte-identical.
pub fn rewrite(doc: &CsvDoc, edit: impl Fn(&Row) -> Edit, append: &[Vec<String>]) -> Vec<u8> {
    let eol = if doc.crlf { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(doc.text.len() + 128);
    let bom = if doc.bom { "\u{FEFF}" } else { "" };
    out.push_str(bom);
    // A line end goes between records; the BOM is not a record (a U+FEFF at the end
    // of a last line is text, and a row appended after it needs its line end).
    let push = |out: &mut String, s: &str| {
        if out.len() > bom.len() && !out.ends_with('\n') {
            out.push_str(eol);
        }
        out.push_str(s);
    };
    push(&mut out, &doc.text[doc.header_raw.clone()]);
    for row in &doc.rows {
        match edit(row) {
            Edit::Keep => push(&mut out, &doc.text[row.raw.clone()]),
            Edit::Replace(fields) => {
                push(&mut out, &encode_row(&fields, doc.crlf));
                // Blank lines after the row belong to the file, not to the row.
                let raw = &doc.text[row.raw.clone()];
                let tail = &raw[raw.trim_end_matches(['\r', '\n']).len()..];
                let blank = tail
                    .strip_prefix("\r\n")
                    .or_else(|| tail.strip_prefix('\n'))
                    .unwrap_or("");
                out.push_str(blank);
            }
            Edit::Remove => {}
        }
    }
    for fields in append {
        push(&mut out, &encode_row(fields, doc.crlf));
    }
    out.into_bytes()
}

/// The bytes of a new file with just a header.
pub fn new_file(header: &[&str]) -> Vec<u8> {
    let h: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    encode_row(&h, false).into_bytes()
}

#[cfg(test)]
#[path = "csvfile_tests.rs"]
mod tests;
