//! The kill loop of issue 19: `town pull` and `town push` killed at random moments
//! (the whole process group, git included, or lane alone), while the village
//! offices record and push and the town records in its clone. Afterwards one more
//! pull and push bring every clone to the same state with nothing lost.
//!
//! The offices write to NJ and XW, the town to BJ: the town never merges by hand
//! (a clone with commits on both sides is the diverged case `town pull` names),
//! so pull is tried on what the offices send and push on what the town sends.
//! Kill times are fractions of a measured unkilled run, so the loop keeps its
//! meaning on a loaded machine. The village's server side (git receive-pack) runs
//! in a session of its own, as a real server's does: the kill stops the town's
//! processes, not the remote's.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::lane_cmd;
use crate::harness::town::*;

/// A small generator (xorshift) so that a failing run can be repeated from its seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn town_cmd(w: &World, verb: &str) -> Command {
    let mut c = lane_cmd(w.tmp.path());
    c.env_remove("LANE_TOWN")
        .args(["--no-input", "town", "--town", "town", verb])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0);
    c
}

/// How long an unkilled `town VERB` takes.
fn measure(w: &World, verb: &str) -> Duration {
    let start = Instant::now();
    let st = town_cmd(w, verb).status().unwrap();
    assert!(st.success(), "town {verb}");
    start.elapsed()
}

/// Runs `town VERB` and kills it (its group when `group`) after `after`; whether
/// it was still running then.
fn killed(w: &World, verb: &str, after: Duration, group: bool) -> bool {
    let mut child = town_cmd(w, verb).spawn().unwrap();
    std::thread::sleep(after);
    let running = child.try_wait().unwrap().is_none();
    if group {
        let pg = format!("-{}", child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &pg]).status();
    } else {
        let _ = child.kill();
    }
    let _ = child.wait();
    running
}

#[test]
// Two ways the final pull was refused, about one run in three, before the fix:
// a killed checkout left a file of the pull empty (created, not yet written), which
// matched neither HEAD nor the fetched commit (now a beginning of the fetched file
// is the pull's); and the town's `lane note`s after a kill could not commit past
// git's stale index.lock (now the store's commit removes a lock no git holds).
fn town_pull_and_push_killed_anywhere_lose_nothing() {
    let w = world();
    for folder in ["nanjie", "beijie", "xiwan"] {
        let dir = format!("town/villages/{folder}");
        w.git(
            &dir,
            &[
                "config",
                "remote.origin.receivepack",
                "setsid git-receive-pack",
            ],
        );
    }
    w.town(&["pull"]).ok();
    let (pull_took, push_took) = (measure(&w, "pull"), measure(&w, "push"));
    let took = pull_took.max(push_took);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = Rng(seed);
    let (mut kills, mut notes, mut locks_left) = (0, Vec::new(), 0);
    let started = Instant::now();
    let mut round = 0;
    while kills < 50 && round < 300 && started.elapsed() < Duration::from_secs(50) {
        if round % 3 == 0 {
            let code = ["NJ", "XW"][(round / 3) % 2];
            let text = format!("office note {round}");
            w.act(code, &["note", &format!("{code}-2026-0001"), &text]);
            w.git(&format!("office/{code}"), &["push", "-q", "origin", "HEAD"]);
            notes.push((code, text));
        }
        if round % 3 == 1 {
            let text = format!("town note {round}");
            let out = w.data(
                "town/villages/beijie",
                &["note", "BJ-2026-0001", &text, "--by", "Town official Chen"],
            );
            assert_eq!(out.code, 0, "seed {seed}: {}", out.stderr);
            notes.push(("BJ", text));
        }
        let (verb, span) = if rng.below(2) == 0 {
            ("pull", pull_took)
        } else {
            ("push", push_took)
        };
        // Anywhere in an unkilled run of the verb (which is longer when there is
        // something to pull or push): nearly every try is a kill.
        let after = Duration::from_micros(rng.below(span.as_micros() as u64 * 9 / 10));
        kills += usize::from(killed(&w, verb, after, rng.below(3) != 0));
        locks_left += usize::from(["nanjie", "beijie", "xiwan"].iter().any(|f| {
            let git = w.path(&format!("town/villages/{f}/.git"));
            std::fs::read_dir(git)
                .map(|d| {
                    d.flatten()
                        .any(|e| e.file_name().to_string_lossy().ends_with(".lock"))
                })
                .unwrap_or(false)
        }));
        round += 1;
    }
    assert!(
        kills >= 50,
        "seed {seed}: only {kills} kills in {round} rounds"
    );
    // One more pull and push: every clone as its remote, nothing lost.
    let pull = w.town(&["pull"]);
    assert_eq!(pull.code, 0, "seed {seed}: {}{}", pull.stdout, pull.stderr);
    let push = w.town(&["push"]);
    assert_eq!(push.code, 0, "seed {seed}: {}{}", push.stdout, push.stderr);
    for (code, folder) in [("NJ", "nanjie"), ("BJ", "beijie"), ("XW", "xiwan")] {
        let dir = format!("town/villages/{folder}");
        let remote = format!("remotes/{code}.git");
        assert_eq!(
            w.git(&dir, &["rev-parse", "HEAD"]),
            w.git(&remote, &["rev-parse", "HEAD"]),
            "seed {seed}: {code}"
        );
        assert_eq!(w.git(&dir, &["status", "--porcelain"]), "", "seed {seed}");
        let office = format!("office/{code}");
        w.git(&office, &["pull", "-q", "--ff-only"]);
        assert_eq!(
            w.git(&office, &["rev-parse", "HEAD"]),
            w.git(&remote, &["rev-parse", "HEAD"])
        );
        let check = w.data(&dir, &["check"]);
        assert!(
            check.stderr.contains(" 0 errors"),
            "seed {seed}: {}",
            check.stderr
        );
    }
    for (code, text) in &notes {
        let (ok, _, _) = git_in(
            &w.path(&format!("remotes/{code}.git")),
            &["grep", "-q", "-F", text, "HEAD"],
        );
        assert!(ok, "seed {seed}: {code}: `{text}` lost");
        let folder = match *code {
            "NJ" => "nanjie",
            "BJ" => "beijie",
            _ => "xiwan",
        };
        let (ok, _, _) = git_in(
            &w.path(&format!("town/villages/{folder}")),
            &["grep", "-q", "-F", text, "HEAD"],
        );
        assert!(ok, "seed {seed}: {code}: `{text}` not in the town's clone");
    }
    eprintln!(
        "kill loop: {kills} kills in {round} rounds, {locks_left} left git lock files, {} notes, unkilled run {took:?}, {:?} in all",
        notes.len(),
        started.elapsed()
    );
}
