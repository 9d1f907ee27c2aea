//! `lane attach`: a photo or document kept with a case.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The case ID, in full (NJ-2026-0042) or short (42)
    pub id: String,
    /// The photo (JPEG, PNG, WebP) or document to keep with the case
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// What it is [default: a photo is before while the case is open, after once it is resolved; anything else a document]
    #[arg(long = "as", value_enum, value_name = "KIND")]
    pub kind: Option<crate::model::attachment::AttachKind>,
    /// A note on the file
    #[arg(long, default_value = "")]
    pub note: String,
    #[command(flatten)]
    pub actor: super::Actor,
}
