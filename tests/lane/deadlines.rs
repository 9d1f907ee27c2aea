//! Deadlines recorded with the events that set them (format 2), so changing
//! `deadline_days` in lane.toml never rewrites the past; and which disposal decides
//! whether a case was handled on time. Every number is computed by hand.

use crate::harness::{parse_report, Village};

fn metric(v: &Village, month: &str, key: &str) -> String {
    let out = v.run(&format!("--format csv report --month {month}")).ok();
    parse_report(out)[&("village".to_string(), "village".to_string())][key].clone()
}

fn set_alley_days(v: &Village, days: u32) {
    let toml = v.read("lane.toml");
    let at = toml.find("deadline_days = ").unwrap();
    let end = at + toml[at..].find('\n').unwrap();
    let new = format!("{}deadline_days = {days}{}", &toml[..at], &toml[end..]);
    v.write("lane.toml", new);
}

/// Alley deadline 3 days. Case 1 opened 11-02 09:00 (due 11-05 09:00), resolved
/// 11-06: late. Case 2 opened 11-20 09:00 (due 11-23 09:00), still open on 12-05:
/// overdue. November: on_time_rate 0.0 (0 of 1), overdue 1.
#[test]
fn changing_deadline_days_does_not_rewrite_the_past() {
    let mut v = Village::new();
    v.seed();
    v.now = "2026-12-05T10:00".into();
    v.run("open --title t --category sanitation --alley A01 --at 2026-11-02T09:00 --by L01")
        .ok();
    v.run("resolve 1 --note n --at 2026-11-06T09:00 --by L01")
        .ok();
    v.run("open --title t --category sanitation --alley A01 --at 2026-11-20T09:00 --by L01")
        .ok();
    assert!(v
        .read("tickets/2026/NJ-2026-0002.toml")
        .contains("deadline = \"2026-11-23T09:00:00+08:00\""));
    let before = (
        metric(&v, "2026-11", "on_time_rate"),
        metric(&v, "2026-11", "overdue"),
    );
    assert_eq!(before, ("0.0".to_string(), "1".to_string()));
    let show = v.run("show 2").ok();
    let overdue = v.run("overdue").ok();

    // 30 days from now on: the old cases keep theirs.
    set_alley_days(&v, 30);
    let after = (
        metric(&v, "2026-11", "on_time_rate"),
        metric(&v, "2026-11", "overdue"),
    );
    assert_eq!(after, before);
    assert_eq!(v.run("show 2").ok(), show);
    assert_eq!(v.run("overdue").ok(), overdue);
    // A new case takes the new days.
    v.run("open --title t --category sanitation --alley A01 --at 2026-12-01T09:00 --by L01")
        .ok();
    assert!(v.run("show 3").ok().contains("2026-12-31 09:00"));
    v.run("check").ok();
}

/// A version-1 case file (no recorded deadline) keeps following lane.toml.
#[test]
fn version_1_files_compute_their_deadline_from_lane_toml() {
    let mut v = Village::new();
    v.seed();
    v.now = "2026-12-05T10:00".into();
    v.case(1, "A01", None); // opened 2026-11-03 09:15, still open
    assert_eq!(metric(&v, "2026-11", "overdue"), "1"); // due 11-06 09:15
    set_alley_days(&v, 60);
    assert!(v.run("show 1").ok().contains("2027-01-02 09:15"));
    assert_eq!(metric(&v, "2026-11", "overdue"), "0");
}

/// Case 1: opened 11-02 09:00 (due 11-05 09:00), resolved 11-06 (late), return
/// visit unsatisfied 11-07 09:00 (due 11-10 09:00), resolved 11-08 (in time): not
/// handled on time, its first disposal missed. Case 2: opened 11-10, resolved 11-11:
/// on time. on_time_rate = 1 of 2 = 50.0 (counting only the last disposal: 100.0).
#[test]
fn a_late_disposal_is_not_undone_by_a_quick_second_one() {
    let mut v = Village::new();
    v.seed();
    v.now = "2026-12-05T10:00".into();
    for line in [
        "open --title t --category hazard --alley A01 --at 2026-11-02T09:00",
        "resolve 1 --note n --at 2026-11-06T09:00",
        "visit 1 --result unsatisfied --at 2026-11-07T09:00",
        "resolve 1 --note n --at 2026-11-08T09:00",
        "open --title t --category hazard --alley A01 --at 2026-11-10T09:00",
        "resolve 2 --note n --at 2026-11-11T09:00",
    ] {
        v.run(&format!("{line} --by L01")).ok();
    }
    assert_eq!(metric(&v, "2026-11", "on_time_rate"), "50.0");
    // In a month with only the second disposal, the first still decides.
    let mut w = Village::new();
    w.seed();
    w.now = "2026-12-05T10:00".into();
    for line in [
        "open --title t --category hazard --alley A01 --at 2026-10-26T09:00",
        "resolve 1 --note n --at 2026-10-30T09:00",
        "visit 1 --result unsatisfied --at 2026-10-31T09:00",
        "resolve 1 --note n --at 2026-11-01T09:00",
    ] {
        w.run(&format!("{line} --by L01")).ok();
    }
    assert_eq!(metric(&w, "2026-11", "on_time_rate"), "0.0");
}
