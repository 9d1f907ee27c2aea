//! How `lane check` and `lane town check` print what they found: as lines
//! `path:line: message` (terminal, Markdown: the form editors jump to), or, for
//! scripts, as rows of `path`, `line`, `severity`, `message` in CSV and JSON
//! (`line` null in JSON, empty in CSV, where the problem is about a whole file).

use crate::error::Result;
use crate::render::{self, Format, Table};

/// A problem's line split into where and what: `path:line: message` or
/// `path: message`. The location ends at the first `": "`, as lane writes it.
fn split(line: &str) -> (&str, &str, &str) {
    let Some((at, message)) = line.split_once(": ") else {
        return ("", "", line);
    };
    match at.rsplit_once(':') {
        Some((path, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            (path, n, message)
        }
        _ => (at, "", message),
    }
}

/// The rows of the machine formats: errors first, then warnings, each with its
/// severity; a warning's message without the `warning: ` its line starts with.
fn table(errors: &[String], warnings: &[String]) -> Table {
    let mut t = Table::new(&["path", "line", "severity", "message"]).numeric(&["line"]);
    let prefix = crate::msg!("prefix-warning");
    for (lines, severity) in [(errors, "error"), (warnings, "warning")] {
        for l in lines {
            let (path, line, message) = split(l);
            let message = match severity {
                "warning" => message.strip_prefix(prefix.as_str()).unwrap_or(message),
                _ => message,
            };
            t.push(vec![
                path.to_string(),
                line.to_string(),
                severity.to_string(),
                message.to_string(),
            ]);
        }
    }
    t
}

/// Prints the problems in `format` on stdout: errors, then warnings.
pub fn print(format: Format, errors: &[String], warnings: &[String]) -> Result<()> {
    match format {
        Format::Csv | Format::Json | Format::Xlsx | Format::CsvExcel | Format::Html => {
            render::print(&table(errors, warnings), format)
        }
        Format::Table | Format::Md => {
            let mut out = String::new();
            for line in errors.iter().chain(warnings) {
                out.push_str(&render::printable(line));
                out.push('\n');
            }
            render::write_stdout(&out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_splits_into_path_line_and_message() {
        assert_eq!(
            split("alleys.csv:5: duplicate alley ID `A01` (first at line 2)"),
            (
                "alleys.csv",
                "5",
                "duplicate alley ID `A01` (first at line 2)"
            )
        );
        assert_eq!(
            split("tickets/2026/.lane-tmp-x1: a temp file: delete it"),
            ("tickets/2026/.lane-tmp-x1", "", "a temp file: delete it")
        );
        assert_eq!(
            split("villages/nj/tickets/2026/NJ-2026-0001.toml:4: alley"),
            ("villages/nj/tickets/2026/NJ-2026-0001.toml", "4", "alley")
        );
        assert_eq!(split("no location"), ("", "", "no location"));
    }
}
