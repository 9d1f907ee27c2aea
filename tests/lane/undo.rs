//! `lane undo` (issue 15): one command takes back the last change lane committed,
//! as a revert commit, leaving the folder and the index as before the change; it
//! refuses, changing nothing, where the last commit is not lane's or the folder
//! has changes git does not have.

use crate::harness::{git, Village};

fn seeded_repo() -> Village {
    let v = Village::with_git();
    v.seed();
    git(&v.root, &["add", "-A"]);
    git(&v.root, &["commit", "-qm", "seed"]);
    v
}

/// What a person and a script see of the folder: its files, the cases as JSON
/// (through the index) and one case's page.
fn seen(v: &Village) -> (std::collections::BTreeMap<String, Vec<u8>>, String, String) {
    let list = v.run("--format json list").ok();
    let show = v.lane(&["--format", "json", "show", "NJ-2026-0002"]);
    (v.snapshot(), list, show.stdout + &show.stderr)
}

/// The short SHA of HEAD.
fn head(v: &Village) -> String {
    v.git(&["rev-parse", "--short=7", "HEAD"])
        .trim()
        .to_string()
}

/// `lane undo` succeeds and says what it undid: `undid: SUBJECT (commit SHA)`; the
/// new HEAD is the undo commit.
#[track_caller]
fn undo_says(v: &Village, subject: &str, sha: &str) {
    let out = v.lane(&["undo"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr, format!("undid: {subject} (commit {sha})\n"));
    assert_eq!(v.git_log()[0], format!("undo: {subject}"));
}

#[test]
fn undo_takes_back_open_resolve_and_household_add_exactly() {
    let v = seeded_repo();
    let open: &[&str] = &[
        "open",
        "--by",
        "L01",
        "--title",
        "t",
        "--category",
        "sanitation",
        "--alley",
        "A01",
        "--at",
        "2026-11-10T09:00",
    ];
    // Each action, what its commit says, and what it says done again after the undo.
    let actions: &[(&[&str], &str, &str)] = &[
        (
            &["household", "add", "--head", "孙丽", "--alley", "A02"],
            "household: add H0004 孙丽 (A02)",
            "household: add H0004 孙丽 (A02)",
        ),
        (
            &[
                "patrol",
                "--leader",
                "L01",
                "--kind",
                "inspection",
                "--at",
                "2026-11-12",
            ],
            "patrol 2026-11-0001: L01 inspection in A01 on 2026-11-12",
            "patrol 2026-11-0002: L01 inspection in A01 on 2026-11-12",
        ),
        // An undone case's or patrol row's number is not handed out again: a
        // household, a clone or the town may have seen NJ-2026-0001 already.
        (
            open,
            "NJ-2026-0001: open sanitation in A01 (t)",
            "NJ-2026-0002: open sanitation in A01 (t)",
        ),
        (
            &[
                "resolve",
                "NJ-2026-0002",
                "--by",
                "L01",
                "--note",
                "swept",
                "--at",
                "2026-11-11T09:00",
            ],
            "NJ-2026-0002: resolve (swept); close as fixed",
            "NJ-2026-0002: resolve (swept); close as fixed",
        ),
    ];
    for (args, subject, again) in actions {
        let before = seen(&v);
        let out = v.lane(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert_eq!(v.git_log()[0], *subject);
        assert_ne!(seen(&v), before, "{args:?} changed nothing");
        undo_says(&v, subject, &head(&v));
        assert_eq!(seen(&v), before, "{args:?} was not taken back exactly");
        assert_eq!(v.git(&["status", "--porcelain"]), "");
        assert_eq!(v.lane(args).code, 0);
        assert_eq!(v.git_log()[0], *again);
    }
}

#[test]
fn a_second_undo_takes_back_the_change_before_and_stops_at_the_folders_start() {
    let v = Village::with_git();
    v.run("alley add --id A01 --name 槐树巷").ok();
    let a01 = head(&v);
    v.run("alley add --id A02 --name 油坊巷").ok();
    let a02 = head(&v);
    let two = v.snapshot();
    v.run("alley add --id A03 --name 学堂巷").ok();
    undo_says(&v, "alley: add A03 学堂巷", &head(&v));
    assert_eq!(v.snapshot(), two);
    undo_says(&v, "alley: add A02 油坊巷", &a02);
    undo_says(&v, "alley: add A01 槐树巷", &a01);
    v.run("alley list --format csv")
        .stdout("id,name,group,leader,leader_name,phone,households,note\n")
        .success();
    let log = v.git_log();
    v.run("undo")
        .stderr("error: there is nothing to undo: since the folder was made no change was committed, or every one is undone already\n")
        .status(1);
    assert_eq!(v.git_log(), log);
}

#[test]
fn undo_refuses_a_commit_made_by_hand_or_a_merge_and_changes_nothing() {
    let v = seeded_repo();
    let before = v.snapshot();
    let short = v.git(&["rev-parse", "--short=7", "HEAD"]);
    v.run("undo")
        .stderr(format!("error: cannot undo: the last commit, {} \"seed\", was not made by lane\nhint: lane undoes only its own changes; take this one back with git itself (`git revert`)\n", short.trim()))
        .status(1);
    v.assert_unchanged(&before);
    assert_eq!(v.git_log()[0], "seed");
    // A lane change merged from a branch: the merge is HEAD.
    let main = v.git(&["symbolic-ref", "--short", "HEAD"]);
    v.git(&["checkout", "-qb", "side"]);
    v.run("alley add --id A03 --name 学堂巷").ok();
    v.git(&["checkout", "-q", main.trim()]);
    v.git(&["merge", "-q", "--no-ff", "-m", "merge side", "side"]);
    let short = v.git(&["rev-parse", "--short=7", "HEAD"]);
    let before = v.snapshot();
    v.run("undo")
        .stderr(format!("error: cannot undo: the last commit, {} \"merge side\", is a merge\nhint: lane undoes only its own changes; take this one back with git itself (`git revert`)\n", short.trim()))
        .status(1);
    v.assert_unchanged(&before);
    assert_eq!(v.git_log()[0], "merge side");
}

#[test]
fn undo_refuses_while_the_folder_has_changes_git_does_not_have() {
    let v = seeded_repo();
    v.run("alley add --id A03 --name 学堂巷").ok();
    let log = v.git_log();
    // A hand edit of a registry, a change written with --no-commit, a new file.
    type Make = dyn Fn(&Village);
    let dirty: &[(&str, &Make)] = &[
        ("alleys.csv", &|v| {
            let mut s = v.read("alleys.csv");
            s.push_str("A09,井台巷,三组,,\n");
            v.write("alleys.csv", s);
        }),
        ("households.csv", &|v| {
            v.run("--no-commit household add --head 孙丽 --alley A02")
                .ok();
        }),
        ("tickets/2026/NJ-2026-0009.toml", &|v| {
            v.case(9, "A01", None);
        }),
    ];
    for (path, make) in dirty {
        git(&v.root, &["reset", "-q", "--hard"]);
        git(&v.root, &["clean", "-qfd", "tickets"]);
        make(&v);
        let before = v.snapshot();
        v.run("undo")
            .stderr(format!("error: cannot undo: the data folder has changes git does not have ({path})\nhint: commit them (`git add -A` and `git commit`) or put them back (`git checkout -- .`), then undo\n"))
            .status(1);
        v.assert_unchanged(&before);
        assert_eq!(v.git_log(), log, "{path}");
    }
    // A file lane does not keep (a note of the clerk's) does not stand in the way.
    git(&v.root, &["reset", "-q", "--hard"]);
    git(&v.root, &["clean", "-qfd", "tickets"]);
    v.write("notes.txt", "x");
    undo_says(&v, "alley: add A03 学堂巷", &head(&v));
}

#[test]
fn undo_without_git_or_with_no_commit_is_a_clear_error() {
    let v = Village::new();
    v.seed();
    let before = v.snapshot();
    v.run("undo")
        .stderr(format!("error: {} is not a git repository, so there is no lane commit to undo\nhint: a folder without git keeps no history; correct the record with the command that changes it (`lane note`, `lane reopen`, `lane household edit`, ...)\n", v.root.display()))
        .status(1);
    v.assert_unchanged(&before);
    let v = seeded_repo();
    v.run("alley add --id A03 --name 学堂巷").ok();
    let log = v.git_log();
    v.run("--no-commit undo")
        .stderr("error: `lane undo` makes a commit, so it cannot run with --no-commit\n")
        .status(2);
    assert_eq!(v.git_log(), log);
}

#[test]
fn undo_speaks_chinese_in_a_chinese_folder() {
    let v = seeded_repo();
    let zh = [("LANE_LANG", "zh-CN")];
    let out = v.lane_env(&["alley", "add", "--id", "A03", "--name", "学堂巷"], &zh);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let head = v.git(&["rev-parse", "--short=7", "HEAD"]);
    let out = v.lane_env(&["undo"], &zh);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            0,
            format!("已撤销：alley: add A03 学堂巷（提交 {}）\n", head.trim()).as_str()
        )
    );
    let short = v.git(&["rev-parse", "--short=7", "HEAD~2"]);
    // The undo and its change pass as a pair; then comes the hand commit.
    let out = v.lane_env(&["undo"], &zh);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (1, format!("错误：不能撤销：最近一次提交 {}“seed”不是 lane 做的\n提示：lane 只撤销它自己做的改动；这一次请直接用 git 撤回（`git revert`）\n", short.trim()).as_str())
    );
}
