//! Records accepted when written that block later work, and messages that said the
//! wrong thing (issue 12, items 11-14, and the findings of writing FORMAT.md): each
//! is refused at the command, reported by `lane check`, or said plainly.

use crate::harness::Village;

fn seeded() -> Village {
    let v = Village::new();
    v.seed();
    v
}

/// Appends `text` to a case file (a hand edit).
fn append(v: &Village, rel: &str, text: &str) {
    let mut s = v.read(rel);
    s.push_str(text);
    v.write(rel, s);
}

const CHECK_FAILED: &str = "error: 1 problem found\n";

// 11. Event times in the future; an `opened` of another year than the ID's.

#[test]
fn check_reports_an_event_in_the_future() {
    let v = seeded();
    let rel = v.case(1, "A01", None);
    append(
        &v,
        &rel,
        "\n[[events]]\nat = \"2062-11-04T09:00:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"typo of the year\"\n",
    );
    let out = v.run("check").out();
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(
        out.stdout,
        "tickets/2026/NJ-2026-0001.toml:13: event 2 (note) is at 2062-11-04T09:00:00+08:00, in the future (now is 2026-11-20T10:00:00+08:00); every later event would be refused as earlier: correct its `at` (a typo of the year?)\n"
    );
    // A time a few hours ahead (a clone's clock) is not a typo.
    let v = seeded();
    let rel = v.case(1, "A01", None);
    append(&v, &rel, "\n[[events]]\nat = \"2026-11-20T15:00:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"soon\"\n");
    v.run("check").ok();
}

#[test]
fn a_write_after_a_future_event_says_which_event_and_how_to_fix_it() {
    let v = seeded();
    let rel = v.case(1, "A01", None);
    append(&v, &rel, "\n[[events]]\nat = \"2062-11-04T09:00:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"typo\"\n");
    let before = v.snapshot();
    v.run("note 1 'checked again' --by L01")
        .stderr(
            "error: NJ-2026-0001: 2026-11-20T10:00:00+08:00 is earlier than the case's last event (2062-11-04T09:00:00+08:00); events are kept in time order\n\
             hint: event 2 (note) at tickets/2026/NJ-2026-0001.toml:13 is at 2062-11-04T09:00:00+08:00, in the future (now is 2026-11-20T10:00:00+08:00); correct its `at` in the file (a typo of the year?), then run `lane check`\n",
        )
        .status(1);
    v.assert_unchanged(&before);
}

#[test]
fn check_reports_an_opened_of_another_year_than_the_id() {
    let v = seeded();
    let rel = v.case(1, "A01", None);
    let text = v
        .read(&rel)
        .replace("2026-11-03T09:15:00+08:00", "2025-11-03T09:15:00+08:00");
    v.write(&rel, text);
    v.run("check")
        .stdout("tickets/2026/NJ-2026-0001.toml:6: `opened` is in 2025, but the case is numbered in 2026 (its ID and year folder); correct the year of `opened` and of the open event\n")
        .stderr("checked 2 alleys, 2 leaders, 3 households, 1 case: 1 error, 0 warnings\n".to_string() + CHECK_FAILED)
        .status(1);
}

// 12. Duplicates of nothing, of themselves, and in a circle.

#[test]
fn close_as_duplicate_of_a_case_that_does_not_exist_is_refused() {
    let v = seeded();
    v.case(1, "A01", None);
    let before = v.snapshot();
    for of in ["99", "NJ-2026-0099"] {
        let out = v
            .run(&format!("close 1 --as duplicate --of {of} --by L01"))
            .out();
        assert_eq!(out.code, 1, "{out:?}");
        assert!(
            out.stderr.contains("NJ-2026-0099") || out.stderr.contains("99"),
            "{out:?}"
        );
    }
    v.run("close 1 --as duplicate --of 1 --by L01")
        .stderr("error: --of: NJ-2026-0001 is this case; a case cannot duplicate itself\nhint: give the case that still tracks the problem\n")
        .status(1);
    v.assert_unchanged(&before);
}

#[test]
fn two_cases_closed_as_duplicates_of_each_other_are_refused() {
    let v = seeded();
    v.case(1, "A01", None);
    v.case(2, "A01", None);
    v.case(3, "A01", None);
    v.run("close 1 --as duplicate --of 2 --by L01").ok();
    let before = v.snapshot();
    v.run("close 2 --as duplicate --of 1 --by L01")
        .stderr("error: --of: NJ-2026-0001 is closed as a duplicate itself, and the chain comes back round (NJ-2026-0002 → NJ-2026-0001 → NJ-2026-0002); nothing would track the problem\n\
                 hint: close NJ-2026-0002 as a duplicate of a case that is still open or fixed, or reopen NJ-2026-0001 first\n")
        .status(1);
    v.assert_unchanged(&before);
    // A chain that ends in a case still open is fine.
    v.run("close 3 --as duplicate --of 1 --by L01").ok();
    v.run("check").ok();
}

#[test]
fn check_reports_duplicates_of_nothing_of_themselves_and_in_a_circle() {
    let v = seeded();
    let close = |of: &str, reason: &str| {
        format!("\n[[events]]\nat = \"2026-11-04T09:00:00+08:00\"\nby = \"L01\"\naction = \"close\"\nas = \"{reason}\"\nof = \"{of}\"\n")
    };
    for (seq, of, reason) in [
        (1, "NJ-2026-0002", "duplicate"),
        (2, "NJ-2026-0001", "duplicate"),
        (3, "NJ-2026-0003", "duplicate"),
        (4, "NJ-2026-0099", "duplicate"),
        (5, "NJ-2026-0001", "unable"),
        (6, "NJ-2026-0001", "duplicate"),
    ] {
        let rel = v.case(seq, "A01", None);
        append(&v, &rel, &close(of, reason));
    }
    let out = v.run("check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "tickets/2026/NJ-2026-0003.toml:13: the case is closed as a duplicate of itself; nothing tracks the problem: give the case it duplicates in `of`, or reopen it\n\
         tickets/2026/NJ-2026-0005.toml:13: `of = \"NJ-2026-0001\"` goes only with `as = \"duplicate\"` (this close is as unable); delete the `of` line or correct `as`\n\
         tickets/2026/NJ-2026-0001.toml:13: closed as a duplicate in a circle (NJ-2026-0001 → NJ-2026-0002 → NJ-2026-0001); nothing tracks the problem: reopen one of them\n\
         tickets/2026/NJ-2026-0002.toml:13: closed as a duplicate in a circle (NJ-2026-0002 → NJ-2026-0001 → NJ-2026-0002); nothing tracks the problem: reopen one of them\n\
         tickets/2026/NJ-2026-0004.toml:13: closed as a duplicate of `NJ-2026-0099`, which does not exist; give an existing case in `of`, or reopen this one\n",
        "{}",
        out.stdout
    );
}

// 13. Star rounds dated in the future; awards before their round.

#[test]
fn star_dates_in_the_future_or_before_the_round_are_refused() {
    let v = seeded();
    let before = v.snapshot();
    v.run("stars new 2026 --date 2062-11-01")
        .stderr("error: --date: 2062-11-01 is in the future (today is 2026-11-20)\nhint: give the day it happened; a star round is recorded on or after the day\n")
        .status(2);
    v.assert_unchanged(&before);
    v.run("stars new 2026 --date 2026-11-01").ok();
    v.run("stars rate H0001 --met all").ok();
    let before = v.snapshot();
    v.run("stars award --date 2062-11-18")
        .stderr("error: --date: 2062-11-18 is in the future (today is 2026-11-20)\nhint: give the day it happened; a star round is recorded on or after the day\n")
        .status(2);
    v.run("stars award --date 2025-12-30")
        .stderr("error: --date: 2025-12-30 is before round 2026 (of 2026); a household is awarded after its round\nhint: give the day the plaques were handed out\n")
        .status(1);
    v.assert_unchanged(&before);
}

#[test]
fn check_reports_awards_in_the_future_or_before_the_round_and_formulas_in_rounds() {
    let v = seeded();
    v.write(
        "stars/2026.csv",
        "household,helpful,honest,diligent,clean,harmony,stars,awarded,note\n\
         H0001,1,1,1,1,1,5,2062-11-18,\n\
         H0002,1,1,1,1,1,5,2025-01-02,\n\
         H0003,1,1,0,1,0,3,,=HYPERLINK(\"x\")\n",
    );
    let out = v.run("check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "stars/2026.csv:2: `awarded` 2062-11-18 is in the future (today is 2026-11-20); correct the date\n\
         stars/2026.csv:3: `awarded` 2025-01-02 is before the round 2026 itself; correct the date\n\
         stars/2026.csv:4: warning: column `note` starts like a spreadsheet formula; lane prints it neutralised, but look at it before opening stars/2026.csv itself in a spreadsheet\n"
    );
}

// 14. Messages.

#[test]
fn an_unquoted_time_in_a_case_file_says_to_quote_it() {
    let v = seeded();
    let rel = v.case(1, "A01", None);
    let text = v.read(&rel).replace(
        "at = \"2026-11-03T09:15:00+08:00\"",
        "at = 2026-11-03T09:15:00+08:00",
    );
    v.write(&rel, text);
    let out = v.run("check").out();
    assert_eq!(
        out.stdout,
        "tickets/2026/NJ-2026-0001.toml:9: `at` is a time without quotes; a case file writes times as strings: at = \"2026-11-03T09:15:00+08:00\"\n"
    );
}

#[test]
fn an_empty_lane_data_is_unset() {
    let v = seeded();
    // From inside the folder: the nearest lane.toml upward, as without LANE_DATA.
    let mut c = crate::harness::lane_cmd(&v.root);
    c.env("LANE_DATA", "")
        .args(["alley", "list", "--format", "csv"]);
    let out = crate::harness::run(c);
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.starts_with("id,name"), "{out:?}");
}

#[test]
fn confirmation_lines_show_control_characters_and_line_breaks_escaped() {
    let t = tempfile::tempdir().unwrap();
    crate::harness::run_at(t.path(), "init v --no-git --name")
        .arg("Nan\njie\u{1b}[31m")
        .stderr("created v for Nan\\njie\\u{1b}[31m\nno default --by yet: set who records actions with `lane --data v local --by NAME`, or give --by to each command\n")
        .success();
}

// Findings of FORMAT.md.

#[test]
fn stray_keys_on_any_event_are_errors_with_their_line() {
    for (action, extra) in [
        (
            "escalate\"\nto = \"village\"\nreason = \"r",
            "result = \"satisfied\"",
        ),
        ("visit\"\nresult = \"satisfied", "to = \"town\""),
        ("close\"\nas = \"unable", "on_spot = true"),
        ("reopen\"\nreason = \"again", "dept = \"x\""),
    ] {
        let v = seeded();
        let rel = v.case(1, "A01", None);
        append(&v, &rel, &format!("\n[[events]]\nat = \"2026-11-04T09:00:00+08:00\"\nby = \"L01\"\naction = \"{action}\"\n{extra}\n"));
        let out = v.run("check").out();
        let name = action.split('"').next().unwrap();
        let key = extra.split(' ').next().unwrap();
        assert_eq!(out.code, 1, "{action}");
        assert!(
            out.stdout.starts_with(&format!(
                "tickets/2026/NJ-2026-0001.toml:13: a `{name}` event has no `{key}`"
            )),
            "{}",
            out.stdout
        );
    }
}

#[test]
fn a_note_with_a_line_break_is_refused_before_it_breaks_a_csv_log() {
    let v = seeded();
    v.run("stars new 2026").ok();
    let before = v.snapshot();
    let msg = "error: --note: the text has a line break; a row of the file is one line: write it on one line (use `;` between parts)\n";
    v.run("patrol --leader L01 --kind inspection --note")
        .arg("two\nlines")
        .stderr(msg)
        .status(2);
    v.run("stars rate H0001 --met all --note")
        .arg("two\r\nlines")
        .stderr(msg)
        .status(2);
    v.assert_unchanged(&before);
    v.run("check").ok();
}

#[test]
fn a_resolved_case_may_close_without_a_fix_and_says_so() {
    let v = seeded();
    v.case(1, "A01", None);
    let rel = "tickets/2026/NJ-2026-0001.toml";
    let text = v.read(rel).replace("sanitation", "hazard");
    v.write(rel, text);
    v.run("resolve 1 --note done --by L01").ok();
    v.run("close 1 --by L01")
        .stderr("error: NJ-2026-0001: this category needs a return visit before the case closes: record it with `lane visit`; allowed now: note, visit, close --as (not fixed), reopen\n")
        .status(1);
    v.run("close 1 --as referred --by L01").ok();
}

#[test]
fn at_in_utc_without_seconds_is_accepted() {
    let v = seeded();
    v.run("open --title x --category hazard --alley A01 --by L01 --at 2026-11-03T09:15Z")
        .ok();
    assert!(v
        .read("tickets/2026/NJ-2026-0001.toml")
        .contains("opened = \"2026-11-03T09:15:00+00:00\""));
}

#[test]
fn a_profile_error_names_lane_toml_once() {
    let v = seeded();
    let text = v.read("lane.toml");
    let cut = text.find("[[levels]]").unwrap();
    let end = text.find("[[categories]]").unwrap();
    v.write(
        "lane.toml",
        format!("levels = []\n{}{}", &text[..cut], &text[end..]),
    );
    v.run("list")
        .stderr("error: lane.toml: at least one [[levels]] entry is needed\n")
        .status(2);
}

#[test]
fn a_relative_data_folder_takes_every_write() {
    let v = seeded();
    // `--data village` from the folder above it: the temp files of a write are
    // inside the folder, not "outside the data folder village".
    for args in [
        &[
            "--data",
            "village",
            "alley",
            "add",
            "--id",
            "A03",
            "--name",
            "Well Lane",
        ][..],
        &[
            "--data",
            "village",
            "leader",
            "add",
            "--id",
            "L03",
            "--name",
            "钱多",
            "--alley",
            "A03",
            "--background",
            "cadre",
            "--selected-by",
            "two-committees",
            "--since",
            "2026-01-01",
        ][..],
    ] {
        let out = crate::harness::lane_at(v.tmp.path(), args);
        assert_eq!(out.code, 0, "{args:?}: {out:?}");
    }
    v.run("check").ok();
}

#[test]
fn check_gives_the_advice_for_a_whole_patrol_log_or_star_round_it_cannot_read() {
    let v = seeded();
    v.write(
        "patrols/2026-10.csv",
        "date,leader,alley,kind,household,case,note\n",
    );
    v.write("stars/2026.csv", b"household,helpful\xb0\xa1\n");
    let out = v.run("check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "patrols/2026-10.csv:1: unknown column `case`; the header must be exactly `id,date,leader,alley,kind,household,ticket,note`\n\
         stars/2026.csv:1: the file is GBK/GB18030 text, not UTF-8; convert it with `iconv -f GB18030 -t UTF-8 stars/2026.csv > converted.csv`, then put converted.csv in its place\n"
    );
}
