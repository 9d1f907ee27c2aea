//! Output: every listing is built once as a [`Table`] and printed in the format the
//! user chose. Terminal tables align Chinese text by display width (comfy-table).

pub mod board;
pub mod chart;
pub mod html;
pub mod ledger;
pub mod metrics;
pub mod report_html;
pub mod sections;

use std::io::{self, Write};

pub mod report;
pub mod town;

use comfy_table::{presets, ContentArrangement, Table as Comfy};
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
}

impl Table {
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
            numeric: vec![false; headers.len()],
            labels: None,
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
    let text = to_string(table, format);
    write_stdout(&text)
}

/// Writes text to stdout, treating a broken pipe as success.
pub fn write_stdout(text: &str) -> crate::error::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(crate::error::Error::refused(crate::msg!(
            "cmd-cannot-write-output",
            error = e.to_string()
        ))),
    }
}

pub fn to_string(table: &Table, format: Format) -> String {
    match format {
        Format::Table => terminal(table),
        Format::Csv => csv(table),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&json(table)).expect("JSON of strings");
            s.push('\n');
            s
        }
        Format::Md => markdown(table),
        Format::Html => html::listing(table),
    }
}

/// A terminal table; wraps to the terminal's width only when printing to one.
pub fn terminal(table: &Table) -> String {
    terminal_wrapped(table, None)
}

/// A terminal table wrapped to `width` columns (or the terminal's, when printing to
/// one); `None` wraps only at a terminal.
pub fn terminal_wrapped(table: &Table, width: Option<u16>) -> String {
    let mut t = Comfy::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    if std::io::IsTerminal::is_terminal(&io::stdout()) {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else if let Some(w) = width {
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(w);
    } else {
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    t.set_header(table.shown_headers());
    for row in &table.rows {
        t.add_row(
            row.iter()
                .map(|c| printable(&c.replace(['\n', '\t'], " ")).into_owned())
                .collect::<Vec<_>>(),
        );
    }
    for (i, numeric) in table.numeric.iter().enumerate() {
        if *numeric {
            if let Some(col) = t.column_mut(i) {
                col.set_cell_alignment(comfy_table::CellAlignment::Right);
            }
        }
    }
    let mut s = t.to_string();
    s.push('\n');
    s
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
                    let v = if table.numeric[i] {
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
}
