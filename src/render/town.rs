//! The town report in the four formats of `lane report`, with the same numbers in
//! each: a terminal page, a Markdown document, tidy long CSV
//! (`scope,key,name,metric,value`) and JSON nested by scope.

use serde_json::{json, Value as Json};

use super::metrics::{add_tidy, header_legend, json as json_of, tall, tidy, wide, Row, Values};
use super::report::{warning_json, warning_lines, warning_md, warning_rows};
use super::{Format, Table};
use crate::model::metric::values;
use crate::model::report::{ScopeRow, Tally};
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

/// The metrics of a village or the town: the report's, then the town figures.
fn metrics(t: &Tally, e: &Extra) -> Values {
    values(t, Some(e))
}

fn scope_rows(rows: &[ScopeRow]) -> Vec<Row> {
    rows.iter()
        .map(|r| (vec![r.key.clone(), r.name.clone()], r.tally.values()))
        .collect()
}

fn tables(r: &TownReport) -> Vec<(&'static str, Table)> {
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
        ("Town", tall(&metrics(&r.total, &r.extra))),
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
    let mut s = format!("{}\n", title(r));
    s.push_str(&warning_lines(&r.warnings));
    s.push_str(&format!("\n{}\n", r.headline));
    for (name, t) in tables(r) {
        s.push_str(&format!("\n{name}\n{}", super::terminal(&t)));
    }
    s.push_str(&format!("\n{}\n", inbox_line(r)));
    s
}

fn markdown(r: &TownReport) -> String {
    let mut s = format!("# {}\n", md_escape(&title(r)));
    s.push_str(&warning_md(&r.warnings));
    s.push_str(&format!("\n{}\n", md_escape(&r.headline)));
    for (name, t) in tables(r) {
        s.push_str(&format!("\n## {name}\n\n{}", super::markdown(&t)));
    }
    s.push_str(&format!("\n{}\n", md_escape(&inbox_line(r))));
    s.push_str(&format!(
        "\n---\n\nColumns: {}. The definitions are those of each village's report; \
         the town's rates are computed from the summed counts of all villages, not averaged.\n",
        header_legend(true)
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
        "period": {"from": r.period.from.to_string(), "to": r.period.to.to_string(), "label": r.period.label},
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
