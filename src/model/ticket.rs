//! A case (ticket): the facts that never change and the append-only list of events.
//! Status, level and deadline are not stored; [`super::lifecycle`] derives them.

use super::ids::{AlleyId, HouseholdId, TicketId};
use super::registry::str_enum;
use super::time::Time;

str_enum!(
    /// How the problem came to the lane leader.
    Source { Inspection = "inspection", Visit = "visit", Household = "household", Hotline = "hotline" }
);
str_enum!(
    /// The result of a return visit.
    VisitResult { Satisfied = "satisfied", Basic = "basic", Unsatisfied = "unsatisfied" }
);
str_enum!(
    /// Why a case was closed: fixed, or closed without a fix for a named reason.
    CloseReason {
        Fixed = "fixed",
        Duplicate = "duplicate",
        NotResponsible = "not-responsible",
        Unable = "unable",
        Referred = "referred",
    }
);

#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: TicketId,
    pub title: String,
    pub category: String,
    pub alley: AlleyId,
    pub household: Option<HouseholdId>,
    pub source: Source,
    pub opened: Time,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub at: Time,
    pub by: String,
    pub action: Action,
    pub note: String,
    /// The line of the event's `[[events]]` header in its file; 0 for a new event.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Open,
    Note,
    Escalate {
        to: String,
        reason: String,
        dept: String,
    },
    Resolve {
        on_spot: bool,
    },
    Visit {
        result: VisitResult,
    },
    Close {
        reason: CloseReason,
        of: Option<TicketId>,
    },
    Reopen {
        reason: String,
    },
}

impl Action {
    /// The word stored in `action = "..."`.
    pub fn name(&self) -> &'static str {
        match self {
            Action::Open => "open",
            Action::Note => "note",
            Action::Escalate { .. } => "escalate",
            Action::Resolve { .. } => "resolve",
            Action::Visit { .. } => "visit",
            Action::Close { .. } => "close",
            Action::Reopen { .. } => "reopen",
        }
    }
}

impl Event {
    pub fn new(at: Time, by: &str, action: Action, note: &str) -> Event {
        Event {
            at,
            by: by.to_string(),
            action,
            note: note.to_string(),
            line: 0,
        }
    }

    /// A one-line description for timelines and commit messages.
    pub fn summary(&self) -> String {
        let with = |head: String, extra: &str| {
            if extra.is_empty() {
                head
            } else {
                format!("{head} ({extra})")
            }
        };
        match &self.action {
            Action::Open => with("open".into(), &self.note),
            Action::Note => with("note".into(), &self.note),
            Action::Escalate { to, reason, dept } => {
                let head = if dept.is_empty() {
                    format!("escalate to {to}")
                } else {
                    format!("escalate to {to}, {dept}")
                };
                with(head, reason)
            }
            Action::Resolve { on_spot: true } => with("resolve on the spot".into(), &self.note),
            Action::Resolve { on_spot: false } => with("resolve".into(), &self.note),
            Action::Visit { result } => with(format!("return visit: {result}"), &self.note),
            Action::Close {
                reason,
                of: Some(of),
            } => with(format!("close as {reason} of {of}"), &self.note),
            Action::Close { reason, of: None } => with(format!("close as {reason}"), &self.note),
            Action::Reopen { reason } => with("reopen".into(), reason),
        }
    }
}
