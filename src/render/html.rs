//! The one HTML frame of every page lane prints (the board, the report, the
//! ledgers, a listing as `--format html`): a self-contained page with its style
//! inline, no scripts and nothing loaded from outside, fonts from the system, A4 in
//! print. Every text from the data folder goes through [`escape`].

use super::Table;
use crate::i18n::{t, Lang};

/// Escapes text for element content and quoted attributes.
pub use crate::text::html_escape as escape;

/// The fonts of a printed page, the system's own: CJK first, so that Chinese never
/// falls back to boxes.
pub const FONTS: &str =
    r#""Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif"#;

/// The style of a document page (report, ledger, listing): A4 with margins, tables
/// that never split a row across pages and repeat their header on each page.
pub const DOC_CSS: &str = r#"@page { size: A4; margin: 15mm 14mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #1b1b1b; font-size: 10pt; line-height: 1.45; }
main { max-width: 182mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; color: #1f3a5f; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; color: #1f3a5f; border-bottom: 0.75pt solid #1f3a5f; padding-bottom: 0.8mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0 2mm; }
.lead { font-size: 11pt; }
.warning { color: #b3261e; font-weight: 700; }
.muted { color: #555; font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #8a8a8a; padding: 0.8mm 1.6mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.wide { font-size: 7pt; }
td.code { white-space: nowrap; }
td.free { overflow-wrap: anywhere; }
table.wide th { font-size: 6.5pt; }
table.wide th, table.wide td { padding: 0.5mm 0.7mm; }
th { background: #e8eef5; font-weight: 700; font-size: 9pt; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rates { display: flex; gap: 4mm; margin: 2mm 0 3mm; }
.rate { flex: 1; border: 0.75pt solid #1f3a5f; padding: 2mm 3mm; text-align: center; }
.rate b { display: block; font-size: 18pt; color: #1f3a5f; }
figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 9pt; color: #555; }
svg { display: block; width: 100%; height: auto; }
svg text { font-size: 11px; fill: #1b1b1b; }
.box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.75pt solid #1b1b1b; vertical-align: -0.6mm; }
td.write { min-width: 45mm; }
.slip td { height: 12mm; vertical-align: middle; white-space: nowrap; }
.slip td:last-child { width: 32%; }
.signatures { display: flex; gap: 8mm; margin-top: 10mm; break-inside: avoid; page-break-inside: avoid; }
.signatures span { flex: 1; border-bottom: 0.75pt solid #1b1b1b; padding-bottom: 6mm; }
footer { margin-top: 6mm; font-size: 9pt; color: #555; break-inside: avoid; }
@media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"#;

/// A whole page: its language, title (escaped here), inline style and the body of
/// its `<main>` (already escaped HTML).
pub fn page(lang: Lang, title: &str, css: &str, main: &str) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        lang.code()
    );
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str(&format!("<title>{}</title>\n", escape(title)));
    s.push_str(&format!(
        "<style>\n{css}</style>\n</head>\n<body>\n<main>\n{main}</main>\n</body>\n</html>\n"
    ));
    s
}

/// A document page: [`DOC_CSS`] with the system's CJK fonts.
pub fn document(lang: Lang, title: &str, main: &str) -> String {
    let css = format!("body {{ font-family: {FONTS}; }}\n{DOC_CSS}");
    page(lang, title, &css, main)
}

/// A table as HTML: the headers a person reads, numbers right-aligned, every cell
/// escaped.
pub fn table(t: &Table) -> String {
    table_with(t, |_, cell| escape(cell))
}

/// A table whose cells `cell(column, text)` turns into HTML (escaping it).
pub fn table_with(t: &Table, cell: impl Fn(usize, &str) -> String) -> String {
    let class = |i: usize| {
        if t.numeric.get(i).copied().unwrap_or(false) {
            " class=\"num\""
        } else {
            ""
        }
    };
    // In the columns a terminal wraps, a long cell (a stored file's path) may break
    // anywhere on paper too, so one long word does not push the table off the page.
    let free = |i: usize| t.headers.get(i).is_some_and(|h| t.fit.wrap.contains(h));
    // A table of many columns (the report's by-alley) is set small to fit A4.
    let mut s = String::from(if t.headers.len() > 8 {
        "<table class=\"wide\">\n<thead><tr>"
    } else {
        "<table>\n<thead><tr>"
    });
    for (i, h) in t.shown_headers().iter().enumerate() {
        s.push_str(&format!("<th{}>{}</th>", class(i), escape(h)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        s.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let class = match class(i) {
                "" if free(i) && !is_code(c) => " class=\"free\"",
                "" if is_code(c) => " class=\"code\"",
                other => other,
            };
            s.push_str(&format!("<td{class}>{}</td>", cell(i, c)));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    s
}

/// Whether a cell is a short code (an ID, a day, a time) that must not break
/// across lines: ASCII, no space, at most 16 characters.
fn is_code(c: &str) -> bool {
    !c.is_empty() && c.len() <= 16 && c.bytes().all(|b| b.is_ascii_graphic())
}

/// The lines to sign on a paper copy: prepared by, checked by, date, and `more`
/// (already in the page's language) before them.
pub fn signatures(lang: Lang, more: &[String]) -> String {
    let mut s = String::from("<div class=\"signatures\">");
    let fixed = ["html-prepared-by", "html-checked-by", "html-date"].map(|k| t(lang, k));
    for label in more.iter().chain(&fixed) {
        s.push_str(&format!("<span>{}</span>", escape(label)));
    }
    s.push_str("</div>\n");
    s
}

/// A listing as one page with its table.
pub fn listing(t: &Table) -> String {
    let lang = crate::i18n::current();
    document(lang, &crate::i18n::t(lang, "html-listing-title"), &table(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_escapes_and_aligns() {
        let mut tb = Table::new(&["name", "n"]).numeric(&["n"]);
        tb.push(vec!["<b>\"x\" & y</b>".into(), "3".into()]);
        assert_eq!(
            table(&tb),
            "<table>\n<thead><tr><th>name</th><th class=\"num\">n</th></tr></thead>\n<tbody>\n\
             <tr><td>&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</td><td class=\"num\">3</td></tr>\n\
             </tbody>\n</table>\n"
        );
    }

    #[test]
    fn ids_and_days_never_wrap_but_words_may() {
        let mut tb = Table::new(&["id", "day", "what"]);
        tb.push(vec![
            "NJ-2026-0001".into(),
            "2026-11-03".into(),
            "巷口 垃圾".into(),
        ]);
        assert!(table(&tb).contains(
            "<tr><td class=\"code\">NJ-2026-0001</td><td class=\"code\">2026-11-03</td><td>巷口 垃圾</td></tr>"
        ));
        assert!(!is_code("") && !is_code("2026-11-03 09:15"));
    }

    #[test]
    fn a_page_is_self_contained_and_signed_in_both_languages() {
        let p = document(Lang::En, "a <t>", &signatures(Lang::En, &[]));
        assert!(p.contains("<title>a &lt;t&gt;</title>"));
        assert!(p.contains("@page { size: A4;"));
        assert!(p.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"SimSun\", sans-serif"));
        for outside in ["<script", "<link", "@import", "url(", "http"] {
            assert!(!p.contains(outside), "{outside}");
        }
        assert!(p.contains("<span>Prepared by:</span><span>Checked by:</span><span>Date:</span>"));
        let zh = signatures(Lang::ZhCn, &[]);
        assert!(zh.contains("<span>制表人：</span><span>审核人：</span><span>日期：</span>"));
    }
}
