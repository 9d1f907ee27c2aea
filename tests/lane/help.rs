//! `--help` for every command of the tree: its examples (each English one run on
//! the sample village), a meaning for every argument, the global options where
//! they mean something, and Chinese help that fits the terminal.

use std::path::Path;

use lane::i18n::Lang;

use crate::harness::{lane_cmd, run, Village};

mod complete;
mod globals;
mod man;

/// The path of every command below `lane` (`[]`, `["alley"]`, `["alley", "add"]`,
/// ...), clap's `help` left out.
pub fn paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&lane::cli::command(Lang::En), &mut Vec::new(), &mut out);
    out
}

/// `lane PATH --help` in `lang`, its stdout.
pub fn help(cwd: &Path, path: &[String], lang: &str) -> String {
    let mut c = lane_cmd(cwd);
    c.env("LANE_LANG", lang).args(path).arg("--help");
    run(c).ok().to_string()
}

/// The lines of the help's examples section (after `heading`), unindented.
fn examples(help: &str, heading: &str) -> Vec<String> {
    let Some((_, rest)) = help.split_once(&format!("\n{heading}\n")) else {
        return Vec::new();
    };
    rest.lines()
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn every_command_ends_with_examples_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let paths = paths();
    assert!(paths.len() > 50, "the tree has {} commands", paths.len());
    for path in &paths {
        for (lang, heading) in [("en", "Examples:"), ("zh-CN", "示例：")] {
            let text = help(tmp.path(), path, lang);
            let lines = examples(&text, heading);
            let name = format!("lane {}", path.join(" "));
            assert!(
                (1..=3).contains(&lines.len()),
                "{name} --help in {lang} has {} examples:\n{text}",
                lines.len()
            );
            for l in &lines {
                let words = shell_words::split(l).unwrap();
                assert_eq!(words[0], "lane", "{name}: {l}");
                // The example is of this command (or, for a family, of one below).
                let named: Vec<&String> =
                    words[1..].iter().filter(|w| !w.starts_with('-')).collect();
                assert!(
                    path.iter().zip(&named).all(|(p, w)| p == *w),
                    "{name} --help in {lang}: `{l}` is of another command"
                );
            }
        }
    }
}

/// An example line as the arguments after `lane`, up to a shell redirection.
fn words_of(line: &str) -> Vec<String> {
    shell_words::split(line)
        .unwrap()
        .into_iter()
        .skip(1)
        .take_while(|w| w != ">" && w != "|")
        .collect()
}

/// The examples that cannot succeed on the bare sample village: they need a
/// town folder, a spreadsheet, a git clone, or a record nothing refers to.
const NEEDS_MORE: &[&str] = &[
    "lane town",
    "lane household import",
    "lane alley import",
    "lane leader import",
    "lane merge-driver",
    "lane leader remove",
    "lane alley remove",
    "lane household remove",
    // the sample village has no git history to take back
    "lane undo",
];

#[test]
fn every_english_example_parses_and_runs_on_the_sample_village() {
    let v = Village::sample();
    let mut failed = Vec::new();
    let mut n = 0;
    for path in paths() {
        let text = help(v.tmp.path(), &path, "en");
        for line in examples(&text, "Examples:") {
            let words = words_of(&line);
            // clap accepts it as it is.
            let mut argv = vec!["lane".to_string()];
            argv.extend(words.iter().cloned());
            match lane::cli::globals::parse(argv.into_iter().map(Into::into).collect(), Lang::En) {
                Ok(Ok(_)) => {}
                Ok(Err(m)) => panic!("`{line}`: {}", m.message(Lang::En)),
                Err(e) => panic!("`{line}` does not parse:\n{e}"),
            }
            // And the binary runs it on a fresh copy of the sample village.
            n += 1;
            let cwd = v.tmp.path().join(format!("run-{n}"));
            std::fs::create_dir(&cwd).unwrap();
            // The files `lane attach`'s examples name.
            for (name, bytes) in crate::attach::example_files() {
                std::fs::write(cwd.join(name), bytes).unwrap();
            }
            let copy = cwd.join("village");
            let cp = std::process::Command::new("cp")
                .arg("-a")
                .arg(&v.root)
                .arg(&copy)
                .status()
                .unwrap();
            assert!(cp.success());
            let mut c = lane_cmd(&cwd);
            c.env("LANE_DATA", &copy).env("LANE_BY", "L03").args(&words);
            let out = run(c);
            assert!(
                !out.stderr.contains("For more information, try"),
                "`{line}` is a usage error:\n{}",
                out.stderr
            );
            if out.code != 0 && !NEEDS_MORE.iter().any(|p| line.starts_with(p)) {
                failed.push(format!("{line}\n  -> {}", out.stderr.trim()));
            }
        }
    }
    assert!(n > 80, "only {n} examples");
    assert!(
        failed.is_empty(),
        "examples that fail:\n{}",
        failed.join("\n")
    );
}

/// Every command of the tree, built, with its path.
fn commands(lang: Lang) -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((path.to_string(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
    let mut cmd = lane::cli::command(lang);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "lane", &mut out);
    out
}

#[test]
fn every_argument_has_a_meaning_in_both_languages() {
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for (path, cmd) in commands(lang) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                // In Chinese the defaults and possible values are part of the help.
                let meaning = help.split(" [").next().unwrap_or("").trim();
                if meaning.is_empty() {
                    missing.push(format!("{lang:?} {path} {id}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "arguments without a meaning:\n{}",
        missing.join("\n")
    );
}

#[test]
fn chinese_help_fits_the_terminal_width() {
    use unicode_width::UnicodeWidthStr;
    let v = Village::chinese();
    for columns in ["80", "60"] {
        let max: usize = columns.parse().unwrap();
        for path in paths() {
            let mut c = lane_cmd(v.tmp.path());
            c.env("LANE_DATA", &v.root)
                .env("COLUMNS", columns)
                .args(&path)
                .arg("--help");
            let text = run(c).ok().to_string();
            for line in text.lines() {
                assert!(
                    line.width() <= max,
                    "lane {} --help at {columns} columns: {} wide:\n{line}",
                    path.join(" "),
                    line.width()
                );
            }
        }
    }
    // Nothing is lost: the words of the help are those clap wrote.
    let mut c = lane_cmd(v.tmp.path());
    c.env("LANE_DATA", &v.root)
        .env("COLUMNS", "80")
        .args(["open", "--help"]);
    let narrow: String = run(c).ok().split_whitespace().collect();
    let mut c = lane_cmd(v.tmp.path());
    c.env("LANE_DATA", &v.root)
        .env("COLUMNS", "100")
        .args(["open", "--help"]);
    let wide: String = run(c).ok().split_whitespace().collect();
    assert_eq!(narrow, wide);
}

/// English help quotes Chinese words (`--at 昨天`, 台账, 一事一档), which clap counts as
/// one column each: every line still fits 80 columns.
#[test]
fn english_help_fits_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let v = Village::new();
    for path in paths() {
        let mut c = lane_cmd(v.tmp.path());
        c.env("LANE_DATA", &v.root)
            .env("COLUMNS", "80")
            .args(&path)
            .arg("--help");
        let text = run(c).ok().to_string();
        for line in text.lines() {
            assert!(
                line.width() <= 80,
                "lane {} --help at 80 columns: {} wide:\n{line}",
                path.join(" "),
                line.width()
            );
        }
    }
}
