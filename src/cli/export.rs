//! `lane export` and `lane town export`: they take the global `--format` and `-o`,
//! which there name a table format (`parquet`, the default, or `csv`) and a folder.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Args, ValueEnum};

use crate::render::Format;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The global `--format`, moved here (see `cmd::export::take_globals`).
    #[arg(skip)]
    pub format: Option<Asked>,
    /// The global `-o`: the folder to write the tables into.
    #[arg(skip)]
    pub dir: Option<PathBuf>,
}

/// What `--format` names: a listing's format, or `parquet` (an export's alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Listing(Format),
    Parquet,
}

/// Parses `--format`: the listing formats, and `parquet` (not shown among them:
/// only the exports take it, and their help says so).
#[derive(Debug, Clone, Copy, Default)]
pub struct FormatParser;

impl TypedValueParser for FormatParser {
    type Value = Asked;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Asked, clap::Error> {
        if value == "parquet" {
            return Ok(Asked::Parquet);
        }
        EnumValueParser::<Format>::new()
            .parse_ref(cmd, arg, value)
            .map(Asked::Listing)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let listings = Format::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value);
        let parquet = PossibleValue::new("parquet").hide(true);
        Some(Box::new(listings.chain(std::iter::once(parquet))))
    }
}
