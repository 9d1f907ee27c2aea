//! Patrol logs across clones (issue 12 items 4 and 5): rows have IDs, `lane patrol
//! edit/remove` correct them, and git merges the logs record by record with lane's
//! driver, in every order to the same rows; what both sides changed is a conflict
//! that `lane check` names; a refused merge is never committed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::town::git_in;

use crate::harness::{git, json, lane_cmd, run, Out, Village};

/// A bare remote with a seeded village holding three patrol rows, and `clones`
/// clones of it, each with the merge driver and its own station ("", T, U...).
struct Net {
    v: Village,
    clones: Vec<PathBuf>,
}

const STATIONS: [&str; 3] = ["", "T", "U"];

impl Net {
    fn new(clones: usize) -> Net {
        let v = Village::with_git();
        v.seed();
        git(&v.root, &["add", "-A"]);
        git(&v.root, &["commit", "-qm", "seed"]);
        for (leader, day) in [("L01", "03"), ("L02", "04"), ("L01", "05")] {
            let at = format!("2026-11-{day}");
            let out = v.lane(&[
                "patrol",
                "--leader",
                leader,
                "--kind",
                "inspection",
                "--at",
                &at,
            ]);
            out.ok();
        }
        let base = v.tmp.path().to_path_buf();
        git(
            &base,
            &[
                "clone",
                "-q",
                "--bare",
                v.root.to_str().unwrap(),
                "remote.git",
            ],
        );
        let mut net = Net {
            v,
            clones: Vec::new(),
        };
        for (i, station) in STATIONS.iter().enumerate().take(clones) {
            let name = format!("c{i}");
            git(&base, &["clone", "-q", "remote.git", &name]);
            let dir = base.join(&name);
            net.lane(&dir, &["merge-driver", "--install"]).ok();
            net.lane(&dir, &["local", "--station", station]).ok();
            net.clones.push(dir);
        }
        net
    }

    fn lane(&self, dir: &Path, args: &[&str]) -> Out {
        let mut c = lane_cmd(self.v.tmp.path());
        c.arg("--data").arg(dir).arg("--no-input").args(args);
        run(c)
    }

    fn read(&self, dir: &Path) -> String {
        std::fs::read_to_string(dir.join("patrols/2026-11.csv")).unwrap()
    }

    /// The rows of November's log, sorted, without the header.
    fn rows(&self, dir: &Path) -> Vec<String> {
        let mut rows: Vec<String> = self.read(dir).lines().skip(1).map(String::from).collect();
        rows.sort();
        rows
    }

    /// The patrols the report counts for November.
    fn counted(&self, dir: &Path) -> u64 {
        let out = self.lane(dir, &["--format", "json", "report", "--month", "2026-11"]);
        json(out.ok())["village"]["metrics"]["inspections"]
            .as_u64()
            .unwrap()
    }

    /// Pushes clone `i`'s work as branch `s<i>` of the remote.
    fn push(&self, i: usize) {
        git(
            &self.clones[i],
            &["push", "-q", "origin", &format!("HEAD:refs/heads/s{i}")],
        );
    }

    /// A fresh clone of the remote at branch `s<first>`, with the driver, into
    /// which the other branches are merged in `order`.
    fn merged(&self, order: &[usize]) -> PathBuf {
        let name = format!(
            "m{}",
            order.iter().map(|i| i.to_string()).collect::<String>()
        );
        let base = self.v.tmp.path();
        git(
            base,
            &[
                "clone",
                "-q",
                "-b",
                &format!("s{}", order[0]),
                "remote.git",
                &name,
            ],
        );
        let dir = base.join(&name);
        self.lane(&dir, &["merge-driver", "--install"]).ok();
        for i in &order[1..] {
            git(&dir, &["merge", "-q", "--no-edit", &format!("origin/s{i}")]);
        }
        dir
    }
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 1 {
        return vec![vec![0]];
    }
    let mut out = Vec::new();
    for p in permutations(n - 1) {
        for at in 0..=p.len() {
            let mut q = p.clone();
            q.insert(at, n - 1);
            out.push(q);
        }
    }
    out
}

/// Three clones correct a row, remove a row, and log rows identical to each other
/// (same leader, day and kind); merged in each of the six orders, every result has
/// the same rows: the correction once and the old row gone, the removed row not
/// back, the identical rows all kept; the report counts the same in each.
#[test]
fn three_clones_merge_to_the_same_rows_in_every_order() {
    let net = Net::new(3);
    let [a, b, c] = [0, 1, 2].map(|i| net.clones[i].clone());
    assert_eq!(net.counted(&a), 3);
    // A corrects row 1's note and logs a patrol twice (two real patrols: the
    // second needs --force).
    net.lane(
        &a,
        &["patrol", "edit", "2026-11-0001", "--note", "东头水沟已清"],
    )
    .ok();
    for _ in 0..2 {
        net.lane(
            &a,
            &[
                "patrol",
                "--leader",
                "L02",
                "--kind",
                "inspection",
                "--at",
                "2026-11-10",
                "--force",
            ],
        )
        .ok();
    }
    // B removes row 2 and logs the same patrol as A did.
    let out = net.lane(&b, &["patrol", "remove", "2026-11-0002"]);
    assert_eq!(
        out.stderr,
        "removed patrol row 2026-11-0002 (L02 inspection on 2026-11-04)\n"
    );
    net.lane(
        &b,
        &[
            "patrol",
            "--leader",
            "L02",
            "--kind",
            "inspection",
            "--at",
            "2026-11-10",
        ],
    )
    .ok();
    // C logs one more.
    net.lane(
        &c,
        &[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--at",
            "2026-11-11",
        ],
    )
    .ok();
    assert_eq!(
        net.lane(&c, &["--format", "csv", "patrol", "list", "--since", "2026-11-11"]).ok(),
        "id,date,leader,alley,kind,household,ticket,note\n2026-11-U0001,2026-11-11,L01,A01,inspection,,,\n"
    );
    for i in 0..3 {
        net.push(i);
    }
    let want = vec![
        "2026-11-0001,2026-11-03,L01,A01,inspection,,,东头水沟已清".to_string(),
        "2026-11-0003,2026-11-05,L01,A01,inspection,,,".into(),
        "2026-11-0004,2026-11-10,L02,A02,inspection,,,".into(),
        "2026-11-0005,2026-11-10,L02,A02,inspection,,,".into(),
        "2026-11-T0001,2026-11-10,L02,A02,inspection,,,".into(),
        "2026-11-U0001,2026-11-11,L01,A01,inspection,,,".into(),
    ];
    let orders = permutations(3);
    assert_eq!(orders.len(), 6);
    for order in &orders {
        let dir = net.merged(order);
        assert_eq!(net.rows(&dir), want, "order {order:?}");
        assert_eq!(net.counted(&dir), 6, "order {order:?}");
        let out = net.lane(&dir, &["check"]);
        assert_eq!((out.code, out.stdout.as_str()), (0, ""), "order {order:?}");
        assert_eq!(git(&dir, &["status", "--porcelain"]), "");
    }
    // Pairwise, pulling back and forth: both clones end with the same rows.
    git(
        &a,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "s1"],
    );
    git(
        &b,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "s0"],
    );
    assert_eq!(net.rows(&a), net.rows(&b));
    assert_eq!(net.counted(&a), 5);
    // A new row after the merge takes the next free number of the station.
    let out = net.lane(
        &b,
        &[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "feedback",
            "--at",
            "2026-11-12",
        ],
    );
    assert_eq!(
        out.stderr,
        "logged feedback in A01 by L01 on 2026-11-12 as 2026-11-T0002\n"
    );
}

/// What both sides changed differently, or one changed and the other removed, is
/// a conflict: the merge stops, the markers stay in the log, and `lane check`
/// names their lines; nothing is committed.
#[test]
fn rows_changed_on_both_sides_conflict_for_a_person() {
    let net = Net::new(2);
    let [a, b] = [0, 1].map(|i| net.clones[i].clone());
    net.lane(&a, &["patrol", "edit", "2026-11-0001", "--note", "x"])
        .ok();
    net.lane(&b, &["patrol", "edit", "2026-11-0001", "--note", "y"])
        .ok();
    net.lane(
        &a,
        &["patrol", "edit", "2026-11-0003", "--kind", "feedback"],
    )
    .ok();
    net.lane(&b, &["patrol", "remove", "2026-11-0003"]).ok();
    net.lane(
        &b,
        &[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--at",
            "2026-11-12",
        ],
    )
    .ok();
    net.push(1);
    let head = git(&a, &["rev-parse", "HEAD"]);
    let (ok, _, err) = git_in(
        &a,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "s1"],
    );
    assert!(!ok, "the pull should conflict");
    assert!(err.contains("2 patrol rows changed on both sides"), "{err}");
    assert_eq!(git(&a, &["rev-parse", "HEAD"]), head, "nothing committed");
    // The other side's station registration (issue 19) comes in with the merge.
    assert_eq!(
        git(&a, &["status", "--porcelain"]),
        "UU patrols/2026-11.csv\nA  stations/T.toml\n"
    );
    let text = net.read(&a);
    let marks: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            l.starts_with("<<<<<<<") || l.starts_with("=======") || l.starts_with(">>>>>>>")
        })
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(marks.len(), 6, "{text}");
    assert!(text.contains("<<<<<<< ours (patrol 2026-11-0001)\n2026-11-0001,2026-11-03,L01,A01,inspection,,,x\n=======\n2026-11-0001,2026-11-03,L01,A01,inspection,,,y\n>>>>>>> theirs (patrol 2026-11-0001)\n"), "{text}");
    // The row only B added is merged in beside the conflicts.
    assert!(text.contains("2026-11-T0001,2026-11-12"), "{text}");
    let out = net.lane(&a, &["check"]);
    assert_eq!(out.code, 1);
    let named: Vec<String> = out
        .stdout
        .lines()
        .filter(|l| l.contains("conflict marker"))
        .map(|l| l.split(": ").next().unwrap().to_string())
        .collect();
    let want: Vec<String> = marks
        .iter()
        .map(|m| format!("patrols/2026-11.csv:{m}"))
        .collect();
    assert_eq!(named, want, "{}", out.stdout);
}

/// A case file merge that the driver refuses (a resolve moved by hand after a
/// return visit the other side appended) merges cleanly as text; it must stay a
/// conflict, with markers `lane check` names, and never be committed. With the
/// lane binary gone, the fallback ends in a conflict too.
#[test]
fn a_refused_case_merge_is_a_conflict_never_a_commit() {
    let net = Net::new(2);
    let [a, b] = [0, 1].map(|i| net.clones[i].clone());
    let open = [
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
        "2026-11-10T08:00",
    ];
    net.lane(&a, &open).ok();
    net.lane(
        &a,
        &[
            "resolve",
            "1",
            "--by",
            "L01",
            "--note",
            "fixed",
            "--at",
            "2026-11-12T08:00",
        ],
    )
    .ok();
    git(&a, &["push", "-q", "origin", "HEAD:refs/heads/base"]);
    git(&b, &["fetch", "-q", "origin"]);
    git(&b, &["reset", "-q", "--hard", "origin/base"]);
    let rel = "tickets/2026/NJ-2026-0001.toml";
    // A: the return visit. B: the clerk corrects the resolve's time by hand, later
    // than A's visit (a spreadsheet-style edit in the middle of the file).
    net.lane(
        &a,
        &[
            "visit",
            "1",
            "--by",
            "L01",
            "--result",
            "satisfied",
            "--at",
            "2026-11-13T08:00",
        ],
    )
    .ok();
    let text = std::fs::read_to_string(b.join(rel)).unwrap();
    let text = text.replace(
        "at = \"2026-11-12T08:00:00+08:00\"",
        "at = \"2026-11-14T08:00:00+08:00\"",
    );
    std::fs::write(b.join(rel), text).unwrap();
    git(&b, &["commit", "-qam", "resolve time corrected"]);
    net.push(1);
    let head = git(&a, &["rev-parse", "HEAD"]);
    let (ok, _, err) = git_in(
        &a,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "s1"],
    );
    assert!(!ok, "the pull should conflict: {err}");
    assert!(err.contains("not a possible history"), "{err}");
    assert_eq!(git(&a, &["rev-parse", "HEAD"]), head, "nothing committed");
    assert_eq!(git(&a, &["status", "--porcelain"]), format!("UU {rel}\n"));
    let out = net.lane(&a, &["check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .starts_with(&format!("{rel}:1: a git merge conflict marker")),
        "{}",
        out.stdout
    );
    git(&a, &["merge", "--abort"]);

    // The same merge with the binary that registered the driver moved away.
    let moved = net.v.tmp.path().join("lane-moved");
    std::fs::copy(env!("CARGO_BIN_EXE_lane"), &moved).unwrap();
    let mut c = Command::new(&moved);
    c.arg("--data").arg(&a).args(["merge-driver", "--install"]);
    assert_eq!(run(c).code, 0);
    std::fs::remove_file(&moved).unwrap();
    let (ok, _, _) = git_in(
        &a,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", "s1"],
    );
    assert!(!ok, "the pull should conflict without lane");
    let out = net.lane(&a, &["check"]);
    let warning = format!("git config merge.lane-ticket.driver: warning: the merge driver's program `{}` cannot be run (moved or deleted?), so git merges case files and patrol logs only as text, with conflicts; run `lane merge-driver --install` in this clone", moved.display());
    assert!(out.stdout.contains(&warning), "{}", out.stdout);
    assert_eq!(git(&a, &["rev-parse", "HEAD"]), head, "nothing committed");
    assert_eq!(git(&a, &["status", "--porcelain"]), format!("UU {rel}\n"));
}

/// A format-1 log (no `id` column) is read; the next row logged numbers the old
/// rows as `lane migrate` does and appends its own.
#[test]
fn a_format_1_log_is_read_and_numbered_when_written() {
    let v = Village::new();
    v.seed();
    v.write(
        "patrols/2026-11.csv",
        "date,leader,alley,kind,household,ticket,note\n2026-11-03,L01,A01,inspection,,,a\n2026-11-04,L02,A02,inspection,,,b\n",
    );
    v.run("check").ok();
    assert_eq!(v.run("--format csv patrol list").ok(), "id,date,leader,alley,kind,household,ticket,note\n,2026-11-03,L01,A01,inspection,,,a\n,2026-11-04,L02,A02,inspection,,,b\n");
    v.run("patrol --leader L01 --kind inspection --at 2026-11-05")
        .ok();
    assert_eq!(
        v.read("patrols/2026-11.csv"),
        "id,date,leader,alley,kind,household,ticket,note\n2026-11-0001,2026-11-03,L01,A01,inspection,,,a\n2026-11-0002,2026-11-04,L02,A02,inspection,,,b\n2026-11-0003,2026-11-05,L01,A01,inspection,,,\n"
    );
    v.run("patrol edit 2026-11-0009 --note x")
        .stderr("error: there is no patrol row 2026-11-0009 in patrols/2026-11.csv\nhint: `lane patrol list --month 2026-11` shows the month's rows with their IDs\n")
        .status(2);
    v.run("patrol edit 2026-11-0001 --at 2026-10-30")
        .stderr("error: --at: 2026-10-30 is not in the row's month (2026-11); a row does not move between monthly files\nhint: remove the row (`lane patrol remove ID`) and log it again on its day\n")
        .status(2);
    v.run("patrol remove 42")
        .stderr("error: `42` is not a patrol ID; patrol IDs look like 2026-11-0042 or 2026-11-T0042 (year-month-number)\nhint: `lane patrol list` shows each row's ID\n")
        .status(2);
}

/// `lane check` names a patrol ID used twice (a row copied in a spreadsheet).
#[test]
fn check_names_a_patrol_id_used_twice() {
    let v = Village::new();
    v.seed();
    v.write(
        "patrols/2026-11.csv",
        "id,date,leader,alley,kind,household,ticket,note\n2026-11-0001,2026-11-03,L01,A01,inspection,,,a\n2026-11-0001,2026-11-04,L01,A01,inspection,,,b\n",
    );
    let out = v.run("check").out();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (1, "patrols/2026-11.csv:3: the patrol ID 2026-11-0001 is also on line 2; every row needs its own ID (a merge and `lane patrol edit` find rows by it)\n")
    );
}

/// The lane that `PATH` finds is registered by name, so moving it to another
/// folder on `PATH` (an upgrade) keeps the driver working; another lane binary
/// is registered by its absolute path.
#[test]
fn the_driver_is_registered_by_name_when_path_finds_it() {
    let net = Net::new(1);
    let a = &net.clones[0];
    let bin = net.v.tmp.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_lane"), bin.join("lane")).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let mut c = Command::new(bin.join("lane"));
    c.env("PATH", &path)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .arg("--data")
        .arg(a)
        .args(["merge-driver", "--install"]);
    // A copy just written may still be open in a child another test thread forked
    // meanwhile: exec says "Text file busy" (ETXTBSY) until that child execs too.
    let mut tries = 0;
    let status = loop {
        match c.status() {
            Err(e) if e.raw_os_error() == Some(26) && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            other => break other.expect("run the copied lane"),
        }
    };
    assert_eq!(status.code(), Some(0));
    let cmd = git(a, &["config", "merge.lane-patrol.driver"]);
    assert!(cmd.starts_with("lane merge-driver %O %A %B %P;"), "{cmd}");
    // Installed from elsewhere (not the lane on PATH): the absolute path.
    net.lane(a, &["merge-driver", "--install"]).ok();
    let cmd = git(a, &["config", "merge.lane-patrol.driver"]);
    assert!(
        cmd.starts_with(&format!("'{}' merge-driver", env!("CARGO_BIN_EXE_lane"))),
        "{cmd}"
    );
}
