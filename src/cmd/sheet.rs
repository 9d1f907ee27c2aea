//! The rows of an import file: a CSV export (read by [`crate::store::csvfile`]:
//! UTF-8 with or without BOM, or GBK) or a spreadsheet (.xlsx, .xlsm, .xlsb, .xls,
//! .ods, read by calamine: the first sheet, or the one `--sheet` names). What a
//! person's spreadsheet carries besides the table is left out and counted: blank
//! rows, empty columns (trailing ones, say) and a serial-number column (序号).
//! A place in the file is `FILE:LINE` for CSV and `SHEET!CELL` for a spreadsheet.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Dimensions, Reader, Sheets};

use crate::error::{Error, Result};
use crate::msg;
use crate::store::csvfile::{self, Encoding};

/// Headers of a serial-number column: it numbers the rows and is no household's.
const SERIAL: &[&str] = &["序号", "序", "no", "no.", "nr", "#", "s/n", "serial"];

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Line {
    /// The 1-based line (CSV) or row (spreadsheet) number.
    pub line: usize,
    /// The cells of the kept columns.
    pub fields: Vec<String>,
}

/// An import file as a table: the header, the rows, what was left out.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub display: String,
    /// The sheet's name, for a spreadsheet.
    pub sheet: Option<String>,
    pub header: Vec<String>,
    pub header_line: usize,
    pub rows: Vec<Line>,
    /// Rows that could not be read (CSV rows of the wrong width), by line.
    pub problems: Vec<(usize, String)>,
    /// The 0-based column of the file each kept column is.
    cols: Vec<usize>,
    pub blank_rows: usize,
    pub empty_columns: usize,
    /// The headers of the serial-number columns left out.
    pub serial: Vec<String>,
    /// How many cells of merged regions were filled with the region's value.
    pub merged: usize,
}

impl Sheet {
    /// Where a cell is: `FILE:LINE` for CSV, `SHEET!C5` for a spreadsheet (the
    /// column `col` of the kept columns, else the table's first).
    pub fn at(&self, line: usize, col: Option<usize>) -> String {
        match &self.sheet {
            None => format!("{}:{line}", self.display),
            Some(name) => {
                let c = col
                    .and_then(|c| self.cols.get(c))
                    .or(self.cols.first())
                    .copied()
                    .unwrap_or(0);
                format!("{name}!{}{line}", column_letters(c))
            }
        }
    }
}

/// `0` is `A`, `25` is `Z`, `26` is `AA`.
fn column_letters(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ASCII")
}

/// Whether `path` names a spreadsheet calamine reads (by its extension).
pub fn is_spreadsheet(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods")
}

/// Reads the import file at `path` (shown as `display`) as a table. A file with
/// no header row is refused; one with a header and no rows is an empty table.
pub fn read(path: &Path, display: &str, sheet: Option<&str>) -> Result<Sheet> {
    csvfile::check_import_source(path, display)?;
    let mut merged = 0;
    let (header_line, lines, name, problems) = if is_spreadsheet(path) {
        let (name, lines, m) = spreadsheet(path, display, sheet)?;
        merged = m;
        let first = lines.iter().position(|l| !blank(&l.fields));
        let Some(first) = first else {
            let at = format!("{name}!A1");
            return Err(Error::input(super::words::labelled(
                &at,
                &msg!("cmd-sheet-empty"),
            )));
        };
        let mut lines = lines;
        let header = lines.remove(first);
        let mut all = vec![header];
        all.extend(lines.into_iter().skip(first));
        (all[0].line, all, Some(name), Vec::new())
    } else {
        if let Some(s) = sheet {
            return Err(Error::input(msg!("cmd-sheet-not-a-spreadsheet", sheet = s)));
        }
        let (doc, problems) = csvfile::read_lenient(path, display, Encoding::Utf8OrGbk)
            .map_err(|e| super::import::nothing_imported(e.problems, e.hint))?;
        let mut all = vec![Line {
            line: 1,
            fields: doc.header.clone(),
        }];
        // Rows with the wrong number of fields are listed in `problems` already.
        all.extend(doc.rows.iter().filter(|r| doc.fits(r)).map(|r| Line {
            line: r.line,
            fields: r.fields.clone(),
        }));
        let problems = problems.into_iter().map(|p| (line_of(&p, display), p));
        (1, all, None, problems.collect())
    };
    let mut s = tidy(display, name, header_line, lines, problems);
    s.merged = merged;
    Ok(s)
}

/// The line number in a `FILE:LINE: ...` problem.
fn line_of(problem: &str, display: &str) -> usize {
    problem
        .strip_prefix(display)
        .and_then(|r| r.strip_prefix(':'))
        .map(|r| {
            r.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn blank(fields: &[String]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

/// The table without blank rows, empty columns and serial-number columns.
fn tidy(
    display: &str,
    sheet: Option<String>,
    header_line: usize,
    mut lines: Vec<Line>,
    problems: Vec<(usize, String)>,
) -> Sheet {
    let header = lines.remove(0).fields;
    let width = lines
        .iter()
        .map(|l| l.fields.len())
        .chain([header.len()])
        .max()
        .unwrap_or(0);
    let cell = |l: &Line, c: usize| l.fields.get(c).map_or("", |s| s.trim()).to_string();
    let head = |c: usize| header.get(c).map_or("", |s| s.trim()).to_string();
    let mut s = Sheet {
        display: display.to_string(),
        sheet,
        header_line,
        problems,
        ..Sheet::default()
    };
    for c in 0..width {
        let h = head(c);
        if h.is_empty() && lines.iter().all(|l| cell(l, c).is_empty()) {
            s.empty_columns += 1;
        } else if SERIAL.contains(&h.to_lowercase().as_str()) {
            s.serial.push(h);
        } else {
            s.cols.push(c);
            s.header.push(header.get(c).cloned().unwrap_or_default());
        }
    }
    for l in lines {
        if blank(&l.fields) {
            s.blank_rows += 1;
            continue;
        }
        let fields = s
            .cols
            .iter()
            .map(|c| l.fields.get(*c).cloned().unwrap_or_default())
            .collect();
        s.rows.push(Line {
            line: l.line,
            fields,
        });
    }
    s
}

/// The rows of the sheet `wanted` (else the first) of a spreadsheet, every cell
/// as text, each row numbered as the spreadsheet numbers it.
fn spreadsheet(
    path: &Path,
    display: &str,
    wanted: Option<&str>,
) -> Result<(String, Vec<Line>, usize)> {
    let unreadable = |e: String| {
        Error::input(msg!("cmd-sheet-unreadable", file = display, error = e))
            .hint(msg!("cmd-sheet-unreadable-hint"))
    };
    let mut wb = open_workbook_auto(path).map_err(|e| unreadable(e.to_string()))?;
    let names = wb.sheet_names();
    let name = match wanted {
        None => names.first().cloned(),
        Some(w) => names.iter().find(|n| n.as_str() == w).cloned(),
    };
    let Some(name) = name else {
        let sheets = names.join(", ");
        let wanted = wanted.unwrap_or_default();
        return Err(Error::input(msg!(
            "cmd-sheet-no-such-sheet",
            file = display,
            sheet = wanted,
            sheets = sheets
        )));
    };
    let range = wb
        .worksheet_range(&name)
        .map_err(|e| unreadable(e.to_string()))?;
    let merges = match &mut wb {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&name).ok(),
        _ => None,
    };
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut lines: Vec<Line> = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let mut fields = vec![String::new(); c0 as usize];
            fields.extend(row.iter().map(text));
            Line {
                line: r0 as usize + i + 1,
                fields,
            }
        })
        .collect();
    let merged = fill_merged(&mut lines, r0 as usize, &merges.unwrap_or_default());
    Ok((name, lines, merged))
}

/// Each cell of a merged region (an alley's name merged over its households'
/// rows, say) given the region's value, which the spreadsheet keeps in its top
/// left cell only. Returns how many cells were filled.
fn fill_merged(lines: &mut [Line], r0: usize, merges: &[Dimensions]) -> usize {
    let mut n = 0;
    for m in merges {
        let (top, left) = (m.start.0 as usize, m.start.1 as usize);
        let Some(value) = top
            .checked_sub(r0)
            .and_then(|i| lines.get(i))
            .and_then(|l| l.fields.get(left))
            .cloned()
        else {
            continue;
        };
        for r in top..=m.end.0 as usize {
            let Some(line) = r.checked_sub(r0).and_then(|i| lines.get_mut(i)) else {
                continue;
            };
            for c in left..=m.end.1 as usize {
                if line.fields.len() <= c {
                    line.fields.resize(c + 1, String::new());
                }
                if (r, c) != (top, left) && line.fields[c].is_empty() {
                    line.fields[c] = value.clone();
                    n += 1;
                }
            }
        }
    }
    n
}

/// A cell as the text a CSV export would hold: a whole number without `.0` (a
/// spreadsheet stores 4 and 13800000003 as floats), a date as `YYYY-MM-DD`.
fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.date().to_string(),
            Some(t) => t.format("%Y-%m-%dT%H:%M").to_string(),
            None => dt.as_f64().to_string(),
        },
        Data::Error(e) => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_letter_them() {
        let names: Vec<String> = [0, 2, 25, 26, 27, 51, 52, 701, 702]
            .iter()
            .map(|c| column_letters(*c))
            .collect();
        assert_eq!(names, ["A", "C", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn whole_floats_read_as_integers() {
        assert_eq!(text(&Data::Float(4.0)), "4");
        assert_eq!(text(&Data::Float(13800000003.0)), "13800000003");
        assert_eq!(text(&Data::Float(2.5)), "2.5");
        assert_eq!(text(&Data::Int(7)), "7");
    }

    #[test]
    fn blank_rows_empty_columns_and_serial_numbers_are_left_out() {
        let line = |n: usize, f: &[&str]| Line {
            line: n,
            fields: f.iter().map(|s| s.to_string()).collect(),
        };
        let s = tidy(
            "x.csv",
            None,
            1,
            vec![
                line(1, &["序号", "户主", "巷道", ""]),
                line(2, &["1", "陈建军", "A01", ""]),
                line(3, &["", " ", "", ""]),
                line(4, &["2", "孙丽", "A02"]),
            ],
            Vec::new(),
        );
        assert_eq!(s.header, ["户主", "巷道"]);
        assert_eq!((s.blank_rows, s.empty_columns), (1, 1));
        assert_eq!(s.serial, ["序号"]);
        assert_eq!(s.rows[1].fields, ["孙丽", "A02"]);
        assert_eq!(s.rows[1].line, 4);
        let xl = Sheet {
            sheet: Some("户籍表".into()),
            ..s
        };
        assert_eq!(xl.at(5, Some(1)), "户籍表!C5");
        assert_eq!(xl.at(5, None), "户籍表!B5");
    }
}
