//! `lane household add|list|show|edit|remove|import`: the rules of households.csv;
//! the flow is [`super::registry`]'s, import is [`super::import`].

use super::columns::labelled;
use super::registry::{self, cases_where, patrols_where, pick_alley, set, Registered};
use super::words;
use super::{flags, parse_id, Ctx};
use crate::cli::{HouseholdCmd, HouseholdFields, HouseholdList};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, HouseholdId};
use crate::model::patrol::Patrol;
use crate::model::registry::{Alley, Household, Members, Record};
use crate::msg;
use crate::render::sections::Section;
use crate::render::Format;
use crate::render::Table;
use crate::store::registry::Registry;
use crate::store::scan::Scan;
use crate::store::Store;

pub fn run(ctx: &Ctx, cmd: HouseholdCmd) -> Result<()> {
    match cmd {
        HouseholdCmd::Add { id, fields } => registry::add::<Household>(ctx, id, fields),
        HouseholdCmd::List(l) => registry::list::<Household>(ctx, &l, &l.filter),
        HouseholdCmd::Show { id } => registry::show::<Household>(ctx, &id),
        HouseholdCmd::Edit { id, fields } => registry::edit::<Household>(ctx, &id, fields),
        HouseholdCmd::Remove { id } => registry::remove::<Household>(ctx, &id),
        HouseholdCmd::Import {
            file,
            sheet,
            update,
            dry_run,
        } => super::import::run::<crate::model::registry::Household>(
            ctx,
            &file,
            sheet.as_deref(),
            update,
            dry_run,
        ),
    }
}

impl Registered for Household {
    type Id = HouseholdId;
    type Fields = HouseholdFields;
    /// The head and the alley.
    type Asked = (String, AlleyId);
    type Related = ();
    type Filter = HouseholdList;

    const NEXT_ID: (&'static str, usize) = ("H", 4);
    const LIST: (&'static [&'static str], &'static [&'static str]) =
        (Household::HEADER, &["members"]);

    fn title() -> String {
        msg!("cmd-household")
    }

    fn what() -> String {
        msg!("cmd-household")
    }

    fn label(&self) -> &str {
        &self.head
    }

    fn by_name(store: &Store, reg: &Registry<Household>, given: &str) -> Result<String> {
        flags::household(store, reg, "ID", given)
    }

    fn ask(ctx: &Ctx, store: &Store, f: &mut HouseholdFields) -> Result<Self::Asked> {
        let no_alleys = store.load::<Alley>()?.iter().next().is_none();
        ctx.prompt
            .can_pick(f.alley.is_some(), "--alley", no_alleys)?;
        let head = ctx
            .prompt
            .text(f.head.take(), "--head", &msg!("cmd-ask-head"))?;
        let alley = pick_alley(ctx, store, f.alley.take())?;
        Ok((head, alley))
    }

    fn related(_: &Store) -> Result<()> {
        Ok(())
    }

    fn build(
        store: &Store,
        _: &(),
        id: HouseholdId,
        (head, alley): Self::Asked,
        f: HouseholdFields,
    ) -> Result<Household> {
        Ok(Household {
            id,
            head,
            alley,
            address: f.address.unwrap_or_default(),
            members: members(f.members.as_deref().unwrap_or(""))?,
            phone: f.phone.unwrap_or_default(),
            tags: f.tags.unwrap_or_default(),
            note: f.note.unwrap_or_default(),
            // Format 2: registered today (in the village's date).
            registered: Some(crate::model::time::local_date(
                &store.now,
                store.config.offset(),
            )),
        })
    }

    fn edited(store: &Store, _: &(), old: &Household, f: HouseholdFields) -> Result<Household> {
        let mut new = old.clone();
        set(&mut new.head, f.head);
        if let Some(v) = f.alley {
            let alleys = store.load::<Alley>()?;
            new.alley = parse_id("--alley", &flags::alley(&alleys, "--alley", &v)?)?;
            alleys.require(new.alley.as_str())?;
        }
        set(&mut new.address, f.address);
        if let Some(v) = f.members {
            new.members = members(&v)?;
        }
        set(&mut new.phone, f.phone);
        set(&mut new.tags, f.tags);
        set(&mut new.note, f.note);
        Ok(new)
    }

    fn added(&self) -> (String, String) {
        let (id, head) = (&self.id, &self.head);
        (
            format!("household: add {id} {head} ({})", self.alley),
            msg!(
                "cmd-household-added",
                id = id.to_string(),
                head = head.as_str()
            ),
        )
    }

    /// Its cases and patrols, and its rows in the star rounds.
    fn referrers(snap: &Scan, id: &str) -> Vec<String> {
        let is = |h: &HouseholdId| h.as_str() == id;
        let mut out = cases_where(snap, |t| t.household.as_ref().is_some_and(is));
        out.extend(patrols_where(snap, |p| {
            p.household.as_ref().is_some_and(is)
        }));
        for r in &snap.rounds {
            let rows = r.rows.iter().filter(|(_, row)| is(&row.household));
            out.extend(rows.map(|(line, _)| format!("{}:{line}", r.rel)));
        }
        out
    }

    fn show(&self, store: &Store, _: bool) -> Result<Vec<(&'static str, String)>> {
        let alleys = store.load::<Alley>()?;
        let mut pairs: Vec<(&str, String)> = Household::HEADER
            .iter()
            .copied()
            .zip(self.to_fields())
            .collect();
        if let Some(a) = alleys.get(self.alley.as_str()) {
            pairs[2].1 = format!("{} {}", a.id, a.name);
        }
        Ok(pairs)
    }

    /// The household's cases and its patrol visits, by date.
    fn lists(&self, store: &Store, format: Format) -> Result<Vec<Section>> {
        let people = crate::cmd::columns::for_people(format);
        let me = self.id.as_str();
        let cases = registry::case_list(
            store,
            format,
            ("cases", msg!("cmd-show-cases"), msg!("cmd-show-no-cases")),
            |c| c.body.household == me,
        )?;
        let (rows, _) = store.load_patrols()?;
        let mut visits: Vec<&Patrol> = rows
            .iter()
            .map(|r| &r.patrol)
            .filter(|p| p.household.as_ref().is_some_and(|h| h.as_str() == me))
            .collect();
        visits.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
        let mut t = labelled(Table::new(&["date", "leader", "kind"]), &[]);
        for p in visits {
            let kind = match people {
                true => words::patrol_kind(p.kind),
                false => p.kind.to_string(),
            };
            t.push(vec![p.date.to_string(), p.leader.to_string(), kind]);
        }
        let visits = Section {
            key: "visits",
            title: msg!("cmd-show-visits"),
            table: t,
            when_empty: msg!("cmd-show-no-visits"),
        };
        Ok(vec![cases, visits])
    }

    /// Every household, of one alley with `--alley`.
    fn list(store: &Store, l: &HouseholdList) -> Result<Vec<Vec<String>>> {
        let alley = match &l.alley {
            Some(a) => {
                let alleys = store.load::<Alley>()?;
                let a = flags::alley(&alleys, "--alley", a)?;
                alleys.require(&a)?;
                Some(a)
            }
            None => None,
        };
        let reg = store.load::<Household>()?;
        let of_alley = |h: &&Household| alley.as_ref().is_none_or(|a| h.alley.as_str() == a);
        Ok(reg.iter().filter(of_alley).map(|h| h.to_fields()).collect())
    }
}

fn members(v: &str) -> Result<Option<u32>> {
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<Members>()
        .map(|m| Some(m.0))
        .map_err(|e| Error::input(super::words::labelled("--members", &e)))
}
