//! `lane report --format xlsx` and `lane town report --format xlsx`: a workbook
//! made to be read, one sheet per section, the title (with the period) and the
//! headline on top of the first sheet. The numbers are the ones `--format json`
//! gives: counts as number cells, rates as percentage cells (95.2 as 0.952).

use super::metrics::{Row, Values};
use super::report::{headers, keyed, Show};
use super::xlsx::{Cell, Sheet};
use super::Table;
use crate::i18n::{t, tr, Lang};
use crate::model::metric::{values, Value};
use crate::model::report::{Report, ScopeRow};
use crate::model::town::TownReport;

/// A metric's value as a cell: no rate is an empty cell.
fn cell(v: &Value) -> Cell {
    match v {
        Value::Count(n) => Cell::Number(*n as f64),
        // One decimal of a percentage: 96.4 is 0.964, not 0.9640000000000001.
        Value::Rate(Some(r)) => Cell::Percent((r * 10.0).round() / 1000.0),
        Value::Rate(None) => Cell::Empty,
    }
}

/// A scope's metrics, a row each: `metric, value`.
fn tall(name: String, l: Lang, values: &Values) -> Sheet {
    Sheet {
        name,
        title: Vec::new(),
        headers: headers(l, &["report-col-metric", "report-col-value"]),
        rows: values
            .iter()
            .map(|(m, v)| vec![Cell::Text(m.name(l)), cell(v)])
            .collect(),
    }
}

/// A row per scope, a column per metric, after the `first` columns.
fn wide(name: String, l: Lang, first: Vec<String>, rows: &[Row]) -> Sheet {
    let mut headers = first;
    if let Some((_, values)) = rows.first() {
        headers.extend(values.iter().map(|(m, _)| m.header(l)));
    }
    Sheet {
        name,
        title: Vec::new(),
        headers,
        rows: rows
            .iter()
            .map(|(lead, values)| {
                let mut row: Vec<Cell> = lead.iter().map(|c| Cell::Text(c.clone())).collect();
                row.extend(values.iter().map(|(_, v)| cell(v)));
                row
            })
            .collect(),
    }
}

fn scope_rows(rows: &[ScopeRow], leader: Option<Show>) -> Vec<Row> {
    rows.iter()
        .map(|r| {
            let mut lead = vec![r.key.clone(), r.name.clone()];
            if let Some(show) = leader {
                lead.push(if show.redact {
                    String::new()
                } else {
                    r.leader.clone()
                });
            }
            (lead, r.tally.values())
        })
        .collect()
}

/// The categories' or levels' sheet, keyed as the other formats key them.
fn keyed_sheet(title: &str, l: Lang, key: &str, rows: &[ScopeRow]) -> Sheet {
    let (h, rows) = keyed(l, key, scope_rows(rows, None));
    wide(t(l, title), l, h, &rows)
}

/// The title, the warnings and the headline above the first sheet's table.
fn on_top(first: &mut Sheet, title: String, warnings: &[String], headline: &str) {
    first.title.push(title);
    first.title.extend(warnings.iter().cloned());
    first.title.push(headline.to_string());
}

/// The village report's workbook; `open` is the list of the cases open now
/// (overdue first), as `lane list` shows them.
pub fn report(r: &Report, show: Show, open: &Table) -> Vec<Sheet> {
    let l = show.lang;
    let mut village = tall(t(l, "report-village"), l, &r.total.values());
    let warnings: Vec<String> = r
        .warnings
        .iter()
        .map(|w| {
            tr(
                l,
                "report-incomplete",
                &[("message", w.message.as_str().into())],
            )
        })
        .collect();
    on_top(
        &mut village,
        super::report::title(r, l),
        &warnings,
        &r.headline,
    );
    let alley_headers = headers(
        l,
        &["report-col-alley", "report-col-name", "report-col-leader"],
    );
    let alleys = scope_rows(&r.alleys, Some(show));
    vec![
        village,
        wide(t(l, "report-by-alley"), l, alley_headers, &alleys),
        keyed_sheet(
            "report-by-category",
            l,
            "report-col-category",
            &r.categories,
        ),
        keyed_sheet("report-by-level", l, "report-col-level", &r.levels),
        last_person(r, show),
        Sheet::of_table(&t(l, "xlsx-sheet-open-cases"), open),
    ]
}

/// The households neither visited nor in a case: a row per household.
fn last_person(r: &Report, show: Show) -> Sheet {
    let l = show.lang;
    let mut rows = Vec::new();
    for lp in &r.last_person {
        for (id, head) in &lp.households {
            let head = if show.redact { "" } else { head.as_str() };
            rows.push(vec![
                Cell::Text(lp.alley.clone()),
                Cell::Text(lp.alley_name.clone()),
                Cell::Text(id.clone()),
                Cell::Text(head.to_string()),
            ]);
        }
    }
    Sheet {
        name: t(l, "report-last-person-heading"),
        title: vec![tr(l, "report-last-person", &[("n", rows.len().into())])],
        headers: headers(
            l,
            &[
                "report-col-alley",
                "report-col-name",
                "xlsx-col-household",
                "xlsx-col-head",
            ],
        ),
        rows,
    }
}

/// The town report's workbook: the town, the villages with the town's total
/// last, the categories and the levels.
pub fn town(r: &TownReport, l: Lang) -> Vec<Sheet> {
    let total = values(&r.total, Some(&r.extra));
    let mut town = tall(t(l, "town-town"), l, &total);
    let warnings: Vec<String> = r
        .warnings
        .iter()
        .map(|w| {
            tr(
                l,
                "report-incomplete",
                &[("message", w.message.as_str().into())],
            )
        })
        .collect();
    on_top(&mut town, super::town::title(r, l), &warnings, &r.headline);
    let mut villages: Vec<Row> = r
        .villages
        .iter()
        .map(|v| {
            (
                vec![v.code.clone(), v.name.clone()],
                values(&v.tally, Some(&v.extra)),
            )
        })
        .collect();
    villages.push((vec![t(l, "town-total"), r.town.clone()], total));
    let village_headers = headers(l, &["town-col-village", "report-col-name"]);
    vec![
        town,
        wide(t(l, "town-by-village"), l, village_headers, &villages),
        keyed_sheet(
            "report-by-category",
            l,
            "report-col-category",
            &r.categories,
        ),
        keyed_sheet("report-by-level", l, "report-col-level", &r.levels),
    ]
}
