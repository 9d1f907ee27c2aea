//! `lane patrol`: log a fixed-point inspection, a household visit or feedback on
//! social conditions; `lane patrol list` reads the log.

use chrono::NaiveDate;

use super::parse_id;
use super::{say, Ctx};
use crate::cli::{PatrolArgs, PatrolCmd, PatrolEdit, PatrolList, PatrolLog, PatrolRemove};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, HouseholdId, LeaderId};
use crate::model::patrol::{Patrol, PatrolId, PatrolKind};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::time::{parse_date, parse_time};
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

/// A day from `--at`: a date, or a time whose date is taken.
pub fn day_of(store: &Store, at: &Option<String>) -> Result<NaiveDate> {
    let Some(s) = at else {
        return Ok(store.now.date_naive());
    };
    let day = match parse_date(s) {
        Ok(d) => d,
        Err(_) => parse_time(s, store.config.offset())
            .map(|t| crate::model::time::local_date(&t, store.config.offset()))
            .map_err(|_| {
                Error::input(format!("--at: `{s}` is not a date; write it as YYYY-MM-DD"))
            })?,
    };
    if day > store.now.date_naive() {
        return Err(Error::input(format!("--at: {day} is in the future")));
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
    let l = leaders.require(leader)?;
    let household: Option<HouseholdId> = match household {
        Some(h) => {
            let hs = store.load::<Household>()?;
            Some(hs.require(h)?.id.clone())
        }
        None => None,
    };
    let alley: AlleyId = match alley {
        Some(a) => {
            let id: AlleyId = parse_id("--alley", a)?;
            store.load::<Alley>()?.require(id.as_str())?;
            id
        }
        None => l
            .alley
            .clone()
            .ok_or_else(|| Error::input(format!("leader {leader} has no alley; give --alley")))?,
    };
    if kind == PatrolKind::Visit && household.is_none() {
        return Err(Error::input(
            "--household: a visit needs the household visited",
        ));
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
        ctx.prompt
            .pick(a.leader.clone(), "--leader", "Lane leader", &items, false)?
    };
    let kind = match a.kind {
        Some(k) => k,
        None => {
            let items: Vec<(String, String)> = PatrolKind::ALL
                .iter()
                .map(|k| (k.to_string(), k.to_string()))
                .collect();
            ctx.prompt
                .pick(None, "--kind", "Kind", &items, false)?
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
            let (_, id) = tx.put_patrol(&p)?;
            tx.message(format!("patrol {id}: {} {what} on {}", p.leader, p.date));
            Ok(id)
        })
        .map(|id| {
            say(&format!(
                "logged {what} by {} on {} as {id}",
                p.leader, p.date
            ))
        })?;
    Ok(())
}

fn parse_patrol_id(s: &str) -> Result<PatrolId> {
    PatrolId::parse(s).map_err(|e| Error::input(e).hint("`lane patrol list` shows each row's ID"))
}

/// The row `id` as it is now.
fn current(store: &Store, id: &PatrolId) -> Result<Patrol> {
    let (doc, at) = store.find_patrol(id)?;
    let row = &doc.rows[at];
    Patrol::from_row(&row.fields, &doc.header).map_err(|errs| {
        Error::input(format!("{}:{}: {}", id.file(), row.line, errs.join("; ")))
            .hint("fix the row by hand, then run `lane check`")
    })
}

/// The row with the changes asked for, checked like a new one.
fn edited(store: &Store, old: &Patrol, e: &PatrolEdit) -> Result<Patrol> {
    let date = match &e.at {
        Some(_) => day_of(store, &e.at)?,
        None => old.date,
    };
    if Patrol::file_for(date) != Patrol::file_for(old.date) {
        return Err(Error::input(format!(
            "--at: {date} is not in the row's month ({}); a row does not move between monthly files",
            old.date.format("%Y-%m")
        ))
        .hint("remove the row (`lane patrol remove ID`) and log it again on its day"));
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
    say(&if changed {
        format!("corrected patrol row {id}")
    } else {
        format!("patrol row {id} already says that; nothing changed")
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
    say(&format!(
        "removed patrol row {id} ({} {} on {})",
        old.leader, old.kind, old.date
    ));
    Ok(())
}

/// Refuses a row whose leader was not in post on its day, or (without `--force`) a
/// visit to a household of another alley (see [`crate::model::fit`]).
fn fits(store: &Store, p: &Patrol, force: bool) -> Result<()> {
    let leaders = store.load::<Leader>()?;
    if let Some(l) = leaders.get(p.leader.as_str()) {
        crate::model::fit::leader_serving(l, p.date).map_err(|e| {
            Error::refused(e).hint(format!(
                "give the day of the patrol with --at, or correct the leader's dates in {}",
                <Leader as crate::model::registry::Record>::FILE
            ))
        })?;
    }
    let Some(h) = &p.household else {
        return Ok(());
    };
    if let (Some(h), false) = (store.load::<Household>()?.get(h.as_str()), force) {
        crate::model::fit::household_in_alley(p, h).map_err(|e| {
            Error::refused(e).hint(format!(
                "give --alley {} (the household's), or --force to log it in alley {} all the same",
                h.alley, p.alley
            ))
        })?;
    }
    Ok(())
}

fn list(ctx: &Ctx, l: PatrolList) -> Result<()> {
    let store = ctx.store()?;
    let date = |flag: &str, v: &Option<String>| -> Result<Option<NaiveDate>> {
        v.as_deref()
            .map(|d| parse_date(d).map_err(|e| Error::input(format!("{flag}: {e}"))))
            .transpose()
    };
    let since = date("--since", &l.since)?;
    let until = date("--until", &l.until)?;
    let month = match &l.month {
        Some(m) => Some(parse_date(&format!("{m}-01")).map_err(|_| {
            Error::input(format!(
                "--month: `{m}` is not a month; write it as YYYY-MM"
            ))
        })?),
        None => None,
    };
    let rows = store.patrols()?;
    let mut t = Table::new(crate::model::patrol::HEADER);
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
            t.push(p.to_fields());
        }
    }
    render::print(&t, ctx.format)
}
