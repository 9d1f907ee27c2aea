//! A patrol row must fit the registries: the lane leader held the post on its day,
//! and a visited household lives in the alley patrolled. `lane patrol` refuses the
//! others (a household of another alley only without `--force`) and writes nothing;
//! `lane check` warns of such rows already in the files.

use crate::harness::Village;

fn village() -> Village {
    let mut v = Village::new();
    v.seed();
    v.now = "2026-12-05T10:00".into();
    // L02 served A02 from 2021-03-01 to 2026-06-30.
    let leaders = v.read("leaders.csv").replace(
        "L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,",
        "L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,2026-06-30,",
    );
    v.write("leaders.csv", leaders);
    v
}

#[test]
fn a_patrol_outside_the_leaders_term_is_refused() {
    let v = village();
    let before = v.snapshot();
    for (leader, day) in [
        ("L01", "2021-02-28"),
        ("L02", "2026-07-01"),
        ("L02", "2020-12-31"),
    ] {
        let out = v
            .run(&format!(
                "patrol --leader {leader} --kind inspection --at {day}"
            ))
            .out();
        assert_eq!(out.code, 1, "{leader} {day}: {}", out.stderr);
        assert!(
            out.stderr.starts_with(&format!("error: leader {leader} (")),
            "{}",
            out.stderr
        );
        assert!(out
            .stderr
            .contains(&format!("cannot have patrolled on {day}")));
        assert!(out.stderr.contains("held the post from 2021-03-01 to"));
        v.assert_unchanged(&before);
    }
    // The first and last days of the term are fine.
    v.run("patrol --leader L01 --kind inspection --at 2021-03-01")
        .ok();
    v.run("patrol --leader L02 --kind inspection --at 2026-06-30")
        .ok();
}

#[test]
fn a_visit_to_a_household_of_another_alley_needs_force() {
    let v = village();
    let before = v.snapshot();
    // L01 patrols A01; H0003 lives in A02.
    let out = v
        .run("patrol --leader L01 --kind visit --household H0003 --at 2026-11-03")
        .out();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("error: household H0003 (刘玉兰) is in alley A02, not in alley A01"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    v.assert_unchanged(&before);
    v.run("patrol --leader L01 --kind visit --household H0003 --at 2026-11-03 --force")
        .ok();
    v.run("patrol --leader L01 --kind visit --household H0001 --at 2026-11-03")
        .ok();
}

#[test]
fn check_warns_of_rows_that_do_not_fit() {
    let v = village();
    v.write(
        "patrols/2026-11.csv",
        "date,leader,alley,kind,household,ticket,note\n\
         2026-11-03,L01,A01,visit,H0003,,\n\
         2026-11-04,L02,A02,inspection,,,\n\
         2026-11-05,L01,A01,visit,H0001,,\n",
    );
    let out = v.run("check").out();
    assert_eq!(out.code, 0, "warnings only: {}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains(
        "patrols/2026-11.csv:2: warning: household H0003 (刘玉兰) is in alley A02, not in alley A01"
    ), "{}", out.stdout);
    assert!(out.stdout.contains(
        "patrols/2026-11.csv:3: warning: leader L02 (李德明) held the post from 2021-03-01 to 2026-06-30, so cannot have patrolled on 2026-11-04"
    ), "{}", out.stdout);
    assert!(!out.stdout.contains("2026-11.csv:4:"), "{}", out.stdout);
}
