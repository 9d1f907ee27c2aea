//! Dates as people say them (issue 15): `--at 2026/11/2`, `--at 昨天`, `--at
//! '昨天 15:00'`, `--since yesterday`; report periods are in `periods.rs`. Every
//! test runs at a fixed clock (`LANE_NOW`, the harness's 2026-11-20T10:00 unless
//! set).

use crate::harness::{seeded_en, seeded_zh, Village};

/// The time of a case file's last event.
fn last_at(v: &Village, id: &str) -> String {
    let text = v.read(&format!("tickets/2026/{id}.toml"));
    let line = text.lines().rfind(|l| l.starts_with("at = ")).unwrap();
    line.trim_start_matches("at = ")
        .trim_matches('"')
        .to_string()
}

/// Opens a case `--at AT` and returns its ID.
pub fn open_at(v: &Village, at: &str) -> String {
    v.lane(&[
        "open",
        "--by",
        "L01",
        "--title",
        "t",
        "--category",
        "hazard",
        "--alley",
        "A01",
        "--at",
        at,
    ])
    .ok()
    .trim_end()
    .to_string()
}

#[test]
fn at_takes_a_time_a_day_as_paper_records_write_it_or_a_word() {
    let v = seeded_en();
    // Now is 2026-11-20T10:00+08:00: a day alone is 12:00, today (before noon) now.
    for (at, stored) in [
        ("2026-11-18T09:05", "2026-11-18T09:05:00+08:00"),
        ("2026-11-18 09:05", "2026-11-18T09:05:00+08:00"),
        ("2026-11-18T09:05+09:00", "2026-11-18T09:05:00+09:00"),
        ("2026-11-02", "2026-11-02T12:00:00+08:00"),
        ("2026-11-2", "2026-11-02T12:00:00+08:00"),
        ("2026/11/2", "2026-11-02T12:00:00+08:00"),
        ("2026/11/02", "2026-11-02T12:00:00+08:00"),
        ("2026.11.2", "2026-11-02T12:00:00+08:00"),
        ("2026年11月2日", "2026-11-02T12:00:00+08:00"),
        ("2026年11月2号", "2026-11-02T12:00:00+08:00"),
        ("today", "2026-11-20T10:00:00+08:00"),
        ("Today", "2026-11-20T10:00:00+08:00"),
        ("今天", "2026-11-20T10:00:00+08:00"),
        ("yesterday", "2026-11-19T12:00:00+08:00"),
        ("昨天", "2026-11-19T12:00:00+08:00"),
        ("前天", "2026-11-18T12:00:00+08:00"),
        ("yesterday 15:00", "2026-11-19T15:00:00+08:00"),
        ("昨天 15:00", "2026-11-19T15:00:00+08:00"),
        ("昨天15:00", "2026-11-19T15:00:00+08:00"),
        ("前天 8:30", "2026-11-18T08:30:00+08:00"),
        ("today 09:45", "2026-11-20T09:45:00+08:00"),
        ("2026/11/2 15:00", "2026-11-02T15:00:00+08:00"),
        ("2026年11月2日 15:00", "2026-11-02T15:00:00+08:00"),
    ] {
        let id = open_at(&v, at);
        assert_eq!(last_at(&v, &id), stored, "--at {at}");
        let opened = v.read(&format!("tickets/2026/{id}.toml"));
        assert!(opened.contains(&format!("opened = \"{stored}\"")), "{at}");
    }
}

#[test]
fn every_action_takes_the_words() {
    let v = seeded_en();
    let id = open_at(&v, "前天 09:00");
    for (line, stored) in [
        ("note 1 --at 前天 paper", "2026-11-18T12:00:00+08:00"),
        (
            "escalate 1 --reason big --at 'yesterday 08:00'",
            "2026-11-19T08:00:00+08:00",
        ),
        (
            "resolve 1 --note fixed --at 2026/11/19",
            "2026-11-19T12:00:00+08:00",
        ),
        (
            "visit 1 --result satisfied --at 今天",
            "2026-11-20T10:00:00+08:00",
        ),
    ] {
        v.run(&format!("{line} --by L01")).ok();
        assert_eq!(last_at(&v, &id), stored, "{line}");
    }
}

#[test]
fn a_day_alone_goes_in_after_that_days_last_event() {
    let v = seeded_en();
    let id = open_at(&v, "2026-11-18T16:30");
    // The last event is later that day: the note takes its time (the same minute).
    v.run("note 1 --at 2026-11-18 'paper record' --by L01").ok();
    assert_eq!(last_at(&v, &id), "2026-11-18T16:30:00+08:00");
    v.run("note 1 --at 2026/11/18 'another' --by L01").ok();
    assert_eq!(last_at(&v, &id), "2026-11-18T16:30:00+08:00");
    // The next day: 12:00.
    v.run("note 1 --at 2026年11月19日 'next day' --by L01").ok();
    assert_eq!(last_at(&v, &id), "2026-11-19T12:00:00+08:00");
    // Today after an event at 09:30: now (10:00), not noon (in the future).
    v.run("note 1 --at 'today 09:30' early --by L01").ok();
    v.run("note 1 --at 今天 late --by L01").ok();
    assert_eq!(last_at(&v, &id), "2026-11-20T10:00:00+08:00");
    // A day alone in the afternoon of today: 12:00, or the last event's time.
    let mut v = v;
    v.now = "2026-11-20T17:00".into();
    let id = open_at(&v, "today 13:10");
    v.run("note 2 --at today x --by L01").ok();
    assert_eq!(last_at(&v, &id), "2026-11-20T13:10:00+08:00");
    v.run("note 2 --at 'today 16:00' x --by L01").ok();
    v.run("note 2 --at 今天 y --by L01").ok();
    assert_eq!(last_at(&v, &id), "2026-11-20T16:00:00+08:00");
}

#[test]
fn a_day_before_the_last_event_or_in_the_future_is_refused_and_writes_nothing() {
    let v = seeded_en();
    open_at(&v, "2026-11-19T09:00");
    let before = v.snapshot();
    for (at, code, stderr) in [
        ("2026-11-18", 1, "error: NJ-2026-0001: 2026-11-18T12:00:00+08:00 is earlier than the case's last event (2026-11-19T09:00:00+08:00); events are kept in time order\n"),
        ("前天", 1, "error: NJ-2026-0001: 2026-11-18T12:00:00+08:00 is earlier than the case's last event (2026-11-19T09:00:00+08:00); events are kept in time order\n"),
        ("yesterday 08:00", 1, "error: NJ-2026-0001: 2026-11-19T08:00:00+08:00 is earlier than the case's last event (2026-11-19T09:00:00+08:00); events are kept in time order\n"),
        ("2026-11-21", 2, "error: --at: 2026-11-21 is in the future\n"),
        ("2027/1/1", 2, "error: --at: 2027-01-01 is in the future\n"),
        ("today 11:00", 2, "error: --at: 2026-11-20T11:00:00+08:00 is in the future (now is 2026-11-20T10:00:00+08:00)\n"),
    ] {
        v.lane(&["note", "1", "--at", at, "x", "--by", "L01"])
            .fails(code, stderr);
        v.assert_unchanged(&before);
    }
}

const FORMS_EN: &str = "write a time as 2026-11-03T09:15 or 2026-11-03 09:15, a day as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or a word: today, yesterday, 今天, 昨天, 前天 (a time may follow: yesterday 15:00)";
const FORMS_ZH: &str = "时间请写成 2026-11-03T09:15 或 2026-11-03 09:15，日期请写成 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日，也可以写今天、昨天、前天（today、yesterday），后面可以跟时间，如“昨天 15:00”";

#[test]
fn a_bad_word_is_refused_with_the_forms_lane_takes() {
    let (en, zh) = (seeded_en(), seeded_zh());
    open_at(&en, "2026-11-19T09:00");
    open_at(&zh, "2026-11-19T09:00");
    let before = (en.snapshot(), zh.snapshot());
    for bad in [
        "tomorrow",
        "明天",
        "2026/13/1",
        "2026-11-31",
        "yesterday 25:00",
        "26/11/2",
        "now",
    ] {
        en.lane(&["note", "1", "--at", bad, "x", "--by", "L01"])
            .fails(
                2,
                &format!("error: --at: `{bad}` is not a date or a time; {FORMS_EN}\n"),
            );
        zh.lane(&["note", "1", "--at", bad, "x", "--by", "L01"])
            .fails(
                2,
                &format!("错误：--at：`{bad}` 不是日期或时间；{FORMS_ZH}\n"),
            );
        en.lane(&[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--at",
            bad,
        ])
        .fails(
            2,
            &format!("error: --at: `{bad}` is not a date or a time; {FORMS_EN}\n"),
        );
    }
    en.assert_unchanged(&before.0);
    zh.assert_unchanged(&before.1);
}

#[test]
fn patrol_takes_the_same_days() {
    let v = seeded_en();
    for at in [
        "昨天",
        "yesterday",
        "2026/11/3",
        "2026年11月4日",
        "2026.11.5",
        "前天 15:00",
        "today",
    ] {
        v.lane(&[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--at",
            at,
            // the same day twice (昨天 = yesterday): a second patrol, said so
            "--force",
        ])
        .ok();
    }
    let dates: Vec<String> = crate::harness::csv_rows(v.run("--format csv patrol list").ok())
        .into_iter()
        .skip(1)
        .map(|r| r[1].clone())
        .collect();
    let mut want = vec![
        "2026-11-19",
        "2026-11-19",
        "2026-11-03",
        "2026-11-04",
        "2026-11-05",
        "2026-11-18",
        "2026-11-20",
    ];
    let mut got = dates.clone();
    got.sort();
    want.sort();
    assert_eq!(got, want, "{dates:?}");
    v.run("patrol --leader L01 --kind inspection --at 2026/11/21")
        .stderr("error: --at: 2026-11-21 is in the future\n")
        .status(2);
}

#[test]
fn since_and_until_take_the_same_words() {
    let v = seeded_en();
    for at in [
        "2026-11-02T09:00",
        "2026-11-03T09:00",
        "前天 09:00",
        "昨天 09:00",
        "今天 09:00",
    ] {
        open_at(&v, at);
    }
    let ids = |line: &str| -> Vec<String> {
        crate::harness::csv_rows(v.run(&format!("--format csv list {line}")).ok())
            .into_iter()
            .skip(1)
            .map(|r| r[0].trim_start_matches("NJ-2026-").to_string())
            .collect()
    };
    assert_eq!(ids("--since yesterday"), ["0004", "0005"]);
    assert_eq!(ids("--since 昨天"), ["0004", "0005"]);
    assert_eq!(ids("--since 前天 --until 昨天"), ["0003", "0004"]);
    assert_eq!(
        ids("--until today"),
        ["0001", "0002", "0003", "0004", "0005"]
    );
    assert_eq!(ids("--until 今天 --since 今天"), ["0005"]);
    assert_eq!(ids("--since 2026/11/3 --until 2026.11.3"), ["0002"]);
    assert_eq!(ids("--until 2026年11月2日"), ["0001"]);
    v.run("list --since tomorrow").stderr("error: --since: `tomorrow` is not a date; write it as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or as today, yesterday, 今天, 昨天 or 前天\n").status(2);
    // The patrol log's filters too.
    for at in ["2026-11-03", "前天", "昨天"] {
        v.lane(&[
            "patrol",
            "--leader",
            "L01",
            "--kind",
            "inspection",
            "--at",
            at,
        ])
        .ok();
    }
    let days = |line: &str| -> Vec<String> {
        let out = v
            .run(&format!("--format csv patrol list {line}"))
            .ok()
            .to_string();
        let mut d: Vec<String> = crate::harness::csv_rows(out)
            .into_iter()
            .skip(1)
            .map(|r| r[1].clone())
            .collect();
        d.sort();
        d
    };
    assert_eq!(days("--since 昨天"), ["2026-11-19"]);
    assert_eq!(days("--since yesterday --until today"), ["2026-11-19"]);
    assert_eq!(days("--until 前天"), ["2026-11-03", "2026-11-18"]);
    assert_eq!(
        days("--since 2026/11/4 --until 2026年11月18日"),
        ["2026-11-18"]
    );
    seeded_zh()
        .run("patrol list --until 明天")
        .stderr("错误：--until：`明天` 不是日期；请写成 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日，也可以写今天、昨天、前天（today、yesterday）\n").status(2);
}

#[test]
fn stars_dates_take_the_same_days() {
    let mut v = seeded_en();
    v.now = "2026-12-20T10:00".into();
    let out = v.run("stars new 2026 --date 2026/12/1").out();
    assert_eq!(
        (out.ok(), out.stderr.as_str()),
        (
            "2026\n",
            "started round 2026 of 2026-12-01: 3 households to rate in stars/2026.csv\n"
        )
    );
    v.run("stars rate H0001 --met all").ok();
    v.run("stars award --date 昨天").ok();
    assert!(v
        .read("stars/2026.csv")
        .contains("H0001,1,1,1,1,1,5,2026-12-19,"));
    v.run("stars award --date 明天")
        .stderr("error: --date: `明天` is not a date; write it as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or as today, yesterday, 今天, 昨天 or 前天\n")
        .status(2);
}
