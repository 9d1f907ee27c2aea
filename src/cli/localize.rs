//! `--help` in the folder's language: the clap command built from the derive
//! types, with every about and help text replaced from the catalogue
//! (`help.ftl`), and in Chinese the headings, the usage line and clap's own
//! words too.
//!
//! Message ids follow the command tree: `help-open` is the about of `lane open`,
//! `help-open-long` its long about, `help-open--title` the help of its
//! `--title`, `help-lane--data` a flag of `lane` itself. The English catalogue holds
//! exactly the doc comments of src/cli (a test checks it), so the doc comments
//! stay the developer's documentation and the catalogue the user's.

use clap::{Arg, Command};

use crate::i18n::{t, Lang};

/// The id of a command's about (`help-stars-award`), from its path of names.
pub fn command_id(path: &[&str]) -> String {
    if path.is_empty() {
        "help-lane".to_string()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The id of an argument's help (`help-open--title`, `help--data`).
pub fn arg_id(path: &[&str], arg: &str) -> String {
    let owner = if path.is_empty() {
        "lane".to_string()
    } else {
        path.join("-")
    };
    format!("help-{owner}--{}", arg.replace('_', "-"))
}

/// Whether an argument is one clap makes itself (`--help`, `--version`).
fn generated(arg: &Arg) -> bool {
    matches!(arg.get_id().as_str(), "help" | "version")
}

/// Every help text of the tree below `cmd` as (id, text), in tree order: the
/// texts the derive wrote, which the English catalogue must match.
pub fn texts(cmd: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk_texts(cmd, &mut Vec::new(), &mut out);
    out
}

fn walk_texts<'a>(cmd: &'a Command, path: &mut Vec<&'a str>, out: &mut Vec<(String, String)>) {
    let id = command_id(path);
    if let Some(a) = cmd.get_about() {
        out.push((id.clone(), a.to_string()));
    }
    if let Some(a) = cmd.get_long_about() {
        out.push((format!("{id}-long"), a.to_string()));
    }
    for arg in cmd.get_arguments().filter(|a| !generated(a)) {
        let id = arg_id(path, arg.get_id().as_str());
        if let Some(h) = arg.get_help() {
            out.push((id.clone(), h.to_string()));
        }
        if let Some(h) = arg.get_long_help() {
            out.push((format!("{id}-long"), h.to_string()));
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name());
        walk_texts(sub, path, out);
        path.pop();
    }
}

/// `cmd` with its texts in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let mut cmd = cmd;
    // The help subcommand and flags exist once the command is built.
    cmd.build();
    apply(cmd, lang, &mut Vec::new(), &[])
}

/// `cmd` at `path` in `lang`; `globals` are the global arguments of the
/// commands above it, as (id, path of the command that defines it).
fn apply(
    cmd: Command,
    lang: Lang,
    path: &mut Vec<String>,
    globals: &[(String, Vec<String>)],
) -> Command {
    let p: Vec<&str> = path.iter().map(String::as_str).collect();
    let id = command_id(&p);
    let mut cmd = cmd;
    if cmd.get_about().is_some() {
        cmd = cmd.about(t(lang, &id));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(t(lang, &format!("{id}-long")));
    }
    let args: Vec<(String, bool, bool, bool)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().to_string(),
                a.get_help().is_some(),
                a.get_long_help().is_some(),
                a.is_global_set(),
            )
        })
        .collect();
    let mut below = globals.to_vec();
    for (arg, help, long, global) in args {
        let owner: Vec<&str> = match globals.iter().find(|(id, _)| *id == arg) {
            Some((_, owner)) => owner.iter().map(String::as_str).collect(),
            None => p.clone(),
        };
        if global && owner == p {
            below.push((arg.clone(), path.clone()));
        }
        cmd = cmd.mut_arg(&arg, |a| localize_arg(a, lang, &owner, help, long));
    }
    if lang == Lang::ZhCn {
        cmd = chinese_frame(cmd);
    }
    cmd = cmd.after_help(after_help(lang, &id));
    // clap's own `help` subcommand is worded by `chinese_frame`.
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |s| apply(s, lang, path, &below));
        path.pop();
    }
    cmd
}

fn localize_arg(a: Arg, lang: Lang, path: &[&str], help: bool, long: bool) -> Arg {
    let mut a = a;
    if generated(&a) {
        let key = match a.get_id().as_str() {
            "help" => "help-flag-help",
            _ => "help-flag-version",
        };
        a = a.help(t(lang, key));
        if lang == Lang::ZhCn && a.get_long_help().is_some() {
            a = a.long_help(t(lang, "help-flag-help-long"));
        }
    } else {
        let id = arg_id(path, a.get_id().as_str());
        if help {
            a = a.help(t(lang, &id));
        }
        if long {
            a = a.long_help(t(lang, &format!("{id}-long")));
        }
    }
    if lang == Lang::ZhCn {
        a = chinese_arg(a);
    }
    a
}

/// The id of a command's examples (`help-open-examples`), from its about's id.
pub fn examples_id(command_id: &str) -> String {
    format!("{command_id}-examples")
}

/// The examples of the command `id` as shell lines, one a line.
pub fn examples(lang: Lang, id: &str) -> Vec<String> {
    t(lang, &examples_id(id))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// What ends a command's help: its examples, and at the top in Chinese how to
/// switch the language.
fn after_help(lang: Lang, id: &str) -> String {
    let mut text = t(lang, "help-heading-examples");
    for line in examples(lang, id) {
        text.push_str(&format!("\n  {line}"));
    }
    if lang == Lang::ZhCn && id == "help-lane" {
        text.push_str(&format!("\n\n{}", t(lang, "help-after-root")));
    }
    text
}

/// The id of every command's examples below `cmd`, in tree order.
pub fn example_ids(cmd: &Command) -> Vec<String> {
    texts(cmd)
        .into_iter()
        .filter(|(id, _)| !id.contains("--") && !id.ends_with("-long"))
        .map(|(id, _)| examples_id(&id))
        .collect()
}

/// The headings and the frame of a command's help in Chinese.
fn chinese_frame(cmd: Command) -> Command {
    let lang = Lang::ZhCn;
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        t(lang, "help-usage")
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(t(lang, "help-heading-commands"))
        .subcommand_value_name(t(lang, "help-value-command"));
    if let Some(s) = cmd
        .find_subcommand("help")
        .map(|s| s.get_name().to_string())
    {
        cmd = cmd.mut_subcommand(&s, |h| h.about(t(lang, "help-subcommand-help")));
    }
    cmd
}

/// An argument's heading, default and possible values in Chinese (clap writes
/// `[default: x]` and `[possible values: ...]` in English).
fn chinese_arg(a: Arg) -> Arg {
    let lang = Lang::ZhCn;
    let heading = if a.is_global_set() {
        t(lang, "help-heading-global")
    } else if a.is_positional() {
        t(lang, "help-heading-arguments")
    } else {
        t(lang, "help-heading-options")
    };
    let mut extra = String::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() && a.get_action().takes_values() {
        extra.push_str(&format!(
            " [{}{}]",
            t(lang, "help-default"),
            defaults.join(", ")
        ));
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        extra.push_str(&format!(
            " [{}{}]",
            t(lang, "help-possible-values"),
            values.join(", ")
        ));
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    a.help_heading(heading)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(format!("{help}{extra}"))
}

/// Prints a parse error (or the help or version it stands for) and exits as
/// clap does: 0 for help and version, 2 for a usage error. In Chinese the
/// common errors are worded from the catalogue; the rare ones stay clap's.
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    use clap::error::ErrorKind;
    if e.kind() == ErrorKind::DisplayHelp {
        // clap counts a Chinese character as one column: English help that quotes
        // one (`昨天`) overflows too, so it is wrapped again when a line is too wide.
        let width = super::wrap::width();
        let plain = e.render().to_string();
        let wide = || {
            use unicode_width::UnicodeWidthStr;
            plain.lines().any(|l| l.width() > width)
        };
        if lang == Lang::ZhCn || wide() {
            print!("{}", super::wrap::rewrap(&plain, width));
            std::process::exit(0)
        }
    }
    if lang == Lang::En
        || matches!(
            e.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        e.exit()
    }
    match chinese_error(&e) {
        Some(text) => {
            eprintln!("{text}");
            std::process::exit(2)
        }
        None => e.exit(),
    }
}

/// A context value of a clap error as plain text.
fn context(e: &clap::Error, kind: clap::error::ContextKind) -> Option<String> {
    use clap::error::ContextValue;
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn chinese_error(e: &clap::Error) -> Option<String> {
    use crate::i18n::tr;
    use clap::error::{ContextKind as K, ErrorKind};
    let lang = Lang::ZhCn;
    let get = |k| context(e, k).unwrap_or_default();
    let (arg, value) = (get(K::InvalidArg), get(K::InvalidValue));
    let mut text = match e.kind() {
        ErrorKind::UnknownArgument => tr(lang, "help-err-unknown-arg", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => tr(
            lang,
            "help-err-unknown-command",
            &[("command", get(K::InvalidSubcommand).into())],
        ),
        ErrorKind::MissingRequiredArgument => tr(lang, "help-err-missing", &[("args", arg.into())]),
        ErrorKind::MissingSubcommand => tr(lang, "help-err-missing-command", &[]),
        ErrorKind::ArgumentConflict => tr(
            lang,
            "help-err-conflict",
            &[("arg", arg.into()), ("other", get(K::PriorArg).into())],
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            let key = if why.is_empty() {
                "help-err-bad-value"
            } else {
                "help-err-bad-value-why"
            };
            tr(
                lang,
                key,
                &[
                    ("arg", arg.into()),
                    ("value", value.into()),
                    ("why", why.into()),
                ],
            )
        }
        _ => return None,
    };
    text = format!("{}{text}", t(lang, "prefix-error"));
    if let Some(valid) = context(e, K::ValidValue) {
        text.push_str(&format!(
            "\n\n  {}",
            tr(lang, "help-err-valid", &[("values", valid.into())])
        ));
    }
    for k in [K::SuggestedArg, K::SuggestedSubcommand, K::SuggestedValue] {
        if let Some(s) = context(e, k) {
            text.push_str(&format!(
                "\n\n  {}",
                tr(lang, "help-err-did-you-mean", &[("what", s.into())])
            ));
        }
    }
    if let Some(usage) = context(e, K::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        text.push_str(&format!("\n\n{}{usage}", t(lang, "help-usage")));
    }
    text.push_str(&format!("\n\n{}", t(lang, "help-err-more")));
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_english_help_is_the_doc_comments() {
        for (id, text) in texts(&crate::cli::Cli::command()) {
            assert_eq!(t(Lang::En, &id), text, "{id} in en/help.ftl");
        }
    }

    #[test]
    fn every_help_text_is_in_chinese() {
        for (id, _) in texts(&crate::cli::Cli::command()) {
            let zh = t(Lang::ZhCn, &id);
            assert_ne!(zh, id, "{id} missing in zh-CN/help.ftl");
            assert!(
                zh.chars().any(|c| c > '\u{2e80}'),
                "{id} is not Chinese: {zh}"
            );
        }
    }

    #[test]
    fn the_localized_command_is_valid() {
        for lang in Lang::ALL {
            crate::cli::command(lang).debug_assert();
        }
    }
}
