//! The same patrol logged twice (same leader, household or alley, kind, day and
//! note: a command typed twice) is refused without `--force`; `lane patrol list`
//! is in date order.

use crate::harness::{csv_rows, Village};

fn village() -> Village {
    let v = Village::new();
    v.seed();
    v
}

#[test]
fn the_same_patrol_twice_is_refused_without_force() {
    let v = village();
    let cases = [
        (
            "patrol --leader L01 --kind visit --household H0001 --at 2026-11-03",
            "logged visit H0001 by L01 on 2026-11-03 as 2026-11-0001\n",
            "error: L01 has logged visit H0001 on 2026-11-03 already (2026-11-0001)\n\
             hint: give --force to log it again (a second patrol the same day), or a --note that tells the two apart\n",
        ),
        (
            "patrol --leader L01 --kind inspection --at 2026-11-03",
            "logged inspection in A01 by L01 on 2026-11-03 as 2026-11-0002\n",
            "error: L01 has logged inspection in A01 on 2026-11-03 already (2026-11-0002)\n\
             hint: give --force to log it again (a second patrol the same day), or a --note that tells the two apart\n",
        ),
        (
            "patrol --leader L02 --kind feedback --alley A02 --at 2026-11-04",
            "logged feedback in A02 by L02 on 2026-11-04 as 2026-11-0003\n",
            "error: L02 has logged feedback in A02 on 2026-11-04 already (2026-11-0003)\n\
             hint: give --force to log it again (a second patrol the same day), or a --note that tells the two apart\n",
        ),
    ];
    for (line, logged, refused) in cases {
        v.run(line).stderr(logged).success();
        let before = v.snapshot();
        v.run(line).stderr(refused).status(1);
        v.assert_unchanged(&before);
    }
    // --force logs it; another day, kind or household is another patrol.
    v.run("patrol --leader L01 --kind visit --household H0001 --at 2026-11-03 --force")
        .stderr("logged visit H0001 by L01 on 2026-11-03 as 2026-11-0004\n")
        .success();
    for line in [
        "patrol --leader L01 --kind visit --household H0001 --at 2026-11-04",
        "patrol --leader L01 --kind visit --household H0002 --at 2026-11-03",
        "patrol --leader L01 --kind feedback --at 2026-11-03",
        "patrol --leader L02 --kind inspection --at 2026-11-03",
        "patrol --leader L01 --kind inspection --at 2026-11-03 --note 西头",
    ] {
        v.run(line).out().ok();
    }
}

#[test]
fn patrol_list_is_in_date_order() {
    let v = village();
    for day in [
        "2026-11-05",
        "2026-10-30",
        "2026-11-02",
        "2026-11-05",
        "2026-11-01",
    ] {
        let leader = if day == "2026-11-05" { "L02" } else { "L01" };
        v.run(&format!(
            "patrol --leader {leader} --kind inspection --at {day} --force"
        ))
        .out()
        .ok();
    }
    let rows = csv_rows(v.run("--format csv patrol list").ok());
    let ids: Vec<(&str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("2026-10-0001", "2026-10-30"),
            ("2026-11-0004", "2026-11-01"),
            ("2026-11-0002", "2026-11-02"),
            ("2026-11-0001", "2026-11-05"),
            ("2026-11-0003", "2026-11-05"),
        ]
    );
}

#[test]
fn the_refusal_in_chinese() {
    let v = crate::harness::seeded_zh();
    let line = "patrol --leader L01 --kind visit --household H0001 --at 2026-11-03";
    v.run(line).out().ok();
    v.run(line)
        .stderr(
            "错误：已有 L01 2026-11-03 的这条入户走访记录（住户 H0001，编号 2026-11-0001）\n\
             提示：如确是同一天再次巡查走访，请加 --force 再登记一次，或用 --note 注明两次的区别\n",
        )
        .status(1);
}
