//! `lane board`: its flags.

use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct BoardArgs {
    /// The board as plain text, Markdown or one self-contained HTML page for A4; the
    /// older spelling of --format table|md|html
    #[arg(long = "as", value_enum, value_name = "STYLE", hide = true)]
    pub style: Option<BoardStyle>,
}

/// What the board is printed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BoardStyle {
    Txt,
    Md,
    Html,
}
