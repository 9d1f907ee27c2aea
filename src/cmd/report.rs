//! `lane report`: the periodic report for the town, for a month, a year or any
//! range of days; by default the last complete month.

use chrono::NaiveDate;

use super::{flags, Ctx};
use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::model::period::{self, months_of, Period};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::report::{compute, Names, Tally, Warning};
use crate::render::report::{render, Show};
use crate::render::report_html::{village, Extras};
use crate::render::{report_xlsx, xlsx, Format, Table};
use crate::store::index::{packed_day, CaseRow, Index};
use crate::store::Store;

/// The last complete month; where it has no records but earlier months do, the
/// latest complete month with records, said on stderr.
fn default_period(store: &Store, cases: &[CaseRow], patrol_months: &[NaiveDate]) -> Period {
    let tz = store.config.offset();
    let days = cases
        .iter()
        .flat_map(|t| t.body.packed().map(move |e| packed_day(&e, tz)));
    let months = months_of(days.chain(patrol_months.iter().copied()));
    let today = crate::model::time::local_date(&store.now, tz);
    let (period, note) = period::default_period(&store.config, today, &months);
    if let Some(note) = note {
        eprintln!("{}", crate::msg!("cmd-report-note", note = note));
    }
    period
}

pub fn run(ctx: &Ctx, a: ReportArgs) -> Result<()> {
    let store = ctx.store()?;
    let cfg = &store.config;
    let today = crate::model::time::local_date(&store.now, cfg.offset());
    let given = flags::asked(&a.period)
        .period(cfg, today)
        .map_err(Error::input)?;
    let alleys = store.load::<Alley>()?;
    let leaders = store.load::<Leader>()?;
    let households = store.load::<Household>()?;
    let mut a = a;
    if let Some(al) = &a.alley {
        let al = super::flags::alley(&alleys, "--alley", al)?;
        alleys.require(&al)?;
        a.alley = Some(al);
    }
    let keep = |alley: &str| a.alley.as_ref().is_none_or(|x| x == alley);
    let index = store.index()?;
    let mut unreadable = Vec::new();
    let cases: Vec<CaseRow> = index
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            Ok(body) => Some(CaseRow { body, cfg }),
            Err(why) => {
                unreadable.push(why.to_string());
                None
            }
        })
        .filter(|t| keep(&t.body.alley))
        .collect();
    let period = match given {
        Some(p) => p,
        None => default_period(&store, &cases, &store.patrol_months()?),
    };
    if let Some(notice) = period.notice(cfg.lang()) {
        // At a terminal the report's header says it already: once is enough.
        if !crate::term::stdout_is_terminal() {
            crate::error::warn(&notice);
        }
    }
    // Only the monthly patrol files the period touches are read.
    let mut field = store.field(period.from, period.to)?;
    field.keep_alleys(&keep);
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
    let mut report = compute(cfg, &names, &cases, &field, period, &store.now);
    if let (Some(_), [alley]) = (&a.alley, alley_list.as_slice()) {
        report.name_alley(cfg, alley);
    }
    report.warnings.extend(Warning::left_out(
        "village",
        &unreadable,
        report.skipped,
        "lane check",
    ));
    let show = Show {
        redact: a.redact,
        lang: cfg.lang(),
    };
    if ctx.format == Format::Xlsx {
        let open = super::query::open_cases(&store, a.alley.as_deref())?;
        xlsx::print(report_xlsx::report(&report, show, &open))?;
    } else if ctx.format == Format::Html {
        let extras = Extras {
            trend: trend(&store, &names, &cases, &report.period, &keep)?,
            cases: Some(open_cases(&store, &index, &keep)),
        };
        crate::render::write_stdout(&village(&report, &extras, show))?;
    } else {
        crate::render::write_stdout(&render(&report, ctx.format, show))?;
    }
    incomplete(&report.warnings)
}

/// A report that leaves cases out is printed whole, warnings included, and then
/// exits 1: a script must not take it for the complete numbers.
pub fn incomplete(warnings: &[Warning]) -> Result<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    let left_out: usize = warnings.iter().map(|w| w.cases_left_out).sum();
    let what: Vec<String> = warnings
        .iter()
        .map(|w| super::words::labelled(&w.key, &w.message))
        .collect();
    Err(Error::refused(crate::msg!(
        "cmd-report-incomplete",
        n = left_out,
        what = super::words::joined(&what)
    ))
    .hint(crate::msg!("cmd-report-incomplete-hint")))
}

/// The twelve months that end with `period`'s last month, oldest first: the trend
/// of the printed report.
pub fn trend_months(cfg: &crate::model::config::Config, period: &Period) -> Vec<Period> {
    use chrono::{Datelike, Months};
    let last = period.to.with_day(1).expect("day 1");
    (0..12u32)
        .rev()
        .filter_map(|back| last.checked_sub_months(Months::new(back)))
        .map(|first| Period::month(cfg, first))
        .collect()
}

/// The village's totals in each month of the trend.
fn trend(
    store: &Store,
    names: &Names,
    cases: &[CaseRow],
    period: &Period,
    keep: &dyn Fn(&str) -> bool,
) -> Result<Vec<(String, Tally)>> {
    let months = trend_months(&store.config, period);
    let Some(first) = months.first() else {
        return Ok(Vec::new());
    };
    let mut field = store.field(first.from, period.to)?;
    field.keep_alleys(keep);
    Ok(months
        .into_iter()
        .map(|m| {
            let label = m.from.format("%Y-%m").to_string();
            let r = compute(&store.config, names, cases, &field, m, &store.now);
            (label, r.total)
        })
        .collect())
}

/// The cases open now that are overdue or at the town's level (or above), by
/// deadline: the list the printed report carries for the town's eye.
fn open_cases(store: &Store, index: &Index, keep: &dyn Fn(&str) -> bool) -> Table {
    let cfg = &store.config;
    let mut rows: Vec<_> = super::query::current(store, index)
        .into_iter()
        .filter(|r| keep(&r.body.alley))
        .filter(|r| r.state.is_overdue(&store.now) || crate::model::town::in_inbox(cfg, &r.state))
        .collect();
    rows.sort_by(|a, b| {
        a.state
            .deadline
            .cmp(&b.state.deadline)
            .then(a.id.cmp(&b.id))
    });
    let keys = [
        "town-col-id",
        "town-col-level",
        "town-col-alley",
        "town-col-title",
        "town-col-opened",
        "town-col-deadline",
        "town-col-overdue",
    ];
    let labels: Vec<String> = keys.iter().map(|k| crate::i18n::t(cfg.lang(), k)).collect();
    let mut t = Table::new(&keys)
        .numeric(&["town-col-overdue"])
        .labels(labels);
    let tz = cfg.offset();
    for r in rows {
        let s = &r.state;
        let over = (store.now - s.deadline).num_days();
        t.push(vec![
            r.id.to_string(),
            cfg.levels[s.level].name.clone(),
            r.body.alley.to_string(),
            r.body.title.to_string(),
            crate::model::time::short_time(&r.opened, tz),
            crate::model::time::short_time(&s.deadline, tz),
            if s.is_overdue(&store.now) {
                over.to_string()
            } else {
                String::new()
            },
        ]);
    }
    t
}
