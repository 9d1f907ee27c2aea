//! Crash safety: 200 mutating commands in a git repository, a fixed seed, and
//! SIGKILL at random moments for many of them. Each command carries a unique marker
//! so that its effect can be found in the folder. Afterwards: `lane check` passes,
//! nothing left behind blocks the next command, every command that exited 0 has its
//! effect (exactly once), a refused command has none, and a killed one has all of its
//! effect or none of it (a case opened on a household visit writes the case file and
//! the patrol row together).

use crate::harness::{lane_cmd, Village};

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const COMMANDS: usize = 200;
const SEED: u64 = 0x1a9e_2026;
const PATROLS: &str = "patrols/2026-11.csv";
const STARS: &str = "stars/2026.csv";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Open,
    Resolved,
    Closed,
}

/// What the test believes about a case; kept exact by looking at the folder after
/// every killed command.
#[derive(Debug, Clone)]
struct Case {
    id: String,
    hazard: bool,
    status: Status,
    level: usize,
}

/// Where a command's marker shows up when its effect is in the folder.
#[derive(Debug, Clone)]
enum Effect {
    /// A new case whose title holds the marker; with a household visit, also a
    /// patrol row naming the case.
    Open { hazard: bool, visit: bool },
    /// An event in the case file of `case` (index into the cases).
    Event { case: usize, next: Status, up: bool },
    /// A row added to the file whose cells hold the marker.
    Add(&'static str),
    /// A row of the file edited to hold the marker (the last edit wins).
    Edit(&'static str),
}

#[derive(Debug)]
struct Step {
    args: Vec<String>,
    marker: String,
    effect: Effect,
}

fn git(v: &Village, args: &[&str]) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(&v.root)
        .args(args)
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(o.status.success(), "git {args:?}");
    String::from_utf8(o.stdout).unwrap()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// A command the state allows, chosen at random.
fn plan(rng: &mut ChaCha8Rng, i: usize, cases: &[Case]) -> Step {
    let marker = format!("m{i:03}x");
    let pick = |rng: &mut ChaCha8Rng, ok: &dyn Fn(&Case) -> bool| -> Option<usize> {
        let fit: Vec<usize> = (0..cases.len()).filter(|c| ok(&cases[*c])).collect();
        (!fit.is_empty()).then(|| fit[rng.gen_range(0..fit.len())])
    };
    let roll = rng.gen_range(0..100);
    let event = |case: usize, args: Vec<String>, next: Status, up: bool| Step {
        args,
        marker: marker.clone(),
        effect: Effect::Event { case, next, up },
    };
    if roll < 10 && !cases.is_empty() {
        let c = rng.gen_range(0..cases.len());
        let text = format!("note {marker}");
        return event(c, s(&["note", &cases[c].id, &text]), cases[c].status, false);
    }
    if roll < 20 {
        if let Some(c) = pick(rng, &|c| c.status == Status::Open && c.level < 2) {
            let reason = format!("up {marker}");
            return event(
                c,
                s(&["escalate", &cases[c].id, "--reason", &reason]),
                Status::Open,
                true,
            );
        }
    }
    if roll < 32 {
        if let Some(c) = pick(rng, &|c| c.status == Status::Open) {
            let note = format!("fixed {marker}");
            // Sanitation needs no return visit: resolving closes it.
            let next = if cases[c].hazard {
                Status::Resolved
            } else {
                Status::Closed
            };
            return event(
                c,
                s(&["resolve", &cases[c].id, "--note", &note]),
                next,
                false,
            );
        }
    }
    if roll < 40 {
        if let Some(c) = pick(rng, &|c| c.status == Status::Resolved && c.hazard) {
            let happy = rng.gen_bool(0.7);
            let result = if happy { "satisfied" } else { "unsatisfied" };
            let note = format!("visit {marker}");
            let next = if happy { Status::Closed } else { Status::Open };
            return event(
                c,
                s(&["visit", &cases[c].id, "--result", result, "--note", &note]),
                next,
                false,
            );
        }
    }
    if roll < 46 {
        let note = format!("close {marker}");
        if let Some(c) = pick(rng, &|c| c.status == Status::Resolved && !c.hazard) {
            return event(
                c,
                s(&["close", &cases[c].id, "--note", &note]),
                Status::Closed,
                false,
            );
        }
        if let Some(c) = pick(rng, &|c| c.status == Status::Open) {
            return event(
                c,
                s(&["close", &cases[c].id, "--as", "unable", "--note", &note]),
                Status::Closed,
                false,
            );
        }
    }
    if roll < 51 {
        if let Some(c) = pick(rng, &|c| c.status != Status::Open) {
            let reason = format!("again {marker}");
            return event(
                c,
                s(&["reopen", &cases[c].id, "--reason", &reason]),
                Status::Open,
                false,
            );
        }
    }
    if roll < 61 {
        let note = format!("patrol {marker}");
        let leader = ["L01", "L02"][rng.gen_range(0..2)];
        return Step {
            args: s(&[
                "patrol",
                "--leader",
                leader,
                "--kind",
                "inspection",
                "--note",
                &note,
            ]),
            marker,
            effect: Effect::Add(PATROLS),
        };
    }
    if roll < 66 {
        let head = format!("户主{marker}");
        return Step {
            args: s(&["household", "add", "--head", &head, "--alley", "A01"]),
            marker,
            effect: Effect::Add("households.csv"),
        };
    }
    if roll < 71 {
        let note = format!("edit {marker}");
        return Step {
            args: s(&["household", "edit", "H0002", "--note", &note]),
            marker,
            effect: Effect::Edit("households.csv"),
        };
    }
    let edit = |args: &[&str], file| Step {
        args: s(args),
        marker: marker.clone(),
        effect: Effect::Edit(file),
    };
    let note = format!("note {marker}");
    if roll < 74 {
        return edit(&["alley", "edit", "A02", "--note", &note], "alleys.csv");
    }
    if roll < 77 {
        return edit(&["leader", "edit", "L02", "--note", &note], "leaders.csv");
    }
    if roll < 81 {
        let met = ["all", "clean,helpful"][rng.gen_range(0..2)];
        let args = ["stars", "rate", "H0001", "--met", met, "--note", &note];
        return edit(&args, STARS);
    }
    let hazard = rng.gen_bool(0.5);
    let visit = rng.gen_bool(0.3);
    let title = format!("case {marker}");
    let mut args = s(&[
        "open",
        "--title",
        &title,
        "--category",
        if hazard { "hazard" } else { "sanitation" },
    ]);
    if visit {
        args.extend(s(&["--source", "visit", "--household", "H0001"]));
    } else {
        args.extend(s(&["--alley", "A02"]));
    }
    Step {
        args,
        marker,
        effect: Effect::Open { hazard, visit },
    }
}

/// How often `needle` occurs in the folder's file `rel` (0 when it does not exist).
fn count(v: &Village, rel: &str, needle: &str) -> usize {
    std::fs::read_to_string(v.path(rel))
        .map(|t| t.matches(needle).count())
        .unwrap_or(0)
}

/// The case files whose title holds `marker`.
fn opened_with(v: &Village, marker: &str) -> Vec<String> {
    let dir = v.path("tickets/2026");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let title = format!("title = \"case {marker}\"");
    let mut out: Vec<String> = rd
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .filter(|n| count(v, &format!("tickets/2026/{n}"), &title) > 0)
        .map(|n| n.trim_end_matches(".toml").to_string())
        .collect();
    out.sort();
    out
}

/// Whether the step's effect is in the folder, asserting that it is all or nothing
/// and never there twice.
fn applied(v: &Village, step: &Step, cases: &[Case]) -> bool {
    let m = &step.marker;
    match &step.effect {
        Effect::Open { visit, .. } => {
            let found = opened_with(v, m);
            assert!(found.len() <= 1, "{m} opened twice: {found:?}");
            if let Some(id) = found.first() {
                let rows = count(v, PATROLS, &format!(",{id},"));
                assert_eq!(rows, usize::from(*visit), "{m}: patrol rows of {id}");
            }
            !found.is_empty()
        }
        Effect::Event { case, .. } => {
            let n = count(v, &format!("tickets/2026/{}.toml", cases[*case].id), m);
            assert!(n <= 1, "{m} recorded {n} times");
            n == 1
        }
        Effect::Add(file) => {
            let n = count(v, file, m);
            assert!(n <= 1, "{m} recorded {n} times");
            n == 1
        }
        Effect::Edit(file) => count(v, file, m) == 1,
    }
}

#[test]
fn sigkill_at_random_moments_loses_nothing_and_leaves_nothing_in_the_way() {
    let v = Village::with_git();
    v.seed();
    git(&v, &["add", "-A"]);
    git(&v, &["commit", "-qm", "seed"]);
    v.run("stars new 2026 --date 2026-11-01").ok();
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let mut cases: Vec<Case> = Vec::new();
    // Markers applied (true) or not (false), to check once more at the end.
    let mut outcome: BTreeMap<String, (bool, String, Option<&str>)> = BTreeMap::new();
    let mut last_edit: BTreeMap<&str, String> = BTreeMap::new();
    let (mut kills, mut killed_applied, mut exited) = (0, 0, 0);
    // Kills after the files were written and before their commit was made.
    let mut in_commit = 0;
    let started = Instant::now();
    let mut typical = Duration::from_millis(20);
    for i in 0..COMMANDS {
        let step = plan(&mut rng, i, &cases);
        // About half the commands are killed after 0.1 ms to 1.5 times what a
        // command takes here (log-uniform; at least 30 ms): from before lane has
        // read anything to after its git commit, however loaded the machine is.
        let span = (typical.as_secs_f64() * 1.5 / 100e-6).max(300.0);
        let kill_after = rng
            .gen_bool(0.5)
            .then(|| Duration::from_micros((100.0 * span.powf(rng.gen::<f64>())) as u64));
        let spawned = Instant::now();
        let mut c = lane_cmd(v.tmp.path());
        c.arg("--data")
            .arg(&v.root)
            .arg("--no-input")
            .args(&step.args)
            .args(
                if matches!(step.effect, Effect::Open { .. } | Effect::Event { .. }) {
                    vec!["--by", "L01"]
                } else {
                    vec![]
                },
            )
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn lane");
        if let Some(d) = kill_after {
            std::thread::sleep(d);
            child.kill().expect("kill");
        }
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let killed = out.status.signal() == Some(9);
        if !killed {
            // A moving average of how long a whole command takes on this machine now.
            typical = (typical * 3 + spawned.elapsed()) / 4;
        }
        if killed && v.path(".lane/pending").exists() {
            in_commit += usize::from(!v.git(&["status", "--porcelain"]).is_empty());
        }
        if killed {
            // A change killed between the renames of its files is finished by the
            // next command that opens the folder: let one do so before looking.
            v.run("alley list").ok();
            // ... and commits what the killed one wrote but did not commit.
            assert_eq!(git(&v, &["status", "--porcelain"]), "", "after command {i}");
        }
        let was_applied = applied(&v, &step, &cases);
        if killed {
            kills += 1;
            killed_applied += usize::from(was_applied);
        } else {
            exited += 1;
            // Every command is one the state allows: it must succeed, and with the
            // lock held by git too, the commit of the one before never gets in
            // the way of its own.
            assert_eq!(
                out.status.code(),
                Some(0),
                "command {i} {:?} failed:\n{stderr}",
                step.args
            );
            assert!(
                !stderr.contains("warning"),
                "command {i} {:?}: {stderr}",
                step.args
            );
            assert!(
                was_applied,
                "command {i} {:?} exited 0 without its effect",
                step.args
            );
        }
        if was_applied {
            match &step.effect {
                Effect::Open { hazard, .. } => cases.push(Case {
                    id: opened_with(&v, &step.marker).remove(0),
                    hazard: *hazard,
                    status: Status::Open,
                    level: 0,
                }),
                Effect::Event { case, next, up } => {
                    cases[*case].status = *next;
                    cases[*case].level += usize::from(*up);
                }
                Effect::Edit(file) => {
                    last_edit.insert(file, step.marker.clone());
                }
                Effect::Add(_) => {}
            }
        }
        let edited = match step.effect {
            Effect::Edit(file) => Some(file),
            _ => None,
        };
        outcome.insert(
            step.marker.clone(),
            (was_applied, format!("{:?}", step.args), edited),
        );
    }
    eprintln!(
        "{COMMANDS} commands in {:.1} s: {exited} exited, {kills} killed ({killed_applied} of them had written their change, {in_commit} before it was committed)",
        started.elapsed().as_secs_f64()
    );
    assert!(kills >= 50, "only {kills} commands were killed");
    assert!(
        killed_applied > 0 && killed_applied < kills,
        "kills all at one moment"
    );

    // Nothing in the way: no journal waits, the next command of each kind succeeds
    // and clears the temp files of its folder.
    assert!(!v.path(".lane/journal").exists());
    assert!(!v.path(".git/index.lock").exists());
    let check = v.run("check").out();
    assert_eq!(check.code, 0, "{}\n{}", check.stdout, check.stderr);
    assert!(
        check
            .stdout
            .lines()
            .all(|l| l.contains(": warning: a temp file left by")),
        "{}",
        check.stdout
    );
    let any = cases.first().expect("cases were opened").id.clone();
    v.lane(&["note", &any, "after the crashes", "--by", "L01"])
        .ok();
    v.run("patrol --leader L01 --kind inspection").ok();
    v.run("household edit H0003 --note after").ok();
    let leftovers: Vec<String> = v
        .snapshot()
        .into_keys()
        .filter(|k| k.contains(".lane-tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    v.run("check")
        .stderr(format!(
            "checked 2 alleys, 2 leaders, {} households, {} cases: 0 errors, 0 warnings\n",
            3 + outcome
                .iter()
                .filter(|(m, (a, args, _))| *a && args.contains(&format!("户主{m}")))
                .count(),
            cases.len()
        ))
        .success();

    // Every effect is still there exactly once; nothing refused or undone shows up.
    let files = v.snapshot();
    for (m, (was, args, edited)) in &outcome {
        let n = files
            .values()
            .map(|b| String::from_utf8_lossy(b).matches(m.as_str()).count())
            .sum::<usize>();
        let expect = match edited {
            Some(file) => usize::from(last_edit.get(file) == Some(m)),
            None => usize::from(*was),
        };
        assert_eq!(n, expect, "{m} {args}");
    }
    // The state lane derives is the state the commands led to.
    let list = crate::harness::json(v.run("--format json list").ok());
    let got: Vec<(String, String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
                r["level"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let mut want: Vec<(String, String, String)> = cases
        .iter()
        .map(|c| {
            let status = match c.status {
                Status::Open => "open",
                Status::Resolved => "resolved",
                Status::Closed => "closed",
            };
            let level = ["alley", "village", "town"][c.level];
            (c.id.clone(), status.to_string(), level.to_string())
        })
        .collect();
    want.sort();
    assert_eq!(got, want);
    // Git's history is whole and has every record.
    git(&v, &["fsck", "--no-progress"]);
    assert_eq!(git(&v, &["status", "--porcelain"]), "");
    assert!(
        in_commit > 0,
        "no kill fell between a change's files and its commit"
    );
}

/// The moment the loop above rarely hits: killed between the renames of a change to
/// two files. The journal names what is left to rename, and the next lane command,
/// even one that only reads, finishes it.
#[test]
fn a_change_killed_between_its_renames_is_finished_by_the_next_command() {
    let done = Village::new();
    done.seed();
    let open = [
        "open",
        "--by",
        "L01",
        "--title",
        "t",
        "--category",
        "hazard",
        "--source",
        "visit",
        "--household",
        "H0001",
    ];
    done.lane(&open).ok();
    let case = done.bytes("tickets/2026/NJ-2026-0001.toml");
    let patrols = done.bytes(PATROLS);
    // The same change, killed after the case file's rename and before the patrol
    // log's: its temp file is on disk, and so is the journal.
    let v = Village::new();
    v.seed();
    v.write("tickets/2026/NJ-2026-0001.toml", &case);
    v.write("patrols/.lane-tmp-Zq81xk", &patrols);
    v.write(
        ".lane/journal",
        crate::durable::journal(&[
            (
                "tickets/2026/.lane-tmp-AAAAAA",
                "tickets/2026/NJ-2026-0001.toml",
                None,
                &case,
            ),
            ("patrols/.lane-tmp-Zq81xk", PATROLS, None, &patrols),
        ]),
    );
    v.run("list").ok();
    assert!(!v.path(".lane/journal").exists());
    assert_eq!(v.bytes(PATROLS), patrols);
    assert_eq!(v.snapshot(), done.snapshot());
    v.run("check").ok();
}
