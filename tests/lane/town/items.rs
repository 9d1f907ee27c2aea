//! Issue 19's town items: the remote town.toml names (1), report and inbox making
//! town check's checks (4), one broken village not hiding the town (5), a killed
//! pull (6), paths outside the town folder (8), and the kill loop.

use crate::harness::csv_rows;
use crate::harness::town::*;

/// Moves village `code` to a new bare repository `remotes/<CODE>-new.git` and
/// points its office there; returns the new remote's path.
fn move_village(w: &World, code: &str) -> String {
    let new = w.path(&format!("remotes/{code}-new.git"));
    let new = new.to_str().unwrap().to_string();
    let old = w.path(&format!("remotes/{code}.git"));
    w.git("", &["clone", "-q", "--bare", old.to_str().unwrap(), &new]);
    w.git(
        &format!("office/{code}"),
        &["remote", "set-url", "origin", &new],
    );
    new
}

/// Writes town.toml's remote for the village whose remote is `old`.
fn set_town_remote(w: &World, old: &str, new: &str) {
    let text = w.read("town/town.toml").replace(
        &format!("remote = \"{old}\""),
        &format!("remote = \"{new}\""),
    );
    w.write("town/town.toml", &text);
}

/// Item 1: town.toml names a new remote; pull and push refuse the clone's old one
/// and say which command repairs it; `town check` names the mismatch; after the
/// repair the new work comes in.
#[test]
fn pull_push_and_check_follow_the_remote_in_town_toml() {
    let w = world();
    w.town(&["pull"]).ok();
    for code in ["NJ", "XW"] {
        let new = move_village(&w, code);
        w.act(
            code,
            &[
                "note",
                &format!("{code}-2026-0001"),
                "moved to the new repository",
            ],
        );
        w.git(&format!("office/{code}"), &["push", "-q", "origin", "HEAD"]);
        let old = w.path(&format!("remotes/{code}.git"));
        set_town_remote(&w, old.to_str().unwrap(), &new);
    }
    let new_nj = w.path("remotes/NJ-new.git");
    let new_nj = new_nj.display();
    let old_nj = w.path("remotes/NJ.git");
    let old_nj = old_nj.display();
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows[1][..3], ["NJ", "nanjie", "failed"]);
    assert_eq!(
        rows[1][3],
        format!(
            "the clone's remote `origin` is {old_nj}, but town.toml names {new_nj}: run \
             `git -C town/villages/nanjie remote set-url origin {new_nj}` (or correct town.toml), then pull again"
        )
    );
    assert_eq!(rows[2], ["BJ", "beijie", "up-to-date", ""]);
    assert_eq!(rows[3][..3], ["XW", "xiwan", "failed"]);
    // Push refuses the old remote too: the town's disposal must not go there.
    w.run("--data town/villages/nanjie note NJ-2026-0001 'town looked' --by 'Town official Chen'")
        .ok();
    let before = w.git("remotes/NJ.git", &["rev-parse", "HEAD"]);
    let out = w.run("town --town town --format csv push").out();
    assert_eq!(out.code, 1);
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows[1][..3], ["NJ", "nanjie", "failed"]);
    assert!(rows[1][3].contains("but town.toml names"), "{}", rows[1][3]);
    assert_eq!(w.git("remotes/NJ.git", &["rev-parse", "HEAD"]), before);
    // town check compares the clones' remotes with town.toml.
    let out = w.run("town --town town check").out();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains(&format!(
            "village NJ (villages/nanjie): the clone's remote `origin` is {old_nj}, but \
             town.toml names {new_nj}"
        )),
        "{}",
        out.stdout
    );
    assert!(out
        .stdout
        .contains("village XW (villages/xiwan): the clone's remote"));
    assert!(!out
        .stdout
        .contains("village BJ (villages/beijie): the clone's remote"));
    // The named repair: the new work comes in, the town's note goes out.
    let nj_dir = w.path("town/villages/nanjie");
    w.git(
        "",
        &[
            "-C",
            nj_dir.to_str().unwrap(),
            "remote",
            "set-url",
            "origin",
            &new_nj.to_string(),
        ],
    );
    let out = w.run("town --town town --format csv pull").out();
    let rows = csv_rows(&out.stdout);
    assert_eq!(
        rows[1][..3],
        ["NJ", "nanjie", "failed"],
        "diverged: {:?}",
        rows[1]
    );
    w.git(
        "town/villages/nanjie",
        &["pull", "-q", "--no-rebase", "--no-edit"],
    );
    let out = w.run("town --town town --format csv push").out();
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows[1][..3], ["NJ", "nanjie", "pushed"]);
    let log = w.git("remotes/NJ-new.git", &["log", "--format=%s", "-3"]);
    assert!(log.contains("moved") || log.contains("note"), "{log}");
    assert_eq!(w.git("remotes/NJ.git", &["rev-parse", "HEAD"]), before);
}

/// A remote renamed with `git remote rename` is still the remote town.toml names.
#[test]
fn a_renamed_remote_is_still_the_one_in_town_toml() {
    let w = world();
    w.git(
        "town/villages/beijie",
        &["remote", "rename", "origin", "upstream"],
    );
    let out = w.run("town --town town --format csv pull").out();
    let rows = csv_rows(out.ok());
    assert_eq!(
        rows[2],
        ["BJ", "beijie", "updated", "7 commits fast-forwarded"]
    );
    w.run("town --town town check").out();
    let out = w.run("town --town town check").out();
    assert!(!out.stdout.contains("remote"), "{}", out.stdout);
}

/// Item 8: relative paths climbing out of the town folder are refused with
/// town.toml:LINE, by every command that reads the list; absolute paths stay allowed.
#[test]
fn paths_outside_the_town_folder_are_refused() {
    let w = world();
    for bad in ["../../elsewhere", "..", "villages/../../x", "./../x"] {
        let text = w
            .read("town/town.toml")
            .replace("path = \"villages/beijie\"", &format!("path = \"{bad}\""));
        w.write("town/town.toml", &text);
        let want = format!(
            "error: town.toml:13: village BJ: the path `{bad}` leads outside the town folder; \
             relative paths must stay inside it (use an absolute path for a folder elsewhere)\n"
        );
        for cmd in ["pull", "report --month 2026-11", "inbox"] {
            let out = w.run(&format!("town --town town {cmd}")).out();
            assert_eq!(out.code, 2, "{cmd} {bad}: {}", out.stderr);
            assert!(out.stderr.starts_with(&want), "{cmd} {bad}: {}", out.stderr);
        }
        assert!(!w.path("elsewhere").exists() && !w.path("x").exists());
        let text = w
            .read("town/town.toml")
            .replace(&format!("path = \"{bad}\""), "path = \"villages/beijie\"");
        w.write("town/town.toml", &text);
    }
    let abs = w.path("town/villages/beijie");
    let text = w.read("town/town.toml").replace(
        "path = \"villages/beijie\"",
        &format!("path = \"{}\"", abs.display()),
    );
    w.write("town/town.toml", &text);
    w.run("town --town town --format csv pull").ok();
}

/// The NJ total of cases in a CSV town report (`scope,key,name,metric,value`).
fn cases_of(csv: &str, key: &str) -> Vec<String> {
    csv_rows(csv)
        .into_iter()
        .filter(|r| r.len() == 5 && r[1] == key && r[3] == "cases_opened")
        .map(|r| r[4].clone())
        .collect()
}

/// Item 4: an entry whose path points at another village's clone (its lane.toml
/// has another code) is left out of report and inbox with a warning in every
/// format, and exits 1; no village is counted twice.
#[test]
fn report_and_inbox_leave_out_a_village_whose_folder_is_another() {
    let w = world();
    w.town(&["pull"]).ok();
    let good = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    let good = good.ok().to_string();
    let text = w
        .read("town/town.toml")
        .replace("path = \"villages/beijie\"", "path = \"villages/bj-link\"")
        .replace("path = \"villages/xiwan\"", "path = \"villages/./nanjie/\"");
    w.write("town/town.toml", &text);
    std::os::unix::fs::symlink("nanjie", w.path("town/villages/bj-link")).unwrap();
    let warn =
        "village BJ is left out: village BJ (villages/bj-link): its lane.toml has the code NJ; \
                make town.toml and lane.toml agree";
    let error = "error: the output is incomplete: 2 of 3 villages are left out (BJ, XW)\n\
                 hint: `lane town check` lists every problem; fix them and run the command again\n";
    // (xlsx puts the same warnings above its first sheet, from the same list.)
    for f in ["table", "md", "csv", "json", "html"] {
        let out = w
            .run(&format!(
                "town --town town --format {f} report --month 2026-11"
            ))
            .out();
        assert_eq!(out.code, 1, "{f}: {}", out.stderr);
        assert!(out.stderr.ends_with(error), "{f}: {}", out.stderr);
        assert!(out.stdout.contains(warn), "{f}: {}", out.stdout);
        assert!(out.stdout.contains("village XW is left out"), "{f}");
    }
    let out = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    // NJ counted once; the town total is NJ's alone.
    assert_eq!(cases_of(&out.stdout, "NJ"), cases_of(&good, "NJ"));
    assert!(cases_of(&out.stdout, "BJ").is_empty());
    let out = w.run("town --town town --format csv inbox").out();
    assert_eq!(out.code, 1);
    let ids: Vec<String> = csv_rows(&out.stdout)[1..]
        .iter()
        .map(|r| r[1].clone())
        .collect();
    assert_eq!(ids, ["NJ-2026-0001", "NJ-2026-0003"]);
    assert!(out.stderr.contains(warn), "{}", out.stderr);
    assert!(out.stderr.ends_with(error), "{}", out.stderr);
}

/// Item 5: a typo committed in one village's lane.toml leaves that village out,
/// named with its real problem (lane.toml:LINE); the others are still reported and
/// their inbox listed; the exit code says the output is incomplete.
#[test]
fn one_broken_village_does_not_hide_the_town() {
    let w = world();
    w.town(&["pull"]).ok();
    let good = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    let good = good.ok().to_string();
    for (code, folder) in [("BJ", "beijie"), ("XW", "xiwan")] {
        let path = format!("town/villages/{folder}/lane.toml");
        let text = w.read(&path).replacen("code = ", "cdoe = ", 1);
        w.write(&path, &text);
        let out = w
            .run("town --town town --format csv report --month 2026-11")
            .out();
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stdout.contains(&format!("village {code} is left out:")),
            "{}",
            out.stdout
        );
        assert!(out.stdout.contains("lane.toml:"), "{}", out.stdout);
        assert!(out.stdout.contains("cdoe"), "{}", out.stdout);
        assert!(!out.stdout.contains("missing"), "{}", out.stdout);
        assert_eq!(cases_of(&out.stdout, "NJ"), cases_of(&good, "NJ"));
        let out = w.run("town --town town --format csv inbox --overdue").out();
        assert_eq!(out.code, 1);
        let ids: Vec<String> = csv_rows(&out.stdout)[1..]
            .iter()
            .map(|r| r[1].clone())
            .collect();
        assert!(ids.contains(&"NJ-2026-0001".to_string()), "{ids:?}");
        assert!(
            out.stderr.contains(&format!("village {code} is left out:")),
            "{}",
            out.stderr
        );
    }
    let out = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    assert!(
        out.stderr.contains("2 of 3 villages are left out (BJ, XW)"),
        "{}",
        out.stderr
    );
}

/// Leaves `town/villages/<folder>` as a `town pull` killed inside git's
/// fast-forward leaves it: fetched, work tree and index at the new commit, HEAD
/// not moved, `.git/HEAD.lock` left.
fn kill_inside_pull(w: &World, folder: &str) {
    let dir = format!("town/villages/{folder}");
    w.git(&dir, &["fetch", "-q", "origin"]);
    w.git(&dir, &["read-tree", "-u", "-m", "HEAD", "@{u}"]);
    w.write(&format!("{dir}/.git/HEAD.lock"), "");
}

/// Item 6: a pull killed half-way is undone and done again by the next pull; push
/// meanwhile does not talk of uncommitted changes; with changes of the town's own
/// in the folder too, nothing is touched and the exact commands are named.
#[test]
fn a_killed_pull_is_finished_by_the_next() {
    let w = world();
    w.town(&["pull"]).ok();
    for code in ["NJ", "BJ"] {
        w.act(
            code,
            &[
                "note",
                &format!("{code}-2026-0001"),
                "after the town's pull",
            ],
        );
        w.act(
            code,
            &[
                "open",
                "--category",
                "hazard",
                "--alley",
                "A01",
                "--title",
                "新隐患",
            ],
        );
        w.git(&format!("office/{code}"), &["push", "-q", "origin", "HEAD"]);
    }
    kill_inside_pull(&w, "nanjie");
    kill_inside_pull(&w, "beijie");
    let out = w.run("town --town town --format csv push").out();
    let rows = csv_rows(out.ok());
    assert_eq!(rows[1], ["NJ", "nanjie", "nothing-to-push", ""]);
    assert_eq!(rows[2], ["BJ", "beijie", "nothing-to-push", ""]);
    kill_inside_pull(&w, "nanjie");
    let out = w.run("town --town town --format csv pull").out();
    let rows = csv_rows(out.ok());
    assert_eq!(
        rows[1],
        ["NJ", "nanjie", "updated", "2 commits fast-forwarded"]
    );
    assert_eq!(
        rows[2],
        ["BJ", "beijie", "updated", "2 commits fast-forwarded"]
    );
    for (code, folder) in [("NJ", "nanjie"), ("BJ", "beijie")] {
        let dir = format!("town/villages/{folder}");
        assert_eq!(w.git(&dir, &["status", "--porcelain"]), "");
        assert!(!w.path(&format!("{dir}/.git/HEAD.lock")).exists());
        assert_eq!(
            w.git(&dir, &["rev-parse", "HEAD"]),
            w.git(&format!("remotes/{code}.git"), &["rev-parse", "HEAD"])
        );
    }
    // The town's own uncommitted change to a file the pull does not change is
    // kept, and the pull goes on.
    w.act("XW", &["note", "XW-2026-0001", "after the town's pull"]);
    w.git("office/XW", &["push", "-q", "origin", "HEAD"]);
    kill_inside_pull(&w, "xiwan");
    let mine = "town/villages/xiwan/households.csv";
    let text = format!("{}H0009,陈明,A01,一组9号,1,,,\n", w.read(mine));
    w.write(mine, &text);
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(csv_rows(out.ok())[3][..3], ["XW", "xiwan", "updated"]);
    assert_eq!(w.read(mine), text);
    assert_eq!(
        w.git("town/villages/xiwan", &["status", "--porcelain"]),
        " M households.csv\n"
    );
    assert!(!w.path("town/villages/xiwan/.git/HEAD.lock").exists());
}

/// The town's own change to a file a half-done pull changes too: the stale lock
/// is removed, the change is not touched, and the message names the file and the
/// repair (stash, pull, stash pop), which works.
#[test]
fn a_killed_pull_over_the_towns_own_change_names_the_repair() {
    let w = world();
    w.town(&["pull"]).ok();
    w.act("XW", &["note", "XW-2026-0001", "after the town's pull"]);
    w.git("office/XW", &["push", "-q", "origin", "HEAD"]);
    kill_inside_pull(&w, "xiwan");
    let case = "tickets/2026/XW-2026-0001.toml";
    let mine = format!("town/villages/xiwan/{case}");
    // The town's own note, not committed, on the file as the half-done pull left it.
    let out = w.data(
        "town/villages/xiwan",
        &[
            "--no-commit",
            "note",
            "XW-2026-0001",
            "the town's own",
            "--by",
            "Chen",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = w.read(&mine);
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(out.code, 1);
    let rows = csv_rows(&out.stdout);
    let dir = "town/villages/xiwan";
    assert_eq!(
        rows[3],
        [
            "XW".to_string(),
            "xiwan".to_string(),
            "failed".to_string(),
            format!(
                "an interrupted pull left {dir} half-way, and {case} changed there is not from \
                 it but the pull changes it too: look at `git -C {dir} diff`, put the change \
                 aside with `git -C {dir} stash`, run `lane town pull` again and take it back \
                 with `git -C {dir} stash pop`"
            )
        ]
    );
    assert!(!w.path(&format!("{dir}/.git/HEAD.lock")).exists());
    assert_eq!(w.read(&mine), text);
    // The named repair.
    w.git(dir, &["stash", "-q"]);
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(csv_rows(out.ok())[3][..3], ["XW", "xiwan", "updated"]);
    w.git(dir, &["stash", "pop", "-q"]);
    let now = w.read(&mine);
    assert!(now.contains("the town's own"), "{now}");
    assert!(now.contains("after the town's pull"), "{now}");
}

/// A village folder replaced by a git repository that is not a lane folder: pull
/// and push fail for it alone, the report and inbox leave it out by name, check
/// says what it is.
#[test]
fn a_village_folder_that_is_a_repository_but_not_lane() {
    let w = world();
    w.town(&["pull"]).ok();
    let dir = "town/villages/xiwan";
    std::fs::remove_dir_all(w.path(dir)).unwrap();
    std::fs::create_dir_all(w.path(dir)).unwrap();
    w.git(dir, &["init", "-q"]);
    w.write(&format!("{dir}/README"), "something else\n");
    w.git(dir, &["add", "-A"]);
    w.git(dir, &["commit", "-qm", "other"]);
    for verb in ["pull", "push"] {
        let out = w
            .run(&format!("town --town town --format csv {verb}"))
            .out();
        assert_eq!(out.code, 1, "{verb}");
        let rows = csv_rows(&out.stdout);
        assert_eq!(rows[3][..3], ["XW", "xiwan", "failed"], "{verb}");
        assert!(
            rows[1][2] != "failed" && rows[2][2] != "failed",
            "{verb}: {rows:?}"
        );
    }
    let out = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("village XW is left out: town/villages/xiwan is not a lane data folder"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains("1 of 3 villages is left out (XW)"),
        "{}",
        out.stderr
    );
    let out = w.run("town --town town --format csv inbox").out();
    assert_eq!(out.code, 1);
    assert!(csv_rows(&out.stdout).iter().any(|r| r[0] == "NJ"));
    let out = w.run("town --town town check").out();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("village XW (villages/xiwan): town/villages/xiwan is not a lane data folder"),
        "{}",
        out.stdout
    );
}
