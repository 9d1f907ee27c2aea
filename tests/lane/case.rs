//! The five-step mechanism through the real binary: open, note, escalate, resolve,
//! visit, close, reopen, show, list, overdue.

use crate::harness::Village;

fn village() -> Village {
    let v = Village::new();
    v.seed();
    v
}

/// `lane open --by L01 ARGS`: the new case's ID.
fn open(v: &Village, args: &str) -> String {
    v.run(&format!("open --by L01 {args}"))
        .ok()
        .trim_end()
        .to_string()
}

#[test]
fn open_prints_only_the_id_on_stdout() {
    let v = village();
    v.run("open --title 巷口垃圾堆放 --category sanitation --alley A01 --by L01 --at 2026-11-18T09:00")
        .stdout("NJ-2026-0001\n")
        .stderr("opened NJ-2026-0001: open at alley (lane leader), due 2026-11-21 09:00\n")
        .success();
    assert_eq!(
        v.read("tickets/2026/NJ-2026-0001.toml"),
        "id = \"NJ-2026-0001\"\ntitle = \"巷口垃圾堆放\"\ncategory = \"sanitation\"\nalley = \"A01\"\n\
         source = \"inspection\"\nopened = \"2026-11-18T09:00:00+08:00\"\n\n[[events]]\n\
         at = \"2026-11-18T09:00:00+08:00\"\nby = \"L01\"\naction = \"open\"\n\
         deadline = \"2026-11-21T09:00:00+08:00\"\n"
    );
    assert_eq!(
        open(&v, "--title x --category hazard --household H0003"),
        "NJ-2026-0002"
    );
    assert!(v
        .read("tickets/2026/NJ-2026-0002.toml")
        .contains("alley = \"A02\"\nhousehold = \"H0003\"\n"));
}

#[test]
fn the_whole_life_of_a_case() {
    let v = village();
    let id = open(
        &v,
        "--title 电线私拉乱接 --category hazard --household H0001 --at 2026-11-10T08:00",
    );
    let steps: &[(&str, &str)] = &[
        ("note 42 --at 2026-11-10T09:00 'found loose wires'", "error: there is no case matching `42`\nhint: `lane list` shows the cases\n"),
        ("note 1 --at 2026-11-10T09:00 'found loose wires'", "NJ-2026-0001: note (found loose wires); open at alley (lane leader), due 2026-11-13 08:00\n"),
        ("escalate 1 --at 2026-11-11T08:00 --reason 'needs the power station'", "NJ-2026-0001: escalate to village (needs the power station); open at village (village party branch), due 2026-11-18 08:00\n"),
        ("escalate 1 --at 2026-11-12T08:00 --reason 'beyond the village' --dept 'town power station'", "NJ-2026-0001: escalate to town, town power station (beyond the village); open at town (town party committee), due 2026-11-27 08:00\n"),
        ("resolve 1 --at 2026-11-14T08:00 --note rewired", "NJ-2026-0001: resolve (rewired); resolved at town, waiting for the return visit\n"),
        ("visit 1 --at 2026-11-15T08:00 --result unsatisfied --note 'still sparks'", "NJ-2026-0001: return visit: unsatisfied (still sparks); open at town (town party committee), due 2026-11-30 08:00\n"),
        ("resolve 1 --at 2026-11-16T08:00 --note 'replaced the box'", "NJ-2026-0001: resolve (replaced the box); resolved at town, waiting for the return visit\n"),
        ("visit NJ-2026-0001 --at 2026-11-17T08:00 --result satisfied", "NJ-2026-0001: return visit: satisfied; closed as fixed\n"),
        ("reopen 1 --at 2026-11-18T08:00 --reason 'wires loose again'", "NJ-2026-0001: reopen (wires loose again); open at town (town party committee), due 2026-12-03 08:00\n"),
        ("close 1 --at 2026-11-19T08:00 --as referred --note 'power company'", "NJ-2026-0001: close as referred (power company); closed as referred\n"),
    ];
    for (line, stderr) in steps {
        let out = v.run(&format!("{line} --by L01")).out();
        assert_eq!(out.stderr, *stderr, "lane {line}");
    }
    assert_eq!(id, "NJ-2026-0001");
    let show = v.run("--format csv show 1").out();
    assert_eq!(
        show.ok(),
        "at,by,event,note\n\
         2026-11-10 08:00,L01,open,\n\
         2026-11-10 09:00,L01,note,found loose wires\n\
         2026-11-11 08:00,L01,escalate to village,needs the power station\n\
         2026-11-12 08:00,L01,\"escalate to town, town power station\",beyond the village\n\
         2026-11-14 08:00,L01,resolve,rewired\n\
         2026-11-15 08:00,L01,return visit: unsatisfied,still sparks\n\
         2026-11-16 08:00,L01,resolve,replaced the box\n\
         2026-11-17 08:00,L01,return visit: satisfied,\n\
         2026-11-18 08:00,L01,reopen,wires loose again\n\
         2026-11-19 08:00,L01,close as referred,power company\n"
    );
    assert_eq!(v.run("check").out().code, 0);
}

/// Each refused action exits 1, says why and what is allowed, and writes nothing.
#[test]
fn refusals_change_no_byte() {
    let v = village();
    open(
        &v,
        "--title t --category hazard --alley A01 --at 2026-11-10T08:00",
    );
    v.run("escalate 1 --to town --reason big --by L01 --at 2026-11-10T09:00")
        .ok();
    let before = v.snapshot();
    let cases: &[(&str, i32, &str)] = &[
        ("escalate 1 --reason more", 1, "error: NJ-2026-0001: the case is already at the top level (town); allowed now: note, resolve, close --as (not fixed)\n"),
        ("visit 1 --result satisfied", 1, "error: NJ-2026-0001: cannot record a return visit for a case that is open; allowed now: note, resolve, close --as (not fixed)\n"),
        ("close 1", 1, "error: NJ-2026-0001: an open case is not fixed yet: resolve it first, or close it as duplicate, not-responsible, unable or referred; allowed now: note, resolve, close --as (not fixed)\n"),
        ("close 1 --as duplicate", 1, "error: NJ-2026-0001: closing as duplicate needs the case it duplicates (--of ID); allowed now: note, resolve, close --as (not fixed)\n"),
        ("close 1 --as duplicate --of 1", 1, "error: --of: NJ-2026-0001 is this case; a case cannot duplicate itself\nhint: give the case that still tracks the problem\n"),
        ("reopen 1 --reason x", 1, "error: NJ-2026-0001: cannot reopen a case that is open; allowed now: note, resolve, close --as (not fixed)\n"),
        ("note 1 --at 2026-11-10T08:30 'late paper record'", 1, "error: NJ-2026-0001: 2026-11-10T08:30:00+08:00 is earlier than the case's last event (2026-11-10T09:00:00+08:00); events are kept in time order\n"),
        ("note 1 --at 2026-12-25T08:30 'from the future'", 2, "error: --at: 2026-12-25T08:30:00+08:00 is in the future (now is 2026-11-20T10:00:00+08:00)\n"),
        ("note 1 --at tomorrow x", 2, "error: --at: `tomorrow` is not a date or a time; write a time as 2026-11-03T09:15 or 2026-11-03 09:15, a day as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or a word: today, yesterday, 今天, 昨天, 前天 (a time may follow: yesterday 15:00)\n"),
        ("resolve 1", 2, "error: missing --note\nhint: give it as --note VALUE (lane asks for it only at a terminal without --no-input)\n"),
        ("resolve NJ-2026-0009 --note x", 2, "error: there is no case NJ-2026-0009 (tickets/2026/NJ-2026-0009.toml does not exist)\nhint: `lane list` shows the cases\n"),
    ];
    for (line, code, stderr) in cases {
        v.run(&format!("{line} --by L01"))
            .stderr(*stderr)
            .status(*code);
        assert!(v.snapshot() == before, "lane {line} changed the folder");
    }
    let bad_open: &[(&str, &str)] = &[
        ("--title t --category sanitaton --alley A01", "error: --category: `sanitaton` is not a category (sanitation, hazard, dispute, service, feedback)\nhint: did you mean `sanitation`?\n"),
        ("--title t --category hazard --alley A09", "error: there is no alley `A09` in alleys.csv\nhint: did you mean `A01`?\n"),
        ("--title t --category hazard --household H0003 --alley A01", "error: --alley A01 does not match household H0003, which is in alley A02\nhint: leave --alley out: --household implies it\n"),
        ("--category hazard --alley A01", "error: missing --title\nhint: give it as --title VALUE (lane asks for it only at a terminal without --no-input)\n"),
        ("--title t --alley A01", "error: missing --category\nhint: give it as --category VALUE (lane asks for it only at a terminal without --no-input)\n"),
    ];
    for (args, stderr) in bad_open {
        v.run(&format!("open --by L01 {args}"))
            .stderr(*stderr)
            .status(2);
        assert!(
            v.snapshot() == before,
            "lane open {args} changed the folder"
        );
    }
    v.run("open --title t --category hazard --alley A01").stderr("error: missing --by\nhint: give it as --by VALUE (lane asks for it only at a terminal without --no-input)\n").status(2);
}

#[test]
fn solved_on_the_spot_closes_when_no_return_visit_is_needed() {
    let v = village();
    open(
        &v,
        "--title litter --category sanitation --alley A01 --solved 'swept it'",
    );
    open(
        &v,
        "--title 'pension form' --category service --household H0002 --solved 'filled it in'",
    );
    assert_eq!(
        v.run("--format csv list").ok(),
        "id,status,level,category,alley,household,title,opened,deadline,overdue_days\n\
         NJ-2026-0001,closed,alley,sanitation,A01,,litter,2026-11-20 10:00,,\n\
         NJ-2026-0002,resolved,alley,service,A01,H0002,pension form,2026-11-20 10:00,,\n"
    );
    assert!(v.read("tickets/2026/NJ-2026-0001.toml").ends_with(
        "action = \"resolve\"\nnote = \"swept it\"\non_spot = true\n\n[[events]]\nat = \"2026-11-20T10:00:00+08:00\"\nby = \"L01\"\naction = \"close\"\nas = \"fixed\"\n"
    ));
}

#[test]
fn list_filters_and_overdue_oldest_first() {
    let v = village();
    open(
        &v,
        "--title a --category hazard --alley A01 --at 2026-11-01T08:00",
    );
    open(
        &v,
        "--title 'b 垃圾' --category sanitation --alley A02 --at 2026-11-02T08:00",
    );
    open(
        &v,
        "--title c --category dispute --household H0002 --at 2026-11-19T08:00",
    );
    v.run("escalate 1 --reason r --by L01 --at 2026-11-03T08:00")
        .ok();
    let ids = |args: &str| -> Vec<String> {
        v.run(&format!("--format csv list {args}"))
            .ok()
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(""), ["NJ-2026-0001", "NJ-2026-0002", "NJ-2026-0003"]);
    assert_eq!(ids("--alley A01"), ["NJ-2026-0001", "NJ-2026-0003"]);
    assert_eq!(ids("--leader L02"), ["NJ-2026-0002"]);
    assert_eq!(ids("--category dispute"), ["NJ-2026-0003"]);
    assert_eq!(ids("--level village"), ["NJ-2026-0001"]);
    assert_eq!(ids("--household H0002"), ["NJ-2026-0003"]);
    assert_eq!(
        ids("--since 2026-11-02 --until 2026-11-18"),
        ["NJ-2026-0002"]
    );
    assert_eq!(ids("--search 垃圾"), ["NJ-2026-0002"]);
    assert_eq!(ids("--overdue"), ["NJ-2026-0001", "NJ-2026-0002"]);
    assert_eq!(ids("--status resolved"), Vec::<String>::new());
    assert_eq!(
        v.run("--format csv overdue").ok(),
        "id,level,category,alley,leader,phone,title,deadline,overdue_days\n\
         NJ-2026-0002,alley,sanitation,A02,李德明,13800000002,b 垃圾,2026-11-05 08:00,15\n\
         NJ-2026-0001,village,hazard,A01,张桂兰,13800000001,a,2026-11-10 08:00,10\n"
    );
    v.run("list --level county")
        .stderr("error: --level: `county` is not a level (alley, village, town)\n")
        .status(2);
    let json: serde_json::Value =
        serde_json::from_str(&v.run("--format json list --overdue").ok()).unwrap();
    assert_eq!(json[1]["overdue_days"], 15);
    assert_eq!(json[0]["title"], "a");
}

#[test]
fn a_clone_without_a_station_code_cannot_number_tickets() {
    let v = village();
    std::fs::remove_file(v.path("local.toml")).unwrap();
    let before = v.snapshot();
    v.run("open --by L01 --title t --category hazard --alley A01").stderr("error: this clone of the data folder has no station code, so it cannot number new cases\nhint: give each clone its own: `lane local --station T` (the village's own clone uses `--station \"\"`)\n").status(1);
    assert!(v.snapshot() == before);
    v.run("local --station T").ok();
    assert_eq!(
        open(&v, "--title t --category hazard --alley A01"),
        "NJ-2026-T0001"
    );
    assert_eq!(
        open(&v, "--title t --category hazard --alley A01"),
        "NJ-2026-T0002"
    );
    v.run("show T2").ok();
    v.run("local --station t1").stderr("error: --station: station code `t1` must be empty or one to three capital letters A-Z\n").status(2);
}

#[test]
fn a_hand_broken_case_file_blocks_writes_to_it_only() {
    let v = village();
    open(&v, "--title a --category hazard --alley A01");
    open(&v, "--title b --category hazard --alley A01");
    let broken = v
        .read("tickets/2026/NJ-2026-0001.toml")
        .replace("action = \"open\"", "action = \"teleport\"");
    v.write("tickets/2026/NJ-2026-0001.toml", &broken);
    let before = v.snapshot();
    v.run("note 1 x --by L01").stderr("error: tickets/2026/NJ-2026-0001.toml:8: unknown action `teleport`; actions are open, note, escalate, resolve, visit, close, reopen\nhint: fix the case file by hand (`lane check` lists its problems); other cases keep working\n").status(2);
    assert!(v.snapshot() == before);
    v.run("note 2 'still fine' --by L01").ok();
    let out = v.run("check").out();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "tickets/2026/NJ-2026-0001.toml:8: unknown action `teleport`; actions are open, note, escalate, resolve, visit, close, reopen\n"
    );
}

#[test]
fn patrols_are_logged_listed_and_checked() {
    let v = village();
    v.run("patrol --leader L01 --kind inspection --at 2026-11-03")
        .ok();
    v.run("patrol --leader L02 --kind visit --household H0003 --note 问候")
        .ok();
    open(
        &v,
        "--title 需要代办医保 --category service --household H0002 --source visit",
    );
    assert_eq!(
        v.read("patrols/2026-11.csv"),
        "id,date,leader,alley,kind,household,ticket,note\n\
         2026-11-0001,2026-11-03,L01,A01,inspection,,,\n\
         2026-11-0002,2026-11-20,L02,A02,visit,H0003,,问候\n\
         2026-11-0003,2026-11-20,L01,A01,visit,H0002,NJ-2026-0001,\n"
    );
    assert_eq!(
        v.run("--format csv patrol list --kind visit --leader L01").ok(),
        "id,date,leader,alley,kind,household,ticket,note\n2026-11-0003,2026-11-20,L01,A01,visit,H0002,NJ-2026-0001,\n"
    );
    let before = v.snapshot();
    v.run("patrol --leader L01 --kind visit")
        .stderr("error: --household: a visit needs the household visited\n")
        .status(2);
    v.run("patrol --leader L09 --kind inspection")
        .stderr("error: there is no leader `L09` in leaders.csv\nhint: did you mean `L01`?\n")
        .status(2);
    v.run("patrol --leader L01 --kind inspection --at 2026-12-01")
        .stderr("error: --at: 2026-12-01 is in the future\n")
        .status(2);
    assert!(v.snapshot() == before);
    v.run("household remove H0003").stderr("error: household H0003 is still referred to by patrols/2026-11.csv:3\nhint: change or remove those first; nothing was removed\n").status(1);
    v.write(
        "patrols/2026-10.csv",
        "date,leader,alley,kind,household,ticket,note\n2026-11-02,L07,A01,feedback,,NJ-2026-0099,\n",
    );
    let out = v.run("check").out();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (
            1,
            "patrols/2026-10.csv:2: the row of 2026-11-02 belongs in patrols/2026-11.csv\n\
             patrols/2026-10.csv:2: leader `L07` is not in leaders.csv\n\
             patrols/2026-10.csv:2: case NJ-2026-0099 does not exist\n"
        )
    );
}

/// At a (pseudo-)terminal, `lane open` without flags asks: the category from a
/// list, the household by typing part of the head's name, then the title.
#[cfg(unix)]
#[test]
fn a_terminal_user_is_asked_for_what_is_missing() {
    let v = village();
    use crate::harness::{pty, pty_text as bytes, type_keys as keys};
    let mut p = pty(&v, &["open"], &[("LANE_BY", "L02")]);
    p.exp_string("Category").unwrap();
    p.exp_string("feedback (social-conditions feedback)")
        .unwrap();
    keys(&mut p, "j\r"); // the second: hazard
    p.exp_string(&bytes(
        "Household (type part of the head's name, or its pinyin: zgl, zhang gui)",
    ))
    .unwrap();
    keys(&mut p, "刘\r");
    p.exp_string("What is the problem").unwrap();
    keys(&mut p, "漏水\r");
    p.exp_string("NJ-2026-0001").unwrap();
    p.exp_eof().unwrap();
    let file = v.read("tickets/2026/NJ-2026-0001.toml");
    assert!(
        file.starts_with("id = \"NJ-2026-0001\"\ntitle = \"漏水\"\ncategory = \"hazard\"\nalley = \"A02\"\nhousehold = \"H0003\"\n"),
        "{file}"
    );
    assert!(file.contains("by = \"L02\""));
}
