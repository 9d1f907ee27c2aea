//! `lane init`, the sample village, completions and the man page.

use crate::harness::{json, lane_at, run_at, Village};

const GITATTRIBUTES: &str = "# Patrol logs merge row by row, by ID (`lane merge-driver`; format 2).\npatrols/*.csv merge=lane-patrol\n";
const GITIGNORE: &str =
    "# Per-clone settings (station code) and the derived index: never shared.\n\
                         /local.toml\n/.lane/\n# Temp files of a write that a crash interrupted.\n.lane-tmp-*\n";

fn keys(v: &toml::Value, table: &str) -> Vec<String> {
    v[table]
        .as_array()
        .unwrap_or_else(|| panic!("lane.toml has no [[{table}]]"))
        .iter()
        .map(|t| t["key"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn init_writes_exactly_the_documented_files() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --no-git")
        .stderr("created v for Nanjie Village\nno default --by yet: set who records actions with `lane --data v local --by NAME`, or give --by to each command\n")
        .success();
    let v = Village {
        root: tmp.path().join("v"),
        tmp,
        now: crate::harness::NOW.into(),
    };
    let files: Vec<String> = v.snapshot().into_keys().collect();
    assert_eq!(
        files,
        [
            ".gitattributes",
            ".gitignore",
            "alleys.csv",
            "households.csv",
            "lane.toml",
            "leaders.csv",
            "local.toml",
            "patrols/.gitkeep",
            "stars/.gitkeep",
            "tickets/.gitkeep",
        ]
    );
    assert!(!v.path(".git").exists(), "--no-git made a repository");
    assert_eq!(v.read("alleys.csv"), "id,name,group,leader,note\n");
    assert_eq!(
        v.read("leaders.csv"),
        "id,name,phone,alley,background,selected_by,since,until,note\n"
    );
    assert_eq!(
        v.read("households.csv"),
        "id,head,alley,address,members,phone,tags,note,registered\n"
    );
    assert_eq!(v.read(".gitattributes"), GITATTRIBUTES);
    assert_eq!(v.read(".gitignore"), GITIGNORE);
    assert_eq!(
        v.read("local.toml"),
        "# This clone's station code: \"\" is the village's own.\nstation = \"\"\n"
    );
    for keep in ["patrols/.gitkeep", "stars/.gitkeep", "tickets/.gitkeep"] {
        assert_eq!(v.bytes(keep), b"");
    }

    let cfg: toml::Value = toml::from_str(&v.read("lane.toml")).expect("lane.toml parses");
    assert_eq!(cfg["village"]["name"].as_str(), Some("Nanjie Village"));
    assert_eq!(cfg["village"]["code"].as_str(), Some("NJ"));
    assert_eq!(cfg["village"]["utc_offset"].as_str(), Some("+08:00"));
    assert_eq!(keys(&cfg, "levels"), ["alley", "village", "town"]);
    let days: Vec<i64> = cfg["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["deadline_days"].as_integer().unwrap())
        .collect();
    assert_eq!(days, [3, 7, 15]);
    assert_eq!(
        keys(&cfg, "categories"),
        ["sanitation", "hazard", "dispute", "service", "feedback"]
    );
    assert_eq!(
        keys(&cfg, "criteria"),
        ["helpful", "honest", "diligent", "clean", "harmony"]
    );
    // A fresh folder is clean.
    v.run("check")
        .stderr("checked 0 alleys, 0 leaders, 0 households, 0 cases: 0 errors, 0 warnings\n")
        .success();
}

#[test]
fn init_takes_the_name_and_code_into_lane_toml() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --no-git --name 南街村 --code NJC")
        .stderr("created v for 南街村\nno default --by yet: set who records actions with `lane --data v local --by NAME`, or give --by to each command\n")
        .success();
    let cfg: toml::Value =
        toml::from_str(&std::fs::read_to_string(tmp.path().join("v/lane.toml")).unwrap()).unwrap();
    assert_eq!(cfg["village"]["name"].as_str(), Some("南街村"));
    assert_eq!(cfg["village"]["code"].as_str(), Some("NJC"));
}

#[test]
fn init_refuses_a_code_with_digits_and_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --code N1")
        .stderr("error: village.code `N1` must not contain digits: it starts every case ID\n")
        .status(2);
    assert!(!tmp.path().join("v").exists());
}

#[test]
fn init_with_git_makes_one_commit_of_every_shared_file() {
    let v = Village::with_git();
    assert_eq!(v.git_log(), ["init: Nanjie Village"]);
    assert_eq!(
        v.git(&["status", "--porcelain"]),
        "",
        "the first commit left files out"
    );
    assert_eq!(
        v.git(&["ls-files"]),
        ".gitattributes\n.gitignore\nalleys.csv\nhouseholds.csv\nlane.toml\nleaders.csv\n\
         patrols/.gitkeep\nstars/.gitkeep\ntickets/.gitkeep\n"
    );
    // The per-clone file exists but is ignored; the patrol logs merge by row ID.
    assert!(v.path("local.toml").is_file());
    assert_eq!(
        v.git(&[
            "check-attr",
            "merge",
            "--",
            "patrols/2026-11.csv",
            "alleys.csv"
        ]),
        "patrols/2026-11.csv: merge: lane-patrol\nalleys.csv: merge: unspecified\n"
    );
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_and_leaves_it_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine\n").unwrap();
    run_at(tmp.path(), "init v")
        .stderr(
            "error: v is not empty\n\
         hint: give a new or empty folder; lane never writes into an existing one\n",
        )
        .status(1);
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["notes.txt"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "mine\n"
    );
}

#[test]
fn init_refuses_an_existing_village() {
    let v = Village::new();
    let before = v.snapshot();
    let out = run_at(v.tmp.path(), "init village").out();
    out.fails(
        1,
        "error: village is not empty\n\
         hint: give a new or empty folder; lane never writes into an existing one\n",
    );
    v.assert_unchanged(&before);
}

#[test]
fn init_fills_an_empty_existing_folder() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("v")).unwrap();
    run_at(tmp.path(), "init v --no-git")
        .stderr("created v for Nanjie Village\nno default --by yet: set who records actions with `lane --data v local --by NAME`, or give --by to each command\n")
        .success();
    assert!(tmp.path().join("v/lane.toml").is_file());
}

#[test]
fn the_sample_village_is_nanjie_sized_and_clean() {
    let v = Village::sample();
    let count = |what: &str| {
        json(v.lane(&["--format", "json", what, "list"]).ok())
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(
        (count("alley"), count("leader"), count("household")),
        (14, 14, 566)
    );
    let alleys = json(v.run("--format json alley list").ok());
    let groups: std::collections::BTreeSet<&str> = alleys
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups.len(), 5, "five villager groups: {groups:?}");
    let households: i64 = alleys
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["households"].as_i64().unwrap())
        .sum();
    assert_eq!(households, 566);
    v.run("check")
        .stderr("checked 14 alleys, 14 leaders, 566 households, 736 cases: 0 errors, 0 warnings\n")
        .success();
}

#[test]
fn completions_and_man_page_come_from_the_command_definition() {
    let tmp = tempfile::tempdir().unwrap();
    // The script registers lane as its own completer (issue 15: the folder's
    // values complete too), so the words come from lane at each TAB.
    let bash = run_at(tmp.path(), "completions bash").out();
    assert_eq!((bash.code, bash.stderr.as_str()), (0, ""));
    assert!(
        bash.stdout.starts_with("\n_clap_complete_lane() {\n"),
        "{}",
        &bash.stdout[..80]
    );
    assert!(bash.stdout.contains("COMPLETE=\"bash\""), "{}", bash.stdout);
    let words = |line: &[&str]| {
        let mut c = crate::harness::lane_cmd(tmp.path());
        c.env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", line.len().to_string())
            .env("_CLAP_IFS", "\n")
            .args(["--", "lane"])
            .args(line);
        crate::harness::run(c).stdout
    };
    let top = words(&[""]);
    for word in ["alley", "leader", "household", "check", "--no-input"] {
        assert!(
            top.lines().any(|l| l == word),
            "bash completions lack {word}"
        );
    }
    assert!(words(&["household", ""]).lines().any(|l| l == "import"));
    assert!(words(&["leader", "add", "--"])
        .lines()
        .any(|l| l == "--selected-by"));
    for shell in ["zsh", "fish"] {
        let out = lane_at(tmp.path(), &["completions", shell]);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""));
        assert!(
            out.stdout.contains("COMPLETE="),
            "{shell} completions do not call back into lane"
        );
    }
    let man = run_at(tmp.path(), "man").out();
    assert_eq!((man.code, man.stderr.as_str()), (0, ""));
    assert!(man.stdout.contains(".TH lane 1"), "no man page title");
    assert!(
        man.stdout.contains("lane\\-household"),
        "no household section"
    );
    let bad = run_at(tmp.path(), "completions tcsh").out();
    assert_eq!((bad.code, bad.stdout.as_str()), (2, ""));
    assert!(
        bad.stderr.starts_with("error: invalid value 'tcsh'"),
        "{}",
        bad.stderr
    );
}

#[test]
fn the_data_folder_is_found_by_flag_env_upward_or_dot_data() {
    let v = Village::new();
    v.seed();
    let csv = "id,name,group,leader,leader_name,phone,households,note\n\
               A01,槐树巷,一组,L01,张桂兰,13800000001,2,\n\
               A02,油坊巷,二组,L02,李德明,13800000002,1,\n";
    let list = ["--format", "csv", "alley", "list"];
    // The nearest folder upward that holds lane.toml.
    let deeper = v.path("tickets/2026");
    std::fs::create_dir_all(&deeper).unwrap();
    lane_at(&deeper, &list).is(0, csv, "");
    // $LANE_DATA, from anywhere.
    let elsewhere = tempfile::tempdir().unwrap();
    let mut c = crate::harness::lane_cmd(elsewhere.path());
    c.env("LANE_DATA", &v.root).args(list);
    crate::harness::run(c).is(0, csv, "");
    // ./data when nothing upward holds lane.toml; the error says how to point.
    lane_at(elsewhere.path(), &list).fails(
        2,
        "error: data is not a lane data folder (no lane.toml)\n\
         hint: create one with `lane init DIR`, or point to one with --data DIR or $LANE_DATA\n",
    );
    std::fs::rename(&v.root, elsewhere.path().join("data")).unwrap();
    lane_at(elsewhere.path(), &list).is(0, csv, "");
}

/// `lane init` is all or nothing: killed at any moment, it leaves no folder (or an
/// empty one), or the whole committed one. `lane init` again then succeeds (or finds
/// the whole folder), a clone of the result is a lane folder, and no temp sibling
/// stays behind.
#[cfg(unix)]
#[test]
fn a_killed_init_leaves_nothing_or_everything() {
    use std::os::unix::process::ExitStatusExt;
    let tmp = tempfile::tempdir().unwrap();
    let (mut kills, mut whole, mut i) = (0, 0, 0);
    let started = std::time::Instant::now();
    while kills < 20 {
        i += 1;
        assert!(i < 200, "only {kills} kills in {i} tries");
        let name = format!("v{i}");
        let dir = tmp.path().join(&name);
        if i % 2 == 0 {
            std::fs::create_dir(&dir).unwrap();
        }
        let mut c = crate::harness::lane_cmd(tmp.path());
        c.args(["init", &name]).stderr(std::process::Stdio::null());
        let mut child = c.spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_micros(2500 * (i as u64 % 24)));
        child.kill().unwrap();
        let killed = child.wait().unwrap().signal() == Some(9);
        kills += usize::from(killed);
        if dir.join("lane.toml").exists() {
            whole += 1;
        } else {
            let left: Vec<_> = std::fs::read_dir(&dir)
                .map(|r| r.count())
                .into_iter()
                .collect();
            assert!(left.iter().all(|n| *n == 0), "{name} is half made");
            run_at(tmp.path(), &format!("init {name}")).ok();
        }
        let clone = tmp.path().join(format!("c{i}"));
        crate::harness::git(
            tmp.path(),
            &[
                "clone",
                "-q",
                dir.to_str().unwrap(),
                clone.to_str().unwrap(),
            ],
        );
        lane_at(tmp.path(), &["--data", clone.to_str().unwrap(), "check"]).ok();
        let strays: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(strays.is_empty(), "{strays:?}");
    }
    eprintln!(
        "{kills} inits killed in {i} tries ({whole} had finished) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(whole < i, "every init finished before its kill");
}

/// A folder that an older lane's killed init left half made is refused with what
/// to do; the temp sibling a killed init of this lane left goes with the next one.
#[test]
fn a_half_made_folder_is_refused_and_a_leftover_temp_sibling_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("alleys.csv"), "id,name,group,leader,note\n").unwrap();
    std::fs::write(dir.join(".lane-tmp-Ab12Cd"), "x").unwrap();
    run_at(tmp.path(), "init v")
        .stderr(
            "error: v is a data folder that an interrupted `lane init` of an older lane left half-made\n\
             hint: if nothing of yours is in it, delete it (`rm -r v`) and run `lane init` again\n",
        )
        .status(1);
    std::fs::create_dir_all(tmp.path().join(".w.lane-init-XyZ123/tickets")).unwrap();
    run_at(tmp.path(), "init w --no-git").ok();
    assert!(!tmp.path().join(".w.lane-init-XyZ123").exists());
}
