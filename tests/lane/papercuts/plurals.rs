//! English counts have their word for one and for other numbers ("1 household",
//! "2 households"), as a class: the check summary, the report's last-person line,
//! days overdue, a new star round, a headline item. Chinese needs none.

use crate::harness::Village;

/// stdout and stderr of `line`, whatever its exit code.
fn said(v: &Village, line: &str) -> String {
    let out = v.run(line).out();
    format!("{}{}", out.stdout, out.stderr)
}

#[test]
fn the_check_summary_counts_one_and_two() {
    let v = Village::new();
    v.run("alley add --id A01 --name 槐树巷").ok();
    v.run("household add --id H0001 --head 王秀英 --alley A01")
        .ok();
    assert!(said(&v, "check")
        .contains("checked 1 alley, 0 leaders, 1 household, 0 cases: 0 errors, 1 warning"));
    v.run("alley add --id A02 --name 油坊巷").ok();
    v.run("household add --id H0002 --head 赵国强 --alley A02")
        .ok();
    assert!(said(&v, "check")
        .contains("checked 2 alleys, 0 leaders, 2 households, 0 cases: 0 errors, 2 warnings"));
}

#[test]
fn the_last_person_and_a_star_round_count_one_and_two() {
    let v = Village::new();
    v.run("alley add --id A01 --name 槐树巷").ok();
    v.run("household add --id H0001 --head 王秀英 --alley A01")
        .out();
    assert!(said(&v, "report --month 2026-11")
        .contains("The last person: 1 household with no visit and no case"));
    assert!(said(&v, "report --month 2026-11 --format md")
        .contains("1 household with no visit and no case in the period."));
    v.run("household add --id H0002 --head 赵国强 --alley A01")
        .out();
    assert!(said(&v, "report --month 2026-11")
        .contains("The last person: 2 households with no visit and no case"));
    let one = Village::new();
    one.run("alley add --id A01 --name 槐树巷").ok();
    one.run("household add --id H0001 --head 王秀英 --alley A01")
        .ok();
    let started = said(&one, "stars new 2026 --date 2026-11-01");
    assert!(started.contains(": 1 household to rate in "), "{started}");
}

#[test]
fn days_past_the_deadline_count_one_and_two() {
    let v = Village::new();
    v.seed();
    // Due 2026-11-18 09:00 and 2026-11-17 09:00; now is 2026-11-20 10:00.
    for (seq, at) in [(1, "2026-11-15T09:00"), (2, "2026-11-14T09:00")] {
        v.run(&format!(
            "open --by L01 --title t --category hazard --alley A01 --at {at}"
        ))
        .ok();
        let shown = said(&v, &format!("show {seq}"));
        let want = if seq == 1 {
            "2 days past the deadline"
        } else {
            "3 days past the deadline"
        };
        assert!(shown.contains(want), "{shown}");
    }
    v.run("open --by L01 --title t --category hazard --alley A01 --at 2026-11-16T09:00")
        .ok();
    let shown = said(&v, "show 3");
    assert!(shown.contains("1 day past the deadline"), "{shown}");
}
