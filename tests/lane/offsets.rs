//! One rule for which day a time belongs to: its date in the village's UTC offset
//! (lane.toml `utc_offset`). It decides the case ID's year and folder, the report's
//! period, `list --since/--until`, what `show` and `list` print, and the date of a
//! patrol row — whatever offset the time was written in.

use crate::harness::{csv_rows, parse_report, Village};

fn village(offset: &str) -> Village {
    let mut v = Village::new();
    v.seed();
    let toml = v.read("lane.toml").replace(
        "utc_offset = \"+08:00\"",
        &format!("utc_offset = \"{offset}\""),
    );
    v.write("lane.toml", toml);
    v.now = "2027-01-10T10:00".into();
    v
}

fn opened_in(v: &Village, month: &str) -> String {
    let out = v.run(&format!("--format csv report --month {month}")).ok();
    parse_report(out)[&("village".to_string(), "village".to_string())]["opened"].clone()
}

fn listed(v: &Village, filter: &str) -> Vec<String> {
    let out = v.run(&format!("--format csv list {filter}")).ok();
    csv_rows(out)[1..].iter().map(|r| r[0].clone()).collect()
}

fn open(v: &Village, at: &str) -> String {
    v.run(&format!(
        "open --title t --category sanitation --alley A01 --by L01 --at {at}"
    ))
    .ok()
    .trim()
    .to_string()
}

/// +08:00: 2026-12-31T20:00Z is 2027-01-01 04:00 in the village: numbered and
/// filed in 2027, counted in January, listed from 2027-01-01, shown as 04:00.
#[test]
fn a_utc_time_after_the_villages_new_year_is_in_the_new_year() {
    let v = village("+08:00");
    let id = open(&v, "2026-12-31T20:00Z");
    assert_eq!(id, "NJ-2027-0001");
    assert!(v.path("tickets/2027/NJ-2027-0001.toml").is_file());
    assert_eq!(opened_in(&v, "2026-12"), "0");
    assert_eq!(opened_in(&v, "2027-01"), "1");
    assert_eq!(listed(&v, "--since 2027-01-01"), vec![id.clone()]);
    assert!(listed(&v, "--until 2026-12-31").is_empty());
    assert!(v.run("show 2027-0001").ok().contains("2027-01-01 04:00"));
    assert!(v.run("list").ok().contains("2027-01-01 04:00"));
    v.run("check").ok();
}

/// The other direction: 2026-12-01T00:30+09:00 is 2026-11-30 23:30 at +08:00, so
/// November; a month end, both sides of it.
#[test]
fn a_time_written_ahead_of_the_village_belongs_to_the_villages_day() {
    let v = village("+08:00");
    let a = open(&v, "2026-12-01T00:30+09:00"); // 11-30 23:30 local
    let b = open(&v, "2026-11-30T16:30:00Z"); // 12-01 00:30 local
    assert_eq!(opened_in(&v, "2026-11"), "1");
    assert_eq!(opened_in(&v, "2026-12"), "1");
    assert_eq!(listed(&v, "--until 2026-11-30"), vec![a.clone()]);
    assert_eq!(listed(&v, "--since 2026-12-01"), vec![b.clone()]);
    assert!(v
        .run(&format!("show {a}"))
        .ok()
        .contains("2026-11-30 23:30"));
    assert!(v
        .run(&format!("show {b}"))
        .ok()
        .contains("2026-12-01 00:30"));
}

/// A village west of UTC (-05:00): 2027-01-01T03:00+08:00 is 2026-12-31 14:00
/// there, so the case is numbered 2026 and counted in December.
#[test]
fn a_village_west_of_utc_counts_by_its_own_date() {
    let v = village("-05:00");
    let id = open(&v, "2027-01-01T03:00+08:00");
    assert_eq!(id, "NJ-2026-0001");
    assert_eq!(opened_in(&v, "2026-12"), "1");
    assert_eq!(opened_in(&v, "2027-01"), "0");
    assert_eq!(listed(&v, "--since 2026-12-31 --until 2026-12-31"), [id]);
    // A patrol logged with that time is dated the village's 2026-12-31.
    v.run("patrol --leader L01 --kind inspection --at 2027-01-01T03:00+08:00")
        .ok();
    assert!(v.read("patrols/2026-12.csv").contains("2026-12-31"));
}

/// `LANE_NOW` with another offset still means the village's today.
#[test]
fn now_is_the_villages_now() {
    let mut v = village("+08:00");
    v.now = "2026-12-31T20:00:00Z".into(); // 2027-01-01 04:00 local
    assert_eq!(open(&v, "2027-01-01T03:00"), "NJ-2027-0001");
    v.run("patrol --leader L01 --kind inspection").ok();
    assert!(v.read("patrols/2027-01.csv").contains("2027-01-01"));
}
