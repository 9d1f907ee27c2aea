//! `lane leader add|list|show|edit|remove`: the rules of leaders.csv; the flow is
//! [`super::registry`]'s. A leader's alley is kept in step with the alley's `leader`
//! column: an alley has one current leader.

use chrono::NaiveDate;

use super::registry::{self, optional_id, patrols_where, rows_where, set, Registered};
use super::{flags, parse_id, Ctx};
use crate::cli::{LeaderCmd, LeaderFields, LeaderList};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, LeaderId};
use crate::model::lifecycle::Status;
use crate::model::registry::{Alley, Background, Leader, Record, SelectedBy};
use crate::model::time::parse_date;
use crate::msg;
use crate::render::sections::Section;
use crate::render::Format;
use crate::store::change::Tx;
use crate::store::registry::Registry;
use crate::store::scan::Scan;
use crate::store::Store;

pub fn run(ctx: &Ctx, cmd: LeaderCmd) -> Result<()> {
    match cmd {
        LeaderCmd::Add { id, fields } => registry::add::<Leader>(ctx, id, fields),
        LeaderCmd::List(l) => registry::list::<Leader>(ctx, &l, &l.filter),
        LeaderCmd::Show { id } => registry::show::<Leader>(ctx, &id),
        LeaderCmd::Edit { id, fields } => registry::edit::<Leader>(ctx, &id, fields),
        LeaderCmd::Remove { id } => registry::remove::<Leader>(ctx, &id),
        LeaderCmd::Import {
            file,
            sheet,
            update,
            dry_run,
        } => super::import::run::<Leader>(ctx, &file, sheet.as_deref(), update, dry_run),
    }
}

impl Registered for Leader {
    type Id = LeaderId;
    type Fields = LeaderFields;
    /// The name, background and who selected the leader.
    type Asked = (String, Background, SelectedBy);
    /// alleys.csv, whose `leader` column follows the leader's alley.
    type Related = Registry<Alley>;
    type Filter = LeaderList;

    const NEXT_ID: (&'static str, usize) = ("L", 2);
    const LIST: (&'static [&'static str], &'static [&'static str]) = (
        &[
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
        ],
        &[],
    );

    fn title() -> String {
        msg!("cmd-lane-leader")
    }

    fn what() -> String {
        msg!("cmd-leader")
    }

    fn own_labels() -> Vec<(&'static str, String)> {
        vec![("name", msg!("cmd-col-leader-name"))]
    }

    fn label(&self) -> &str {
        &self.name
    }

    fn by_name(store: &Store, reg: &Registry<Leader>, given: &str) -> Result<String> {
        flags::leader(store, reg, "ID", given)
    }

    fn ask(ctx: &Ctx, _: &Store, f: &mut LeaderFields) -> Result<Self::Asked> {
        let name = ctx
            .prompt
            .text(f.name.take(), "--name", &msg!("cmd-ask-leader-name"))?;
        let background = match f.background {
            Some(b) => b,
            None => {
                let all = [
                    Background::PartyMember,
                    Background::Cadre,
                    Background::Respected,
                ];
                pick(
                    ctx,
                    "--background",
                    &msg!("cmd-ask-background"),
                    &all,
                    background,
                )?
            }
        };
        let selected_by = match f.selected_by {
            Some(b) => b,
            None => {
                let all = [
                    SelectedBy::PartyMembersAndMasses,
                    SelectedBy::HouseholdRecommendation,
                    SelectedBy::TwoCommittees,
                ];
                let label = msg!("cmd-ask-selected-by");
                pick(ctx, "--selected-by", &label, &all, selected_by)?
            }
        };
        Ok((name, background, selected_by))
    }

    fn related(store: &Store) -> Result<Registry<Alley>> {
        store.load::<Alley>()
    }

    fn build(
        _: &Store,
        alleys: &Registry<Alley>,
        id: LeaderId,
        (name, background, selected_by): Self::Asked,
        f: LeaderFields,
    ) -> Result<Leader> {
        let alley = f
            .alley
            .as_deref()
            .map(|a| parse_id::<AlleyId>("--alley", &flags::alley(alleys, "--alley", a)?))
            .transpose()?;
        if let Some(a) = &alley {
            alleys.require(a.as_str())?;
        }
        let date = |flag: &str, v: Option<String>| v.map(|v| date_flag(flag, &v)).transpose();
        Ok(Leader {
            id,
            name,
            phone: f.phone.unwrap_or_default(),
            alley,
            background,
            selected_by,
            since: date("--since", f.since)?.flatten(),
            until: date("--until", f.until)?.flatten(),
            note: f.note.unwrap_or_default(),
        })
    }

    fn edited(
        _: &Store,
        alleys: &Registry<Alley>,
        old: &Leader,
        f: LeaderFields,
    ) -> Result<Leader> {
        let mut new = old.clone();
        set(&mut new.name, f.name);
        set(&mut new.phone, f.phone);
        if let Some(v) = f.alley {
            new.alley = optional_id("--alley", &flags::alley(alleys, "--alley", &v)?)?;
            if let Some(a) = &new.alley {
                alleys.require(a.as_str())?;
            }
        }
        set(&mut new.background, f.background);
        set(&mut new.selected_by, f.selected_by);
        if let Some(v) = f.since {
            new.since = date_flag("--since", &v)?;
        }
        if let Some(v) = f.until {
            new.until = date_flag("--until", &v)?;
        }
        set(&mut new.note, f.note);
        Ok(new)
    }

    /// alleys.csv with the leader on its alley (and off any other), when that changes.
    fn stage_related(
        tx: &mut Tx,
        leaders: &Registry<Leader>,
        alleys: &Registry<Alley>,
        new: &Leader,
    ) -> Result<()> {
        let changed = assign(tx.now.date_naive(), alleys, leaders, new)?;
        if !changed.is_empty() {
            tx.put(Alley::FILE, alleys.with_updated(&changed));
        }
        Ok(())
    }

    fn added(&self) -> (String, String) {
        let (id, name) = (&self.id, &self.name);
        let at = self
            .alley
            .as_ref()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default();
        let (i, n) = (id.to_string(), name.as_str());
        let said = match &self.alley {
            Some(a) => msg!(
                "cmd-leader-added-alley",
                id = i,
                name = n,
                alley = a.to_string()
            ),
            None => msg!("cmd-leader-added", id = i, name = n),
        };
        (format!("leader: add {id} {name}{at}"), said)
    }

    /// The alleys that name the leader, and the leader's patrols.
    fn referrers(snap: &Scan, id: &str) -> Vec<String> {
        let is = |l: &LeaderId| l.as_str() == id;
        let mut out = rows_where(&snap.alleys, |a| a.leader.as_ref().is_some_and(is));
        out.extend(patrols_where(snap, |p| is(&p.leader)));
        out
    }

    fn show(&self, store: &Store, people: bool) -> Result<Vec<(&'static str, String)>> {
        let alleys = store.load::<Alley>()?;
        let alley = self.alley.as_ref().and_then(|a| alleys.get(a.as_str()));
        let fields = self.to_fields();
        let mut pairs: Vec<(&str, String)> = Leader::HEADER.iter().copied().zip(fields).collect();
        if let Some(a) = alley {
            pairs[3].1 = format!("{} {}", a.id, a.name);
        }
        if people {
            pairs[4].1 = background(self.background);
            pairs[5].1 = selected_by(self.selected_by);
        }
        let serving = self.serves_on(store.now.date_naive());
        let said = match (serving, people) {
            (true, true) => msg!("cmd-yes"),
            (false, true) => msg!("cmd-no"),
            (s, false) => if s { "yes" } else { "no" }.to_string(),
        };
        pairs.push(("serving", said));
        Ok(pairs)
    }

    /// The cases not closed yet in the leader's alleys (the leader's own, and any
    /// alleys.csv names the leader for).
    fn lists(&self, store: &Store, format: Format) -> Result<Vec<Section>> {
        let alleys = store.load::<Alley>()?;
        let mut mine: Vec<String> = alleys
            .iter()
            .filter(|a| a.leader.as_ref() == Some(&self.id))
            .map(|a| a.id.to_string())
            .collect();
        mine.extend(self.alley.as_ref().map(|a| a.to_string()));
        let cases = registry::case_list(
            store,
            format,
            (
                "cases",
                msg!("cmd-show-open-cases"),
                msg!("cmd-show-no-open-cases"),
            ),
            |c| c.state.status != Status::Closed && mine.iter().any(|a| *a == c.body.alley),
        )?;
        Ok(vec![cases])
    }

    /// Serving leaders (every one with `--all`), of one alley with `--alley`.
    fn list(store: &Store, l: &LeaderList) -> Result<Vec<Vec<String>>> {
        let leaders = store.load::<Leader>()?;
        let alleys = store.load::<Alley>()?;
        let alley_flag = match &l.alley {
            Some(a) => {
                let a = flags::alley(&alleys, "--alley", a)?;
                alleys.require(&a)?;
                Some(a)
            }
            None => None,
        };
        let day = store.now.date_naive();
        let mut rows = Vec::new();
        for r in leaders.iter() {
            if !l.all && !r.serves_on(day) {
                continue;
            }
            let alley = r.alley.as_ref().map(|x| x.as_str());
            if alley_flag.as_deref().is_some_and(|a| alley != Some(a)) {
                continue;
            }
            let mut row = r.to_fields();
            let alley_name = alley
                .and_then(|a| alleys.get(a))
                .map(|a| a.name.clone())
                .unwrap_or_default();
            row.insert(4, alley_name);
            rows.push(row);
        }
        Ok(rows)
    }
}

/// One of `all`, picked at a terminal since its flag is missing; `word` names
/// each choice.
fn pick<T: std::str::FromStr<Err = String> + std::fmt::Display + Copy>(
    ctx: &Ctx,
    flag: &str,
    label: &str,
    all: &[T],
    word: fn(T) -> String,
) -> Result<T> {
    let choices: Vec<(String, String)> = all.iter().map(|s| (s.to_string(), word(*s))).collect();
    ctx.prompt
        .pick(None, flag, label, &choices, false)?
        .parse()
        .map_err(Error::input)
}

/// How the leader came to the post, in words: `party-member` / 老党员.
fn background(b: Background) -> String {
    match b {
        Background::PartyMember => msg!("cmd-background-party-member"),
        Background::Cadre => msg!("cmd-background-cadre"),
        Background::Respected => msg!("cmd-background-respected"),
    }
}

/// Who chose the leader, in words: `two-committees` / 村“两委”选派.
fn selected_by(s: SelectedBy) -> String {
    match s {
        SelectedBy::PartyMembersAndMasses => msg!("cmd-selected-party-members-and-masses"),
        SelectedBy::HouseholdRecommendation => msg!("cmd-selected-household-recommendation"),
        SelectedBy::TwoCommittees => msg!("cmd-selected-two-committees"),
    }
}

fn date_flag(flag: &str, v: &str) -> Result<Option<NaiveDate>> {
    if v.is_empty() {
        return Ok(None);
    }
    parse_date(v)
        .map(Some)
        .map_err(|e| Error::input(super::words::labelled(flag, &e)))
}

/// The alleys that change when `leader` is saved: its alley gets it as `leader`
/// (if it serves today), any other alley that names it loses it. Refuses when its
/// alley has another current leader.
fn assign(
    day: NaiveDate,
    alleys: &Registry<Alley>,
    leaders: &Registry<Leader>,
    leader: &Leader,
) -> Result<Vec<Alley>> {
    let target = leader.alley.as_ref().filter(|_| leader.serves_on(day));
    if let Some(a) = target {
        let alley = alleys.require(a.as_str())?;
        if let Some(cur) = &alley.leader {
            let current = leaders.get(cur.as_str()).filter(|l| l.serves_on(day));
            if cur != &leader.id && current.is_some() {
                return Err(Error::refused(msg!(
                    "cmd-alley-taken",
                    alley = a.to_string(),
                    leader = cur.to_string(),
                    name = current.map(|l| l.name.as_str()).unwrap_or("")
                ))
                .hint(msg!("cmd-alley-taken-hint", leader = cur.to_string())));
            }
        }
    }
    let mut changed = Vec::new();
    for a in alleys.iter() {
        let is_target = target == Some(&a.id);
        let mut n = a.clone();
        if is_target && a.leader.as_ref() != Some(&leader.id) {
            n.leader = Some(leader.id.clone());
        } else if !is_target && a.leader.as_ref() == Some(&leader.id) {
            n.leader = None;
        }
        if n != *a {
            changed.push(n);
        }
    }
    Ok(changed)
}
