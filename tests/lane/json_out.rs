//! JSON output for scripts (issue 15): every instant RFC 3339 in the village's
//! offset, a day `YYYY-MM-DD`; events as objects; a missing value `null`; `lane
//! check`'s problems as objects.

use crate::harness::{csv_rows, json, seeded_en, seeded_zh, Village};

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
    v.run("open --by L01 --title t --category hazard --alley A01 --at 2026-11-10T09:00")
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
        "--format json household show H0001",
        "--format json household show H0002",
        "--format json leader show L01",
        "--format json leader show L02",
        "--format json alley show A01",
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
    let shown = json(v.run("--format json household show H0001").ok());
    assert_eq!(shown["note"], serde_json::Value::Null);
    assert_eq!(shown["registered"], serde_json::Value::Null);
}

/// The harness's village with an alley without a leader (a warning), a household of
/// an alley that does not exist and an unreadable case file (errors).
fn with_problems(v: &Village) {
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,\nA03,学堂巷,二组,,\n",
    );
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\nH0001,王秀英,A98,一组1号,3,,,\n",
    );
    v.write(
        "tickets/2026/NJ-2026-0001.toml",
        "id = \"NJ-2026-0001\"\ntitle = \n",
    );
}

#[test]
fn check_gives_its_problems_as_objects_in_json_and_rows_in_csv() {
    let v = seeded_en();
    with_problems(&v);
    let before = v.snapshot();
    let out = v.run("--format json check").out();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let problems = json(&out.stdout);
    let rows = problems.as_array().unwrap();
    assert_eq!(
        problems,
        serde_json::json!([
            {"path": "tickets/2026/NJ-2026-0001.toml", "line": 2, "severity": "error",
             "message": "string values must be quoted, expected literal string"},
            {"path": "households.csv", "line": 2, "severity": "error",
             "message": "alley `A98` is not in alleys.csv"},
            {"path": "alleys.csv", "line": 4, "severity": "warning",
             "message": "alley A03 has no current lane leader"},
        ])
    );
    // Each object has exactly the four keys.
    for r in rows {
        let keys: Vec<&String> = r.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["line", "message", "path", "severity"]);
    }
    assert!(
        out.stderr.ends_with("error: 2 problems found\n"),
        "{}",
        out.stderr
    );
    // CSV: the same rows under the same columns.
    let out = v.run("--format csv check").out();
    assert_eq!(out.code, 1);
    let csv = csv_rows(&out.stdout);
    assert_eq!(csv[0], ["path", "line", "severity", "message"]);
    assert_eq!(csv.len(), 4);
    assert_eq!(
        csv[3],
        [
            "alleys.csv",
            "4",
            "warning",
            "alley A03 has no current lane leader"
        ]
    );
    // The terminal's lines are as before.
    let out = v.run("check").out();
    assert!(out
        .stdout
        .ends_with("alleys.csv:4: warning: alley A03 has no current lane leader\n"));
    v.assert_unchanged(&before);
}

#[test]
fn check_json_is_an_empty_array_when_clean_and_warnings_alone_exit_0() {
    let v = seeded_en();
    v.run("--format json check")
        .stdout("[]\n")
        .stderr("checked 2 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 0 warnings\n")
        .success();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,\nA03,学堂巷,二组,,\n",
    );
    let out = v.run("--format json check").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(json(&out.stdout)[0]["severity"], "warning");
    // A problem about a whole file has no line: null.
    v.write("tickets/2026/.lane-tmp-x1", "");
    let out = v.run("--format json check").out();
    let rows = json(&out.stdout);
    let temp = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"] == "tickets/2026/.lane-tmp-x1")
        .expect("the temp file");
    assert_eq!(temp["line"], serde_json::Value::Null);
}

#[test]
fn check_json_keys_are_english_and_messages_in_the_folders_language() {
    let v = seeded_zh();
    with_problems(&v);
    let out = v.run("--format json check").out();
    assert_eq!(out.code, 1);
    let rows = json(&out.stdout);
    let last = rows.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["severity"], "warning");
    assert_eq!(last["path"], "alleys.csv");
    let message = last["message"].as_str().unwrap();
    assert!(!message.starts_with("警告"), "{message}");
    assert!(message.contains("A03"), "{message}");
}
