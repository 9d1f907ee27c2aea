//! `lane completions SHELL` and `lane man`: generated from the clap definition.

use crate::error::{Error, Result};
use crate::i18n::{current, t, Lang};

pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut cmd = crate::cli::command(current());
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "lane", &mut out);
    crate::render::write_stdout(&String::from_utf8_lossy(&out))
}

pub fn man() -> Result<()> {
    let mut out = Vec::new();
    let lang = current();
    clap_mangen::Man::new(crate::cli::command(lang))
        .render(&mut out)
        .map_err(|e| Error::refused(crate::msg!("cmd-man-failed", error = e.to_string())))?;
    let page = String::from_utf8_lossy(&out);
    crate::render::write_stdout(&man_headings(&page, lang))
}

/// The section headings clap_mangen writes in English (`.SH NAME`), in `lang`.
fn man_headings(page: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return page.to_string();
    }
    let headings = [
        ("NAME", "cmd-man-name"),
        ("SYNOPSIS", "cmd-man-synopsis"),
        ("DESCRIPTION", "cmd-man-description"),
        ("OPTIONS", "cmd-man-options"),
        ("SUBCOMMANDS", "cmd-man-subcommands"),
        ("EXTRA", "cmd-man-extra"),
        ("VERSION", "cmd-man-version"),
    ];
    page.lines()
        .map(|line| {
            let heading = line.strip_prefix(".SH ");
            match heading.and_then(|h| headings.iter().find(|(en, _)| *en == h)) {
                Some((_, id)) => format!(".SH {}\n", t(lang, id)),
                None => format!("{line}\n"),
            }
        })
        .collect()
}
