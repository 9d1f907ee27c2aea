//! `lane alley|leader|household add|list|show|edit|remove`: the flow the three
//! registries share. What differs between them (the next free ID, what add asks
//! for, how flags become fields, the other files kept in step, who refers to a
//! record, the columns of `list` and `show`) is a [`Registered`] impl in the
//! registry's own file (`alley.rs`, `leader.rs`, `household.rs`). Every write is one
//! [`Store::change`].

use std::fmt::Display;
use std::str::FromStr;

use super::columns::{for_people, label, labelled};
use super::words::labelled as flag_error;
use super::{matches, next_id, parse_id, say, Ctx};
use crate::cli::ListFilter;
use crate::error::{Error, Kind, Result};
use crate::model::case::Case;
use crate::model::ids::AlleyId;
use crate::model::patrol::Patrol;
use crate::model::registry::{Alley, Record};
use crate::msg;
use crate::render::sections::{self, Section, Sections};
use crate::render::{self, Format, Table};
use crate::store::change::Tx;
use crate::store::registry::Registry;
use crate::store::scan::Scan;
use crate::store::Store;

/// A registry's own rules; the flow around them is [`add`], [`edit`], [`remove`],
/// [`show`] and [`list`].
pub trait Registered: Record + PartialEq {
    /// The record's ID type (`AlleyId`...).
    type Id: FromStr<Err = String> + Display;
    /// The flags of `add` and `edit`.
    type Fields;
    /// What `add` asks for at a terminal when its flag is missing.
    type Asked;
    /// Other files the rules read, loaded with the registry by `add` and `edit`.
    type Related;
    /// The flags of `list` other than `--search`.
    type Filter;

    /// The next free ID: this prefix and the number past the highest, zero-padded
    /// to this width (`("A", 2)`: A07).
    const NEXT_ID: (&'static str, usize);
    /// The columns of `list`, and which of them are numbers.
    const LIST: (&'static [&'static str], &'static [&'static str]);

    /// What one record is called in a sentence ("lane leader" / 街巷长).
    fn title() -> String;
    /// What one record is called before its ID ("leader L01" / 街巷长 L01).
    fn what() -> String;
    /// Headers of `list` and `show` labelled the registry's own way (a leader's
    /// `name` is a person's name); the others are [`label`]'s.
    fn own_labels() -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// The name that follows the ID in messages (an alley's name, a household's head).
    fn label(&self) -> &str;
    /// The record's ID given as it or by name (see [`super::flags`]); a word
    /// that is neither is returned as given.
    fn by_name(store: &Store, reg: &Registry<Self>, given: &str) -> Result<String>;
    /// Asks for what `add` needs and the flags left out (before the lock is taken).
    fn ask(ctx: &Ctx, store: &Store, f: &mut Self::Fields) -> Result<Self::Asked>;
    /// Loads [`Self::Related`].
    fn related(store: &Store) -> Result<Self::Related>;
    /// The new record of `add` (not yet validated as a file row).
    fn build(
        store: &Store,
        related: &Self::Related,
        id: Self::Id,
        asked: Self::Asked,
        f: Self::Fields,
    ) -> Result<Self>;
    /// The record after `edit` (not yet validated as a file row).
    fn edited(store: &Store, related: &Self::Related, old: &Self, f: Self::Fields) -> Result<Self>;
    /// Stages the other files kept in step with `new`, or refuses the change.
    fn stage_related(
        _tx: &mut Tx,
        _reg: &Registry<Self>,
        _related: &Self::Related,
        _new: &Self,
    ) -> Result<()> {
        Ok(())
    }
    /// The commit message of adding the record, and the line said afterwards.
    fn added(&self) -> (String, String);
    /// Where record `id` is referred to (`path:line`); `remove` refuses while any are.
    fn referrers(snap: &Scan, id: &str) -> Vec<String>;
    /// The `field, value` pairs of `show`; `people`: values in words, not as stored.
    fn show(&self, store: &Store, people: bool) -> Result<Vec<(&'static str, String)>>;
    /// The cells of `list`, row by row, before `--search` filters them.
    fn list(store: &Store, filter: &Self::Filter) -> Result<Vec<Vec<String>>>;
    /// What `show` lists after the fields (a household's cases and visits, a
    /// leader's open cases); nothing by default.
    /// `format` says how cells are written (words for people, instants in RFC 3339
    /// in JSON).
    fn lists(&self, _store: &Store, _format: Format) -> Result<Vec<Section>> {
        Ok(Vec::new())
    }
}

/// `add`: asks for what is missing, then appends the record under the lock.
pub fn add<R: Registered>(ctx: &Ctx, id: Option<String>, mut f: R::Fields) -> Result<()> {
    let store = ctx.store()?;
    let asked = R::ask(ctx, &store, &mut f)?;
    let rec = store.change(|tx| {
        let reg = tx.load::<R>()?;
        let related = R::related(tx)?;
        let id: R::Id = match id {
            Some(id) => parse_id("--id", &id)?,
            None => {
                // A clone with a station numbers in its own range (`HT0001` on
                // station `T`), so two clones never allocate one ID.
                let (prefix, width) = R::NEXT_ID;
                let prefix = format!("{prefix}{}", super::case::station(tx)?);
                next_id(&prefix, width, reg.iter().map(|r| r.id()))
                    .parse()
                    .map_err(Error::input)?
            }
        };
        if let Some(line) = reg.line_of(&id.to_string()) {
            return Err(Error::refused(msg!(
                "cmd-record-exists",
                what = R::what(),
                id = id.to_string(),
                file = R::FILE,
                line = line
            )));
        }
        let rec = R::build(tx, &related, id, asked, f)?;
        validate(&rec)?;
        R::stage_related(tx, &reg, &related, &rec)?;
        tx.put(R::FILE, reg.with_appended(std::slice::from_ref(&rec)));
        tx.message(rec.added().0);
        Ok(rec)
    })?;
    say(&rec.added().1);
    render::write_stdout(&format!("{}\n", rec.id()))
}

/// `edit`: changes the fields given; says so when nothing changes.
pub fn edit<R: Registered>(ctx: &Ctx, id: &str, f: R::Fields) -> Result<()> {
    let store = ctx.store()?;
    let changed = store.change(|tx| {
        let reg = tx.load::<R>()?;
        let related = R::related(tx)?;
        let id = &R::by_name(tx, &reg, id)?;
        let old = reg.require(id)?.clone();
        let new = R::edited(tx, &related, &old, f)?;
        validate(&new)?;
        if new == old {
            return Ok((false, id.clone()));
        }
        R::stage_related(tx, &reg, &related, &new)?;
        tx.put(R::FILE, reg.with_replaced(id, Some(&new)));
        tx.message(format!("{}: edit {id} {}", R::WHAT, new.label()));
        Ok((true, id.clone()))
    })?;
    let (changed, id) = changed;
    if changed {
        say(&msg!("cmd-record-changed", what = R::title(), id = id));
    } else {
        say(&msg!("cmd-record-unchanged", what = R::what(), id = id));
    }
    Ok(())
}

/// `remove`: refused while anything refers to the record.
pub fn remove<R: Registered>(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let old = store.change(|tx| {
        let reg = tx.load::<R>()?;
        let id = &R::by_name(tx, &reg, id)?;
        let old = reg.require(id)?.clone();
        refuse_if_referenced(&R::what(), id, R::referrers(&Scan::load(tx)?, id))?;
        tx.put(R::FILE, reg.with_replaced(id, None));
        tx.message(format!("{}: remove {id} {}", R::WHAT, old.label()));
        Ok(old)
    })?;
    say(&msg!(
        "cmd-record-removed",
        what = R::title(),
        id = old.id(),
        label = old.label()
    ));
    Ok(())
}

/// `show`: one record as a two-column listing.
pub fn show<R: Registered>(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let reg = store.load::<R>()?;
    let people = for_people(ctx.format);
    let id = R::by_name(&store, &reg, id)?;
    let rec = reg.require(&id)?;
    let pairs = rec.show(&store, people)?;
    let lists = rec.lists(&store, ctx.format)?;
    let own = R::own_labels();
    let mut t = labelled(Table::new(&["field", "value"]), &[]);
    // A missing value is null in JSON, never "" (issue 15).
    let facts: Vec<(&'static str, serde_json::Value)> = pairs
        .iter()
        .map(|(k, v)| match v.as_str() {
            "" => (*k, serde_json::Value::Null),
            v => (*k, v.into()),
        })
        .collect();
    for (k, v) in pairs {
        let field = match (people, own.iter().find(|(o, _)| *o == k)) {
            (false, _) => k.to_string(),
            (true, Some((_, l))) => l.clone(),
            (true, None) => label(k),
        };
        t.push(vec![field, v]);
    }
    if lists.is_empty() {
        return render::print(&t, ctx.format);
    }
    if matches!(ctx.format, Format::Xlsx | Format::Html) {
        // A workbook or a page: the fields, then a sheet (a table) per list.
        let mut all = vec![Section {
            key: "fields",
            title: crate::msg!("xlsx-sheet-listing"),
            table: t,
            when_empty: String::new(),
        }];
        all.extend(lists);
        let r = Sections {
            title: String::new(),
            facts: Vec::new(),
            sections: all,
        };
        return sections::print(&r, ctx.format);
    }
    render::write_stdout(&with_lists(&t, facts, lists, ctx.format))
}

/// `show` with lists after the fields. The terminal, Markdown and CSV give the
/// fields as before, then each list under its title (CSV: a block after a blank
/// line, headed `# title`); JSON is one object, the fields as keys and each list
/// an array (`cases`, `visits`).
fn with_lists(
    fields: &Table,
    facts: Vec<(&'static str, serde_json::Value)>,
    lists: Vec<Section>,
    format: Format,
) -> String {
    let (mut s, block): (String, fn(&Table) -> String) = match format {
        Format::Json => {
            let r = Sections {
                title: String::new(),
                facts,
                sections: lists,
            };
            return sections::to_string(&r, format);
        }
        Format::Table => (render::terminal(fields), render::terminal),
        Format::Md => (render::markdown(fields), render::markdown),
        // Xlsx and Html are printed as sections by `show`.
        Format::Csv | Format::CsvExcel | Format::Xlsx | Format::Html => {
            (render::csv(fields), render::csv)
        }
    };
    for l in &lists {
        let title = l.title.replace(['\n', '\r'], " ");
        s.push_str(&match format {
            Format::Md => format!("\n## {}\n\n", crate::text::md_escape(&title)),
            Format::Csv => format!("\n# {title}\n"),
            _ => format!("\n{title}\n"),
        });
        if l.table.rows.is_empty() && format != Format::Csv {
            s.push_str(&format!("{}\n", l.when_empty));
        } else {
            s.push_str(&block(&l.table));
        }
    }
    s
}

/// The columns of a registry's list a narrow terminal hides first (of those the
/// registry has); `--wide` shows all.
const LIST_DROPPABLE: &[&str] = &[
    "note",
    "registered",
    "until",
    "selected_by",
    "background",
    "tags",
    "group",
];

/// `list`: the registry's rows that contain `--search`.
pub fn list<R: Registered>(ctx: &Ctx, filter: &R::Filter, shown: &ListFilter) -> Result<()> {
    let store = ctx.store()?;
    let (header, numeric) = R::LIST;
    let mut t = labelled(Table::new(header).numeric(numeric), &R::own_labels());
    for row in R::list(&store, filter)? {
        if matches(&shown.search, &row) {
            t.push(row);
        }
    }
    if !shown.wide {
        t = t.droppable(LIST_DROPPABLE);
    }
    render::print(&t, ctx.format)
}

/// Runs the record through the same checks as a file row; problems name the flag.
fn validate<R: Record>(r: &R) -> Result<()> {
    let flagify = |e: String| match e.strip_prefix("column `").and_then(|r| r.split_once("`: ")) {
        Some((col, msg)) => flag_error(&format!("--{}", col.replace('_', "-")), msg),
        None => e,
    };
    match R::from_fields(&r.to_fields()) {
        Ok(_) => Ok(()),
        Err(errs) => Err(Error::many(
            Kind::Input,
            errs.into_iter().map(flagify).collect(),
        )),
    }
}

/// Refuses to remove `what` `id` while `refs` name places that refer to it.
fn refuse_if_referenced(what: &str, id: &str, refs: Vec<String>) -> Result<()> {
    if refs.is_empty() {
        return Ok(());
    }
    let shown = refs.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    let e = if refs.len() > 5 {
        let more = refs.len() - 5;
        msg!(
            "cmd-referred-more",
            what = what,
            id = id,
            places = shown,
            more = more
        )
    } else {
        msg!("cmd-referred", what = what, id = id, places = shown)
    };
    Err(Error::refused(e).hint(msg!("cmd-referred-hint")))
}

/// `FILE:LINE` of each record of a registry (read leniently) that `hit` picks.
pub fn rows_where<R: Record>(reg: &Option<Registry<R>>, hit: impl Fn(&R) -> bool) -> Vec<String> {
    let records = reg.iter().flat_map(|r| &r.records);
    records
        .filter(|(_, r)| hit(r))
        .map(|(line, _)| format!("{}:{line}", R::FILE))
        .collect()
}

/// The case files that `hit` picks.
pub fn cases_where(snap: &Scan, hit: impl Fn(&Case) -> bool) -> Vec<String> {
    let cases = snap.cases.iter().filter(|t| hit(&t.case));
    cases.map(|t| t.rel.clone()).collect()
}

/// `FILE:LINE` of the patrol rows that `hit` picks.
pub fn patrols_where(snap: &Scan, hit: impl Fn(&Patrol) -> bool) -> Vec<String> {
    let patrols = snap.patrols.iter().filter(|p| hit(&p.patrol));
    patrols.map(|p| format!("{}:{}", p.rel, p.line)).collect()
}

/// The alley given, or one picked from a list when the flag is missing at a
/// terminal; it must be in alleys.csv.
pub fn pick_alley(ctx: &Ctx, store: &Store, given: Option<String>) -> Result<AlleyId> {
    let alleys = store.load::<Alley>()?;
    let items: Vec<(String, String)> = alleys
        .iter()
        .map(|a| (a.id.to_string(), format!("{} {}", a.id, a.name)))
        .collect();
    let given = given
        .map(|g| super::flags::alley(&alleys, "--alley", &g))
        .transpose()?;
    let v = ctx
        .prompt
        .pick(given, "--alley", &msg!("cmd-ask-alley"), &items, false)?;
    let id: AlleyId = parse_id("--alley", &v)?;
    alleys.require(id.as_str())?;
    Ok(id)
}

/// Sets `field` to the flag's value when the flag is given.
pub fn set<T>(field: &mut T, flag: Option<T>) {
    if let Some(v) = flag {
        *field = v;
    }
}

/// A flag that clears a field when given empty: `None` for `""`, else parsed.
pub fn optional_id<T: FromStr<Err = String>>(flag: &str, v: &str) -> Result<Option<T>> {
    if v.is_empty() {
        Ok(None)
    } else {
        parse_id(flag, v).map(Some)
    }
}

/// The cases `hit` picks, by ID, as a list of `show`: ID, status, title, opened.
pub fn case_list(
    store: &Store,
    format: Format,
    (key, title, when_empty): (&'static str, String, String),
    hit: impl Fn(&super::query::Summary) -> bool,
) -> Result<Section> {
    let index = store.index()?;
    let tz = store.config.offset();
    let mut t = labelled(Table::new(&["id", "status", "title", "opened"]), &[]);
    for c in super::query::current(store, &index)
        .iter()
        .filter(|c| hit(c))
    {
        let status = match for_people(format) {
            true => super::words::status(c.state.status),
            false => c.state.status.as_str().to_string(),
        };
        // An instant, as `list` gives it: RFC 3339 in JSON, else the short form.
        let opened = super::columns::time_cell(format, &c.opened, tz);
        t.push(vec![
            c.id.to_string(),
            status,
            c.body.title.to_string(),
            opened,
        ]);
    }
    Ok(Section {
        key,
        title,
        table: t,
        when_empty,
    })
}
