//! The ledgers (台账) as Markdown and as one printable A4 page: a title, a line of
//! who and when, sections of tables, the lines to sign and a closing note. The
//! command gathers a [`Ledger`]; this only lays it out and escapes every text.

use super::html::{document, escape, table};
use super::{markdown, Table};
use crate::i18n::{t, Lang};
use crate::text::md_escape;

/// One printed ledger.
#[derive(Debug)]
pub struct Ledger {
    pub lang: Lang,
    pub title: String,
    /// The village, the period or the person, under the title.
    pub byline: String,
    pub sections: Vec<Section>,
    /// Lines to sign before the fixed ones (prepared by, checked by, date).
    pub sign: Vec<String>,
    /// A closing note (the slip's: how the clerk types it in).
    pub note: Option<String>,
    /// Set in html: a slip's rows are tall, to write in.
    pub slip: bool,
}

/// A titled table of a ledger; `when_empty` stands in for a table without rows.
#[derive(Debug)]
pub struct Section {
    pub title: Option<String>,
    pub table: Table,
    pub when_empty: String,
}

/// The fixed lines to sign, after `more`: `制表人：____`.
fn sign_lines(lang: Lang, more: &[String]) -> Vec<String> {
    let mut all = more.to_vec();
    all.extend(["html-prepared-by", "html-checked-by", "html-date"].map(|k| t(lang, k)));
    all
}

pub fn md(l: &Ledger) -> String {
    let mut s = format!("# {}\n\n{}\n", md_escape(&l.title), md_escape(&l.byline));
    for sec in &l.sections {
        if let Some(title) = &sec.title {
            s.push_str(&format!("\n## {}\n", md_escape(title)));
        }
        s.push('\n');
        if sec.table.rows.is_empty() {
            s.push_str(&format!("{}\n", md_escape(&sec.when_empty)));
        } else {
            s.push_str(&markdown(&sec.table));
        }
    }
    let lines: Vec<String> = sign_lines(l.lang, &l.sign)
        .iter()
        .map(|x| format!("{}\\_\\_\\_\\_\\_\\_\\_\\_", md_escape(x)))
        .collect();
    s.push_str(&format!("\n{}\n", lines.join("　　")));
    if let Some(n) = &l.note {
        s.push_str(&format!("\n{}\n", md_escape(n)));
    }
    s
}

pub fn html(l: &Ledger) -> String {
    html_with(l, "")
}

/// The page with `more` (HTML, already escaped) after its sections and before
/// the lines to sign: a case file's photos.
pub fn html_with(l: &Ledger, more: &str) -> String {
    let mut m = format!(
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        escape(&l.title),
        escape(&l.byline)
    );
    if l.slip {
        m.push_str("<div class=\"slip\">\n");
    }
    for sec in &l.sections {
        if let Some(title) = &sec.title {
            m.push_str(&format!("<h2>{}</h2>\n", escape(title)));
        }
        if sec.table.rows.is_empty() {
            m.push_str(&format!("<p>{}</p>\n", escape(&sec.when_empty)));
        } else {
            m.push_str(&table(&sec.table));
        }
    }
    if l.slip {
        m.push_str("</div>\n");
    }
    m.push_str(more);
    m.push_str(&super::html::signatures(l.lang, &l.sign));
    if let Some(n) = &l.note {
        m.push_str(&format!("<footer>{}</footer>\n", escape(n)));
    }
    document(l.lang, &l.title, &m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger() -> Ledger {
        let mut tb = Table::new(&["id", "head"]);
        tb.push(vec!["H1".into(), "<b>王</b>".into()]);
        Ledger {
            lang: Lang::ZhCn,
            title: "台账".into(),
            byline: "南街村".into(),
            sections: vec![
                Section {
                    title: None,
                    table: tb,
                    when_empty: String::new(),
                },
                Section {
                    title: Some("附件".into()),
                    table: Table::new(&["file"]),
                    when_empty: "（无）".into(),
                },
            ],
            sign: vec!["巷长签字：".into()],
            note: Some("录入".into()),
            slip: true,
        }
    }

    #[test]
    fn markdown_and_html_carry_the_same_ledger() {
        let l = ledger();
        assert_eq!(
            md(&l),
            "# 台账\n\n南街村\n\n| id | head |\n|---|---|\n| H1 | \\<b\\>王\\</b\\> |\n\n## 附件\n\n（无）\n\n\
             巷长签字：\\_\\_\\_\\_\\_\\_\\_\\_　　制表人：\\_\\_\\_\\_\\_\\_\\_\\_　　审核人：\\_\\_\\_\\_\\_\\_\\_\\_　　日期：\\_\\_\\_\\_\\_\\_\\_\\_\n\n录入\n"
        );
        let h = html(&l);
        assert!(h.contains("<div class=\"slip\">\n<table>"));
        assert!(h.contains("<td>&lt;b&gt;王&lt;/b&gt;</td>"));
        assert!(h.contains("<h2>附件</h2>\n<p>（无）</p>"));
        assert!(h.contains(
            "<span>巷长签字：</span><span>制表人：</span><span>审核人：</span><span>日期：</span>"
        ));
        assert!(h.contains("<footer>录入</footer>"));
    }
}
