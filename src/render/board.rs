//! The public board (挂牌公示) as plain text, Markdown or one self-contained HTML page
//! that prints on A4. The command gathers a [`Board`]; this only lays it out, and
//! escapes every piece of text that came from the data folder.

use super::html::{escape, page};
use super::{markdown, terminal, Table};
use crate::i18n::{t, tr, Lang};
use crate::text::md_escape;

/// What the board says.
#[derive(Debug, Clone)]
pub struct Board {
    pub village: String,
    /// Town and county, where lane.toml names them.
    pub place: Vec<String>,
    /// The day the board is made, `YYYY-MM-DD`.
    pub date: String,
    pub alleys: Vec<BoardAlley>,
    pub duties: Vec<String>,
    /// The language the board is written in.
    pub lang: Lang,
}

/// One alley's line on the board.
#[derive(Debug, Clone)]
pub struct BoardAlley {
    pub id: String,
    pub name: String,
    pub group: String,
    /// The lane leader's name; `None` when the post is vacant.
    pub leader: Option<String>,
    pub phone: String,
    pub households: usize,
}

impl Board {
    fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    fn title(&self) -> String {
        tr(
            self.lang,
            "board-title",
            &[("village", self.village.as_str().into())],
        )
    }

    /// `Taiping Town · Zaoyang · as of 2026-11-20`.
    fn byline(&self) -> String {
        let mut parts = self.place.clone();
        parts.push(tr(
            self.lang,
            "board-as-of",
            &[("date", self.date.as_str().into())],
        ));
        parts.join(" · ")
    }

    fn households(&self) -> usize {
        self.alleys.iter().map(|a| a.households).sum()
    }

    fn totals(&self) -> String {
        tr(
            self.lang,
            "board-totals",
            &[
                ("alleys", self.alleys.len().into()),
                ("households", self.households().into()),
            ],
        )
    }

    /// The column headers, the households' last.
    fn headers(&self) -> Vec<String> {
        [
            "board-col-alley",
            "board-col-name",
            "board-col-group",
            "board-col-leader",
            "board-col-phone",
            "board-col-households",
        ]
        .iter()
        .map(|k| self.t(k))
        .collect()
    }

    fn table(&self) -> Table {
        let headers = self.headers();
        let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut t = Table::new(&refs).numeric(&refs[5..]);
        let vacant = self.t("board-vacant");
        for a in &self.alleys {
            t.push(vec![
                a.id.clone(),
                a.name.clone(),
                a.group.clone(),
                a.leader.clone().unwrap_or_else(|| vacant.clone()),
                a.phone.clone(),
                a.households.to_string(),
            ]);
        }
        t
    }
}

/// Plain text, for a terminal or a plain printer.
pub fn txt(b: &Board) -> String {
    let mut s = format!("{}\n{}\n{}\n\n", b.title(), b.t("board-kicker"), b.byline());
    s.push_str(&terminal(&b.table()));
    s.push_str(&format!("{}\n", b.totals()));
    if !b.duties.is_empty() {
        s.push_str(&format!("\n{}\n", b.t("board-duties")));
        for (i, d) in b.duties.iter().enumerate() {
            s.push_str(&format!("{:>3}. {d}\n", i + 1));
        }
    }
    s.push_str(&format!("\n{}\n", b.t("board-closing")));
    s
}

/// Markdown, for a wiki or a chat group.
pub fn md(b: &Board) -> String {
    let mut s = format!(
        "# {}\n\n{} · {}\n\n",
        md_escape(&b.title()),
        md_escape(&b.t("board-kicker")),
        md_escape(&b.byline())
    );
    s.push_str(&markdown(&b.table()));
    s.push_str(&format!("\n{}\n", b.totals()));
    if !b.duties.is_empty() {
        s.push_str(&format!("\n## {}\n\n", md_escape(&b.t("board-duties"))));
        for (i, d) in b.duties.iter().enumerate() {
            s.push_str(&format!("{}. {}\n", i + 1, md_escape(d)));
        }
    }
    s.push_str(&format!("\n{}\n", md_escape(&b.t("board-closing"))));
    s
}

const CSS: &str = r#"@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { background: #e9e6df; }
body { margin: 0; color: #1b1b1b; font: 11.5pt/1.45 "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 14mm 16mm; background: #fff; }
header { text-align: center; border-bottom: 2.5pt solid #b3261e; padding-bottom: 4mm; margin-bottom: 6mm; }
.kicker { margin: 0; color: #b3261e; font-weight: 700; letter-spacing: 0.18em; text-transform: uppercase; font-size: 10pt; }
h1 { margin: 2mm 0 1mm; font-size: 25pt; line-height: 1.2; color: #8f1d17; }
.byline { margin: 0; color: #555; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.75pt solid #7a7a7a; padding: 1.3mm 2.6mm; text-align: left; vertical-align: top; }
thead th { background: #f6e7e5; color: #5c1410; font-size: 10pt; letter-spacing: 0.03em; }
tbody tr:nth-child(even) td { background: #faf8f5; }
td.leader { font-weight: 700; font-size: 12pt; }
td.phone { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.vacant { color: #8a8a8a; font-weight: 400; font-style: italic; }
tfoot td { font-weight: 700; border-top: 1.5pt solid #7a7a7a; }
tr { break-inside: avoid; page-break-inside: avoid; }
h2 { margin: 7mm 0 2mm; font-size: 14pt; color: #8f1d17; border-left: 4pt solid #b3261e; padding-left: 3mm; }
ol { margin: 0; padding-left: 7mm; }
li { margin: 0.8mm 0; }
footer { margin-top: 7mm; break-inside: avoid; padding-top: 3mm; border-top: 0.75pt solid #bbb; text-align: center; font-weight: 700; color: #8f1d17; }
@media print {
  html { background: none; }
  main { width: auto; min-height: 0; margin: 0; padding: 0; }
  thead th, tbody tr:nth-child(even) td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// One self-contained page (inline CSS, no scripts, no outside resources) that
/// prints on A4, in the frame of every page ([`super::html::page`]).
pub fn html(b: &Board) -> String {
    let e = escape;
    let mut s = String::new();
    s.push_str(&format!(
        "<header>\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<p class=\"byline\">{}</p>\n</header>\n",
        e(&b.t("board-kicker")),
        e(&b.title()),
        e(&b.byline())
    ));
    let h: Vec<String> = b.headers().iter().map(|h| e(h)).collect();
    s.push_str(&format!(
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        h[0], h[1], h[2], h[3], h[4], h[5]
    ));
    let vacant = e(&b.t("board-vacant"));
    for a in &b.alleys {
        let leader = match &a.leader {
            Some(l) => format!("<td class=\"leader\">{}</td>", e(l)),
            None => format!("<td class=\"leader vacant\">{vacant}</td>"),
        };
        s.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td>{leader}<td class=\"phone\">{}</td><td class=\"num\">{}</td></tr>\n",
            e(&a.id),
            e(&a.name),
            e(&a.group),
            e(&a.phone),
            a.households
        ));
    }
    s.push_str(&format!(
        "</tbody>\n<tfoot><tr><td colspan=\"5\">{}</td><td class=\"num\">{}</td></tr></tfoot>\n</table>\n",
        e(&tr(
            b.lang,
            "board-total",
            &[("alleys", tr(b.lang, "board-alleys", &[("alleys", b.alleys.len().into())]).into())]
        )),
        b.households()
    ));
    if !b.duties.is_empty() {
        s.push_str(&format!("<h2>{}</h2>\n<ol>\n", e(&b.t("board-duties"))));
        for d in &b.duties {
            s.push_str(&format!("<li>{}</li>\n", e(d)));
        }
        s.push_str("</ol>\n");
    }
    s.push_str(&format!("<footer>{}</footer>\n", e(&b.t("board-closing"))));
    page(b.lang, &b.title(), CSS, &s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(name: &str) -> Board {
        Board {
            village: "Nanjie & Co".into(),
            place: vec!["Taiping Town".into()],
            date: "2026-11-20".into(),
            alleys: vec![BoardAlley {
                id: "A01".into(),
                name: name.into(),
                group: "一组".into(),
                leader: None,
                phone: String::new(),
                households: 1,
            }],
            duties: vec!["Patrol <daily>".into()],
            lang: Lang::En,
        }
    }

    #[test]
    fn html_escapes_every_text_from_the_folder() {
        let page = html(&board("<script>alert(1)</script>"));
        assert!(!page.contains("<script>"));
        assert!(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assert!(page.contains("<title>Lane leaders of Nanjie &amp; Co</title>"));
        assert!(page.contains("<li>Patrol &lt;daily&gt;</li>"));
        assert!(page.contains("<td class=\"leader vacant\">(vacant)</td>"));
        assert!(page.contains("@page { size: A4;"));
    }

    #[test]
    fn text_and_markdown_say_the_same() {
        let b = board("槐树巷");
        assert!(txt(&b).contains("1 alley, 1 household.\n"));
        let m = md(&b);
        assert!(m.starts_with("# Lane leaders of Nanjie & Co\n\nPublic notice · 挂牌公示 · Taiping Town · as of 2026-11-20\n"));
        assert!(m.contains("| A01 | 槐树巷 | 一组 | (vacant) |  | 1 |\n"));
        assert!(m.contains("1. Patrol \\<daily\\>\n"));
    }
}
