//! The report's headline: a category's item counts cases closed as fixed (a
//! dispute still open after an unsatisfied visit was not mediated), one and many
//! have their own words, `--alley` names the alley, and a range is said once.

use crate::harness::{json, seeded_zh, Village};

fn village() -> Village {
    let v = Village::new();
    v.seed();
    v
}

fn run(v: &Village, line: &str) {
    v.run(&format!("{line} --by L01")).ok();
}

fn headline(v: &Village, args: &str) -> String {
    let r = json(v.run(&format!("report {args} --format json")).ok());
    r["headline"].as_str().unwrap().to_string()
}

/// A dispute opened on the 2nd + `day`, resolved, visited with `result`.
fn dispute(v: &Village, seq: u32, result: &str) {
    let d = 2 * seq;
    run(
        v,
        &format!("open --title t --category dispute --household H0001 --at 2026-11-{d:02}T09:00"),
    );
    run(
        v,
        &format!("resolve {seq} --note n --at 2026-11-{d:02}T10:00"),
    );
    run(
        v,
        &format!("visit {seq} --result {result} --at 2026-11-{d:02}T11:00"),
    );
}

#[test]
fn a_dispute_open_after_an_unsatisfied_visit_is_not_mediated() {
    let v = village();
    dispute(&v, 1, "unsatisfied");
    assert_eq!(
        headline(&v, "--month 2026-11"),
        "In November 2026 the lane leaders of Nanjie Village made 0 sanitation clean-ups, \
         eliminated 0 hidden dangers, mediated 0 disputes and served 1 household."
    );
    dispute(&v, 2, "satisfied");
    assert_eq!(
        headline(&v, "--month 2026-11"),
        "In November 2026 the lane leaders of Nanjie Village made 0 sanitation clean-ups, \
         eliminated 0 hidden dangers, mediated 1 dispute and served 1 household."
    );
    dispute(&v, 3, "basic");
    // A hazard closed as unable was not eliminated; one resolved by another
    // household makes two households served.
    run(
        &v,
        "open --title t --category hazard --household H0003 --at 2026-11-12T09:00",
    );
    run(&v, "close 4 --as unable --at 2026-11-12T10:00");
    run(
        &v,
        "open --title t --category sanitation --alley A01 --at 2026-11-13T09:00 --solved swept",
    );
    assert_eq!(
        headline(&v, "--month 2026-11"),
        "In November 2026 the lane leaders of Nanjie Village made 1 sanitation clean-up, \
         eliminated 0 hidden dangers, mediated 2 disputes and served 2 households."
    );
}

#[test]
fn an_alley_report_names_the_alley_and_its_leader() {
    let v = village();
    dispute(&v, 1, "satisfied");
    assert_eq!(
        headline(&v, "--month 2026-11 --alley A01"),
        "In November 2026 the lane leader of 槐树巷 (A01) made 0 sanitation clean-ups, \
         eliminated 0 hidden dangers, mediated 1 dispute and served 1 household."
    );
    assert_eq!(
        headline(&v, "--month 2026-11 --alley 油坊巷"),
        "In November 2026 the lane leader of 油坊巷 (A02) made 0 sanitation clean-ups, \
         eliminated 0 hidden dangers, mediated 0 disputes and served 0 households."
    );
    let zh = seeded_zh();
    dispute(&zh, 1, "satisfied");
    assert_eq!(
        headline(&zh, "--month 2026-11 --alley A01"),
        "2026年11月，槐树巷（A01）街巷长开展环境卫生整治0次、排除安全隐患0处、调解矛盾纠纷1起和服务群众1户。"
    );
}

#[test]
fn a_range_is_named_once_in_the_title() {
    let v = village();
    let out = v.run("report --from 2026-11-01 --to 2026-11-15").ok();
    assert_eq!(
        out.lines().next().unwrap(),
        "Nanjie Village: lane-leader report, the period 2026-11-01 to 2026-11-15"
    );
    let out = v.run("report --month 2026-11").ok();
    assert_eq!(
        out.lines().next().unwrap(),
        "Nanjie Village: lane-leader report, November 2026 (2026-11-01 to 2026-11-30)"
    );
    let zh = seeded_zh();
    let out = zh.run("report --from 2026-11-01 --to 2026-11-15").ok();
    assert_eq!(
        out.lines().next().unwrap(),
        "南街村街巷长工作报告（2026-11-01至2026-11-15）"
    );
}
