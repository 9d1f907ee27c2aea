//! `lane stars`: its subcommands and flags.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum StarsCmd {
    /// Start a round: stars/ROUND.csv with one unrated row per household
    New {
        /// The round's ID, e.g. 2026
        round: String,
        /// The day of the assessment (YYYY-MM-DD) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// Rate a household; at a terminal, without --met, a checklist per unrated household
    Rate(RateArgs),
    /// Mark every five-star household of the round as awarded (one commit)
    Award {
        /// The round [default: the latest]
        #[arg(long)]
        round: Option<String>,
        /// The day the plaques are awarded (YYYY-MM-DD) [default: today]
        #[arg(long)]
        date: Option<String>,
    },
    /// List the households of a round with their stars
    List {
        /// The round [default: the latest]
        #[arg(long)]
        round: Option<String>,
        /// Only households with at least this many stars
        #[arg(long, value_name = "N")]
        min: Option<u32>,
        /// Only households of this alley
        #[arg(long)]
        alley: Option<String>,
        /// Show every column, however narrow the terminal
        #[arg(long)]
        wide: bool,
    },
    /// Households by number of stars per alley, and the change from the previous round
    Report {
        /// The round [default: the latest]
        #[arg(long)]
        round: Option<String>,
    },
    /// A household's stars over all rounds
    History {
        /// The household's ID, e.g. H0011
        household: String,
    },
}

#[derive(Debug, Args)]
pub struct RateArgs {
    /// The household; at a terminal, leave it out to go through every unrated one
    pub household: Option<String>,
    /// The round [default: the latest]
    #[arg(long)]
    pub round: Option<String>,
    /// The criteria met, by key: helpful,clean,... or all or none
    #[arg(long, value_name = "KEYS")]
    pub met: Option<String>,
    /// A note on the rating (replaces the row's note)
    #[arg(long)]
    pub note: Option<String>,
}
