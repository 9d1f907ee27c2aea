//! Every command and flag, as clap derive types. No logic lives here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::model::registry::{Background, SelectedBy};
use crate::render::Format;

mod board;
mod stars;
pub use board::{BoardArgs, BoardStyle};
pub use stars::{RateArgs, StarsCmd};

/// Case management for the lane-leader system of village self-governance.
///
/// Lane leaders patrol their alleys, open a case for every problem they find and
/// follow it through inspection, feedback, coordination, disposal and return visit.
/// lane keeps it all in a folder of TOML and CSV files, versioned with git.
#[derive(Debug, Parser)]
#[command(name = "lane", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// The data folder [default: the nearest folder upward with lane.toml, else ./data]
    #[arg(long, global = true, env = "LANE_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Output format of listings
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Never prompt; a missing value is an error that names its flag
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Do not commit the change to git
    #[arg(long, global = true)]
    pub no_commit: bool,
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
    /// Validate the whole data folder; prints each problem as path:line: message
    Check,
    /// Five-star civilized households: assessment rounds
    #[command(subcommand)]
    Stars(StarsCmd),
    /// The public notice of alleys, lane leaders, phones and duties (挂牌公示)
    Board(BoardArgs),
    /// Print shell completions
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (must be empty or missing)
    pub dir: PathBuf,
    /// The village's name, as reports print it
    #[arg(long, default_value = "Nanjie Village")]
    pub name: String,
    /// The prefix of ticket IDs
    #[arg(long, default_value = "NJ")]
    pub code: String,
    /// Do not create a git repository
    #[arg(long)]
    pub no_git: bool,
    /// Fill the folder with a realistic sample village of Nanjie's size
    #[arg(long)]
    pub sample: bool,
}

/// Filters and flags shared by every `list`.
#[derive(Debug, Args, Default)]
pub struct ListFilter {
    /// Only records whose text contains this
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
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
    Show { id: String },
    /// Change fields of an alley
    Edit {
        id: String,
        #[command(flatten)]
        fields: AlleyFields,
    },
    /// Remove an alley that nothing refers to
    Remove { id: String },
}

#[derive(Debug, Args)]
pub struct AlleyFields {
    #[arg(long)]
    pub name: Option<String>,
    /// The villager group
    #[arg(long)]
    pub group: Option<String>,
    /// The current lane leader's ID
    #[arg(long)]
    pub leader: Option<String>,
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
    Show { id: String },
    /// Change fields of a lane leader
    Edit {
        id: String,
        #[command(flatten)]
        fields: LeaderFields,
    },
    /// Remove a lane leader that nothing refers to
    Remove { id: String },
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
    #[arg(long)]
    pub name: Option<String>,
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
    Show { id: String },
    /// Change fields of a household
    Edit {
        id: String,
        #[command(flatten)]
        fields: HouseholdFields,
    },
    /// Remove a household that nothing refers to
    Remove { id: String },
    /// Add households from a spreadsheet export (CSV; UTF-8 or GBK; columns by name)
    Import { file: PathBuf },
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
    #[arg(long)]
    pub alley: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    /// Number of members (1-99)
    #[arg(long)]
    pub members: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// `;`-separated tags, e.g. elderly;low-income
    #[arg(long)]
    pub tags: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}
