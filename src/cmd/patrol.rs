//! `lane patrol`: log a fixed-point inspection, a household visit or feedback on
//! social conditions; `lane patrol list` reads the log.

use chrono::NaiveDate;

use super::columns::labelled;
use super::flags;
use super::words::{self, labelled as flag_error};
use super::{parse_id, say, Ctx};
use crate::cli::{PatrolArgs, PatrolCmd, PatrolEdit, PatrolList, PatrolLog, PatrolRemove};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, HouseholdId, LeaderId};
use crate::model::patrol::{Patrol, PatrolId, PatrolKind};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::time::{parse_day, At};
use crate::msg;
use crate::render::{self, Table};
use crate::store::Store;

pub fn run(ctx: &Ctx, a: PatrolArgs) -> Result<()> {
    match a.cmd {
        Some(PatrolCmd::List(l)) => list(ctx, l),
        Some(PatrolCmd::Edit(e)) => edit(ctx, e),
        Some(PatrolCmd::Remove(r)) => remove(ctx, r),
        None => log(ctx, a.log),
    }
}

/// A day from `--at`: a day as people write it (`2026/11/2`, `昨天`), or a time
/// whose date is taken.
pub fn day_of(store: &Store, at: &Option<String>) -> Result<NaiveDate> {
    let Some(s) = at else {
        return Ok(store.now.date_naive());
    };
    let (tz, today) = (store.config.offset(), store.now.date_naive());
    let day = At::parse(s, tz, today)
        .map_err(|e| Error::input(flag_error("--at", &e)))?
        .day(tz);
    if day > store.now.date_naive() {
        return Err(Error::input(msg!(
            "cmd-at-future-day",
            day = day.to_string()
        )));
    }
    Ok(day)
}

/// Builds and checks a patrol row against the registries.
pub fn build(
    store: &Store,
    leader: &str,
    kind: PatrolKind,
    alley: Option<&str>,
    household: Option<&str>,
    date: NaiveDate,
    note: &str,
) -> Result<Patrol> {
    crate::model::cell::one_line("--note", note).map_err(Error::input)?;
    let leaders = store.load::<Leader>()?;
    let leader = flags::leader(store, &leaders, "--leader", leader)?;
    let l = leaders.require(&leader)?;
    let household: Option<HouseholdId> = match household {
        Some(h) => {
            let hs = store.load::<Household>()?;
            let h = flags::household(store, &hs, "--household", h)?;
            Some(hs.require(&h)?.id.clone())
        }
        None => None,
    };
    let alley: AlleyId = match alley {
        Some(a) => {
            let alleys = store.load::<Alley>()?;
            let id: AlleyId = parse_id("--alley", &flags::alley(&alleys, "--alley", a)?)?;
            alleys.require(id.as_str())?;
            id
        }
        None => l
            .alley
            .clone()
            .ok_or_else(|| Error::input(msg!("cmd-leader-no-alley", leader = leader.as_str())))?,
    };
    if kind == PatrolKind::Visit && household.is_none() {
        return Err(Error::input(msg!("cmd-visit-needs-household")));
    }
    let leader: LeaderId = l.id.clone();
    Ok(Patrol {
        id: None,
        date,
        leader,
        alley,
        kind,
        household,
        case: None,
        note: note.to_string(),
    })
}

fn log(ctx: &Ctx, a: PatrolLog) -> Result<()> {
    let store = ctx.store()?;
    let leader = {
        let leaders = store.load::<Leader>()?;
        let items: Vec<(String, String)> = leaders
            .iter()
            .map(|l| (l.id.to_string(), format!("{} {}", l.id, l.name)))
            .collect();
        let label = msg!("cmd-ask-leader");
        let given = a.leader.as_deref();
        let given = given
            .map(|g| flags::leader(&store, &leaders, "--leader", g))
            .transpose()?;
        ctx.prompt.pick(given, "--leader", &label, &items, false)?
    };
    let kind = match a.kind {
        Some(k) => k,
        None => {
            let kinds = [
                PatrolKind::Inspection,
                PatrolKind::Visit,
                PatrolKind::Feedback,
            ];
            let items: Vec<(String, String)> = kinds
                .iter()
                .map(|k| (k.to_string(), words::patrol_kind(*k)))
                .collect();
            ctx.prompt
                .pick(None, "--kind", &msg!("cmd-ask-kind"), &items, false)?
                .parse()
                .map_err(Error::input)?
        }
    };
    let day = day_of(&store, &a.at)?;
    let mut p = build(
        &store,
        &leader,
        kind,
        a.alley.as_deref(),
        a.household.as_deref(),
        day,
        &a.note,
    )?;
    fits(&store, &p, a.force)?;
    let what = match &p.household {
        Some(h) => format!("{} {h}", p.kind),
        None => format!("{} in {}", p.kind, p.alley),
    };
    store
        .change(|tx| {
            if let Some(t) = &a.case {
                let id = tx.resolve_case_id(t)?;
                tx.load_case(&id)?;
                p.case = Some(id);
            }
            if !a.force {
                logged_already(tx, &p)?;
            }
            let (_, id) = tx.put_patrol(&p)?;
            tx.message(format!("patrol {id}: {} {what} on {}", p.leader, p.date));
            Ok(id)
        })
        .map(|id| say(&logged(&p, &id)))?;
    Ok(())
}

/// Refuses a patrol the log has already: the same leader, kind and day, in the
/// same household (or, without one, the same alley), with the same note and case:
/// a command typed twice. `--force` logs it again; a different note is another
/// patrol (a leader may inspect two fixed points of the alley in a day).
fn logged_already(store: &Store, p: &Patrol) -> Result<()> {
    let rows = store.patrols()?;
    let same = rows.iter().map(|r| &r.patrol).find(|o| {
        o.leader == p.leader
            && o.kind == p.kind
            && o.date == p.date
            && o.household == p.household
            && (p.household.is_some() || o.alley == p.alley)
            && o.note == p.note
            && o.case == p.case
    });
    let Some(o) = same else {
        return Ok(());
    };
    let place = match &p.household {
        Some(h) => msg!("cmd-patrol-at-household", household = h.to_string()),
        None => msg!("cmd-patrol-in-alley", alley = p.alley.to_string()),
    };
    Err(Error::refused(msg!(
        "cmd-patrol-logged-already",
        leader = p.leader.to_string(),
        kind = words::patrol_kind(p.kind),
        place = place,
        date = p.date.to_string(),
        id = o.id.as_ref().map(|i| i.to_string()).unwrap_or_default()
    ))
    .hint(msg!("cmd-patrol-logged-already-hint")))
}

/// "logged visit H0001 by L01 on 2026-11-03 as 2026-11-0001".
fn logged(p: &Patrol, id: &PatrolId) -> String {
    let (leader, date, id) = (p.leader.to_string(), p.date.to_string(), id.to_string());
    let kind = words::patrol_kind(p.kind);
    match &p.household {
        Some(h) => msg!(
            "cmd-patrol-logged-household",
            kind = kind,
            household = h.to_string(),
            leader = leader,
            date = date,
            id = id
        ),
        None => msg!(
            "cmd-patrol-logged-alley",
            kind = kind,
            alley = p.alley.to_string(),
            leader = leader,
            date = date,
            id = id
        ),
    }
}

fn parse_patrol_id(s: &str) -> Result<PatrolId> {
    PatrolId::parse(s).map_err(|e| Error::input(e).hint(msg!("cmd-patrol-id-hint")))
}

/// The row `id` as it is now.
fn current(store: &Store, id: &PatrolId) -> Result<Patrol> {
    let (doc, at) = store.find_patrol(id)?;
    let row = &doc.rows[at];
    Patrol::from_row(&row.fields, &doc.header).map_err(|errs| {
        let at = format!("{}:{}", id.file(), row.line);
        Error::input(flag_error(&at, &words::joined(&errs))).hint(msg!("cmd-patrol-row-hint"))
    })
}

/// The row with the changes asked for, checked like a new one.
fn edited(store: &Store, old: &Patrol, e: &PatrolEdit) -> Result<Patrol> {
    let date = match &e.at {
        Some(_) => day_of(store, &e.at)?,
        None => old.date,
    };
    if Patrol::file_for(date) != Patrol::file_for(old.date) {
        return Err(Error::input(msg!(
            "cmd-patrol-other-month",
            date = date.to_string(),
            month = old.date.format("%Y-%m").to_string()
        ))
        .hint(msg!("cmd-patrol-other-month-hint")));
    }
    let leader = e.leader.clone().unwrap_or_else(|| old.leader.to_string());
    // A new leader without --alley patrols the new leader's alley.
    let alley = match (&e.alley, &e.leader) {
        (Some(a), _) => Some(a.clone()),
        (None, Some(_)) => None,
        (None, None) => Some(old.alley.to_string()),
    };
    let household = match e.household.as_deref() {
        Some("") => None,
        Some(h) => Some(h.to_string()),
        None => old.household.as_ref().map(|h| h.to_string()),
    };
    let note = e.note.clone().unwrap_or_else(|| old.note.clone());
    let kind = e.kind.unwrap_or(old.kind);
    let mut p = build(
        store,
        &leader,
        kind,
        alley.as_deref(),
        household.as_deref(),
        date,
        &note,
    )?;
    p.id = old.id.clone();
    p.case = match e.case.as_deref() {
        Some("") => None,
        Some(t) => {
            let id = store.resolve_case_id(t)?;
            store.load_case(&id)?;
            Some(id)
        }
        None => old.case.clone(),
    };
    Ok(p)
}

fn edit(ctx: &Ctx, e: PatrolEdit) -> Result<()> {
    let store = ctx.store()?;
    let id = parse_patrol_id(&e.id)?;
    let changed = store.change(|tx| {
        let old = current(tx, &id)?;
        let new = edited(tx, &old, &e)?;
        if new == old {
            return Ok(false);
        }
        tx.replace_patrol(&id, Some(&new))?;
        tx.message(format!("patrol {id}: corrected"));
        Ok(true)
    })?;
    let id = id.to_string();
    say(&if changed {
        msg!("cmd-patrol-corrected", id = id)
    } else {
        msg!("cmd-patrol-unchanged", id = id)
    });
    Ok(())
}

fn remove(ctx: &Ctx, r: PatrolRemove) -> Result<()> {
    let store = ctx.store()?;
    let id = parse_patrol_id(&r.id)?;
    let old = store.change(|tx| {
        let old = current(tx, &id)?;
        tx.replace_patrol(&id, None)?;
        tx.message(format!(
            "patrol {id}: removed ({} {} on {})",
            old.leader, old.kind, old.date
        ));
        Ok(old)
    })?;
    say(&msg!(
        "cmd-patrol-removed",
        id = id.to_string(),
        leader = old.leader.to_string(),
        kind = words::patrol_kind(old.kind),
        date = old.date.to_string()
    ));
    Ok(())
}

/// Refuses a row whose leader was not in post on its day, or (without `--force`) a
/// visit to a household of another alley (see [`crate::model::fit`]).
fn fits(store: &Store, p: &Patrol, force: bool) -> Result<()> {
    let leaders = store.load::<Leader>()?;
    if let Some(l) = leaders.get(p.leader.as_str()) {
        crate::model::fit::leader_serving(l, p.date).map_err(|e| {
            Error::refused(e).hint(msg!(
                "cmd-patrol-leader-dates-hint",
                file = <Leader as crate::model::registry::Record>::FILE
            ))
        })?;
    }
    let Some(h) = &p.household else {
        return Ok(());
    };
    if let (Some(h), false) = (store.load::<Household>()?.get(h.as_str()), force) {
        crate::model::fit::household_in_alley(p, h).map_err(|e| {
            Error::refused(e).hint(msg!(
                "cmd-patrol-other-alley-hint",
                its = h.alley.to_string(),
                alley = p.alley.to_string()
            ))
        })?;
    }
    Ok(())
}

fn list(ctx: &Ctx, mut l: PatrolList) -> Result<()> {
    let store = ctx.store()?;
    l.leader = flags::leader_in(&store, "--leader", l.leader.as_deref())?;
    l.alley = flags::alley_in(&store, "--alley", l.alley.as_deref())?;
    l.household = flags::household_in(&store, "--household", l.household.as_deref())?;
    let today = store.now.date_naive();
    let date = |flag: &str, v: &Option<String>| -> Result<Option<NaiveDate>> {
        v.as_deref()
            .map(|d| parse_day(d, today).map_err(|e| Error::input(flag_error(flag, &e))))
            .transpose()
    };
    let since = date("--since", &l.since)?;
    let until = date("--until", &l.until)?;
    let month = match &l.month {
        Some(m) => Some(crate::model::period::month_start(m, today).map_err(Error::input)?),
        None => None,
    };
    let mut rows = store.patrols()?;
    // By date, then ID: the log's files keep rows in the order they were logged.
    rows.sort_by(|x, y| (x.patrol.date, &x.patrol.id).cmp(&(y.patrol.date, &y.patrol.id)));
    let people = super::columns::for_people(ctx.format);
    let mut t = labelled(Table::new(crate::model::patrol::HEADER), &[]);
    for r in rows {
        let p = &r.patrol;
        let keep = l.leader.as_ref().is_none_or(|x| p.leader.as_str() == x)
            && l.alley.as_ref().is_none_or(|x| p.alley.as_str() == x)
            && l.kind.is_none_or(|x| p.kind == x)
            && l.household
                .as_ref()
                .is_none_or(|x| p.household.as_ref().is_some_and(|h| h.as_str() == x))
            && month.is_none_or(|m| {
                p.date.format("%Y-%m").to_string() == m.format("%Y-%m").to_string()
            })
            && since.is_none_or(|d| p.date >= d)
            && until.is_none_or(|d| p.date <= d);
        if keep {
            let mut row = p.to_fields();
            if people {
                row[4] = words::patrol_kind(p.kind);
            }
            t.push(row);
        }
    }
    if !l.wide {
        // At 80 columns the full log is ~100 wide: the case and household go first.
        t = t.droppable(&["ticket", "household", "alley"]);
    }
    render::print(&t, ctx.format)
}
