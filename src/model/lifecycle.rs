//! The five-step mechanism as a pure state machine: a case's state is the fold of
//! its events. `apply` either gives the next state or a [`Refusal`] that says why and
//! what is allowed now. No I/O here.

use chrono::Duration;

use super::case::{Action, Case, CloseReason, Event, VisitResult};
use super::config::{Config, Level};
use super::time::Time;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Status {
    Open,
    Resolved,
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Resolved => "resolved",
            Status::Closed => "closed",
        }
    }
}

impl std::str::FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "open" => Ok(Status::Open),
            "resolved" => Ok(Status::Resolved),
            "closed" => Ok(Status::Closed),
            _ => Err(crate::msg!("store-not-a-status", value = s)),
        }
    }
}

/// A status as a person reads it in a sentence: `open` / 办理中.
fn status_words(s: Status) -> String {
    crate::msg!("store-status", status = s.as_str())
}

/// What the rules need to know besides the events.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    pub levels: &'a [Level],
    /// Whether the case's category waits for a return visit.
    pub return_visit: bool,
}

impl<'a> Rules<'a> {
    /// The rules for `case` under `cfg`; an unknown category is treated as needing
    /// a return visit (`lane check` reports the category itself).
    pub fn for_case(cfg: &'a Config, case: &Case) -> Rules<'a> {
        Rules::for_category(cfg, &case.category)
    }

    /// The rules for a case of `category`.
    pub fn for_category(cfg: &'a Config, category: &str) -> Rules<'a> {
        Rules {
            levels: &cfg.levels,
            return_visit: cfg.category(category).is_none_or(|c| c.return_visit),
        }
    }
    /// The deadline `ev` sets at `level`: the one recorded with it, else the
    /// level's `deadline_days` of lane.toml from the event's time.
    fn deadline(&self, level: usize, ev: &Event) -> Time {
        ev.deadline.unwrap_or_else(|| self.computed(level, &ev.at))
    }
    /// The deadline lane.toml gives `level` from `from`.
    pub fn computed(&self, level: usize, from: &Time) -> Time {
        *from + Duration::days(i64::from(self.levels[level].deadline_days))
    }
    fn top(&self) -> usize {
        self.levels.len() - 1
    }
}

/// The derived state of a case after some of its events.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub status: Status,
    /// Index into the configured levels, lowest first.
    pub level: usize,
    /// The deadline in force for the current level.
    pub deadline: Time,
    pub opened: Time,
    pub last_at: Time,
    /// The latest disposal, if the case is resolved or closed after one.
    pub resolved_at: Option<Time>,
    /// Whether the case was handled on time: set by a disposal, true only if that
    /// disposal and every earlier one met the deadline in force when it was made.
    pub on_time: Option<bool>,
    /// Whether a disposal so far missed its deadline (kept across reopenings).
    pub missed: bool,
    pub closed_at: Option<Time>,
    pub close_reason: Option<CloseReason>,
    pub escalations: u32,
}

impl State {
    pub fn is_overdue(&self, now: &Time) -> bool {
        self.status == Status::Open && *now > self.deadline
    }
}

/// Why an action is not allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub why: String,
    pub allowed: Vec<&'static str>,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.allowed.is_empty() {
            return write!(f, "{}", self.why);
        }
        let allowed: Vec<String> = self.allowed.iter().map(|a| allowed_words(a)).collect();
        let said = crate::msg!(
            "store-refusal-allowed",
            why = self.why.as_str(),
            allowed = allowed.join(&crate::msg!("store-file-separator"))
        );
        f.write_str(&said)
    }
}

/// One of [`allowed`]'s actions as a person reads it: the command words stay, the
/// words about them are the interface's.
pub fn allowed_words(action: &str) -> String {
    match action {
        "close --as (not fixed)" => crate::msg!("store-allowed-close-not-fixed"),
        other => other.to_string(),
    }
}

/// The actions allowed in a state.
pub fn allowed(state: &State, rules: &Rules) -> Vec<&'static str> {
    match state.status {
        Status::Open if state.level < rules.top() => {
            vec!["note", "escalate", "resolve", "close --as (not fixed)"]
        }
        Status::Open => vec!["note", "resolve", "close --as (not fixed)"],
        // Not fixed without the return visit, but a reason to close still closes it.
        Status::Resolved if rules.return_visit => {
            vec!["note", "visit", "close --as (not fixed)", "reopen"]
        }
        Status::Resolved => vec!["note", "close", "visit", "reopen"],
        Status::Closed => vec!["note", "reopen"],
    }
}

/// Applies one event to the state before it (`None` before the first event).
pub fn apply(state: Option<&State>, ev: &Event, rules: &Rules) -> Result<State, Refusal> {
    let Some(s) = state else {
        return first(ev, rules);
    };
    if ev.at < s.last_at {
        return Err(Refusal {
            why: crate::msg!(
                "store-event-earlier",
                at = super::time::format_time(&ev.at),
                last = super::time::format_time(&s.last_at)
            ),
            allowed: vec![],
        });
    }
    let mut n = s.clone();
    n.last_at = ev.at;
    step(s, &mut n, ev, rules).map_err(|why| Refusal {
        why,
        allowed: allowed(s, rules),
    })?;
    Ok(n)
}

/// The state after a case's first event, which must open it.
fn first(ev: &Event, rules: &Rules) -> Result<State, Refusal> {
    match ev.action {
        Action::Open => Ok(State {
            status: Status::Open,
            level: 0,
            deadline: rules.deadline(0, ev),
            opened: ev.at,
            last_at: ev.at,
            resolved_at: None,
            on_time: None,
            missed: false,
            closed_at: None,
            close_reason: None,
            escalations: 0,
        }),
        _ => Err(Refusal {
            why: crate::msg!("store-first-event-open", action = ev.action.name()),
            allowed: vec!["open"],
        }),
    }
}

/// Makes `n` (a copy of `s`, the state before) the state after `ev`, or says why
/// the event is not allowed in `s`.
fn step(s: &State, n: &mut State, ev: &Event, rules: &Rules) -> Result<(), String> {
    match (&ev.action, s.status) {
        (Action::Open, status) => {
            return Err(crate::msg!(
                "store-opened-already",
                status = status_words(status)
            ))
        }
        (Action::Note, _) => {}
        (Action::Attach(_), _) => {}
        (Action::Escalate { to, .. }, Status::Open) => escalate(s, n, to, ev, rules)?,
        (Action::Resolve { .. }, Status::Open) => {
            n.status = Status::Resolved;
            n.resolved_at = Some(ev.at);
            n.missed |= ev.at > s.deadline;
            n.on_time = Some(!n.missed);
        }
        (Action::Visit { result }, Status::Resolved) => match result {
            VisitResult::Satisfied | VisitResult::Basic => {
                n.status = Status::Closed;
                n.closed_at = Some(ev.at);
                n.close_reason = Some(CloseReason::Fixed);
            }
            // Open again at its level, with a fresh deadline from the visit.
            VisitResult::Unsatisfied => {
                n.status = Status::Open;
                n.deadline = rules.deadline(s.level, ev);
                n.resolved_at = None;
                n.on_time = None;
            }
        },
        (Action::Close { reason, of }, Status::Open | Status::Resolved) => {
            check_close(s, *reason, of.is_some(), rules)?;
            n.status = Status::Closed;
            n.closed_at = Some(ev.at);
            n.close_reason = Some(*reason);
        }
        (Action::Reopen { .. }, Status::Resolved | Status::Closed) => reopen(n, ev, rules),
        (action, status) => {
            return Err(crate::msg!(
                "store-cannot-act",
                action = action.name(),
                status = status_words(status)
            ))
        }
    }
    Ok(())
}

/// Moves an open case up to the level keyed `to`, with that level's deadline.
fn escalate(s: &State, n: &mut State, to: &str, ev: &Event, rules: &Rules) -> Result<(), String> {
    let Some(target) = rules.levels.iter().position(|l| l.key == to) else {
        let keys: Vec<_> = rules.levels.iter().map(|l| l.key.as_str()).collect();
        return Err(crate::msg!(
            "store-not-a-level",
            level = to,
            levels = keys.join(", ")
        ));
    };
    if s.level == rules.top() {
        return Err(crate::msg!(
            "store-at-top-level",
            level = rules.levels[s.level].key.as_str()
        ));
    }
    if target <= s.level {
        return Err(crate::msg!(
            "store-only-up",
            level = rules.levels[s.level].key.as_str(),
            above = rules.levels[s.level + 1..]
                .iter()
                .map(|l| l.key.as_str())
                .collect::<Vec<_>>()
                .join(&crate::msg!("store-or"))
        ));
    }
    n.level = target;
    n.deadline = rules.deadline(target, ev);
    n.escalations += 1;
    Ok(())
}

/// Why a case in state `s` cannot close for `reason`, if it cannot.
fn check_close(
    s: &State,
    reason: CloseReason,
    has_original: bool,
    rules: &Rules,
) -> Result<(), String> {
    if reason == CloseReason::Fixed && s.status == Status::Open {
        return Err(crate::msg!("store-close-open-fixed"));
    }
    if reason == CloseReason::Fixed && rules.return_visit {
        return Err(crate::msg!("store-close-needs-visit"));
    }
    if reason == CloseReason::Duplicate && !has_original {
        return Err(crate::msg!("store-close-duplicate-of"));
    }
    Ok(())
}

/// Opens a resolved or closed case again (`lane reopen`) at its level, with a
/// fresh deadline from the event.
fn reopen(n: &mut State, ev: &Event, rules: &Rules) {
    n.status = Status::Open;
    n.deadline = rules.deadline(n.level, ev);
    n.resolved_at = None;
    n.on_time = None;
    n.closed_at = None;
    n.close_reason = None;
}

/// Applies `ev` like [`apply`] and, if it starts a deadline and has none recorded,
/// records the one it sets (format 2): what `lane.toml` says now is frozen with the
/// event, so a later change of `deadline_days` does not rewrite it.
pub fn record(state: Option<&State>, ev: &mut Event, rules: &Rules) -> Result<State, Refusal> {
    let next = apply(state, ev, rules)?;
    if ev.starts_deadline() && ev.deadline.is_none() {
        ev.deadline = Some(next.deadline);
    }
    Ok(next)
}

/// Records the deadline on every event of `events` that starts one and has none
/// (see [`record`]); how many it recorded. Stops at the first refused event.
pub fn record_all(events: &mut [Event], rules: &Rules) -> usize {
    let mut state: Option<State> = None;
    let mut n = 0;
    for ev in events.iter_mut() {
        let had = ev.deadline.is_some();
        match record(state.as_ref(), ev, rules) {
            Ok(s) => state = Some(s),
            Err(_) => break,
        }
        n += usize::from(!had && ev.deadline.is_some());
    }
    n
}

/// Folds a list of events; the error names the index of the event refused.
pub fn fold_events(events: &[Event], rules: &Rules) -> Result<State, (usize, Refusal)> {
    let mut state: Option<State> = None;
    for (i, ev) in events.iter().enumerate() {
        state = Some(apply(state.as_ref(), ev, rules).map_err(|r| (i, r))?);
    }
    state.ok_or((
        0,
        Refusal {
            why: crate::msg!("store-no-events"),
            allowed: vec!["open"],
        },
    ))
}

/// Folds all events of a case; the error names the index of the event refused.
pub fn fold(case: &Case, rules: &Rules) -> Result<State, (usize, Refusal)> {
    fold_until(case, rules, None).map(|s| s.expect("a case has at least its open event"))
}

/// Folds the events at or before `until` (all with `None`); `None` if the case did
/// not exist yet.
pub fn fold_until(
    case: &Case,
    rules: &Rules,
    until: Option<&Time>,
) -> Result<Option<State>, (usize, Refusal)> {
    let mut state: Option<State> = None;
    for (i, ev) in case.events.iter().enumerate() {
        if until.is_some_and(|u| ev.at > *u) {
            break;
        }
        state = Some(apply(state.as_ref(), ev, rules).map_err(|r| (i, r))?);
    }
    if case.events.is_empty() {
        return Err((
            0,
            Refusal {
                why: crate::msg!("store-no-events"),
                allowed: vec!["open"],
            },
        ));
    }
    Ok(state)
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
