//! The periodic report's arithmetic: from cases, patrols and the other field records
//! ([`Field`]), and households to the numbers the village sends the town. Pure: no
//! files, no clock (now is passed in).
//!
//! What each number means is said once, in [`METRICS`](super::metric::METRICS) (the
//! README repeats it); the counting is [`Tally`]'s. A case counts once per metric
//! and scope. By level, a case counts at its level at the period's end, and
//! `escalated` there counts cases escalated into that level in the period. Rates
//! are percentages with one decimal; none without a denominator.

use std::collections::HashMap;

use rayon::prelude::*;

use super::case::{Action, Case, CloseReason, Event, VisitResult};
use super::config::Config;
use super::field::{Field, Scopes};
use super::lifecycle::{apply, Rules, State, Status};
pub use super::period::Period;
use super::registry::{Alley, Household, Leader};
use super::tally::Facts;
pub use super::tally::Tally;
use super::time::{start_of, Time};
use crate::i18n::tr;

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
    /// Cases left out because their events are in an impossible state.
    pub skipped: usize,
    /// What the numbers leave out (unreadable case files): every format carries
    /// these, and a report with any exits 1 (incomplete).
    pub warnings: Vec<Warning>,
}

/// A warning carried by the report itself: the numbers are incomplete.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// `village`, or in a town report the village's code.
    pub key: String,
    /// How many case files the numbers leave out.
    pub cases_left_out: usize,
    pub message: String,
}

impl Warning {
    /// The warning for `unreadable` files (their `path:line: problem`) and `skipped`
    /// cases in an impossible state; `None` when nothing was left out.
    pub fn left_out(
        key: &str,
        unreadable: &[String],
        skipped: usize,
        check: &str,
    ) -> Option<Warning> {
        let n = unreadable.len() + skipped;
        if n == 0 {
            return None;
        }
        let mut files: Vec<&str> = unreadable
            .iter()
            .map(|p| p.split(':').next().unwrap_or(p))
            .take(5)
            .collect();
        if unreadable.len() > 5 {
            files.push("…");
        }
        let which = if files.is_empty() {
            String::new()
        } else {
            crate::msg!(
                "store-report-left-out-files",
                files = files.join(&crate::msg!("report-list-separator"))
            )
        };
        Some(Warning {
            key: key.to_string(),
            cases_left_out: n,
            message: crate::msg!("store-report-left-out", n = n, which = which, check = check),
        })
    }
}

/// What the report needs of a case: a case read from its file, or a row of the
/// derived index.
pub trait Tallied {
    fn alley(&self) -> &str;
    fn category(&self) -> &str;
    fn household(&self) -> Option<&str>;
    fn opened(&self) -> Time;
    /// Calls `f` with the case's events, in order.
    fn with_events<R>(&self, f: impl FnOnce(&[Event]) -> R) -> R;
}

impl Tallied for Case {
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
        fixed_in: false,
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
    // Fixed in the period, and not reopened or closed otherwise by its end.
    f.fixed_in = f.closed_in
        && state
            .as_ref()
            .is_some_and(|s| s.close_reason == Some(CloseReason::Fixed));
    f.at_end = state;
    Some(f)
}

/// The tallies of a share of the cases.
struct Partial {
    total: Tally,
    alleys: Vec<Tally>,
    categories: Vec<Tally>,
    levels: Vec<Tally>,
    skipped: usize,
}

impl Partial {
    fn add<C: Tallied>(
        &mut self,
        cfg: &Config,
        t: &C,
        alley_index: &HashMap<&str, usize>,
        (start, end, overdue_at): (&Time, &Time, &Time),
    ) {
        let opened = t.opened();
        if opened >= *end {
            return;
        }
        let rules = Rules::for_category(cfg, t.category());
        let Some(mut f) = t.with_events(|evs| facts(evs, &opened, &rules, start, end)) else {
            self.skipped += 1;
            return;
        };
        let household = t.household();
        self.total.add_case(household, &f, overdue_at);
        if let Some(i) = alley_index.get(t.alley()) {
            self.alleys[*i].add_case(household, &f, overdue_at);
        }
        if let Some(i) = cfg.categories.iter().position(|c| c.key == t.category()) {
            self.categories[i].add_case(household, &f, overdue_at);
        }
        // By level: a case counts at its level at the end; escalations count at the
        // level they went to.
        let into = std::mem::take(&mut f.escalated_into);
        if let Some(level) = f.at_end.as_ref().map(|s| s.level) {
            self.levels[level].add_case(household, &f, overdue_at);
        }
        for l in into {
            self.levels[l].escalated += 1;
        }
    }

    fn merge(mut self, other: Partial) -> Partial {
        self.total.merge(other.total);
        for (mine, theirs) in [
            (&mut self.alleys, other.alleys),
            (&mut self.categories, other.categories),
            (&mut self.levels, other.levels),
        ] {
            for (m, t) in mine.iter_mut().zip(theirs) {
                m.merge(t);
            }
        }
        self.skipped += other.skipped;
        self
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
pub fn compute<C: Tallied + Sync>(
    cfg: &Config,
    names: &Names,
    cases: &[C],
    field: &Field,
    period: Period,
    now: &Time,
) -> Report {
    let alley_index: HashMap<&str, usize> = names
        .alleys
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let Partial {
        mut total,
        mut alleys,
        categories,
        levels,
        skipped,
    } = tally_cases(cfg, names, cases, &alley_index, &period, now);
    field.tally_into(
        &period,
        &mut Scopes {
            total: &mut total,
            alleys: &mut alleys,
            index: &alley_index,
        },
    );
    let last_person = last_person(names, &total, period.to);
    let headline = headline(cfg, &period, &categories, &total);
    let leader_name = |a: &Alley| -> String {
        a.leader
            .as_ref()
            .and_then(|l| names.leaders.iter().find(|x| &x.id == l))
            .map(|l| l.name.clone())
            .unwrap_or_default()
    };
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
        categories: scope_rows(cfg.categories.iter().map(|c| (&c.key, &c.name)), categories),
        levels: scope_rows(cfg.levels.iter().map(|l| (&l.key, &l.name)), levels),
        total,
        last_person,
        skipped,
        warnings: Vec::new(),
    }
}

/// The cases tallied in parallel chunks, each apart, then added up.
fn tally_cases<C: Tallied + Sync>(
    cfg: &Config,
    names: &Names,
    cases: &[C],
    alley_index: &HashMap<&str, usize>,
    period: &Period,
    now: &Time,
) -> Partial {
    let tz = cfg.offset();
    let start = start_of(period.from, tz);
    let end = start_of(period.to.succ_opt().unwrap_or(period.to), tz);
    let overdue_at = if *now < end { *now } else { end };
    let empty = || Partial {
        total: Tally::with_field(),
        alleys: vec![Tally::with_field(); names.alleys.len()],
        categories: vec![Tally::default(); cfg.categories.len()],
        levels: vec![Tally::default(); cfg.levels.len()],
        skipped: 0,
    };
    cases
        .par_chunks(2048)
        .map(|chunk| {
            let mut p = empty();
            for t in chunk {
                p.add(cfg, t, alley_index, (&start, &end, &overdue_at));
            }
            p
        })
        .reduce(empty, Partial::merge)
}

/// Alley by alley, the households with no visit and no case in the period; one
/// registered after the period's end (`to`) was not there to be visited.
fn last_person(names: &Names, total: &Tally, to: chrono::NaiveDate) -> Vec<LastPerson> {
    names
        .alleys
        .iter()
        .map(|a| LastPerson {
            alley: a.id.to_string(),
            alley_name: a.name.clone(),
            households: names
                .households
                .iter()
                .filter(|h| h.alley == a.id && h.registered_by(to))
                .filter(|h| !total.households.contains(h.id.as_str()))
                .map(|h| (h.id.to_string(), h.head.clone()))
                .collect(),
        })
        .filter(|l| !l.households.is_empty())
        .collect()
}

/// The rows of a scope without leaders (categories, levels): each key and name of
/// lane.toml with its tally.
fn scope_rows<'a>(
    keys: impl Iterator<Item = (&'a String, &'a String)>,
    tallies: Vec<Tally>,
) -> Vec<ScopeRow> {
    keys.zip(tallies)
        .map(|((key, name), tally)| ScopeRow {
            key: key.clone(),
            name: name.clone(),
            leader: String::new(),
            tally,
        })
        .collect()
}

/// "In November 2026 the lane leaders of Nanjie Village made 43 sanitation
/// clean-ups, eliminated 7 hidden dangers, mediated 2 disputes and served 61
/// households." — built from lane.toml's templates. A category's item counts its
/// cases closed as fixed in the period (a satisfied or basic return visit, or the
/// disposal of a category without one): a dispute still open after an unsatisfied
/// visit was not mediated.
pub fn headline(cfg: &Config, period: &Period, categories: &[Tally], total: &Tally) -> String {
    cfg.report
        .headline
        .replace("{period}", &period.label)
        .replace("{village}", &cfg.village.name)
        .replace("{items}", &items(cfg, categories, total))
}

impl Report {
    /// The headline of a report of one alley (`--alley`): it names the alley and
    /// its lane leader, not the village's leaders. The items are lane.toml's.
    pub fn name_alley(&mut self, cfg: &Config, alley: &Alley) {
        let lang = cfg.lang();
        let name = tr(
            lang,
            "report-headline-alley-name",
            &[
                ("name", alley.name.as_str().into()),
                ("id", alley.id.to_string().into()),
            ],
        );
        let tallies: Vec<Tally> = self.categories.iter().map(|c| c.tally.clone()).collect();
        let items = items(cfg, &tallies, &self.total);
        self.headline = tr(
            lang,
            "report-headline-alley",
            &[
                ("period", self.period.label.as_str().into()),
                ("alley", name.into()),
                ("items", items.into()),
            ],
        );
    }
}

/// The headline's items, joined with lane.toml's separators.
fn items(cfg: &Config, categories: &[Tally], total: &Tally) -> String {
    let mut items: Vec<String> = cfg
        .categories
        .iter()
        .zip(categories)
        .filter_map(|(c, t)| c.headline.as_ref().map(|h| with_number(h, t.fixed)))
        .collect();
    items.push(with_number(
        &cfg.report.households,
        total.households.len() as u64,
    ));
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!(
                "{}{}{last}",
                rest.join(&cfg.report.separator),
                cfg.report.last_separator
            )
        }
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// A headline item with its number: `{n}` is the number, and a choice of two
/// words `{one|other}` (`served {n} {household|households}`) is the first for 1
/// and the second otherwise. Other braces stay as they are.
pub fn with_number(template: &str, n: u64) -> String {
    let text = template.replace("{n}", &n.to_string());
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let choice = after
            .find('}')
            .map(|close| &after[..close])
            .and_then(|inner| inner.split_once('|').map(|c| (inner.len(), c)))
            .filter(|(_, (one, other))| !one.contains('{') && !other.contains('{'));
        match choice {
            Some((len, (one, other))) => {
                out.push_str(if n == 1 { one } else { other });
                rest = &after[len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
