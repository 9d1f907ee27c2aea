//! `lane alley add|list|show|edit|remove`: the rules of alleys.csv; the flow is
//! [`super::registry`]'s.

use super::registry::{self, cases_where, optional_id, patrols_where, rows_where, set, Registered};
use super::{flags, parse_id, Ctx};
use crate::cli::{AlleyCmd, AlleyFields};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, LeaderId};
use crate::model::registry::{Alley, Household, Leader, Record};
use crate::msg;
use crate::store::registry::Registry;
use crate::store::scan::Scan;
use crate::store::Store;

pub fn run(ctx: &Ctx, cmd: AlleyCmd) -> Result<()> {
    match cmd {
        AlleyCmd::Add { id, fields } => registry::add::<Alley>(ctx, id, fields),
        AlleyCmd::List(f) => registry::list::<Alley>(ctx, &(), &f),
        AlleyCmd::Show { id } => registry::show::<Alley>(ctx, &id),
        AlleyCmd::Edit { id, fields } => registry::edit::<Alley>(ctx, &id, fields),
        AlleyCmd::Remove { id } => registry::remove::<Alley>(ctx, &id),
        AlleyCmd::Import {
            file,
            sheet,
            update,
            dry_run,
        } => super::import::run::<Alley>(ctx, &file, sheet.as_deref(), update, dry_run),
    }
}

impl Registered for Alley {
    type Id = AlleyId;
    type Fields = AlleyFields;
    /// The name.
    type Asked = String;
    type Related = ();
    type Filter = ();

    const NEXT_ID: (&'static str, usize) = ("A", 2);
    const LIST: (&'static [&'static str], &'static [&'static str]) = (
        &[
            "id",
            "name",
            "group",
            "leader",
            "leader_name",
            "phone",
            "households",
            "note",
        ],
        &["households"],
    );

    fn title() -> String {
        msg!("cmd-alley")
    }

    fn what() -> String {
        msg!("cmd-alley")
    }

    fn label(&self) -> &str {
        &self.name
    }

    fn by_name(_: &Store, reg: &Registry<Alley>, given: &str) -> Result<String> {
        flags::alley(reg, "ID", given)
    }

    fn ask(ctx: &Ctx, _: &Store, f: &mut AlleyFields) -> Result<String> {
        ctx.prompt
            .text(f.name.take(), "--name", &msg!("cmd-ask-alley-name"))
    }

    fn related(_: &Store) -> Result<()> {
        Ok(())
    }

    fn build(store: &Store, _: &(), id: AlleyId, name: String, f: AlleyFields) -> Result<Alley> {
        let leader = f
            .leader
            .as_deref()
            .map(|l| parse_id::<LeaderId>("--leader", &leader_of(store, l)?))
            .transpose()?;
        if leader.is_some() {
            check_leader(store, &id, &leader)?;
        }
        Ok(Alley {
            id,
            name,
            group: f.group.unwrap_or_default(),
            leader,
            note: f.note.unwrap_or_default(),
        })
    }

    fn edited(store: &Store, _: &(), old: &Alley, f: AlleyFields) -> Result<Alley> {
        let mut new = old.clone();
        set(&mut new.name, f.name);
        set(&mut new.group, f.group);
        if let Some(v) = f.leader {
            new.leader = optional_id("--leader", &leader_of(store, &v)?)?;
            check_leader(store, &new.id, &new.leader)?;
        }
        set(&mut new.note, f.note);
        Ok(new)
    }

    fn added(&self) -> (String, String) {
        let (id, name) = (&self.id, &self.name);
        (
            format!("alley: add {id} {name}"),
            msg!("cmd-alley-added", id = id.to_string(), name = name.as_str()),
        )
    }

    /// Leaders who serve it, its households, its cases and patrols.
    fn referrers(snap: &Scan, id: &str) -> Vec<String> {
        let is = |a: &AlleyId| a.as_str() == id;
        let mut out = rows_where(&snap.leaders, |l| l.alley.as_ref().is_some_and(is));
        out.extend(rows_where(&snap.households, |h| is(&h.alley)));
        out.extend(cases_where(snap, |t| is(&t.alley)));
        out.extend(patrols_where(snap, |p| is(&p.alley)));
        out
    }

    fn show(&self, store: &Store, _: bool) -> Result<Vec<(&'static str, String)>> {
        let leaders = store.load::<Leader>()?;
        let households = store.load::<Household>()?;
        let l = self.leader.as_ref().and_then(|l| leaders.get(l.as_str()));
        let hs: Vec<&Household> = households.iter().filter(|h| h.alley == self.id).collect();
        let members: u32 = hs.iter().filter_map(|h| h.members).sum();
        Ok(vec![
            ("id", self.id.to_string()),
            ("name", self.name.clone()),
            ("group", self.group.clone()),
            (
                "leader",
                l.map(|l| format!("{} {}", l.id, l.name))
                    .unwrap_or_default(),
            ),
            ("phone", l.map(|l| l.phone.clone()).unwrap_or_default()),
            ("households", hs.len().to_string()),
            ("residents", members.to_string()),
            ("note", self.note.clone()),
        ])
    }

    fn list(store: &Store, _: &()) -> Result<Vec<Vec<String>>> {
        let alleys = store.load::<Alley>()?;
        let leaders = store.load::<Leader>()?;
        let households = store.load::<Household>()?;
        let row = |a: &Alley| {
            let l = a.leader.as_ref().and_then(|l| leaders.get(l.as_str()));
            let n = households.iter().filter(|h| h.alley == a.id).count();
            vec![
                a.id.to_string(),
                a.name.clone(),
                a.group.clone(),
                a.leader.as_ref().map(|l| l.to_string()).unwrap_or_default(),
                l.map(|l| l.name.clone()).unwrap_or_default(),
                l.map(|l| l.phone.clone()).unwrap_or_default(),
                n.to_string(),
                a.note.clone(),
            ]
        };
        Ok(alleys.iter().map(row).collect())
    }
}

/// `--leader`, by ID or name.
fn leader_of(store: &Store, given: &str) -> Result<String> {
    flags::leader(store, &store.load::<Leader>()?, "--leader", given)
}

/// Checks that the `leader` column of `alley` agrees with leaders.csv, which
/// `lane leader` keeps in step: the leader named must exist and currently serve this
/// alley, and an alley that a current leader serves cannot be left without one.
fn check_leader(store: &Store, alley: &AlleyId, leader: &Option<LeaderId>) -> Result<()> {
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
            let (leader, name, file) = (id.to_string(), l.name.as_str(), Leader::FILE);
            let alley = alley.to_string();
            let e = match &l.alley {
                Some(a) if a.as_str() != alley => msg!(
                    "cmd-leader-serves-other",
                    leader = leader.clone(),
                    name = name,
                    other = a.to_string(),
                    file = file,
                    line = line,
                    alley = alley.clone()
                ),
                None => msg!(
                    "cmd-leader-serves-none",
                    leader = leader.clone(),
                    name = name,
                    file = file,
                    line = line,
                    alley = alley.clone()
                ),
                Some(_) => msg!(
                    "cmd-leader-not-in-post",
                    leader = leader.clone(),
                    name = name,
                    file = file,
                    line = line,
                    alley = alley.clone()
                ),
            };
            Err(Error::refused(e).hint(msg!(
                "cmd-leader-assign-hint",
                leader = leader,
                alley = alley
            )))
        }
        None => match leaders.iter().find(|l| serving(l)) {
            Some(l) => Err(Error::refused(msg!(
                "cmd-alley-has-leader",
                alley = alley.to_string(),
                leader = l.id.to_string(),
                name = l.name.as_str(),
                file = Leader::FILE,
                line = leaders.line_of(l.id()).unwrap_or(0)
            ))
            .hint(msg!("cmd-end-post-hint", leader = l.id.to_string()))),
            None => Ok(()),
        },
    }
}
