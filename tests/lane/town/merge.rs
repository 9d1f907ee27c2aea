//! The town and the village changing one case at the same time: the conflict stays
//! in that case file and `lane check` points to it; with lane's merge driver both
//! sides' events are kept. Also: unique village codes, and finding the town folder.

use crate::harness::town::*;
use crate::harness::{csv_rows, json, lane_cmd, run};

/// The village and the town change one case at the same time, and the village
/// works in a plain `git clone` (a second laptop) where lane's merge driver is not
/// installed. Both append an event at the end of the same case file, so the
/// village's `git pull` conflicts in that one file only; `lane check` names the line
/// until the file is fixed by hand; fixed, check passes and every event is kept.
#[test]
fn a_concurrent_change_conflicts_in_one_file_that_check_points_to() {
    let w = world();
    w.run("town --town town pull").ok();
    let rel = "tickets/2026/NJ-2026-0003.toml";
    w.git("", &["clone", "-q", "remotes/NJ.git", "laptop"]);
    let base = w.read(&format!("laptop/{rel}"));
    // The village adds a note, the town resolves; the town pushes first.
    w.run("--data laptop note 3 'both families came to the office' --by L01 --at 2026-11-20T08:00")
        .ok();
    w.run("--data town/villages/nanjie resolve 3 --by 'Town official Chen' --note 'boundary surveyed and agreed' --at 2026-11-20T09:00").ok();
    w.run("town --town town push").ok();
    let (ok, _, _) = git_in(&w.path("laptop"), &["pull", "-q", "--no-rebase"]);
    assert!(!ok, "the pull should conflict");
    assert_eq!(
        w.git("laptop", &["status", "--porcelain"]),
        format!("UU {rel}\n")
    );
    let conflicted = w.read(&format!("laptop/{rel}"));
    assert!(conflicted.starts_with(&base), "{conflicted}");
    let marker = base.lines().count()
        + 1
        + conflicted[base.len()..]
            .lines()
            .position(|l| l.starts_with("<<<<<<<"))
            .unwrap();
    assert_eq!(marker, 25, "the README quotes this line");
    let out = w.run("--data laptop check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        format!("{rel}:{marker}: a git merge conflict marker is left in the file: keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines\n")
    );
    // Every other case still reads.
    let out = w.run("--data laptop --format csv list").out();
    assert_eq!(csv_rows(out.ok()).len(), 3);
    // Git took the shared `[[events]]` line out of the conflict: the two sides are
    // the bodies of two events under one header.
    let village_event = "at = \"2026-11-20T08:00:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"both families came to the office\"\n";
    let town_event = "at = \"2026-11-20T09:00:00+08:00\"\nby = \"Town official Chen\"\naction = \"resolve\"\nnote = \"boundary surveyed and agreed\"\n";
    let ours = conflicted.find("<<<<<<< HEAD\n").unwrap();
    assert_eq!(
        &conflicted[ours..],
        format!(
            "<<<<<<< HEAD\n{village_event}=======\n{town_event}>>>>>>> {}",
            conflicted
                .lines()
                .last()
                .unwrap()
                .trim_start_matches(">>>>>>> ")
        ) + "\n"
    );
    // Deleting only the marker lines leaves one event with every key twice.
    let half: String = conflicted
        .lines()
        .filter(|l| {
            !l.starts_with("<<<<<<<") && !l.starts_with("=======") && !l.starts_with(">>>>>>>")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    w.write(&format!("laptop/{rel}"), &half);
    let out = w.run("--data laptop check").out();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with(&format!("{rel}:{}:", marker + 4))
            && out.stdout.contains("duplicate key"),
        "{}",
        out.stdout
    );
    // Fixed by hand as the README says: the `=======` line becomes a blank line and
    // `[[events]]` (the events are already in time order), the other markers go.
    let fixed: String = conflicted
        .lines()
        .filter(|l| !l.starts_with("<<<<<<<") && !l.starts_with(">>>>>>>"))
        .map(|l| {
            if l.starts_with("=======") {
                "\n[[events]]\n".to_string()
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    assert_eq!(
        fixed,
        format!("{base}\n[[events]]\n{village_event}\n[[events]]\n{town_event}")
    );
    w.write(&format!("laptop/{rel}"), &fixed);
    let out = w.run("--data laptop check").out();
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    w.git(
        "laptop",
        &[
            "commit",
            "-qam",
            "merge the town's disposal of NJ-2026-0003",
        ],
    );
    w.git("laptop", &["push", "-q"]);
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(
        csv_rows(out.ok())[1],
        ["NJ", "nanjie", "updated", "2 commits fast-forwarded"]
    );
    let v = json(
        w.run("--data town/villages/nanjie --format json show 3")
            .ok(),
    );
    assert_eq!(v["status"], "resolved");
    assert_eq!(v["events"].as_array().unwrap().len(), 4);
}

/// The same concurrent change where lane's merge driver is installed (`lane init`
/// and `lane town add` install it; `lane merge-driver --install` in any other
/// clone): `git pull` merges the case file by keeping both events in time order.
/// When both sides' events are not a possible history (both resolved), git's
/// conflict markers are left for a person, and `lane check` points to them.
#[test]
fn the_merge_driver_keeps_both_sides_events() {
    let w = world();
    w.run("town --town town pull").ok();
    let rel = "tickets/2026/NJ-2026-0003.toml";
    let base = w.read(&format!("office/NJ/{rel}"));
    w.act(
        "NJ",
        &[
            "note",
            "3",
            "both families came to the office",
            "--at",
            "2026-11-20T09:30",
        ],
    );
    w.run("--data town/villages/nanjie resolve 3 --by 'Town official Chen' --note agreed --at 2026-11-20T09:00").ok();
    w.run("town --town town push").ok();
    w.git("office/NJ", &["pull", "-q", "--no-rebase", "--no-edit"]);
    // The town's disposal at 09:00 goes before the village's note at 09:30.
    assert_eq!(
        w.read(&format!("office/NJ/{rel}")),
        format!(
            "{base}\n[[events]]\nat = \"2026-11-20T09:00:00+08:00\"\nby = \"Town official Chen\"\naction = \"resolve\"\nnote = \"agreed\"\n\
             \n[[events]]\nat = \"2026-11-20T09:30:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"both families came to the office\"\n"
        )
    );
    assert_eq!(w.git("office/NJ", &["status", "--porcelain"]), "");
    let out = w.run("--data office/NJ check").out();
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    w.git("office/NJ", &["push", "-q"]);
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(
        csv_rows(out.ok())[1],
        ["NJ", "nanjie", "updated", "2 commits fast-forwarded"]
    );

    // Both visit: the second is not a possible history, so a person decides.
    w.act(
        "NJ",
        &[
            "visit",
            "3",
            "--result",
            "satisfied",
            "--at",
            "2026-11-20T09:40",
        ],
    );
    w.run("--data town/villages/nanjie visit 3 --by 'Town official Chen' --result basic --at 2026-11-20T09:45").ok();
    w.run("town --town town push").ok();
    let (ok, _, err) = git_in(
        &w.path("office/NJ"),
        &["pull", "-q", "--no-rebase", "--no-edit"],
    );
    assert!(!ok);
    assert!(err.contains("not a possible history"), "{err}");
    assert_eq!(
        w.git("office/NJ", &["status", "--porcelain"]),
        format!("UU {rel}\n")
    );
    let text = w.read(&format!("office/NJ/{rel}"));
    let line = 1 + text.lines().position(|l| l == "<<<<<<< ours").unwrap();
    let out = w.run("--data office/NJ check").out();
    assert_eq!(
        out.stdout,
        format!("{rel}:{line}: a git merge conflict marker is left in the file: keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines\n")
    );
}

#[test]
fn village_codes_are_unique_within_a_town() {
    let w = world();
    // Another repository whose lane.toml says NJ too.
    w.village("NX", "Nanxi Village");
    let toml = w
        .read("office/NX/lane.toml")
        .replace("code = \"NX\"", "code = \"NJ\"");
    w.write("office/NX/lane.toml", &toml);
    w.git("office/NX", &["commit", "-qam", "code"]);
    w.git("office/NX", &["push", "-q"]);
    let before = w.read("town/town.toml");
    let out = w
        .run("town --town town add nanxi --clone remotes/NX.git")
        .out();
    out.fails(
        1,
        "error: the town already has a village with code NJ (nanjie, at villages/nanjie); village codes must be unique within a town\n\
         hint: two villages with one code would give their cases the same IDs: change the code in one village's lane.toml before it opens cases\n",
    );
    assert_eq!(w.read("town/town.toml"), before);
    let left: Vec<_> = std::fs::read_dir(w.path("town/villages"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left.len(), 3, "{left:?}");
    // The same through --path.
    w.run("town --town town add nanxi --path office/NX").stderr("error: the town already has a village with code NJ (nanjie, at villages/nanjie); village codes must be unique within a town\nhint: two villages with one code would give their cases the same IDs: change the code in one village's lane.toml before it opens cases\n").status(1);
    // A hand edit that gives two villages one code: check says where, the report
    // refuses to add them up.
    let edited = w
        .read("town/town.toml")
        .replace("code = \"XW\"", "code = \"BJ\"");
    w.write("town/town.toml", &edited);
    let out = w.run("town --town town check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "town.toml:19: the village code BJ is used twice (beijie and xiwan); codes must be unique within a town\n\
         town.toml:19: village BJ (villages/xiwan): its lane.toml has the code XW; make town.toml and lane.toml agree\n"
    );
    // The same problems as objects for scripts (issue 15).
    let out = w.run("town --town town --format json check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        crate::harness::json(&out.stdout),
        serde_json::json!([
            {"path": "town.toml", "line": 19, "severity": "error",
             "message": "the village code BJ is used twice (beijie and xiwan); codes must be unique within a town"},
            {"path": "town.toml", "line": 19, "severity": "error",
             "message": "village BJ (villages/xiwan): its lane.toml has the code XW; make town.toml and lane.toml agree"},
        ])
    );
    let out = w.run("town --town town report").out();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error: town.toml:19: the village code BJ is used twice"),
        "{}",
        out.stderr
    );
}

#[test]
fn town_folders_are_found_and_refused_like_data_folders() {
    let w = World::new();
    let out = w.run("town list").out();
    out.fails(2, "error: . is not a town folder (no town.toml)\nhint: create one with `lane town init DIR`, or point to one with --town DIR or $LANE_TOWN\n");
    w.run("town init t --no-git").ok();
    assert!(!w.path("t/.git").exists());
    let mut c = lane_cmd(w.tmp.path());
    c.env("LANE_TOWN", w.path("t"))
        .args(["--format", "csv", "town", "list"]);
    assert_eq!(run(c).ok(), "code,name,path,remote,folder\n");
    w.run("town init t").stderr("error: t is not empty\nhint: give a new or empty folder; lane never writes into an existing one\n").status(1);
    // A data folder outside the town, by path.
    w.run("init elsewhere/nj --no-git").ok();
    let out = w.run("town --town t add 南街村 --path elsewhere/nj").out();
    let abs = std::fs::canonicalize(w.path("elsewhere/nj")).unwrap();
    assert_eq!(
        out.stderr,
        format!("added NJ (南街村) at {}\n", abs.display())
    );
    let out = w.run("town --town t --format csv pull").out();
    assert_eq!(
        out.ok(),
        "code,village,result,detail\nNJ,南街村,skipped,not a git repository\n"
    );
    w.run("town --town t add x --path nowhere")
        .stderr("error: --path: nowhere is not a lane data folder (no lane.toml)\n")
        .status(2);
}
