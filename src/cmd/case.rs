//! The five-step mechanism: `lane open` (inspection), `note` (feedback), `escalate`
//! (coordination), `resolve` (disposal), `visit` (return visit), `close`, `reopen`.
//! Each action is checked against the case's derived state before anything is
//! written; a refused action says why and what is allowed now, and writes nothing.

use super::registry::pick_alley;
use super::{say, Ctx};
use crate::cli::{
    Actor, CloseArgs, EscalateArgs, NoteArgs, OpenArgs, ReopenArgs, ResolveArgs, VisitArgs,
};
use crate::error::{Error, Result};
use crate::model::case::{Action, Case, CloseReason, Event, Source, VisitResult};
use crate::model::config::Config;
use crate::model::duplicates;
use crate::model::ids::{AlleyId, CaseId, HouseholdId};
use crate::model::lifecycle::{fold, record, record_all, Refusal, Rules, State, Status};
use crate::model::patrol::PatrolKind;
use crate::model::registry::{Alley, Household, Leader};
use crate::model::time::{format_time, local_date, local_year, parse_time, short_time, Time};
use crate::render;
use crate::store::cases::Loaded;
use crate::store::change::Tx;
use crate::store::Store;

/// Who acted: `--by`, else `$LANE_BY`, else local.toml's `by`, else asked for.
pub fn who(ctx: &Ctx, store: &Store, actor: &Actor) -> Result<String> {
    let given = actor
        .by
        .clone()
        .or_else(|| std::env::var("LANE_BY").ok().filter(|s| !s.is_empty()));
    let given = match given {
        Some(g) => Some(g),
        None => store.local()?.by,
    };
    let by = ctx.prompt.text(given, "--by", "Who is acting")?;
    let by = by.trim().to_string();
    if by.is_empty() || by.chars().any(char::is_control) {
        return Err(Error::input(
            "--by: give a name or leader ID without control characters",
        ));
    }
    Ok(by)
}

/// When: `--at`, else now. A time in the future is refused.
pub fn when(store: &Store, actor: &Actor) -> Result<Time> {
    let Some(at) = &actor.at else {
        return Ok(store.now);
    };
    let t =
        parse_time(at, store.config.offset()).map_err(|e| Error::input(format!("--at: {e}")))?;
    if local_year(&t, store.config.offset()) < 1900 {
        // The year names the case's folder and ID: four digits, and a real one.
        return Err(Error::input(format!(
            "--at: {} is before 1900; write the year in full",
            format_time(&t)
        )));
    }
    if t > store.now + chrono::Duration::minutes(5) {
        return Err(Error::input(format!(
            "--at: {} is in the future (now is {})",
            format_time(&t),
            format_time(&store.now)
        )));
    }
    Ok(t)
}

fn category_key(ctx: &Ctx, cfg: &Config, given: Option<String>) -> Result<String> {
    let items: Vec<(String, String)> = cfg
        .categories
        .iter()
        .map(|c| (c.key.clone(), format!("{} ({})", c.key, c.name)))
        .collect();
    let key = ctx
        .prompt
        .pick(given, "--category", "Category", &items, false)?;
    if cfg.category(&key).is_some() {
        return Ok(key);
    }
    let mut e = Error::input(format!(
        "--category: `{key}` is not a category ({})",
        cfg.category_keys()
    ));
    if let Some(s) = crate::suggest::nearest(&key, cfg.categories.iter().map(|c| c.key.as_str())) {
        e = e.hint(format!("did you mean `{s}`?"));
    }
    Err(e)
}

/// The household and alley of a new case: `--household` implies its alley.
fn place(ctx: &Ctx, store: &Store, a: &OpenArgs) -> Result<(AlleyId, Option<HouseholdId>)> {
    let households = store.load::<Household>()?;
    let mut household = a.household.clone();
    if household.is_none() && a.alley.is_none() && ctx.prompt.enabled {
        let mut items = vec![(String::new(), "(no household: pick an alley)".to_string())];
        items.extend(households.iter().map(|h| {
            (
                h.id.to_string(),
                format!("{} {} ({})", h.head, h.id, h.alley),
            )
        }));
        let v = ctx.prompt.pick(
            None,
            "--household",
            "Household (type part of the head's name)",
            &items,
            true,
        )?;
        household = Some(v).filter(|v| !v.is_empty());
    }
    match household {
        Some(h) => {
            let rec = households.require(&h)?;
            if let Some(a) = &a.alley {
                if a != rec.alley.as_str() {
                    return Err(Error::input(format!(
                        "--alley {a} does not match household {h}, which is in alley {}",
                        rec.alley
                    ))
                    .hint("leave --alley out: --household implies it"));
                }
            }
            Ok((rec.alley.clone(), Some(rec.id.clone())))
        }
        None => Ok((pick_alley(ctx, store, a.alley.clone())?, None)),
    }
}

/// This clone's station code, or a refusal that says how to set it.
pub fn station(store: &Store) -> Result<String> {
    match store.local()?.station {
        Some(s) => Ok(s),
        None => Err(Error::refused("this clone of the data folder has no station code, so it cannot number new cases")
            .hint("give each clone its own: `lane local --station T` (the village's own clone uses `--station \"\"`)")),
    }
}

pub fn open(ctx: &Ctx, a: OpenArgs) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    let by = who(ctx, &store, &a.actor)?;
    let at = when(&store, &a.actor)?;
    let category = category_key(ctx, cfg, a.category.clone())?;
    let (alley, household) = place(ctx, &store, &a)?;
    let title = ctx
        .prompt
        .text(a.title.clone(), "--title", "What is the problem")?;
    if title.trim().is_empty() {
        return Err(Error::input("--title is empty"));
    }
    let (id, state) = store.change(|tx| {
        let station = station(tx)?;
        let id = tx.next_case_id(local_year(&at, cfg.offset()), &station)?;
        let mut case = Case {
            id,
            title: title.trim().to_string(),
            events: first_events(cfg, &a, &category, at, &by),
            category,
            alley,
            household,
            source: a.source,
            opened: at,
        };
        let rules = Rules::for_case(cfg, &case);
        record_all(&mut case.events, &rules);
        let state = fold(&case, &rules).map_err(|(_, r)| Error::refused(r.to_string()))?;
        tx.put_new_case(&case);
        if let (Source::Visit, Some(h)) = (case.source, &case.household) {
            log_visit(tx, &case, h, &by, at)?;
        }
        let place = match &case.household {
            Some(h) => format!("{} {h}", case.alley),
            None => case.alley.to_string(),
        };
        tx.message(format!(
            "{}: open {} in {place} ({})",
            case.id, case.category, case.title
        ));
        Ok((case.id, state))
    })?;
    say(&format!("opened {id}: {}", describe(cfg, &state)));
    render::write_stdout(&format!("{id}\n"))
}

/// The first events of a new case: the opening, and with `--solved` the disposal
/// (and the closing, for a category that needs no return visit).
fn first_events(cfg: &Config, a: &OpenArgs, category: &str, at: Time, by: &str) -> Vec<Event> {
    let return_visit = cfg.category(category).is_none_or(|c| c.return_visit);
    let mut events = vec![Event::new(at, by, Action::Open, &a.note)];
    if let Some(note) = &a.solved {
        events.push(Event::new(at, by, Action::Resolve { on_spot: true }, note));
        if !return_visit {
            let close = Action::Close {
                reason: CloseReason::Fixed,
                of: None,
            };
            events.push(Event::new(at, by, close, ""));
        }
    }
    events
}

/// A problem found on a household visit logs the visit in the same change.
fn log_visit(tx: &mut Tx, case: &Case, h: &HouseholdId, by: &str, at: Time) -> Result<()> {
    let leaders = tx.load::<Leader>()?;
    let alleys = tx.load::<Alley>()?;
    let leader = match leaders.get(by) {
        Some(l) => Some(l.id.to_string()),
        None => alleys
            .get(case.alley.as_str())
            .and_then(|a| a.leader.as_ref())
            .map(|l| l.to_string()),
    };
    match leader {
        Some(l) => {
            let mut p = super::patrol::build(
                tx,
                &l,
                PatrolKind::Visit,
                Some(case.alley.as_str()),
                Some(h.as_str()),
                local_date(&at, tx.config.offset()),
                "",
            )?;
            p.case = Some(case.id.clone());
            tx.put_patrol(&p)?;
        }
        None => eprintln!(
            "warning: the visit is not logged: alley {} has no lane leader and --by is not one",
            case.alley
        ),
    }
    Ok(())
}

/// "open at alley (lane leader), due 2026-11-23 10:00" and the like.
pub fn describe(cfg: &Config, s: &State) -> String {
    let level = &cfg.levels[s.level];
    match s.status {
        Status::Open => format!(
            "open at {} ({}), due {}",
            level.key,
            level.name,
            short_time(&s.deadline, cfg.offset())
        ),
        Status::Resolved => format!("resolved at {}, waiting for the return visit", level.key),
        Status::Closed => format!(
            "closed as {}",
            s.close_reason.map_or("fixed", |r| r.as_str())
        ),
    }
}

/// Loads a case for a change and appends `make`'s events after checking each
/// against the state. Refusals write nothing.
fn act(
    ctx: &Ctx,
    id: &str,
    actor: &Actor,
    make: impl FnOnce(&Store, &Case, &State, Time, &str) -> Result<Vec<Event>>,
) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    let id = store.resolve_case_id(id)?;
    let by = who(ctx, &store, actor)?;
    let at = when(&store, actor)?;
    let (s, summary) = store.change(|tx| {
        let loaded = tx.load_case(&id)?;
        let t = &loaded.case;
        let rules = Rules::for_case(cfg, t);
        let state = fold(t, &rules).map_err(|(i, r)| {
            let line = t.events.get(i).map_or(1, |e| e.line);
            Error::refused(format!(
                "{}:{line}: the case file is in an impossible state ({}); it cannot be changed until it is fixed",
                loaded.rel, r.why
            ))
            .hint("fix the file by hand (`lane check` lists its problems); other cases keep working")
        })?;
        let mut events = make(tx, t, &state, at, &by)?;
        let mut s = state;
        for ev in &mut events {
            s = record(Some(&s), ev, &rules).map_err(|r| refusal(tx, &loaded, r))?;
        }
        tx.append_events(&loaded, &events)?;
        let summary: Vec<String> = events.iter().map(|e| e.summary()).collect();
        tx.message(format!("{id}: {}", summary.join("; ")));
        Ok((s, summary))
    })?;
    say(&format!(
        "{id}: {}; {}",
        summary.join("; "),
        describe(cfg, &s)
    ));
    Ok(())
}

/// A refused event as an error; when the case has an event after now (a typo of
/// the year), the hint names it and how to correct it.
fn refusal(store: &Store, loaded: &Loaded, r: Refusal) -> Error {
    let t = &loaded.case;
    let e = Error::refused(format!("{}: {r}", t.id));
    match t.events.iter().enumerate().find(|(_, e)| e.at > store.now) {
        Some((i, ev)) => e.hint(format!(
            "event {} ({}) at {}:{} is at {}, in the future (now is {}); correct its `at` in the file (a typo of the year?), then run `lane check`",
            i + 1,
            ev.action.name(),
            loaded.rel,
            ev.line,
            format_time(&ev.at),
            format_time(&store.now)
        )),
        None => e,
    }
}

pub fn note(ctx: &Ctx, a: NoteArgs) -> Result<()> {
    if a.text.trim().is_empty() {
        return Err(Error::input("the note is empty"));
    }
    act(ctx, &a.id, &a.actor, |_, _, _, at, by| {
        Ok(vec![Event::new(at, by, Action::Note, &a.text)])
    })
}

pub fn escalate(ctx: &Ctx, a: EscalateArgs) -> Result<()> {
    let reason = ctx.prompt.text(
        a.reason.clone(),
        "--reason",
        "Why can this level not solve it",
    )?;
    if reason.trim().is_empty() {
        return Err(Error::input("--reason is empty"));
    }
    act(ctx, &a.id, &a.actor, |store, _, state, at, by| {
        let cfg = &store.config;
        let to = match &a.to {
            Some(to) => to.clone(),
            None => match cfg.levels.get(state.level + 1) {
                Some(l) => l.key.clone(),
                None => cfg.levels[state.level].key.clone(), // refused by the rules below
            },
        };
        let action = Action::Escalate {
            to,
            reason,
            dept: a.dept.clone().unwrap_or_default(),
        };
        Ok(vec![Event::new(at, by, action, &a.note)])
    })
}

pub fn resolve(ctx: &Ctx, a: ResolveArgs) -> Result<()> {
    let note = ctx.prompt.text(a.note.clone(), "--note", "What was done")?;
    if note.trim().is_empty() {
        return Err(Error::input("--note is empty: say what was done"));
    }
    act(ctx, &a.id, &a.actor, |_, _, _, at, by| {
        Ok(vec![Event::new(
            at,
            by,
            Action::Resolve { on_spot: false },
            &note,
        )])
    })
}

pub fn visit(ctx: &Ctx, a: VisitArgs) -> Result<()> {
    let result = match a.result {
        Some(r) => r,
        None => {
            let items: Vec<(String, String)> = VisitResult::ALL
                .iter()
                .map(|s| (s.to_string(), s.to_string()))
                .collect();
            let v = ctx.prompt.pick(
                None,
                "--result",
                "Result of the return visit",
                &items,
                false,
            )?;
            v.parse().map_err(Error::input)?
        }
    };
    act(ctx, &a.id, &a.actor, |_, _, _, at, by| {
        Ok(vec![Event::new(at, by, Action::Visit { result }, &a.note)])
    })
}

pub fn close(ctx: &Ctx, a: CloseArgs) -> Result<()> {
    let of = match &a.of {
        Some(o) => {
            if a.reason != CloseReason::Duplicate {
                return Err(Error::input("--of goes with --as duplicate"));
            }
            Some(o.clone())
        }
        None => None,
    };
    act(ctx, &a.id, &a.actor, |store, t, _, at, by| {
        let of: Option<CaseId> = match of {
            Some(o) => Some(original(store, t, &o)?),
            None => None,
        };
        Ok(vec![Event::new(
            at,
            by,
            Action::Close {
                reason: a.reason,
                of,
            },
            &a.note,
        )])
    })
}

/// The case `t` duplicates (`--of`): one that exists, and not one that leads back
/// to `t` through the cases it duplicates (then nothing would track the problem).
fn original(store: &Store, t: &Case, given: &str) -> Result<CaseId> {
    // Not an ID is bad input (2); an ID of no case is a refusal (1).
    let o = store.resolve_case_id(given).map_err(|mut e| {
        if e.problems.iter().any(|p| p.starts_with("there is no case")) {
            e.kind = crate::error::Kind::Refused;
            e.problems = vec![format!(
                "--of: there is no case {given} to be a duplicate of"
            )];
        }
        e
    })?;
    if o == t.id {
        return Err(Error::refused(format!(
            "--of: {o} is this case; a case cannot duplicate itself"
        ))
        .hint("give the case that still tracks the problem"));
    }
    if !store.has_case(&o) {
        return Err(
            Error::refused(format!("--of: there is no case {o} to be a duplicate of"))
                .hint("`lane list` shows the cases; give the one that tracks the problem"),
        );
    }
    let next = |c: &CaseId| -> Option<CaseId> {
        if *c == t.id {
            return Some(o.clone());
        }
        let loaded = store.load_case(c).ok()?;
        duplicates::duplicate_of(&loaded.case).cloned()
    };
    if let Some(chain) = duplicates::cycle(&t.id, next) {
        return Err(Error::refused(format!(
            "--of: {o} is closed as a duplicate itself, and the chain comes back round ({}); nothing would track the problem",
            duplicates::show_chain(&chain)
        ))
        .hint(format!(
            "close {} as a duplicate of a case that is still open or fixed, or reopen {o} first",
            t.id
        )));
    }
    Ok(o)
}

pub fn reopen(ctx: &Ctx, a: ReopenArgs) -> Result<()> {
    let reason = ctx
        .prompt
        .text(a.reason.clone(), "--reason", "Why is it open again")?;
    if reason.trim().is_empty() {
        return Err(Error::input("--reason is empty"));
    }
    act(ctx, &a.id, &a.actor, |_, _, _, at, by| {
        Ok(vec![Event::new(at, by, Action::Reopen { reason }, "")])
    })
}
