//! Output: every listing is built once as a [`Table`] and printed in the format the
//! user chose. Terminal tables align Chinese text by display width (comfy-table).

pub mod board;
pub mod chart;
pub mod export;
pub mod fit;
pub mod html;
pub mod ledger;
pub mod ledger_photos;
pub mod metrics;
pub mod output;
pub mod report_html;
pub mod sections;
pub mod xlsx;

pub mod report;
pub mod report_xlsx;
pub mod town;

use serde_json::{Map, Value};

/// The escapes, where the commands have always found them.
pub use crate::text::{is_formula, md_escape, neutralise, printable};

/// The formats a listing can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Json,
    Md,
    // One self-contained HTML page that prints on A4 (no doc comment: clap would
    // print the possible values one per line).
    Html,
    Xlsx,
    CsvExcel,
}

/// Rows under named columns; cells are text, numbers are written as text.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns whose cells are numbers (JSON writes them as numbers, or null if empty).
    pub numeric: Vec<bool>,
    /// The headers as a person reads them, in the interface's language (terminal
    /// and Markdown); CSV and JSON keep [`Table::headers`], the machine's names.
    pub labels: Option<Vec<String>>,
    /// How the terminal fits the table to its width.
    pub fit: fit::Fit,
}

impl Table {
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
            numeric: vec![false; headers.len()],
            labels: None,
            fit: fit::Fit::default(),
        }
    }
    /// The headers a person reads (terminal, Markdown), one per column.
    pub fn labels(mut self, labels: Vec<String>) -> Table {
        debug_assert_eq!(labels.len(), self.headers.len());
        self.labels = Some(labels);
        self
    }
    /// The headers of the terminal and Markdown: the labels, else the headers.
    pub fn shown_headers(&self) -> &[String] {
        self.labels.as_deref().unwrap_or(&self.headers)
    }
    pub fn numeric(mut self, cols: &[&str]) -> Table {
        for (i, h) in self.headers.iter().enumerate() {
            if cols.contains(&h.as_str()) {
                self.numeric[i] = true;
            }
        }
        self
    }
    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row);
    }
}

/// Prints a table in `format` to stdout. A closed pipe (`lane list | head`) is not
/// an error.
pub fn print(table: &Table, format: Format) -> crate::error::Result<()> {
    if format == Format::Xlsx {
        let sheet = xlsx::Sheet::of_table(&crate::msg!("xlsx-sheet-listing"), table);
        return output::binary(&xlsx::workbook(&[sheet])?);
    }
    let text = to_string(table, format);
    write_stdout(&text)
}

/// Writes text to stdout (through the pager when taller than the terminal) or to
/// the file of `-o`, treating a broken pipe as success.
pub fn write_stdout(text: &str) -> crate::error::Result<()> {
    output::text(text)
}

pub fn to_string(table: &Table, format: Format) -> String {
    match format {
        Format::Table => terminal(table),
        // An xlsx listing is written by `print`; as text it is its CSV.
        Format::Csv | Format::CsvExcel | Format::Xlsx => csv(table),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&json(table)).expect("JSON of strings");
            s.push('\n');
            s
        }
        Format::Md => markdown(table),
        Format::Html => html::listing(table),
    }
}

/// A terminal table: fitted to the terminal's width when printing to one (see
/// [`fit`]), else as wide as its cells.
pub fn terminal(table: &Table) -> String {
    terminal_wrapped(table, None)
}

/// A terminal table no wider than `width` columns: fitted to the terminal's
/// width (or `width`, if narrower) at a terminal; wrapped to `width`, if given,
/// when piped.
pub fn terminal_wrapped(table: &Table, width: Option<u16>) -> String {
    let all: Vec<usize> = (0..table.headers.len()).collect();
    match (crate::term::width(), width) {
        (Some(t), w) => fit::fitted(table, w.map_or(t, |w| t.min(w as usize))),
        (None, w) => fit::comfy(table, &all, w.map(usize::from), false),
    }
}

pub fn csv(table: &Table) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&table.headers).expect("memory");
    for row in &table.rows {
        w.write_record(row.iter().map(|c| neutralise(c).into_owned()))
            .expect("memory");
    }
    String::from_utf8(w.into_inner().expect("memory")).expect("UTF-8")
}

pub fn json(table: &Table) -> Value {
    Value::Array(
        table
            .rows
            .iter()
            .map(|row| {
                let mut m = Map::new();
                for (i, (h, c)) in table.headers.iter().zip(row).enumerate() {
                    // A missing value is null, never "" (issue 15).
                    let v = if c.is_empty() {
                        Value::Null
                    } else if table.numeric[i] {
                        c.parse::<f64>()
                            .ok()
                            .and_then(|f| {
                                if f.fract() == 0.0 && f.abs() < 1e15 {
                                    Some(Value::from(f as i64))
                                } else {
                                    serde_json::Number::from_f64(f).map(Value::Number)
                                }
                            })
                            .unwrap_or(Value::Null)
                    } else {
                        Value::String(c.clone())
                    };
                    m.insert(h.clone(), v);
                }
                Value::Object(m)
            })
            .collect(),
    )
}

pub fn markdown(table: &Table) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "| {} |\n",
        table
            .shown_headers()
            .iter()
            .map(|h| md_escape(h))
            .collect::<Vec<_>>()
            .join(" | ")
    ));
    let seps: Vec<&str> = table
        .numeric
        .iter()
        .map(|n| if *n { "---:" } else { "---" })
        .collect();
    s.push_str(&format!("|{}|\n", seps.join("|")));
    for row in &table.rows {
        s.push_str(&format!(
            "| {} |\n",
            row.iter()
                .map(|c| md_escape(c))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_shows_control_characters_instead_of_running_them() {
        let mut t = Table::new(&["name"]);
        t.push(vec!["\u{1b}[2Jwiped".into()]);
        assert!(!terminal(&t).contains('\u{1b}'));
        assert!(!markdown(&t).contains('\u{1b}'));
    }

    #[test]
    fn markdown_escapes_and_aligns() {
        let mut t = Table::new(&["name", "n"]).numeric(&["n"]);
        t.push(vec!["a|b".into(), "3".into()]);
        assert_eq!(markdown(&t), "| name | n |\n|---|---:|\n| a\\|b | 3 |\n");
    }

    #[test]
    fn labels_are_for_people_and_headers_for_machines() {
        let mut t = Table::new(&["name", "n"])
            .numeric(&["n"])
            .labels(vec!["名称".into(), "户数".into()]);
        t.push(vec!["槐树巷".into(), "3".into()]);
        assert_eq!(
            markdown(&t),
            "| 名称 | 户数 |\n|---|---:|\n| 槐树巷 | 3 |\n"
        );
        assert_eq!(csv(&t), "name,n\n槐树巷,3\n");
        assert_eq!(json(&t), serde_json::json!([{"name": "槐树巷", "n": 3}]));
        assert!(terminal(&t).contains("名称"));
    }

    #[test]
    fn an_empty_cell_is_null_in_json_text_or_number() {
        let mut t = Table::new(&["name", "note", "n"]).numeric(&["n"]);
        t.push(vec!["槐树巷".into(), String::new(), String::new()]);
        t.push(vec![String::new(), " ".into(), "0".into()]);
        assert_eq!(
            json(&t),
            serde_json::json!([
                {"name": "槐树巷", "note": null, "n": null},
                {"name": null, "note": " ", "n": 0},
            ])
        );
        assert_eq!(csv(&t), "name,note,n\n槐树巷,,\n, ,0\n");
    }
}
