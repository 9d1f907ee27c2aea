//! `lane town`: the town office's view over many villages. `town.toml` lists them;
//! each is a lane data folder, usually a git clone of the village's own repository
//! under `villages/`. Git is the network: `town pull` brings the villages' records,
//! `town push` sends back what the town recorded (`lane --data villages/nanjie
//! resolve ...`). The report and the inbox are in `town_report.rs`.

use std::path::Path;

use rayon::prelude::*;

use super::check::check;
use super::{say, town_report, Ctx};
use crate::cli::{TownArgs, TownCmd};
use crate::error::{Error, Result};
use crate::model::town::{folder_name, VillageEntry};
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
        TownCmd::Pull => sync(ctx, &root, "pull", store_town::pull),
        TownCmd::Push => sync(ctx, &root, "push", store_town::push),
        TownCmd::Report(r) => town_report::report(ctx, &root, &r),
        TownCmd::Inbox { overdue } => town_report::inbox(ctx, &root, overdue),
        TownCmd::Check => check_town(&root),
    }
}

fn init(dir: &Path, name: &str, no_git: bool) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::input("--name is empty"));
    }
    store_town::create(dir, name, no_git)?;
    say(&format!(
        "created the town folder {} for {name}; add villages with `lane town add NAME --clone URL`",
        dir.display()
    ));
    Ok(())
}

/// Refuses a village whose code or name the town already has.
fn refuse_duplicate(town: &Town, name: &str, code: &str) -> Result<()> {
    if let Some(v) = town.file.villages.iter().find(|v| v.code == code) {
        return Err(Error::refused(format!(
            "the town already has a village with code {code} ({}, at {}); village codes must be unique within a town",
            v.name, v.path
        ))
        .hint("two villages with one code would give their cases the same IDs: change the code in one village's lane.toml before it opens cases"));
    }
    if town.file.villages.iter().any(|v| v.name == name) {
        return Err(
            Error::refused(format!("the town already has a village named `{name}`"))
                .hint("`lane town list` shows the villages; give another name"),
        );
    }
    Ok(())
}

fn add(ctx: &Ctx, root: &Path, name: &str, path: Option<&Path>, url: Option<String>) -> Result<()> {
    let mut town = Town::open(root)?;
    let name = name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(Error::input("NAME: give the village a name"));
    }
    let entry = match (path, url) {
        (Some(dir), _) => {
            let cfg = read_config(&dir.join(CONFIG_FILE)).map_err(|e| {
                if is_data_folder(dir) {
                    e
                } else {
                    Error::input(format!(
                        "--path: {} is not a lane data folder (no {CONFIG_FILE})",
                        dir.display()
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
        (None, None) => return Err(Error::input("give --path DIR or --clone URL")),
    };
    let dir = town.dir(&entry);
    if git::is_repo(&dir) {
        if let Err(e) = super::merge::install_here(&dir) {
            eprintln!("warning: {}", e.problems.join("; "));
        }
    }
    let summary = format!("{} ({}) at {}", entry.code, entry.name, entry.path);
    town.file.villages.push(entry);
    town.save(&format!("town: add {summary}"), ctx.no_commit)?;
    say(&format!("added {summary}"));
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
    let mut t = Table::new(&["code", "name", "path", "remote", "folder"]);
    for v in &town.file.villages {
        let dir = town.dir(v);
        let state = if is_data_folder(&dir) {
            "ok"
        } else {
            "missing"
        };
        t.push(vec![
            v.code.clone(),
            v.name.clone(),
            v.path.clone(),
            v.remote.clone().unwrap_or_default(),
            state.to_string(),
        ]);
    }
    render::print(&t, ctx.format)
}

/// Pulls or pushes every village (and the town folder itself when it tracks a
/// remote), in parallel; prints one row per clone and fails when any failed.
fn sync(ctx: &Ctx, root: &Path, verb: &str, op: fn(&Path, Option<&str>) -> Sync) -> Result<()> {
    let town = Town::open_valid(root)?;
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
                name: "(town.toml)".to_string(),
                dir: town.root.clone(),
                remote: None,
            },
        );
    }
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
                eprintln!("warning: {}", e.problems.join("; "));
            }
        }
        t.push(vec![
            target.code.clone(),
            target.name.clone(),
            r.word().to_string(),
            r.detail(),
        ]);
    }
    render::print(&t, ctx.format)?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "could not {verb} {} of {}: {}",
            failed.len(),
            targets.len(),
            failed.join(", ")
        ))
        .hint("the table above says why for each; the others are done"))
    }
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
/// folder.
fn check_town(root: &Path) -> Result<()> {
    let town = Town::open(root)?;
    let mut errors = town.problems();
    let codes: Vec<&str> = town.file.villages.iter().map(|v| v.code.as_str()).collect();
    let results: Vec<(Vec<String>, Vec<String>, usize)> = town
        .file
        .villages
        .par_iter()
        .enumerate()
        .map(|(i, v)| check_village(&town, i, v, &codes))
        .collect();
    let mut warnings = Vec::new();
    let mut cases = 0;
    for (e, w, n) in results {
        errors.extend(e);
        warnings.extend(w);
        cases += n;
    }
    let mut out = String::new();
    for line in errors.iter().chain(&warnings) {
        out.push_str(line);
        out.push('\n');
    }
    render::write_stdout(&out)?;
    eprintln!(
        "checked {} villages, {cases} cases: {} errors, {} warnings",
        town.file.villages.len(),
        errors.len(),
        warnings.len()
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::refused(format!(
            "{} problem{} found",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )))
    }
}

fn check_village(
    town: &Town,
    i: usize,
    v: &VillageEntry,
    codes: &[&str],
) -> (Vec<String>, Vec<String>, usize) {
    let line = town.lines.get(i).copied().unwrap_or(1);
    let at = format!("{}:{line}", store_town::TOWN_FILE);
    let dir = town.dir(v);
    let store = match Store::open(&dir) {
        Ok(s) => s,
        Err(e) => {
            let why = e.problems.join("; ");
            return (
                vec![format!("{at}: village {} ({}): {why}", v.code, v.path)],
                vec![],
                0,
            );
        }
    };
    let mut errors = Vec::new();
    let own = &store.config.village.code;
    if *own != v.code {
        let clash = if codes.contains(&own.as_str()) {
            ", the code of another village of the town".to_string()
        } else {
            String::new()
        };
        errors.push(format!(
            "{at}: village {} ({}): its lane.toml has the code {own}{clash}; make town.toml and lane.toml agree",
            v.code, v.path
        ));
    }
    let snap = match Scan::load(&store) {
        Ok(s) => s,
        Err(e) => {
            errors.push(format!(
                "{at}: village {}: {}",
                v.code,
                e.problems.join("; ")
            ));
            return (errors, vec![], 0);
        }
    };
    let f = check(&store, &snap);
    let prefix = |s: &String| format!("{}/{s}", v.path.trim_end_matches('/'));
    errors.extend(f.errors.iter().map(prefix));
    let warnings = f.warnings.iter().map(prefix).collect();
    (errors, warnings, snap.cases.len())
}
