//! `lane check`: reads every file of the data folder (never the index) and prints
//! each problem as `path:line: message`. Exit 0 only when there are no errors;
//! warnings (an alley without a current leader) are printed but do not fail.

use std::collections::{HashMap, HashSet};

use super::check_more::{formula_warning, problem, warning};
use super::Ctx;
use crate::error::{Error, Result};
use crate::model::case::{Action, Case};
use crate::model::config::Config;
use crate::model::lifecycle::{fold, Refusal, Rules};
use crate::model::registry::{Alley, Household, Leader, Record};
use crate::store::cases::Loaded;
use crate::store::folder::{strays, Stray};
use crate::store::registry::Registry;
use crate::store::scan::Scan;
use crate::store::Store;

/// The problems found, errors and warnings apart.
#[derive(Default)]
pub struct Findings {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let snap = Scan::load(&store)?;
    let f = check(&store, &snap);
    super::check_out::print(ctx.format, &f.errors, &f.warnings)?;
    let n = |len: Option<usize>| len.unwrap_or(0);
    eprintln!(
        "{}",
        crate::msg!(
            "check-summary",
            alleys = n(snap.alleys.as_ref().map(|r| r.records.len())),
            leaders = n(snap.leaders.as_ref().map(|r| r.records.len())),
            households = n(snap.households.as_ref().map(|r| r.records.len())),
            cases = snap.cases.len(),
            errors = f.errors.len(),
            warnings = f.warnings.len()
        )
    );
    found(f.errors.len())
}

/// Success when there are no errors, else the error that says how many.
pub fn found(errors: usize) -> Result<()> {
    if errors == 0 {
        Ok(())
    } else {
        Err(Error::refused(crate::msg!(
            "check-problems-found",
            n = errors
        )))
    }
}

/// Every check over a loaded snapshot.
pub fn check(store: &Store, snap: &Scan) -> Findings {
    let mut f = Findings {
        errors: snap.problems.clone(),
        warnings: Vec::new(),
    };
    check_registries(store, snap, &mut f);
    check_cases(store, snap, &mut f);
    check_patrols(snap, &mut f);
    check_stars(snap, &mut f);
    check_folder(store, &mut f);
    check_committed(store, &mut f);
    check_formulas(snap, &mut f);
    super::check_ids::check(store, snap, &mut f);
    let attached = super::check_attach::check(store, snap);
    f.errors.extend(attached.errors);
    f.warnings.extend(attached.warnings);
    let more = super::check_more::check(store, snap);
    f.errors.extend(more.errors);
    f.warnings.extend(more.warnings);
    f
}

/// Star rows whose household is gone; bad cells and stars that do not match the
/// criteria met are parse problems, already in the snapshot's.
fn check_stars(snap: &Scan, f: &mut Findings) {
    let Some(households) = &snap.households else {
        return;
    };
    for r in &snap.rounds {
        for (line, row) in &r.rows {
            if households.get(row.household.as_str()).is_none() {
                f.errors.push(problem(
                    &format!("{}:{line}", r.rel),
                    missing_household(row.household.as_str()),
                ));
            }
        }
    }
}

/// Links and leftover temp files anywhere in the folder (`.git` and `.lane` aside).
/// lane follows no link: a file or folder that is a link is skipped by every reader
/// and refused by every write, and listed here as an error. A temp file left by an
/// interrupted write is harmless and goes with the next write to its folder.
fn check_folder(store: &Store, f: &mut Findings) {
    f.warnings
        .extend(crate::store::casemerge::driver_warnings(&store.root));
    for s in strays(&store.root) {
        match s {
            Stray::Link(path) => f.errors.push(problem(&path, crate::msg!("check-link"))),
            Stray::Temp(path) => f.warnings.push(warning(&path, crate::msg!("check-temp"))),
        }
    }
}

/// Lane's files that differ from git's HEAD (a change written with `--no-commit`,
/// or whose commit failed), which a clone and the town do not see; and what an
/// interrupted change could not write (`.lane/unapplied/`). Warnings: the files
/// themselves are sound.
fn check_committed(store: &Store, f: &mut Findings) {
    let files = crate::store::git::LANE_PATHS;
    for (path, what) in crate::store::git::uncommitted(&store.root, files) {
        let p = path.as_str();
        let message = match what {
            "untracked" => crate::msg!("check-uncommitted-untracked", path = p),
            "staged but not committed" => crate::msg!("check-uncommitted-staged", path = p),
            "modified" => crate::msg!("check-uncommitted-modified", path = p),
            _ => crate::msg!("check-uncommitted", what = what, path = p),
        };
        f.warnings.push(warning(p, message));
    }
    for aside in crate::store::atomic::unapplied(&store.root) {
        let message = crate::msg!("check-unapplied", aside = aside.as_str());
        f.warnings.push(warning(&aside, message));
    }
}

/// Cells of the data folder's own CSV files that a spreadsheet would run as a
/// formula. They are data: lane keeps them byte for byte and neutralises them in
/// every CSV it prints, but a clerk who opens the file itself in a spreadsheet
/// should look at them first.
fn check_formulas(snap: &Scan, f: &mut Findings) {
    fn scan<R: Record>(reg: &Option<Registry<R>>, f: &mut Findings) {
        let Some(reg) = reg else { return };
        // A row with the wrong number of fields is an error already.
        for row in reg.doc.rows.iter().filter(|r| reg.doc.fits(r)) {
            for (i, cell) in row.fields.iter().enumerate() {
                if crate::render::is_formula(cell) {
                    f.warnings.push(formula_warning(
                        R::FILE,
                        row.line,
                        R::HEADER.get(i).copied().unwrap_or("?"),
                    ));
                }
            }
        }
    }
    scan(&snap.alleys, f);
    scan(&snap.leaders, f);
    scan(&snap.households, f);
    for p in &snap.patrols {
        if crate::render::is_formula(&p.patrol.note) {
            f.warnings.push(formula_warning(
                &p.rel,
                p.line,
                crate::model::patrol::HEADER_V1[6],
            ));
        }
    }
}

/// What to do about an event that the events before it do not allow.
fn fold_hint(t: &Case, cfg: &Config, i: usize, refusal: &Refusal) -> String {
    match t.events.get(i).map(|e| &e.action) {
        _ if i == 0 && t.events.is_empty() => crate::msg!("check-hint-add-open"),
        Some(Action::Escalate { to, .. }) if cfg.level_index(to).is_none() => {
            crate::msg!("check-hint-level", levels = cfg.level_keys())
        }
        _ if refusal.allowed.is_empty() => crate::msg!("check-hint-time"),
        _ => crate::msg!(
            "check-hint-allowed",
            allowed = refusal.allowed.join(&crate::msg!("report-list-separator"))
        ),
    }
}

/// What the registry checks share: today, the leaders by ID with their lines, the
/// alleys' IDs, and the alleys that a current leader serves according to
/// leaders.csv.
struct Links<'a> {
    day: chrono::NaiveDate,
    leaders: HashMap<&'a str, (usize, &'a Leader)>,
    alley_ids: HashSet<&'a str>,
    claimed: HashSet<&'a str>,
}

impl<'a> Links<'a> {
    fn new(store: &Store, snap: &'a Scan) -> Self {
        let day = store.now.date_naive();
        let leaders: HashMap<&str, (usize, &Leader)> = snap
            .leaders
            .iter()
            .flat_map(|r| r.records.iter().map(|(l, x)| (x.id(), (*l, x))))
            .collect();
        let alley_ids: HashSet<&str> = snap
            .alleys
            .iter()
            .flat_map(|r| r.iter().map(|a| a.id()))
            .collect();
        let claimed: HashSet<&str> = leaders
            .values()
            .filter(|(_, l)| l.serves_on(day))
            .filter_map(|(_, l)| l.alley.as_ref().map(|a| a.as_str()))
            .collect();
        Links {
            day,
            leaders,
            alley_ids,
            claimed,
        }
    }
}

fn check_registries(store: &Store, snap: &Scan, f: &mut Findings) {
    let links = Links::new(store, snap);
    if let Some(alleys) = &snap.alleys {
        check_alleys(&links, alleys, f);
    }
    if let Some(reg) = &snap.leaders {
        check_leaders(&links, snap, reg, f);
    }
    if let Some(reg) = &snap.households {
        for (line, h) in &reg.records {
            if !links.alley_ids.contains(h.alley.as_str()) && snap.alleys.is_some() {
                f.errors.push(problem(
                    &format!("{}:{line}", Household::FILE),
                    missing_alley(h.alley.as_str()),
                ));
            }
        }
    }
}

/// `alley `ID` is not in alleys.csv`.
fn missing_alley(id: &str) -> String {
    crate::msg!("check-alley-missing", id = id, file = Alley::FILE)
}

/// `leader `ID` is not in leaders.csv`.
fn missing_leader(id: &str) -> String {
    crate::msg!("check-leader-missing", id = id, file = Leader::FILE)
}

/// `household `ID` is not in households.csv`.
fn missing_household(id: &str) -> String {
    crate::msg!("check-household-missing", id = id, file = Household::FILE)
}

/// Each alley's leader: one who exists, serves that alley and no other, and whose
/// post is current.
fn check_alleys(links: &Links, alleys: &Registry<Alley>, f: &mut Findings) {
    let mut led_by: HashMap<&str, (usize, &str)> = HashMap::new();
    for (line, a) in &alleys.records {
        let at = format!("{}:{line}", Alley::FILE);
        let alley = a.id();
        let Some(lid) = &a.leader else {
            if links.claimed.contains(alley) {
                // leaders.csv names a current leader: reported below.
                continue;
            }
            let message = crate::msg!("check-alley-no-leader", alley = alley);
            f.warnings.push(warning(&at, message));
            continue;
        };
        let leader = lid.as_str();
        let Some((lline, l)) = links.leaders.get(leader) else {
            f.errors.push(problem(&at, missing_leader(leader)));
            continue;
        };
        if let Some((other_line, other)) = led_by.get(leader) {
            let message = crate::msg!(
                "check-leader-two-alleys",
                leader = leader,
                other = *other,
                line = *other_line,
                alley = alley
            );
            f.errors.push(problem(&at, message));
        }
        led_by.insert(leader, (*line, alley));
        let their = format!("{}:{lline}", Leader::FILE);
        if l.alley.as_ref() != Some(&a.id) {
            let message = match &l.alley {
                Some(serves) => crate::msg!(
                    "check-leader-serves-other",
                    leader = leader,
                    serves = serves.as_str(),
                    at = their,
                    alley = alley
                ),
                None => crate::msg!(
                    "check-leader-serves-none",
                    leader = leader,
                    at = their,
                    alley = alley
                ),
            };
            f.errors.push(problem(&at, message));
        } else if !l.serves_on(links.day) && !links.claimed.contains(alley) {
            let message = crate::msg!(
                "check-alley-leader-not-current",
                alley = alley,
                leader = leader,
                at = their
            );
            f.warnings.push(warning(&at, message));
        }
    }
}

/// Each leader's alley: one that exists, with one current leader, whom alleys.csv
/// names.
fn check_leaders(links: &Links, snap: &Scan, reg: &Registry<Leader>, f: &mut Findings) {
    let day = links.day;
    let mut serving: HashMap<&str, (usize, &str)> = HashMap::new();
    for (line, l) in &reg.records {
        let Some(a) = &l.alley else { continue };
        let at = format!("{}:{line}", Leader::FILE);
        if !links.alley_ids.contains(a.as_str()) && snap.alleys.is_some() {
            f.errors.push(problem(&at, missing_alley(a.as_str())));
            continue;
        }
        // One current leader per alley; alleys.csv should name that leader.
        if !l.serves_on(day) {
            continue;
        }
        if let Some((first_line, first)) = serving.get(a.as_str()) {
            let message = crate::msg!(
                "check-alley-two-leaders",
                alley = a.as_str(),
                first = *first,
                line = *first_line,
                second = l.id.as_str()
            );
            f.errors.push(problem(&at, message));
            continue;
        }
        serving.insert(a.as_str(), (*line, l.id.as_str()));
        let Some((aline, alley)) = snap
            .alleys
            .as_ref()
            .and_then(|r| r.records.iter().find(|(_, x)| x.id == *a))
        else {
            continue;
        };
        let named = alley.leader.as_ref();
        // A current leader named for the alley who claims it too: the two
        // leaders are reported above or below.
        let named_claims = named
            .and_then(|x| links.leaders.get(x.as_str()))
            .is_some_and(|(_, x)| x.serves_on(day) && x.alley.as_ref() == Some(a));
        if named != Some(&l.id) && !named_claims {
            let gives = format!("{}:{aline}", Alley::FILE);
            f.warnings.push(warning(
                &at,
                unrecorded(l.id.as_str(), a.as_str(), &gives, named.map(|x| x.as_str())),
            ));
        }
    }
}

/// A leader serving an alley that alleys.csv (at `gives`) gives another leader,
/// or none.
fn unrecorded(leader: &str, alley: &str, gives: &str, named: Option<&str>) -> String {
    match named {
        Some(named) => crate::msg!(
            "check-leader-unrecorded-other",
            leader = leader,
            alley = alley,
            at = gives,
            named = named
        ),
        None => crate::msg!(
            "check-leader-unrecorded-none",
            leader = leader,
            alley = alley,
            at = gives
        ),
    }
}

fn check_cases(store: &Store, snap: &Scan, f: &mut Findings) {
    let alley_ids: HashSet<&str> = snap
        .alleys
        .iter()
        .flat_map(|r| r.iter().map(|a| a.id()))
        .collect();
    let households: HashSet<&str> = snap
        .households
        .iter()
        .flat_map(|r| r.iter().map(|h| h.id()))
        .collect();
    for l in &snap.cases {
        let t = &l.case;
        let at = |key: &str| format!("{}:{}", l.rel, store.line_of_key(&l.rel, key));
        check_case_header(store, l, f);
        if !alley_ids.contains(t.alley.as_str()) && snap.alleys.is_some() {
            f.errors
                .push(problem(&at("alley"), missing_alley(t.alley.as_str())));
        }
        if let Some(h) = &t.household {
            if !households.contains(h.as_str()) && snap.households.is_some() {
                f.errors
                    .push(problem(&at("household"), missing_household(h.as_str())));
            }
        }
        if t.events.first().is_some_and(|e| e.at != t.opened) {
            let message = crate::msg!("check-case-opened-differs");
            f.errors.push(problem(&at("opened"), message));
        }
        check_events(&store.config, l, f);
        resolved_without_visit(&store.config, l, f);
    }
}

/// A case resolved but not closed whose category needs no return visit: resolved
/// before `lane resolve` closed such cases itself. A warning with the command
/// that closes it (the history stays as it was recorded).
fn resolved_without_visit(cfg: &Config, l: &Loaded, f: &mut Findings) {
    use crate::model::lifecycle::Status;
    let rules = Rules::for_case(cfg, &l.case);
    let resolved = fold(&l.case, &rules).is_ok_and(|s| s.status == Status::Resolved);
    if rules.return_visit || !resolved {
        return;
    }
    let line = l.case.events.last().map_or(1, |e| e.line);
    let message = crate::msg!(
        "check-resolved-no-visit",
        category = l.case.category.as_str(),
        id = l.case.id.to_string()
    );
    f.warnings
        .push(warning(&format!("{}:{line}", l.rel), message));
}

/// A case's place, its ID's village code and its category.
fn check_case_header(store: &Store, l: &Loaded, f: &mut Findings) {
    let (t, rel, cfg) = (&l.case, &l.rel, &store.config);
    let at = |key: &str| format!("{rel}:{}", store.line_of_key(rel, key));
    let expected = Store::case_rel(&t.id);
    if *rel != expected {
        let message = crate::msg!(
            "check-case-misplaced",
            id = t.id.to_string(),
            path = expected.as_str()
        );
        f.errors.push(problem(&at("id"), message));
    }
    if t.id.code != cfg.village.code {
        let message = crate::msg!(
            "check-case-code",
            code = t.id.code.as_str(),
            village = cfg.village.code.as_str()
        );
        f.errors.push(problem(&at("id"), message));
    }
    if cfg.category(&t.category).is_none() {
        let message = crate::msg!(
            "check-case-category",
            category = t.category.as_str(),
            categories = cfg.category_keys()
        );
        f.errors.push(problem(&at("category"), message));
    }
}

/// A case's events: a history the lifecycle allows (duplicates and times are
/// checked in `check_more`).
fn check_events(cfg: &Config, l: &Loaded, f: &mut Findings) {
    let (t, rel) = (&l.case, &l.rel);
    if let Err((i, refusal)) = fold(t, &Rules::for_case(cfg, t)) {
        let line = t.events.get(i).map_or(1, |e| e.line);
        let message = crate::msg!(
            "check-event-refused",
            n = i + 1,
            action = t.events.get(i).map_or("", |e| e.action.name()),
            why = refusal.why.as_str(),
            hint = fold_hint(t, cfg, i, &refusal)
        );
        f.errors.push(problem(&format!("{rel}:{line}"), message));
    }
}

/// Patrol rows must name a leader, an alley, a household and a case that exist.
fn check_patrols(snap: &Scan, f: &mut Findings) {
    let alleys: Option<HashSet<&str>> = snap
        .alleys
        .as_ref()
        .map(|r| r.iter().map(|a| a.id()).collect());
    let leaders: Option<HashSet<&str>> = snap
        .leaders
        .as_ref()
        .map(|r| r.iter().map(|a| a.id()).collect());
    let households: Option<HashSet<&str>> = snap
        .households
        .as_ref()
        .map(|r| r.iter().map(|a| a.id()).collect());
    let cases: HashSet<String> = snap.cases.iter().map(|t| t.case.id.to_string()).collect();
    for l in &snap.patrols {
        let p = &l.patrol;
        let at = format!("{}:{}", l.rel, l.line);
        let missing =
            |set: &Option<HashSet<&str>>, id: &str| set.as_ref().is_some_and(|s| !s.contains(id));
        if missing(&leaders, p.leader.as_str()) {
            f.errors
                .push(problem(&at, missing_leader(p.leader.as_str())));
        }
        if missing(&alleys, p.alley.as_str()) {
            f.errors.push(problem(&at, missing_alley(p.alley.as_str())));
        }
        if let Some(h) = &p.household {
            if missing(&households, h.as_str()) {
                f.errors.push(problem(&at, missing_household(h.as_str())));
            }
        }
        if let Some(t) = &p.case {
            if !cases.contains(&t.to_string()) {
                let message = crate::msg!("check-case-missing", id = t.to_string());
                f.errors.push(problem(&at, message));
            }
        }
        let leader = snap.leaders.as_ref().and_then(|r| r.get(p.leader.as_str()));
        let household = (snap.households.as_ref())
            .and_then(|r| p.household.as_ref().and_then(|h| r.get(h.as_str())));
        for m in crate::model::fit::misfits(p, leader, household) {
            f.warnings.push(warning(&at, m));
        }
    }
}
