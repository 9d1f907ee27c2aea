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

/// Checks that the `leader` column of `alley` agrees with leaders.csv, which
/// `lane leader` keeps in step: the leader named must exist and currently serve this
/// alley, and an alley that a current leader serves cannot be left without one.
fn check_leader(
    store: &crate::store::Store,
    alley: &AlleyId,
    leader: &Option<LeaderId>,
) -> Result<()> {
    let leaders = store.load::<Leader>()?;
    let day = store.now.date_naive();
    let serving = |l: &Leader| l.alley.as_ref() == Some(alley) && l.serves_on(day);
    match leader {
        Some(id) => {
            let l = leaders.require(id.as_str())?;
            if serving(l) {
                return Ok(());
            }
            let line = leaders.line_of(id.as_str()).unwrap_or(0);
            let post = match &l.alley {
                Some(a) if a != alley => format!("serves alley {a}"),
                None => "serves no alley".to_string(),
                Some(_) => "does not hold the post now".to_string(),
            };
            Err(Error::refused(format!(
                "leader {id} ({}) {post} according to {}:{line}, not alley {alley}",
                l.name,
                Leader::FILE
            ))
            .hint(format!(
                "assign the leader with `lane leader edit {id} --alley {alley}` (with --since/--until for the post), which updates both files"
            )))
        }
        None => match leaders.iter().find(|l| serving(l)) {
            Some(l) => Err(Error::refused(format!(
                "alley {alley} has the current lane leader {} ({}) according to {}:{}",
                l.id,
                l.name,
                Leader::FILE,
                leaders.line_of(l.id()).unwrap_or(0)
            ))
            .hint(format!(
                "end that post with `lane leader edit {} --until YYYY-MM-DD`",
                l.id
            ))),
            None => Ok(()),
        },
    }
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
    if leader.is_some() {
        check_leader(&store, &id, &leader)?;
    }
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
        check_leader(&store, &new.id, &new.leader)?;
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
