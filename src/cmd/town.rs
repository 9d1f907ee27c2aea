//! `lane town`: the town office's view over many villages. `town.toml` lists them;
//! each is a lane data folder, usually a git clone of the village's own repository
//! under `villages/`. Git is the network: `town pull` brings the villages' records,
//! `town push` sends back what the town recorded (`lane --data villages/nanjie
//! resolve ...`). The report and the inbox are in `town_report.rs`.

use std::path::Path;

use rayon::prelude::*;

use super::check::check;
use super::check_more::problem;
use super::{say, town_report, Ctx};
use crate::cli::{TownArgs, TownCmd};
use crate::error::{Error, Result};
use crate::model::town::{folder_name, VillageEntry};
use crate::render::town::{for_people, headed};
use crate::render::{self, Table};
use crate::store::scan::Scan;
use crate::store::town::{self as store_town, Sync, Town};
use crate::store::{git, is_data_folder, read_config, Store, CONFIG_FILE};

pub fn run(ctx: &Ctx, a: TownArgs) -> Result<()> {
    let root = store_town::locate(a.town.as_deref());
    match a.cmd {
        TownCmd::Init { dir, name, no_git } => init(&dir, &name, no_git),
        TownCmd::Add { name, path, clone } => add(ctx, &root, &name, path.as_deref(), clone),
        TownCmd::List => list(ctx, &root),
        TownCmd::Pull => sync(ctx, &root, Verb::Pull, store_town::pull),
        TownCmd::Push => sync(ctx, &root, Verb::Push, store_town::push),
        TownCmd::Report(r) => town_report::report(ctx, &root, &r),
        TownCmd::Inbox { overdue } => town_report::inbox(ctx, &root, overdue),
        TownCmd::Check => check_town(ctx, &root),
        TownCmd::Export(e) => super::export::town(&root, &e),
    }
}

fn init(dir: &Path, name: &str, no_git: bool) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::input(crate::msg!("town-init-no-name")));
    }
    store_town::create(dir, name, no_git)?;
    say(&crate::msg!(
        "town-created",
        path = dir.display().to_string(),
        name = name
    ));
    Ok(())
}

/// Refuses a village whose code or name the town already has.
fn refuse_duplicate(town: &Town, name: &str, code: &str) -> Result<()> {
    if let Some(v) = town.file.villages.iter().find(|v| v.code == code) {
        return Err(Error::refused(crate::msg!(
            "town-has-code",
            code = code,
            name = v.name.as_str(),
            path = v.path.as_str()
        ))
        .hint(crate::msg!("town-has-code-hint")));
    }
    if town.file.villages.iter().any(|v| v.name == name) {
        return Err(Error::refused(crate::msg!("town-has-name", name = name))
            .hint(crate::msg!("town-has-name-hint")));
    }
    Ok(())
}

fn add(ctx: &Ctx, root: &Path, name: &str, path: Option<&Path>, url: Option<String>) -> Result<()> {
    let mut town = Town::open(root)?;
    let name = name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(Error::input(crate::msg!("town-add-no-name")));
    }
    let entry = match (path, url) {
        (Some(dir), _) => {
            let cfg = read_config(&dir.join(CONFIG_FILE)).map_err(|e| {
                if is_data_folder(dir) {
                    e
                } else {
                    Error::input(crate::msg!(
                        "town-add-not-data",
                        path = dir.display().to_string(),
                        file = CONFIG_FILE
                    ))
                }
            })?;
            refuse_duplicate(&town, name, &cfg.village.code)?;
            VillageEntry {
                name: name.to_string(),
                code: cfg.village.code,
                path: town.entry_path(dir),
                remote: git::origin_url(dir),
            }
        }
        (None, Some(url)) => clone_village(&town, name, &url)?,
        (None, None) => return Err(Error::input(crate::msg!("town-add-how"))),
    };
    let dir = town.dir(&entry);
    if git::is_repo(&dir) {
        if let Err(e) = super::merge::install_here(&dir) {
            crate::error::warn(&e.problems.join("; "));
        }
    }
    // The commit message is shared history: English.
    let summary = format!("{} ({}) at {}", entry.code, entry.name, entry.path);
    let added = [&entry.code, &entry.name, &entry.path].map(|s| s.to_string());
    town.file.villages.push(entry);
    // A town's first village gives it its language.
    town.speak();
    town.save(&format!("town: add {summary}"), ctx.no_commit)?;
    let [code, name, path] = added;
    say(&crate::msg!(
        "town-added",
        code = code,
        name = name,
        path = path
    ));
    Ok(())
}

/// Clones the village (see [`Town::clone_village`]), refusing a duplicate.
fn clone_village(town: &Town, name: &str, url: &str) -> Result<VillageEntry> {
    let (cfg, path) = town.clone_village(url, |cfg| {
        refuse_duplicate(town, name, &cfg.village.code)?;
        Ok(folder_name(name, &cfg.village.code))
    })?;
    let remote = git::origin_url(&town.root.join(&path)).or_else(|| Some(url.to_string()));
    Ok(VillageEntry {
        name: name.to_string(),
        code: cfg.village.code,
        path,
        remote,
    })
}

fn list(ctx: &Ctx, root: &Path) -> Result<()> {
    let town = Town::open(root)?;
    let people = for_people(ctx.format);
    let mut t = Table::new(&["code", "name", "path", "remote", "folder"]);
    for v in &town.file.villages {
        let state = match (is_data_folder(&town.dir(v)), people) {
            (true, false) => "ok".to_string(),
            (false, false) => "missing".to_string(),
            (true, true) => crate::msg!("town-folder-ok"),
            (false, true) => crate::msg!("town-folder-missing"),
        };
        t.push(vec![
            v.code.clone(),
            v.name.clone(),
            v.path.clone(),
            v.remote.clone().unwrap_or_default(),
            state,
        ]);
    }
    let names = [
        "town-col-code",
        "town-col-name",
        "town-col-path",
        "town-col-remote",
        "town-col-folder",
    ];
    render::print(&headed(t, ctx.format, &names), ctx.format)
}

/// `town pull` or `town push`.
#[derive(Clone, Copy)]
enum Verb {
    Pull,
    Push,
}

/// Pulls or pushes every village (and the town folder itself when it tracks a
/// remote), in parallel; prints one row per clone and fails when any failed.
fn sync(ctx: &Ctx, root: &Path, verb: Verb, op: fn(&Path, Option<&str>) -> Sync) -> Result<()> {
    let town = Town::open_valid(root)?;
    let targets = targets(&town);
    // Git waits on the network more than on the processor: more clones at once
    // than there are cores.
    let run = || -> Vec<Sync> {
        targets
            .par_iter()
            .map(|t| op(&t.dir, t.remote.as_deref()))
            .collect()
    };
    let results = match rayon::ThreadPoolBuilder::new().num_threads(8).build() {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    };
    let people = for_people(ctx.format);
    let mut t = Table::new(&["code", "village", "result", "detail"]);
    let mut failed = Vec::new();
    for (target, r) in targets.iter().zip(&results) {
        if r.failed() {
            failed.push(if target.code.is_empty() {
                target.name.clone()
            } else {
                target.code.clone()
            });
        }
        if *r == Sync::Cloned {
            if let Err(e) = super::merge::install_here(&target.dir) {
                crate::error::warn(&e.problems.join("; "));
            }
        }
        let word = if people {
            r.word_for_people()
        } else {
            r.word().to_string()
        };
        t.push(vec![
            target.code.clone(),
            target.name.clone(),
            word,
            r.detail(),
        ]);
    }
    let names = [
        "town-col-code",
        "town-col-village",
        "town-col-result",
        "town-col-detail",
    ];
    render::print(&headed(t, ctx.format, &names), ctx.format)?;
    sync_failed(verb, &failed, targets.len())
}

/// The villages' clones, after the town folder itself when it tracks a remote.
fn targets(town: &Town) -> Vec<Target> {
    let mut targets: Vec<Target> = town
        .file
        .villages
        .iter()
        .map(|v| Target {
            code: v.code.clone(),
            name: v.name.clone(),
            dir: town.dir(v),
            remote: v.remote.clone(),
        })
        .collect();
    if git::is_repo(&town.root) && git::has_remote(&town.root) {
        targets.insert(
            0,
            Target {
                code: String::new(),
                name: crate::msg!("town-sync-town-toml"),
                dir: town.root.clone(),
                remote: None,
            },
        );
    }
    targets
}

/// The error naming the clones that could not be pulled or pushed, if any.
fn sync_failed(verb: Verb, failed: &[String], of: usize) -> Result<()> {
    if failed.is_empty() {
        return Ok(());
    }
    let list = failed.join(&crate::msg!("report-list-separator"));
    let n = failed.len();
    let message = match verb {
        Verb::Pull => crate::msg!("town-pull-failed", n = n, of = of, list = list),
        Verb::Push => crate::msg!("town-push-failed", n = n, of = of, list = list),
    };
    Err(Error::refused(message).hint(crate::msg!("town-sync-failed-hint")))
}

/// A clone that `town pull` or `town push` works on.
struct Target {
    code: String,
    name: String,
    dir: std::path::PathBuf,
    remote: Option<String>,
}

/// `lane town check`: town.toml's own problems, each village's folder against its
/// entry (its code), and every village's `lane check`, with paths from the town
/// folder. The folders are opened one by one (in the town's language), then
/// checked in parallel.
fn check_town(ctx: &Ctx, root: &Path) -> Result<()> {
    let town = Town::open(root)?;
    let mut errors = town.problems();
    let codes: Vec<&str> = town.file.villages.iter().map(|v| v.code.as_str()).collect();
    let stores: Vec<Result<Store>> = town
        .file
        .villages
        .iter()
        .map(|v| town.open_store(v))
        .collect();
    let results: Vec<(Vec<String>, Vec<String>, usize)> = town
        .file
        .villages
        .par_iter()
        .zip(&stores)
        .enumerate()
        .map(|(i, (v, store))| check_village(&town, i, v, store, &codes))
        .collect();
    let mut warnings = Vec::new();
    let mut cases = 0;
    for (e, w, n) in results {
        errors.extend(e);
        warnings.extend(w);
        cases += n;
    }
    super::check_out::print(ctx.format, &errors, &warnings)?;
    eprintln!(
        "{}",
        crate::msg!(
            "town-check-summary",
            villages = town.file.villages.len(),
            cases = cases,
            errors = errors.len(),
            warnings = warnings.len()
        )
    );
    super::check::found(errors.len())
}

/// One village's problems and warnings, with paths from the town folder, and
/// its number of cases.
fn check_village(
    town: &Town,
    i: usize,
    v: &VillageEntry,
    store: &Result<Store>,
    codes: &[&str],
) -> (Vec<String>, Vec<String>, usize) {
    let line = town.lines.get(i).copied().unwrap_or(1);
    let at = format!("{}:{line}", store_town::TOWN_FILE);
    let store = match store {
        Ok(s) => s,
        Err(e) => {
            let why = e.problems.join("; ");
            let message = store_town::village_problem(v, &why);
            return (vec![problem(&at, message)], vec![], 0);
        }
    };
    let mut errors = Vec::new();
    let own = store.config.village.code.as_str();
    if own != v.code {
        let (code, path) = (v.code.as_str(), v.path.as_str());
        let message = if codes.contains(&own) {
            crate::msg!("town-check-code-taken", code = code, path = path, own = own)
        } else {
            crate::msg!(
                "town-check-code-differs",
                code = code,
                path = path,
                own = own
            )
        };
        errors.push(problem(&at, message));
    }
    if let Some(m) = v
        .remote
        .as_deref()
        .and_then(|w| store_town::check_remote(&town.dir(v), w))
    {
        let message = crate::msg!(
            "town-check-remote-mismatch",
            code = v.code.as_str(),
            path = v.path.as_str(),
            remote = m.remote.as_str(),
            actual = m.actual.as_str(),
            wanted = m.wanted.as_str()
        );
        errors.push(problem(&at, message));
    }
    let snap = match Scan::load(store) {
        Ok(s) => s,
        Err(e) => {
            let message = crate::msg!(
                "town-check-unreadable",
                code = v.code.as_str(),
                why = e.problems.join("; ")
            );
            errors.push(problem(&at, message));
            return (errors, vec![], 0);
        }
    };
    let f = check(store, &snap);
    let prefix = |s: &String| format!("{}/{s}", v.path.trim_end_matches('/'));
    errors.extend(f.errors.iter().map(prefix));
    let warnings = f.warnings.iter().map(prefix).collect();
    (errors, warnings, snap.cases.len())
}
