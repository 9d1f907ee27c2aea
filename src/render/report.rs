//! The report in four formats with the same numbers: a terminal page, a Markdown
//! document ready to print or send, tidy long CSV (`scope,key,name,metric,value`)
//! and JSON nested by scope.

use serde_json::{json, Map, Value as Json};

use super::{Format, Table};
use crate::model::report::{Report, ScopeRow, Tally, Value};
use crate::text::{md_escape, printable};

/// Options that change what a report shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Show {
    /// Leave out names of household heads and leaders (a report to post publicly).
    pub redact: bool,
}

pub fn render(r: &Report, format: Format, show: Show) -> String {
    match format {
        Format::Csv => csv(r),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&json(r, show)).expect("JSON");
            s.push('\n');
            s
        }
        Format::Md => markdown(r, show),
        Format::Table => terminal(r, show),
    }
}

fn shown(v: &Value) -> String {
    match v {
        Value::Rate(None) => "-".into(),
        v => v.text(),
    }
}

/// The short column label of a metric in the wide tables (the footnote of the
/// Markdown report spells them out).
pub fn short(metric: &str) -> &str {
    match metric {
        "solved_on_spot" => "on_spot",
        "escalated" => "escal",
        "open_at_end" => "open",
        "on_time_rate" => "on_time%",
        "resolution_rate" => "resolved%",
        "satisfaction_rate" => "satisfied%",
        "inspections" => "insp",
        "feedbacks" => "feedb",
        "households_served" => "served",
        m => m,
    }
}

/// One table with a row per scope and a column per metric.
fn scope_table(first: &[&str], rows: &[(Vec<String>, &Tally)]) -> Table {
    let metrics: Vec<&str> = rows.first().map_or(Vec::new(), |(_, t)| {
        t.values().into_iter().map(|(m, _)| short(m)).collect()
    });
    let mut headers: Vec<&str> = first.to_vec();
    headers.extend(&metrics);
    let mut t = Table::new(&headers).numeric(&metrics);
    for (lead, tally) in rows {
        let mut row = lead.clone();
        row.extend(tally.values().iter().map(|(_, v)| shown(v)));
        t.push(row);
    }
    t
}

fn scope_rows(rows: &[ScopeRow], with_leader: bool, show: Show) -> Vec<(Vec<String>, &Tally)> {
    rows.iter()
        .map(|r| {
            let mut lead = vec![r.key.clone(), r.name.clone()];
            if with_leader {
                lead.push(if show.redact {
                    String::new()
                } else {
                    r.leader.clone()
                });
            }
            (lead, &r.tally)
        })
        .collect()
}

fn tables(r: &Report, show: Show) -> Vec<(&'static str, Table)> {
    let mut village = Table::new(&["metric", "value"]).numeric(&["value"]);
    for (m, v) in r.total.values() {
        village.push(vec![m.to_string(), shown(&v)]);
    }
    vec![
        ("Village", village),
        (
            "By alley",
            scope_table(
                &["alley", "name", "leader"],
                &scope_rows(&r.alleys, true, show),
            ),
        ),
        (
            "By category",
            scope_table(
                &["category", "name"],
                &scope_rows(&r.categories, false, show),
            ),
        ),
        (
            "By level",
            scope_table(&["level", "name"], &scope_rows(&r.levels, false, show)),
        ),
    ]
}

fn last_person_count(r: &Report) -> usize {
    r.last_person.iter().map(|l| l.households.len()).sum()
}

fn household_list(hs: &[(String, String)], show: Show) -> String {
    hs.iter()
        .map(|(id, head)| {
            if show.redact {
                id.clone()
            } else {
                format!("{head} ({id})")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn title(r: &Report) -> String {
    format!(
        "{}: lane-leader report, {} ({} to {})",
        r.village, r.period.label, r.period.from, r.period.to
    )
}

fn terminal(r: &Report, show: Show) -> String {
    let mut s = format!("{}\n\n{}\n", printable(&title(r)), printable(&r.headline));
    for (name, t) in tables(r, show) {
        s.push_str(&format!("\n{name}\n{}", super::terminal(&t)));
    }
    s.push_str(&format!(
        "\nThe last person: {} households with no visit and no case\n",
        last_person_count(r)
    ));
    if !r.last_person.is_empty() {
        let mut t = Table::new(&["alley", "name", "count", "households"]).numeric(&["count"]);
        for l in &r.last_person {
            t.push(vec![
                l.alley.clone(),
                l.alley_name.clone(),
                l.households.len().to_string(),
                household_list(&l.households, show),
            ]);
        }
        s.push_str(&super::terminal_wrapped(&t, Some(100)));
    }
    s
}

fn markdown(r: &Report, show: Show) -> String {
    let mut s = format!("# {}\n\n{}\n", md_escape(&title(r)), md_escape(&r.headline));
    for (name, t) in tables(r, show) {
        s.push_str(&format!("\n## {name}\n\n{}", super::markdown(&t)));
    }
    s.push_str(&format!(
        "\n## The last person\n\n{} households with no visit and no case in the period.\n",
        last_person_count(r)
    ));
    for l in &r.last_person {
        s.push_str(&format!(
            "\n- **{} {}** ({}): {}\n",
            md_escape(&l.alley),
            md_escape(&l.alley_name),
            l.households.len(),
            md_escape(&household_list(&l.households, show))
        ));
    }
    s.push_str(
        "\n---\n\nColumns: on_spot = solved_on_spot, escal = escalated, open = open_at_end, \
         on_time% = on_time_rate, resolved% = resolution_rate, satisfied% = satisfaction_rate, \
         insp = inspections, feedb = feedbacks, served = households_served. \
         Rates are percentages. on_time_rate: of the cases resolved in the period, the share \
         resolved by the deadline in force; resolution_rate: of the cases opened in the period, the \
         share resolved or closed by its end; satisfaction_rate: of the return visits in the period, \
         the share satisfied or basic; households_served: distinct households with a case opened or \
         a visit in the period.\n",
    );
    s
}

/// Tidy long CSV: one number per row.
fn csv(r: &Report) -> String {
    let mut t = Table::new(&["scope", "key", "name", "metric", "value"]);
    let mut add = |scope: &str, key: &str, name: &str, tally: &Tally| {
        for (m, v) in tally.values() {
            t.push(vec![
                scope.into(),
                key.into(),
                name.into(),
                m.into(),
                v.text(),
            ]);
        }
    };
    add("village", "village", &r.village, &r.total);
    for (scope, rows) in [
        ("alley", &r.alleys),
        ("category", &r.categories),
        ("level", &r.levels),
    ] {
        for row in rows {
            add(scope, &row.key, &row.name, &row.tally);
        }
    }
    super::csv(&t)
}

fn metrics_json(t: &Tally) -> Json {
    let mut m = Map::new();
    for (k, v) in t.values() {
        m.insert(k.to_string(), v.json());
    }
    Json::Object(m)
}

fn json(r: &Report, show: Show) -> Json {
    let scope = |rows: &[ScopeRow], leader: bool| -> Json {
        rows.iter()
            .map(|row| {
                let mut o =
                    json!({"key": row.key, "name": row.name, "metrics": metrics_json(&row.tally)});
                if leader && !show.redact {
                    o["leader"] = Json::String(row.leader.clone());
                }
                o
            })
            .collect()
    };
    json!({
        "village": {"name": r.village, "metrics": metrics_json(&r.total)},
        "period": {"from": r.period.from.to_string(), "to": r.period.to.to_string(), "label": r.period.label},
        "headline": r.headline,
        "alleys": scope(&r.alleys, true),
        "categories": scope(&r.categories, false),
        "levels": scope(&r.levels, false),
        "last_person": r.last_person.iter().map(|l| json!({
            "alley": l.alley,
            "name": l.alley_name,
            "households": l.households.iter().map(|(id, head)| {
                if show.redact { json!({"id": id}) } else { json!({"id": id, "head": head}) }
            }).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
