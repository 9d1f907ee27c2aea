//! The periodic report's arithmetic: from tickets, patrols and households to the
//! numbers the village sends the town. Pure: no files, no clock (now is passed in).
//!
//! Definitions (the README repeats them):
//! - `opened`: tickets opened in the period; `solved_on_spot`: of those, resolved on
//!   the spot (`lane open --solved`);
//! - `resolved`, `closed`, `escalated`: tickets with a disposal, a closing, an
//!   escalation in the period (a ticket counts once);
//! - `overdue`: open at the period's end (or now, if earlier) past their deadline;
//!   `open_at_end`: open (not resolved, not closed) at the period's end;
//! - `on_time_rate`: of the tickets resolved in the period, the share resolved no later
//!   than the deadline in force when they were resolved;
//! - `resolution_rate`: of the tickets opened in the period, the share resolved or
//!   closed by the period's end;
//! - `satisfaction_rate`: of the return visits in the period, the share `satisfied`
//!   or `basic`;
//! - `households_served`: distinct households with a ticket opened or a visit in the
//!   period. Rates are percentages with one decimal; none without a denominator.
//! - By level, a ticket counts at its level at the period's end; `escalated` there
//!   counts tickets escalated into that level in the period.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::config::Config;
use super::lifecycle::{apply, Rules, State, Status};
use super::patrol::{Patrol, PatrolKind};
use super::registry::{Alley, Household, Leader};
use super::ticket::{Action, Event, Ticket, VisitResult};
use super::time::{start_of, Time};

/// A report period: whole days, `from` to `to` inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// How the headline names it: "November 2026", "2026", "2026-11-01 to 2026-11-15".
    pub label: String,
}

/// The metrics, in report order.
pub const METRICS: &[&str] = &[
    "opened",
    "solved_on_spot",
    "resolved",
    "closed",
    "escalated",
    "overdue",
    "open_at_end",
    "on_time_rate",
    "resolution_rate",
    "satisfaction_rate",
    "inspections",
    "visits",
    "feedbacks",
    "households_served",
];

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
    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Count(n) => serde_json::Value::from(*n),
            Value::Rate(Some(r)) => serde_json::Value::from((*r * 10.0).round() / 10.0),
            Value::Rate(None) => serde_json::Value::Null,
        }
    }
}

/// Counts gathered for one scope.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    opened: u64,
    solved_on_spot: u64,
    resolved: u64,
    closed: u64,
    escalated: u64,
    overdue: u64,
    open_at_end: u64,
    on_time: (u64, u64),
    resolution: (u64, u64),
    satisfaction: (u64, u64),
    /// Patrol counts; `None` for scopes patrols do not belong to (category, level).
    patrols: Option<[u64; 3]>,
    households: BTreeSet<String>,
}

fn rate((num, den): (u64, u64)) -> Value {
    if den == 0 {
        Value::Rate(None)
    } else {
        Value::Rate(Some((num as f64 * 1000.0 / den as f64).round() / 10.0))
    }
}

impl Tally {
    /// An empty tally for a scope that patrols belong to (a village, an alley, a town).
    pub fn with_patrols() -> Tally {
        Tally {
            patrols: Some([0; 3]),
            ..Tally::default()
        }
    }

    /// The metrics that apply to this scope, in report order.
    pub fn values(&self) -> Vec<(&'static str, Value)> {
        let mut v = vec![
            ("opened", Value::Count(self.opened)),
            ("solved_on_spot", Value::Count(self.solved_on_spot)),
            ("resolved", Value::Count(self.resolved)),
            ("closed", Value::Count(self.closed)),
            ("escalated", Value::Count(self.escalated)),
            ("overdue", Value::Count(self.overdue)),
            ("open_at_end", Value::Count(self.open_at_end)),
            ("on_time_rate", rate(self.on_time)),
            ("resolution_rate", rate(self.resolution)),
            ("satisfaction_rate", rate(self.satisfaction)),
        ];
        if let Some([i, vis, f]) = self.patrols {
            v.push(("inspections", Value::Count(i)));
            v.push(("visits", Value::Count(vis)));
            v.push(("feedbacks", Value::Count(f)));
        }
        v.push((
            "households_served",
            Value::Count(self.households.len() as u64),
        ));
        v
    }

    pub fn get(&self, metric: &str) -> Option<Value> {
        self.values()
            .into_iter()
            .find(|(m, _)| *m == metric)
            .map(|(_, v)| v)
    }
}

impl Tally {
    /// Adds the counts of another scope (a village into its town) into this one.
    /// Counts add up; each rate keeps its numerator and denominator, which add up
    /// separately, so the rate of the sum is recomputed from them and never averaged
    /// (9/10 on time and 1/1 on time is 10/11 = 90.9%, not 95.0%). Households are
    /// counted per `scope`: `H0001` of two villages are two households.
    pub fn absorb(&mut self, other: &Tally, scope: &str) {
        self.opened += other.opened;
        self.solved_on_spot += other.solved_on_spot;
        self.resolved += other.resolved;
        self.closed += other.closed;
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
        self.patrols = match (self.patrols, other.patrols) {
            (Some(a), Some(b)) => Some([a[0] + b[0], a[1] + b[1], a[2] + b[2]]),
            (a, b) => a.or(b),
        };
        self.households
            .extend(other.households.iter().map(|h| format!("{scope}/{h}")));
    }
}

/// One row of a scope: its key, its display name, and for alleys the leader.
#[derive(Debug, Clone)]
pub struct ScopeRow {
    pub key: String,
    pub name: String,
    pub leader: String,
    pub tally: Tally,
}

#[derive(Debug, Clone)]
pub struct LastPerson {
    pub alley: String,
    pub alley_name: String,
    pub households: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub village: String,
    pub period: Period,
    pub headline: String,
    pub total: Tally,
    pub alleys: Vec<ScopeRow>,
    pub categories: Vec<ScopeRow>,
    pub levels: Vec<ScopeRow>,
    pub last_person: Vec<LastPerson>,
    /// Tickets left out because their events are in an impossible state.
    pub skipped: usize,
}

/// What one ticket contributes to a period.
struct Facts {
    opened_in: bool,
    on_spot: bool,
    /// Whether the last disposal in the period met its deadline.
    resolved_in: Option<bool>,
    closed_in: bool,
    escalated_into: Vec<usize>,
    visits: (u64, u64),
    at_end: Option<State>,
}

/// What the report needs of a case: a ticket read from its file, or a row of the
/// derived index.
pub trait Case {
    fn alley(&self) -> &str;
    fn category(&self) -> &str;
    fn household(&self) -> Option<&str>;
    fn opened(&self) -> Time;
    /// Calls `f` with the case's events, in order.
    fn with_events<R>(&self, f: impl FnOnce(&[Event]) -> R) -> R;
}

impl Case for Ticket {
    fn alley(&self) -> &str {
        self.alley.as_str()
    }
    fn category(&self) -> &str {
        &self.category
    }
    fn household(&self) -> Option<&str> {
        self.household.as_ref().map(|h| h.as_str())
    }
    fn opened(&self) -> Time {
        self.opened
    }
    fn with_events<R>(&self, f: impl FnOnce(&[Event]) -> R) -> R {
        f(&self.events)
    }
}

fn facts(
    events: &[Event],
    opened: &Time,
    rules: &Rules,
    start: &Time,
    end: &Time,
) -> Option<Facts> {
    let inside = |at: &Time| start <= at && at < end;
    let mut f = Facts {
        opened_in: inside(opened),
        on_spot: false,
        resolved_in: None,
        closed_in: false,
        escalated_into: Vec::new(),
        visits: (0, 0),
        at_end: None,
    };
    let mut state: Option<State> = None;
    for ev in events {
        if ev.at >= *end {
            break;
        }
        let next = apply(state.as_ref(), ev, rules).ok()?;
        if inside(&ev.at) {
            match &ev.action {
                Action::Resolve { on_spot } => {
                    f.resolved_in = next.on_time;
                    f.on_spot |= *on_spot && f.opened_in;
                }
                Action::Escalate { .. } => f.escalated_into.push(next.level),
                Action::Visit { result } => {
                    f.visits.1 += 1;
                    if *result != VisitResult::Unsatisfied {
                        f.visits.0 += 1;
                    }
                }
                _ => {}
            }
            let was_closed = state.as_ref().is_some_and(|s| s.status == Status::Closed);
            if next.status == Status::Closed && !was_closed {
                f.closed_in = true;
            }
        }
        state = Some(next);
    }
    f.at_end = state;
    Some(f)
}

impl Tally {
    fn add_household(&mut self, h: &str) {
        if !self.households.contains(h) {
            self.households.insert(h.to_string());
        }
    }

    fn add_ticket(&mut self, household: Option<&str>, f: &Facts, overdue_at: &Time) {
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
        self.escalated += u64::from(!f.escalated_into.is_empty());
        self.satisfaction.0 += f.visits.0;
        self.satisfaction.1 += f.visits.1;
        if let Some(s) = &f.at_end {
            self.open_at_end += u64::from(s.status == Status::Open);
            self.overdue += u64::from(s.is_overdue(overdue_at));
        }
    }

    fn add_patrol(&mut self, p: &Patrol) {
        if let Some(counts) = self.patrols.as_mut() {
            let i = match p.kind {
                PatrolKind::Inspection => 0,
                PatrolKind::Visit => 1,
                PatrolKind::Feedback => 2,
            };
            counts[i] += 1;
        }
        if p.kind == PatrolKind::Visit {
            if let Some(h) = &p.household {
                self.add_household(h.as_str());
            }
        }
    }
}

/// The registries a report names things by.
pub struct Names<'a> {
    pub alleys: &'a [Alley],
    pub leaders: &'a [Leader],
    pub households: &'a [Household],
}

/// Computes the report. `now` bounds what counts as overdue in a period that has not
/// ended yet.
pub fn compute<C: Case>(
    cfg: &Config,
    names: &Names,
    tickets: &[C],
    patrols: &[Patrol],
    period: Period,
    now: &Time,
) -> Report {
    let tz = cfg.offset();
    let start = start_of(period.from, tz);
    let end = start_of(period.to.succ_opt().unwrap_or(period.to), tz);
    let overdue_at = if *now < end { *now } else { end };
    let mut total = Tally::with_patrols();
    let alley_index: HashMap<&str, usize> = names
        .alleys
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut alleys: Vec<Tally> = vec![Tally::with_patrols(); names.alleys.len()];
    let mut categories: Vec<Tally> = vec![Tally::default(); cfg.categories.len()];
    let mut levels: Vec<Tally> = vec![Tally::default(); cfg.levels.len()];
    let mut skipped = 0;
    for t in tickets {
        let opened = t.opened();
        if opened >= end {
            continue;
        }
        let rules = Rules::for_category(cfg, t.category());
        let Some(mut f) = t.with_events(|evs| facts(evs, &opened, &rules, &start, &end)) else {
            skipped += 1;
            continue;
        };
        let household = t.household();
        total.add_ticket(household, &f, &overdue_at);
        if let Some(i) = alley_index.get(t.alley()) {
            alleys[*i].add_ticket(household, &f, &overdue_at);
        }
        if let Some(i) = cfg.categories.iter().position(|c| c.key == t.category()) {
            categories[i].add_ticket(household, &f, &overdue_at);
        }
        // By level: a ticket counts at its level at the end; escalations count at the
        // level they went to.
        let into = std::mem::take(&mut f.escalated_into);
        if let Some(level) = f.at_end.as_ref().map(|s| s.level) {
            levels[level].add_ticket(household, &f, &overdue_at);
        }
        for l in into {
            levels[l].escalated += 1;
        }
    }
    for p in patrols {
        if p.date < period.from || p.date > period.to {
            continue;
        }
        total.add_patrol(p);
        if let Some(i) = alley_index.get(p.alley.as_str()) {
            alleys[*i].add_patrol(p);
        }
    }
    let leader_name = |a: &Alley| -> String {
        a.leader
            .as_ref()
            .and_then(|l| names.leaders.iter().find(|x| &x.id == l))
            .map(|l| l.name.clone())
            .unwrap_or_default()
    };
    let last_person = names
        .alleys
        .iter()
        .map(|a| LastPerson {
            alley: a.id.to_string(),
            alley_name: a.name.clone(),
            households: names
                .households
                .iter()
                .filter(|h| h.alley == a.id && !total.households.contains(h.id.as_str()))
                .map(|h| (h.id.to_string(), h.head.clone()))
                .collect(),
        })
        .filter(|l| !l.households.is_empty())
        .collect();
    let headline = headline(cfg, &period, &categories, &total);
    Report {
        village: cfg.village.name.clone(),
        period,
        headline,
        alleys: names
            .alleys
            .iter()
            .zip(alleys)
            .map(|(a, tally)| ScopeRow {
                key: a.id.to_string(),
                name: a.name.clone(),
                leader: leader_name(a),
                tally,
            })
            .collect(),
        categories: cfg
            .categories
            .iter()
            .zip(categories)
            .map(|(c, tally)| ScopeRow {
                key: c.key.clone(),
                name: c.name.clone(),
                leader: String::new(),
                tally,
            })
            .collect(),
        levels: cfg
            .levels
            .iter()
            .zip(levels)
            .map(|(l, tally)| ScopeRow {
                key: l.key.clone(),
                name: l.name.clone(),
                leader: String::new(),
                tally,
            })
            .collect(),
        total,
        last_person,
        skipped,
    }
}

/// "In November 2026 the lane leaders of Nanjie Village made 43 sanitation
/// clean-ups, eliminated 7 hidden dangers, mediated 2 disputes and served 61
/// households." — built from lane.toml's templates.
pub fn headline(cfg: &Config, period: &Period, categories: &[Tally], total: &Tally) -> String {
    let mut items: Vec<String> = cfg
        .categories
        .iter()
        .zip(categories)
        .filter_map(|(c, t)| {
            c.headline
                .as_ref()
                .map(|h| h.replace("{n}", &t.resolved.to_string()))
        })
        .collect();
    items.push(
        cfg.report
            .households
            .replace("{n}", &total.households.len().to_string()),
    );
    let joined = match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!(
                "{}{}{last}",
                rest.join(&cfg.report.separator),
                cfg.report.last_separator
            )
        }
        Some((last, _)) => last.clone(),
        None => String::new(),
    };
    cfg.report
        .headline
        .replace("{period}", &period.label)
        .replace("{village}", &cfg.village.name)
        .replace("{items}", &joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(on_time: (u64, u64), households: &[&str]) -> Tally {
        Tally {
            opened: on_time.1,
            resolved: on_time.1,
            on_time,
            resolution: (on_time.1, on_time.1),
            satisfaction: (0, 0),
            households: households.iter().map(|h| h.to_string()).collect(),
            ..Tally::with_patrols()
        }
    }

    #[test]
    fn absorbed_rates_come_from_summed_counts_not_averaged_rates() {
        let mut town = Tally::with_patrols();
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
        let mut a = Tally::with_patrols();
        a.patrols = Some([1, 2, 3]);
        let mut b = Tally::with_patrols();
        b.patrols = Some([10, 20, 30]);
        let mut town = Tally::default();
        town.absorb(&a, "A");
        town.absorb(&b, "B");
        assert_eq!(town.get("visits"), Some(Value::Count(22)));
        let mut cat = Tally::default();
        cat.absorb(&Tally::default(), "A");
        assert_eq!(cat.get("visits"), None);
    }

    #[test]
    fn absorbing_nothing_changes_nothing() {
        let t = tally((3, 4), &["H1"]);
        let mut u = t.clone();
        u.absorb(&Tally::default(), "X");
        assert_eq!(u.values(), t.values());
    }
}
