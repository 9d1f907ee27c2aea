//! Workbooks (`--format xlsx`): a listing is one sheet, a report one sheet per
//! section. Every sheet is made the same way: optional title lines on top, one
//! header row in the folder's language (frozen, with an autofilter), numbers as
//! number cells, rates as percentage cells (0.875 shown `87.5%`), and column
//! widths from the display width of the text, so Chinese columns fit.

use rust_xlsxwriter::{Format as CellFormat, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::Table;
use crate::error::{Error, Result};

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A fraction (0.875) shown as a percentage with one decimal.
    Percent(f64),
    Empty,
}

/// One sheet: its name, lines above the table (a title, the period), the header
/// row and the rows.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub title: Vec<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// A listing as a sheet: the headers a person reads, a numeric column's cells
    /// as numbers (text that is not a number stays text, an empty cell is empty).
    pub fn of_table(name: &str, table: &Table) -> Sheet {
        let rows = table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(i, c)| match (table.numeric[i], c.trim().parse::<f64>()) {
                        _ if c.is_empty() => Cell::Empty,
                        (true, Ok(n)) if n.is_finite() => Cell::Number(n),
                        _ => Cell::Text(c.clone()),
                    })
                    .collect()
            })
            .collect();
        Sheet {
            name: name.to_string(),
            title: Vec::new(),
            headers: table.shown_headers().to_vec(),
            rows,
        }
    }
}

/// A sheet name Excel accepts: no `[]:*?/\`, no quote at either end, at most 31
/// characters, not empty, and unlike the names before it.
pub fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let base: String = if clean.is_empty() {
        "Sheet".into()
    } else {
        clean.chars().take(31).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == name.to_lowercase())
    {
        let tail = format!(" ({n})");
        let keep = 31 - tail.chars().count();
        name = format!("{}{tail}", base.chars().take(keep).collect::<String>());
        n += 1;
    }
    name
}

/// The workbook of `sheets`, as the bytes of an .xlsx file.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>> {
    build(sheets)
        .map_err(|e| Error::refused(crate::msg!("cmd-xlsx-cannot-write", error = e.to_string())))
}

/// Writes the workbook of `sheets` to the output (`-o FILE`, or a pipe).
pub fn print(sheets: Vec<Sheet>) -> Result<()> {
    super::output::binary(&workbook(&sheets)?)
}

fn build(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let mut taken = Vec::new();
    for s in sheets {
        let name = sheet_name(&s.name, &taken);
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        taken.push(name);
        fill(ws, s)?;
    }
    if sheets.is_empty() {
        wb.add_worksheet();
    }
    wb.save_to_buffer()
}

/// Widest a column gets, in characters (Excel's unit; a Chinese character is 2).
const MAX_WIDTH: usize = 60;

fn fill(ws: &mut Worksheet, s: &Sheet) -> Result<(), XlsxError> {
    let bold = CellFormat::new().set_bold();
    let percent = CellFormat::new().set_num_format("0.0%");
    for (r, line) in s.title.iter().enumerate() {
        ws.write_string_with_format(r as u32, 0, line, &bold)?;
    }
    // A blank row between the title and the table.
    let head = if s.title.is_empty() {
        0
    } else {
        s.title.len() as u32 + 1
    };
    let mut widths: Vec<usize> = s.headers.iter().map(|h| h.width()).collect();
    for (c, h) in s.headers.iter().enumerate() {
        ws.write_string_with_format(head, c as u16, h, &bold)?;
    }
    for (i, row) in s.rows.iter().enumerate() {
        let r = head + 1 + i as u32;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            let shown = match cell {
                Cell::Text(t) => {
                    ws.write_string(r, col, t)?;
                    t.lines().map(|l| l.width()).max().unwrap_or(0)
                }
                Cell::Number(n) => {
                    ws.write_number(r, col, *n)?;
                    n.to_string().len()
                }
                Cell::Percent(p) => {
                    ws.write_number_with_format(r, col, *p, &percent)?;
                    6
                }
                Cell::Empty => 0,
            };
            if widths.len() <= c {
                widths.resize(c + 1, 0);
            }
            widths[c] = widths[c].max(shown);
        }
    }
    for (c, w) in widths.iter().enumerate() {
        // Room for the autofilter's button beside the header.
        ws.set_column_width(c as u16, ((*w).min(MAX_WIDTH) + 3) as f64)?;
    }
    if !s.headers.is_empty() {
        ws.set_freeze_panes(head + 1, 0)?;
        let last_row = head + s.rows.len() as u32;
        ws.autofilter(head, 0, last_row, s.headers.len() as u16 - 1)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("a/b:c", &[]), "a_b_c");
        assert_eq!(sheet_name("  ", &[]), "Sheet");
        assert_eq!(sheet_name("'x'", &[]), "x");
        let long = "巷".repeat(40);
        assert_eq!(sheet_name(&long, &[]).chars().count(), 31);
        let taken = vec!["Cases".to_string()];
        assert_eq!(sheet_name("cases", &taken), "cases (2)");
        let taken = vec![sheet_name(&long, &[])];
        let second = sheet_name(&long, &taken);
        assert_eq!(second.chars().count(), 31);
        assert!(second.ends_with(" (2)"));
    }

    #[test]
    fn numeric_cells_are_numbers_and_the_rest_text() {
        let mut t = Table::new(&["name", "n"]).numeric(&["n"]);
        t.push(vec!["槐树巷".into(), "3".into()]);
        t.push(vec!["=1+1".into(), "".into()]);
        t.push(vec!["x".into(), "-".into()]);
        let s = Sheet::of_table("s", &t);
        assert_eq!(
            s.rows[0],
            vec![Cell::Text("槐树巷".into()), Cell::Number(3.0)]
        );
        assert_eq!(s.rows[1], vec![Cell::Text("=1+1".into()), Cell::Empty]);
        assert_eq!(s.rows[2][1], Cell::Text("-".into()));
        assert!(workbook(&[s]).unwrap().starts_with(b"PK"));
    }
}
