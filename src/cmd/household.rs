//! `lane household add|list|show|edit|remove|import`.

use super::alley::{parse_id, refuse_if_referenced, show_fields, validate};
use super::snapshot::Snapshot;
use super::{matches, next_id, say, Ctx};
use crate::cli::{HouseholdCmd, HouseholdFields, HouseholdList};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, HouseholdId};
use crate::model::registry::{Alley, Household, Members, Record};
use crate::render::{self, Table};
use crate::store::fsio::{lock, Batch};
use crate::store::Store;

pub fn run(ctx: &Ctx, cmd: HouseholdCmd) -> Result<()> {
    match cmd {
        HouseholdCmd::Add { id, fields } => add(ctx, id, fields),
        HouseholdCmd::List(l) => list(ctx, l),
        HouseholdCmd::Show { id } => show(ctx, &id),
        HouseholdCmd::Edit { id, fields } => edit(ctx, &id, fields),
        HouseholdCmd::Remove { id } => remove(ctx, &id),
        HouseholdCmd::Import { file } => super::import::run(ctx, &file),
    }
}

fn members(v: &str) -> Result<Option<u32>> {
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<Members>()
        .map(|m| Some(m.0))
        .map_err(|e| Error::input(format!("--members: {e}")))
}

/// The alley picked from a list when the flag is missing at a terminal.
pub fn pick_alley(ctx: &Ctx, store: &Store, given: Option<String>) -> Result<AlleyId> {
    let alleys = store.load::<Alley>()?;
    let items: Vec<(String, String)> = alleys
        .iter()
        .map(|a| (a.id.to_string(), format!("{} {}", a.id, a.name)))
        .collect();
    let v = ctx.prompt.pick(given, "--alley", "Alley", &items, false)?;
    let id: AlleyId = parse_id("--alley", &v)?;
    alleys.require(id.as_str())?;
    Ok(id)
}

fn add(ctx: &Ctx, id: Option<String>, f: HouseholdFields) -> Result<()> {
    let store = ctx.store()?;
    let head = ctx.prompt.text(f.head, "--head", "Head of household")?;
    let alley = pick_alley(ctx, &store, f.alley)?;
    let _lock = lock(&store.root)?;
    let reg = store.load::<Household>()?;
    let id = match id {
        Some(id) => parse_id::<HouseholdId>("--id", &id)?,
        None => {
            HouseholdId::new(&next_id("H", 4, reg.iter().map(|h| h.id()))).map_err(Error::input)?
        }
    };
    if let Some(line) = reg.line_of(id.as_str()) {
        return Err(Error::refused(format!(
            "household {id} already exists ({}:{line})",
            Household::FILE
        )));
    }
    let h = Household {
        id: id.clone(),
        head,
        alley,
        address: f.address.unwrap_or_default(),
        members: members(f.members.as_deref().unwrap_or(""))?,
        phone: f.phone.unwrap_or_default(),
        tags: f.tags.unwrap_or_default(),
        note: f.note.unwrap_or_default(),
    };
    validate(&h)?;
    let mut batch = Batch::new();
    batch.put(
        store.path(Household::FILE),
        reg.with_appended(std::slice::from_ref(&h)),
    );
    store.write(
        batch,
        &format!("household: add {id} {} ({})", h.head, h.alley),
        ctx.no_commit,
    )?;
    say(&format!("added household {id} ({})", h.head));
    render::write_stdout(&format!("{id}\n"))
}

fn list(ctx: &Ctx, l: HouseholdList) -> Result<()> {
    let store = ctx.store()?;
    if let Some(a) = &l.alley {
        store.load::<Alley>()?.require(a)?;
    }
    let reg = store.load::<Household>()?;
    let mut t = Table::new(Household::HEADER).numeric(&["members"]);
    for h in reg.iter() {
        if l.alley.as_ref().is_some_and(|a| h.alley.as_str() != a) {
            continue;
        }
        let row = h.to_fields();
        if matches(&l.filter.search, &row) {
            t.push(row);
        }
    }
    render::print(&t, ctx.format)
}

fn show(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let reg = store.load::<Household>()?;
    let h = reg.require(id)?;
    let alleys = store.load::<Alley>()?;
    let mut pairs: Vec<(&str, String)> = Household::HEADER
        .iter()
        .copied()
        .zip(h.to_fields())
        .collect();
    if let Some(a) = alleys.get(h.alley.as_str()) {
        pairs[2].1 = format!("{} {}", a.id, a.name);
    }
    show_fields(ctx, pairs)
}

fn edit(ctx: &Ctx, id: &str, f: HouseholdFields) -> Result<()> {
    let store = ctx.store()?;
    let _lock = lock(&store.root)?;
    let reg = store.load::<Household>()?;
    let old = reg.require(id)?.clone();
    let mut new = old.clone();
    if let Some(v) = f.head {
        new.head = v;
    }
    if let Some(v) = f.alley {
        new.alley = parse_id("--alley", &v)?;
        store.load::<Alley>()?.require(new.alley.as_str())?;
    }
    if let Some(v) = f.address {
        new.address = v;
    }
    if let Some(v) = f.members {
        new.members = members(&v)?;
    }
    if let Some(v) = f.phone {
        new.phone = v;
    }
    if let Some(v) = f.tags {
        new.tags = v;
    }
    if let Some(v) = f.note {
        new.note = v;
    }
    validate(&new)?;
    if new == old {
        say(&format!("household {id}: nothing to change"));
        return Ok(());
    }
    let mut batch = Batch::new();
    batch.put(
        store.path(Household::FILE),
        reg.with_replaced(id, Some(&new)),
    );
    store.write(
        batch,
        &format!("household: edit {id} {}", new.head),
        ctx.no_commit,
    )?;
    say(&format!("changed household {id}"));
    Ok(())
}

fn remove(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let _lock = lock(&store.root)?;
    let reg = store.load::<Household>()?;
    let h = reg.require(id)?.clone();
    refuse_if_referenced(&Snapshot::load(&store)?, "household", id)?;
    let mut batch = Batch::new();
    batch.put(store.path(Household::FILE), reg.with_replaced(id, None));
    store.write(
        batch,
        &format!("household: remove {id} {}", h.head),
        ctx.no_commit,
    )?;
    say(&format!("removed household {id} ({})", h.head));
    Ok(())
}
