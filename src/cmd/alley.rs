//! `lane alley add|list|show|edit|remove`.

use super::snapshot::Snapshot;
use super::{matches, next_id, say, Ctx};
use crate::cli::{AlleyCmd, AlleyFields};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, LeaderId};
use crate::model::registry::{Alley, Household, Leader, Record};
use crate::render::{self, Table};
use crate::store::fsio::{lock, Batch};

pub fn run(ctx: &Ctx, cmd: AlleyCmd) -> Result<()> {
    match cmd {
        AlleyCmd::Add { id, fields } => add(ctx, id, fields),
        AlleyCmd::List(f) => list(ctx, &f.search),
        AlleyCmd::Show { id } => show(ctx, &id),
        AlleyCmd::Edit { id, fields } => edit(ctx, &id, fields),
        AlleyCmd::Remove { id } => remove(ctx, &id),
    }
}

/// Parses an ID flag into its type, as bad input naming the flag.
pub fn parse_id<T: std::str::FromStr<Err = String>>(flag: &str, v: &str) -> Result<T> {
    v.parse().map_err(|e| Error::input(format!("{flag}: {e}")))
}

fn check_leader(store: &crate::store::Store, leader: &Option<LeaderId>) -> Result<()> {
    if let Some(l) = leader {
        store.load::<Leader>()?.require(l.as_str())?;
    }
    Ok(())
}

fn add(ctx: &Ctx, id: Option<String>, f: AlleyFields) -> Result<()> {
    let store = ctx.store()?;
    let name = ctx.prompt.text(f.name, "--name", "Alley name")?;
    let _lock = lock(&store.root)?;
    let reg = store.load::<Alley>()?;
    let id = match id {
        Some(id) => parse_id::<AlleyId>("--id", &id)?,
        None => AlleyId::new(&next_id("A", 2, reg.iter().map(|a| a.id()))).map_err(Error::input)?,
    };
    if let Some(line) = reg.line_of(id.as_str()) {
        return Err(Error::refused(format!(
            "alley {id} already exists ({}:{line})",
            Alley::FILE
        )));
    }
    let leader = f
        .leader
        .as_deref()
        .map(|l| parse_id::<LeaderId>("--leader", l))
        .transpose()?;
    check_leader(&store, &leader)?;
    let alley = Alley {
        id: id.clone(),
        name,
        group: f.group.unwrap_or_default(),
        leader,
        note: f.note.unwrap_or_default(),
    };
    validate(&alley)?;
    let mut batch = Batch::new();
    batch.put(
        store.path(Alley::FILE),
        reg.with_appended(std::slice::from_ref(&alley)),
    );
    store.write(
        batch,
        &format!("alley: add {id} {}", alley.name),
        ctx.no_commit,
    )?;
    say(&format!("added alley {id} ({})", alley.name));
    render::write_stdout(&format!("{id}\n"))
}

/// Runs the record through the same checks as a file row; problems name the flag.
pub fn validate<R: Record>(r: &R) -> Result<()> {
    let flagify = |e: String| match e.strip_prefix("column `").and_then(|r| r.split_once("`: ")) {
        Some((col, msg)) => format!("--{}: {msg}", col.replace('_', "-")),
        None => e,
    };
    match R::from_fields(&r.to_fields()) {
        Ok(_) => Ok(()),
        Err(errs) => Err(Error::many(
            crate::error::Kind::Input,
            errs.into_iter().map(flagify).collect(),
        )),
    }
}

fn list(ctx: &Ctx, search: &Option<String>) -> Result<()> {
    let store = ctx.store()?;
    let alleys = store.load::<Alley>()?;
    let leaders = store.load::<Leader>()?;
    let households = store.load::<Household>()?;
    let mut t = Table::new(&[
        "id",
        "name",
        "group",
        "leader",
        "leader_name",
        "phone",
        "households",
        "note",
    ])
    .numeric(&["households"]);
    for a in alleys.iter() {
        let l = a.leader.as_ref().and_then(|l| leaders.get(l.as_str()));
        let n = households.iter().filter(|h| h.alley == a.id).count();
        let row = vec![
            a.id.to_string(),
            a.name.clone(),
            a.group.clone(),
            a.leader.as_ref().map(|l| l.to_string()).unwrap_or_default(),
            l.map(|l| l.name.clone()).unwrap_or_default(),
            l.map(|l| l.phone.clone()).unwrap_or_default(),
            n.to_string(),
            a.note.clone(),
        ];
        if matches(search, &row) {
            t.push(row);
        }
    }
    render::print(&t, ctx.format)
}

/// Prints `field, value` pairs as a two-column listing.
pub fn show_fields(ctx: &Ctx, pairs: Vec<(&str, String)>) -> Result<()> {
    let mut t = Table::new(&["field", "value"]);
    for (k, v) in pairs {
        t.push(vec![k.to_string(), v]);
    }
    render::print(&t, ctx.format)
}

fn show(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let alleys = store.load::<Alley>()?;
    let a = alleys.require(id)?;
    let leaders = store.load::<Leader>()?;
    let households = store.load::<Household>()?;
    let l = a.leader.as_ref().and_then(|l| leaders.get(l.as_str()));
    let hs: Vec<&Household> = households.iter().filter(|h| h.alley == a.id).collect();
    let members: u32 = hs.iter().filter_map(|h| h.members).sum();
    show_fields(
        ctx,
        vec![
            ("id", a.id.to_string()),
            ("name", a.name.clone()),
            ("group", a.group.clone()),
            (
                "leader",
                l.map(|l| format!("{} {}", l.id, l.name))
                    .unwrap_or_default(),
            ),
            ("phone", l.map(|l| l.phone.clone()).unwrap_or_default()),
            ("households", hs.len().to_string()),
            ("residents", members.to_string()),
            ("note", a.note.clone()),
        ],
    )
}

fn edit(ctx: &Ctx, id: &str, f: AlleyFields) -> Result<()> {
    let store = ctx.store()?;
    let _lock = lock(&store.root)?;
    let reg = store.load::<Alley>()?;
    let old = reg.require(id)?.clone();
    let mut new = old.clone();
    if let Some(v) = f.name {
        new.name = v;
    }
    if let Some(v) = f.group {
        new.group = v;
    }
    if let Some(v) = f.leader {
        new.leader = if v.is_empty() {
            None
        } else {
            Some(parse_id("--leader", &v)?)
        };
        check_leader(&store, &new.leader)?;
    }
    if let Some(v) = f.note {
        new.note = v;
    }
    validate(&new)?;
    if new == old {
        say(&format!("alley {id}: nothing to change"));
        return Ok(());
    }
    let mut batch = Batch::new();
    batch.put(store.path(Alley::FILE), reg.with_replaced(id, Some(&new)));
    store.write(
        batch,
        &format!("alley: edit {id} {}", new.name),
        ctx.no_commit,
    )?;
    say(&format!("changed alley {id}"));
    Ok(())
}

/// Refuses to remove a record that something refers to.
pub fn refuse_if_referenced(snap: &Snapshot, what: &str, id: &str) -> Result<()> {
    let refs = snap.references(what, id);
    if refs.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = refs.iter().take(5).map(|s| s.as_str()).collect();
    let more = if refs.len() > 5 {
        format!(" and {} more", refs.len() - 5)
    } else {
        String::new()
    };
    Err(Error::refused(format!(
        "{what} {id} is still referred to by {}{more}",
        shown.join(", ")
    ))
    .hint("change or remove those first; nothing was removed"))
}

fn remove(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let _lock = lock(&store.root)?;
    let reg = store.load::<Alley>()?;
    let a = reg.require(id)?.clone();
    refuse_if_referenced(&Snapshot::load(&store)?, "alley", id)?;
    let mut batch = Batch::new();
    batch.put(store.path(Alley::FILE), reg.with_replaced(id, None));
    store.write(
        batch,
        &format!("alley: remove {id} {}", a.name),
        ctx.no_commit,
    )?;
    say(&format!("removed alley {id} ({})", a.name));
    Ok(())
}
