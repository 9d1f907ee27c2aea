//! No value from a file or a flag makes lane read or write outside the data folder:
//! case IDs (flags, short forms, --of, case files, patrol rows), registry IDs,
//! patrol dates (which name monthly files), the station code in local.toml (which
//! names new case files), and links that a copied folder brings in. Each bad value
//! is an error that names it; nothing is written inside the folder or out of it.
//! (`lane household import FILE` and `--data DIR` are the user's own paths. NUL
//! bytes cannot reach lane through argv; in files they are refused as control
//! characters or break the ID rules, tested below.)

use crate::harness::Village;
use std::collections::BTreeSet;
use std::path::Path;

fn village() -> Village {
    let v = Village::new();
    v.seed();
    v.run("open --by L01 --title 井盖松动 --category hazard --alley A01")
        .ok();
    std::fs::create_dir_all(v.tmp.path().join("outside")).unwrap();
    std::fs::write(v.tmp.path().join("outside/secret.txt"), "SECRET\n").unwrap();
    v
}

/// Every file and folder under the test's temp dir, the data folder's included.
fn everything(root: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            if rel.ends_with(".git") || rel.contains("/.lane") {
                continue;
            }
            let meta = std::fs::symlink_metadata(&p).unwrap();
            out.insert(format!("{rel} {}", meta.len()));
            if meta.is_dir() {
                stack.push(p);
            }
        }
    }
    out
}

/// Runs each command; each must fail with exit `code` (2: a bad value given; 1: the
/// folder holds a link lane will not follow) and a first stderr line that contains
/// `says`, and leave every file under the temp dir as it was.
#[track_caller]
fn refused(v: &Village, code: i32, cmds: &[(&[&str], &str)]) {
    let before = v.snapshot();
    let all = everything(v.tmp.path());
    for (args, says) in cmds {
        let out = v.lane(args);
        assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
        let first = out.stderr.lines().next().unwrap_or("");
        assert!(
            first.starts_with("error: ") && first.contains(says),
            "{args:?}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("SECRET") && !out.stdout.contains("SECRET"));
        v.assert_unchanged(&before);
        assert_eq!(everything(v.tmp.path()), all, "{args:?} wrote something");
    }
}

#[test]
fn case_ids_from_flags_never_become_paths() {
    let v = village();
    let long = "9".repeat(10_000);
    let long_id = format!("NJ-2026-{}", "0".repeat(70));
    let mut cmds: Vec<(Vec<&str>, &str)> = Vec::new();
    for id in [
        "../../outside/secret",
        "/etc/passwd",
        "NJ-2026-0001/../../../outside/secret",
        "..",
        "NJ-2026-../../x0001",
        "tickets/2026/NJ-2026-0001",
        long.as_str(),
        long_id.as_str(),
        "NJ-2026-0001.toml",
        "NJ-2026-0001 ",
    ] {
        let says = "is not a case ID";
        cmds.push((vec!["note", id, "x", "--by", "L01"], says));
        cmds.push((vec!["show", id], says));
    }
    cmds.push((
        vec![
            "close",
            "1",
            "--as",
            "duplicate",
            "--of",
            "../../outside/secret",
            "--by",
            "L01",
        ],
        "is not a case ID",
    ));
    cmds.push((
        vec![
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--ticket",
            "/etc/passwd",
        ],
        "is not a case ID",
    ));
    let cmds: Vec<(&[&str], &str)> = cmds.iter().map(|(a, s)| (a.as_slice(), *s)).collect();
    refused(&v, 2, &cmds);
}

#[test]
fn registry_ids_and_patrol_dates_from_flags_never_become_paths() {
    let v = village();
    refused(
        &v,
        2,
        &[
            (
                &["alley", "add", "--id", "../x", "--name", "x"],
                "has the character '.'",
            ),
            (
                &[
                    "household",
                    "add",
                    "--id",
                    "/etc/x",
                    "--head",
                    "x",
                    "--alley",
                    "A01",
                ],
                "has the character '/'",
            ),
            (
                &["leader", "show", "../../outside/secret"],
                "there is no leader",
            ),
            (
                &[
                    "patrol",
                    "--leader",
                    "L01",
                    "--kind",
                    "inspection",
                    "--at",
                    "../../2026-11-01",
                ],
                "is not a date",
            ),
            (
                &[
                    "patrol",
                    "--leader",
                    "L01",
                    "--kind",
                    "inspection",
                    "--at",
                    "2026-11-01/../../x",
                ],
                "is not a date",
            ),
            (
                &[
                    "patrol",
                    "--leader",
                    "L01",
                    "--kind",
                    "inspection",
                    "--at=-001-11-01",
                ],
                "is not a date",
            ),
            (
                &[
                    "open",
                    "--by",
                    "L01",
                    "--title",
                    "t",
                    "--category",
                    "hazard",
                    "--alley",
                    "A01",
                    "--at",
                    "0999-01-01T09:00",
                ],
                "is before 1900",
            ),
            (
                &[
                    "open",
                    "--by",
                    "L01",
                    "--title",
                    "t",
                    "--category",
                    "hazard",
                    "--alley",
                    "A01",
                    "--at=-0001-01-01T09:00",
                ],
                "is not a date or a time",
            ),
            (
                &[
                    "open",
                    "--by",
                    "L01",
                    "--title",
                    "t",
                    "--category",
                    "../../x",
                    "--alley",
                    "A01",
                ],
                "is not a category",
            ),
        ],
    );
}

/// Regression: a station code from local.toml was put into new file names unchecked,
/// so `station = "../../../x"` wrote a case file outside `tickets/`.
#[test]
fn the_station_code_in_local_toml_never_becomes_a_path() {
    let v = village();
    for bad in [
        "../../../outside/x",
        "/tmp/x",
        "T/../..",
        "\\u0000",
        "TOOLONG",
    ] {
        v.write("local.toml", format!("station = \"{bad}\"\n"));
        refused(
            &v,
            2,
            &[(
                &[
                    "open",
                    "--by",
                    "L01",
                    "--title",
                    "t",
                    "--category",
                    "hazard",
                    "--alley",
                    "A01",
                ],
                "local.toml: station code",
            )],
        );
    }
}

#[test]
fn ids_in_files_never_become_paths() {
    let v = village();
    let good = v.read("tickets/2026/NJ-2026-0001.toml");
    for (id, says) in [
        ("../../outside/secret", "has the character '.'"),
        ("NJ-2026-0001\\u0000", "has the character '\\0'"),
        ("/etc/passwd", "has the character '/'"),
    ] {
        v.write(
            "tickets/2026/NJ-2026-0001.toml",
            good.replace("id = \"NJ-2026-0001\"", &format!("id = \"{id}\"")),
        );
        refused(&v, 2, &[(&["note", "1", "x", "--by", "L01"], says)]);
        let check = v.run("check").out();
        assert!(check.stdout.contains(says), "{}", check.stdout);
    }
    // A case file that says it is another case is written where it is, never there.
    v.write(
        "tickets/2026/NJ-2026-0001.toml",
        good.replace("id = \"NJ-2026-0001\"", "id = \"NJ-2026-0009\""),
    );
    let check = v.run("check").out();
    assert!(check.stdout.contains(
        "tickets/2026/NJ-2026-0001.toml:1: the case NJ-2026-0009 belongs in tickets/2026/NJ-2026-0009.toml"
    ));
    v.run("--no-commit note 1 x --by L01").ok();
    assert!(!v.path("tickets/2026/NJ-2026-0009.toml").exists());
    // Patrol rows: a case or a date that could name a path is an error in its row.
    v.write("tickets/2026/NJ-2026-0001.toml", &good);
    v.write(
        "patrols/2026-11.csv",
        "date,leader,alley,kind,household,ticket,note\n\
         ../../2026-11-01,L01,A01,inspection,,,\n\
         2026-11-01,L01,A01,inspection,,../../outside/secret,\n\
         2026-11-01,L01,A01,inspection,,,a\u{0}b\n",
    );
    v.run("check").stdout("patrols/2026-11.csv:2: column `date`: `../../2026-11-01` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n\
         patrols/2026-11.csv:3: column `ticket`: ID `../../outside/secret` has the character '.'; IDs may use only A-Z, a-z, 0-9, - and _\n\
         patrols/2026-11.csv:4: column `note`: contains the control character '\\0'\n").stderr("checked 2 alleys, 2 leaders, 3 households, 1 case: 3 errors, 0 warnings\n\
         error: 3 problems found\n").status(1);
}

/// A folder copied or cloned with links in it: lane follows none, for reading or
/// writing; `lane check` lists them.
#[test]
fn links_in_the_folder_are_never_followed() {
    use std::os::unix::fs::symlink;
    let v = village();
    let outside = v.tmp.path().join("outside");
    // A case file that is a link to a file outside.
    symlink(
        outside.join("secret.txt"),
        v.path("tickets/2026/NJ-2026-0002.toml"),
    )
    .unwrap();
    refused(
        &v,
        1,
        &[
            (
                &["note", "NJ-2026-0002", "x", "--by", "L01"],
                "tickets/2026/NJ-2026-0002.toml is a symbolic link",
            ),
            (
                &["show", "NJ-2026-0002"],
                "tickets/2026/NJ-2026-0002.toml is a symbolic link",
            ),
        ],
    );
    // By its short form it is not even found: listings skip links.
    refused(&v, 2, &[(&["show", "2"], "there is no case matching `2`")]);
    let list = v.run("--format csv list").out();
    assert_eq!(list.ok().lines().count(), 2, "the link is skipped");
    // A year folder that is a link: a new case there is refused, not written outside.
    symlink(&outside, v.path("tickets/2027")).unwrap();
    let mut v2027 = Village {
        root: v.root.clone(),
        tmp: tempfile::tempdir().unwrap(),
        now: "2027-01-05T10:00".into(),
    };
    std::fs::create_dir_all(v2027.tmp.path()).unwrap();
    let out = v2027
        .run("open --by L01 --title t --category hazard --alley A01")
        .out();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.starts_with(
        "error: tickets/2027 is a symbolic link; lane reads and writes only files inside the data folder\n\
         hint: replace the link with the file or folder itself"
    ), "{}", out.stderr);
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);
    v2027.now = crate::harness::NOW.into();
    // A registry that is a link to a file outside is not read.
    std::fs::rename(v.path("alleys.csv"), outside.join("alleys.csv")).unwrap();
    symlink(outside.join("alleys.csv"), v.path("alleys.csv")).unwrap();
    refused(
        &v,
        1,
        &[(&["alley", "list"], "alleys.csv is a symbolic link")],
    );
    std::fs::remove_file(v.path("alleys.csv")).unwrap();
    std::fs::rename(outside.join("alleys.csv"), v.path("alleys.csv")).unwrap();
    // `.lane` (the lock and the index) as a link: every write refuses.
    std::fs::remove_dir_all(v.path(".lane")).unwrap();
    symlink(&outside, v.path(".lane")).unwrap();
    refused(
        &v,
        1,
        &[(
            &["note", "1", "x", "--by", "L01"],
            ".lane is a symbolic link",
        )],
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);
    std::fs::remove_file(v.path(".lane")).unwrap();
    // check names every link and nothing else breaks.
    v.run("check").stdout("tickets/2026/NJ-2026-0002.toml: a symbolic link; lane reads and writes only files inside the data folder and skips it; replace the link with the file or folder itself\n\
         tickets/2027: a symbolic link; lane reads and writes only files inside the data folder and skips it; replace the link with the file or folder itself\n").stderr("checked 2 alleys, 2 leaders, 3 households, 1 case: 2 errors, 0 warnings\n\
         error: 2 problems found\n").status(1);
    drop(v2027);
}
