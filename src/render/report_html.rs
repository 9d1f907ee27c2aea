//! `lane report --format html` and `lane town report --format html`: the report as
//! one printable A4 page: the headline, the three rates with their 12-month trend,
//! the cases per alley (or village) as bars, the report's tables, the overdue and
//! town-level cases, the last-person list and the lines to sign. The numbers are
//! the report's own, as the other formats print them.

use super::chart::{bars, lines, Series};
use super::html::{document, escape, signatures, table};
use super::metrics::{header_legend, meanings, town_meanings};
use super::report::{household_list, last_person_count, Show};
use super::Table;
use crate::i18n::{t, tr, Lang};
use crate::model::metric::Value;
use crate::model::report::{Report, ScopeRow, Tally};
use crate::model::town::TownReport;

/// The three rates the report is judged by, in the order the page shows them, with
/// the message that names each.
pub const RATES: [(&str, &str); 3] = [
    ("on_time_rate", "html-rate-on_time_rate"),
    ("resolution_rate", "html-rate-resolution_rate"),
    ("satisfaction_rate", "html-rate-satisfaction_rate"),
];

/// What the page shows beyond the report itself: the rates of the months up to
/// the period's, and the cases that need the town's eye now.
#[derive(Debug, Default)]
pub struct Extras {
    /// `YYYY-MM` and the totals of that month, oldest first.
    pub trend: Vec<(String, Tally)>,
    /// The overdue and town-level cases (for the town: its inbox), headers labelled.
    pub cases: Option<Table>,
}

/// A rate as a number, `None` where nothing was counted.
fn rate(t: &Tally, key: &str) -> Option<f64> {
    match t.get(key) {
        Some(Value::Rate(r)) => r,
        _ => None,
    }
}

fn count(t: &Tally, key: &str) -> u64 {
    match t.get(key) {
        Some(Value::Count(n)) => n,
        _ => 0,
    }
}

/// The three rates as figures, each with its number as the JSON gives it.
fn rate_figures(lang: Lang, total: &Tally) -> String {
    let mut s = String::from("<div class=\"rates\">");
    for (key, name) in RATES {
        let shown = total.get(key).map_or("-".into(), |v| v.shown());
        let value = total.get(key).map_or(String::new(), |v| v.text());
        let sign = if shown == "-" { "" } else { "%" };
        s.push_str(&format!(
            "<div class=\"rate\" data-metric=\"{key}\" data-value=\"{value}\"><b>{shown}{sign}</b>{}</div>",
            escape(&t(lang, name))
        ));
    }
    s.push_str("</div>\n");
    s
}

/// The rates' 12-month trend as a line chart.
fn trend(lang: Lang, months: &[(String, Tally)]) -> String {
    if months.is_empty() {
        return String::new();
    }
    let labels: Vec<String> = months.iter().map(|(m, _)| m.clone()).collect();
    let series: Vec<Series> = RATES
        .iter()
        .map(|(key, name)| Series {
            key,
            name: t(lang, name),
            values: months.iter().map(|(_, t)| rate(t, key)).collect(),
        })
        .collect();
    // The chart's numbers as a table under it, a row per rate.
    let mut heads = vec![String::new()];
    heads.extend(labels.iter().map(|m| m[2..].to_string()));
    let refs: Vec<&str> = heads.iter().map(String::as_str).collect();
    let mut tb = Table::new(&refs).numeric(&refs[1..]);
    for se in &series {
        let mut row = vec![se.name.clone()];
        row.extend(
            se.values
                .iter()
                .map(|v| v.map_or("-".into(), |v| format!("{v:.1}"))),
        );
        tb.push(row);
    }
    format!(
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n{}",
        lines(&labels, &series),
        escape(&t(lang, "html-chart-trend")),
        table(&tb)
    )
}

/// The cases opened in each scope (alley or village) as bars.
fn per_scope(caption: &str, rows: &[(String, String, u64)]) -> String {
    format!(
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n",
        bars(rows),
        escape(caption)
    )
}

fn scope_bars(rows: &[ScopeRow]) -> Vec<(String, String, u64)> {
    rows.iter()
        .map(|r| (r.key.clone(), r.name.clone(), count(&r.tally, "opened")))
        .collect()
}

fn sections(tables: Vec<(String, Table)>) -> String {
    tables
        .into_iter()
        .map(|(name, t)| format!("<h2>{}</h2>\n{}", escape(&name), table(&t)))
        .collect()
}

fn cases(lang: Lang, cases: &Option<Table>) -> String {
    let mut s = format!("<h2>{}</h2>\n", escape(&t(lang, "html-cases")));
    match cases {
        Some(c) if !c.rows.is_empty() => s.push_str(&table(c)),
        _ => s.push_str(&format!("<p>{}</p>\n", escape(&t(lang, "html-cases-none")))),
    }
    s
}

fn warnings(ws: &[crate::model::report::Warning], lang: Lang) -> String {
    ws.iter()
        .map(|w| {
            let line = tr(
                lang,
                "report-incomplete",
                &[("message", w.message.as_str().into())],
            );
            format!("<p class=\"warning\">{}</p>\n", escape(&line))
        })
        .collect()
}

fn head(title: &str, headline: &str) -> String {
    format!(
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n",
        escape(title),
        escape(headline)
    )
}

/// A village's report as a page.
pub fn village(r: &Report, x: &Extras, show: Show) -> String {
    let l = show.lang;
    let title = super::report::title(r, l);
    let mut m = head(&title, &r.headline);
    m.push_str(&warnings(&r.warnings, l));
    m.push_str(&rate_figures(l, &r.total));
    m.push_str(&trend(l, &x.trend));
    m.push_str(&per_scope(
        &t(l, "html-chart-alleys"),
        &scope_bars(&r.alleys),
    ));
    m.push_str(&sections(super::report::tables(r, show)));
    m.push_str(&cases(l, &x.cases));
    m.push_str(&format!(
        "<h2>{}</h2>\n<p>{}</p>\n",
        escape(&t(l, "report-last-person-heading")),
        escape(&tr(
            l,
            "report-last-person-md",
            &[("n", last_person_count(r).into())]
        ))
    ));
    if !r.last_person.is_empty() {
        let h = super::report::headers(
            l,
            &[
                "report-col-alley",
                "report-col-name",
                "report-col-count",
                "report-col-households",
            ],
        );
        let h: Vec<&str> = h.iter().map(String::as_str).collect();
        let mut tb = Table::new(&h).numeric(&h[2..3]);
        for lp in &r.last_person {
            tb.push(vec![
                lp.alley.clone(),
                lp.alley_name.clone(),
                lp.households.len().to_string(),
                household_list(&lp.households, show),
            ]);
        }
        m.push_str(&table(&tb));
    }
    let note = tr(
        l,
        "report-footnote",
        &[
            ("legend", header_legend(l, false).into()),
            ("meanings", meanings(l).into()),
        ],
    );
    m.push_str(&format!("<footer>{}</footer>\n", escape(&note)));
    m.push_str(&signatures(l, &[]));
    document(l, &title, &m)
}

/// The town's report as a page: the villages in place of the alleys, its inbox as
/// the town-level cases.
pub fn town(r: &TownReport, x: &Extras, l: Lang) -> String {
    let title = super::town::title(r, l);
    let mut m = head(&title, &r.headline);
    m.push_str(&warnings(&r.warnings, l));
    m.push_str(&rate_figures(l, &r.total));
    m.push_str(&trend(l, &x.trend));
    let villages: Vec<(String, String, u64)> = r
        .villages
        .iter()
        .map(|v| (v.code.clone(), v.name.clone(), count(&v.tally, "opened")))
        .collect();
    m.push_str(&per_scope(&t(l, "html-chart-villages"), &villages));
    m.push_str(&sections(super::town::tables(r, l)));
    m.push_str(&format!(
        "<p>{}</p>\n",
        escape(&super::town::inbox_line(r, l))
    ));
    m.push_str(&cases(l, &x.cases));
    let note = tr(
        l,
        "town-footnote",
        &[
            ("legend", header_legend(l, true).into()),
            ("meanings", town_meanings(l).into()),
        ],
    );
    m.push_str(&format!("<footer>{}</footer>\n", escape(&note)));
    m.push_str(&signatures(l, &[]));
    document(l, &title, &m)
}
