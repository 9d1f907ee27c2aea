//! How the commands name a case's events, states and the values of its fields in
//! what a person reads, in the interface's language. The English words are the
//! ones the files store (`open`, `satisfied`, `not-responsible`); a Chinese reader
//! gets the level's name from lane.toml and the words of the five-step mechanism.
//! Commit messages, CSV and JSON keep the stored words (see [`Event::summary`]).

use crate::model::case::{Action, CloseReason, Event, Source, VisitResult};
use crate::model::config::Config;
use crate::model::lifecycle::{State, Status};
use crate::model::patrol::PatrolKind;
use crate::model::time::short_time;
use crate::msg;

/// A return visit's result: `satisfied` / 满意.
pub fn visit_result(r: VisitResult) -> String {
    match r {
        VisitResult::Satisfied => msg!("cmd-visit-satisfied"),
        VisitResult::Basic => msg!("cmd-visit-basic"),
        VisitResult::Unsatisfied => msg!("cmd-visit-unsatisfied"),
    }
}

/// What an attachment is to its case: `before photo` / 整改前照片.
pub fn attach_kind(k: crate::model::attachment::AttachKind) -> String {
    msg!("cmd-attach-kind", kind = k.as_str())
}

/// Why a case was closed: `fixed` / 问题已解决.
pub fn close_reason(r: CloseReason) -> String {
    match r {
        CloseReason::Fixed => msg!("cmd-close-fixed"),
        CloseReason::Duplicate => msg!("cmd-close-duplicate"),
        CloseReason::NotResponsible => msg!("cmd-close-not-responsible"),
        CloseReason::Unable => msg!("cmd-close-unable"),
        CloseReason::Referred => msg!("cmd-close-referred"),
    }
}

/// How the problem came to light: `inspection` / 巡查发现.
pub fn source(s: Source) -> String {
    match s {
        Source::Inspection => msg!("cmd-source-inspection"),
        Source::Visit => msg!("cmd-source-visit"),
        Source::Household => msg!("cmd-source-household"),
        Source::Hotline => msg!("cmd-source-hotline"),
    }
}

/// A case's status: `open` / 办理中.
pub fn status(s: Status) -> String {
    match s {
        Status::Open => msg!("cmd-status-open"),
        Status::Resolved => msg!("cmd-status-resolved"),
        Status::Closed => msg!("cmd-status-closed"),
    }
}

/// What a patrol was: `inspection` / 定点巡查.
pub fn patrol_kind(k: PatrolKind) -> String {
    match k {
        PatrolKind::Inspection => msg!("cmd-kind-inspection"),
        PatrolKind::Visit => msg!("cmd-kind-visit"),
        PatrolKind::Feedback => msg!("cmd-kind-feedback"),
    }
}

/// A configured thing (level, category, criterion) in a table cell a person
/// reads: its key in English, its name in Chinese.
pub fn keyed(key: &str, name: &str) -> String {
    msg!("cmd-cell-keyed", key = key, name = name)
}

/// A choice of a list at a terminal: `sanitation (environmental sanitation)` /
/// `环境卫生（sanitation）`.
pub fn choice(key: &str, name: &str) -> String {
    msg!("cmd-choice", key = key, name = name)
}

/// The name of level `key` in lane.toml, or the key when there is none.
fn level_name<'a>(cfg: &'a Config, key: &'a str) -> &'a str {
    cfg.levels
        .iter()
        .find(|l| l.key == key)
        .map_or(key, |l| l.name.as_str())
}

/// The event in a few words, without its reason or note: English is
/// [`Event::headline`] (`escalate to village`), Chinese `上报至村党支部`.
pub fn headline(cfg: &Config, ev: &Event) -> String {
    match &ev.action {
        Action::Open => msg!("cmd-ev-open"),
        Action::Note => msg!("cmd-ev-note"),
        Action::Escalate { to, dept, .. } if dept.is_empty() => {
            msg!(
                "cmd-ev-escalate",
                to = to.as_str(),
                level = level_name(cfg, to)
            )
        }
        Action::Escalate { to, dept, .. } => msg!(
            "cmd-ev-escalate-dept",
            to = to.as_str(),
            level = level_name(cfg, to),
            dept = dept.as_str()
        ),
        Action::Resolve { on_spot: true } => msg!("cmd-ev-resolve-on-spot"),
        Action::Resolve { on_spot: false } => msg!("cmd-ev-resolve"),
        Action::Visit { result } => msg!("cmd-ev-visit", result = visit_result(*result)),
        Action::Close {
            reason,
            of: Some(of),
        } => msg!(
            "cmd-ev-close-of",
            reason = close_reason(*reason),
            of = of.to_string()
        ),
        Action::Close { reason, of: None } => {
            msg!("cmd-ev-close", reason = close_reason(*reason))
        }
        Action::Reopen { .. } => msg!("cmd-ev-reopen"),
        Action::Attach(a) => msg!(
            "cmd-ev-attach",
            kind = attach_kind(a.kind),
            name = a.name.as_str()
        ),
    }
}

/// The reason (escalate, reopen) and the note, joined ([`Event::detail`]).
pub fn detail(ev: &Event) -> String {
    let reason = match &ev.action {
        Action::Escalate { reason, .. } | Action::Reopen { reason } => reason.as_str(),
        _ => "",
    };
    match (reason.is_empty(), ev.note.is_empty()) {
        (false, false) => msg!(
            "cmd-ev-reason-and-note",
            reason = reason,
            note = ev.note.as_str()
        ),
        (false, true) => reason.to_string(),
        _ => ev.note.clone(),
    }
}

/// The event on one line: `escalate to village (needs an excavator)`
/// ([`Event::summary`]).
pub fn summary(cfg: &Config, ev: &Event) -> String {
    let (headline, detail) = (headline(cfg, ev), detail(ev));
    if detail.is_empty() {
        headline
    } else {
        msg!("cmd-ev-with-detail", event = headline, detail = detail)
    }
}

/// "open at alley (lane leader), due 2026-11-23 10:00" and the like.
pub fn describe(cfg: &Config, s: &State) -> String {
    let level = &cfg.levels[s.level];
    let (key, name) = (level.key.as_str(), level.name.as_str());
    match s.status {
        Status::Open => msg!(
            "cmd-state-open",
            key = key,
            name = name,
            due = short_time(&s.deadline, cfg.offset())
        ),
        Status::Resolved => msg!("cmd-state-resolved", key = key, name = name),
        Status::Closed => msg!(
            "cmd-state-closed",
            reason = close_reason(s.close_reason.unwrap_or(CloseReason::Fixed))
        ),
    }
}

/// `label: text`, as a flag's error or a file's place says it (`--at: ...`).
pub fn labelled(label: &str, text: &str) -> String {
    msg!("cmd-labelled", label = label, text = text)
}

/// Items of a list in a sentence: `a; b` / `a；b`.
pub fn joined(items: &[String]) -> String {
    items.join(&msg!("cmd-list-separator"))
}
