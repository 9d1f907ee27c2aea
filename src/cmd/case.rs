//! The five-step mechanism: `lane open` (inspection), `note` (feedback), `escalate`
//! (coordination), `resolve` (disposal), `visit` (return visit), `close`, `reopen`.
//! Each action is checked against the case's derived state before anything is
//! written; a refused action says why and what is allowed now, and writes nothing.

use super::flags;
use super::registry::pick_alley;
use super::words::{self, describe, labelled};
use super::{say, Ctx};
use crate::cli::{
    Actor, CloseArgs, EscalateArgs, NoteArgs, OpenArgs, ReopenArgs, ResolveArgs, VisitArgs,
};
use crate::error::{Error, Result};
use crate::model::case::{Action, Case, CloseReason, Event, Source, VisitResult};
use crate::model::config::Config;
use crate::model::duplicates;
use crate::model::ids::{AlleyId, CaseId, HouseholdId};
use crate::model::lifecycle::{fold, record, record_all, Refusal, Rules, State};
use crate::model::patrol::PatrolKind;
use crate::model::registry::{Alley, Household, Leader};
use crate::model::time::{format_time, local_date, local_year, At, Time};
use crate::msg;
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
    let by = ctx.prompt.text(given, "--by", &msg!("cmd-ask-by"))?;
    let by = by.trim().to_string();
    if by.is_empty() || by.chars().any(char::is_control) {
        return Err(Error::input(msg!("cmd-by-bad")));
    }
    // A lane leader's name is the leader (by ID); anyone else is named as given
    // (so is everyone while leaders.csv cannot be read: `lane check` says why).
    match store.load::<Leader>() {
        Ok(leaders) => flags::leader(store, &leaders, "--by", &by),
        Err(_) => Ok(by),
    }
}

/// When: `--at`, else now: a time, or a day alone that [`At::time`] places
/// once the case's last event is known. A time or a day in the future is refused.
pub fn when(store: &Store, actor: &Actor) -> Result<At> {
    let Some(at) = &actor.at else {
        return Ok(At::Exact(store.now));
    };
    let tz = store.config.offset();
    let today = local_date(&store.now, tz);
    let said = At::parse(at, tz, today).map_err(|e| Error::input(labelled("--at", &e)))?;
    let t = said.time(store.now, None);
    if local_year(&t, tz) < 1900 {
        // The year names the case's folder and ID: four digits, and a real one.
        return Err(Error::input(msg!(
            "cmd-at-before-1900",
            at = format_time(&t)
        )));
    }
    if let At::Day(day) = said {
        if day > today {
            let day = day.to_string();
            return Err(Error::input(msg!("cmd-at-future-day", day = day)));
        }
    }
    if t > store.now + chrono::Duration::minutes(5) {
        return Err(Error::input(msg!(
            "cmd-at-future",
            at = format_time(&t),
            now = format_time(&store.now)
        )));
    }
    Ok(said)
}

fn category_key(ctx: &Ctx, cfg: &Config, given: Option<String>) -> Result<String> {
    let items: Vec<(String, String)> = cfg
        .categories
        .iter()
        .map(|c| (c.key.clone(), words::choice(&c.key, &c.name)))
        .collect();
    let given = given
        .map(|g| flags::category(cfg, "--category", &g))
        .transpose()?;
    let key = ctx.prompt.pick(
        given,
        "--category",
        &msg!("cmd-ask-category"),
        &items,
        false,
    )?;
    if cfg.category(&key).is_some() {
        return Ok(key);
    }
    // The nearest key, else the nearest name.
    let keys = cfg.categories.iter().map(|c| c.key.as_str());
    let names = cfg.categories.iter().map(|c| c.name.as_str());
    let near = crate::suggest::nearest(&key, keys).or_else(|| crate::suggest::nearest(&key, names));
    let e = not_a_category(cfg, &key);
    Err(match near {
        Some(s) => e.hint(crate::suggest::did_you_mean(s)),
        None => e,
    })
}

/// `--category X` that is no category's key or name: the keys (and in
/// Chinese the names with them).
pub fn not_a_category(cfg: &Config, key: &str) -> Error {
    let names: Vec<String> = cfg
        .categories
        .iter()
        .map(|c| words::choice(&c.key, &c.name))
        .collect();
    Error::input(msg!(
        "cmd-not-a-category",
        key = key,
        keys = cfg.category_keys(),
        names = names.join(&msg!("cmd-candidate-separator"))
    ))
}

/// The household and alley of a new case: `--household` implies its alley.
fn place(ctx: &Ctx, store: &Store, a: &OpenArgs) -> Result<(AlleyId, Option<HouseholdId>)> {
    let households = store.load::<Household>()?;
    let given_alley = flags::alley_in(store, "--alley", a.alley.as_deref())?;
    let mut household = a
        .household
        .as_deref()
        .map(|h| flags::household(store, &households, "--household", h))
        .transpose()?;
    if household.is_none() && a.alley.is_none() && ctx.prompt.enabled {
        let mut items = vec![(String::new(), msg!("cmd-ask-no-household"))];
        items.extend(households.iter().map(|h| {
            let (head, id, alley) = (h.head.as_str(), h.id.to_string(), h.alley.to_string());
            let mut label = msg!(
                "cmd-household-choice",
                head = head,
                id = id.clone(),
                alley = alley
            );
            // Typing the pinyin (zgl, zhang gui) finds the head too.
            if let Some(key) = crate::model::pinyin::search_key(head) {
                label = format!("{label}  {key}");
            }
            (id, label)
        }));
        let v = ctx.prompt.pick(
            None,
            "--household",
            &msg!("cmd-ask-household"),
            &items,
            true,
        )?;
        household = Some(v).filter(|v| !v.is_empty());
    }
    match household {
        Some(h) => {
            let rec = households.require(&h)?;
            if let Some(a) = &given_alley {
                if a != rec.alley.as_str() {
                    return Err(Error::input(msg!(
                        "cmd-alley-not-households",
                        alley = a.as_str(),
                        household = h.as_str(),
                        its = rec.alley.to_string()
                    ))
                    .hint(msg!("cmd-alley-not-households-hint")));
                }
            }
            Ok((rec.alley.clone(), Some(rec.id.clone())))
        }
        None => Ok((pick_alley(ctx, store, given_alley)?, None)),
    }
}

/// This clone's station code, or a refusal that says how to set it.
pub fn station(store: &Store) -> Result<String> {
    let local = store.local()?;
    match local.station {
        Some(s) => {
            store.check_own_station(&s, local.clone.as_deref())?;
            Ok(s)
        }
        None => Err(Error::refused(msg!("cmd-no-station")).hint(msg!("cmd-no-station-hint"))),
    }
}

pub fn open(ctx: &Ctx, a: OpenArgs) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    // Before anything is asked: a case needs an alley to be in.
    let placed = a.alley.is_some() || a.household.is_some();
    let no_alleys = store.load::<Alley>()?.iter().next().is_none();
    ctx.prompt.can_pick(placed, "--alley", no_alleys)?;
    let by = who(ctx, &store, &a.actor)?;
    let at = when(&store, &a.actor)?.time(store.now, None);
    let category = category_key(ctx, cfg, a.category.clone())?;
    let (alley, household) = place(ctx, &store, &a)?;
    let title = ctx
        .prompt
        .text(a.title.clone(), "--title", &msg!("cmd-ask-title"))?;
    if title.trim().is_empty() {
        return Err(Error::input(msg!("cmd-empty", flag = "--title")));
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
    let state = describe(cfg, &state);
    say(&msg!("cmd-opened", id = id.to_string(), state = state));
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
            events.push(fixed(at, by));
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
        None => crate::error::warn(&msg!(
            "cmd-visit-not-logged",
            alley = case.alley.to_string()
        )),
    }
    Ok(())
}

/// Loads a case for a change and appends `make`'s events after checking each
/// against the state. Refusals write nothing.
pub(super) fn act(
    ctx: &Ctx,
    id: &str,
    actor: &Actor,
    make: impl FnOnce(&mut Tx, &Case, &State, Time, &str) -> Result<Vec<Event>>,
) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    let id = store.resolve_case_id(id)?;
    let by = who(ctx, &store, actor)?;
    let at = when(&store, actor)?;
    let (s, events) = store.change(|tx| {
        let loaded = tx.load_case(&id)?;
        let t = &loaded.case;
        let rules = Rules::for_case(cfg, t);
        let state = fold(t, &rules).map_err(|(i, r)| {
            let line = t.events.get(i).map_or(1, |e| e.line);
            Error::refused(msg!(
                "cmd-case-impossible",
                file = loaded.rel.as_str(),
                line = line,
                why = r.why
            ))
            .hint(msg!("cmd-case-impossible-hint"))
        })?;
        let at = at.time(store.now, Some(state.last_at));
        let mut events = make(tx, t, &state, at, &by)?;
        let mut s = state;
        for ev in &mut events {
            s = record(Some(&s), ev, &rules).map_err(|r| refusal(tx, &loaded, r))?;
        }
        tx.append_events(&loaded, &events)?;
        let summary: Vec<String> = events.iter().map(|e| e.summary()).collect();
        tx.message(format!("{id}: {}", summary.join("; ")));
        Ok((s, events))
    })?;
    let said: Vec<String> = events.iter().map(|e| words::summary(cfg, e)).collect();
    say(&msg!(
        "cmd-acted",
        id = id.to_string(),
        events = words::joined(&said),
        state = describe(cfg, &s)
    ));
    Ok(())
}

/// A refused event as an error; when the case has an event after now (a typo of
/// the year), the hint names it and how to correct it.
fn refusal(store: &Store, loaded: &Loaded, r: Refusal) -> Error {
    let t = &loaded.case;
    let e = Error::refused(labelled(&t.id.to_string(), &r.to_string()));
    match t.events.iter().enumerate().find(|(_, e)| e.at > store.now) {
        Some((i, ev)) => e.hint(msg!(
            "cmd-event-in-future",
            n = i + 1,
            action = ev.action.name(),
            file = loaded.rel.as_str(),
            line = ev.line,
            at = format_time(&ev.at),
            now = format_time(&store.now)
        )),
        None => e,
    }
}

pub fn note(ctx: &Ctx, a: NoteArgs) -> Result<()> {
    if a.text.trim().is_empty() {
        return Err(Error::input(msg!("cmd-note-empty")));
    }
    act(ctx, &a.id, &a.actor, |_, _, _, at, by| {
        Ok(vec![Event::new(at, by, Action::Note, &a.text)])
    })
}

pub fn escalate(ctx: &Ctx, a: EscalateArgs) -> Result<()> {
    let reason = ctx
        .prompt
        .text(a.reason.clone(), "--reason", &msg!("cmd-ask-escalate"))?;
    if reason.trim().is_empty() {
        return Err(Error::input(msg!("cmd-empty", flag = "--reason")));
    }
    act(ctx, &a.id, &a.actor, |store, _, state, at, by| {
        let cfg = &store.config;
        let to = match &a.to {
            Some(to) => flags::level(cfg, "--to", to)?,
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
    let note = ctx
        .prompt
        .text(a.note.clone(), "--note", &msg!("cmd-ask-resolve"))?;
    if note.trim().is_empty() {
        return Err(Error::input(msg!("cmd-resolve-empty")));
    }
    act(ctx, &a.id, &a.actor, |store, t, _, at, by| {
        let mut events = vec![Event::new(
            at,
            by,
            Action::Resolve { on_spot: false },
            &note,
        )];
        // As `open --solved` does: a category without a return visit closes as fixed.
        if !Rules::for_case(&store.config, t).return_visit {
            events.push(fixed(at, by));
        }
        Ok(events)
    })
}

/// The closing, as fixed, of a case whose category needs no return visit.
fn fixed(at: Time, by: &str) -> Event {
    let close = Action::Close {
        reason: CloseReason::Fixed,
        of: None,
    };
    Event::new(at, by, close, "")
}

pub fn visit(ctx: &Ctx, a: VisitArgs) -> Result<()> {
    let result = match a.result {
        Some(r) => r,
        None => {
            let results = [
                VisitResult::Satisfied,
                VisitResult::Basic,
                VisitResult::Unsatisfied,
            ];
            let items: Vec<(String, String)> = results
                .iter()
                .map(|r| (r.to_string(), words::visit_result(*r)))
                .collect();
            let v = ctx
                .prompt
                .pick(None, "--result", &msg!("cmd-ask-visit"), &items, false)?;
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
                return Err(Error::input(msg!("cmd-of-needs-duplicate")));
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
    let Some(o) = store.find_case_id(given)? else {
        return Err(
            Error::refused(msg!("cmd-of-no-case", id = given)).hint(msg!("store-list-shows-cases"))
        );
    };
    if o == t.id {
        return Err(Error::refused(msg!("cmd-of-itself", id = o.to_string()))
            .hint(msg!("cmd-of-itself-hint")));
    }
    if !store.has_case(&o) {
        return Err(Error::refused(msg!("cmd-of-no-case", id = o.to_string()))
            .hint(msg!("cmd-of-no-case-hint")));
    }
    let next = |c: &CaseId| -> Option<CaseId> {
        if *c == t.id {
            return Some(o.clone());
        }
        let loaded = store.load_case(c).ok()?;
        duplicates::duplicate_of(&loaded.case).cloned()
    };
    if let Some(chain) = duplicates::cycle(&t.id, next) {
        return Err(Error::refused(msg!(
            "cmd-of-cycle",
            of = o.to_string(),
            chain = duplicates::show_chain(&chain)
        ))
        .hint(msg!(
            "cmd-of-cycle-hint",
            id = t.id.to_string(),
            of = o.to_string()
        )));
    }
    Ok(o)
}

pub fn reopen(ctx: &Ctx, a: ReopenArgs) -> Result<()> {
    let reason = ctx
        .prompt
        .text(a.reason.clone(), "--reason", &msg!("cmd-ask-reopen"))?;
    if reason.trim().is_empty() {
        return Err(Error::input(msg!("cmd-empty", flag = "--reason")));
    }
    act(ctx, &a.id, &a.actor, |_, _, _, at, by| {
        Ok(vec![Event::new(at, by, Action::Reopen { reason }, "")])
    })
}
