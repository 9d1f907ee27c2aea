//! The checks of `lane check` for records that are accepted when written but block
//! later work: times in the future (every later event would be "earlier than the
//! last"), an `opened` of another year than the case's ID, duplicates that leave
//! nothing tracking the problem, star awards in the future or before their round,
//! and formula-like cells of the star rounds.

use std::collections::HashMap;

use chrono::Datelike;

use crate::model::case::{Action, CloseReason};
use crate::model::duplicates::{cycle, originals, show_chain};
use crate::model::ids::CaseId;
use crate::model::stars::round_year;
use crate::model::time::{format_time, Time};
use crate::store::cases::Loaded;
use crate::store::scan::Scan;
use crate::store::Store;

/// How far past now a recorded time may be before it is an error: a clone's clock
/// a little ahead is not a typo of the year.
pub const FUTURE_SLACK_HOURS: i64 = 24;

/// What these checks found; `lane check` adds it to its own findings.
#[derive(Default)]
pub struct Findings {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Whether `t` is in the future for `store` (past now and the slack).
pub fn in_future(store: &Store, t: &Time) -> bool {
    *t > store.now + chrono::Duration::hours(FUTURE_SLACK_HOURS)
}

pub fn check(store: &Store, snap: &Scan) -> Findings {
    let mut f = Findings::default();
    for l in &snap.cases {
        check_times(store, l, &mut f);
        check_of(l, &mut f);
    }
    check_duplicates(snap, &mut f);
    check_rounds(store, snap, &mut f);
    f
}

/// Times after now, and an `opened` of another year than the ID's.
fn check_times(store: &Store, l: &Loaded, f: &mut Findings) {
    let (t, rel) = (&l.case, &l.rel);
    for (i, ev) in t.events.iter().enumerate() {
        if in_future(store, &ev.at) {
            let message = crate::msg!(
                "check-event-future",
                n = i + 1,
                action = ev.action.name(),
                time = format_time(&ev.at),
                now = format_time(&store.now)
            );
            f.errors
                .push(problem(&format!("{rel}:{}", ev.line), message));
        }
    }
    // The year in the time as written, or the village's: either may have numbered it.
    let local = t.opened.with_timezone(&store.config.offset()).year();
    if t.opened.year() != t.id.year && local != t.id.year {
        let message = crate::msg!(
            "check-opened-year",
            opened = t.opened.year(),
            numbered = t.id.year
        );
        let at = format!("{rel}:{}", store.line_of_key(rel, "opened"));
        f.errors.push(problem(&at, message));
    }
}

/// `of` on a close that is not as a duplicate, or naming the case itself.
fn check_of(l: &Loaded, f: &mut Findings) {
    let (t, rel) = (&l.case, &l.rel);
    for ev in &t.events {
        let Action::Close {
            reason,
            of: Some(of),
        } = &ev.action
        else {
            continue;
        };
        let at = format!("{rel}:{}", ev.line);
        if *reason != CloseReason::Duplicate {
            let message = crate::msg!(
                "check-of-not-duplicate",
                of = of.to_string(),
                reason = reason.to_string()
            );
            f.errors.push(problem(&at, message));
        } else if *of == t.id {
            f.errors
                .push(problem(&at, crate::msg!("check-duplicate-of-itself")));
        }
    }
}

/// Duplicates of cases that do not exist, and chains of duplicates that come back
/// round (A of B, B of A): each case on such a chain is named.
fn check_duplicates(snap: &Scan, f: &mut Findings) {
    let cases: Vec<_> = snap.cases.iter().map(|l| &l.case).collect();
    let links = originals(&cases);
    let known: HashMap<&CaseId, &Loaded> = snap.cases.iter().map(|l| (&l.case.id, l)).collect();
    for l in &snap.cases {
        let t = &l.case;
        let Some(of) = links.get(&t.id) else { continue };
        let at = format!("{}:{}", l.rel, close_line(l));
        if !known.contains_key(of) {
            let message = crate::msg!("check-duplicate-of-nothing", of = of.to_string());
            f.errors.push(problem(&at, message));
        } else if *of != t.id {
            let next = |c: &CaseId| links.get(c).cloned();
            if let Some(chain) = cycle(&t.id, next).filter(|c| c.first() == c.last()) {
                let message = crate::msg!("check-duplicate-circle", chain = show_chain(&chain));
                f.errors.push(problem(&at, message));
            }
        }
    }
}

/// The line of the last close event of a case.
fn close_line(l: &Loaded) -> usize {
    l.case
        .events
        .iter()
        .rev()
        .find(|e| matches!(e.action, Action::Close { .. }))
        .map_or(1, |e| e.line)
}

/// Awards in the future or before their round's year, and formula-like notes.
fn check_rounds(store: &Store, snap: &Scan, f: &mut Findings) {
    let today = store.now.date_naive();
    for r in &snap.rounds {
        let year = round_year(r.id.as_str());
        for (line, row) in &r.rows {
            let at = format!("{}:{line}", r.rel);
            if let Some(d) = row.awarded {
                if d > today + chrono::Duration::days(1) {
                    let message = crate::msg!(
                        "check-awarded-future",
                        date = d.to_string(),
                        today = today.to_string()
                    );
                    f.errors.push(problem(&at, message));
                }
                if year.is_some_and(|y| d.year() < y) {
                    let message = crate::msg!(
                        "check-awarded-before-round",
                        date = d.to_string(),
                        round = r.id.to_string()
                    );
                    f.errors.push(problem(&at, message));
                }
            }
            if crate::render::is_formula(&row.note) {
                f.warnings.push(formula_warning(&r.rel, *line, "note"));
            }
        }
    }
}

/// A problem line: `AT: message`, where `AT` is `path:line` or a path.
pub fn problem(at: &str, message: String) -> String {
    format!("{at}: {message}")
}

/// A warning line: `AT: warning: message`, the prefix in the current language.
pub fn warning(at: &str, message: String) -> String {
    format!("{at}: {}{message}", crate::msg!("prefix-warning"))
}

/// `FILE:LINE: warning: column `COLUMN` starts like a spreadsheet formula; ...`.
pub fn formula_warning(file: &str, line: usize, column: &str) -> String {
    let message = crate::msg!("check-formula", column = column, file = file);
    warning(&format!("{file}:{line}"), message)
}
