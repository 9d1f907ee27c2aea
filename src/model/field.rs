//! The village's records of a period other than cases, which the report counts per
//! scope in [`FieldCounts`](super::tally::FieldCounts): the patrol log, and beside it
//! each later record type. A record type adds its list here, one line in
//! [`Field::keep_alleys`] and one in [`Field::tally_into`], and its counting in its
//! own module; `Store::field` loads it. Pure: no files.

use std::collections::HashMap;

use super::patrol::Patrol;
use super::period::Period;
use super::tally::Tally;

/// The records of a period other than cases (those of the days a report covers,
/// or more: each record type counts only its own days of the period).
#[derive(Debug, Clone, Default)]
pub struct Field {
    pub patrols: Vec<Patrol>,
}

impl Field {
    /// Keeps only the records of the alleys `keep` accepts (`lane report --alley`).
    pub fn keep_alleys(&mut self, keep: &dyn Fn(&str) -> bool) {
        self.patrols.retain(|p| keep(p.alley.as_str()));
    }

    /// Adds the records of `period` to the scopes: the village's total and their
    /// alley's tally.
    pub(crate) fn tally_into(&self, period: &Period, scopes: &mut Scopes) {
        for p in &self.patrols {
            if p.date >= period.from && p.date <= period.to {
                scopes.add(Some(p.alley.as_str()), |t| t.add_patrol(p));
            }
        }
    }
}

/// The tallies a field record counts in: the village's total and one per alley.
pub(crate) struct Scopes<'s, 'a> {
    pub total: &'s mut Tally,
    pub alleys: &'s mut [Tally],
    /// The position of each alley's tally in `alleys`, by alley ID.
    pub index: &'s HashMap<&'a str, usize>,
}

impl Scopes<'_, '_> {
    /// Counts a record of `alley` (none: the village as a whole) with `add`: in the
    /// total, and in the alley's tally when the alley is one of the report's.
    pub(crate) fn add(&mut self, alley: Option<&str>, add: impl Fn(&mut Tally)) {
        add(self.total);
        if let Some(i) = alley.and_then(|a| self.index.get(a)) {
            add(&mut self.alleys[*i]);
        }
    }
}
