//! JSON output for scripts (issue 15): every instant RFC 3339 in the village's
//! offset, a day `YYYY-MM-DD`; events as objects; a missing value `null`; `lane
//! check`'s problems as objects.

use crate::harness::{csv_rows, json, seeded_en, Village};

/// The harness's village with case NJ-2026-0001 written in UTC: opened (and its
/// open event) at 2026-11-03T01:15:00Z, 09:15 in the village's +08:00; a note at
/// 2026-11-04T12:30:00+09:00, 11:30 there.
fn utc_case() -> Village {
    let v = seeded_en();
    v.write(
        "tickets/2026/NJ-2026-0001.toml",
        "id = \"NJ-2026-0001\"\ntitle = \"litter at the alley mouth\"\n\
         category = \"sanitation\"\nalley = \"A01\"\nsource = \"inspection\"\n\
         opened = \"2026-11-03T01:15:00Z\"\n\n[[events]]\n\
         at = \"2026-11-03T01:15:00Z\"\nby = \"L01\"\naction = \"open\"\n\n[[events]]\n\
         at = \"2026-11-04T12:30:00+09:00\"\nby = \"L01\"\naction = \"note\"\n\
         note = \"asked the sweeper\"\n",
    );
    v.run("reindex").ok();
    v
}

#[test]
fn every_instant_in_json_is_rfc3339_in_the_villages_offset() {
    let v = utc_case();
    let list = json(v.run("--format json list").ok());
    assert_eq!(list[0]["opened"], "2026-11-03T09:15:00+08:00");
    assert_eq!(list[0]["deadline"], "2026-11-06T09:15:00+08:00");
    let overdue = json(v.run("--format json overdue").ok());
    assert_eq!(overdue[0]["deadline"], "2026-11-06T09:15:00+08:00");
    let show = json(v.run("--format json show NJ-2026-0001").ok());
    assert_eq!(show["opened"], "2026-11-03T09:15:00+08:00");
    assert_eq!(show["deadline"], "2026-11-06T09:15:00+08:00");
    assert_eq!(show["events"][0]["at"], "2026-11-03T09:15:00+08:00");
    assert_eq!(show["events"][1]["at"], "2026-11-04T11:30:00+08:00");
}

#[test]
fn csv_keeps_its_short_times_and_days_stay_days() {
    let v = utc_case();
    let rows = csv_rows(v.run("--format csv list").ok());
    assert_eq!(rows[0][7..9], ["opened", "deadline"]);
    assert_eq!(rows[1][7..9], ["2026-11-03 09:15", "2026-11-06 09:15"]);
    let rows = csv_rows(v.run("--format csv show NJ-2026-0001").ok());
    assert_eq!(rows[1][0], "2026-11-03 09:15");
    // A day is a day in JSON too: a patrol's date, a leader's term.
    v.run("patrol --leader L01 --kind inspection --at 2026-11-05")
        .ok();
    let patrols = json(v.run("--format json patrol list").ok());
    assert_eq!(patrols[0]["date"], "2026-11-05");
    let leaders = json(v.run("--format json leader list").ok());
    assert_eq!(leaders[0]["since"], "2021-03-01");
}

#[test]
fn show_gives_each_event_as_an_object_with_every_key() {
    let v = seeded_en();
    v.run("open --by L01 --title t --category sanitation --alley A01 --at 2026-11-10T09:00")
        .ok();
    v.run("escalate NJ-2026-0001 --by L01 --reason needs-a-truck --dept sanitation-office --at 2026-11-10T10:00").ok();
    v.run("resolve NJ-2026-0001 --by L01 --note swept --at 2026-11-11T09:00")
        .ok();
    v.run("visit NJ-2026-0001 --by L01 --result unsatisfied --at 2026-11-12T09:00")
        .ok();
    v.run("open --by L01 --title t2 --category sanitation --alley A01 --at 2026-11-12T10:00")
        .ok();
    v.run("close NJ-2026-0002 --by L01 --as duplicate --of NJ-2026-0001 --at 2026-11-12T11:00")
        .ok();
    let at = |d: &str| format!("2026-11-{d}:00+08:00");
    let ev = |action: &str, when: &str| {
        serde_json::json!({
            "action": action, "at": at(when), "by": "L01", "level": null, "note": null,
            "reason": null, "dept": null, "result": null, "of": null, "on_spot": null,
        })
    };
    let show = json(v.run("--format json show NJ-2026-0001").ok());
    let mut escalate = ev("escalate", "10T10:00");
    escalate["level"] = "village".into();
    escalate["reason"] = "needs-a-truck".into();
    escalate["dept"] = "sanitation-office".into();
    let mut resolve = ev("resolve", "11T09:00");
    resolve["note"] = "swept".into();
    resolve["on_spot"] = false.into();
    let mut visit = ev("visit", "12T09:00");
    visit["result"] = "unsatisfied".into();
    assert_eq!(
        show["events"],
        serde_json::json!([ev("open", "10T09:00"), escalate, resolve, visit])
    );
    let show = json(v.run("--format json show NJ-2026-0002").ok());
    let mut close = ev("close", "12T11:00");
    close["reason"] = "duplicate".into();
    close["of"] = "NJ-2026-0001".into();
    assert_eq!(show["events"][1], close);
}

#[test]
fn a_missing_value_is_null_never_empty_text() {
    let v = utc_case();
    v.run("patrol --leader L01 --kind inspection --at 2026-11-05")
        .ok();
    let outputs = [
        "--format json list",
        "--format json overdue",
        "--format json show NJ-2026-0001",
        "--format json patrol list",
        "--format json leader list",
        "--format json household list",
        "--format json alley list",
    ];
    for line in outputs {
        let out = v.run(line).ok();
        assert!(
            !out.contains("\"\""),
            "{line} gives an empty string:\n{out}"
        );
    }
    let list = json(v.run("--format json list").ok());
    assert_eq!(list[0]["household"], serde_json::Value::Null);
    let patrols = json(v.run("--format json patrol list").ok());
    assert_eq!(patrols[0]["household"], serde_json::Value::Null);
    assert_eq!(patrols[0]["note"], serde_json::Value::Null);
    let leaders = json(v.run("--format json leader list").ok());
    assert_eq!(leaders[0]["until"], serde_json::Value::Null);
    let households = json(v.run("--format json household list").ok());
    assert_eq!(households[1]["phone"], serde_json::Value::Null);
}
