//! The global options: under their own heading where they mean something, taken
//! before or after the command, a usage error where they mean nothing.

use crate::harness::{lane_at, run_at, Village};

/// The long flags of the help's global options section (after `heading`).
fn globals(help: &str, heading: &str) -> Vec<String> {
    let Some((_, rest)) = help.split_once(&format!("\n{heading}\n")) else {
        return Vec::new();
    };
    rest.lines()
        .take_while(|l| l.is_empty() || l.starts_with("  "))
        .filter_map(|l| l.trim().split(' ').next())
        .filter(|w| w.starts_with("--"))
        .map(str::to_string)
        .collect()
}

#[test]
fn global_options_show_under_their_heading_only_where_they_mean_something() {
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "",
            &[
                "--data",
                "--format",
                "--no-input",
                "--no-commit",
                "--no-pager",
            ],
        ),
        ("list", &["--data", "--format", "--no-pager"]),
        ("show", &["--data", "--format", "--no-pager"]),
        ("report", &["--data", "--format", "--no-pager"]),
        ("open", &["--data", "--no-input", "--no-commit"]),
        ("resolve", &["--data", "--no-input", "--no-commit"]),
        ("alley add", &["--data", "--no-input", "--no-commit"]),
        ("alley edit", &["--data", "--no-commit"]),
        ("alley list", &["--data", "--format", "--no-pager"]),
        (
            "alley",
            &[
                "--data",
                "--format",
                "--no-input",
                "--no-commit",
                "--no-pager",
            ],
        ),
        ("patrol list", &["--data", "--format", "--no-pager"]),
        (
            "stars award",
            &["--data", "--format", "--no-commit", "--no-pager"],
        ),
        ("reindex", &["--data"]),
        ("man", &["--data"]),
        ("init", &["--no-input"]),
        ("completions", &[]),
        ("town report", &["--town", "--format", "--no-pager"]),
        ("town add", &["--town", "--no-commit"]),
        ("town pull", &["--town", "--format", "--no-pager"]),
        ("town init", &["--town"]),
    ];
    for (path, want) in cases {
        let path: Vec<String> = path.split_whitespace().map(str::to_string).collect();
        for (lang, heading) in [("en", "Global options:"), ("zh-CN", "全局选项:")] {
            let text = super::help(tmp.path(), &path, lang);
            assert_eq!(
                globals(&text, heading),
                *want,
                "lane {} --help in {lang}:\n{text}",
                path.join(" ")
            );
            // And not among the command's own options.
            for flag in ["--data", "--format", "--no-input", "--no-commit"] {
                let own = text
                    .split_once(&format!("\n{heading}\n"))
                    .map_or(text.as_str(), |(before, _)| before);
                assert!(
                    !own.contains(&format!("  {flag} ")),
                    "lane {} --help in {lang} lists {flag} among its options",
                    path.join(" ")
                );
            }
        }
    }
}

#[test]
fn global_options_are_taken_before_and_after_the_command() {
    let v = Village::with_git();
    v.seed();
    v.run("open --title Drain --category sanitation --alley A01 --by L01")
        .ok();
    let after = v.run("list --status open --format csv").ok();
    let before = run_at(v.tmp.path(), "--format csv list --status open")
        .env("LANE_DATA", &v.root)
        .ok();
    assert_eq!(before, after);
    assert!(after.starts_with("id,status,"), "{after}");
    let log = v.git_log();
    for line in [
        "--no-commit note 1 'first'",
        "note 1 'second' --no-commit",
        "note --no-commit 1 'third'",
    ] {
        run_at(v.tmp.path(), line)
            .env("LANE_DATA", &v.root)
            .env("LANE_BY", "L01")
            .out();
    }
    assert_eq!(v.git_log(), log, "--no-commit anywhere commits nothing");
    let show = v.run("show 1 --format json").ok();
    for note in ["first", "second", "third"] {
        assert!(show.contains(note), "{note} not recorded:\n{show}");
    }
}

#[test]
fn town_is_taken_before_the_town_command() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "town init t --no-git --name Taiping")
        .stderr(
            "created town folder t (Taiping); add villages with `lane town add NAME --path DIR` \
             or `--clone URL`\n",
        )
        .out();
    let list = lane_at(tmp.path(), &["town", "--town", "t", "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let before = lane_at(tmp.path(), &["--town", "t", "town", "list"]);
    assert_eq!((before.code, before.stdout), (0, list.stdout.clone()));
    let before = lane_at(tmp.path(), &["--town=t", "--format", "csv", "town", "list"]);
    assert_eq!(before.code, 0, "{}", before.stderr);
    // Before another command it is not taken.
    let other = lane_at(tmp.path(), &["--town", "t", "list"]);
    assert_eq!(other.code, 2);
    assert!(other.stderr.contains("'--town'"), "{}", other.stderr);
}

#[test]
fn a_global_option_where_it_means_nothing_is_a_usage_error() {
    let v = Village::with_git();
    v.seed();
    let files = v.snapshot();
    let log = v.git_log();
    let cases = [
        (
            "list --no-commit",
            "--no-commit",
            "lane list",
            "it commits nothing to git",
        ),
        (
            "--no-commit list",
            "--no-commit",
            "lane list",
            "it commits nothing to git",
        ),
        (
            "--no-commit alley show A01",
            "--no-commit",
            "lane alley show",
            "it commits nothing to git",
        ),
        (
            "check --no-commit",
            "--no-commit",
            "lane check",
            "it commits nothing to git",
        ),
        (
            "open --title x --format csv",
            "--format",
            "lane open",
            "it prints no listing or report",
        ),
        (
            "--format json resolve 1",
            "--format",
            "lane resolve",
            "it prints no listing or report",
        ),
        (
            "reindex --format csv",
            "--format",
            "lane reindex",
            "it prints no listing or report",
        ),
    ];
    for (line, flag, command, why) in cases {
        v.run(line)
            .stderr(format!(
                "error: {flag} means nothing to `{command}`: {why}\n\
                 hint: leave it out; `{command} --help` lists the options it takes\n"
            ))
            .status(2);
    }
    v.assert_unchanged(&files);
    assert_eq!(v.git_log(), log);

    let tmp = tempfile::tempdir().unwrap();
    for (args, flag, command, why) in [
        (
            &["--data", "x", "init", "y"][..],
            "--data",
            "lane init",
            "it reads no data folder",
        ),
        (
            &["completions", "bash", "--data", "x"][..],
            "--data",
            "lane completions",
            "it reads no data folder",
        ),
        (
            &["town", "list", "--data", "x"][..],
            "--data",
            "lane town list",
            "it reads no data folder",
        ),
    ] {
        let out = lane_at(tmp.path(), args);
        assert_eq!(
            (out.code, out.stderr.as_str()),
            (
                2,
                format!(
                    "error: {flag} means nothing to `{command}`: {why}\n\
                     hint: leave it out; `{command} --help` lists the options it takes\n"
                )
                .as_str()
            ),
            "lane {args:?}"
        );
        assert!(!tmp.path().join("y").exists());
    }
    // In Chinese.
    let out = crate::harness::lane_at(tmp.path(), &["--data", "x", "init", "y", "--lang", "zh-CN"]);
    assert_eq!(out.code, 2);
    let z = Village::chinese();
    z.run("list --no-commit")
        .stderr(
            "错误：--no-commit 对 `lane list` 不起作用：该命令不向 git 提交任何内容\n\
             提示：去掉该参数即可；`lane list --help` 列出了该命令可用的参数\n",
        )
        .status(2);
    z.run("open --format csv")
        .stderr(
            "错误：--format 对 `lane open` 不起作用：该命令不输出列表或报表\n\
             提示：去掉该参数即可；`lane open --help` 列出了该命令可用的参数\n",
        )
        .status(2);
}

#[test]
fn no_input_is_taken_everywhere_but_shown_only_where_lane_asks() {
    // Scripts pass --no-input to every command: it is never refused.
    let v = Village::new();
    let list = v.run("list").ok();
    let given = run_at(v.tmp.path(), "--no-input list")
        .env("LANE_DATA", &v.root)
        .ok();
    assert_eq!(given, list);
    let help = super::help(v.tmp.path(), &["list".to_string()], "en");
    assert!(!help.contains("--no-input"), "{help}");
}
