//! `lane ledger`: the printed ledgers (台账), their commands and flags.

use clap::{Args, Subcommand};

use super::PeriodArgs;

#[derive(Debug, Subcommand)]
pub enum LedgerCmd {
    /// The case register: one row per case opened in the period, with the dates of its steps [default: the last complete month]
    Cases(LedgerCases),
    /// One case's file (一事一档): its facts, its whole timeline and lines to sign
    Case {
        /// The case ID, in full (NJ-2026-0042) or short (42)
        id: String,
    },
    /// A lane leader's patrol ledger for a month
    Patrols(LedgerPatrols),
    /// A blank patrol slip for a lane leader to fill in by hand: the alley's households, the longest unvisited first
    Slip(LedgerSlip),
}

#[derive(Debug, Args)]
pub struct LedgerCases {
    #[command(flatten)]
    pub period: PeriodArgs,
}

#[derive(Debug, Args)]
pub struct LedgerPatrols {
    /// The lane leader, by ID or name
    #[arg(long)]
    pub leader: String,
    /// The month: 2026-11, last or this (上月, 本月) [default: this month]
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
}

#[derive(Debug, Args)]
pub struct LedgerSlip {
    /// The lane leader, by ID or name
    #[arg(long)]
    pub leader: String,
}
