//! `lane patrol`: logging a patrol, and listing, correcting and removing rows.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PatrolArgs {
    #[command(subcommand)]
    pub cmd: Option<PatrolCmd>,
    #[command(flatten)]
    pub log: PatrolLog,
}

#[derive(Debug, Subcommand)]
pub enum PatrolCmd {
    /// List patrol rows
    List(PatrolList),
    /// Correct a patrol row, by its ID (see `lane patrol list`)
    Edit(PatrolEdit),
    /// Remove a patrol row logged by mistake, by its ID
    Remove(PatrolRemove),
}

#[derive(Debug, Args)]
pub struct PatrolEdit {
    /// The row's ID, e.g. 2026-11-0042
    pub id: String,
    /// The lane leader who patrolled
    #[arg(long)]
    pub leader: Option<String>,
    /// What kind of patrol it was
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::patrol::PatrolKind>,
    /// The alley patrolled
    #[arg(long)]
    pub alley: Option<String>,
    /// The household visited ("" for none)
    #[arg(long)]
    pub household: Option<String>,
    /// A case the patrol was about ("" for none)
    #[arg(long, alias = "ticket", value_name = "ID")]
    pub case: Option<String>,
    /// The day, within the row's month (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// The row's note ("" for none)
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct PatrolRemove {
    /// The row's ID, e.g. 2026-11-0042
    pub id: String,
}

#[derive(Debug, Args)]
pub struct PatrolLog {
    /// The lane leader who patrolled
    #[arg(long)]
    pub leader: Option<String>,
    /// What kind of patrol it was
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::patrol::PatrolKind>,
    /// The alley [default: the leader's]
    #[arg(long)]
    pub alley: Option<String>,
    /// The household visited
    #[arg(long)]
    pub household: Option<String>,
    /// A case the patrol was about
    #[arg(long, alias = "ticket", value_name = "ID")]
    pub case: Option<String>,
    /// The day (2026-11-03, 2026/11/3, 2026年11月3日, yesterday, 昨天, or a time) [default: today]
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// What was seen or done
    #[arg(long, default_value = "")]
    pub note: String,
    /// Log it all the same: a visit to a household of another alley, or the same patrol again the same day
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct PatrolList {
    /// Only this lane leader's patrols
    #[arg(long)]
    pub leader: Option<String>,
    /// Only patrols in this alley
    #[arg(long)]
    pub alley: Option<String>,
    /// Only patrols of this kind
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::patrol::PatrolKind>,
    /// Only visits to this household
    #[arg(long)]
    pub household: Option<String>,
    /// Only this month: 2026-11, last or this (上月, 本月)
    #[arg(long, value_name = "MONTH")]
    pub month: Option<String>,
    /// On or after this day (2026-11-03, 2026/11/3, yesterday, 昨天)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// On or before this day (2026-11-03, 2026/11/3, today, 今天)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Show every column, however narrow the terminal
    #[arg(long)]
    pub wide: bool,
}
