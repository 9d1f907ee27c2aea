//! Commands: one module per command family. Each takes a [`Ctx`] and its parsed
//! arguments and returns a `Result`; nothing here prints errors.

mod alley;
mod attach;
mod board;
mod case;
mod check;
mod check_attach;
mod check_ids;
mod check_more;
mod check_out;
mod columns;
mod export;
mod flags;
mod household;
mod import;
mod init;
mod leader;
mod ledger;
mod local;
mod merge;
mod meta;
mod migrate;
mod patrol;
mod query;
mod registry;
mod report;
mod sheet;

mod stars;
mod stars_report;
mod town;
mod town_report;
mod undo;
mod words;

use std::ffi::OsString;
use std::path::PathBuf;

use crate::cli::Command;
use crate::error::Result;
use crate::prompt::Prompter;
use crate::render::Format;
use crate::store::Store;

/// What every command may need: where the data is and how to talk to the user.
pub struct Ctx {
    pub data: PathBuf,
    pub format: Format,
    pub no_commit: bool,
    pub prompt: Prompter,
    /// The terminal: pager or none (see [`crate::term`]).
    pub term: crate::term::Settings,
}

impl Ctx {
    pub fn store(&self) -> Result<Store> {
        let mut store = Store::open(&self.data)?;
        store.no_commit = self.no_commit;
        Ok(store)
    }
}

/// Parses the command line and runs the command. Help, version and usage errors
/// are printed by clap itself (usage errors exit 2).
pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<()> {
    let args: Vec<OsString> = args.into_iter().collect();
    crate::i18n::set_current(language_of(&args));
    crate::cli::complete::answer_the_shell();
    let mut cli = crate::cli::parse(args);
    let data = crate::store::locate(cli.data.as_deref());
    let format = export::take_globals(&mut cli)?;
    let format = crate::render::output::setup(cli.output.clone(), format, &data)?;
    let ctx = Ctx {
        data,
        format,
        no_commit: cli.no_commit,
        prompt: Prompter::new(cli.no_input),
        term: crate::term::Settings {
            no_pager: cli.no_pager,
        },
    };
    crate::term::set(ctx.term);
    let done = dispatch(&ctx, cli.command);
    // `-o FILE` gets what the command printed, also when it then failed (an
    // incomplete report is printed whole, then exits 1).
    let written = crate::render::output::finish();
    done.and(written)
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Init(a) => init::run(ctx, a),
        Command::Alley(c) => alley::run(ctx, c),
        Command::Leader(c) => leader::run(ctx, c),
        Command::Household(c) => household::run(ctx, c),
        Command::Open(a) => case::open(ctx, a),
        Command::Note(a) => case::note(ctx, a),
        Command::Escalate(a) => case::escalate(ctx, a),
        Command::Resolve(a) => case::resolve(ctx, a),
        Command::Visit(a) => case::visit(ctx, a),
        Command::Close(a) => case::close(ctx, a),
        Command::Reopen(a) => case::reopen(ctx, a),
        Command::Attach(a) => attach::run(ctx, a),
        Command::Show { id } => query::show(ctx, &id),
        Command::List(a) => query::list(ctx, a),
        Command::Overdue(a) => query::overdue(ctx, a),
        Command::Patrol(a) => patrol::run(ctx, a),
        Command::Report(a) => report::run(ctx, a),
        Command::Local(a) => local::run(ctx, a),
        Command::Check => check::run(ctx),
        Command::Migrate(a) => migrate::run(ctx, a),
        Command::Reindex => {
            let store = ctx.store()?;
            let started = std::time::Instant::now();
            let n = store.reindex()?;
            let seconds = format!("{:.2}", started.elapsed().as_secs_f64());
            say(&crate::msg!("cmd-reindexed", n = n, seconds = seconds));
            Ok(())
        }
        Command::Undo => undo::run(ctx),
        Command::Stars(c) => stars::run(ctx, c),
        Command::Board(a) => board::run(ctx, a),
        Command::Ledger(c) => ledger::run(ctx, c),
        Command::Town(a) => town::run(ctx, a),
        Command::Export(a) => export::run(ctx, &a),
        Command::MergeDriver(a) => merge::run(ctx, a),
        Command::Completions { shell } => meta::completions(shell),
        Command::Man { dir } => meta::man(dir.as_deref()),
    }
}

/// The language of this command before it is parsed: `LANE_LANG`, else the
/// language of the folder `--data` (or `$LANE_DATA`, or the working directory)
/// names, else the locale.
fn language_of(args: &[OsString]) -> crate::i18n::Lang {
    let mut data = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        } else if a == "--data" {
            data = it.next().map(PathBuf::from);
        } else if let Some(v) = a.strip_prefix("--data=") {
            data = Some(PathBuf::from(v));
        }
    }
    let dir = crate::store::locate(data.as_deref());
    crate::i18n::Lang::choose(crate::store::peek_language(&dir).as_deref())
}

/// Prints a human message (what was done) on stderr.
/// What the user typed is quoted escaped: a control character or line end in a
/// name or note shows as `\u{1b}` or `\n`, never acts on the terminal.
pub fn say(msg: &str) {
    eprintln!("{}", crate::text::printable_line(msg));
}

/// Parses an ID flag into its type, as bad input naming the flag.
pub fn parse_id<T: std::str::FromStr<Err = String>>(flag: &str, v: &str) -> Result<T> {
    v.parse()
        .map_err(|e: String| crate::error::Error::input(words::labelled(flag, &e)))
}

/// The next free ID `PREFIX` + zero-padded number, past the highest used.
pub fn next_id<'a>(prefix: &str, width: usize, used: impl Iterator<Item = &'a str>) -> String {
    let max = used
        .filter_map(|id| id.strip_prefix(prefix))
        .filter_map(|n| n.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{:0width$}", max + 1)
}

/// Keeps the rows whose cells contain `search` (case-insensitive).
pub fn matches(search: &Option<String>, cells: &[String]) -> bool {
    match search {
        None => true,
        Some(s) => {
            let s = s.to_lowercase();
            cells.iter().any(|c| c.to_lowercase().contains(&s))
        }
    }
}
