//! `lane completions SHELL` and `lane man`: generated from the clap definition.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "lane", &mut out);
    crate::render::write_stdout(&String::from_utf8_lossy(&out))
}

pub fn man() -> Result<()> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| Error::refused(crate::msg!("cmd-man-failed", error = e.to_string())))?;
    crate::render::write_stdout(&String::from_utf8_lossy(&out))
}
