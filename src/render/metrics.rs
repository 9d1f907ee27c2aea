//! The metrics as `lane report` and `lane town report` print them, the same way in
//! both: wide tables (a row per scope, a column per metric), the metric-and-value
//! table of one scope, tidy CSV rows, JSON objects and the footnote that spells out
//! the short headers. Every list is [`METRICS`], in its order.

use serde_json::{Map, Value as Json};

use super::Table;
use crate::i18n::{percent, t, Lang};
use crate::model::metric::{Metric, Source, Value, METRICS};

/// A scope's metrics and their values, in report order.
pub type Values = Vec<(&'static Metric, Value)>;

/// A row of a wide table: its leading cells and its metrics.
pub type Row = (Vec<String>, Values);

impl Metric {
    /// The metric's header in a wide table, in `lang` (English: [`Metric::short`]).
    pub fn header(&self, lang: Lang) -> String {
        t(lang, &format!("{}{}", "metric-short-", self.key))
    }

    /// The metric's row name in a scope's own table (English: its key).
    pub fn name(&self, lang: Lang) -> String {
        t(lang, &format!("{}{}", "metric-name-", self.key))
    }

    /// What the metric counts, in `lang` (English: [`Metric::meaning`]).
    pub fn meaning_in(&self, lang: Lang) -> String {
        t(lang, &format!("{}{}", "metric-meaning-", self.key))
    }
}

/// A value as a table cell shows it in `lang`: Chinese writes a rate `95.2%`.
fn cell(lang: Lang, v: &Value) -> String {
    match v {
        Value::Rate(_) => percent(lang, &v.shown()),
        Value::Count(_) => v.shown(),
    }
}

/// One table with a row per scope and a column per metric: `first` names the
/// leading columns, the first row's metrics name the others.
pub fn wide(lang: Lang, first: &[String], rows: &[Row]) -> Table {
    let metrics: Vec<String> = rows.first().map_or(Vec::new(), |(_, values)| {
        values.iter().map(|(m, _)| m.header(lang)).collect()
    });
    let mut headers: Vec<&str> = first.iter().map(String::as_str).collect();
    let metric_refs: Vec<&str> = metrics.iter().map(String::as_str).collect();
    headers.extend(&metric_refs);
    let mut t = Table::new(&headers).numeric(&metric_refs);
    for (lead, values) in rows {
        let mut row = lead.clone();
        row.extend(values.iter().map(|(_, v)| cell(lang, v)));
        t.push(row);
    }
    t
}

/// The table of one scope: a row per metric, `metric,value`.
pub fn tall(lang: Lang, values: &Values) -> Table {
    let (metric, value) = (t(lang, "report-col-metric"), t(lang, "report-col-value"));
    let mut table = Table::new(&[&metric, &value]).numeric(&[&value]);
    for (m, v) in values {
        table.push(vec![m.name(lang), cell(lang, v)]);
    }
    table
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
pub fn header_legend(lang: Lang, town: bool) -> String {
    METRICS
        .iter()
        .filter_map(|m| {
            let short = m.header(lang);
            match m.source {
                Source::Town(_) if town => {
                    Some(format!("{short} = {} ({})", m.key, m.meaning_in(lang)))
                }
                Source::Town(_) => None,
                _ if short != m.key => Some(format!("{short} = {}", m.key)),
                _ => None,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The meanings `lane report`'s footnote spells out: `on_time_rate: of the cases
/// resolved in the period, ...; households_served: ...`.
/// In Chinese the metric's name leads (`按时办结率：…`), and `；` joins.
pub fn meanings(lang: Lang) -> String {
    meanings_of(
        lang,
        METRICS
            .iter()
            .filter(|m| m.in_village_report() && m.in_footnote),
    )
}

/// The town figures' meanings, as [`meanings`] writes them.
pub fn town_meanings(lang: Lang) -> String {
    meanings_of(lang, METRICS.iter().filter(|m| !m.in_village_report()))
}

fn meanings_of<'a>(lang: Lang, ms: impl Iterator<Item = &'a Metric>) -> String {
    let (sep, join) = match lang {
        Lang::En => (": ", "; "),
        Lang::ZhCn => ("：", "；"),
    };
    ms.map(|m| {
        let name = match lang {
            Lang::En => m.key.to_string(),
            Lang::ZhCn => m.name(lang),
        };
        format!("{name}{sep}{}", m.meaning_in(lang))
    })
    .collect::<Vec<_>>()
    .join(join)
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
        let village = header_legend(Lang::En, false);
        let town = header_legend(Lang::En, true);
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
        let meanings = meanings(Lang::En);
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
