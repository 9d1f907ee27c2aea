//! The town: three village repositories (bare remotes in a temp folder), a town
//! folder cloning them, escalations made in the villages, `town pull`, the inbox and
//! the town report computed by hand, a disposal recorded by the town and pushed back,
//! a pull that fails for one village only, and a ticket changed concurrently by the
//! village and the town.

mod common;
use common::{csv_rows, json, lane_cmd, run, Out};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A temp folder holding `remotes/<CODE>.git` (the villages' shared repositories),
/// `office/<CODE>` (each village office's own clone) and `town/` (the town office).
struct World {
    tmp: tempfile::TempDir,
}

fn git_in(dir: &Path, args: &[&str]) -> (bool, String, String) {
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
    fn new() -> World {
        World {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// Runs `lane --no-input ARGS` in the temp folder, with no town or data folder
    /// from the environment.
    fn lane(&self, args: &[&str]) -> Out {
        self.lane_in("", args)
    }

    /// Runs lane with `cwd` (relative to the temp folder) as the current folder.
    fn lane_in(&self, cwd: &str, args: &[&str]) -> Out {
        let mut c = lane_cmd(&self.path(cwd));
        c.env_remove("LANE_TOWN").arg("--no-input").args(args);
        run(c)
    }

    /// `lane --data DIR ARGS`.
    fn data(&self, dir: &str, args: &[&str]) -> Out {
        let mut a = vec!["--data", dir];
        a.extend_from_slice(args);
        self.lane(&a)
    }

    /// `lane town --town town ARGS`.
    fn town(&self, args: &[&str]) -> Out {
        let mut a = vec!["town", "--town", "town"];
        a.extend_from_slice(args);
        self.lane(&a)
    }

    #[track_caller]
    fn git(&self, dir: &str, args: &[&str]) -> String {
        let (ok, out, err) = git_in(&self.path(dir), args);
        assert!(ok, "git {args:?} in {dir}: {err}");
        out
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.path(rel), text).unwrap();
    }

    /// A village: `lane init` in `office/<CODE>`, two alleys, two leaders, three
    /// households, pushed to a new bare repository `remotes/<CODE>.git` that the
    /// office tracks.
    fn village(&self, code: &str, name: &str) {
        let office = format!("office/{code}");
        self.lane(&["init", &office, "--name", name, "--code", code])
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
    fn act(&self, code: &str, args: &[&str]) {
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
fn world() -> World {
    let w = World::new();
    for (code, name) in [
        ("NJ", "Nanjie Village"),
        ("BJ", "Beijie Village"),
        ("XW", "Xiwan Village"),
    ] {
        w.village(code, name);
    }
    w.lane(&["town", "init", "town", "--name", "Taiping Town"])
        .ok();
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
    open("XW", "sanitation", "A01", "2026-11-12T09:00", &[]);
    w.act(
        "XW",
        &["resolve", "1", "--note", "n", "--at", "2026-11-18T09:00"],
    );
    w.act("XW", &["close", "1", "--at", "2026-11-18T10:00"]);
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

/// `(scope, key) -> metric -> value` from a CSV report.
fn parse_report(text: &str) -> BTreeMap<(String, String), BTreeMap<String, String>> {
    let rows = csv_rows(text);
    assert_eq!(rows[0], ["scope", "key", "name", "metric", "value"]);
    let mut out: BTreeMap<(String, String), BTreeMap<String, String>> = BTreeMap::new();
    for r in &rows[1..] {
        out.entry((r[0].clone(), r[1].clone()))
            .or_default()
            .insert(r[3].clone(), r[4].clone());
    }
    out
}

const METRICS: [&str; 17] = [
    "opened",
    "solved_on_spot",
    "resolved",
    "closed",
    "escalated",
    "overdue",
    "open_at_end",
    "on_time_rate",
    "resolution_rate",
    "satisfaction_rate",
    "inspections",
    "visits",
    "feedbacks",
    "households_served",
    "town_inbox",
    "town_inbox_overdue",
    "last_person",
];

#[track_caller]
fn expect(
    got: &BTreeMap<(String, String), BTreeMap<String, String>>,
    scope: &str,
    key: &str,
    values: &[&str],
) {
    let metrics: Vec<&str> = match values.len() {
        17 => METRICS.to_vec(),
        _ => METRICS
            .iter()
            .copied()
            .filter(|m| {
                ![
                    "inspections",
                    "visits",
                    "feedbacks",
                    "town_inbox",
                    "town_inbox_overdue",
                    "last_person",
                ]
                .contains(m)
            })
            .collect(),
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

#[test]
fn the_town_pulls_reports_acts_and_pushes_back() {
    let w = world();
    assert_eq!(
        w.read("town/town.toml"),
        format!(
            "# The villages this town office works over; `lane town add` edits this file.\n\
             # Each village's records stay in its own data folder and git repository.\n\n\
             [town]\nname = \"Taiping Town\"\n\n\
             [[villages]]\nname = \"nanjie\"\ncode = \"NJ\"\npath = \"villages/nanjie\"\nremote = \"{}\"\n\n\
             [[villages]]\nname = \"beijie\"\ncode = \"BJ\"\npath = \"villages/beijie\"\nremote = \"{}\"\n\n\
             [[villages]]\nname = \"xiwan\"\ncode = \"XW\"\npath = \"villages/xiwan\"\nremote = \"{}\"\n",
            w.path("remotes/NJ.git").display(),
            w.path("remotes/BJ.git").display(),
            w.path("remotes/XW.git").display(),
        )
    );
    // The town folder is a repository of its own that keeps town.toml only.
    assert_eq!(
        w.git("town", &["log", "--format=%s"]),
        "town: add XW (xiwan) at villages/xiwan\n\
         town: add BJ (beijie) at villages/beijie\n\
         town: add NJ (nanjie) at villages/nanjie\n\
         town: init Taiping Town\n"
    );
    assert_eq!(w.git("town", &["status", "--porcelain"]), "");

    // The clones were made before the cases: pull brings them.
    let out = w.town(&["--format", "csv", "pull"]);
    assert_eq!(
        out.ok(),
        "code,village,result,detail\n\
         NJ,nanjie,updated,7 commits fast-forwarded\n\
         BJ,beijie,updated,7 commits fast-forwarded\n\
         XW,xiwan,updated,5 commits fast-forwarded\n"
    );
    let out = w.town(&["--format", "csv", "pull"]);
    assert_eq!(
        out.ok(),
        "code,village,result,detail\nNJ,nanjie,up-to-date,\nBJ,beijie,up-to-date,\nXW,xiwan,up-to-date,\n"
    );

    // The inbox: open at level town, oldest overdue first. Found from inside the
    // town folder, without --town.
    let out = w.lane_in("town", &["--format", "csv", "town", "inbox"]);
    assert_eq!(
        csv_rows(out.ok()),
        [
            vec![
                "village",
                "id",
                "level",
                "category",
                "alley",
                "alley_name",
                "title",
                "dept",
                "opened",
                "age_days",
                "deadline",
                "overdue_days"
            ],
            vec![
                "BJ",
                "BJ-2026-0003",
                "town",
                "hazard",
                "A01",
                "槐树巷",
                "t",
                "town safety office",
                "2026-10-20 09:00",
                "31",
                "2026-11-05 09:00",
                "15"
            ],
            vec![
                "NJ",
                "NJ-2026-0001",
                "town",
                "hazard",
                "A01",
                "槐树巷",
                "t",
                "town water office",
                "2026-11-02 09:00",
                "18",
                "2026-11-19 09:00",
                "1"
            ],
            vec![
                "NJ",
                "NJ-2026-0003",
                "town",
                "dispute",
                "A01",
                "槐树巷",
                "t",
                "judicial office",
                "2026-11-10 09:00",
                "10",
                "2026-11-26 09:00",
                ""
            ],
        ]
    );
    assert_eq!(
        out.stderr,
        "3 open cases at level town or above in 3 villages, 2 overdue\n"
    );
    let out = w.town(&["--format", "json", "inbox", "--overdue"]);
    let v = json(out.ok());
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["BJ-2026-0003", "NJ-2026-0001"]);
    assert_eq!(v[0]["overdue_days"], 15);
    assert_eq!(v[1]["age_days"], 18);

    // The town report for November, by hand (see `world`).
    let out = w.town(&["--format", "csv", "report", "--month", "2026-11"]);
    let r = parse_report(out.ok());
    assert_eq!(out.stderr, "");
    // NJ: opened T1-T3; T2 on the spot (on time, closed); escalated T1, T3; T1
    // overdue; T1, T3 open; resolution 1/3; a visit; served H0001, H0002 (cases),
    // H0003 (visit); T1 and T3 at town, T1 overdue; no household left out.
    expect(
        &r,
        "village",
        "NJ",
        &[
            "3", "1", "1", "1", "2", "1", "2", "100.0", "33.3", "", "0", "1", "0", "3", "2", "1",
            "0",
        ],
    );
    // BJ: opened T1, T2 (T3 in October); T1 resolved on time and closed satisfied;
    // T2 escalated; T2 and T3 overdue and open; served H0003; T3 in the inbox,
    // overdue; H0001 and H0002 not reached.
    expect(
        &r,
        "village",
        "BJ",
        &[
            "2", "0", "1", "1", "1", "2", "2", "100.0", "50.0", "100.0", "0", "0", "0", "1", "1",
            "1", "2",
        ],
    );
    // XW: T1 resolved late and closed; an inspection and a visit (H0001).
    expect(
        &r,
        "village",
        "XW",
        &[
            "1", "0", "1", "1", "0", "0", "0", "0.0", "100.0", "", "1", "1", "0", "1", "0", "0",
            "2",
        ],
    );
    // The town: counts summed; rates from summed counts: on time 2/3, resolution
    // 3/6 = 50.0 (the average of the villages' rates would be 61.1), satisfaction
    // 1/1; households of different villages are different households: 3+1+1.
    expect(
        &r,
        "town",
        "town",
        &[
            "6", "1", "3", "3", "3", "3", "4", "66.7", "50.0", "100.0", "1", "2", "0", "5", "3",
            "2", "4",
        ],
    );
    // Hazards: NJ T1, BJ T2 opened; both escalated; with BJ T3 all three overdue and
    // open; served NJ's H0001.
    expect(
        &r,
        "category",
        "hazard",
        &["2", "0", "0", "0", "2", "3", "3", "", "0.0", "", "1"],
    );
    expect(
        &r,
        "category",
        "sanitation",
        &["2", "1", "2", "2", "0", "0", "0", "50.0", "100.0", "", "0"],
    );
    // At town at the month's end: NJ T1, T3 (opened in November) and BJ T3;
    // escalated into town in November: NJ T1, T3.
    expect(
        &r,
        "level",
        "town",
        &["2", "0", "0", "0", "2", "2", "3", "", "0.0", "", "2"],
    );
    expect(
        &r,
        "level",
        "village",
        &["1", "0", "0", "0", "2", "1", "1", "", "0.0", "", "0"],
    );
    assert_eq!(r.len(), 1 + 3 + 5 + 3);
    let md = w.town(&["--format", "md", "report", "--month", "2026-11"]);
    assert!(md.ok().starts_with(
        "# Taiping Town: lane-leader report of 3 villages, November 2026 (2026-11-01 to 2026-11-30)\n\n\
         In November 2026 the lane leaders of Taiping Town made 2 sanitation clean-ups, \
         eliminated 0 hidden dangers, mediated 0 disputes and served 5 households.\n"
    ));
    assert!(md.stdout.contains(
        "\nTown inbox: 3 cases open at level town or above at the period's end, 2 of them overdue; \\`lane town inbox\\` lists those open now.\n"
    ));

    // The town disposes of NJ T1 in its clone of Nanjie: the commit is made there.
    let out = w.data(
        "town/villages/nanjie",
        &[
            "resolve",
            "NJ-2026-0001",
            "--by",
            "Town official Chen",
            "--note",
            "culvert laid by the town water office",
            "--at",
            "2026-11-20T09:30",
        ],
    );
    out.ok();
    assert_eq!(
        w.git("town/villages/nanjie", &["log", "-1", "--format=%s"]),
        "NJ-2026-0001: resolve (culvert laid by the town water office)\n"
    );
    let out = w.town(&["--format", "csv", "push"]);
    assert_eq!(
        out.ok(),
        "code,village,result,detail\n\
         NJ,nanjie,pushed,1 commit pushed\n\
         BJ,beijie,nothing-to-push,\n\
         XW,xiwan,nothing-to-push,\n"
    );
    // The village sees it after `git pull`.
    w.git("office/NJ", &["pull", "-q"]);
    let out = w.data("office/NJ", &["--format", "json", "show", "1"]);
    let v = json(out.ok());
    assert_eq!(v["status"], "resolved");
    assert_eq!(v["events"][3]["by"], "Town official Chen");
    assert_eq!(w.data("office/NJ", &["check"]).code, 0);
    // And the town's inbox no longer holds it.
    let out = w.town(&["--format", "csv", "inbox"]);
    assert_eq!(csv_rows(out.ok()).len(), 3);
    assert_eq!(
        out.stderr,
        "2 open cases at level town or above in 3 villages, 1 overdue\n"
    );
    let out = w.town(&["check"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "checked 3 villages, 7 tickets: 0 errors, 0 warnings\n"
    );
}

/// Table, Markdown, CSV and JSON of the town report carry the same numbers.
#[test]
fn the_four_formats_of_the_town_report_agree() {
    let w = world();
    w.town(&["pull"]).ok();
    let args = |f: &str| w.town(&["--format", f, "report", "--month", "2026-11"]);
    let csv = parse_report(args("csv").ok());
    let json: serde_json::Value = serde_json::from_str(args("json").ok()).unwrap();
    let from_json = |scope: &serde_json::Value| -> BTreeMap<String, String> {
        scope["metrics"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| {
                let s = match v {
                    serde_json::Value::Null => String::new(),
                    serde_json::Value::Number(n) if n.is_f64() => {
                        format!("{:.1}", n.as_f64().unwrap())
                    }
                    other => other.to_string(),
                };
                (k.clone(), s)
            })
            .collect()
    };
    assert_eq!(
        from_json(&json["town"]),
        csv[&("town".into(), "town".into())]
    );
    let mut n = 1;
    for (scope, list, key) in [
        ("village", "villages", "code"),
        ("category", "categories", "key"),
        ("level", "levels", "key"),
    ] {
        for row in json[list].as_array().unwrap() {
            let k = row[key].as_str().unwrap().to_string();
            assert_eq!(from_json(row), csv[&(scope.to_string(), k)], "{scope}");
            n += 1;
        }
    }
    assert_eq!(n, csv.len());
    let cells = |text: &str, key: &str| -> Vec<String> {
        let line = text
            .lines()
            .map(|l| l.replace(['│', '┆'], "|"))
            .find(|l| l.split('|').nth(1).map(str::trim) == Some(key))
            .unwrap_or_else(|| panic!("no row {key}"));
        line.split('|')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let md = args("md").stdout;
    let table = args("table").stdout;
    for (scope, key, row_key) in [
        ("village", "NJ", "NJ"),
        ("village", "BJ", "BJ"),
        ("town", "town", "total"),
        ("category", "hazard", "hazard"),
        ("level", "town", "town"),
    ] {
        let row = &csv[&(scope.to_string(), key.to_string())];
        let want: Vec<String> = METRICS
            .iter()
            .filter_map(|m| row.get(*m))
            .map(|v| if v.is_empty() { "-".into() } else { v.clone() })
            .collect();
        assert_eq!(cells(&md, row_key)[2..], want[..], "md {key}");
        assert_eq!(cells(&table, row_key)[2..], want[..], "table {key}");
    }
}

/// One village's remote is gone: its pull fails with git's reason, the others are
/// pulled all the same, and the command exits 1 naming it.
#[test]
fn a_failed_pull_is_reported_without_stopping_the_others() {
    let w = world();
    std::fs::rename(w.path("remotes/BJ.git"), w.path("remotes/BJ-moved.git")).unwrap();
    let out = w.town(&["--format", "csv", "pull"]);
    assert_eq!(out.code, 1);
    let rows = csv_rows(&out.stdout);
    assert_eq!(
        rows[1],
        ["NJ", "nanjie", "updated", "7 commits fast-forwarded"]
    );
    assert_eq!(rows[2][..3], ["BJ", "beijie", "failed"]);
    assert!(
        rows[2][3].contains("does not appear to be a git repository"),
        "{}",
        rows[2][3]
    );
    assert_eq!(
        rows[3],
        ["XW", "xiwan", "updated", "5 commits fast-forwarded"]
    );
    assert_eq!(
        out.stderr,
        "error: could not pull 1 of 3: BJ\nhint: the table above says why for each; the others are done\n"
    );
    // Push fails for it the same way, and still pushes the others.
    w.data(
        "town/villages/xiwan",
        &[
            "note",
            "XW-2026-0001",
            "checked again",
            "--by",
            "Town official Chen",
        ],
    )
    .ok();
    let out = w.town(&["--format", "csv", "push"]);
    assert_eq!(out.code, 1);
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows[2][..3], ["BJ", "beijie", "failed"]);
    assert_eq!(rows[3], ["XW", "xiwan", "pushed", "1 commit pushed"]);
    // The report refuses nothing: the clone is still there, as last pulled.
    let out = w.town(&["--format", "csv", "report", "--month", "2026-11"]);
    out.ok();
}

/// The village and the town change one ticket at the same time, and the village
/// works in a plain `git clone` (a second laptop) where lane's merge driver is not
/// installed. Both append an event at the end of the same case file, so the
/// village's `git pull` conflicts in that one file only; `lane check` names the line
/// until the file is fixed by hand; fixed, check passes and every event is kept.
#[test]
fn a_concurrent_change_conflicts_in_one_file_that_check_points_to() {
    let w = world();
    w.town(&["pull"]).ok();
    let rel = "tickets/2026/NJ-2026-0003.toml";
    w.git("", &["clone", "-q", "remotes/NJ.git", "laptop"]);
    let base = w.read(&format!("laptop/{rel}"));
    // The village adds a note, the town resolves; the town pushes first.
    w.data(
        "laptop",
        &[
            "note",
            "3",
            "both families came to the office",
            "--by",
            "L01",
            "--at",
            "2026-11-20T08:00",
        ],
    )
    .ok();
    w.data(
        "town/villages/nanjie",
        &[
            "resolve",
            "3",
            "--by",
            "Town official Chen",
            "--note",
            "boundary surveyed and agreed",
            "--at",
            "2026-11-20T09:00",
        ],
    )
    .ok();
    w.town(&["push"]).ok();
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
    assert_eq!(marker, 23, "the README quotes this line");
    let out = w.data("laptop", &["check"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        format!("{rel}:{marker}: a git merge conflict marker is left in the file: keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines\n")
    );
    // Every other ticket still reads.
    let out = w.data("laptop", &["--format", "csv", "list"]);
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
    let out = w.data("laptop", &["check"]);
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
    let out = w.data("laptop", &["check"]);
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
    let out = w.town(&["--format", "csv", "pull"]);
    assert_eq!(
        csv_rows(out.ok())[1],
        ["NJ", "nanjie", "updated", "2 commits fast-forwarded"]
    );
    let v = json(
        w.data("town/villages/nanjie", &["--format", "json", "show", "3"])
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
    w.town(&["pull"]).ok();
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
    w.data(
        "town/villages/nanjie",
        &[
            "resolve",
            "3",
            "--by",
            "Town official Chen",
            "--note",
            "agreed",
            "--at",
            "2026-11-20T09:00",
        ],
    )
    .ok();
    w.town(&["push"]).ok();
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
    let out = w.data("office/NJ", &["check"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    w.git("office/NJ", &["push", "-q"]);
    let out = w.town(&["--format", "csv", "pull"]);
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
    w.data(
        "town/villages/nanjie",
        &[
            "visit",
            "3",
            "--by",
            "Town official Chen",
            "--result",
            "basic",
            "--at",
            "2026-11-20T09:45",
        ],
    )
    .ok();
    w.town(&["push"]).ok();
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
    let out = w.data("office/NJ", &["check"]);
    assert_eq!(
        out.stdout,
        format!("{rel}:{line}: a git merge conflict marker is left in the file: keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines\n")
    );
}

/// The town folder is a repository of its own: a second office clones it and
/// `town pull` clones every village from the remotes town.toml names, then keeps
/// the town folder itself up to date too.
#[test]
fn a_town_folder_cloned_elsewhere_pulls_its_villages() {
    let w = world();
    let remote = w.path("remotes/town.git");
    w.git(
        "",
        &["clone", "-q", "--bare", "town", remote.to_str().unwrap()],
    );
    w.git("", &["clone", "-q", remote.to_str().unwrap(), "office2"]);
    let out = w.lane(&["town", "--town", "office2", "--format", "csv", "pull"]);
    assert_eq!(
        out.ok(),
        "code,village,result,detail
\
         ,(town.toml),up-to-date,
\
         NJ,nanjie,cloned,the folder was missing: cloned from the remote in town.toml
\
         BJ,beijie,cloned,the folder was missing: cloned from the remote in town.toml
\
         XW,xiwan,cloned,the folder was missing: cloned from the remote in town.toml
"
    );
    let out = w.lane(&["town", "--town", "office2", "--format", "csv", "inbox"]);
    assert_eq!(csv_rows(out.ok()).len(), 4);
    // The clones are ignored by the town repository, and got the merge driver.
    assert_eq!(w.git("office2", &["status", "--porcelain"]), "");
    assert!(w
        .git(
            "office2/villages/nanjie",
            &["config", "merge.lane-ticket.driver"]
        )
        .contains(" merge-driver %O %A %B || git merge-file"));
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
    let out = w.town(&["add", "nanxi", "--clone", "remotes/NX.git"]);
    out.fails(
        1,
        "error: the town already has a village with code NJ (nanjie, at villages/nanjie); village codes must be unique within a town\n\
         hint: two villages with one code would give their tickets the same IDs: change the code in one village's lane.toml before it opens tickets\n",
    );
    assert_eq!(w.read("town/town.toml"), before);
    let left: Vec<_> = std::fs::read_dir(w.path("town/villages"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left.len(), 3, "{left:?}");
    // The same through --path.
    w.town(&["add", "nanxi", "--path", "office/NX"])
        .fails(1, "error: the town already has a village with code NJ (nanjie, at villages/nanjie); village codes must be unique within a town\nhint: two villages with one code would give their tickets the same IDs: change the code in one village's lane.toml before it opens tickets\n");
    // A hand edit that gives two villages one code: check says where, the report
    // refuses to add them up.
    let edited = w
        .read("town/town.toml")
        .replace("code = \"XW\"", "code = \"BJ\"");
    w.write("town/town.toml", &edited);
    let out = w.town(&["check"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "town.toml:19: the village code BJ is used twice (beijie and xiwan); codes must be unique within a town\n\
         town.toml:19: village BJ (villages/xiwan): its lane.toml has the code XW; make town.toml and lane.toml agree\n"
    );
    let out = w.town(&["report"]);
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
    let out = w.lane(&["town", "list"]);
    out.fails(2, "error: . is not a town folder (no town.toml)\nhint: create one with `lane town init DIR`, or point to one with --town DIR or $LANE_TOWN\n");
    w.lane(&["town", "init", "t", "--no-git"]).ok();
    assert!(!w.path("t/.git").exists());
    let mut c = lane_cmd(w.tmp.path());
    c.env("LANE_TOWN", w.path("t"))
        .args(["--format", "csv", "town", "list"]);
    assert_eq!(run(c).ok(), "code,name,path,remote,folder\n");
    w.lane(&["town", "init", "t"]).fails(
        1,
        "error: t is not empty\nhint: give a new or empty folder; lane never writes into an existing one\n",
    );
    // A data folder outside the town, by path.
    w.lane(&["init", "elsewhere/nj", "--no-git"]).ok();
    let out = w.lane(&[
        "town",
        "--town",
        "t",
        "add",
        "南街村",
        "--path",
        "elsewhere/nj",
    ]);
    let abs = std::fs::canonicalize(w.path("elsewhere/nj")).unwrap();
    assert_eq!(
        out.stderr,
        format!("added NJ (南街村) at {}\n", abs.display())
    );
    let out = w.lane(&["town", "--town", "t", "--format", "csv", "pull"]);
    assert_eq!(
        out.ok(),
        "code,village,result,detail\nNJ,南街村,skipped,not a git repository\n"
    );
    w.lane(&["town", "--town", "t", "add", "x", "--path", "nowhere"])
        .fails(
            2,
            "error: --path: nowhere is not a lane data folder (no lane.toml)\n",
        );
}
