//! The format version: a version-1 folder (tests/fixtures/v1, made by the last
//! format-1 lane with examples/make-v1-fixture.sh) is read as it is, refuses
//! writes until `lane migrate` upgrades it in one commit; a folder newer than this
//! lane is refused by every command.

use crate::harness::Village;

/// A copy of the version-1 fixture in a temp folder, committed to a fresh
/// repository when `with_git`.
fn v1(with_git: bool) -> Village {
    Village::fixture("v1", with_git)
}

const REFUSED: &str = "error: this folder is format 1; run `lane migrate` to upgrade it (one commit)\n\
hint: this lane writes format 3; every reading command (list, show, report, check) works on the folder as it is\n";

#[test]
fn a_version_1_folder_is_read_as_it_is() {
    let v = v1(false);
    let list = v.run("list --format csv").ok();
    assert_eq!(list.lines().count(), 10, "{list}");
    assert!(list.contains("NJ-2026-0007,closed"), "{list}");
    let show = v.run("show 2").ok();
    assert!(show.contains("Wires replaced"), "{show}");
    let report = v.run("report --month 2026-10 --format json").ok();
    assert!(report.contains("\"opened\""), "{report}");
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 4 households, 9 cases: 0 errors, 0 warnings\n")
        .success();
    for line in [
        "patrol list --month 2026-11",
        "stars list --round 2026",
        "board",
    ] {
        v.run(line).ok();
    }
}

#[test]
fn every_write_to_a_version_1_folder_is_refused_with_the_hint() {
    let v = v1(true);
    let before = v.snapshot();
    for line in [
        "note 6 'drain checked' --by L02",
        "open --title Pothole --category hazard --alley A01 --by L01",
        "close 6 --as unable --by L02",
        "household add --head 钱多 --alley A01",
        "alley add --name 'New Lane'",
        "patrol --leader L01 --kind inspection",
        "stars new 2027 --date 2026-11-19",
        "stars rate H0004 --round 2026 --met all",
        "reopen 7 --reason 'not the same drain' --by L02",
        "escalate 8 --reason 'needs the village' --by L02",
    ] {
        v.run(line).stderr(REFUSED).status(1);
    }
    v.assert_unchanged(&before);
    assert_eq!(v.git_log(), vec!["format 1"]);
}

#[test]
fn migrate_upgrades_in_one_commit_then_check_is_clean_and_writes_work() {
    let v = v1(true);
    let toml_before = v.read("lane.toml");
    // What each step changed is named between the parentheses (the steps of other
    // files are wired in at merge); lane.toml's `format` is always last.
    let said = |out: &crate::harness::Out, head: &str| {
        assert_eq!(out.code, 0, "{out:?}");
        assert!(
            out.stderr.starts_with(&format!("{head}format 1 → 3 ("))
                && out.stderr.contains("lane.toml: format = 3)"),
            "{out:?}"
        );
    };
    said(&v.run("migrate --dry-run").out(), "would migrate: ");
    assert!(v
        .run("migrate --dry-run")
        .out()
        .stderr
        .ends_with(" (dry run: nothing written)\n"));
    assert_eq!(v.git_log(), vec!["format 1"]);
    assert_eq!(v.read("lane.toml"), toml_before);
    said(&v.run("migrate").out(), "migrated: ");
    let log = v.git_log();
    assert_eq!(log.len(), 2, "{log:?}");
    assert!(log[0].starts_with("migrate: format 1 → 3 ("), "{log:?}");
    assert!(log[0].ends_with("lane.toml: format = 3)"), "{log:?}");
    assert_eq!(v.git(&["status", "--porcelain"]), "");
    // lane.toml keeps every byte and comment; the key comes first.
    let after = v.read("lane.toml");
    assert_eq!(
        after,
        format!("# The version of this folder's format (FORMAT.md); `lane migrate` upgrades an older one.\nformat = 3\n\n{toml_before}")
    );
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 4 households, 9 cases: 0 errors, 0 warnings\n")
        .success();
    v.run("note 6 'drain checked' --by L02").ok();
    assert_eq!(v.git_log().len(), 3);
    // A second migrate is a no-op.
    let snap = v.snapshot();
    v.run("migrate")
        .stderr("this folder is format 3 already: nothing to migrate\n")
        .success();
    v.assert_unchanged(&snap);
    assert_eq!(v.git_log().len(), 3);
}

#[test]
fn a_new_folder_is_current_and_needs_no_migration() {
    let v = Village::with_git();
    assert!(v.read("lane.toml").contains("\nformat = 3\n"));
    v.run("migrate")
        .stderr("this folder is format 3 already: nothing to migrate\n")
        .success();
    assert_eq!(v.git_log().len(), 1);
}

#[test]
fn a_folder_newer_than_this_lane_is_refused_by_every_command() {
    let v = v1(false);
    let toml = v.read("lane.toml");
    // A newer format may add keys this lane does not know: still the version speaks.
    v.write("lane.toml", format!("format = 99\nfuture = true\n{toml}"));
    let before = v.snapshot();
    let msg = "error: lane.toml:1: this folder is format 99; this lane reads format 3 and older\n\
hint: install a newer lane (one that reads format 99); this one leaves the folder alone\n";
    for line in [
        "list",
        "show 2",
        "report --month 2026-10",
        "check",
        "migrate",
        "note 6 x --by L02",
        "patrol list",
        "stars list",
        "household list",
        "board",
        "overdue",
        "reindex",
    ] {
        v.run(line).stderr(msg).status(2);
    }
    v.assert_unchanged(&before);
}

#[test]
fn a_crlf_lane_toml_is_migrated_in_its_own_line_ends() {
    let v = v1(false);
    let crlf = v.read("lane.toml").replace('\n', "\r\n");
    v.write("lane.toml", &crlf);
    v.run("migrate").ok();
    let after = v.read("lane.toml");
    assert!(after.ends_with(&crlf));
    assert!(after.starts_with("# The version"));
    assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
    v.run("check").ok();
}

#[test]
fn a_format_2_folder_refuses_writes_then_migrates_to_3_changing_only_its_version() {
    let v = Village::fixture("v2", true);
    let before = v.snapshot();
    v.run("note 6 'drain checked' --by L02")
        .stderr(
            "error: this folder is format 2; run `lane migrate` to upgrade it (one commit)\n\
hint: this lane writes format 3; every reading command (list, show, report, check) works on the folder as it is\n",
        )
        .status(1);
    v.assert_unchanged(&before);
    let toml_before = v.read("lane.toml");
    v.run("migrate")
        .stderr("migrated: format 2 → 3 (lane.toml: format = 3)\n")
        .success();
    assert_eq!(
        v.git_log(),
        vec!["migrate: format 2 → 3 (lane.toml: format = 3)", "format 2"]
    );
    // Only the version line changed, in place.
    assert_eq!(
        v.read("lane.toml"),
        toml_before.replacen("\nformat = 2\n", "\nformat = 3\n", 1)
    );
    let after = v.snapshot();
    let changed: Vec<&String> = after
        .iter()
        .filter(|(k, b)| before.get(*k) != Some(b) && !k.starts_with(".lane/"))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(changed, vec!["lane.toml"]);
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 4 households, 9 cases: 0 errors, 0 warnings\n")
        .success();
    v.run("note 6 'drain checked' --by L02").ok();
    assert_eq!(v.git_log().len(), 3);
}
