//! The global options (`--data`, `--format`, `--no-commit`, `--no-input`, and
//! `--town` of the town family): given anywhere on the line, shown under their own
//! heading on the commands where they mean something, hidden elsewhere, and a
//! usage error where a command has no use for them.
//!
//! They stay `global = true` on the root, so clap accepts them before and after
//! the subcommand; [`scope`] hides and heads them per command once the tree is
//! built, and [`misplaced`] refuses them after parsing. `--no-input` is hidden
//! where nothing prompts but never refused: scripts pass it to every command,
//! and a promise not to ask holds trivially where nothing asks.

use clap::{ArgMatches, Command};

use crate::i18n::{t, tr, Lang};

/// The commands that do not read a data folder (and their subcommands).
const NO_DATA: &[&str] = &["init", "completions", "town"];

/// The commands that print a listing or a report.
const FORMAT: &[&str] = &[
    "show",
    "list",
    "overdue",
    "report",
    "check",
    "board",
    "alley list",
    "alley show",
    "leader list",
    "leader show",
    "household list",
    "household show",
    "patrol list",
    "stars award",
    "stars list",
    "stars report",
    "stars history",
    "town list",
    "town pull",
    "town push",
    "town report",
    "town inbox",
    "town check",
    "town export",
    "export",
    "local",
    "ledger cases",
    "ledger case",
    "ledger patrols",
    "ledger slip",
];

/// The commands that write and commit.
const NO_COMMIT: &[&str] = &[
    "alley add",
    "alley edit",
    "alley remove",
    "leader add",
    "leader edit",
    "leader remove",
    "household add",
    "household edit",
    "household remove",
    "household import",
    "alley import",
    "leader import",
    "open",
    "note",
    "escalate",
    "resolve",
    "visit",
    "close",
    "reopen",
    "attach",
    "patrol",
    "patrol edit",
    "patrol remove",
    "migrate",
    "stars new",
    "stars rate",
    "stars award",
    "town add",
    "undo",
];

/// The commands that can ask at a terminal.
const NO_INPUT: &[&str] = &[
    "init",
    "alley add",
    "leader add",
    "household add",
    "open",
    "note",
    "escalate",
    "resolve",
    "visit",
    "close",
    "reopen",
    "attach",
    "patrol",
    "stars rate",
];

/// Whether the global `id` means something to the command at `path` (names
/// joined by spaces; "" for `lane` itself). With `family`, a command also takes
/// what one of its subcommands takes (for its help).
pub fn takes(path: &str, id: &str, family: bool) -> bool {
    let within = |c: &str| c == path || (family && c.starts_with(&format!("{path} ")));
    let under = |c: &str| path == c || path.starts_with(&format!("{c} "));
    match id {
        _ if path.is_empty() => true,
        "data" => !NO_DATA.iter().any(|c| under(c)),
        // -o FILE and the pager are for what --format shapes.
        "format" | "output" | "no_pager" => FORMAT.iter().any(|c| within(c)),
        "no_commit" => NO_COMMIT.iter().any(|c| within(c)),
        "no_input" => NO_INPUT.iter().any(|c| within(c)),
        _ => true,
    }
}

/// `cmd` (built) with every global option under its heading where it means
/// something and hidden where it does not.
pub fn scope(cmd: Command, lang: Lang) -> Command {
    walk(cmd, lang, &mut Vec::new())
}

fn walk(cmd: Command, lang: Lang, path: &mut Vec<String>) -> Command {
    let p = path.join(" ");
    let heading = t(lang, "help-heading-global");
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_global_set()))
        .collect();
    let mut cmd = cmd;
    // Every argument in turn, as localize does: once built, clap keeps its
    // arguments' order only when each is taken out and put back in order.
    for (id, global) in args {
        let shown = takes(&p, &id, true);
        cmd = cmd.mut_arg(&id, |a| match global {
            true => a.help_heading(heading.clone()).hide(!shown),
            false => a,
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |s| walk(s, lang, path));
        path.pop();
    }
    cmd
}

/// Parses the command line in `lang` without exiting: help, version and usage
/// errors come back as clap's error, a global option where it means nothing as
/// [`Misplaced`].
pub fn parse(
    args: Vec<std::ffi::OsString>,
    lang: Lang,
) -> Result<Result<super::Cli, Misplaced>, clap::Error> {
    use clap::FromArgMatches;
    let mut m = super::command(lang).try_get_matches_from(town_first(args))?;
    if let Some(bad) = misplaced(&m) {
        return Ok(Err(bad));
    }
    super::Cli::from_arg_matches_mut(&mut m).map(Ok)
}

/// A global option given to a command that has no use for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misplaced {
    pub flag: String,
    pub command: String,
}

impl Misplaced {
    /// What to print: what is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let why = match self.flag.as_str() {
            "--data" => t(lang, "help-err-global-data"),
            "--format" | "--output" => t(lang, "help-err-global-format"),
            _ => t(lang, "help-err-global-no-commit"),
        };
        let args = [
            ("flag", self.flag.clone().into()),
            ("command", self.command.clone().into()),
            ("why", why.into()),
        ];
        format!(
            "{}{}\n{}{}",
            t(lang, "prefix-error"),
            tr(lang, "help-err-global-here", &args),
            t(lang, "prefix-hint"),
            tr(lang, "help-err-global-hint", &args),
        )
    }
}

/// The first global option given on the command line to a command that has no
/// use for it.
pub fn misplaced(m: &ArgMatches) -> Option<Misplaced> {
    let mut path = Vec::new();
    let mut leaf = m;
    while let Some((name, sub)) = leaf.subcommand() {
        path.push(name.to_string());
        leaf = sub;
    }
    let p = path.join(" ");
    ["data", "format", "output", "no_commit"]
        .into_iter()
        .find(|id| {
            leaf.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
                && !takes(&p, id, false)
        })
        .map(|id| Misplaced {
            flag: format!("--{}", id.replace('_', "-")),
            command: format!("lane {p}"),
        })
}

/// The command line with any `--town` given before the `town` subcommand moved
/// behind it, where clap takes it (`lane --town T town report`).
pub fn town_first(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut town = Vec::new();
    let mut rest = Vec::new();
    let mut it = args.into_iter();
    rest.extend(it.next());
    while let Some(a) = it.next() {
        let s = a.to_string_lossy().into_owned();
        if s == "--town" {
            town.push(a);
            town.extend(it.next());
        } else if s.starts_with("--town=") {
            town.push(a);
        } else if ["--data", "--format", "--output", "-o"].contains(&s.as_str()) {
            rest.push(a);
            rest.extend(it.next());
        } else if s.starts_with('-') && s != "--" {
            rest.push(a);
        } else {
            let is_town = s == "town";
            rest.push(a);
            if is_town {
                rest.append(&mut town);
            }
            rest.extend(town);
            rest.extend(it);
            return rest;
        }
    }
    rest.extend(town);
    rest
}
