//! Every allowed and every refused transition of the five-step mechanism.

use super::*;
use crate::model::case::{Action, CloseReason, Event, VisitResult};
use crate::model::config::Config;
use crate::model::ids::CaseId;
use crate::model::time::{format_time, parse_time};

fn t(s: &str) -> Time {
    parse_time(s, chrono::FixedOffset::east_opt(8 * 3600).unwrap()).unwrap()
}

fn ev(at: &str, action: Action) -> Event {
    Event::new(t(at), "L01", action, "")
}

fn esc(to: &str) -> Action {
    Action::Escalate {
        to: to.into(),
        reason: "r".into(),
        dept: String::new(),
    }
}

fn close(reason: CloseReason) -> Action {
    Action::Close { reason, of: None }
}

fn visit(result: VisitResult) -> Action {
    Action::Visit { result }
}

const RESOLVE: Action = Action::Resolve { on_spot: false };

/// Folds `actions` one hour apart from 2026-11-01T08:00 under the default config.
fn run(return_visit: bool, actions: &[Action]) -> Result<State, (usize, Refusal)> {
    let cfg = Config::new("X", "NJ");
    let rules = Rules {
        levels: &cfg.levels,
        return_visit,
    };
    let mut state: Option<State> = None;
    for (i, a) in actions.iter().enumerate() {
        let at = format!("2026-11-01T{:02}:00", 8 + i);
        state = Some(apply(state.as_ref(), &ev(&at, a.clone()), &rules).map_err(|r| (i, r))?);
    }
    Ok(state.expect("at least one action"))
}

fn refused(return_visit: bool, actions: &[Action]) -> String {
    match run(return_visit, actions) {
        Ok(s) => panic!("allowed: {s:?}"),
        Err((i, r)) => {
            assert_eq!(i, actions.len() - 1, "refused early: {r}");
            r.to_string()
        }
    }
}

#[test]
fn open_starts_at_the_lowest_level_with_its_deadline() {
    let s = run(true, &[Action::Open]).unwrap();
    assert_eq!((s.status, s.level), (Status::Open, 0));
    assert_eq!(format_time(&s.deadline), "2026-11-04T08:00:00+08:00");
}

#[test]
fn the_first_event_must_be_open() {
    assert_eq!(
        refused(true, &[Action::Note]),
        "the first event must be `open`, not `note`; allowed now: open"
    );
    assert_eq!(
        refused(true, &[Action::Open, Action::Open]),
        "the case was opened already (it is open); a case is opened once; allowed now: note, escalate, resolve, close --as (not fixed)"
    );
}

#[test]
fn escalation_climbs_one_level_or_to_a_named_one_with_new_deadlines() {
    let s = run(true, &[Action::Open, esc("village")]).unwrap();
    assert_eq!((s.level, s.escalations), (1, 1));
    assert_eq!(format_time(&s.deadline), "2026-11-08T09:00:00+08:00");
    let s = run(true, &[Action::Open, esc("town")]).unwrap();
    assert_eq!(s.level, 2);
    assert_eq!(format_time(&s.deadline), "2026-11-16T09:00:00+08:00");
}

#[test]
fn escalation_is_refused_at_the_top_downwards_and_to_unknown_levels() {
    assert_eq!(
        refused(true, &[Action::Open, esc("town"), esc("town")]),
        "the case is already at the top level (town); allowed now: note, resolve, close --as (not fixed)"
    );
    assert_eq!(
        refused(true, &[Action::Open, esc("village"), esc("alley")]),
        "the case is already at level village; it can only go up, to town; allowed now: note, escalate, resolve, close --as (not fixed)"
    );
    assert!(refused(true, &[Action::Open, esc("county")]).starts_with("`county` is not a level"));
    assert_eq!(
        refused(true, &[Action::Open, RESOLVE, esc("village")]),
        "cannot escalate a case that is resolved; allowed now: note, visit, close --as (not fixed), reopen"
    );
}

#[test]
fn resolve_records_whether_the_deadline_was_met() {
    let s = run(true, &[Action::Open, RESOLVE]).unwrap();
    assert_eq!((s.status, s.on_time), (Status::Resolved, Some(true)));
    let cfg = Config::new("X", "NJ");
    let rules = Rules {
        levels: &cfg.levels,
        return_visit: true,
    };
    let s0 = apply(None, &ev("2026-11-01T08:00", Action::Open), &rules).unwrap();
    let late = apply(Some(&s0), &ev("2026-11-04T08:01", RESOLVE), &rules).unwrap();
    assert_eq!(late.on_time, Some(false));
    let just = apply(Some(&s0), &ev("2026-11-04T08:00", RESOLVE), &rules).unwrap();
    assert_eq!(just.on_time, Some(true));
    assert_eq!(
        refused(true, &[Action::Open, RESOLVE, RESOLVE]),
        "cannot resolve a case that is resolved; allowed now: note, visit, close --as (not fixed), reopen"
    );
}

#[test]
fn return_visits_close_or_reopen() {
    for r in [VisitResult::Satisfied, VisitResult::Basic] {
        let s = run(true, &[Action::Open, RESOLVE, visit(r)]).unwrap();
        assert_eq!(
            (s.status, s.close_reason),
            (Status::Closed, Some(CloseReason::Fixed))
        );
    }
    let s = run(
        true,
        &[
            Action::Open,
            esc("village"),
            RESOLVE,
            visit(VisitResult::Unsatisfied),
        ],
    )
    .unwrap();
    assert_eq!((s.status, s.level, s.resolved_at), (Status::Open, 1, None));
    assert_eq!(format_time(&s.deadline), "2026-11-08T11:00:00+08:00");
    assert_eq!(
        refused(true, &[Action::Open, visit(VisitResult::Satisfied)]),
        "cannot record a return visit for a case that is open; allowed now: note, escalate, resolve, close --as (not fixed)"
    );
}

#[test]
fn closing_needs_a_fix_and_a_visit_or_a_reason() {
    assert_eq!(
        refused(true, &[Action::Open, close(CloseReason::Fixed)]),
        "an open case is not fixed yet: resolve it first, or close it as duplicate, not-responsible, unable or referred; allowed now: note, escalate, resolve, close --as (not fixed)"
    );
    assert_eq!(
        refused(true, &[Action::Open, RESOLVE, close(CloseReason::Fixed)]),
        "this category needs a return visit before the case closes: record it with `lane visit`; allowed now: note, visit, close --as (not fixed), reopen"
    );
    let s = run(false, &[Action::Open, RESOLVE, close(CloseReason::Fixed)]).unwrap();
    assert_eq!(s.status, Status::Closed);
    for r in [
        CloseReason::NotResponsible,
        CloseReason::Unable,
        CloseReason::Referred,
    ] {
        let s = run(true, &[Action::Open, close(r)]).unwrap();
        assert_eq!((s.status, s.close_reason), (Status::Closed, Some(r)));
    }
    assert_eq!(
        refused(true, &[Action::Open, close(CloseReason::Duplicate)]),
        "closing as duplicate needs the case it duplicates (--of ID); allowed now: note, escalate, resolve, close --as (not fixed)"
    );
    let dup = Action::Close {
        reason: CloseReason::Duplicate,
        of: Some(CaseId::parse("NJ-2026-0001").unwrap()),
    };
    assert_eq!(
        run(true, &[Action::Open, dup]).unwrap().status,
        Status::Closed
    );
    assert_eq!(
        refused(
            true,
            &[
                Action::Open,
                close(CloseReason::Unable),
                close(CloseReason::Unable)
            ]
        ),
        "cannot close a case that is closed; allowed now: note, reopen"
    );
}

#[test]
fn reopen_only_what_is_resolved_or_closed() {
    let reopen = Action::Reopen {
        reason: "back again".into(),
    };
    let s = run(
        true,
        &[Action::Open, esc("village"), RESOLVE, reopen.clone()],
    )
    .unwrap();
    assert_eq!((s.status, s.level), (Status::Open, 1));
    let s = run(
        true,
        &[Action::Open, close(CloseReason::Unable), reopen.clone()],
    )
    .unwrap();
    assert_eq!(
        (s.status, s.close_reason, s.closed_at),
        (Status::Open, None, None)
    );
    assert_eq!(
        refused(true, &[Action::Open, reopen]),
        "cannot reopen a case that is open; allowed now: note, escalate, resolve, close --as (not fixed)"
    );
}

#[test]
fn notes_are_allowed_in_every_state() {
    for tail in [
        vec![],
        vec![RESOLVE],
        vec![RESOLVE, visit(VisitResult::Basic)],
    ] {
        let mut actions = vec![Action::Open];
        actions.extend(tail);
        let before = run(true, &actions).unwrap();
        actions.push(Action::Note);
        let after = run(true, &actions).unwrap();
        assert_eq!((after.status, after.level), (before.status, before.level));
    }
}

#[test]
fn events_must_not_go_back_in_time() {
    let cfg = Config::new("X", "NJ");
    let rules = Rules {
        levels: &cfg.levels,
        return_visit: true,
    };
    let s0 = apply(None, &ev("2026-11-01T08:00", Action::Open), &rules).unwrap();
    let r = apply(Some(&s0), &ev("2026-11-01T07:59", Action::Note), &rules).unwrap_err();
    assert_eq!(
        r.to_string(),
        "2026-11-01T07:59:00+08:00 is earlier than the case's last event (2026-11-01T08:00:00+08:00); events are kept in time order"
    );
    assert!(apply(Some(&s0), &ev("2026-11-01T08:00", Action::Note), &rules).is_ok());
}

#[test]
fn fold_until_sees_the_state_at_a_moment() {
    let cfg = Config::new("X", "NJ");
    let case = crate::model::case::Case {
        id: CaseId::parse("NJ-2026-0001").unwrap(),
        title: "x".into(),
        category: "hazard".into(),
        alley: crate::model::ids::AlleyId::new("A01").unwrap(),
        household: None,
        source: crate::model::case::Source::Inspection,
        opened: t("2026-11-01T08:00"),
        events: vec![
            ev("2026-11-01T08:00", Action::Open),
            ev("2026-11-05T08:00", esc("village")),
            ev("2026-11-09T08:00", RESOLVE),
        ],
    };
    let rules = Rules::for_case(&cfg, &case);
    assert_eq!(
        fold_until(&case, &rules, Some(&t("2026-10-31T00:00"))).unwrap(),
        None
    );
    let mid = fold_until(&case, &rules, Some(&t("2026-11-06T00:00")))
        .unwrap()
        .unwrap();
    assert_eq!((mid.status, mid.level), (Status::Open, 1));
    assert!(mid.is_overdue(&t("2026-11-12T08:01")));
    let end = fold(&case, &rules).unwrap();
    assert_eq!((end.status, end.on_time), (Status::Resolved, Some(true)));
}
