//! `lane report`: the periodic report for the town, for a month, a year or any
//! range of days; by default the last complete month.

use chrono::{Datelike, Months, NaiveDate};

use super::Ctx;
use crate::cli::{PeriodArgs, ReportArgs};
use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::patrol::Patrol;
use crate::model::registry::{Alley, Household, Leader};
use crate::model::report::{compute, Names, Period};
use crate::model::time::parse_date;
use crate::render::report::{render, Show};
use crate::store::index::{packed_day, CaseRow};
use crate::store::Store;

fn month_start(s: &str) -> Result<NaiveDate> {
    parse_date(&format!("{s}-01"))
        .ok()
        .filter(|_| s.len() == 7)
        .ok_or_else(|| {
            Error::input(format!(
                "--month: `{s}` is not a month; write it as YYYY-MM"
            ))
        })
}

pub fn month_period(cfg: &Config, first: NaiveDate) -> Period {
    let next = first + Months::new(1);
    Period {
        from: first,
        to: next.pred_opt().expect("a day before"),
        label: first.format(&cfg.report.month_format).to_string(),
    }
}

/// The period the flags name, or `None` for the default.
pub fn given_period(cfg: &Config, a: &PeriodArgs) -> Result<Option<Period>> {
    if let Some(m) = &a.month {
        return Ok(Some(month_period(cfg, month_start(m)?)));
    }
    if let Some(y) = &a.year {
        let from = parse_date(&format!("{y}-01-01"))
            .ok()
            .filter(|_| y.len() == 4)
            .ok_or_else(|| {
                Error::input(format!("--year: `{y}` is not a year; write it as YYYY"))
            })?;
        let to = parse_date(&format!("{y}-12-31")).expect("valid");
        return Ok(Some(Period {
            from,
            to,
            label: y.clone(),
        }));
    }
    if let (Some(f), Some(t)) = (&a.from, &a.to) {
        let from = parse_date(f).map_err(|e| Error::input(format!("--from: {e}")))?;
        let to = parse_date(t).map_err(|e| Error::input(format!("--to: {e}")))?;
        if to < from {
            return Err(Error::input(format!("--to {to} is before --from {from}")));
        }
        return Ok(Some(Period {
            from,
            to,
            label: format!("the period {from} to {to}"),
        }));
    }
    Ok(None)
}

/// The first day of each month that has a record: a ticket event or a patrol.
pub fn record_months(
    tickets: &[CaseRow],
    patrol_months: &[NaiveDate],
    cfg: &Config,
) -> Vec<NaiveDate> {
    let first = |d: NaiveDate| d.with_day(1).expect("day 1");
    let tz = cfg.offset();
    let mut months: Vec<NaiveDate> = tickets
        .iter()
        .flat_map(|t| t.body.packed().map(move |e| first(packed_day(&e, tz))))
        .chain(patrol_months.iter().copied())
        .collect();
    months.sort();
    months.dedup();
    months
}

/// The last complete month; where it has no records but earlier months do, the
/// latest complete month with records, said on stderr.
fn default_period(store: &Store, tickets: &[CaseRow], patrol_months: &[NaiveDate]) -> Period {
    fallback_period(
        &store.config,
        store.now.date_naive(),
        &record_months(tickets, patrol_months, &store.config),
    )
}

/// The default period given today and the (sorted) months that have records.
pub fn fallback_period(cfg: &Config, today: NaiveDate, months: &[NaiveDate]) -> Period {
    let this_month = today.with_day(1).expect("day 1");
    let last = this_month - Months::new(1);
    if months.contains(&last) {
        return month_period(cfg, last);
    }
    match months.iter().rev().find(|m| **m < this_month) {
        Some(m) => {
            let p = month_period(cfg, *m);
            eprintln!(
                "note: no records in {}; reporting {}, the latest complete month with records (choose another with --month YYYY-MM)",
                last.format("%Y-%m"),
                m.format("%Y-%m")
            );
            p
        }
        None => {
            eprintln!("note: there are no records yet; the report is empty");
            month_period(cfg, last)
        }
    }
}

pub fn run(ctx: &Ctx, a: ReportArgs) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    let given = given_period(cfg, &a.period)?;
    let alleys = store.load::<Alley>()?;
    let leaders = store.load::<Leader>()?;
    let households = store.load::<Household>()?;
    if let Some(al) = &a.alley {
        alleys.require(al)?;
    }
    let keep = |alley: &str| a.alley.as_ref().is_none_or(|x| x == alley);
    let index = store.index()?;
    let mut unreadable = 0;
    let tickets: Vec<CaseRow> = index
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            Ok(body) => Some(CaseRow { body, cfg }),
            Err(_) => {
                unreadable += 1;
                None
            }
        })
        .filter(|t| keep(&t.body.alley))
        .collect();
    let period = match given {
        Some(p) => p,
        None => default_period(&store, &tickets, &store.patrol_months()?),
    };
    // Only the monthly patrol files the period touches are read.
    let patrols: Vec<Patrol> = store
        .patrols_between(period.from, period.to)?
        .into_iter()
        .map(|l| l.patrol)
        .filter(|p| keep(p.alley.as_str()))
        .collect();
    let alley_list: Vec<Alley> = alleys
        .iter()
        .filter(|x| keep(x.id.as_str()))
        .cloned()
        .collect();
    let household_list: Vec<Household> = households
        .iter()
        .filter(|h| keep(h.alley.as_str()))
        .cloned()
        .collect();
    let leader_list: Vec<Leader> = leaders.iter().cloned().collect();
    let names = Names {
        alleys: &alley_list,
        leaders: &leader_list,
        households: &household_list,
    };
    let report = compute(cfg, &names, &tickets, &patrols, period, &store.now);
    let left_out = unreadable + report.skipped;
    if left_out > 0 {
        eprintln!("warning: {left_out} case file(s) could not be read and are left out; `lane check` lists them");
    }
    crate::render::write_stdout(&render(&report, ctx.format, Show { redact: a.redact }))
}
