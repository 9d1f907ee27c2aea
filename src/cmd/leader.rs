//! `lane leader add|list|show|edit|remove`. A leader's alley is kept in step with
//! the alley's `leader` column: an alley has one current leader.

use chrono::NaiveDate;

use super::alley::{parse_id, refuse_if_referenced, show_fields, validate};
use super::snapshot::Snapshot;
use super::{matches, next_id, say, Ctx};
use crate::cli::{LeaderCmd, LeaderFields, LeaderList};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, LeaderId};
use crate::model::registry::{Alley, Background, Leader, Record, SelectedBy};
use crate::model::time::parse_date;
use crate::render::{self, Table};
use crate::store::fsio::{lock, Batch};
use crate::store::registry::Registry;
use crate::store::Store;

pub fn run(ctx: &Ctx, cmd: LeaderCmd) -> Result<()> {
    match cmd {
        LeaderCmd::Add { id, fields } => add(ctx, id, fields),
        LeaderCmd::List(l) => list(ctx, l),
        LeaderCmd::Show { id } => show(ctx, &id),
        LeaderCmd::Edit { id, fields } => edit(ctx, &id, fields),
        LeaderCmd::Remove { id } => remove(ctx, &id),
    }
}

fn date_flag(flag: &str, v: &str) -> Result<Option<NaiveDate>> {
    if v.is_empty() {
        return Ok(None);
    }
    parse_date(v)
        .map(Some)
        .map_err(|e| Error::input(format!("{flag}: {e}")))
}

fn today(store: &Store) -> NaiveDate {
    store.now.date_naive()
}

/// The alleys file with `leader` assigned to `alley` (and removed from any other
/// alley it was on). Refuses when the alley has another current leader.
fn assign(
    store: &Store,
    alleys: &Registry<Alley>,
    leaders: &Registry<Leader>,
    leader: &Leader,
) -> Result<Option<Vec<u8>>> {
    let day = today(store);
    let serving = leader.serves_on(day);
    let target = leader.alley.as_ref().filter(|_| serving);
    if let Some(a) = target {
        let alley = alleys.require(a.as_str())?;
        if let Some(cur) = &alley.leader {
            let current = leaders.get(cur.as_str()).filter(|l| l.serves_on(day));
            if cur != &leader.id && current.is_some() {
                return Err(Error::refused(format!(
                    "alley {a} already has the lane leader {cur} ({})",
                    current.map(|l| l.name.as_str()).unwrap_or("")
                ))
                .hint(format!(
                    "end that post first: lane leader edit {cur} --until YYYY-MM-DD"
                )));
            }
        }
    }
    let mut changed = false;
    let mut rows = Vec::new();
    for a in alleys.iter() {
        let mut n = a.clone();
        let is_target = target == Some(&a.id);
        if is_target && a.leader.as_ref() != Some(&leader.id) {
            n.leader = Some(leader.id.clone());
        } else if !is_target && a.leader.as_ref() == Some(&leader.id) {
            n.leader = None;
        }
        changed |= n != *a;
        rows.push(n);
    }
    if !changed {
        return Ok(None);
    }
    Ok(Some(crate::store::csvfile::rewrite(
        &alleys.doc,
        |row| {
            let id = row.fields.first().map(|s| s.as_str()).unwrap_or("");
            match rows.iter().find(|a| a.id.as_str() == id) {
                Some(n) if alleys.get(id) != Some(n) => {
                    crate::store::csvfile::Edit::Replace(n.to_fields())
                }
                _ => crate::store::csvfile::Edit::Keep,
            }
        },
        &[],
    )))
}

fn add(ctx: &Ctx, id: Option<String>, f: LeaderFields) -> Result<()> {
    let store = ctx.store()?;
    let name = ctx.prompt.text(f.name, "--name", "Leader's name")?;
    let background = match f.background {
        Some(b) => b,
        None => ctx
            .prompt
            .pick(
                None,
                "--background",
                "Background",
                &choices(Background::ALL),
                false,
            )?
            .parse()
            .map_err(Error::input)?,
    };
    let selected_by = match f.selected_by {
        Some(b) => b,
        None => ctx
            .prompt
            .pick(
                None,
                "--selected-by",
                "Selected by",
                &choices(SelectedBy::ALL),
                false,
            )?
            .parse()
            .map_err(Error::input)?,
    };
    let _lock = lock(&store.root)?;
    let leaders = store.load::<Leader>()?;
    let alleys = store.load::<Alley>()?;
    let id = match id {
        Some(id) => parse_id::<LeaderId>("--id", &id)?,
        None => {
            LeaderId::new(&next_id("L", 2, leaders.iter().map(|l| l.id()))).map_err(Error::input)?
        }
    };
    if let Some(line) = leaders.line_of(id.as_str()) {
        return Err(Error::refused(format!(
            "leader {id} already exists ({}:{line})",
            Leader::FILE
        )));
    }
    let alley = f
        .alley
        .as_deref()
        .map(|a| parse_id::<AlleyId>("--alley", a))
        .transpose()?;
    if let Some(a) = &alley {
        alleys.require(a.as_str())?;
    }
    let leader = Leader {
        id: id.clone(),
        name,
        phone: f.phone.unwrap_or_default(),
        alley,
        background,
        selected_by,
        since: f
            .since
            .as_deref()
            .map(|v| date_flag("--since", v))
            .transpose()?
            .flatten(),
        until: f
            .until
            .as_deref()
            .map(|v| date_flag("--until", v))
            .transpose()?
            .flatten(),
        note: f.note.unwrap_or_default(),
    };
    validate(&leader)?;
    let mut batch = Batch::new();
    if let Some(bytes) = assign(&store, &alleys, &leaders, &leader)? {
        batch.put(store.path(Alley::FILE), bytes);
    }
    batch.put(
        store.path(Leader::FILE),
        leaders.with_appended(std::slice::from_ref(&leader)),
    );
    let at = leader
        .alley
        .as_ref()
        .map(|a| format!(" ({a})"))
        .unwrap_or_default();
    store.write(
        batch,
        &format!("leader: add {id} {}{at}", leader.name),
        ctx.no_commit,
    )?;
    say(&format!("added lane leader {id} ({}){at}", leader.name));
    render::write_stdout(&format!("{id}\n"))
}

fn choices(all: &[&str]) -> Vec<(String, String)> {
    all.iter().map(|s| (s.to_string(), s.to_string())).collect()
}

fn list(ctx: &Ctx, l: LeaderList) -> Result<()> {
    let store = ctx.store()?;
    let leaders = store.load::<Leader>()?;
    let alleys = store.load::<Alley>()?;
    if let Some(a) = &l.alley {
        alleys.require(a)?;
    }
    let day = today(&store);
    let mut t = Table::new(&[
        "id",
        "name",
        "phone",
        "alley",
        "alley_name",
        "background",
        "selected_by",
        "since",
        "until",
        "note",
    ]);
    for r in leaders.iter() {
        if !l.all && !r.serves_on(day) {
            continue;
        }
        if l.alley
            .as_ref()
            .is_some_and(|a| r.alley.as_ref().map(|x| x.as_str()) != Some(a))
        {
            continue;
        }
        let mut row = r.to_fields();
        let alley_name = r
            .alley
            .as_ref()
            .and_then(|a| alleys.get(a.as_str()))
            .map(|a| a.name.clone())
            .unwrap_or_default();
        row.insert(4, alley_name);
        if matches(&l.filter.search, &row) {
            t.push(row);
        }
    }
    render::print(&t, ctx.format)
}

fn show(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let leaders = store.load::<Leader>()?;
    let l = leaders.require(id)?;
    let alleys = store.load::<Alley>()?;
    let alley = l.alley.as_ref().and_then(|a| alleys.get(a.as_str()));
    let fields = l.to_fields();
    let mut pairs: Vec<(&str, String)> = Leader::HEADER.iter().copied().zip(fields).collect();
    if let Some(a) = alley {
        pairs[3].1 = format!("{} {}", a.id, a.name);
    }
    pairs.push((
        "serving",
        if l.serves_on(today(&store)) {
            "yes"
        } else {
            "no"
        }
        .into(),
    ));
    show_fields(ctx, pairs)
}

fn edit(ctx: &Ctx, id: &str, f: LeaderFields) -> Result<()> {
    let store = ctx.store()?;
    let _lock = lock(&store.root)?;
    let leaders = store.load::<Leader>()?;
    let alleys = store.load::<Alley>()?;
    let old = leaders.require(id)?.clone();
    let mut new = old.clone();
    if let Some(v) = f.name {
        new.name = v;
    }
    if let Some(v) = f.phone {
        new.phone = v;
    }
    if let Some(v) = f.alley {
        new.alley = if v.is_empty() {
            None
        } else {
            Some(parse_id("--alley", &v)?)
        };
        if let Some(a) = &new.alley {
            alleys.require(a.as_str())?;
        }
    }
    if let Some(v) = f.background {
        new.background = v;
    }
    if let Some(v) = f.selected_by {
        new.selected_by = v;
    }
    if let Some(v) = f.since {
        new.since = date_flag("--since", &v)?;
    }
    if let Some(v) = f.until {
        new.until = date_flag("--until", &v)?;
    }
    if let Some(v) = f.note {
        new.note = v;
    }
    validate(&new)?;
    if new == old {
        say(&format!("leader {id}: nothing to change"));
        return Ok(());
    }
    let mut batch = Batch::new();
    if let Some(bytes) = assign(&store, &alleys, &leaders, &new)? {
        batch.put(store.path(Alley::FILE), bytes);
    }
    batch.put(
        store.path(Leader::FILE),
        leaders.with_replaced(id, Some(&new)),
    );
    store.write(
        batch,
        &format!("leader: edit {id} {}", new.name),
        ctx.no_commit,
    )?;
    say(&format!("changed lane leader {id}"));
    Ok(())
}

fn remove(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let _lock = lock(&store.root)?;
    let leaders = store.load::<Leader>()?;
    let l = leaders.require(id)?.clone();
    refuse_if_referenced(&Snapshot::load(&store)?, "leader", id)?;
    let mut batch = Batch::new();
    batch.put(store.path(Leader::FILE), leaders.with_replaced(id, None));
    store.write(
        batch,
        &format!("leader: remove {id} {}", l.name),
        ctx.no_commit,
    )?;
    say(&format!("removed lane leader {id} ({})", l.name));
    Ok(())
}
