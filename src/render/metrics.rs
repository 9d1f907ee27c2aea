//! The metrics as `lane report` and `lane town report` print them, the same way in
//! both: wide tables (a row per scope, a column per metric), the metric-and-value
//! table of one scope, tidy CSV rows, JSON objects and the footnote that spells out
//! the short headers. Every list is [`METRICS`], in its order.

use serde_json::{Map, Value as Json};

use super::Table;
use crate::model::metric::{Metric, Source, Value, METRICS};

/// A scope's metrics and their values, in report order.
pub type Values = Vec<(&'static Metric, Value)>;

/// A row of a wide table: its leading cells and its metrics.
pub type Row = (Vec<String>, Values);

/// One table with a row per scope and a column per metric: `first` names the
/// leading columns, the first row's metrics name the others.
pub fn wide(first: &[&str], rows: &[Row]) -> Table {
    let metrics: Vec<&str> = rows.first().map_or(Vec::new(), |(_, values)| {
        values.iter().map(|(m, _)| m.short).collect()
    });
    let mut headers: Vec<&str> = first.to_vec();
    headers.extend(&metrics);
    let mut t = Table::new(&headers).numeric(&metrics);
    for (lead, values) in rows {
        let mut row = lead.clone();
        row.extend(values.iter().map(|(_, v)| v.shown()));
        t.push(row);
    }
    t
}

/// The table of one scope: a row per metric, `metric,value`.
pub fn tall(values: &Values) -> Table {
    let mut t = Table::new(&["metric", "value"]).numeric(&["value"]);
    for (m, v) in values {
        t.push(vec![m.key.to_string(), v.shown()]);
    }
    t
}

/// An empty tidy long CSV table: `scope,key,name,metric,value`, one number a row.
pub fn tidy() -> Table {
    Table::new(&["scope", "key", "name", "metric", "value"])
}

/// Adds the rows of one scope to a [`tidy`] table.
pub fn add_tidy(t: &mut Table, (scope, key, name): (&str, &str, &str), values: &Values) {
    for (m, v) in values {
        t.push(vec![
            scope.into(),
            key.into(),
            name.into(),
            m.key.into(),
            v.text(),
        ]);
    }
}

/// A scope's metrics as a JSON object keyed by metric.
pub fn json(values: &Values) -> Json {
    let mut o = Map::new();
    for (m, v) in values {
        o.insert(m.key.to_string(), v.json());
    }
    Json::Object(o)
}

/// What the Markdown footnote says of the short headers: `on_spot = solved_on_spot,
/// escal = escalated, ...` for each header that is not its metric's key. With
/// `town`, the town figures follow with their meaning (no village report defines
/// them): `inbox = town_inbox (open at level town or above at the period's end)`.
pub fn header_legend(town: bool) -> String {
    METRICS
        .iter()
        .filter_map(|m| match m.source {
            Source::Town(_) if town => Some(format!("{} = {} ({})", m.short, m.key, m.meaning)),
            Source::Town(_) => None,
            _ if m.short != m.key => Some(format!("{} = {}", m.short, m.key)),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The meanings `lane report`'s footnote spells out: `on_time_rate: of the cases
/// resolved in the period, ...; households_served: ...`.
pub fn meanings() -> String {
    METRICS
        .iter()
        .filter(|m| m.in_village_report() && m.in_footnote)
        .map(|m| format!("{}: {}", m.key, m.meaning))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The footnotes spell out, in table order, every short header that is not its
    /// key, the town figures with their meaning, and the meanings marked for the
    /// village report's footnote. (examples/golden.sh showed them byte for byte the
    /// same as the hand-written footnotes they replace.)
    #[test]
    fn the_footnotes_spell_out_the_table() {
        let village = header_legend(false);
        let town = header_legend(true);
        assert!(village.starts_with("on_spot = solved_on_spot, escal = escalated, "));
        assert!(town.starts_with(&format!(
            "{village}, inbox = town_inbox (open at level town"
        )));
        let mut at = 0;
        for m in METRICS.iter().filter(|m| m.short != m.key) {
            let said = format!("{} = {}", m.short, m.key);
            let i = town[at..].find(&said).expect(m.key) + at;
            at = i;
            assert_eq!(village.contains(&said), m.in_village_report(), "{}", m.key);
        }
        let meanings = meanings();
        for m in METRICS {
            let said = format!("{}: {}", m.key, m.meaning);
            assert_eq!(
                meanings.contains(&said),
                m.in_footnote && m.in_village_report()
            );
        }
        assert!(meanings.starts_with("on_time_rate: of the cases resolved in the period, "));
    }
}
