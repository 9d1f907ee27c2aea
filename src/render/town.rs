//! The town report in the four formats of `lane report`, with the same numbers in
//! each: a terminal page, a Markdown document, tidy long CSV
//! (`scope,key,name,metric,value`) and JSON nested by scope.

use serde_json::{json, Value as Json};

use super::metrics::{
    add_tidy, header_legend, json as json_of, tall, tidy, town_meanings, wide, Row, Values,
};
use super::report::{headers, heading, keyed, split};
use super::report::{period_json, period_line, period_md};
use super::report::{warning_json, warning_lines, warning_md, warning_rows};
use super::{Format, Table};
use crate::i18n::{t, tr, Lang};
use crate::model::metric::values;
use crate::model::report::{ScopeRow, Tally};
use crate::model::town::{Extra, TownReport};
use crate::text::md_escape;

/// Whether `format` is for people (a terminal table, Markdown): their headers and
/// words are in the current language; CSV and JSON keep English keys.
pub fn for_people(format: Format) -> bool {
    matches!(format, Format::Table | Format::Md | Format::Html)
}

/// A listing's table with, for people, the messages `names` (one per column) as
/// its headers; the numeric columns stay as they were.
pub fn headed(mut table: Table, format: Format, names: &[&str]) -> Table {
    debug_assert_eq!(names.len(), table.headers.len());
    let l = crate::i18n::current();
    let labels: Vec<String> = names.iter().map(|n| t(l, n)).collect();
    if for_people(format) {
        table.headers = labels.clone();
    }
    // A workbook's headers are for people too (its cells stay the stored values).
    table.labels = Some(labels);
    table
}

/// The town report in `format`; `lang` is the language of table and md.
pub fn render(r: &TownReport, format: Format, lang: Lang) -> String {
    match format {
        // The workbook is written by `report_xlsx`; as text it is the CSV.
        Format::Csv | Format::CsvExcel | Format::Xlsx => csv(r),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&json(r)).expect("JSON");
            s.push('\n');
            s
        }
        Format::Md => markdown(r, lang),
        Format::Table => terminal(r, lang),
        Format::Html => super::report_html::town(r, &Default::default(), lang),
    }
}

/// The metrics of a village or the town: the report's, then the town figures.
fn metrics(t: &Tally, e: &Extra) -> Values {
    values(t, Some(e))
}

fn scope_rows(rows: &[ScopeRow]) -> Vec<Row> {
    rows.iter()
        .map(|r| (vec![r.key.clone(), r.name.clone()], r.tally.values()))
        .collect()
}

pub(super) fn tables(r: &TownReport, l: Lang) -> Vec<(String, Table)> {
    let mut villages: Vec<Row> = r
        .villages
        .iter()
        .map(|v| {
            (
                vec![v.code.clone(), v.name.clone()],
                metrics(&v.tally, &v.extra),
            )
        })
        .collect();
    villages.push((
        vec![t(l, "town-total"), r.town.clone()],
        metrics(&r.total, &r.extra),
    ));
    vec![
        (t(l, "town-town"), tall(l, &metrics(&r.total, &r.extra))),
        (
            t(l, "town-by-village"),
            wide(
                l,
                &headers(l, &["town-col-village", "report-col-name"]),
                &villages,
            ),
        ),
        (t(l, "report-by-category"), {
            let (h, rows) = keyed(l, "report-col-category", scope_rows(&r.categories));
            wide(l, &h, &rows)
        }),
        (t(l, "report-by-level"), {
            let (h, rows) = keyed(l, "report-col-level", scope_rows(&r.levels));
            wide(l, &h, &rows)
        }),
    ]
}

pub fn title(r: &TownReport, l: Lang) -> String {
    tr(
        l,
        "town-title",
        &[
            ("town", r.town.as_str().into()),
            ("villages", r.villages.len().into()),
            ("period", r.period.label.as_str().into()),
            ("from", r.period.from.to_string().into()),
            ("to", r.period.to.to_string().into()),
        ],
    )
}

pub(super) fn inbox_line(r: &TownReport, l: Lang) -> String {
    tr(
        l,
        "town-inbox",
        &[
            ("inbox", r.extra.inbox.into()),
            ("overdue", r.extra.inbox_overdue.into()),
        ],
    )
}

fn terminal(r: &TownReport, l: Lang) -> String {
    let mut s = format!("{}\n", heading(&title(r, l)));
    s.push_str(&period_line(l, &r.period));
    s.push_str(&warning_lines(l, &r.warnings));
    let headline = super::fit::prose(&r.headline, crate::term::width());
    s.push_str(&format!("\n{headline}\n"));
    for (name, table) in tables(r, l) {
        let table = super::terminal(&split(table));
        s.push_str(&format!("\n{}\n{table}", heading(&name)));
    }
    s.push_str(&format!("\n{}\n", inbox_line(r, l)));
    s
}

fn markdown(r: &TownReport, l: Lang) -> String {
    let mut s = format!("# {}\n", md_escape(&title(r, l)));
    s.push_str(&period_md(l, &r.period));
    s.push_str(&warning_md(l, &r.warnings));
    s.push_str(&format!("\n{}\n", md_escape(&r.headline)));
    for (name, table) in tables(r, l) {
        s.push_str(&format!("\n## {name}\n\n{}", super::markdown(&table)));
    }
    s.push_str(&format!("\n{}\n", md_escape(&inbox_line(r, l))));
    s.push_str(&format!(
        "\n---\n\n{}\n",
        tr(
            l,
            "town-footnote",
            &[
                ("legend", header_legend(l, true).into()),
                ("meanings", town_meanings(l).into()),
            ]
        )
    ));
    s
}

/// Tidy long CSV: one number per row.
fn csv(r: &TownReport) -> String {
    let mut t = tidy();
    warning_rows(&mut t, &r.warnings);
    add_tidy(
        &mut t,
        ("town", "town", &r.town),
        &metrics(&r.total, &r.extra),
    );
    for v in &r.villages {
        add_tidy(
            &mut t,
            ("village", &v.code, &v.name),
            &metrics(&v.tally, &v.extra),
        );
    }
    for (scope, rows) in [("category", &r.categories), ("level", &r.levels)] {
        for row in rows {
            add_tidy(&mut t, (scope, &row.key, &row.name), &row.tally.values());
        }
    }
    super::csv(&t)
}

fn json(r: &TownReport) -> Json {
    let scope = |rows: &[ScopeRow]| -> Json {
        rows.iter()
            .map(|row| json!({"key": row.key, "name": row.name, "metrics": json_of(&row.tally.values())}))
            .collect()
    };
    json!({
        "town": {"name": r.town, "metrics": json_of(&metrics(&r.total, &r.extra))},
        "period": period_json(&r.period),
        "headline": r.headline,
        "warnings": warning_json(&r.warnings),
        "villages": r.villages.iter().map(|v| json!({
            "code": v.code,
            "name": v.name,
            "metrics": json_of(&metrics(&v.tally, &v.extra)),
        })).collect::<Vec<_>>(),
        "categories": scope(&r.categories),
        "levels": scope(&r.levels),
    })
}
