//! The `cases` table (a row per case: its facts and what its events make of it) and
//! the `events` table (a row per event, with the deadline it set). Both come from
//! the same chunk of case files, read once.

use super::Input;
use crate::model::case::{Action, Case, Event};
use crate::model::lifecycle::{apply, Rules, State};
use crate::model::time::Time;
use crate::render::export::{col, Cell, Column, Kind::*};

pub const CASES: &[Column] = &[
    col("village", Text),
    col("id", Text),
    col("year", Int),
    col("title", Text),
    col("category", Text),
    col("alley", Text),
    col("household", Text),
    col("source", Text),
    col("opened", Time),
    col("status", Text),
    col("level", Text),
    col("level_rank", Int),
    col("deadline", Time),
    col("overdue", Bool),
    col("on_time", Bool),
    col("first_note", Time),
    col("escalations", Int),
    col("last_escalated", Time),
    col("last_escalated_to", Text),
    col("resolved", Time),
    col("on_spot", Bool),
    col("visit_result", Text),
    col("visited", Time),
    col("closed", Time),
    col("close_reason", Text),
    col("duplicate_of", Text),
    col("reopenings", Int),
    col("events", Int),
    col("last_event", Time),
];

pub const EVENTS: &[Column] = &[
    col("village", Text),
    col("case_id", Text),
    col("seq", Int),
    col("at", Time),
    col("by", Text),
    col("action", Text),
    col("note", Text),
    col("to_level", Text),
    col("reason", Text),
    col("dept", Text),
    col("on_spot", Bool),
    col("result", Text),
    col("close_reason", Text),
    col("duplicate_of", Text),
    col("deadline", Time),
];

/// A case folded event by event: the state after each event that the rules allow
/// (the fold stops at the first they refuse).
fn states(case: &Case, rules: &Rules) -> Vec<State> {
    let mut out: Vec<State> = Vec::with_capacity(case.events.len());
    for ev in &case.events {
        match apply(out.last(), ev, rules) {
            Ok(s) => out.push(s),
            Err(_) => break,
        }
    }
    out
}

/// What the events say besides the state: the latest of each step.
#[derive(Default)]
struct Steps {
    first_note: Option<Time>,
    last_escalated: Option<(Time, String)>,
    on_spot: Option<bool>,
    visit: Option<(Time, &'static str)>,
    duplicate_of: Option<String>,
    reopenings: i64,
}

fn steps(events: &[Event]) -> Steps {
    let mut s = Steps::default();
    for ev in events {
        match &ev.action {
            Action::Note => {
                s.first_note.get_or_insert(ev.at);
            }
            Action::Escalate { to, .. } => s.last_escalated = Some((ev.at, to.clone())),
            Action::Resolve { on_spot } => s.on_spot = Some(*on_spot),
            Action::Visit { result } => s.visit = Some((ev.at, result.as_str())),
            Action::Close { of, .. } => s.duplicate_of = of.as_ref().map(|o| o.to_string()),
            Action::Reopen { .. } => s.reopenings += 1,
            Action::Open | Action::Attach(_) => {}
        }
    }
    s
}

/// The case's row; its derived columns are empty when its events are in an
/// impossible state (`lane check` says which).
fn case_row(src: &Input, case: &Case, end: Option<&State>, valid: bool) -> Vec<Cell> {
    let cfg = &src.store.config;
    let st = end.filter(|_| valid);
    let s = steps(&case.events);
    let level = st.and_then(|s| cfg.levels.get(s.level));
    let (esc_at, esc_to) = s
        .last_escalated
        .map_or((None, None), |(t, l)| (Some(t), Some(l)));
    let (visited, result) = s.visit.map_or((None, None), |(t, r)| (Some(t), Some(r)));
    vec![
        Cell::text(src.code),
        Cell::text(case.id.to_string()),
        Cell::int(case.id.year),
        Cell::text(&case.title),
        Cell::text(&case.category),
        Cell::text(case.alley.as_str()),
        Cell::opt(case.household.as_ref(), |h| Cell::text(h.as_str())),
        Cell::text(case.source.as_str()),
        Cell::Time(case.opened),
        Cell::opt(st, |s| Cell::text(s.status.as_str())),
        Cell::opt(level, |l| Cell::text(&l.key)),
        Cell::opt(st, |s| Cell::Int(s.level as i64)),
        Cell::opt(st, |s| Cell::Time(s.deadline)),
        Cell::opt(st, |s| Cell::Bool(s.is_overdue(&src.now))),
        Cell::opt(st.and_then(|s| s.on_time), Cell::Bool),
        Cell::opt(s.first_note, Cell::Time),
        Cell::opt(st, |s| Cell::int(s.escalations)),
        Cell::opt(esc_at, Cell::Time),
        Cell::opt(esc_to, Cell::Text),
        Cell::opt(st.and_then(|s| s.resolved_at), Cell::Time),
        Cell::opt(s.on_spot, Cell::Bool),
        Cell::opt(result, Cell::text),
        Cell::opt(visited, Cell::Time),
        Cell::opt(st.and_then(|s| s.closed_at), Cell::Time),
        Cell::opt(st.and_then(|s| s.close_reason), |r| Cell::text(r.as_str())),
        Cell::opt(s.duplicate_of, Cell::Text),
        Cell::Int(s.reopenings),
        Cell::Int(case.events.len() as i64),
        Cell::opt(case.events.last(), |e| Cell::Time(e.at)),
    ]
}

/// An event's row; `deadline` is the one it set, if it starts one.
fn event_row(
    src: &Input,
    case: &Case,
    seq: usize,
    ev: &Event,
    deadline: Option<Time>,
) -> Vec<Cell> {
    let none = || Cell::Null;
    let (to, reason, dept) = match &ev.action {
        Action::Escalate { to, reason, dept } => (
            Cell::text(to),
            Cell::text_or_null(reason),
            Cell::text_or_null(dept),
        ),
        Action::Reopen { reason } => (none(), Cell::text_or_null(reason), none()),
        _ => (none(), none(), none()),
    };
    let (on_spot, result, close, of) = match &ev.action {
        Action::Resolve { on_spot } => (Cell::Bool(*on_spot), none(), none(), none()),
        Action::Visit { result } => (none(), Cell::text(result.as_str()), none(), none()),
        Action::Close { reason, of } => (
            none(),
            none(),
            Cell::text(reason.as_str()),
            Cell::opt(of.as_ref(), |o| Cell::text(o.to_string())),
        ),
        _ => (none(), none(), none(), none()),
    };
    vec![
        Cell::text(src.code),
        Cell::text(case.id.to_string()),
        Cell::Int(seq as i64 + 1),
        Cell::Time(ev.at),
        Cell::text(&ev.by),
        Cell::text(ev.action.name()),
        Cell::text_or_null(&ev.note),
        to,
        reason,
        dept,
        on_spot,
        result,
        close,
        of,
        Cell::opt(deadline, Cell::Time),
    ]
}

/// A case's row and its events' rows; the problem if its events are refused.
pub fn rows(src: &Input, case: &Case) -> (Vec<Cell>, Vec<Vec<Cell>>, bool) {
    let rules = Rules::for_case(&src.store.config, case);
    let states = states(case, &rules);
    let valid = states.len() == case.events.len() && !states.is_empty();
    let events = case
        .events
        .iter()
        .enumerate()
        .map(|(i, ev)| {
            let set = states
                .get(i)
                .filter(|_| ev.starts_deadline())
                .map(|s| s.deadline);
            event_row(src, case, i, ev, set)
        })
        .collect();
    (case_row(src, case, states.last(), valid), events, valid)
}
