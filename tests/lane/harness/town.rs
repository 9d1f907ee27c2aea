//! Fixtures for the town tests: three village repositories with bare remotes, their
//! offices' clones and a town folder, and the report parsing both town test files use.

use super::{lane_cmd, run, Out, Run};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A temp folder holding `remotes/<CODE>.git` (the villages' shared repositories),
/// `office/<CODE>` (each village office's own clone) and `town/` (the town office).
pub struct World {
    pub tmp: tempfile::TempDir,
}

pub fn git_in(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test Clerk")
        .env("GIT_AUTHOR_EMAIL", "clerk@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test Clerk")
        .env("GIT_COMMITTER_EMAIL", "clerk@example.invalid")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("git");
    (
        o.status.success(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

impl World {
    pub fn new() -> World {
        World {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// Runs `lane --no-input ARGS` in the temp folder, with no town or data folder
    /// from the environment.
    pub fn lane(&self, args: &[&str]) -> Out {
        self.lane_in("", args)
    }

    /// Runs lane with `cwd` (relative to the temp folder) as the current folder.
    pub fn lane_in(&self, cwd: &str, args: &[&str]) -> Out {
        let mut c = lane_cmd(&self.path(cwd));
        c.env_remove("LANE_TOWN").arg("--no-input").args(args);
        run(c)
    }

    /// `lane --no-input LINE` in the temp folder, with no town or data folder from
    /// the environment.
    pub fn run(&self, line: &str) -> Run {
        self.run_in("", line)
    }

    /// `lane --no-input LINE` with `cwd` (relative to the temp folder) as the
    /// current folder.
    pub fn run_in(&self, cwd: &str, line: &str) -> Run {
        let mut c = lane_cmd(&self.path(cwd));
        c.env_remove("LANE_TOWN").arg("--no-input");
        Run::new(c, line)
    }

    /// `lane --data DIR ARGS`.
    pub fn data(&self, dir: &str, args: &[&str]) -> Out {
        let mut a = vec!["--data", dir];
        a.extend_from_slice(args);
        self.lane(&a)
    }

    /// `lane town --town town ARGS`.
    pub fn town(&self, args: &[&str]) -> Out {
        let mut a = vec!["town", "--town", "town"];
        a.extend_from_slice(args);
        self.lane(&a)
    }

    #[track_caller]
    pub fn git(&self, dir: &str, args: &[&str]) -> String {
        let (ok, out, err) = git_in(&self.path(dir), args);
        assert!(ok, "git {args:?} in {dir}: {err}");
        out
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    /// A village: `lane init` in `office/<CODE>`, two alleys, two leaders, three
    /// households, pushed to a new bare repository `remotes/<CODE>.git` that the
    /// office tracks.
    pub fn village(&self, code: &str, name: &str) {
        self.village_in(code, name, "en");
    }

    /// [`World::village`] in the language `lang` (`en`, `zh-CN`).
    pub fn village_in(&self, code: &str, name: &str, lang: &str) {
        let office = format!("office/{code}");
        self.lane(&[
            "init", &office, "--name", name, "--code", code, "--lang", lang,
        ])
        .ok();
        self.write(
            &format!("{office}/alleys.csv"),
            "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,\n",
        );
        self.write(
            &format!("{office}/leaders.csv"),
            "id,name,phone,alley,background,selected_by,since,until,note\n\
             L01,张桂兰,13800000001,A01,party-member,two-committees,2021-03-01,,\n\
             L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,\n",
        );
        self.write(
            &format!("{office}/households.csv"),
            "id,head,alley,address,members,phone,tags,note\n\
             H0001,王秀英,A01,一组1号,3,,,\nH0002,赵国强,A01,一组2号,4,,,\n\
             H0003,刘玉兰,A02,二组1号,2,,,\n",
        );
        self.git(&office, &["add", "-A"]);
        self.git(&office, &["commit", "-qm", "seed"]);
        let remote = self.path(&format!("remotes/{code}.git"));
        self.git(
            "",
            &["clone", "-q", "--bare", &office, remote.to_str().unwrap()],
        );
        let branch = self.git(&office, &["symbolic-ref", "--short", "HEAD"]);
        self.git(
            &office,
            &["remote", "add", "origin", remote.to_str().unwrap()],
        );
        self.git(&office, &["fetch", "-q", "origin"]);
        self.git(
            &office,
            &["branch", "-q", "-u", &format!("origin/{}", branch.trim())],
        );
    }

    /// Runs a lane action in a village office as lane leader L01.
    #[track_caller]
    pub fn act(&self, code: &str, args: &[&str]) {
        let office = format!("office/{code}");
        let mut a = vec!["--data", &office];
        a.extend_from_slice(args);
        if args[0] != "patrol" {
            a.extend(["--by", "L01"]);
        }
        let out = self.lane(&a);
        assert_eq!(out.code, 0, "lane {a:?}: {}", out.stderr);
    }
}

/// Three villages with their November (and one October) cases, pushed; a town
/// that cloned them before the cases were made. Now is 2026-11-20 10:00.
///
/// - NJ: T1 hazard at H0001 opened 11-02, escalated to village 11-03 and to town
///   11-04 (deadline 11-19 09:00: overdue); T2 sanitation solved on the spot 11-05;
///   T3 dispute at H0002 opened 11-10, escalated straight to town 11-11 (due 11-26);
///   a household visit at H0003.
/// - BJ: T1 service at H0003 opened 11-06, resolved 11-07, satisfied 11-08; T2
///   hazard opened 11-01, escalated to village 11-02 (due 11-09: overdue); T3 hazard
///   opened 10-20, escalated to town 10-21 (due 11-05: overdue).
/// - XW: T1 sanitation opened 11-12, resolved late 11-18 (due 11-15), closed; an
///   inspection and a household visit at H0001.
pub fn world() -> World {
    let w = World::new();
    for (code, name) in [
        ("NJ", "Nanjie Village"),
        ("BJ", "Beijie Village"),
        ("XW", "Xiwan Village"),
    ] {
        w.village(code, name);
    }
    w.run("town init town --name 'Taiping Town'").ok();
    for (name, code) in [("nanjie", "NJ"), ("beijie", "BJ"), ("xiwan", "XW")] {
        let url = format!("remotes/{code}.git");
        let out = w.town(&["add", name, "--clone", &url]);
        assert_eq!(
            out.stderr,
            format!("added {code} ({name}) at villages/{name}\n")
        );
    }
    let open = |code: &str, cat: &str, place: &str, at: &str, extra: &[&str]| {
        let flag = if place.starts_with('H') {
            "--household"
        } else {
            "--alley"
        };
        let mut a = vec![
            "open",
            "--title",
            "t",
            "--category",
            cat,
            flag,
            place,
            "--at",
            at,
        ];
        a.extend_from_slice(extra);
        w.act(code, &a);
    };
    open("NJ", "hazard", "H0001", "2026-11-02T09:00", &[]);
    w.act(
        "NJ",
        &[
            "escalate",
            "1",
            "--reason",
            "needs a culvert",
            "--at",
            "2026-11-03T09:00",
        ],
    );
    w.act(
        "NJ",
        &[
            "escalate",
            "1",
            "--reason",
            "the village has no budget",
            "--dept",
            "town water office",
            "--at",
            "2026-11-04T09:00",
        ],
    );
    open(
        "NJ",
        "sanitation",
        "A02",
        "2026-11-05T09:00",
        &["--solved", "swept"],
    );
    open("NJ", "dispute", "H0002", "2026-11-10T09:00", &[]);
    w.act(
        "NJ",
        &[
            "escalate",
            "3",
            "--to",
            "town",
            "--reason",
            "a land boundary",
            "--dept",
            "judicial office",
            "--at",
            "2026-11-11T09:00",
        ],
    );
    w.act(
        "NJ",
        &[
            "patrol",
            "--leader",
            "L02",
            "--kind",
            "visit",
            "--household",
            "H0003",
            "--at",
            "2026-11-05",
        ],
    );
    open("BJ", "service", "H0003", "2026-11-06T09:00", &[]);
    w.act(
        "BJ",
        &["resolve", "1", "--note", "n", "--at", "2026-11-07T09:00"],
    );
    w.act(
        "BJ",
        &[
            "visit",
            "1",
            "--result",
            "satisfied",
            "--at",
            "2026-11-08T09:00",
        ],
    );
    open("BJ", "hazard", "A01", "2026-11-01T09:00", &[]);
    w.act(
        "BJ",
        &["escalate", "2", "--reason", "r", "--at", "2026-11-02T09:00"],
    );
    open("BJ", "hazard", "A01", "2026-10-20T09:00", &[]);
    w.act(
        "BJ",
        &[
            "escalate",
            "3",
            "--to",
            "town",
            "--reason",
            "a cracked retaining wall",
            "--dept",
            "town safety office",
            "--at",
            "2026-10-21T09:00",
        ],
    );
    // Sanitation needs no return visit: resolving closes it.
    open("XW", "sanitation", "A01", "2026-11-12T09:00", &[]);
    w.act(
        "XW",
        &["resolve", "1", "--note", "n", "--at", "2026-11-18T09:00"],
    );
    w.act(
        "XW",
        &[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--at",
            "2026-11-03",
        ],
    );
    w.act(
        "XW",
        &[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "visit",
            "--household",
            "H0001",
            "--at",
            "2026-11-04",
        ],
    );
    for code in ["NJ", "BJ", "XW"] {
        w.git(&format!("office/{code}"), &["push", "-q"]);
    }
    w
}

/// Every metric of the town report's villages and total, in order: the library's one
/// list, so a new metric is a new expected value here, not a new name.
pub fn metrics() -> Vec<&'static str> {
    lane::model::metric::METRICS.iter().map(|m| m.key).collect()
}

/// The metrics of scopes without patrols or town figures (categories, levels).
fn case_metrics() -> Vec<&'static str> {
    use lane::model::metric::{Source, METRICS};
    let cases = METRICS
        .iter()
        .filter(|m| matches!(m.source, Source::Cases(_)));
    cases.map(|m| m.key).collect()
}

#[track_caller]
pub fn expect(
    got: &BTreeMap<(String, String), BTreeMap<String, String>>,
    scope: &str,
    key: &str,
    values: &[&str],
) {
    let all = metrics();
    let metrics: Vec<&str> = if values.len() == all.len() {
        all
    } else {
        case_metrics()
    };
    assert_eq!(metrics.len(), values.len(), "{scope} {key}");
    let want: BTreeMap<String, String> = metrics
        .iter()
        .zip(values)
        .map(|(m, v)| (m.to_string(), v.to_string()))
        .collect();
    assert_eq!(
        got[&(scope.to_string(), key.to_string())],
        want,
        "{scope} {key}"
    );
}
