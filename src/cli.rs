//! Every command and flag, as clap derive types. No logic lives here.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::model::registry::{Background, SelectedBy};

mod attach;
mod board;
pub mod complete;
mod export;
pub mod globals;
mod ledger;
pub mod localize;
mod patrol;
mod stars;
mod town;
mod values;
mod wrap;
pub use attach::AttachArgs;
pub use board::{BoardArgs, BoardStyle};
pub use export::{Asked, ExportArgs, FormatParser};
pub use ledger::{LedgerCases, LedgerCmd, LedgerPatrols, LedgerSlip};
pub use patrol::{PatrolArgs, PatrolCmd, PatrolEdit, PatrolList, PatrolLog, PatrolRemove};
pub use stars::{RateArgs, StarsCmd};
pub use town::{TownArgs, TownCmd, TownReportArgs};

/// Case management for the lane-leader system of village self-governance.
///
/// Lane leaders patrol their alleys, open a case for every problem they find and
/// follow it through inspection, feedback, coordination, disposal and return visit.
/// lane keeps it all in a folder of TOML and CSV files, versioned with git.
#[derive(Debug, Parser)]
#[command(name = "lane", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// The data folder [default: $LANE_DATA unless empty, else the nearest folder upward
    /// with lane.toml, else ./data]
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Output format of listings
    #[arg(long, global = true, value_parser = FormatParser, value_name = "FORMAT")]
    pub format: Option<Asked>,
    /// Write the output to FILE instead of stdout (whole, when the command is done)
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Never prompt; a missing value is an error that names its flag
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Do not commit the change to git
    #[arg(long, global = true)]
    pub no_commit: bool,
    /// Print directly, never through a pager, however long the output
    #[arg(long, global = true)]
    pub no_pager: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new data folder
    Init(InitArgs),
    /// Alleys (lanes) of the village
    #[command(subcommand)]
    Alley(AlleyCmd),
    /// Lane leaders
    #[command(subcommand)]
    Leader(LeaderCmd),
    /// Households
    #[command(subcommand)]
    Household(HouseholdCmd),
    /// Inspection: open a case for a problem found
    Open(OpenArgs),
    /// Feedback: add a progress note to a case
    Note(NoteArgs),
    /// Coordination: pass a case up to the next level (or to --to LEVEL)
    Escalate(EscalateArgs),
    /// Disposal: the problem is dealt with; the case waits for its return visit (or closes, if its category needs none)
    Resolve(ResolveArgs),
    /// Return visit: satisfied or basic closes the case, unsatisfied reopens it
    Visit(VisitArgs),
    /// Close a case: a resolved one, or one closed without a fix for a reason
    Close(CloseArgs),
    /// Reopen a resolved or closed case at its level
    Reopen(ReopenArgs),
    /// Keep a photo (before, after) or a document with a case, stored once by its content hash
    Attach(AttachArgs),
    /// Show a case: facts, state, level, deadline and its timeline
    Show {
        /// The case ID, in full (NJ-2026-0042) or short (42)
        id: String,
    },
    /// List cases
    List(ListArgs),
    /// Open cases past their deadline, oldest first
    Overdue(OverdueArgs),
    /// Log a patrol (inspection, household visit, social-conditions feedback), or list them
    Patrol(PatrolArgs),
    /// The periodic report for the town [default: the last complete month]. Exits 1,
    /// the report still printed with its warning, when case files could not be read
    Report(ReportArgs),
    /// Show or set this clone's settings (station code, default --by)
    Local(LocalArgs),
    /// Validate the whole data folder; prints each problem as path:line: message
    Check,
    /// Upgrade a data folder of an older format to this lane's, in one commit
    Migrate(MigrateArgs),
    /// Rebuild the derived index (.lane/index) from the case files, on all cores
    Reindex,
    /// Take back the last change lane committed in this clone, as a new commit that reverts it
    Undo,
    /// Five-star civilized households: assessment rounds
    #[command(subcommand)]
    Stars(StarsCmd),
    /// The public notice of alleys, lane leaders, phones and duties (挂牌公示)
    Board(BoardArgs),
    /// The printed ledgers (台账): the case register, a case's file, a leader's patrols, a blank patrol slip; md or html
    #[command(subcommand)]
    Ledger(LedgerCmd),
    /// The town: many villages' data folders in one view, git as the network
    Town(TownArgs),
    /// Every record as tidy tables for a data warehouse: --format parquet (the default) or csv, -o DIR
    Export(ExportArgs),
    /// Let git merge a case file changed in two clones by keeping both sides' events
    MergeDriver(MergeDriverArgs),
    /// Print shell completions
    Completions {
        /// The shell to print them for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man {
        /// Write a page per command (lane.1, lane-open.1, ...) into this folder instead
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// Say what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (must be empty or missing)
    pub dir: PathBuf,
    /// The village's name, as reports print it [default: Nanjie Village, or 南街村 with --lang zh-CN]
    #[arg(long)]
    pub name: Option<String>,
    /// The prefix of case IDs
    #[arg(long, default_value = "NJ")]
    pub code: String,
    /// Do not create a git repository
    #[arg(long)]
    pub no_git: bool,
    /// Fill the folder with a realistic sample village of Nanjie's size
    #[arg(long)]
    pub sample: bool,
    /// The folder's language: its lane.toml names, reports and board
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = ["en", "zh-CN"])]
    pub lang: String,
    /// Who records actions in this clone, stored in local.toml as the default --by (asked for at a terminal)
    #[arg(long, value_name = "WHO")]
    pub by: Option<String>,
}

/// Filters and flags shared by every `list`.
#[derive(Debug, Args, Default)]
pub struct ListFilter {
    /// Only records whose text contains this
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Show every column, however narrow the terminal
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Subcommand)]
pub enum AlleyCmd {
    /// Add an alley
    Add {
        /// The ID (A01); the next free one if left out
        #[arg(long)]
        id: Option<String>,
        #[command(flatten)]
        fields: AlleyFields,
    },
    /// List alleys
    List(ListFilter),
    /// Show one alley with its leader and households
    Show {
        /// The alley's ID, e.g. A03
        id: String,
    },
    /// Change fields of an alley
    Edit {
        /// The alley's ID, e.g. A03
        id: String,
        #[command(flatten)]
        fields: AlleyFields,
    },
    /// Remove an alley that nothing refers to
    Remove {
        /// The alley's ID, e.g. A03
        id: String,
    },
    /// Add alleys from a spreadsheet (xlsx, xls, ods, or CSV in UTF-8 or GBK; columns by name)
    Import {
        /// The file to read: xlsx, xls, ods or CSV
        file: PathBuf,
        /// The sheet to read [default: the first]
        #[arg(long)]
        sheet: Option<String>,
        /// Change the registered alleys whose row in the file differs
        #[arg(long)]
        update: bool,
        /// Say row by row what the import would do, and write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct AlleyFields {
    /// The alley's name, as the board prints it
    #[arg(long)]
    pub name: Option<String>,
    /// The villager group
    #[arg(long)]
    pub group: Option<String>,
    /// The current lane leader's ID
    #[arg(long)]
    pub leader: Option<String>,
    /// A note on the alley
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum LeaderCmd {
    /// Add a lane leader
    Add {
        /// The ID (L01); the next free one if left out
        #[arg(long)]
        id: Option<String>,
        #[command(flatten)]
        fields: LeaderFields,
    },
    /// List lane leaders
    List(LeaderList),
    /// Show one lane leader
    Show {
        /// The lane leader's ID, e.g. L03
        id: String,
    },
    /// Change fields of a lane leader
    Edit {
        /// The lane leader's ID, e.g. L03
        id: String,
        #[command(flatten)]
        fields: LeaderFields,
    },
    /// Remove a lane leader that nothing refers to
    Remove {
        /// The lane leader's ID, e.g. L03
        id: String,
    },
    /// Add lane leaders from a spreadsheet (xlsx, xls, ods, or CSV in UTF-8 or GBK; columns by name)
    Import {
        /// The file to read: xlsx, xls, ods or CSV
        file: PathBuf,
        /// The sheet to read [default: the first]
        #[arg(long)]
        sheet: Option<String>,
        /// Change the registered lane leaders whose row in the file differs
        #[arg(long)]
        update: bool,
        /// Say row by row what the import would do, and write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct LeaderList {
    #[command(flatten)]
    pub filter: ListFilter,
    /// Only the leader(s) of this alley
    #[arg(long)]
    pub alley: Option<String>,
    /// Include leaders whose post has ended
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct LeaderFields {
    /// The lane leader's full name
    #[arg(long)]
    pub name: Option<String>,
    /// The phone number the board prints
    #[arg(long)]
    pub phone: Option<String>,
    /// The alley this leader serves
    #[arg(long)]
    pub alley: Option<String>,
    /// How the leader came to the post
    #[arg(long, value_enum)]
    pub background: Option<Background>,
    /// Who chose the leader
    #[arg(long, value_enum)]
    pub selected_by: Option<SelectedBy>,
    /// First day in the post (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Last day in the post (YYYY-MM-DD); empty to clear
    #[arg(long)]
    pub until: Option<String>,
    /// A note on the lane leader
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum HouseholdCmd {
    /// Add a household
    Add {
        /// The ID (H0001); the next free one if left out
        #[arg(long)]
        id: Option<String>,
        #[command(flatten)]
        fields: HouseholdFields,
    },
    /// List households
    List(HouseholdList),
    /// Show one household
    Show {
        /// The household's ID, e.g. H0011
        id: String,
    },
    /// Change fields of a household
    Edit {
        /// The household's ID, e.g. H0011
        id: String,
        #[command(flatten)]
        fields: HouseholdFields,
    },
    /// Remove a household that nothing refers to
    Remove {
        /// The household's ID, e.g. H0011
        id: String,
    },
    /// Add households from a spreadsheet (xlsx, xls, ods, or CSV in UTF-8 or GBK; columns by name)
    Import {
        /// The file to read: xlsx, xls, ods or CSV
        file: PathBuf,
        /// The sheet to read [default: the first]
        #[arg(long)]
        sheet: Option<String>,
        /// Change the registered households whose row in the file differs
        #[arg(long)]
        update: bool,
        /// Say row by row what the import would do, and write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct HouseholdList {
    #[command(flatten)]
    pub filter: ListFilter,
    /// Only households of this alley
    #[arg(long)]
    pub alley: Option<String>,
}

#[derive(Debug, Args)]
pub struct HouseholdFields {
    /// The head of the household
    #[arg(long)]
    pub head: Option<String>,
    /// The alley the household lives in
    #[arg(long)]
    pub alley: Option<String>,
    /// The household's address
    #[arg(long)]
    pub address: Option<String>,
    /// Number of members (1-99)
    #[arg(long)]
    pub members: Option<String>,
    /// A phone number of the household
    #[arg(long)]
    pub phone: Option<String>,
    /// `;`-separated tags, e.g. elderly;low-income
    #[arg(long)]
    pub tags: Option<String>,
    /// A note on the household
    #[arg(long)]
    pub note: Option<String>,
}

/// Who did it and when; every action takes these.
#[derive(Debug, Args, Clone, Default)]
pub struct Actor {
    /// Who acted [default: $LANE_BY, else `by` in local.toml]
    #[arg(long, value_name = "WHO")]
    pub by: Option<String>,
    /// When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// What the problem is
    #[arg(long)]
    pub title: Option<String>,
    /// The category key from lane.toml (sanitation, hazard, dispute, service, feedback)
    #[arg(long)]
    pub category: Option<String>,
    /// The alley where the problem is
    #[arg(long)]
    pub alley: Option<String>,
    /// The household concerned (implies its alley)
    #[arg(long)]
    pub household: Option<String>,
    /// How the problem came to light
    #[arg(long, value_enum, default_value = "inspection")]
    pub source: crate::model::case::Source,
    /// A first note
    #[arg(long, default_value = "")]
    pub note: String,
    /// Solved on the spot: records the disposal at once (and closes the case when its
    /// category needs no return visit)
    #[arg(long, value_name = "NOTE")]
    pub solved: Option<String>,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// The note
    pub text: String,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args)]
pub struct EscalateArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// The level to go to [default: the next one up]
    #[arg(long, value_name = "LEVEL")]
    pub to: Option<String>,
    /// Why the level below cannot solve it
    #[arg(long)]
    pub reason: Option<String>,
    /// The department asked to help
    #[arg(long)]
    pub dept: Option<String>,
    /// A note on the escalation
    #[arg(long, default_value = "")]
    pub note: String,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// What was done
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args)]
pub struct VisitArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// What the household said: satisfied, basic or unsatisfied (or 满意, 基本满意, 不满意)
    #[arg(long, value_parser = values::visit_result)]
    pub result: Option<crate::model::case::VisitResult>,
    /// What else the household said
    #[arg(long, default_value = "")]
    pub note: String,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// Why: fixed, or closed without a fix
    #[arg(
        long = "as",
        value_enum,
        default_value = "fixed",
        value_name = "REASON"
    )]
    pub reason: crate::model::case::CloseReason,
    /// With --as duplicate: the case this one duplicates
    #[arg(long, value_name = "ID")]
    pub of: Option<String>,
    /// A note on the closing
    #[arg(long, default_value = "")]
    pub note: String,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// Why the case is open again
    #[arg(long)]
    pub reason: Option<String>,
    #[command(flatten)]
    pub actor: Actor,
}

#[derive(Debug, Args, Default)]
pub struct ListArgs {
    /// Only cases in this state: open, resolved or closed
    #[arg(long, value_name = "STATUS")]
    pub status: Option<crate::model::lifecycle::Status>,
    /// Only open cases past their deadline
    #[arg(long)]
    pub overdue: bool,
    /// Only cases in this alley
    #[arg(long)]
    pub alley: Option<String>,
    /// Only cases in the alley of this lane leader
    #[arg(long)]
    pub leader: Option<String>,
    /// Only cases of this category (its key in lane.toml)
    #[arg(long)]
    pub category: Option<String>,
    /// Only cases now at this level
    #[arg(long)]
    pub level: Option<String>,
    /// Only cases of this household
    #[arg(long)]
    pub household: Option<String>,
    /// Opened on or after this day (2026-11-03, 2026/11/3, yesterday, 昨天)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Opened on or before this day (2026-11-03, 2026/11/3, today, 今天)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Text in the title or any note
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Show every column, however narrow the terminal
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Args)]
pub struct OverdueArgs {
    /// Only cases in this alley
    #[arg(long)]
    pub alley: Option<String>,
    /// Only cases now at this level
    #[arg(long)]
    pub level: Option<String>,
    /// Show every column, however narrow the terminal
    #[arg(long)]
    pub wide: bool,
}

#[derive(Debug, Args)]
pub struct LocalArgs {
    /// This clone's station code: "" for the village's own clone, 1-3 capital letters
    /// for any other (the town office, a second laptop), so IDs never collide
    #[arg(long, value_name = "CODE")]
    pub station: Option<String>,
    /// Who acts when --by is not given
    #[arg(long, value_name = "WHO")]
    pub by: Option<String>,
    /// How the derived index is checked: `files` stats every case file (the
    /// default); `folders` trusts unchanged year folders (faster for huge archives,
    /// but an in-place edit of a case file is seen only after `lane reindex`)
    #[arg(long, value_enum, value_name = "HOW")]
    pub index_check: Option<crate::store::IndexCheck>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Only this alley
    #[arg(long)]
    pub alley: Option<String>,
    /// Leave out the names of household heads and lane leaders (a report to post)
    #[arg(long)]
    pub redact: bool,
}

/// The period of a report: a month, a quarter, a year or a range of days; none for
/// the default (the last complete month).
#[derive(Debug, Args, Clone, Default)]
pub struct PeriodArgs {
    /// A month: 2026-11, last or this (上月, 本月)
    #[arg(long, value_name = "MONTH", conflicts_with_all = ["quarter", "year", "from", "to"])]
    pub month: Option<String>,
    /// A quarter: 2026Q4, Q4 (this year's), last or this (上季度, 本季度)
    #[arg(long, value_name = "QUARTER", conflicts_with_all = ["year", "from", "to"])]
    pub quarter: Option<String>,
    /// A whole year: 2026, last or this (去年, 今年)
    #[arg(long, value_name = "YEAR", conflicts_with_all = ["from", "to"])]
    pub year: Option<String>,
    /// First day of the period (with --to): 2026-11-01, 2026/11/1, yesterday, 昨天
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day of the period, included (with --from): 2026-11-15, today, 今天
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// Register the driver in this clone (its git config and .git/info/attributes)
    #[arg(long, conflicts_with_all = ["base", "ours", "theirs", "path"])]
    pub install: bool,
    /// The common ancestor's version (git's %O)
    pub base: Option<PathBuf>,
    /// This side's version, replaced by the merge (git's %A)
    pub ours: Option<PathBuf>,
    /// The other side's version (git's %B)
    pub theirs: Option<PathBuf>,
    /// The file's path in the work tree (git's %P): patrol logs merge by row ID
    pub path: Option<String>,
}

/// The command line in `lang`: the derive types' command with its texts from the
/// catalogue (see [`localize`]) and the global options where they belong (see
/// [`globals`]).
pub fn command(lang: crate::i18n::Lang) -> clap::Command {
    globals::scope(localize::localize(Cli::command(), lang), lang)
}

/// Parses the command line with help and usage errors in the current language;
/// help and version are printed and exit 0, usage errors exit 2 (as clap does).
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    let lang = crate::i18n::current();
    match globals::parse(args, lang) {
        Ok(Ok(cli)) => cli,
        Ok(Err(misplaced)) => {
            eprintln!("{}", misplaced.message(lang));
            std::process::exit(2)
        }
        Err(e) => localize::exit(e, lang),
    }
}
