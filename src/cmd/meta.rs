//! `lane completions SHELL` and `lane man`: generated from the clap definition.

use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n::{current, t, Lang};

/// `lane completions SHELL`: the script that registers lane as its own
/// completer, so a TAB completes the folder's values too.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let script = crate::cli::complete::registration(shell)
        .map_err(|e| Error::refused(crate::msg!("cmd-man-failed", error = e.to_string())))?;
    if !script.is_empty() {
        return crate::render::write_stdout(&script);
    }
    // A shell clap_complete cannot call back from: its static script.
    let mut cmd = crate::cli::command(current());
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "lane", &mut out);
    crate::render::write_stdout(&String::from_utf8_lossy(&out))
}

/// `lane man`: the page of `lane` on stdout, or with `dir` a page per command
/// written there (`lane.1`, `lane-open.1`, `lane-alley-add.1`, ...), as cargo
/// and git ship theirs.
pub fn man(dir: Option<&Path>) -> Result<()> {
    let lang = current();
    let cmd = crate::cli::command(lang);
    let Some(dir) = dir else {
        return crate::render::write_stdout(&page(&cmd, lang)?);
    };
    let failed = |e: std::io::Error| {
        let error = format!("{}: {e}", dir.display());
        Error::refused(crate::msg!("cmd-man-failed", error = error))
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    let mut n = 0;
    for sub in tree(&cmd) {
        let name = format!("{}.1", sub.get_display_name().unwrap_or(sub.get_name()));
        std::fs::write(dir.join(&name), page(sub, lang)?).map_err(failed)?;
        n += 1;
    }
    let dir = dir.display().to_string();
    super::say(&crate::msg!("cmd-man-written", n = n, dir = dir));
    Ok(())
}

/// `cmd` and every command below it, clap's `help` left out.
fn tree(cmd: &clap::Command) -> Vec<&clap::Command> {
    let mut out = vec![cmd];
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        out.extend(tree(sub));
    }
    out
}

/// The man page of one command, in `lang`.
fn page(cmd: &clap::Command, lang: Lang) -> Result<String> {
    let mut out = Vec::new();
    let version = cmd.get_version().unwrap_or_default();
    clap_mangen::Man::new(cmd.clone())
        .source(format!("lane {version}"))
        .render(&mut out)
        .map_err(|e| Error::refused(crate::msg!("cmd-man-failed", error = e.to_string())))?;
    Ok(man_headings(&String::from_utf8_lossy(&out), lang))
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
