//! The metrics of the report, each defined once, in report order: its key (the JSON
//! key, the `metric` column of the CSV), the short header of the wide tables, a
//! one-line meaning, and where its value comes from. Every list of metrics (a
//! tally's values, the table columns, the CSV rows, the JSON keys, the Markdown
//! footnotes of `lane report` and `lane town report`) is [`METRICS`] in this order.
//!
//! A new metric is its arithmetic (a count in [`Tally`], in `model/tally.rs`, or in
//! [`Extra`], in `model/town.rs`) and one row of [`METRICS`]; nothing else.

use super::tally::{FieldCounts, Tally};
use super::town::Extra;

/// One number of the report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Count(u64),
    /// A percentage with one decimal, or none when nothing was there to count.
    Rate(Option<f64>),
}

impl Value {
    /// The number as CSV writes it: `12`, `93.8`, or empty for no rate.
    pub fn text(&self) -> String {
        match self {
            Value::Count(n) => n.to_string(),
            Value::Rate(Some(r)) => format!("{r:.1}"),
            Value::Rate(None) => String::new(),
        }
    }

    /// The number as a table cell shows it: as CSV writes it, `-` for no rate.
    pub fn shown(&self) -> String {
        match self {
            Value::Rate(None) => "-".into(),
            v => v.text(),
        }
    }

    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Count(n) => serde_json::Value::from(*n),
            Value::Rate(Some(r)) => serde_json::Value::from((*r * 10.0).round() / 10.0),
            Value::Rate(None) => serde_json::Value::Null,
        }
    }
}

/// A rate from its numerator and denominator, as a percentage with one decimal.
fn rate((num, den): (u64, u64)) -> Value {
    if den == 0 {
        Value::Rate(None)
    } else {
        Value::Rate(Some((num as f64 * 1000.0 / den as f64).round() / 10.0))
    }
}

/// Where a metric's value comes from, which also decides the scopes that have it.
#[derive(Debug, Clone, Copy)]
pub enum Source {
    /// The cases (and visited households) of the scope: every scope has it.
    Cases(fn(&Tally) -> Value),
    /// The records other than cases (patrol rows, ...): only the scopes they belong
    /// to (a village, an alley, the town), not a category or a level.
    Field(fn(&FieldCounts) -> u64),
    /// The town figures: only the villages and the total of `lane town report`.
    Town(fn(&Extra) -> u64),
}

/// One metric of the report.
#[derive(Debug, Clone, Copy)]
pub struct Metric {
    /// The stable machine name: the JSON key and the CSV `metric` value.
    pub key: &'static str,
    /// The column header in the wide tables (by alley, by village, ...).
    pub short: &'static str,
    /// What it counts, in one line.
    pub meaning: &'static str,
    /// Whether the footnote of `lane report --format md` spells the meaning out (the
    /// rates and `households_served` need it; the counts say what they are). The
    /// town report's footnote gives the meaning of every town figure, which no
    /// village report defines.
    pub in_footnote: bool,
    pub source: Source,
}

impl Metric {
    /// The metric's value in a scope with `t`'s counts and, for the villages and the
    /// total of the town report, `town`'s figures; `None` where the scope has no such
    /// metric.
    pub fn value(&self, t: &Tally, town: Option<&Extra>) -> Option<Value> {
        match self.source {
            Source::Cases(f) => Some(f(t)),
            Source::Field(f) => t.field.as_ref().map(|p| Value::Count(f(p))),
            Source::Town(f) => town.map(|e| Value::Count(f(e))),
        }
    }

    /// Whether a village report has this metric (the town figures are the town's).
    pub fn in_village_report(&self) -> bool {
        !matches!(self.source, Source::Town(_))
    }
}

/// The metrics, in report order.
pub const METRICS: &[Metric] = &[
    Metric {
        key: "opened",
        short: "opened",
        meaning: "cases opened in the period",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.opened)),
    },
    Metric {
        key: "solved_on_spot",
        short: "on_spot",
        meaning: "of those, solved on the spot (`lane open --solved`)",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.solved_on_spot)),
    },
    Metric {
        key: "resolved",
        short: "resolved",
        meaning: "cases with a disposal in the period",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.resolved)),
    },
    Metric {
        key: "closed",
        short: "closed",
        meaning: "cases closed in the period (a satisfied or basic return visit, or `lane close`)",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.closed)),
    },
    Metric {
        key: "escalated",
        short: "escal",
        meaning: "cases escalated in the period; by level, cases escalated into that level",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.escalated)),
    },
    Metric {
        key: "overdue",
        short: "overdue",
        meaning: "open at the period's end (or now, if earlier) past their deadline",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.overdue)),
    },
    Metric {
        key: "open_at_end",
        short: "open",
        meaning: "open (not resolved, not closed) at the period's end",
        in_footnote: false,
        source: Source::Cases(|t| Value::Count(t.open_at_end)),
    },
    Metric {
        key: "on_time_rate",
        short: "on_time%",
        meaning: "of the cases resolved in the period, the share whose every disposal met the deadline in force when it was made",
        in_footnote: true,
        source: Source::Cases(|t| rate(t.on_time)),
    },
    Metric {
        key: "resolution_rate",
        short: "resolved%",
        meaning: "of the cases opened in the period, the share resolved or closed by its end",
        in_footnote: true,
        source: Source::Cases(|t| rate(t.resolution)),
    },
    Metric {
        key: "satisfaction_rate",
        short: "satisfied%",
        meaning: "of the return visits in the period, the share satisfied or basic",
        in_footnote: true,
        source: Source::Cases(|t| rate(t.satisfaction)),
    },
    Metric {
        key: "inspections",
        short: "insp",
        meaning: "inspection rows of the patrol log in the period",
        in_footnote: false,
        source: Source::Field(|p| p.inspections),
    },
    Metric {
        key: "visits",
        short: "visits",
        meaning: "household visit rows of the patrol log in the period",
        in_footnote: false,
        source: Source::Field(|p| p.visits),
    },
    Metric {
        key: "feedbacks",
        short: "feedb",
        meaning: "feedback rows of the patrol log in the period",
        in_footnote: false,
        source: Source::Field(|p| p.feedbacks),
    },
    Metric {
        key: "households_served",
        short: "served",
        meaning: "distinct households with a case opened or a visit in the period",
        in_footnote: true,
        source: Source::Cases(|t| Value::Count(t.households.len() as u64)),
    },
    Metric {
        key: "town_inbox",
        short: "inbox",
        meaning: "open at level town or above at the period's end",
        in_footnote: false,
        source: Source::Town(|e| e.inbox),
    },
    Metric {
        key: "town_inbox_overdue",
        short: "inbox_over",
        meaning: "of those, past their deadline",
        in_footnote: false,
        source: Source::Town(|e| e.inbox_overdue),
    },
    Metric {
        key: "last_person",
        short: "last",
        meaning: "households with no visit and no case",
        in_footnote: false,
        source: Source::Town(|e| e.last_person),
    },
];

/// The metrics a scope has and their values, in report order: see [`Metric::value`].
pub fn values(t: &Tally, town: Option<&Extra>) -> Vec<(&'static Metric, Value)> {
    METRICS
        .iter()
        .filter_map(|m| m.value(t, town).map(|v| (m, v)))
        .collect()
}

// The tally's own view of the table, where the report's arithmetic is.
impl Tally {
    /// The metrics of a village report's scope, in report order.
    pub fn values(&self) -> Vec<(&'static Metric, Value)> {
        values(self, None)
    }

    /// The value of the metric keyed `key`, if this scope has it.
    pub fn get(&self, key: &str) -> Option<Value> {
        METRICS
            .iter()
            .find(|m| m.key == key)
            .and_then(|m| m.value(self, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_headers_are_unique_and_machine_safe() {
        for (i, m) in METRICS.iter().enumerate() {
            assert!(
                m.key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}",
                m.key
            );
            assert!(
                !m.meaning.is_empty() && !m.meaning.contains('\n'),
                "{}",
                m.key
            );
            for n in &METRICS[..i] {
                assert_ne!(n.key, m.key);
                assert_ne!(n.short, m.short, "{} and {}", n.key, m.key);
            }
        }
    }

    #[test]
    fn each_scope_has_the_metrics_its_source_allows() {
        let keys = |v: Vec<(&Metric, Value)>| v.iter().map(|(m, _)| m.key).collect::<Vec<_>>();
        let village = Tally::with_field();
        let category = Tally::default();
        let all: Vec<&str> = METRICS.iter().map(|m| m.key).collect();
        assert_eq!(keys(values(&village, Some(&Extra::default()))), all);
        assert_eq!(
            keys(village.values()),
            METRICS
                .iter()
                .filter(|m| m.in_village_report())
                .map(|m| m.key)
                .collect::<Vec<_>>()
        );
        assert_eq!(
            keys(category.values()),
            METRICS
                .iter()
                .filter(|m| matches!(m.source, Source::Cases(_)))
                .map(|m| m.key)
                .collect::<Vec<_>>()
        );
        assert!(village.values().iter().all(|(m, _)| m.in_village_report()));
        assert_eq!(category.get("visits"), None);
        assert_eq!(village.get("visits"), Some(Value::Count(0)));
        assert_eq!(village.get("town_inbox"), None);
        assert_eq!(village.get("on_time_rate"), Some(Value::Rate(None)));
    }

    fn tally(on_time: (u64, u64), households: &[&str]) -> Tally {
        Tally {
            opened: on_time.1,
            resolved: on_time.1,
            on_time,
            resolution: (on_time.1, on_time.1),
            satisfaction: (0, 0),
            households: households.iter().map(|h| h.to_string()).collect(),
            ..Tally::with_field()
        }
    }

    #[test]
    fn absorbed_rates_come_from_summed_counts_not_averaged_rates() {
        let mut town = Tally::with_field();
        town.absorb(&tally((9, 10), &["H0001", "H0002"]), "NJ");
        town.absorb(&tally((1, 1), &["H0001"]), "BJ");
        assert_eq!(town.get("on_time_rate"), Some(Value::Rate(Some(90.9))));
        assert_eq!(town.get("opened"), Some(Value::Count(11)));
        // H0001 of two villages are two households.
        assert_eq!(town.get("households_served"), Some(Value::Count(3)));
        // No return visits anywhere: still no rate, not 0%.
        assert_eq!(town.get("satisfaction_rate"), Some(Value::Rate(None)));
    }

    #[test]
    fn absorbing_keeps_patrol_counts_where_they_belong() {
        let counts = |inspections, visits, feedbacks| FieldCounts {
            inspections,
            visits,
            feedbacks,
        };
        let mut a = Tally::with_field();
        a.field = Some(counts(1, 2, 3));
        let mut b = Tally::with_field();
        b.field = Some(counts(10, 20, 30));
        let mut town = Tally::default();
        town.absorb(&a, "A");
        town.absorb(&b, "B");
        assert_eq!(town.get("visits"), Some(Value::Count(22)));
        assert_eq!(town.get("feedbacks"), Some(Value::Count(33)));
        let mut cat = Tally::default();
        cat.absorb(&Tally::default(), "A");
        assert_eq!(cat.get("visits"), None);
    }

    #[test]
    fn absorbing_nothing_changes_nothing() {
        let keyed = |t: &Tally| -> Vec<(&str, Value)> {
            t.values().into_iter().map(|(m, v)| (m.key, v)).collect()
        };
        let t = tally((3, 4), &["H1"]);
        let mut u = t.clone();
        u.absorb(&Tally::default(), "X");
        assert_eq!(keyed(&u), keyed(&t));
    }

    #[test]
    fn values_are_written_as_counts_rates_or_nothing() {
        assert_eq!(rate((2, 3)), Value::Rate(Some(66.7)));
        assert_eq!(rate((2, 3)).text(), "66.7");
        assert_eq!(Value::Rate(None).text(), "");
        assert_eq!(Value::Rate(None).shown(), "-");
        assert_eq!(Value::Count(12).shown(), "12");
        assert_eq!(Value::Rate(None).json(), serde_json::Value::Null);
    }
}
