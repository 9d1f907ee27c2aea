//! `lane ledger`: the printed ledgers (台账) a village keeps on paper: the case
//! register of a period, one case's file (一事一档), a lane leader's patrols of a
//! month and a blank patrol slip. Each is gathered here as a
//! [`Ledger`](crate::render::ledger::Ledger) and printed as Markdown (the default,
//! also for the terminal) or as one A4 page (`--format html`).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use clap::ValueEnum;

use super::columns::labelled;
use super::{words, Ctx};
use crate::cli::{LedgerCases, LedgerCmd, LedgerPatrols, LedgerSlip};
use crate::error::{Error, Result};
use crate::model::case::{Action, Case};
use crate::model::lifecycle::{fold, Rules, Status};
use crate::model::patrol::PatrolKind;
use crate::model::period::{self, months_of, Period};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::time::{local_date, short_time};
use crate::msg;
use crate::render::ledger::{self, Ledger, Section};
use crate::render::{self, Format, Table};
use crate::store::registry::Registry;
use crate::store::Store;

pub fn run(ctx: &Ctx, c: LedgerCmd) -> Result<()> {
    let html = match ctx.format {
        Format::Table | Format::Md => false,
        Format::Html => true,
        other => {
            let name = other
                .to_possible_value()
                .map_or(String::new(), |v| v.get_name().to_string());
            return Err(
                Error::input(msg!("cmd-ledger-not-a-document", format = name))
                    .hint(msg!("cmd-ledger-not-a-document-hint")),
            );
        }
    };
    let store = ctx.store()?;
    let photos = match (&c, html) {
        (LedgerCmd::Case { id }, true) => super::attach::photo_sheet(&store, id)?,
        _ => String::new(),
    };
    let l = match c {
        LedgerCmd::Cases(a) => cases(&store, &a)?,
        LedgerCmd::Case { id } => case(&store, &id)?,
        LedgerCmd::Patrols(a) => patrols(&store, &a)?,
        LedgerCmd::Slip(a) => slip(&store, &a)?,
    };
    render::write_stdout(&if html {
        ledger::html_with(&l, &photos)
    } else {
        ledger::md(&l)
    })
}

fn day(store: &Store, t: &crate::model::time::Time) -> String {
    local_date(t, store.config.offset()).to_string()
}

/// The period of the register: the flags', else the last complete month (or the
/// latest with cases), as `lane report` chooses it.
fn period_of(store: &Store, a: &LedgerCases, cases: &[Case]) -> Result<Period> {
    let cfg = &store.config;
    let tz = cfg.offset();
    let today = local_date(&store.now, tz);
    if let Some(p) = super::flags::asked(&a.period)
        .period(cfg, today)
        .map_err(Error::input)?
    {
        // A register of a month not begun or not over says so, as the report does.
        if let Some(notice) = p.notice(cfg.lang()) {
            crate::error::warn(&notice);
        }
        return Ok(p);
    }
    let months = months_of(cases.iter().map(|c| local_date(&c.opened, tz)));
    let (p, note) = period::default_period(cfg, today, &months);
    if let Some(note) = note {
        eprintln!("{}", msg!("cmd-report-note", note = note));
    }
    Ok(p)
}

/// Every case that can be read, by ID; the others are named on stderr.
fn all_cases(store: &Store) -> Result<Vec<Case>> {
    let (loaded, bad) = store.load_cases()?;
    if !bad.is_empty() {
        crate::error::warn(&msg!("cmd-cases-left-out", n = bad.len()));
    }
    let mut cases: Vec<Case> = loaded.into_iter().map(|l| l.case).collect();
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(cases)
}

/// The register's row of a case: the dates of its steps, the latest of each.
fn register_row(store: &Store, c: &Case, households: &Registry<Household>) -> Vec<String> {
    let cfg = &store.config;
    let last = |f: &dyn Fn(&Action) -> bool| c.events.iter().rev().find(|e| f(&e.action));
    let first_note = c.events.iter().find(|e| matches!(e.action, Action::Note));
    let escalated = last(&|a| matches!(a, Action::Escalate { .. })).map(|e| {
        let to = match &e.action {
            Action::Escalate { to, .. } => to.as_str(),
            _ => "",
        };
        let level = cfg.levels.iter().find(|l| l.key == to);
        format!(
            "{} {}",
            day(store, &e.at),
            level.map_or(to, |l| l.name.as_str())
        )
    });
    let visited = last(&|a| matches!(a, Action::Visit { .. })).map(|e| match &e.action {
        Action::Visit { result } => {
            format!("{} {}", day(store, &e.at), words::visit_result(*result))
        }
        _ => String::new(),
    });
    let on = |e: Option<&crate::model::case::Event>| e.map_or(String::new(), |e| day(store, &e.at));
    let state = fold(c, &Rules::for_case(cfg, c)).ok();
    let status = state
        .as_ref()
        .map_or("?".into(), |s| words::status(s.status));
    // A satisfied return visit closes a case without a close event.
    let closed = last(&|a| matches!(a, Action::Close { .. })).or_else(|| {
        let closed = state.as_ref().is_some_and(|s| s.status == Status::Closed);
        closed
            .then(|| last(&|a| matches!(a, Action::Visit { .. })))
            .flatten()
    });
    let category = cfg
        .category(&c.category)
        .map_or(c.category.clone(), |k| k.name.clone());
    let household = c.household.as_ref().map_or(String::new(), |h| {
        households
            .get(h.as_str())
            .map_or(h.to_string(), |x| format!("{} {}", x.id, x.head))
    });
    vec![
        c.id.to_string(),
        c.title.clone(),
        c.alley.to_string(),
        household,
        category,
        day(store, &c.opened),
        on(first_note),
        escalated.unwrap_or_default(),
        on(last(&|a| matches!(a, Action::Resolve { .. }))),
        visited.unwrap_or_default(),
        on(closed),
        status,
    ]
}

/// `lane ledger cases`: one row per case opened in the period.
fn cases(store: &Store, a: &LedgerCases) -> Result<Ledger> {
    let cfg = &store.config;
    let all = all_cases(store)?;
    let p = period_of(store, a, &all)?;
    let households = store.load::<Household>()?;
    let tz = cfg.offset();
    let t = Table::new(&[
        "id",
        "title",
        "alley",
        "household",
        "category",
        "opened",
        "fed_back",
        "escalated",
        "resolved",
        "visited",
        "closed",
        "status",
    ]);
    let mut t = labelled(
        t,
        &[
            ("fed_back", msg!("ledger-col-fed-back")),
            ("escalated", msg!("ledger-col-escalated")),
            ("resolved", msg!("ledger-col-resolved")),
            ("visited", msg!("ledger-col-visited")),
            ("closed", msg!("ledger-col-closed")),
        ],
    );
    for c in all.iter().filter(|c| {
        let d = local_date(&c.opened, tz);
        p.from <= d && d <= p.to
    }) {
        t.push(register_row(store, c, &households));
    }
    Ok(Ledger {
        lang: cfg.lang(),
        title: msg!("ledger-cases-title"),
        byline: msg!(
            "ledger-cases-byline",
            village = cfg.village.name.as_str(),
            period = p.label.as_str(),
            from = p.from.to_string(),
            to = p.to.to_string(),
            n = t.rows.len()
        ),
        sections: vec![Section {
            title: None,
            table: t,
            when_empty: msg!("ledger-cases-none"),
        }],
        sign: Vec::new(),
        note: None,
        slip: false,
    })
}

/// `lane ledger case ID`: the facts, the whole timeline, a place for photos.
fn case(store: &Store, id: &str) -> Result<Ledger> {
    let cfg = &store.config;
    let id = store.resolve_case_id(id)?;
    let loaded = store.load_case(&id)?;
    let t = &loaded.case;
    let state = fold(t, &Rules::for_case(cfg, t)).map_err(|(i, r)| {
        let line = t.events.get(i).map_or(1, |e| e.line);
        Error::input(words::labelled(&format!("{}:{line}", loaded.rel), &r.why))
            .hint(msg!("cmd-show-impossible-hint"))
    })?;
    let mut facts = labelled(Table::new(&["field", "value"]), &[]);
    for (k, v) in super::query::facts(store, t, &state)? {
        facts.push(vec![super::columns::label(k), v]);
    }
    let mut timeline = labelled(Table::new(&["at", "by", "event", "note"]), &[]);
    for ev in &t.events {
        timeline.push(vec![
            short_time(&ev.at, cfg.offset()),
            ev.by.clone(),
            words::headline(cfg, ev),
            words::detail(ev),
        ]);
    }
    let section = |title: &str, table: Table, when_empty: String| Section {
        title: Some(title.to_string()),
        table,
        when_empty,
    };
    Ok(Ledger {
        lang: cfg.lang(),
        title: msg!("ledger-case-title", id = t.id.to_string()),
        byline: format!("{} · {}", cfg.village.name, t.title),
        sections: vec![
            section(&msg!("ledger-case-facts"), facts, String::new()),
            section(&msg!("ledger-case-timeline"), timeline, String::new()),
            section(
                &msg!("ledger-attachments"),
                super::attach::table(store, t, true),
                msg!("ledger-attachments-none"),
            ),
        ],
        sign: vec![msg!("ledger-sign-handler")],
        note: None,
        slip: false,
    })
}

/// The leader `given` names (ID or name), and the alleys they look after.
fn leader_and_alleys(store: &Store, given: &str) -> Result<(Leader, Vec<Alley>)> {
    let leaders = store.load::<Leader>()?;
    let id = super::flags::leader(store, &leaders, "--leader", given)?;
    let leader = leaders
        .get(&id)
        .cloned()
        .ok_or_else(|| Error::input(msg!("cmd-ledger-no-alley", leader = id.as_str())))?;
    let alleys: Vec<Alley> = store
        .load::<Alley>()?
        .iter()
        .filter(|a| {
            a.leader.as_ref() == Some(&leader.id)
                || (a.leader.is_none() && leader.alley.as_ref() == Some(&a.id))
        })
        .cloned()
        .collect();
    Ok((leader, alleys))
}

fn alley_names(alleys: &[Alley]) -> String {
    alleys
        .iter()
        .map(|a| format!("{} {}", a.id, a.name))
        .collect::<Vec<_>>()
        .join(&msg!("report-list-separator"))
}

/// `lane ledger patrols --leader L`: the leader's patrol rows of a month.
fn patrols(store: &Store, a: &LedgerPatrols) -> Result<Ledger> {
    let cfg = &store.config;
    let (leader, alleys) = leader_and_alleys(store, &a.leader)?;
    let first = match &a.month {
        // As every --month: 2026-11, last, this, 上月, 本月 (the message id this
        // used, cmd-month-bad, was never in the catalogue).
        Some(m) => {
            period::month_start(m, local_date(&store.now, cfg.offset())).map_err(Error::input)?
        }
        None => local_date(&store.now, cfg.offset())
            .with_day(1)
            .expect("day 1"),
    };
    let p = Period::month(cfg, first);
    let households = store.load::<Household>()?;
    let mut t = labelled(
        Table::new(&["date", "alley", "kind", "household", "ticket", "note"]),
        &[],
    );
    for r in store.patrols_between(p.from, p.to)? {
        let x = &r.patrol;
        if x.leader != leader.id {
            continue;
        }
        let household = x.household.as_ref().map_or(String::new(), |h| {
            households
                .get(h.as_str())
                .map_or(h.to_string(), |hh| format!("{} {}", hh.id, hh.head))
        });
        t.push(vec![
            x.date.to_string(),
            x.alley.to_string(),
            words::patrol_kind(x.kind),
            household,
            x.case.as_ref().map_or(String::new(), |c| c.to_string()),
            x.note.clone(),
        ]);
    }
    Ok(Ledger {
        lang: cfg.lang(),
        title: msg!("ledger-patrols-title", leader = leader.name.as_str()),
        byline: msg!(
            "ledger-patrols-byline",
            village = cfg.village.name.as_str(),
            alleys = alley_names(&alleys),
            month = p.label.as_str(),
            n = t.rows.len()
        ),
        sections: vec![Section {
            title: None,
            table: t,
            when_empty: msg!("ledger-patrols-none"),
        }],
        sign: vec![msg!("ledger-sign-leader")],
        note: None,
        slip: false,
    })
}

/// The day of each household's latest visit in the patrol log.
fn last_visits(store: &Store) -> Result<HashMap<String, NaiveDate>> {
    let mut last: HashMap<String, NaiveDate> = HashMap::new();
    for r in store.patrols()? {
        let p = r.patrol;
        if let (PatrolKind::Visit, Some(h)) = (p.kind, p.household) {
            let e = last.entry(h.to_string()).or_insert(p.date);
            *e = (*e).max(p.date);
        }
    }
    Ok(last)
}

/// `lane ledger slip --leader L`: the alleys' households, never visited first,
/// then the longest unvisited, with boxes to tick and room to write.
fn slip(store: &Store, a: &LedgerSlip) -> Result<Ledger> {
    let cfg = &store.config;
    let (leader, alleys) = leader_and_alleys(store, &a.leader)?;
    if alleys.is_empty() {
        return Err(
            Error::input(msg!("cmd-ledger-no-alley", leader = leader.id.to_string()))
                .hint(msg!("cmd-ledger-no-alley-hint")),
        );
    }
    let last = last_visits(store)?;
    let mut hs: Vec<Household> = store
        .load::<Household>()?
        .iter()
        .filter(|h| alleys.iter().any(|a| a.id == h.alley))
        .cloned()
        .collect();
    // None (never) sorts before every day: the longest unvisited lead.
    hs.sort_by(|x, y| {
        let key = |h: &Household| last.get(h.id.as_str()).copied();
        key(x).cmp(&key(y)).then(x.id.cmp(&y.id))
    });
    let mut t = labelled(
        Table::new(&["household", "head", "address", "last_visit", "tick", "note"]),
        &[
            ("last_visit", msg!("ledger-col-last-visit")),
            ("tick", msg!("ledger-col-tick")),
        ],
    );
    let never = msg!("ledger-slip-never");
    for h in &hs {
        t.push(vec![
            h.id.to_string(),
            h.head.clone(),
            h.address.clone(),
            last.get(h.id.as_str())
                .map_or(never.clone(), |d| d.to_string()),
            msg!("ledger-tick"),
            String::new(),
        ]);
    }
    let today = local_date(&store.now, cfg.offset());
    Ok(Ledger {
        lang: cfg.lang(),
        title: msg!("ledger-slip-title", leader = leader.name.as_str()),
        byline: msg!(
            "ledger-slip-byline",
            village = cfg.village.name.as_str(),
            alleys = alley_names(&alleys),
            date = today.to_string()
        ),
        sections: vec![Section {
            title: None,
            table: t,
            when_empty: msg!("ledger-slip-none"),
        }],
        sign: vec![msg!("ledger-sign-leader")],
        note: Some(msg!("ledger-slip-note", leader = leader.id.to_string())),
        slip: true,
    })
}
