//! The town report in the four formats of `lane report`, with the same numbers in
//! each: a terminal page, a Markdown document, tidy long CSV
//! (`scope,key,name,metric,value`) and JSON nested by scope.

use serde_json::{json, Map, Value as Json};

use super::report::short as short_report;
use super::{Format, Table};
use crate::model::report::{ScopeRow, Tally, Value};
use crate::model::town::{Extra, TownReport};
use crate::text::md_escape;

pub fn render(r: &TownReport, format: Format) -> String {
    match format {
        Format::Csv => csv(r),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&json(r)).expect("JSON");
            s.push('\n');
            s
        }
        Format::Md => markdown(r),
        Format::Table => terminal(r),
    }
}

fn shown(v: &Value) -> String {
    match v {
        Value::Rate(None) => "-".into(),
        v => v.text(),
    }
}

/// The short column label of a metric in the wide tables.
pub fn short(metric: &str) -> &str {
    match metric {
        "town_inbox" => "inbox",
        "town_inbox_overdue" => "inbox_over",
        "last_person" => "last",
        m => short_report(m),
    }
}

/// The metrics of a village or the town: the report's, then the town figures.
fn metrics(t: &Tally, e: &Extra) -> Vec<(&'static str, Value)> {
    let mut v = t.values();
    v.extend(e.values());
    v
}

/// A row of a wide table: its leading cells and its metrics.
type Row = (Vec<String>, Vec<(&'static str, Value)>);

/// One table with a row per scope and a column per metric.
fn wide(first: &[&str], rows: &[Row]) -> Table {
    let metrics: Vec<&str> = rows.first().map_or(Vec::new(), |(_, m)| {
        m.iter().map(|(k, _)| short(k)).collect()
    });
    let mut headers: Vec<&str> = first.to_vec();
    headers.extend(&metrics);
    let mut t = Table::new(&headers).numeric(&metrics);
    for (lead, values) in rows {
        let mut row = lead.clone();
        row.extend(values.iter().map(|(_, v)| shown(v)));
        t.push(row);
    }
    t
}

fn scope_rows(rows: &[ScopeRow]) -> Vec<Row> {
    rows.iter()
        .map(|r| (vec![r.key.clone(), r.name.clone()], r.tally.values()))
        .collect()
}

fn tables(r: &TownReport) -> Vec<(&'static str, Table)> {
    let mut town = Table::new(&["metric", "value"]).numeric(&["value"]);
    for (m, v) in metrics(&r.total, &r.extra) {
        town.push(vec![m.to_string(), shown(&v)]);
    }
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
        vec!["total".into(), r.town.clone()],
        metrics(&r.total, &r.extra),
    ));
    vec![
        ("Town", town),
        ("By village", wide(&["village", "name"], &villages)),
        (
            "By category",
            wide(&["category", "name"], &scope_rows(&r.categories)),
        ),
        ("By level", wide(&["level", "name"], &scope_rows(&r.levels))),
    ]
}

fn title(r: &TownReport) -> String {
    format!(
        "{}: lane-leader report of {} village{}, {} ({} to {})",
        r.town,
        r.villages.len(),
        if r.villages.len() == 1 { "" } else { "s" },
        r.period.label,
        r.period.from,
        r.period.to
    )
}

fn inbox_line(r: &TownReport) -> String {
    format!(
        "Town inbox: {} cases open at level town or above at the period's end, {} of them overdue; `lane town inbox` lists those open now.",
        r.extra.inbox, r.extra.inbox_overdue
    )
}

fn terminal(r: &TownReport) -> String {
    let mut s = format!("{}\n\n{}\n", title(r), r.headline);
    for (name, t) in tables(r) {
        s.push_str(&format!("\n{name}\n{}", super::terminal(&t)));
    }
    s.push_str(&format!("\n{}\n", inbox_line(r)));
    s
}

fn markdown(r: &TownReport) -> String {
    let mut s = format!("# {}\n\n{}\n", md_escape(&title(r)), md_escape(&r.headline));
    for (name, t) in tables(r) {
        s.push_str(&format!("\n## {name}\n\n{}", super::markdown(&t)));
    }
    s.push_str(&format!("\n{}\n", md_escape(&inbox_line(r))));
    s.push_str(
        "\n---\n\nColumns: on_spot = solved_on_spot, escal = escalated, open = open_at_end, \
         on_time% = on_time_rate, resolved% = resolution_rate, satisfied% = satisfaction_rate, \
         insp = inspections, feedb = feedbacks, served = households_served, \
         inbox = town_inbox (open at level town or above at the period's end), \
         inbox_over = town_inbox_overdue (of those, past their deadline), \
         last = last_person (households with no visit and no case). \
         The definitions are those of each village's report; the town's rates are computed \
         from the summed counts of all villages, not averaged.\n",
    );
    s
}

/// Tidy long CSV: one number per row.
fn csv(r: &TownReport) -> String {
    let mut t = Table::new(&["scope", "key", "name", "metric", "value"]);
    let mut add = |scope: &str, key: &str, name: &str, values: Vec<(&str, Value)>| {
        for (m, v) in values {
            t.push(vec![
                scope.into(),
                key.into(),
                name.into(),
                m.into(),
                v.text(),
            ]);
        }
    };
    add("town", "town", &r.town, metrics(&r.total, &r.extra));
    for v in &r.villages {
        add("village", &v.code, &v.name, metrics(&v.tally, &v.extra));
    }
    for (scope, rows) in [("category", &r.categories), ("level", &r.levels)] {
        for row in rows {
            add(scope, &row.key, &row.name, row.tally.values());
        }
    }
    super::csv(&t)
}

fn metrics_json(values: Vec<(&str, Value)>) -> Json {
    let mut m = Map::new();
    for (k, v) in values {
        m.insert(k.to_string(), v.json());
    }
    Json::Object(m)
}

fn json(r: &TownReport) -> Json {
    let scope = |rows: &[ScopeRow]| -> Json {
        rows.iter()
            .map(|row| json!({"key": row.key, "name": row.name, "metrics": metrics_json(row.tally.values())}))
            .collect()
    };
    json!({
        "town": {"name": r.town, "metrics": metrics_json(metrics(&r.total, &r.extra))},
        "period": {"from": r.period.from.to_string(), "to": r.period.to.to_string(), "label": r.period.label},
        "headline": r.headline,
        "villages": r.villages.iter().map(|v| json!({
            "code": v.code,
            "name": v.name,
            "metrics": metrics_json(metrics(&v.tally, &v.extra)),
        })).collect::<Vec<_>>(),
        "categories": scope(&r.categories),
        "levels": scope(&r.levels),
    })
}
