//! `lane show`, `lane list` and `lane overdue`: reading cases.

use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::json;

use super::columns::{for_people, labelled, time_cell};
use super::flags;
use super::words::{self, describe};
use super::Ctx;
use crate::cli::{ListArgs, OverdueArgs};
use crate::error::{Error, Result};
use crate::model::case::{Action, Case, Event};
use crate::model::ids::CaseId;
use crate::model::lifecycle::{fold, fold_events, Rules, State, Status};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::time::{local_date, parse_day, rfc3339, short_time, Time};
use crate::msg;
use crate::render::{self, Format, Table};
use crate::store::index::{Body, Index};
use crate::store::Store;

/// What a listing needs of a case: its index entry, its ID and its state now.
pub struct Summary<'a> {
    pub id: CaseId,
    /// The case file, relative to the data folder.
    pub rel: &'a str,
    pub body: &'a Body<'static>,
    pub opened: Time,
    pub state: State,
}

/// Every case and its state now, from the derived index, sorted by ID. Case files
/// that cannot be read or are in an impossible state are left out with a warning
/// (`lane check` names them).
pub fn current<'a>(store: &Store, index: &'a Index) -> Vec<Summary<'a>> {
    let cfg = &store.config;
    let folded: Vec<Option<Summary>> = index
        .entries()
        .par_iter()
        .with_min_len(1024)
        .map(|e| {
            let body = e.body.as_ref().ok()?;
            let rules = Rules::for_category(cfg, &body.category);
            let state = fold_events(&body.events(cfg), &rules).ok()?;
            Some(Summary {
                id: e.case_id()?,
                rel: &e.rel,
                body,
                opened: body.opened_at(),
                state,
            })
        })
        .collect();
    let bad = folded.iter().filter(|s| s.is_none()).count();
    let mut out: Vec<Summary> = folded.into_iter().flatten().collect();
    if bad > 0 {
        crate::error::warn(&msg!("cmd-cases-left-out", n = bad));
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// `--since`/`--until`: a day as people write it (`2026/11/3`, `yesterday`, `昨天`).
fn date_flag(store: &Store, flag: &str, v: &Option<String>) -> Result<Option<NaiveDate>> {
    let today = local_date(&store.now, store.config.offset());
    v.as_deref()
        .map(|d| parse_day(d, today).map_err(|e| Error::input(words::labelled(flag, &e))))
        .transpose()
}

/// `--level`, by key or name.
fn level_key(store: &Store, given: &Option<String>) -> Result<Option<usize>> {
    let cfg = &store.config;
    match given {
        None => Ok(None),
        Some(k) => {
            let k = flags::level(cfg, "--level", k)?;
            let names: Vec<String> = cfg
                .levels
                .iter()
                .map(|l| words::choice(&l.key, &l.name))
                .collect();
            cfg.level_index(&k).map(Some).ok_or_else(|| {
                Error::input(msg!(
                    "cmd-not-a-level",
                    key = k.as_str(),
                    keys = cfg.level_keys(),
                    names = names.join(&msg!("cmd-candidate-separator"))
                ))
            })
        }
    }
}

/// The flags of `lane list` that name a household, an alley, a lane leader or
/// a category, as their IDs and keys.
fn by_name(store: &Store, mut a: ListArgs) -> Result<ListArgs> {
    a.household = flags::household_in(store, "--household", a.household.as_deref())?;
    a.alley = flags::alley_in(store, "--alley", a.alley.as_deref())?;
    a.leader = flags::leader_in(store, "--leader", a.leader.as_deref())?;
    if let Some(c) = &a.category {
        a.category = Some(flags::category(&store.config, "--category", c)?);
    }
    Ok(a)
}

/// Days past the deadline, for overdue cases.
fn days_over(store: &Store, s: &State) -> i64 {
    (store.now - s.deadline).num_days()
}

/// A case's level, category and status as its row shows them: the stored keys for
/// CSV and JSON, words for people.
fn cells(store: &Store, people: bool, r: &Summary) -> [String; 3] {
    let cfg = &store.config;
    let level = &cfg.levels[r.state.level];
    if !people {
        let status = r.state.status.as_str().to_string();
        return [status, level.key.clone(), r.body.category.to_string()];
    }
    let category = match cfg.category(&r.body.category) {
        Some(c) => words::keyed(&c.key, &c.name),
        None => r.body.category.to_string(),
    };
    [
        words::status(r.state.status),
        words::keyed(&level.key, &level.name),
        category,
    ]
}

/// The columns of `lane list` a narrow terminal hides first (`--wide` shows all).
const LIST_DROPPABLE: &[&str] = &[
    "household",
    "opened",
    "overdue_days",
    "level",
    "category",
    "deadline",
];

/// The columns of `lane overdue` a narrow terminal hides first.
const OVERDUE_DROPPABLE: &[&str] = &["category", "level", "deadline", "phone"];

/// `t` with the columns a narrow terminal may hide, unless `--wide`.
fn narrowable(t: Table, wide: bool, cols: &[&str]) -> Table {
    if wide {
        t
    } else {
        t.droppable(cols)
    }
}

fn list_table(store: &Store, format: Format, rows: &[&Summary]) -> Table {
    let people = for_people(format);
    let tz = store.config.offset();
    let mut t = Table::new(&[
        "id",
        "status",
        "level",
        "category",
        "alley",
        "household",
        "title",
        "opened",
        "deadline",
        "overdue_days",
    ])
    .numeric(&["overdue_days"]);
    for r in rows {
        let s = &r.state;
        let [status, level, category] = cells(store, people, r);
        t.push(vec![
            r.id.to_string(),
            status,
            level,
            category,
            r.body.alley.to_string(),
            r.body.household.to_string(),
            r.body.title.to_string(),
            time_cell(format, &r.opened, tz),
            if s.status == Status::Open {
                time_cell(format, &s.deadline, tz)
            } else {
                String::new()
            },
            if s.is_overdue(&store.now) {
                days_over(store, s).to_string()
            } else {
                String::new()
            },
        ]);
        if s.is_overdue(&store.now) {
            t.alert_last();
        }
    }
    labelled(t, &[])
}

/// The cases open now, overdue ones first (by deadline), as `lane list` shows
/// them to people: the open-cases sheet of `lane report --format xlsx`.
pub fn open_cases(store: &Store, alley: Option<&str>) -> Result<Table> {
    let index = store.index()?;
    let all = current(store, &index);
    let mut rows: Vec<&Summary> = all
        .iter()
        .filter(|r| r.state.status == Status::Open)
        .filter(|r| alley.is_none_or(|a| r.body.alley == a))
        .collect();
    let late = |r: &Summary| !r.state.is_overdue(&store.now);
    rows.sort_by(|a, b| {
        (late(a), a.state.deadline, &a.id).cmp(&(late(b), b.state.deadline, &b.id))
    });
    Ok(list_table(store, Format::Table, &rows))
}

pub fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let store = ctx.store()?;
    let since = date_flag(&store, "--since", &a.since)?;
    let until = date_flag(&store, "--until", &a.until)?;
    let level = level_key(&store, &a.level)?;
    let a = by_name(&store, a)?;
    if let Some(c) = &a.category {
        if store.config.category(c).is_none() {
            return Err(super::case::not_a_category(&store.config, c));
        }
    }
    let alleys_of_leader: Option<Vec<String>> = match &a.leader {
        None => None,
        Some(l) => {
            store.load::<Leader>()?.require(l)?;
            let alleys = store.load::<Alley>()?;
            Some(
                alleys
                    .iter()
                    .filter(|x| x.leader.as_ref().is_some_and(|x| x.as_str() == l))
                    .map(|x| x.id.to_string())
                    .collect(),
            )
        }
    };
    if let Some(al) = &a.alley {
        store.load::<Alley>()?.require(al)?;
    }
    if let Some(h) = &a.household {
        store.load::<Household>()?.require(h)?;
    }
    let search = a.search.as_ref().map(|s| s.to_lowercase());
    let index = store.index()?;
    let all = current(&store, &index);
    let rows: Vec<&Summary> = all
        .par_iter()
        .filter(|r| {
            let (t, s) = (r.body, &r.state);
            let day = local_date(&r.opened, store.config.offset());
            a.status.is_none_or(|x| x == s.status)
                && (!a.overdue || s.is_overdue(&store.now))
                && a.alley.as_ref().is_none_or(|x| t.alley == x.as_str())
                && alleys_of_leader
                    .as_ref()
                    .is_none_or(|v| v.iter().any(|x| *x == t.alley))
                && a.category.as_ref().is_none_or(|x| t.category == x.as_str())
                && level.is_none_or(|x| x == s.level)
                && a.household
                    .as_ref()
                    .is_none_or(|x| t.household == x.as_str())
                && since.is_none_or(|x| day >= x)
                && until.is_none_or(|x| day <= x)
                && search.as_ref().is_none_or(|q| {
                    t.title.to_lowercase().contains(q) || notes_contain(&store, r.rel, q)
                })
        })
        .collect();
    let t = narrowable(
        list_table(&store, ctx.format, &rows),
        a.wide,
        LIST_DROPPABLE,
    );
    render::print(&t, ctx.format)
}

/// Whether a case's notes or reasons contain `q` (lower case). The index keeps
/// titles, not notes, so this reads the case file.
fn notes_contain(store: &Store, rel: &str, q: &str) -> bool {
    let Ok(l) = store.read_case_file(rel) else {
        return false;
    };
    l.case.events.iter().any(|ev| {
        let reason = match &ev.action {
            crate::model::case::Action::Escalate { reason, .. }
            | crate::model::case::Action::Reopen { reason } => reason.as_str(),
            _ => "",
        };
        ev.note.to_lowercase().contains(q) || reason.to_lowercase().contains(q)
    })
}

pub fn overdue(ctx: &Ctx, a: OverdueArgs) -> Result<()> {
    let store = ctx.store()?;
    let level = level_key(&store, &a.level)?;
    let alleys = store.load::<Alley>()?;
    let leaders = store.load::<Leader>()?;
    let mut a = a;
    if let Some(al) = &a.alley {
        let al = flags::alley(&alleys, "--alley", al)?;
        alleys.require(&al)?;
        a.alley = Some(al);
    }
    let index = store.index()?;
    let all = current(&store, &index);
    let mut rows: Vec<&Summary> = all
        .iter()
        .filter(|r| {
            r.state.is_overdue(&store.now)
                && a.alley.as_ref().is_none_or(|x| r.body.alley == x.as_str())
                && level.is_none_or(|x| x == r.state.level)
        })
        .collect();
    rows.sort_by(|a, b| {
        a.state
            .deadline
            .cmp(&b.state.deadline)
            .then(a.id.cmp(&b.id))
    });
    let mut t = Table::new(&[
        "id",
        "level",
        "category",
        "alley",
        "leader",
        "phone",
        "title",
        "deadline",
        "overdue_days",
    ])
    .numeric(&["overdue_days"]);
    let people = for_people(ctx.format);
    for r in rows {
        let s = &r.state;
        let [_, level, category] = cells(&store, people, r);
        let leader = alleys
            .get(&r.body.alley)
            .and_then(|al| al.leader.as_ref())
            .and_then(|l| leaders.get(l.as_str()));
        t.push(vec![
            r.id.to_string(),
            level,
            category,
            r.body.alley.to_string(),
            leader.map(|l| l.name.clone()).unwrap_or_default(),
            leader.map(|l| l.phone.clone()).unwrap_or_default(),
            r.body.title.to_string(),
            time_cell(ctx.format, &s.deadline, store.config.offset()),
            days_over(&store, s).to_string(),
        ]);
        t.alert_last();
    }
    let t = narrowable(labelled(t, &[]), a.wide, OVERDUE_DROPPABLE);
    render::print(&t, ctx.format)
}

pub fn show(ctx: &Ctx, id: &str) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    let id = store.resolve_case_id(id)?;
    let loaded = store.load_case(&id)?;
    let t = &loaded.case;
    let state = fold(t, &Rules::for_case(cfg, t)).map_err(|(i, r)| {
        let line = t.events.get(i).map_or(1, |e| e.line);
        Error::input(words::labelled(&format!("{}:{line}", loaded.rel), &r.why))
            .hint(msg!("cmd-show-impossible-hint"))
    })?;
    // Read for every format: a registry that cannot be read is an error in each.
    let facts = facts(&store, t, &state)?;
    let people = for_people(ctx.format);
    let mut timeline = Table::new(&["at", "by", "event", "note"]);
    for ev in &t.events {
        let (event, note) = match people {
            true => (words::headline(cfg, ev), words::detail(ev)),
            false => (ev.headline(), ev.detail()),
        };
        let at = short_time(&ev.at, store.config.offset());
        timeline.push(vec![at, ev.by.clone(), event, note]);
    }
    let timeline = labelled(timeline, &[]);
    let files = super::attach::table(&store, t, people);
    match ctx.format {
        Format::Json => {
            let v = json!({
                "id": t.id.to_string(),
                "title": t.title,
                "category": t.category,
                "alley": t.alley.to_string(),
                "household": t.household.as_ref().map(|h| h.to_string()),
                "source": t.source.as_str(),
                "opened": rfc3339(&t.opened, cfg.offset()),
                "status": state.status.as_str(),
                "level": cfg.levels[state.level].key,
                "deadline": rfc3339(&state.deadline, cfg.offset()),
                "overdue": state.is_overdue(&store.now),
                "events": t.events.iter().map(|e| event_json(e, cfg.offset())).collect::<Vec<_>>(),
                "attachments": super::attach::json(t, cfg.offset()),
            });
            render::write_stdout(&format!(
                "{}\n",
                serde_json::to_string_pretty(&v).expect("JSON")
            ))
        }
        Format::Csv => render::print(&timeline, Format::Csv),
        Format::Xlsx => {
            let sheet = |name: String, t: &Table| render::xlsx::Sheet::of_table(&name, t);
            let mut sheets = vec![
                sheet(t.id.to_string(), &facts_table(facts)),
                sheet(crate::msg!("xlsx-sheet-timeline"), &timeline),
            ];
            if !files.rows.is_empty() {
                sheets.push(sheet(crate::msg!("cmd-attach-sheet"), &files));
            }
            render::xlsx::print(sheets)
        }
        Format::Html => {
            let mut main = render::html::table(&facts_table(facts));
            main.push_str(&render::html::table(&timeline));
            if !files.rows.is_empty() {
                main.push_str(&render::html::table(&files));
            }
            let page = render::html::document(cfg.lang(), &t.id.to_string(), &main);
            render::write_stdout(&page)
        }
        f => {
            let sep = if f == Format::Md { "\n" } else { "" };
            let mut out = render::to_string(&facts_table(facts), f);
            for t in [Some(&timeline), Some(&files).filter(|t| !t.rows.is_empty())]
                .into_iter()
                .flatten()
            {
                out.push_str(sep);
                out.push_str(&render::to_string(t, f));
            }
            render::write_stdout(&out)
        }
    }
}

/// The facts of `lane show` as a table of field and value.
fn facts_table(facts: Vec<(&'static str, String)>) -> Table {
    let mut ft = labelled(Table::new(&["field", "value"]), &[]);
    for (k, v) in facts {
        ft.push(vec![super::columns::label(k), v]);
    }
    ft
}

/// An event as `lane show --format json` gives it: every key always there, `null`
/// where the action has no such thing (issue 15).
fn event_json(ev: &Event, tz: chrono::FixedOffset) -> serde_json::Value {
    let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let (mut level, mut reason, mut dept) = (None, None, None);
    let (mut result, mut of, mut on_spot) = (None, None, None);
    match &ev.action {
        Action::Escalate {
            to,
            reason: r,
            dept: d,
        } => {
            (level, reason, dept) = (text(to), text(r), text(d));
        }
        Action::Reopen { reason: r } => reason = text(r),
        Action::Resolve { on_spot: s } => on_spot = Some(*s),
        Action::Visit { result: r } => result = Some(r.as_str()),
        Action::Close { reason: r, of: o } => {
            reason = Some(r.as_str().to_string());
            of = o.as_ref().map(|o| o.to_string());
        }
        Action::Open | Action::Note | Action::Attach(_) => {}
    }
    json!({
        "action": ev.action.name(),
        "at": rfc3339(&ev.at, tz),
        "by": ev.by,
        "level": level,
        "note": text(&ev.note),
        "reason": reason,
        "dept": dept,
        "result": result,
        "of": of,
        "on_spot": on_spot,
    })
}

/// The facts `lane show` lists above the timeline: the case with its alley, lane
/// leader and household as the registries name them, and its state now.
pub(super) fn facts(store: &Store, t: &Case, state: &State) -> Result<Vec<(&'static str, String)>> {
    let cfg = &store.config;
    let alleys = store.load::<Alley>()?;
    let households = store.load::<Household>()?;
    let leaders = store.load::<Leader>()?;
    let alley = alleys.get(t.alley.as_str());
    let leader = alley
        .and_then(|a| a.leader.as_ref())
        .and_then(|l| leaders.get(l.as_str()));
    let household = t
        .household
        .as_ref()
        .and_then(|h| households.get(h.as_str()));
    let category = cfg
        .category(&t.category)
        .map_or(t.category.clone(), |c| words::choice(&c.key, &c.name));
    let mut facts = vec![
        ("id", t.id.to_string()),
        ("title", t.title.clone()),
        ("category", category),
        (
            "alley",
            match (alley, leader) {
                (Some(a), Some(l)) => msg!(
                    "cmd-show-alley",
                    id = a.id.to_string(),
                    name = a.name.as_str(),
                    leader = l.id.to_string(),
                    leader_name = l.name.as_str(),
                    phone = l.phone.as_str()
                ),
                (Some(a), None) => format!("{} {}", a.id, a.name),
                _ => t.alley.to_string(),
            },
        ),
        (
            "household",
            match (&t.household, household) {
                (Some(_), Some(h)) => format!("{} {}", h.id, h.head),
                (Some(h), None) => h.to_string(),
                _ => String::new(),
            },
        ),
        ("source", words::source(t.source)),
        ("opened", short_time(&t.opened, store.config.offset())),
        ("status", describe(cfg, state)),
    ];
    if state.is_overdue(&store.now) {
        facts.push((
            "overdue",
            msg!("cmd-show-overdue", days = days_over(store, state)),
        ));
    }
    Ok(facts)
}
