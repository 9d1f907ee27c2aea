//! A case file edited by hand into an impossible state: an event out of time order,
//! an unknown action, a level lane.toml does not have, a merge conflict marker left
//! in. `lane check` names each with path:line and what to do; every command that
//! would write to that case refuses and writes nothing; the other cases keep working;
//! once the file is fixed, so does this one.

use crate::harness::Village;

const BROKEN: &str = "tickets/2026/NJ-2026-0001.toml";

/// Two cases: NJ-2026-0001 opened, noted and escalated to the village; NJ-2026-0002
/// opened.
fn village() -> Village {
    let v = Village::new();
    v.seed();
    for (title, at) in [
        ("井盖松动", "2026-11-10T08:00"),
        ("路灯不亮", "2026-11-11T08:00"),
    ] {
        v.lane(&[
            "open",
            "--by",
            "L01",
            "--title",
            title,
            "--category",
            "hazard",
            "--alley",
            "A01",
            "--at",
            at,
        ])
        .ok();
    }
    v.run("note 1 已联系 --by L01 --at 2026-11-12T09:00").ok();
    v.run("escalate 1 --reason 需要更换井盖 --by L01 --at 2026-11-13T09:00")
        .ok();
    v
}

/// The case file of NJ-2026-0001 as lane wrote it.
const GOOD: &str = "\
id = \"NJ-2026-0001\"
title = \"井盖松动\"
category = \"hazard\"
alley = \"A01\"
source = \"inspection\"
opened = \"2026-11-10T08:00:00+08:00\"

[[events]]
at = \"2026-11-10T08:00:00+08:00\"
by = \"L01\"
action = \"open\"
deadline = \"2026-11-13T08:00:00+08:00\"

[[events]]
at = \"2026-11-12T09:00:00+08:00\"
by = \"L01\"
action = \"note\"
note = \"已联系\"

[[events]]
at = \"2026-11-13T09:00:00+08:00\"
by = \"L01\"
action = \"escalate\"
to = \"village\"
reason = \"需要更换井盖\"
deadline = \"2026-11-20T09:00:00+08:00\"
";

/// Every command that writes to a case.
const WRITES: &[&[&str]] = &[
    &["note", "1", "x", "--by", "L01"],
    &["escalate", "1", "--reason", "x", "--by", "L01"],
    &["resolve", "1", "--note", "x", "--by", "L01"],
    &["visit", "1", "--result", "satisfied", "--by", "L01"],
    &["close", "1", "--as", "unable", "--by", "L01"],
    &[
        "close",
        "1",
        "--as",
        "duplicate",
        "--of",
        "2",
        "--by",
        "L01",
    ],
    &["reopen", "1", "--reason", "x", "--by", "L01"],
];

/// Plants `text` as the case file, then checks what `lane check` says (exactly
/// `problem` on stdout), that every write to the case refuses with exit `code` and
/// `refusal` (first line of stderr) and writes nothing, that the other case still works, and that
/// putting the good file back makes the case work again.
fn planted(text: &str, problem: &str, code: i32, refusal: &str) {
    let v = village();
    assert_eq!(v.read(BROKEN), GOOD);
    v.write(BROKEN, text);
    let check = v.run("check").out();
    assert_eq!(
        (check.code, check.stdout.as_str()),
        (1, format!("{problem}\n").as_str()),
        "{}",
        check.stderr
    );
    let before = v.snapshot();
    for args in WRITES {
        let out = v.lane(args);
        assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "");
        assert_eq!(
            out.stderr.lines().next(),
            Some(refusal),
            "{args:?}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("\nhint: fix the "),
            "{args:?}: {}",
            out.stderr
        );
        v.assert_unchanged(&before);
    }
    // The other case keeps working, and lists leave the broken one out with a word.
    v.run("note 2 另一件 --by L01").ok();
    let list = v.run("--format csv list").out();
    assert_eq!(list.ok().lines().count(), 2);
    assert_eq!(
        list.stderr,
        "warning: 1 case file could not be read and is left out; `lane check` lists them\n"
    );
    // Fixed by hand, the case takes changes again.
    v.write(BROKEN, GOOD);
    v.run("check").ok();
    v.run("note 1 修好了 --by L01").ok();
}

#[test]
fn an_event_out_of_time_order() {
    planted(
        &GOOD.replace("at = \"2026-11-12T09:00:00+08:00\"", "at = \"2026-11-09T09:00:00+08:00\""),
        "tickets/2026/NJ-2026-0001.toml:14: event 2 (note) is not allowed: \
         2026-11-09T09:00:00+08:00 is earlier than the case's last event (2026-11-10T08:00:00+08:00); \
         events are kept in time order; correct the event's `at`, or move the event to its place in time",
        1,
        "error: tickets/2026/NJ-2026-0001.toml:14: the case file is in an impossible state \
         (2026-11-09T09:00:00+08:00 is earlier than the case's last event (2026-11-10T08:00:00+08:00); \
         events are kept in time order); it cannot be changed until it is fixed",
    );
}

#[test]
fn an_unknown_action() {
    planted(
        &GOOD.replace("action = \"note\"", "action = \"ponder\""),
        "tickets/2026/NJ-2026-0001.toml:14: unknown action `ponder`; \
         actions are open, note, escalate, resolve, visit, close, reopen",
        2,
        "error: tickets/2026/NJ-2026-0001.toml:14: unknown action `ponder`; \
         actions are open, note, escalate, resolve, visit, close, reopen",
    );
}

#[test]
fn a_level_lane_toml_does_not_have() {
    planted(
        &GOOD.replace("to = \"village\"", "to = \"province\""),
        "tickets/2026/NJ-2026-0001.toml:20: event 3 (escalate) is not allowed: \
         `province` is not a level (alley, village, town); \
         write one of lane.toml's levels (alley, village, town) in `to`, or add the level to lane.toml",
        1,
        "error: tickets/2026/NJ-2026-0001.toml:20: the case file is in an impossible state \
         (`province` is not a level (alley, village, town)); it cannot be changed until it is fixed",
    );
}

#[test]
fn a_merge_conflict_marker_left_in() {
    let conflicted = GOOD.replace(
        "\n[[events]]\nat = \"2026-11-13T09:00:00+08:00\"",
        "\n<<<<<<< HEAD\n[[events]]\nat = \"2026-11-13T09:00:00+08:00\"",
    ) + "=======\n[[events]]\nat = \"2026-11-13T10:00:00+08:00\"\nby = \"L02\"\naction = \"resolve\"\nnote = \"x\"\n>>>>>>> other\n";
    planted(
        &conflicted,
        "tickets/2026/NJ-2026-0001.toml:20: a git merge conflict marker is left in the file: \
         keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines",
        2,
        "error: tickets/2026/NJ-2026-0001.toml:20: a git merge conflict marker is left in the file: \
         keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines",
    );
}

/// The same for a registry that `git merge` left conflicted: named by line, and every
/// command that would rewrite it refuses.
#[test]
fn a_merge_conflict_in_a_registry() {
    let v = village();
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\n\
         H0001,王秀英,A01,一组1号,3,13900000001,elderly,\n\
         <<<<<<< HEAD\n\
         H0002,赵国强,A01,一组2号,4,,,\n\
         =======\n\
         H0002,赵国强,A01,一组3号,4,,,\n\
         >>>>>>> other\n\
         H0003,刘玉兰,A02,二组1号,2,13900000003,,\n",
    );
    let msg = "a git merge conflict marker is left in the file; keep the rows of both sides and delete the marker lines";
    let out = v.run("check").out();
    assert_eq!(
        out.stdout,
        format!(
            "households.csv:3: {msg}\nhouseholds.csv:5: {msg}\n\
             households.csv:6: duplicate household ID `H0002` (first at line 4)\n\
             households.csv:7: {msg}\n"
        )
    );
    // Every command that would rewrite households.csv refuses with the conflict
    // (an import too: its file is good, the registry it would change is not).
    let import = v.outside("new.csv", "户主,巷道\n孙长林,A01\n");
    let before = v.snapshot();
    for run in [
        v.run("household add --head 孙 --alley A01"),
        v.run("household edit H0001 --note x"),
        v.run("household import").arg(&import),
    ] {
        let out = run.out();
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stderr
                .starts_with(&format!("error: households.csv:3: {msg}\n")),
            "{}",
            out.stderr
        );
        v.assert_unchanged(&before);
    }
}
