//! A report of several tables, each under a title, in every listing format:
//! terminal tables and Markdown one after another under their titles; CSV as one
//! block per table, each headed by a `# title` line and separated by a blank line;
//! JSON as one object with the report's facts and one array per table.

use serde_json::{Map, Value};

use super::{json, markdown, terminal, Format, Table};
use crate::text::md_escape;

/// One table of a report.
pub struct Section {
    /// The JSON key, e.g. `by_alley`.
    pub key: &'static str,
    pub title: String,
    pub table: Table,
    /// Printed instead of an empty table in the terminal and Markdown.
    pub when_empty: String,
}

/// A titled report: facts (JSON only; the titles say them in words) and sections.
pub struct Sections {
    pub title: String,
    pub facts: Vec<(&'static str, Value)>,
    pub sections: Vec<Section>,
}

pub fn to_string(r: &Sections, format: Format) -> String {
    let mut out = String::new();
    match format {
        Format::Table => {
            out.push_str(&format!("{}\n", super::report::heading(&r.title)));
            for s in &r.sections {
                out.push_str(&format!("\n{}\n", super::report::heading(&s.title)));
                if s.table.rows.is_empty() {
                    out.push_str(&format!("{}\n", s.when_empty));
                } else {
                    out.push_str(&terminal(&s.table));
                }
            }
        }
        Format::Md => {
            out.push_str(&format!("# {}\n", md_escape(&r.title)));
            for s in &r.sections {
                out.push_str(&format!("\n## {}\n\n", md_escape(&s.title)));
                if s.table.rows.is_empty() {
                    out.push_str(&format!("{}\n", md_escape(&s.when_empty)));
                } else {
                    out.push_str(&markdown(&s.table));
                }
            }
        }
        Format::Csv | Format::CsvExcel | Format::Xlsx => {
            for (i, s) in r.sections.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&format!("# {}\n", s.title.replace(['\n', '\r'], " ")));
                out.push_str(&super::csv(&s.table));
            }
        }
        Format::Html => out = html(r),
        Format::Json => {
            let mut m = Map::new();
            for (k, v) in &r.facts {
                m.insert(k.to_string(), v.clone());
            }
            for s in &r.sections {
                m.insert(s.key.to_string(), json(&s.table));
            }
            out = serde_json::to_string_pretty(&Value::Object(m)).expect("JSON of strings");
            out.push('\n');
        }
    }
    out
}

/// The sections as one page, each table under its title.
fn html(r: &Sections) -> String {
    use super::html::{document, escape, table};
    let mut main = format!("<h1>{}</h1>\n", escape(&r.title));
    for s in &r.sections {
        main.push_str(&format!("<h2>{}</h2>\n", escape(&s.title)));
        if s.table.rows.is_empty() {
            main.push_str(&format!("<p>{}</p>\n", escape(&s.when_empty)));
        } else {
            main.push_str(&table(&s.table));
        }
    }
    document(crate::i18n::current(), &r.title, &main)
}

pub fn print(r: &Sections, format: Format) -> crate::error::Result<()> {
    if format == Format::Xlsx {
        let sheets = r
            .sections
            .iter()
            .map(|s| super::xlsx::Sheet::of_table(&s.title, &s.table));
        return super::xlsx::print(sheets.collect());
    }
    super::write_stdout(&to_string(r, format))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Sections {
        let mut t = Table::new(&["a", "n"]).numeric(&["n"]);
        t.push(vec!["x".into(), "1".into()]);
        Sections {
            title: "R".into(),
            facts: vec![("round", Value::from("2026"))],
            sections: vec![
                Section {
                    key: "one",
                    title: "One".into(),
                    table: t,
                    when_empty: String::new(),
                },
                Section {
                    key: "two",
                    title: "Two".into(),
                    table: Table::new(&["b"]),
                    when_empty: "Nothing.".into(),
                },
            ],
        }
    }

    #[test]
    fn every_format_keeps_every_section() {
        let r = report();
        assert_eq!(to_string(&r, Format::Csv), "# One\na,n\nx,1\n\n# Two\nb\n");
        assert_eq!(
            to_string(&r, Format::Md),
            "# R\n\n## One\n\n| a | n |\n|---|---:|\n| x | 1 |\n\n## Two\n\nNothing.\n"
        );
        let page = to_string(&r, Format::Html);
        assert!(page.contains("<h1>R</h1>\n<h2>One</h2>\n<table>"));
        assert!(page.contains("<h2>Two</h2>\n<p>Nothing.</p>\n</main>"));
        let v: Value = serde_json::from_str(&to_string(&r, Format::Json)).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"round": "2026", "one": [{"a": "x", "n": 1}], "two": []})
        );
    }
}
