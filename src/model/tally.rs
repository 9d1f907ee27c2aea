//! The counts of one scope of the report (the village, an alley, a category, a
//! level): the arithmetic of the metrics. Which numbers the report shows from them,
//! and how they are named, is `model::metric`. Pure, like the rest of the report.

use std::collections::BTreeSet;

use super::lifecycle::{State, Status};
use super::patrol::{Patrol, PatrolKind};
use super::time::Time;

/// Counts gathered for one scope.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub(crate) opened: u64,
    pub(crate) solved_on_spot: u64,
    pub(crate) resolved: u64,
    pub(crate) closed: u64,
    /// Cases closed as fixed in the period: what the headline counts.
    pub(crate) fixed: u64,
    pub(crate) escalated: u64,
    pub(crate) overdue: u64,
    pub(crate) open_at_end: u64,
    pub(crate) on_time: (u64, u64),
    pub(crate) resolution: (u64, u64),
    pub(crate) satisfaction: (u64, u64),
    /// The counts of the records other than cases (patrols, ...); `None` for scopes
    /// those records do not belong to (category, level).
    pub(crate) field: Option<FieldCounts>,
    pub(crate) households: BTreeSet<String>,
}

/// The counts of a scope's records other than cases ([`super::field::Field`]): the
/// patrol rows by kind, and each later record type's counts. Only the scopes those
/// records belong to have them (a village, an alley, the town). A new count is a
/// field here, its line in [`FieldCounts::add`], and a row of `METRICS` with
/// `Source::Field`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldCounts {
    pub inspections: u64,
    pub visits: u64,
    pub feedbacks: u64,
}

impl FieldCounts {
    fn add(&mut self, o: &FieldCounts) {
        self.inspections += o.inspections;
        self.visits += o.visits;
        self.feedbacks += o.feedbacks;
    }
}

impl Tally {
    /// An empty tally for a scope that the records other than cases belong to (a
    /// village, an alley, a town).
    pub fn with_field() -> Tally {
        Tally {
            field: Some(FieldCounts::default()),
            ..Tally::default()
        }
    }

    /// Adds the counts of another scope (a village into its town) into this one.
    /// Counts add up; each rate keeps its numerator and denominator, which add up
    /// separately, so the rate of the sum is recomputed from them and never averaged
    /// (9/10 on time and 1/1 on time is 10/11 = 90.9%, not 95.0%). Households are
    /// counted per `scope`: `H0001` of two villages are two households.
    pub fn absorb(&mut self, other: &Tally, scope: &str) {
        self.add_counts(other);
        self.households
            .extend(other.households.iter().map(|h| format!("{scope}/{h}")));
    }

    /// Adds the counts of another part of the same scope (the same village's
    /// households are the same households).
    pub(crate) fn merge(&mut self, other: Tally) {
        self.add_counts(&other);
        self.households.extend(other.households);
    }

    fn add_counts(&mut self, other: &Tally) {
        self.opened += other.opened;
        self.solved_on_spot += other.solved_on_spot;
        self.resolved += other.resolved;
        self.closed += other.closed;
        self.fixed += other.fixed;
        self.escalated += other.escalated;
        self.overdue += other.overdue;
        self.open_at_end += other.open_at_end;
        for (mine, theirs) in [
            (&mut self.on_time, other.on_time),
            (&mut self.resolution, other.resolution),
            (&mut self.satisfaction, other.satisfaction),
        ] {
            mine.0 += theirs.0;
            mine.1 += theirs.1;
        }
        match (self.field.as_mut(), &other.field) {
            (Some(mine), Some(theirs)) => mine.add(theirs),
            (None, theirs) => self.field = *theirs,
            (Some(_), None) => {}
        }
    }
}

/// What one case contributes to a period.
pub(crate) struct Facts {
    pub(crate) opened_in: bool,
    pub(crate) on_spot: bool,
    /// Whether the last disposal in the period met its deadline.
    pub(crate) resolved_in: Option<bool>,
    pub(crate) closed_in: bool,
    /// Whether the case closed as fixed in the period (and is still fixed at its end).
    pub(crate) fixed_in: bool,
    pub(crate) escalated_into: Vec<usize>,
    pub(crate) visits: (u64, u64),
    pub(crate) at_end: Option<State>,
}
impl Tally {
    fn add_household(&mut self, h: &str) {
        if !self.households.contains(h) {
            self.households.insert(h.to_string());
        }
    }

    pub(crate) fn add_case(&mut self, household: Option<&str>, f: &Facts, overdue_at: &Time) {
        if f.opened_in {
            self.opened += 1;
            if let Some(h) = household {
                self.add_household(h);
            }
            self.resolution.1 += 1;
            if f.at_end.as_ref().is_some_and(|s| s.status != Status::Open) {
                self.resolution.0 += 1;
            }
        }
        self.solved_on_spot += u64::from(f.on_spot);
        if let Some(on_time) = f.resolved_in {
            self.resolved += 1;
            self.on_time.1 += 1;
            self.on_time.0 += u64::from(on_time);
        }
        self.closed += u64::from(f.closed_in);
        self.fixed += u64::from(f.fixed_in);
        self.escalated += u64::from(!f.escalated_into.is_empty());
        self.satisfaction.0 += f.visits.0;
        self.satisfaction.1 += f.visits.1;
        if let Some(s) = &f.at_end {
            self.open_at_end += u64::from(s.status == Status::Open);
            self.overdue += u64::from(s.is_overdue(overdue_at));
        }
    }

    /// The field counts of this scope, if it has them: where a record type adds its
    /// counts (`if let Some(c) = t.field_mut() { c.meetings += 1 }`).
    pub(crate) fn field_mut(&mut self) -> Option<&mut FieldCounts> {
        self.field.as_mut()
    }

    pub(crate) fn add_patrol(&mut self, p: &Patrol) {
        if let Some(counts) = self.field_mut() {
            *match p.kind {
                PatrolKind::Inspection => &mut counts.inspections,
                PatrolKind::Visit => &mut counts.visits,
                PatrolKind::Feedback => &mut counts.feedbacks,
            } += 1;
        }
        if p.kind == PatrolKind::Visit {
            if let Some(h) = &p.household {
                self.add_household(h.as_str());
            }
        }
    }
}
