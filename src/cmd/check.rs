//! `lane check`: reads every file of the data folder (never the index) and prints
//! each problem as `path:line: message`. Exit 0 only when there are no errors;
//! warnings (an alley without a current leader) are printed but do not fail.

use std::collections::{HashMap, HashSet};

use super::check_more::formula_warning;
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
    let mut out = String::new();
    for e in &f.errors {
        out.push_str(&crate::render::printable(e));
        out.push('\n');
    }
    for w in &f.warnings {
        out.push_str(&crate::render::printable(w));
        out.push('\n');
    }
    crate::render::write_stdout(&out)?;
    let n = |len: Option<usize>| len.unwrap_or(0);
    eprintln!(
        "checked {} alleys, {} leaders, {} households, {} cases: {} errors, {} warnings",
        n(snap.alleys.as_ref().map(|r| r.records.len())),
        n(snap.leaders.as_ref().map(|r| r.records.len())),
        n(snap.households.as_ref().map(|r| r.records.len())),
        snap.cases.len(),
        f.errors.len(),
        f.warnings.len()
    );
    if f.errors.is_empty() {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "{} problem{} found",
            f.errors.len(),
            if f.errors.len() == 1 { "" } else { "s" }
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
                f.errors.push(format!(
                    "{}:{line}: household `{}` is not in {}",
                    r.rel,
                    row.household,
                    Household::FILE
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
            Stray::Link(path) => f.errors.push(format!(
                "{path}: a symbolic link; lane reads and writes only files inside the data folder and skips it; replace the link with the file or folder itself"
            )),
            Stray::Temp(path) => f.warnings.push(format!(
                "{path}: warning: a temp file left by an interrupted write (the change it held was not saved); the next change in that folder removes it, or delete it"
            )),
        }
    }
}

/// Lane's files that differ from git's HEAD (a change written with `--no-commit`,
/// or whose commit failed), which a clone and the town do not see; and what an
/// interrupted change could not write (`.lane/unapplied/`). Warnings: the files
/// themselves are sound.
fn check_committed(store: &Store, f: &mut Findings) {
    let files = [
        crate::store::CONFIG_FILE,
        "alleys.csv",
        "leaders.csv",
        "households.csv",
        "tickets",
        "patrols",
        "stars",
        ".gitattributes",
    ];
    for (path, what) in crate::store::git::uncommitted(&store.root, &files) {
        f.warnings.push(format!(
            "{path}: warning: {what}, not committed to git, so clones and the town do not have it; commit it with `git add -A -- {path}` and `git commit -m \"{path}\"`"
        ));
    }
    for aside in crate::store::atomic::unapplied(&store.root) {
        f.warnings.push(format!(
            "{aside}: warning: what an interrupted change meant this file to be, not written because the file had changed since; add what is missing by hand or do the change again, then delete {aside}"
        ));
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
        _ if i == 0 && t.events.is_empty() => "add the `open` event".into(),
        Some(Action::Escalate { to, .. }) if cfg.level_index(to).is_none() => format!(
            "write one of lane.toml's levels ({}) in `to`, or add the level to lane.toml",
            cfg.level_keys()
        ),
        _ if refusal.allowed.is_empty() => {
            "correct the event's `at`, or move the event to its place in time".into()
        }
        _ => format!(
            "allowed at that point: {}; correct or remove the event",
            refusal.allowed.join(", ")
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
                f.errors.push(format!(
                    "{}:{line}: alley `{}` is not in {}",
                    Household::FILE,
                    h.alley,
                    Alley::FILE
                ));
            }
        }
    }
}

/// Each alley's leader: one who exists, serves that alley and no other, and whose
/// post is current.
fn check_alleys(links: &Links, alleys: &Registry<Alley>, f: &mut Findings) {
    let mut led_by: HashMap<&str, (usize, &str)> = HashMap::new();
    for (line, a) in &alleys.records {
        let at = format!("{}:{line}", Alley::FILE);
        let Some(lid) = &a.leader else {
            if links.claimed.contains(a.id()) {
                // leaders.csv names a current leader: reported below.
                continue;
            }
            f.warnings.push(format!(
                "{at}: warning: alley {} has no current lane leader",
                a.id
            ));
            continue;
        };
        match links.leaders.get(lid.as_str()) {
            None => f
                .errors
                .push(format!("{at}: leader `{lid}` is not in {}", Leader::FILE)),
            Some((lline, l)) => {
                if let Some((other_line, other)) = led_by.get(lid.as_str()) {
                    f.errors.push(format!(
                        "{at}: leader {lid} is assigned to two alleys at once ({other} at line {other_line} and {})",
                        a.id
                    ));
                }
                led_by.insert(lid.as_str(), (*line, a.id()));
                if l.alley.as_ref() != Some(&a.id) {
                    f.errors.push(format!(
                        "{at}: leader {lid} serves alley {} according to {}:{lline}, not {}",
                        l.alley.as_ref().map_or("(none)", |x| x.as_str()),
                        Leader::FILE,
                        a.id
                    ));
                } else if !l.serves_on(links.day) && !links.claimed.contains(a.id()) {
                    f.warnings.push(format!(
                        "{at}: warning: alley {} has no current lane leader ({lid}'s post is not current, {}:{lline})",
                        a.id,
                        Leader::FILE
                    ));
                }
            }
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
        if !links.alley_ids.contains(a.as_str()) && snap.alleys.is_some() {
            f.errors.push(format!(
                "{}:{line}: alley `{a}` is not in {}",
                Leader::FILE,
                Alley::FILE
            ));
            continue;
        }
        // One current leader per alley; alleys.csv should name that leader.
        if !l.serves_on(day) {
            continue;
        }
        if let Some((first_line, first)) = serving.get(a.as_str()) {
            f.errors.push(format!(
                "{}:{line}: alley {a} has two current lane leaders: {first} (line {first_line}) and {}",
                Leader::FILE,
                l.id
            ));
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
            f.warnings.push(format!(
                "{}:{line}: warning: leader {} serves alley {a}, but {}:{aline} gives {}; record it with `lane alley edit {a} --leader {}`",
                Leader::FILE,
                l.id,
                Alley::FILE,
                named.map_or("no leader".to_string(), |x| format!("the leader {x}")),
                l.id
            ));
        }
    }
}

fn check_cases(store: &Store, snap: &Scan, f: &mut Findings) {
    let cfg = &store.config;
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
        let rel = &l.rel;
        let line_of = |key: &str| store.line_of_key(rel, key);
        let expected = Store::case_rel(&t.id);
        if *rel != expected {
            f.errors.push(format!(
                "{rel}:{}: the case {} belongs in {expected}",
                line_of("id"),
                t.id
            ));
        }
        if t.id.code != cfg.village.code {
            f.errors.push(format!(
                "{rel}:{}: the ID's code `{}` is not the village code `{}`",
                line_of("id"),
                t.id.code,
                cfg.village.code
            ));
        }
        if cfg.category(&t.category).is_none() {
            f.errors.push(format!(
                "{rel}:{}: category `{}` is not in lane.toml ({})",
                line_of("category"),
                t.category,
                cfg.category_keys()
            ));
        }
        if !alley_ids.contains(t.alley.as_str()) && snap.alleys.is_some() {
            f.errors.push(format!(
                "{rel}:{}: alley `{}` is not in alleys.csv",
                line_of("alley"),
                t.alley
            ));
        }
        if let Some(h) = &t.household {
            if !households.contains(h.as_str()) && snap.households.is_some() {
                f.errors.push(format!(
                    "{rel}:{}: household `{h}` is not in households.csv",
                    line_of("household")
                ));
            }
        }
        if t.events.first().is_some_and(|e| e.at != t.opened) {
            f.errors.push(format!(
                "{rel}:{}: `opened` differs from the time of the open event",
                line_of("opened")
            ));
        }
        check_events(cfg, l, f);
    }
}

/// A case's events: a history the lifecycle allows (duplicates and times are
/// checked in `check_more`).
fn check_events(cfg: &Config, l: &Loaded, f: &mut Findings) {
    let (t, rel) = (&l.case, &l.rel);
    if let Err((i, refusal)) = fold(t, &Rules::for_case(cfg, t)) {
        let line = t.events.get(i).map_or(1, |e| e.line);
        f.errors.push(format!(
            "{rel}:{line}: event {} ({}) is not allowed: {}; {}",
            i + 1,
            t.events.get(i).map_or("", |e| e.action.name()),
            refusal.why,
            fold_hint(t, cfg, i, &refusal)
        ));
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
            f.errors.push(format!(
                "{at}: leader `{}` is not in {}",
                p.leader,
                Leader::FILE
            ));
        }
        if missing(&alleys, p.alley.as_str()) {
            f.errors.push(format!(
                "{at}: alley `{}` is not in {}",
                p.alley,
                Alley::FILE
            ));
        }
        if let Some(h) = &p.household {
            if missing(&households, h.as_str()) {
                f.errors.push(format!(
                    "{at}: household `{h}` is not in {}",
                    Household::FILE
                ));
            }
        }
        if let Some(t) = &p.case {
            if !cases.contains(&t.to_string()) {
                f.errors.push(format!("{at}: case {t} does not exist"));
            }
        }
        let leader = snap.leaders.as_ref().and_then(|r| r.get(p.leader.as_str()));
        let household = (snap.households.as_ref())
            .and_then(|r| p.household.as_ref().and_then(|h| r.get(h.as_str())));
        for m in crate::model::fit::misfits(p, leader, household) {
            f.warnings.push(format!("{at}: warning: {m}"));
        }
    }
}
