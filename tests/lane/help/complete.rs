//! Dynamic shell completion of the folder's own values: the shell calls back into
//! lane with `COMPLETE=bash` and the words typed so far.

use crate::harness::{lane_cmd, run, seeded_en, Village};

/// What `lane WORDS` completes its last word to, as bash asks for it.
fn complete(v: &Village, words: &[&str]) -> Vec<String> {
    let mut c = lane_cmd(v.tmp.path());
    c.env("LANE_DATA", &v.root)
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .arg("lane")
        .args(words);
    let out = run(c);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout
        .lines()
        .filter(|l| !l.starts_with('-'))
        .map(str::to_string)
        .collect()
}

fn village() -> Village {
    let v = seeded_en();
    for (title, alley) in [("Drain", "A01"), ("Lamp", "A02"), ("Litter", "A01")] {
        v.run(&format!(
            "open --title {title} --category hazard --alley {alley} --by L01"
        ))
        .ok();
    }
    v.run("resolve 2 --note Fixed --by L01").ok();
    v
}

#[test]
fn case_ids_complete_to_the_cases_the_command_takes() {
    let v = village();
    let open = vec!["NJ-2026-0001".to_string(), "NJ-2026-0003".to_string()];
    for cmd in ["resolve", "note", "escalate"] {
        assert_eq!(complete(&v, &[cmd, ""]), open, "lane {cmd} <TAB>");
    }
    assert_eq!(complete(&v, &["visit", ""]), vec!["NJ-2026-0002"]);
    assert_eq!(complete(&v, &["show", ""]).len(), 3);
    // What was typed narrows it.
    assert_eq!(
        complete(&v, &["resolve", "NJ-2026-0003"]),
        vec!["NJ-2026-0003"]
    );
}

#[test]
fn flags_complete_to_the_folders_values() {
    let v = village();
    let categories = ["sanitation", "hazard", "dispute", "service", "feedback"];
    assert_eq!(complete(&v, &["open", "--category", ""]), categories);
    assert_eq!(complete(&v, &["list", "--category", ""]), categories);
    assert_eq!(complete(&v, &["list", "--alley", ""]), ["A01", "A02"]);
    assert_eq!(
        complete(&v, &["household", "list", "--alley", ""]),
        ["A01", "A02"]
    );
    assert_eq!(complete(&v, &["list", "--leader", ""]), ["L01", "L02"]);
    assert_eq!(
        complete(&v, &["open", "--household", ""]),
        ["H0001", "H0002", "H0003"]
    );
    assert_eq!(
        complete(&v, &["list", "--level", ""]),
        ["alley", "village", "town"]
    );
    assert_eq!(
        complete(&v, &["escalate", "1", "--to", ""]),
        ["alley", "village", "town"]
    );
    assert_eq!(complete(&v, &["alley", "show", ""]), ["A01", "A02"]);
}

#[test]
fn completions_prints_a_script_that_calls_back_into_lane() {
    let v = Village::new();
    for shell in ["bash", "zsh", "fish"] {
        let out = crate::harness::lane_at(v.tmp.path(), &["completions", shell]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let script = out.stdout;
        assert!(script.contains("COMPLETE="), "{shell}:\n{script}");
        assert!(script.contains("lane"), "{shell}:\n{script}");
    }
}
