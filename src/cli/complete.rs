//! Dynamic shell completion: the shell calls back into lane (`COMPLETE=bash lane
//! -- lane resolve ''`), and the flags and positionals that name the folder's
//! own values complete to them: categories and levels from lane.toml, alleys,
//! leaders, households, and case IDs in the states the command takes.

use clap::Command;
use clap_complete::{ArgValueCandidates, CompletionCandidate};

use crate::model::lifecycle::Status;
use crate::store::candidates::Values;

const ALL: &[Status] = &[Status::Open, Status::Resolved, Status::Closed];

/// What the argument `id` of the command at `path` completes to.
fn values(path: &str, id: &str) -> Option<Values> {
    let family = path.split(' ').next().unwrap_or("");
    Some(match (path, id) {
        (_, "category") => Values::Categories,
        ("list" | "overdue", "level") | ("escalate", "to") => Values::Levels,
        (_, "alley") => Values::Alleys,
        (_, "leader") => Values::Leaders,
        (_, "household") => Values::Households,
        ("note" | "escalate" | "resolve", "id") => Values::Cases(&[Status::Open]),
        ("visit", "id") => Values::Cases(&[Status::Resolved]),
        ("close", "id") => Values::Cases(&[Status::Open, Status::Resolved]),
        ("reopen", "id") => Values::Cases(&[Status::Resolved, Status::Closed]),
        ("show" | "attach", "id") | ("close", "of") => Values::Cases(ALL),
        (_, "id") if family == "alley" && path != "alley add" => Values::Alleys,
        (_, "id") if family == "leader" && path != "leader add" => Values::Leaders,
        (_, "id") if family == "household" && path != "household add" => Values::Households,
        _ => return None,
    })
}

/// Answers the shell when lane runs as its completer (`$COMPLETE` set); returns
/// at once otherwise.
pub fn answer_the_shell() {
    clap_complete::CompleteEnv::with_factory(|| {
        with_values(super::command(crate::i18n::current()))
    })
    .complete();
}

/// The registration script for `shell`: it calls back into lane for each TAB.
pub fn registration(shell: clap_complete::Shell) -> std::io::Result<String> {
    let shells = clap_complete::env::Shells::builtins();
    let name = shell.to_string();
    let Some(completer) = shells.completer(&name) else {
        return Ok(String::new());
    };
    let mut out = Vec::new();
    completer.write_registration("COMPLETE", "lane", "lane", "lane", &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// `cmd` (built) with the folder's values on the arguments that take them.
fn with_values(cmd: Command) -> Command {
    walk(cmd, &mut Vec::new())
}

fn walk(cmd: Command, path: &mut Vec<String>) -> Command {
    let p = path.join(" ");
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut cmd = cmd;
    // Every argument in turn: once built, clap keeps their order only so.
    for id in ids {
        let v = values(&p, &id);
        cmd = cmd.mut_arg(&id, |a| match v {
            Some(v) => a.add(ArgValueCandidates::new(move || candidates(v))),
            None => a,
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |s| walk(s, path));
        path.pop();
    }
    cmd
}

/// The folder's values, read through the store; none when there is no folder.
fn candidates(what: Values) -> Vec<CompletionCandidate> {
    let root = crate::store::locate(data_flag().as_deref());
    let Ok(store) = crate::store::Store::open(&root) else {
        return Vec::new();
    };
    store
        .candidates(what)
        .unwrap_or_default()
        .into_iter()
        .map(|c| CompletionCandidate::new(c.value).help(Some(c.help.into())))
        .collect()
}

/// The `--data` on the line being completed, if any.
fn data_flag() -> Option<std::path::PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    let i = args.iter().position(|a| a == "--data")?;
    args.get(i + 1).map(std::path::PathBuf::from)
}
