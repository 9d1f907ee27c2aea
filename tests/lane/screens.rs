//! At the terminal (issue 15, "Screens"): tables fit the terminal's width without
//! breaking an ID or a number, a narrow listing hides columns and says so
//! (`--wide` shows all), a report's wide tables split; output taller than the
//! terminal goes through the pager; colour where it helps, never when piped or
//! with NO_COLOR (error: red, warning: yellow); Ctrl-C at a prompt gives the
//! cursor back and exits 130.
#![cfg(unix)]

use std::process::Command;

use rexpect::process::wait::WaitStatus;
use unicode_width::UnicodeWidthStr;

use crate::harness::{csv_rows, json, lane_cmd, pty, seeded_en, Village};

/// What a pseudo-terminal showed, as text, and the exit code.
fn finish(mut p: rexpect::session::PtySession) -> (String, i32) {
    let raw = p.exp_eof().expect("the command ends");
    let bytes: Vec<u8> = raw.chars().map(|c| c as u32 as u8).collect();
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    let code = match p.process.wait().expect("exit status") {
        WaitStatus::Exited(_, c) => c,
        other => panic!("not exited: {other:?}\n{text}"),
    };
    (text, code)
}

/// `lane --data V ARGS` at a pseudo-terminal `cols` wide and `rows` high (set
/// with stty, so lane reads the terminal's real size), with `env`.
fn at_size(
    v: &Village,
    cols: u16,
    rows: u16,
    args: &[&str],
    env: &[(&str, &str)],
) -> (String, i32) {
    finish(spawn_at_size(v, (cols, rows), args, env))
}

/// [`at_size`], running.
fn spawn_at_size(
    v: &Village,
    (cols, rows): (u16, u16),
    args: &[&str],
    env: &[(&str, &str)],
) -> rexpect::session::PtySession {
    let lane = lane_cmd(v.tmp.path());
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!(
            "stty cols {cols} rows {rows} && exec \"$0\" \"$@\""
        ))
        .arg(lane.get_program())
        .arg("--data")
        .arg(&v.root)
        .args(args)
        .current_dir(v.tmp.path())
        .env("TERM", "xterm");
    for (k, val) in lane.get_envs() {
        match val {
            Some(val) => c.env(k, val),
            None => c.env_remove(k),
        };
    }
    for (k, val) in env {
        c.env(k, val);
    }
    rexpect::session::spawn_command(c, Some(30_000)).expect("a pty")
}

/// The lines of a table (borders and rows), which must fit the width.
fn table_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| l.starts_with(['│', '┌', '└', '╞', '├']))
}

fn assert_fits(text: &str, width: usize) {
    for l in table_lines(text) {
        assert!(l.width() <= width, "wider than {width}: {l}\n{text}");
    }
}

/// The case IDs `lane list --format csv` gives.
fn case_ids(v: &Village) -> Vec<String> {
    let rows = csv_rows(v.run("list --format csv").ok());
    assert_eq!(rows[0][0], "id");
    rows[1..].iter().map(|r| r[0].clone()).collect()
}

#[test]
fn list_fits_80_and_120_columns_without_breaking_an_id() {
    let v = Village::sample();
    let ids = case_ids(&v);
    assert!(ids.len() > 100, "{}", ids.len());
    for cols in [80, 120] {
        let (text, code) = at_size(&v, cols, 40, &["list", "--no-pager"], &[("NO_COLOR", "1")]);
        assert_eq!(code, 0, "{text}");
        assert_fits(&text, cols as usize);
        for id in &ids {
            assert!(
                text.lines().any(|l| l.contains(&format!("│ {id} "))),
                "{cols}: {id} missing or broken"
            );
        }
        // Nothing lost silently: the note names what is hidden.
        let first = text.lines().next().unwrap();
        assert!(
            first.contains("columns hidden to fit the terminal ("),
            "{first}"
        );
        assert!(first.ends_with("): --wide shows all"), "{first}");
        assert!(first.contains("household"), "{first}");
    }
    // 80 columns hide more than 120.
    let (t80, _) = at_size(&v, 80, 40, &["list", "--no-pager"], &[("NO_COLOR", "1")]);
    let (t120, _) = at_size(&v, 120, 40, &["list", "--no-pager"], &[("NO_COLOR", "1")]);
    let hidden = |t: &str| t.lines().next().unwrap().split(", ").count();
    assert!(
        hidden(&t80) > hidden(&t120),
        "{}\n{}",
        t80.lines().next().unwrap(),
        t120.lines().next().unwrap()
    );
}

#[test]
fn wide_shows_every_column_and_piped_output_is_unchanged() {
    let v = Village::sample();
    let ids = case_ids(&v);
    let (text, code) = at_size(
        &v,
        80,
        40,
        &["list", "--wide", "--no-pager"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0);
    assert!(!text.contains("columns hidden"), "{}", &text[..200]);
    let header = text.lines().find(|l| l.starts_with("│ id")).unwrap();
    for col in [
        "household",
        "opened",
        "deadline",
        "overdue_days",
        "category",
        "level",
    ] {
        assert!(header.contains(col), "{header}");
    }
    // An ID is never broken, however wide the table.
    for id in &ids {
        assert!(text.contains(&format!("│ {id} ")), "{id}");
    }
    // Piped: every column, one line per case, no note, whatever COLUMNS says.
    let out = v.run("list").env("COLUMNS", "80").out();
    assert_eq!(out.code, 0);
    assert_eq!(out.stderr, "");
    assert!(out.stdout.lines().nth(1).unwrap().contains("overdue_days"));
    assert_eq!(out.stdout.lines().count(), ids.len() + 4);
    assert_eq!(out.stdout, v.run("list").ok());
}

#[test]
fn registry_lists_fit_80_columns_and_wide_shows_all() {
    let v = Village::sample();
    for (list, hidden) in [
        ("household", "(note, registered)"),
        ("leader", "(note, until, selected_by)"),
        ("alley", "(note)"),
    ] {
        let rows = csv_rows(v.run(&format!("{list} list --format csv")).ok());
        let (text, code) = at_size(
            &v,
            80,
            40,
            &[list, "list", "--no-pager"],
            &[("NO_COLOR", "1")],
        );
        assert_eq!(code, 0, "{text}");
        assert_fits(&text, 80);
        let first = text.lines().next().unwrap();
        assert!(first.contains(hidden), "{list}: {first}");
        for r in &rows[1..] {
            assert!(text.contains(&format!("│ {} ", r[0])), "{list}: {}", r[0]);
        }
        let (text, _) = at_size(
            &v,
            80,
            40,
            &[list, "list", "--wide", "--no-pager"],
            &[("NO_COLOR", "1")],
        );
        assert!(!text.contains("hidden"), "{list}");
        let header = text.lines().nth(1).unwrap();
        assert!(header.contains("note"), "{list}: {header}");
        // Piped: all columns, no note.
        let out = v.run(&format!("{list} list")).out();
        assert_eq!(out.stderr, "");
        assert!(out.stdout.lines().nth(1).unwrap().contains("note"));
    }
}

/// The numbers of one scope's rows in the terminal page, between the headings
/// `from` and `to`: every numeric cell of the lines that start with the key.
fn numbers_in(text: &str, from: &str, to: &str, key: &str) -> Vec<String> {
    let start = text.find(&format!("\n{from}\n")).expect(from);
    let end = text[start..].find(&format!("\n{to}\n")).expect(to) + start;
    let mut out: Vec<String> = text[start..end]
        .lines()
        .filter(|l| l.starts_with(&format!("│ {key} ")))
        .flat_map(|l| l.split(['│', '┆']).map(str::trim).map(str::to_string))
        .filter(|c| c.parse::<f64>().is_ok())
        .collect();
    out.sort();
    out
}

/// The numbers of a scope in `report --format json`, as the table writes them.
fn numbers_of(scope: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = scope["metrics"]
        .as_object()
        .unwrap()
        .values()
        .filter(|v| !v.is_null())
        .map(|v| match v.as_i64() {
            Some(n) if !v.is_f64() => n.to_string(),
            _ => format!("{:.1}", v.as_f64().unwrap()),
        })
        .collect();
    out.sort();
    out
}

#[test]
fn report_fits_80_and_120_columns_with_every_number_whole() {
    let v = Village::sample();
    let facts = json(v.run("report --format json").ok());
    let piped = v.run("report").ok();
    for cols in [80, 120] {
        let (text, code) = at_size(
            &v,
            cols,
            40,
            &["report", "--no-pager"],
            &[("NO_COLOR", "1")],
        );
        assert_eq!(code, 0, "{text}");
        assert_fits(&text, cols as usize);
        for (scope, from, to) in [
            ("alleys", "By alley", "By category"),
            ("categories", "By category", "By level"),
            ("levels", "By level", "The last person"),
        ] {
            let rows = facts[scope].as_array().unwrap();
            assert!(!rows.is_empty());
            for row in rows {
                let key = row["key"].as_str().unwrap();
                let to = if to == "The last person" {
                    text.lines()
                        .find(|l| l.starts_with("The last person"))
                        .unwrap()
                } else {
                    to
                };
                assert_eq!(
                    numbers_in(&text, from, to, key),
                    numbers_of(row),
                    "{cols} {scope} {key}\n{text}"
                );
            }
        }
    }
    // Piped, the report keeps its one wide table per scope.
    let by_alley = piped
        .lines()
        .skip_while(|l| *l != "By alley")
        .nth(2)
        .unwrap();
    assert!(by_alley.width() > 150, "{by_alley}");
    assert_eq!(piped.matches("│ alley ┆").count(), 2, "{piped}"); // by alley, last person
}

#[test]
fn chinese_takes_two_columns_and_still_fits() {
    let v = Village::sample();
    let ids = case_ids(&v);
    let zh = [("NO_COLOR", "1"), ("LANE_LANG", "zh-CN")];
    let (text, code) = at_size(&v, 80, 40, &["list", "--no-pager"], &zh);
    assert_eq!(code, 0, "{text}");
    assert_fits(&text, 80);
    assert!(text.lines().next().unwrap().contains("隐藏了"), "{text}");
    for id in &ids {
        assert!(text.contains(&format!("│ {id} ")), "{id}");
    }
    let (text, code) = at_size(&v, 80, 40, &["report", "--no-pager"], &zh);
    assert_eq!(code, 0, "{text}");
    assert_fits(&text, 80);
}

/// A pager that records what it was given into `paged.txt` next to the village.
fn recording_pager(v: &Village) -> (String, std::path::PathBuf) {
    let log = v.tmp.path().join("paged.txt");
    let script = v.outside(
        "pager.sh",
        format!("#!/bin/sh\ncat > '{}'\n", log.display()),
    );
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    (script.display().to_string(), log)
}

#[test]
fn output_taller_than_the_terminal_goes_through_the_pager() {
    let v = seeded_en();
    for i in 1..=12 {
        v.case(i, "A01", None);
    }
    let (pager, log) = recording_pager(&v);
    // Taller than 10 lines: paged, with LESS untouched for the user's pager.
    let (text, code) = at_size(&v, 120, 10, &["list"], &[("PAGER", &pager)]);
    assert_eq!(code, 0, "{text}");
    let paged = std::fs::read_to_string(&log).expect("the pager ran");
    for i in 1..=12 {
        assert!(paged.contains(&format!("NJ-2026-{i:04}")), "{paged}");
        assert!(!text.contains(&format!("NJ-2026-{i:04}")), "{text}");
    }
    std::fs::remove_file(&log).unwrap();
    // LANE_PAGER wins over PAGER.
    let (_, code) = at_size(
        &v,
        120,
        10,
        &["list"],
        &[("PAGER", "/bin/false"), ("LANE_PAGER", &pager)],
    );
    assert_eq!(code, 0);
    assert!(log.exists());
    std::fs::remove_file(&log).unwrap();
    // Shorter than the terminal: printed directly.
    let (text, _) = at_size(&v, 120, 40, &["list"], &[("PAGER", &pager)]);
    assert!(!log.exists());
    assert!(text.contains("NJ-2026-0012"), "{text}");
    // --no-pager, LANE_PAGER or PAGER empty or cat: printed directly.
    for env in [
        vec![("PAGER", pager.as_str())],
        vec![("PAGER", pager.as_str()), ("LANE_PAGER", "")],
        vec![("PAGER", "")],
        vec![("PAGER", "cat")],
    ] {
        let args: &[&str] = if env.len() == 1 && env[0].1 == pager {
            &["list", "--no-pager"]
        } else {
            &["list"]
        };
        let (text, code) = at_size(&v, 120, 10, args, &env);
        assert_eq!(code, 0, "{env:?}: {text}");
        assert!(!log.exists(), "{env:?}");
        assert!(
            text.contains("NJ-2026-0001") && text.contains("NJ-2026-0012"),
            "{env:?}: {text}"
        );
    }
    // A pager that is not installed: printed directly.
    let (text, code) = at_size(
        &v,
        120,
        10,
        &["list"],
        &[("PAGER", "/nonexistent/pager -R")],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("NJ-2026-0012"), "{text}");
    // Piped: never.
    let out = v.run("list").env("PAGER", &pager).env("LINES", "5").ok();
    assert!(!log.exists());
    assert!(out.contains("NJ-2026-0012"));
}

/// The harness sets NO_COLOR=1 for every command; colour tests set it empty.
const COLOUR: &[(&str, &str)] = &[("NO_COLOR", "")];

/// Ctrl-C while the pager runs is the pager's: lane waits for it and exits 0
/// (as git does), instead of dying under it and leaving it the terminal.
#[test]
fn ctrl_c_while_the_pager_runs_is_the_pagers() {
    let v = seeded_en();
    for i in 1..=12 {
        v.case(i, "A01", None);
    }
    let log = v.tmp.path().join("paged.txt");
    let script = v.outside(
        "pager.sh",
        format!(
            "#!/bin/sh\ntrap '' INT\necho PAGER-READY\nsleep 1\ncat > '{}'\n",
            log.display()
        ),
    );
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let script = script.display().to_string();
    let mut p = spawn_at_size(&v, (120, 10), &["list"], &[("PAGER", &script)]);
    p.exp_string("PAGER-READY").unwrap();
    p.send("\u{3}").unwrap();
    p.flush().unwrap();
    let (text, code) = finish(p);
    assert_eq!(code, 0, "{text}");
    let paged = std::fs::read_to_string(&log).expect("the pager finished");
    assert!(paged.contains("NJ-2026-0012"), "{paged}");
}

#[test]
fn overdue_rows_are_red_at_a_terminal_and_never_with_no_color() {
    let v = seeded_en();
    v.case(1, "A01", None); // opened 2026-11-03, overdue at the harness's clock
    let red = "\u{1b}[38;5;1m";
    for args in [&["overdue"][..], &["list"][..]] {
        let (text, _) = at_size(&v, 120, 40, args, COLOUR);
        let row = text.lines().find(|l| l.contains("NJ-2026-0001")).unwrap();
        assert!(row.contains(red), "{args:?}: {row:?}");
        // Forced when piped; NO_COLOR wins over CLICOLOR_FORCE, and TERM=dumb
        // turns it off at a terminal.
        let forced = v
            .lane_env(args, &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")])
            .stdout;
        assert!(forced.contains(red), "{forced}");
        let (text, _) = at_size(
            &v,
            120,
            40,
            args,
            &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
        );
        assert!(!text.contains('\u{1b}'), "{text:?}");
        let (text, _) = at_size(&v, 120, 40, args, &[("NO_COLOR", ""), ("TERM", "dumb")]);
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(!v.lane(args).stdout.contains('\u{1b}'));
    }
    // An open case that is not overdue is not red.
    let (text, _) = at_size(&v, 120, 40, &["list"], COLOUR);
    let header = text.lines().find(|l| l.contains("│ id")).unwrap();
    assert!(!header.contains(red));
}
#[test]
fn errors_and_headings_take_colour_only_when_asked() {
    let v = seeded_en();
    let out = v.lane_env(
        &["show", "NJ-2026-9999"],
        &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")],
    );
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.starts_with("\u{1b}[31merror:\u{1b}[0m "),
        "{:?}",
        out.stderr
    );
    let plain = v.lane(&["show", "NJ-2026-9999"]);
    assert!(plain.stderr.starts_with("error: "), "{:?}", plain.stderr);
    let out = v.lane_env(
        &["show", "NJ-2026-9999"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(out.stderr.starts_with("error: "), "{:?}", out.stderr);
    // A warning's prefix is yellow (a case file that cannot be read).
    v.write("tickets/2026/NJ-2026-0001.toml", "not toml");
    let out = v.lane_env(&["list"], &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")]);
    assert!(
        out.stderr.starts_with("\u{1b}[33mwarning:\u{1b}[0m "),
        "{:?}",
        out.stderr
    );
    assert!(v.lane(&["list"]).stderr.starts_with("warning: "));
    // Report headings are bold at a terminal.
    let (text, _) = at_size(&v, 120, 200, &["report"], COLOUR);
    assert!(text.contains("\u{1b}[1mBy alley\u{1b}[0m"), "{text}");
}
#[test]
fn ctrl_c_at_a_prompt_shows_the_cursor_again_and_exits_130() {
    let v = seeded_en();
    let before = v.snapshot();
    let mut p = pty(&v, &["open"], &[("LANE_BY", "L02")]);
    let mut seen = p.exp_string("Category").unwrap() + "Category";
    seen += &(p.exp_string("feedback").unwrap() + "feedback");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send("\u{3}").unwrap();
    p.flush().unwrap();
    let (rest, code) = finish(p);
    let seen: Vec<u8> = seen.chars().map(|c| c as u32 as u8).collect();
    let text = String::from_utf8_lossy(&seen).into_owned() + &rest;
    assert_eq!(code, 130, "{text:?}");
    let hidden = text.find("\u{1b}[?25l").expect("the list hid the cursor");
    let shown = text
        .rfind("\u{1b}[?25h")
        .expect("the cursor is shown again");
    assert!(shown > hidden, "{text:?}");
    v.assert_unchanged(&before);
}

/// `lane patrol list` (about 100 columns wide in full) fits 80 columns by hiding
/// the case and household columns, says so, and shows them all with `--wide`;
/// piped, every column and no note.
#[test]
fn patrol_list_fits_80_columns_and_wide_shows_all() {
    let v = Village::sample();
    let rows = csv_rows(v.run("patrol list --format csv").ok());
    assert!(rows.len() > 100, "{}", rows.len());
    let (text, code) = at_size(
        &v,
        80,
        40,
        &["patrol", "list", "--no-pager"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{}", &text[..300]);
    assert_fits(&text, 80);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("2 columns hidden to fit the terminal (ticket, household)"),
        "{first}"
    );
    for r in &rows[1..] {
        assert!(
            text.contains(&format!("│ {} ┆ {} ", r[0], r[1])),
            "{}",
            r[0]
        );
    }
    for cols in [120, 160] {
        let (text, _) = at_size(
            &v,
            cols,
            40,
            &["patrol", "list", "--no-pager"],
            &[("NO_COLOR", "1")],
        );
        assert_fits(&text, cols as usize);
        assert!(!text.contains("hidden"), "{cols}");
    }
    let (text, _) = at_size(
        &v,
        80,
        40,
        &["patrol", "list", "--wide", "--no-pager"],
        &[("NO_COLOR", "1")],
    );
    assert!(!text.contains("hidden"));
    assert!(text.lines().nth(1).unwrap().contains("ticket"));
    let out = v.run("patrol list").out();
    assert_eq!(out.stderr, "");
    assert!(out.stdout.lines().nth(1).unwrap().contains("ticket"));
}

/// `lane stars list` (five criteria and the totals, about 107 columns) fits 80
/// columns by hiding note, awarded and alley, and shows them all with `--wide`.
#[test]
fn stars_list_fits_80_columns_and_wide_shows_all() {
    let v = Village::sample();
    let rows = csv_rows(v.run("stars list --format csv").ok());
    assert!(rows.len() > 100, "{}", rows.len());
    let (text, code) = at_size(
        &v,
        80,
        40,
        &["stars", "list", "--no-pager"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(code, 0, "{}", &text[..300]);
    assert_fits(&text, 80);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("3 columns hidden to fit the terminal (note, awarded, alley)"),
        "{first}"
    );
    for r in &rows[1..] {
        assert!(text.contains(&format!("│ {} ", r[0])), "{}", r[0]);
    }
    let (text, _) = at_size(
        &v,
        80,
        40,
        &["stars", "list", "--wide", "--no-pager"],
        &[("NO_COLOR", "1")],
    );
    assert!(!text.contains("hidden"));
    assert!(text.lines().nth(1).unwrap().contains("awarded"));
    let out = v.run("stars list").out();
    assert_eq!(out.stderr, "");
    assert!(out.stdout.lines().nth(1).unwrap().contains("awarded"));
}

/// The report's headline, one long sentence, is broken at 80 columns between
/// words (between characters in Chinese), never inside a word or number; piped,
/// it stays one line.
#[test]
fn the_report_headline_wraps_between_words_at_a_terminal() {
    let v = Village::sample();
    let piped = v.run("report").ok().lines().nth(2).unwrap().to_string();
    assert!(piped.width() > 80, "{piped}");
    let (text, code) = at_size(&v, 80, 40, &["report", "--no-pager"], &[("NO_COLOR", "1")]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = text.lines().skip(2).take_while(|l| !l.is_empty()).collect();
    assert!(lines.len() > 1, "{text}");
    assert!(lines.iter().all(|l| l.width() <= 80), "{lines:?}");
    assert_eq!(lines.join(" "), piped);
}
