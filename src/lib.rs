//! lane: case management for the lane-leader system of village self-governance.
//!
//! The layout follows the design: [`model`] is the domain (no I/O), [`store`] the
//! data folder, [`cmd`] one module per command family, [`render`] the output formats.

pub mod cli;
pub mod cmd;
pub mod error;
pub mod i18n;
pub mod model;
pub mod prompt;
pub mod render;
pub mod sample;
pub mod store;
pub mod suggest;
pub mod term;
pub mod text;

pub use error::{Error, Result};
