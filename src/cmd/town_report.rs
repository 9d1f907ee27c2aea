//! `lane town report` and `lane town inbox`: every village read with the same code
//! as `lane report` and `lane list` (Store::load_cases, Store::patrols,
//! model::report::compute), then summed (model::town::combine) or gathered.

use std::path::Path;

use rayon::prelude::*;

use super::{flags, Ctx};
use crate::cli::TownReportArgs;
use crate::error::{Error, Result};
use crate::model::case::{Action, Case};
use crate::model::config::Config;
use crate::model::lifecycle::{fold, fold_events, Rules};
use crate::model::period::{default_period, months_of, Period};
use crate::model::registry::{Alley, Household, Leader};
use crate::model::report::{compute, Names, Report, Tallied, Warning};
use crate::model::time::Time;
use crate::model::town::{combine, in_inbox, sort_inbox, InboxRow, VillageReport};
use crate::render::report_html::Extras;
use crate::render::town::headed;
use crate::render::{self, Format, Table};
use crate::store::index::{packed_day, CaseRow, Index};
use crate::store::town::Town;
use crate::store::Store;

/// Opens every village's data folder, one by one (so that every message is in the
/// town's language, see [`Town::open_store`]), and makes the checks `town check`
/// makes: a village whose folder cannot be opened, whose lane.toml has another code
/// than town.toml, or whose folder an earlier village already is, is left out of
/// `town` (never counted twice) with a warning naming its problem.
fn open_all(town: &mut Town) -> (Vec<Store>, Vec<Warning>) {
    let mut stores: Vec<Store> = Vec::new();
    let mut kept = Vec::new();
    let mut folders: Vec<(std::path::PathBuf, String)> = Vec::new();
    let mut left = Vec::new();
    for v in &town.file.villages {
        let why = match town.open_store(v) {
            Err(e) => Some(e.problems.join("; ")),
            Ok(s) if s.config.village.code != v.code => {
                let (code, path) = (v.code.as_str(), v.path.as_str());
                let own = s.config.village.code.as_str();
                Some(crate::msg!(
                    "town-check-code-differs",
                    code = code,
                    path = path,
                    own = own
                ))
            }
            Ok(s) => {
                let dir = town.dir(v);
                let real = std::fs::canonicalize(&dir).unwrap_or(dir);
                if let Some((_, first)) = folders.iter().find(|(f, _)| *f == real) {
                    let (code, path) = (v.code.as_str(), v.path.as_str());
                    let first = first.as_str();
                    Some(crate::msg!(
                        "town-left-out-same-folder",
                        code = code,
                        path = path,
                        first = first
                    ))
                } else {
                    folders.push((real, v.code.clone()));
                    stores.push(s);
                    kept.push(v.clone());
                    None
                }
            }
        };
        if let Some(why) = why {
            let code = v.code.as_str();
            left.push(Warning {
                key: v.code.clone(),
                cases_left_out: 0,
                message: crate::msg!("town-left-out", code = code, why = why),
            });
        }
    }
    town.file.villages = kept;
    (stores, left)
}

/// Says each village left out on stderr (for the listings, whose formats have no
/// place for it); the error that makes the exit code say the output is incomplete.
fn left_out(left: &[Warning], of: usize) -> Result<()> {
    if left.is_empty() {
        return Ok(());
    }
    let list: Vec<&str> = left.iter().map(|w| w.key.as_str()).collect();
    let list = list.join(&crate::msg!("report-list-separator"));
    Err(Error::refused(crate::msg!(
        "town-incomplete",
        n = left.len(),
        of = of,
        list = list
    ))
    .hint(crate::msg!("town-left-out-hint")))
}

/// What a village report is computed from: its derived index and registries.
struct Data {
    index: Index,
    alleys: Vec<Alley>,
    leaders: Vec<Leader>,
    households: Vec<Household>,
}

impl Data {
    fn cases<'a>(&'a self, cfg: &'a Config) -> Vec<CaseRow<'a, 'static>> {
        self.index
            .entries()
            .iter()
            .filter_map(|e| e.body.as_ref().ok())
            .map(|body| CaseRow { body, cfg })
            .collect()
    }
    fn unreadable(&self) -> Vec<String> {
        self.index
            .entries()
            .iter()
            .filter_map(|e| e.body.as_ref().err().map(|w| w.to_string()))
            .collect()
    }
}

fn load(store: &Store) -> Result<Data> {
    Ok(Data {
        index: store.index()?,
        alleys: store.load::<Alley>()?.iter().cloned().collect(),
        leaders: store.load::<Leader>()?.iter().cloned().collect(),
        households: store.load::<Household>()?.iter().cloned().collect(),
    })
}

fn village_report(store: &Store, d: &Data, period: &Period) -> Result<Report> {
    let names = Names {
        alleys: &d.alleys,
        leaders: &d.leaders,
        households: &d.households,
    };
    let field = store.field(period.from, period.to)?;
    Ok(compute(
        &store.config,
        &names,
        &d.cases(&store.config),
        &field,
        period.clone(),
        &store.now,
    ))
}

/// The words of the town's report (month names, headline templates): the first
/// village's lane.toml, else the defaults.
fn words(town: &Town, stores: &[Store]) -> Config {
    stores
        .first()
        .map(|s| s.config.clone())
        .unwrap_or_else(|| Config::new(&town.file.town.name, "T"))
}

pub fn report(ctx: &Ctx, root: &Path, a: &TownReportArgs) -> Result<()> {
    let mut town = Town::open_valid(root)?;
    let of = town.file.villages.len();
    let (stores, left) = open_all(&mut town);
    let words = words(&town, &stores);
    let today = crate::store::now(words.offset())?.date_naive();
    let given = flags::asked(&a.period)
        .period(&words, today)
        .map_err(Error::input)?;
    if let Some(notice) = given.as_ref().and_then(|p| p.notice(words.lang())) {
        // At a terminal the report's header says it already: once is enough.
        if !crate::term::stdout_is_terminal() {
            crate::error::warn(&notice);
        }
    }
    // With a period, each village is read, reported and let go; without one, all
    // are read first to find the latest month with records.
    let (period, reports): (Period, Vec<(Report, Vec<String>)>) = match given {
        Some(period) => {
            let reports = stores
                .par_iter()
                .map(|s| {
                    let d = load(s)?;
                    Ok((village_report(s, &d, &period)?, d.unreadable()))
                })
                .collect::<Result<_>>()?;
            (period, reports)
        }
        None => {
            let data: Vec<Data> = stores.par_iter().map(load).collect::<Result<_>>()?;
            let mut days = Vec::new();
            for (s, d) in stores.iter().zip(&data) {
                let tz = s.config.offset();
                for t in d.cases(&s.config) {
                    days.extend(t.body.packed().map(|e| packed_day(&e, tz)));
                }
                days.extend(s.patrol_months()?);
            }
            let (period, note) = default_period(&words, today, &months_of(days));
            if let Some(note) = note {
                eprintln!("{}", crate::msg!("town-note", note = note));
            }
            let reports = stores
                .par_iter()
                .zip(&data)
                .map(|(s, d)| Ok((village_report(s, d, &period)?, d.unreadable())))
                .collect::<Result<_>>()?;
            (period, reports)
        }
    };
    let mut parts = Vec::with_capacity(reports.len());
    for ((v, s), (mut r, unreadable)) in town.file.villages.iter().zip(&stores).zip(reports) {
        let check = "lane town check";
        r.warnings
            .extend(Warning::left_out(&v.code, &unreadable, r.skipped, check));
        parts.push(VillageReport {
            code: v.code.clone(),
            name: v.name.clone(),
            config: &s.config,
            report: r,
        });
    }
    // The town speaks its first village's language (or LANE_LANG's).
    let mut r = combine(&town.file.town.name, period, &words, parts);
    r.warnings.splice(0..0, left.iter().cloned());
    if ctx.format == Format::Xlsx {
        render::xlsx::print(render::report_xlsx::town(&r, town.lang))?;
        left_out(&left, of)?;
        return super::report::incomplete(&r.warnings);
    }
    let text = match ctx.format {
        Format::Html => {
            let extras = Extras {
                trend: trend(&town, &stores, &words, &r.period)?,
                cases: Some(town_cases(&town, &stores, &words)?),
            };
            crate::render::report_html::town(&r, &extras, town.lang)
        }
        f => render::town::render(&r, f, town.lang),
    };
    render::write_stdout(&text)?;
    left_out(&left, of)?;
    super::report::incomplete(&r.warnings)
}

/// The town's totals in each month of the printed report's trend.
fn trend(
    town: &Town,
    stores: &[Store],
    words: &Config,
    period: &Period,
) -> Result<Vec<(String, crate::model::report::Tally)>> {
    let data: Vec<Data> = stores.par_iter().map(load).collect::<Result<_>>()?;
    super::report::trend_months(words, period)
        .into_iter()
        .map(|m| {
            let label = m.from.format("%Y-%m").to_string();
            let mut parts = Vec::with_capacity(stores.len());
            for ((v, s), d) in town.file.villages.iter().zip(stores).zip(&data) {
                parts.push(VillageReport {
                    code: v.code.clone(),
                    name: v.name.clone(),
                    config: &s.config,
                    report: village_report(s, d, &m)?,
                });
            }
            Ok((label, combine(&town.file.town.name, m, words, parts).total))
        })
        .collect()
}

/// The town's inbox (open at the town's level), as the printed report lists it.
fn town_cases(town: &Town, stores: &[Store], words: &Config) -> Result<Table> {
    let now = crate::store::now(words.offset())?;
    let mut rows = Vec::new();
    for (v, s) in town.file.villages.iter().zip(stores) {
        rows.extend(village_inbox(&v.code, s)?.0);
    }
    sort_inbox(&mut rows);
    let t = inbox_table(&rows, &now, Format::Html);
    let labels = INBOX_NAMES
        .iter()
        .map(|n| crate::i18n::t(town.lang, n))
        .collect();
    Ok(t.labels(labels))
}

/// The department the latest escalation asked for help.
fn dept(t: &Case) -> String {
    t.events
        .iter()
        .rev()
        .find_map(|e| match &e.action {
            Action::Escalate { dept, .. } => Some(dept.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn village_inbox(code: &str, store: &Store) -> Result<(Vec<InboxRow>, usize)> {
    let cfg = &store.config;
    // The index finds the cases at the town's level; only their files are read,
    // for the title and the department asked.
    let index = store.index()?;
    let mut bad = index.entries().iter().filter(|e| e.body.is_err()).count();
    let candidates: Vec<&str> = index
        .entries()
        .iter()
        .filter_map(|e| {
            let body = e.body.as_ref().ok()?;
            let case = CaseRow { body, cfg };
            let rules = Rules::for_category(cfg, &body.category);
            let state = case.with_events(|evs| fold_events(evs, &rules).ok());
            state.filter(|s| in_inbox(cfg, s)).map(|_| e.rel.as_ref())
        })
        .collect();
    let alleys = store.load::<Alley>()?;
    let mut rows = Vec::new();
    for rel in candidates {
        let t = match store.read_case_file(rel) {
            Ok(l) => l.case,
            Err(_) => {
                bad += 1;
                continue;
            }
        };
        let Ok(s) = fold(&t, &Rules::for_case(cfg, &t)) else {
            bad += 1;
            continue;
        };
        if !in_inbox(cfg, &s) {
            continue;
        }
        rows.push(InboxRow {
            village: code.to_string(),
            id: t.id.to_string(),
            level: cfg.levels[s.level].key.clone(),
            category: t.category.clone(),
            alley: t.alley.to_string(),
            alley_name: alleys
                .get(t.alley.as_str())
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            dept: dept(&t),
            title: t.title,
            opened: t.opened,
            deadline: s.deadline,
        });
    }
    Ok((rows, bad))
}

pub fn inbox(ctx: &Ctx, root: &Path, overdue_only: bool) -> Result<()> {
    let mut town = Town::open_valid(root)?;
    let of = town.file.villages.len();
    let (stores, left) = open_all(&mut town);
    for w in &left {
        crate::error::warn(&w.message);
    }
    let now = crate::store::now(words(&town, &stores).offset())?;
    let found: Vec<(Vec<InboxRow>, usize)> = town
        .file
        .villages
        .par_iter()
        .zip(&stores)
        .map(|(v, s)| village_inbox(&v.code, s))
        .collect::<Result<_>>()?;
    let mut rows = Vec::new();
    for (v, (r, bad)) in town.file.villages.iter().zip(found) {
        if bad > 0 {
            let code = v.code.as_str();
            crate::error::warn(&crate::msg!("town-inbox-unreadable", code = code, n = bad));
        }
        rows.extend(r);
    }
    let all = rows.len();
    let overdue = rows.iter().filter(|r| now > r.deadline).count();
    if overdue_only {
        rows.retain(|r| now > r.deadline);
    }
    sort_inbox(&mut rows);
    let t = inbox_table(&rows, &now, ctx.format);
    render::print(&headed(t, ctx.format, &INBOX_NAMES), ctx.format)?;
    let summary = crate::msg!(
        "town-inbox-summary",
        cases = all,
        villages = town.file.villages.len(),
        overdue = overdue
    );
    eprintln!("{summary}");
    left_out(&left, of)
}

/// The inbox as a table, one row per case.
fn inbox_table(rows: &[InboxRow], now: &Time, format: Format) -> Table {
    let when = |t: &Time| super::columns::time_cell(format, t, *now.offset());
    let mut t = Table::new(&[
        "village",
        "id",
        "level",
        "category",
        "alley",
        "alley_name",
        "title",
        "dept",
        "opened",
        "age_days",
        "deadline",
        "overdue_days",
    ])
    .numeric(&["age_days", "overdue_days"]);
    for r in rows {
        t.push(vec![
            r.village.clone(),
            r.id.clone(),
            r.level.clone(),
            r.category.clone(),
            r.alley.clone(),
            r.alley_name.clone(),
            r.title.clone(),
            r.dept.clone(),
            when(&r.opened),
            (*now - r.opened).num_days().to_string(),
            when(&r.deadline),
            if *now > r.deadline {
                (*now - r.deadline).num_days().to_string()
            } else {
                String::new()
            },
        ]);
    }
    t
}

/// The inbox's headers for people.
const INBOX_NAMES: [&str; 12] = [
    "town-col-village",
    "town-col-id",
    "town-col-level",
    "town-col-category",
    "town-col-alley",
    "town-col-alley-name",
    "town-col-title",
    "town-col-dept",
    "town-col-opened",
    "town-col-age",
    "town-col-deadline",
    "town-col-overdue",
];
