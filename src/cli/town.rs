//! `lane town`: its subcommands and flags.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::PeriodArgs;

#[derive(Debug, Args)]
pub struct TownArgs {
    /// The town folder [default: $LANE_TOWN, else the nearest folder upward with town.toml]
    #[arg(long, global = true, env = "LANE_TOWN", value_name = "DIR")]
    pub town: Option<PathBuf>,
    #[command(subcommand)]
    pub cmd: TownCmd,
}

#[derive(Debug, Subcommand)]
pub enum TownCmd {
    /// Create a town folder with an empty town.toml (a git repository of its own)
    Init {
        /// The folder to create (must be empty or missing)
        dir: PathBuf,
        /// The town's name, as reports print it
        #[arg(long, default_value = "Taiping Town")]
        name: String,
        /// Do not create a git repository
        #[arg(long)]
        no_git: bool,
    },
    /// Add a village: a clone of its repository (--clone) or a data folder (--path)
    #[command(group(clap::ArgGroup::new("source").required(true).args(["path", "clone"])))]
    Add {
        /// What the town office calls the village; a clone goes to villages/<name>
        name: String,
        /// An existing data folder (inside the town folder or anywhere)
        #[arg(long, value_name = "DIR")]
        path: Option<PathBuf>,
        /// The village's git repository, cloned into villages/
        #[arg(long, value_name = "URL")]
        clone: Option<String>,
    },
    /// List the villages of the town
    List,
    /// Fetch and fast-forward every village clone; reports each that could not
    Pull,
    /// Push every village clone's own new commits back to its remote
    Push,
    /// The town's report: a row per village and the town total [default: the last
    /// complete month]. Exits 1, the report still printed with its warning, when a
    /// village has case files that could not be read
    Report(TownReportArgs),
    /// Open cases at level town or above in every village, oldest overdue first
    Inbox {
        /// Only cases past their deadline
        #[arg(long)]
        overdue: bool,
    },
    /// Check town.toml (village codes unique) and every village's data folder
    Check,
    /// Every village's records as tidy tables, with a village column: --format parquet (the default) or csv, -o DIR
    Export(super::ExportArgs),
}

#[derive(Debug, Args)]
pub struct TownReportArgs {
    #[command(flatten)]
    pub period: PeriodArgs,
}
