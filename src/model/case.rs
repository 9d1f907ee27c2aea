//! A case (case): the facts that never change and the append-only list of events.
//! Status, level and deadline are not stored; [`super::lifecycle`] derives them.

use super::ids::{AlleyId, CaseId, HouseholdId};
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
pub struct Case {
    pub id: CaseId,
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
    /// The deadline this event set, as recorded when it was written (format 2):
    /// on the events that start a deadline (see [`Event::starts_deadline`]).
    /// `None` in version-1 files: the deadline then comes from lane.toml.
    pub deadline: Option<Time>,
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
        of: Option<CaseId>,
    },
    Reopen {
        reason: String,
    },
    /// A photo or document kept with the case; changes nothing of its state.
    Attach(super::attachment::Attached),
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
            Action::Attach(_) => "attach",
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
            deadline: None,
            line: 0,
        }
    }

    /// Whether the event starts a deadline: it opens the case, escalates it,
    /// reopens it, or is a return visit that found it unsatisfied (open again).
    pub fn starts_deadline(&self) -> bool {
        matches!(
            self.action,
            Action::Open
                | Action::Escalate { .. }
                | Action::Reopen { .. }
                | Action::Visit {
                    result: VisitResult::Unsatisfied
                }
        )
    }

    /// The action in a few words, without its reason or note:
    /// `escalate to village, town water office`.
    pub fn headline(&self) -> String {
        match &self.action {
            Action::Escalate { to, dept, .. } if dept.is_empty() => format!("escalate to {to}"),
            Action::Escalate { to, dept, .. } => format!("escalate to {to}, {dept}"),
            Action::Resolve { on_spot: true } => "resolve on the spot".into(),
            Action::Visit { result } => format!("return visit: {result}"),
            Action::Close {
                reason,
                of: Some(of),
            } => format!("close as {reason} of {of}"),
            Action::Close { reason, of: None } => format!("close as {reason}"),
            Action::Attach(a) => format!("attach {}: {}", a.kind, a.name),
            other => other.name().into(),
        }
    }

    /// The reason (escalate, reopen) and the note, joined.
    pub fn detail(&self) -> String {
        let reason = match &self.action {
            Action::Escalate { reason, .. } | Action::Reopen { reason } => reason.as_str(),
            _ => "",
        };
        match (reason.is_empty(), self.note.is_empty()) {
            (false, false) => format!("{reason}; {}", self.note),
            (false, true) => reason.to_string(),
            _ => self.note.clone(),
        }
    }

    /// One line for commit messages: `escalate to village (needs an excavator)`.
    pub fn summary(&self) -> String {
        let detail = self.detail();
        if detail.is_empty() {
            self.headline()
        } else {
            format!("{} ({detail})", self.headline())
        }
    }
}
