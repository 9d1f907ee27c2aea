//! Terminal tables that fit the terminal's width. No ID, number, date or short
//! name is ever broken: those columns are as wide as their widest cell, and only
//! free text (titles, notes, addresses) wraps, at spaces or between Chinese
//! characters. A table that cannot fit even so hides its low-value columns (a
//! listing, saying which on stderr; `--wide` shows all) or is split into
//! narrower tables that repeat its first column (a report's wide tables). Piped
//! output keeps one layout, whatever the width.

use comfy_table::{
    presets, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table as Comfy,
    Width,
};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{printable, Table};

/// Columns of free text, by machine header: the only ones that wrap.
const FREE_TEXT: &[&str] = &[
    "title",
    "note",
    "address",
    "background",
    "tags",
    "members",
    "event",
    "value",
    "households",
];

/// The columns an alert row shows in red, when the table has them; else the row.
const ALERT_COLUMNS: &[&str] = &["deadline", "overdue_days"];

/// A free-text column needs at least this many columns (longer words are split).
const WORD: usize = 12;

/// How a table fits a narrow terminal; the default wraps [`FREE_TEXT`] only.
#[derive(Debug, Clone, Default)]
pub struct Fit {
    /// More free-text columns, by header.
    pub wrap: Vec<String>,
    /// Columns a narrow terminal may hide, by header, the first hidden first.
    pub drop: Vec<String>,
    /// Split a table too wide into parts, the first with this many leading
    /// columns, the others with the first column.
    pub split: Option<usize>,
    /// Rows to show in red (overdue cases).
    pub alert: Vec<usize>,
}

impl Table {
    /// Marks more columns (by header) as free text that may wrap.
    pub fn wrap(mut self, cols: &[&str]) -> Table {
        self.fit.wrap.extend(cols.iter().map(|c| c.to_string()));
        self
    }
    /// The columns (by header) a narrow terminal may hide, the first first.
    pub fn droppable(mut self, cols: &[&str]) -> Table {
        self.fit.drop = cols.iter().map(|c| c.to_string()).collect();
        self
    }
    /// Splits the table, when too wide, after its `lead` leading columns.
    pub fn split(mut self, lead: usize) -> Table {
        self.fit.split = Some(lead);
        self
    }
    /// Shows the last row pushed in red.
    pub fn alert_last(&mut self) {
        if let Some(i) = self.rows.len().checked_sub(1) {
            self.fit.alert.push(i);
        }
    }
    /// Whether column `col` is free text (a count is never, whatever its name).
    fn is_free(&self, col: usize) -> bool {
        let h = &self.headers[col];
        !self.numeric[col] && (FREE_TEXT.contains(&h.as_str()) || self.fit.wrap.contains(h))
    }
    fn column(&self, key: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == key)
    }
}

/// A cell as the terminal shows it: one line, control characters visible.
pub fn shown(c: &str) -> String {
    printable(&c.replace(['\n', '\t'], " ")).into_owned()
}

/// The narrowest a column can be: its widest cell, or for free text its longest
/// word (at most [`WORD`]).
fn narrowest(t: &Table, col: usize) -> usize {
    let cells = std::iter::once(&t.shown_headers()[col]).chain(t.rows.iter().map(|r| &r[col]));
    cells
        .map(|c| {
            let c = shown(c);
            if t.is_free(col) {
                c.split_whitespace()
                    .map(|w| w.width().min(WORD))
                    .max()
                    .unwrap_or(0)
            } else {
                c.width()
            }
        })
        .max()
        .unwrap_or(0)
        .max(1)
}

/// The narrowest the table of columns `cols` can be, borders and padding included.
fn narrowest_of(t: &Table, cols: &[usize]) -> usize {
    cols.iter().map(|&c| narrowest(t, c) + 3).sum::<usize>() + 1
}

/// The table at a terminal `width` columns wide.
pub fn fitted(t: &Table, width: usize) -> String {
    let mut cols: Vec<usize> = (0..t.headers.len()).collect();
    let mut hidden = Vec::new();
    for key in &t.fit.drop {
        if narrowest_of(t, &cols) <= width {
            break;
        }
        if let Some(i) = t.column(key) {
            cols.retain(|c| *c != i);
            hidden.push(t.shown_headers()[i].clone());
        }
    }
    if !hidden.is_empty() {
        let names = hidden.join(&crate::msg!("table-columns-separator"));
        let note = crate::msg!("table-columns-hidden", n = hidden.len(), names = names);
        eprintln!("{}", crate::text::printable_line(&note));
    }
    match t.fit.split {
        Some(lead) if narrowest_of(t, &cols) > width => split(t, lead, width),
        _ => comfy(t, &cols, Some(width), true),
    }
}

/// The table as parts that each fit `width`: the first with the `lead` leading
/// columns, the next with the first column, and as many others as fit.
fn split(t: &Table, lead: usize, width: usize) -> String {
    let mut rest: Vec<usize> = (lead.min(t.headers.len())..t.headers.len()).collect();
    let mut parts = Vec::new();
    let mut first = true;
    while first || !rest.is_empty() {
        let mut cols: Vec<usize> = if first { (0..lead).collect() } else { vec![0] };
        let base = cols.len();
        while let Some(&c) = rest.first() {
            cols.push(c);
            if narrowest_of(t, &cols) > width && cols.len() > base + 1 {
                cols.pop();
                break;
            }
            rest.remove(0);
        }
        parts.push(comfy(t, &cols, Some(width), true));
        first = false;
    }
    parts.join("\n")
}

/// The comfy-table of columns `cols`, wrapped to `width` if given. `fit` keeps
/// every column but free text as wide as its widest cell; when the table cannot
/// fit even so, free text keeps its narrowest too (the table is wider than the
/// terminal, rather than a note one letter wide).
pub fn comfy(t: &Table, cols: &[usize], width: Option<usize>, fit: bool) -> String {
    let mut c = Comfy::new();
    c.load_preset(presets::UTF8_FULL_CONDENSED);
    c.force_no_tty();
    if crate::term::colour_stdout() {
        c.enforce_styling();
    }
    match width {
        Some(w) => {
            c.set_content_arrangement(ContentArrangement::Dynamic);
            c.set_width(w.min(u16::MAX as usize) as u16);
        }
        None => {
            c.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    let headers = t.shown_headers();
    c.set_header(cols.iter().map(|&i| headers[i].clone()));
    let alert_cols: Vec<usize> = ALERT_COLUMNS.iter().filter_map(|k| t.column(k)).collect();
    for (r, row) in t.rows.iter().enumerate() {
        let alert = t.fit.alert.contains(&r);
        c.add_row(cols.iter().map(|&i| {
            let cell = Cell::new(shown(&row[i]));
            let red = alert && (alert_cols.is_empty() || alert_cols.contains(&i));
            if red {
                cell.fg(Color::DarkRed)
            } else {
                cell
            }
        }));
    }
    let overflows = width.is_some_and(|w| narrowest_of(t, cols) > w);
    for (n, &i) in cols.iter().enumerate() {
        let Some(col) = c.column_mut(n) else { continue };
        if t.numeric[i] {
            col.set_cell_alignment(CellAlignment::Right);
        }
        if fit && (overflows || !t.is_free(i)) {
            let w = narrowest(t, i).min(u16::MAX as usize) as u16;
            col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w + 2)));
        }
    }
    let mut s = c.to_string();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases() -> Table {
        let mut t = Table::new(&["id", "household", "title", "deadline"]).droppable(&["household"]);
        for i in 1..=3 {
            t.push(vec![
                format!("NJ-2026-000{i}"),
                format!("H00{i}"),
                "积水严重，雨后巷口无法通行，请尽快处理 drains blocked after the rain".into(),
                "2026-11-12 09:00".into(),
            ]);
        }
        t
    }

    fn widest(s: &str) -> usize {
        s.lines().map(|l| l.width()).max().unwrap()
    }

    #[test]
    fn only_free_text_wraps_and_lines_fit() {
        let t = cases();
        for w in [60, 80, 120] {
            let s = fitted(&t, w);
            assert!(widest(&s) <= w, "{w}:\n{s}");
            for i in 1..=3 {
                assert!(s.contains(&format!("NJ-2026-000{i}")), "{s}");
            }
            assert_eq!(s.matches("2026-11-12 09:00").count(), 3, "{s}");
        }
    }

    #[test]
    fn a_count_never_wraps_and_a_table_too_wide_keeps_its_words() {
        let mut t = Table::new(&["id", "households", "note"]).numeric(&["households"]);
        t.push(vec![
            "A01".into(),
            "41".into(),
            "a note of several words".into(),
        ]);
        let s = fitted(&t, 30);
        assert!(
            s.contains("│ households │") || s.contains("┆ households ┆"),
            "{s}"
        );
        // 20 columns cannot hold the header `households`: wider, not broken.
        let s = fitted(&t, 20);
        assert!(s.contains("households"), "{s}");
        assert!(s.contains("several"), "{s}");
    }

    #[test]
    fn chinese_counts_two_columns() {
        let mut t = Table::new(&["name"]);
        t.push(vec!["槐树巷".into()]);
        assert_eq!(widest(&fitted(&t, 80)), "│ 槐树巷 │".width());
        assert_eq!("槐树巷".width(), 6);
    }

    #[test]
    fn a_table_too_wide_is_split_with_its_first_column() {
        let heads: Vec<String> = (0..20).map(|i| format!("metric{i}")).collect();
        let mut all = vec!["alley"];
        all.extend(heads.iter().map(String::as_str));
        let mut t = Table::new(&all).numeric(&all[1..]).split(1);
        t.push(
            std::iter::once("A01".to_string())
                .chain((0..20).map(|i| format!("{i}00.0")))
                .collect(),
        );
        let s = fitted(&t, 80);
        assert!(widest(&s) <= 80, "{s}");
        for i in 0..20 {
            assert!(s.contains(&format!(" {i}00.0 ")), "{i}: {s}");
        }
        assert!(s.matches("A01").count() >= 2, "{s}");
    }
}

/// A line of prose (a report's headline) broken to fit a terminal `width` wide
/// (`None`: piped, left whole): at spaces or between Chinese characters, never
/// inside a word or number, nor before closing punctuation.
pub fn prose(text: &str, width: Option<usize>) -> String {
    let Some(width) = width.filter(|w| *w > 0 && text.width() > *w) else {
        return text.to_string();
    };
    const CLOSING: &[char] = &[
        '，', '。', '、', '；', '：', '）', '”', ',', '.', ';', ':', ')',
    ];
    // Pieces: a word with the spaces after it, or one Chinese character; closing
    // punctuation stays with the piece before it.
    let mut pieces: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if CLOSING.contains(&c) {
            match pieces.last_mut().filter(|_| word.is_empty()) {
                Some(last) => last.push(c),
                None => word.push(c),
            }
            continue;
        }
        let wide = UnicodeWidthChar::width(c).unwrap_or(0) > 1;
        if (wide || (word.ends_with(' ') && c != ' ')) && !word.is_empty() {
            pieces.push(std::mem::take(&mut word));
        }
        word.push(c);
        if wide {
            pieces.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        pieces.push(word);
    }
    let mut out = String::new();
    let mut line = String::new();
    for p in pieces {
        if !line.is_empty() && line.width() + p.trim_end().width() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line.clear();
        }
        line.push_str(&p);
    }
    out.push_str(line.trim_end());
    out
}

#[cfg(test)]
mod prose_tests {
    use super::prose;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn prose_breaks_between_words_and_chinese_characters_only() {
        let en = "In November 2026 the lane leaders of Nanjie Village made 26 sanitation \
                  clean-ups, eliminated 6 hidden dangers, mediated 3 disputes and served 130 households.";
        assert_eq!(prose(en, None), en);
        for w in [40, 60, 80] {
            let out = prose(en, Some(w));
            assert!(out.lines().all(|l| l.width() <= w), "{w}:\n{out}");
            assert_eq!(out.replace('\n', " "), en, "{w}");
        }
        let zh = "2026年11月，南街村街巷长开展环境卫生整治26次、排除安全隐患6处、调解矛盾纠纷3起和服务群众130户。";
        for w in [30, 50, 80] {
            let out = prose(zh, Some(w));
            assert!(out.lines().all(|l| l.width() <= w), "{w}:\n{out}");
            assert_eq!(out.replace('\n', ""), zh, "{w}");
            for l in out.lines() {
                assert!(!l.starts_with(['，', '、', '。']), "{w}: {l}");
            }
            // No number is broken across lines.
            assert!(!out.contains("13\n0") && !out.contains("1\n30") && !out.contains("2\n6"));
        }
    }
}
