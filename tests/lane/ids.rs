//! IDs across clones (issue 19 items 2 and 3): station codes are registered in
//! the village (`stations/T.toml`, committed) and refused when another clone has
//! one; every ID lane allocates on a clone with a station is in that station's
//! range (`HT0001`, `LT01`, `AT01`, `2026-11-T0001`, `NJ-2026-T0001`), so records
//! added on two clones never share an ID; and several offices working over many
//! pull/push rounds end with the same records everywhere and a clean check.

mod concurrent;

use std::path::{Path, PathBuf};

use crate::harness::town::git_in;
use crate::harness::{git, lane_cmd, run, Out, Village};

/// A bare remote with a seeded village, and clones of it, each with the merge
/// driver; `lane local` is left to the test.
pub struct Net {
    pub v: Village,
    pub clones: Vec<PathBuf>,
}

impl Net {
    pub fn new(clones: usize) -> Net {
        let v = Village::with_git();
        v.seed();
        git(&v.root, &["add", "-A"]);
        git(&v.root, &["commit", "-qm", "seed"]);
        let base = v.tmp.path().to_path_buf();
        let root = v.root.to_str().unwrap().to_string();
        git(&base, &["clone", "-q", "--bare", &root, "remote.git"]);
        let mut net = Net {
            v,
            clones: Vec::new(),
        };
        for i in 0..clones {
            let name = format!("c{i}");
            git(&base, &["clone", "-q", "remote.git", &name]);
            let dir = base.join(&name);
            net.lane(&dir, &["merge-driver", "--install"]).ok();
            net.clones.push(dir);
        }
        net
    }

    pub fn lane(&self, dir: &Path, args: &[&str]) -> Out {
        let mut c = lane_cmd(self.v.tmp.path());
        c.arg("--data").arg(dir).arg("--no-input").args(args);
        run(c)
    }

    /// `lane` in clone `i`, which must succeed; its stdout.
    pub fn ok(&self, i: usize, args: &[&str]) -> String {
        self.lane(&self.clones[i], args).ok().to_string()
    }

    /// Pulls into clone `i`; a text conflict in a CSV is resolved as check's
    /// hint says (keep the rows of both sides, delete the marker lines), then
    /// committed.
    pub fn pull(&self, i: usize) {
        let dir = &self.clones[i];
        let (ok, _, _) = git_in(dir, &["pull", "-q", "--no-rebase", "--no-edit"]);
        if ok {
            return;
        }
        let files = git(dir, &["diff", "--name-only", "--diff-filter=U"]);
        for f in files.lines() {
            assert!(f.ends_with(".csv"), "c{i}: unexpected conflict in {f}");
            let text = std::fs::read_to_string(dir.join(f)).unwrap();
            let marker = |l: &str| {
                ["<<<<<<<", "=======", ">>>>>>>"]
                    .iter()
                    .any(|m| l.starts_with(m))
            };
            let kept: String = text
                .lines()
                .filter(|l| !marker(l))
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(dir.join(f), kept).unwrap();
            git(dir, &["add", f]);
        }
        git(dir, &["commit", "-qm", "merge: keep both sides' rows"]);
    }

    pub fn push(&self, i: usize) {
        git(&self.clones[i], &["push", "-q", "origin", "HEAD"]);
    }

    /// `lane check` in clone `i` is clean: exit 0, no warnings.
    pub fn clean(&self, i: usize) {
        let out = self.lane(&self.clones[i], &["check"]);
        assert_eq!(out.code, 0, "check in c{i}: {}", out.stderr);
        assert!(
            out.stderr.contains("0 errors, 0 warnings"),
            "check in c{i}: {}",
            out.stderr
        );
    }
}

fn add_household(net: &Net, i: usize, head: &str) -> String {
    let out = net.ok(i, &["household", "add", "--head", head, "--alley", "A01"]);
    out.trim().to_string()
}

#[test]
fn a_station_code_another_clone_took_is_refused() {
    let net = Net::new(2);
    net.ok(0, &["local", "--station", "T"]);
    assert_eq!(
        std::fs::read_to_string(net.clones[0].join("stations/T.toml"))
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("clone = "))
            .count(),
        1
    );
    // Committed with the change: the work tree is clean.
    assert_eq!(git(&net.clones[0], &["status", "--porcelain"]), "");
    net.push(0);
    net.pull(1);
    let out = net.lane(&net.clones[1], &["local", "--station", "T"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("station code T is taken by another clone (stations/T.toml)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("lane local --station U"),
        "{}",
        out.stderr
    );
    // The same clone may say its own code again; another code is free.
    net.ok(0, &["local", "--station", "T"]);
    net.ok(1, &["local", "--station", "U"]);
    net.push(1);
    net.pull(0);
    net.clean(0);
    net.clean(1);
}

#[test]
fn a_clone_that_lost_its_station_in_a_merge_cannot_number_until_restationed() {
    let net = Net::new(2);
    // Both take T before either pulls: the pull meets an add/add conflict.
    net.ok(0, &["local", "--station", "T"]);
    net.ok(1, &["local", "--station", "T"]);
    net.push(0);
    let (ok, _, _) =
        crate::harness::town::git_in(&net.clones[1], &["pull", "-q", "--no-rebase", "--no-edit"]);
    assert!(!ok, "the pull of a taken station must conflict");
    let out = net.lane(&net.clones[1], &["check"]);
    assert_ne!(out.code, 0);
    assert!(
        out.stdout.contains("stations/T.toml")
            && out.stdout.contains("two clones took this station code"),
        "{}",
        out.stdout
    );
    // Following the hint: keep the first clone's line, commit, re-station.
    git(&net.clones[1], &["checkout", "--theirs", "stations/T.toml"]);
    git(&net.clones[1], &["add", "stations/T.toml"]);
    git(&net.clones[1], &["commit", "-qm", "keep c0's station T"]);
    for args in [
        &["household", "add", "--head", "孙立新", "--alley", "A01"][..],
        &["patrol", "--leader", "L01", "--kind", "inspection"][..],
    ] {
        let out = net.lane(&net.clones[1], args);
        assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("station code T is taken"),
            "{}",
            out.stderr
        );
    }
    net.ok(1, &["local", "--station", "U"]);
    assert_eq!(add_household(&net, 1, "孙立新"), "HU0001");
    net.push(1);
    net.pull(0);
    net.clean(0);
    net.clean(1);
}

#[test]
fn registry_ids_allocated_on_a_station_are_its_own() {
    let net = Net::new(3);
    net.ok(0, &["local", "--station", ""]);
    net.ok(1, &["local", "--station", "T"]);
    net.ok(2, &["local", "--station", "TA"]);
    // The village's own clone keeps today's form; stations number in their range.
    assert_eq!(add_household(&net, 0, "甲"), "H0004");
    assert_eq!(add_household(&net, 1, "乙"), "HT0001");
    assert_eq!(add_household(&net, 1, "丙"), "HT0002");
    assert_eq!(add_household(&net, 2, "丁"), "HTA0001");
    let alley = |i: usize, name: &str| {
        net.ok(i, &["alley", "add", "--name", name])
            .trim()
            .to_string()
    };
    assert_eq!(alley(0, "东巷"), "A03");
    assert_eq!(alley(1, "西巷"), "AT01");
    assert_eq!(alley(2, "北巷"), "ATA01");
    let leader = |i: usize, name: &str, alley: &str| {
        net.ok(
            i,
            &[
                "leader",
                "add",
                "--name",
                name,
                "--phone",
                "13800000009",
                "--alley",
                alley,
                "--background",
                "respected",
                "--selected-by",
                "party-members-and-masses",
                "--since",
                "2026-01-01",
            ],
        )
        .trim()
        .to_string()
    };
    assert_eq!(leader(0, "周一", "A03"), "L03");
    assert_eq!(leader(1, "吴二", "AT01"), "LT01");
    assert_eq!(leader(2, "郑三", "ATA01"), "LTA01");
    // An import numbers its new rows in the station's range, too.
    let file = net
        .v
        .outside("in.csv", "head,alley,address\n钱四,A01,一组9号\n");
    net.ok(1, &["household", "import", file.to_str().unwrap()]);
    let ids = |i: usize| -> Vec<String> {
        std::fs::read_to_string(net.clones[i].join("households.csv"))
            .unwrap()
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert!(ids(1).contains(&"HT0003".to_string()), "{:?}", ids(1));
    // Every order of pushes and pulls merges without a duplicate ID.
    for i in [2, 0, 1] {
        net.pull(i);
        net.push(i);
    }
    for i in 0..3 {
        net.pull(i);
    }
    for i in 0..3 {
        let mut v = ids(i);
        assert_eq!(v.len(), 8, "c{i}: {v:?}");
        v.sort();
        v.dedup();
        assert_eq!(v.len(), 8, "c{i}: duplicate household IDs");
        net.clean(i);
    }
}

#[test]
fn check_names_a_file_that_holds_two_cases_under_one_id() {
    let v = Village::new();
    v.seed();
    let rel = v.case(1, "A01", None);
    assert_eq!(v.run("check").out().code, 0);
    // What following "keep both sides' events" made of two clones' first cases.
    let mut text = v.read(&rel);
    text.push_str(
        "\n[[events]]\nat = \"2026-11-03T10:00:00+08:00\"\nby = \"L02\"\naction = \"open\"\n",
    );
    v.write(&rel, text);
    let out = v.run("check").out();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout.contains(&format!(
            "{rel}: the file holds 2 different cases under one ID NJ-2026-0001 (2 `open` events)"
        )),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("lane local --station U"),
        "{}",
        out.stdout
    );
}

#[test]
fn an_add_add_conflict_of_two_different_cases_says_not_to_join_them() {
    let net = Net::new(2);
    // Two clones set up by hand with one code, before codes were registered.
    for (i, title) in [(0, "沟渠无护栏"), (1, "邻里噪音纠纷")] {
        std::fs::write(net.clones[i].join("local.toml"), "station = \"T\"\n").unwrap();
        let category = ["hazard", "dispute"][i];
        let out = net.ok(
            i,
            &[
                "open",
                "--title",
                title,
                "--category",
                category,
                "--alley",
                "A01",
                "--by",
                "L01",
                "--at",
                "2026-11-10T08:00",
            ],
        );
        assert_eq!(out.trim(), "NJ-2026-T0001");
    }
    net.push(0);
    let (ok, _, _) = git_in(&net.clones[1], &["pull", "-q", "--no-rebase", "--no-edit"]);
    assert!(!ok, "one ID for two cases must conflict");
    let out = net.lane(&net.clones[1], &["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("the two sides' facts differ: these are two different cases")
            && out.stdout.contains("git merge --abort"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("keep both sides' events"),
        "{}",
        out.stdout
    );
}
