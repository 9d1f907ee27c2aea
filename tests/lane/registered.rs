//! households.csv format 2: a `registered` date per household (empty: registered
//! before records began). A report's "last person" list leaves out households
//! registered after the period's end; `household add` records today.

use crate::harness::{json, Village};

fn village() -> Village {
    let mut v = Village::new();
    v.seed();
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note,registered\n\
         H0001,王秀英,A01,一组1号,3,,,,\n\
         H0002,赵国强,A01,一组2号,4,,,,2026-11-15\n\
         H0003,刘玉兰,A02,二组1号,2,,,,2026-12-10\n",
    );
    v.now = "2027-01-05T10:00".into();
    v
}

fn last_person(v: &Village, month: &str) -> Vec<String> {
    let j = json(v.run(&format!("--format json report --month {month}")).ok());
    j["last_person"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["households"].as_array().unwrap().clone())
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn households_registered_later_are_not_in_earlier_last_person_lists() {
    let v = village();
    v.run("check").ok();
    assert_eq!(last_person(&v, "2026-10"), ["H0001"]);
    // Registered on the period's last day or earlier: in the list.
    assert_eq!(last_person(&v, "2026-11"), ["H0001", "H0002"]);
    assert_eq!(last_person(&v, "2026-12"), ["H0001", "H0002", "H0003"]);
    let md = v.run("--format md report --month 2026-10").ok();
    assert!(md.contains("1 household with no visit and no case"), "{md}");
}

#[test]
fn household_add_records_the_day_of_registration() {
    let v = village();
    v.run("household add --id H0004 --head 孙长林 --alley A02")
        .ok();
    assert!(v
        .read("households.csv")
        .ends_with("H0004,孙长林,A02,,,,,,2027-01-05\n"));
    assert_eq!(last_person(&v, "2026-12"), ["H0001", "H0002", "H0003"]);
    assert_eq!(last_person(&v, "2027-01").len(), 4);
    // A registration date that is not a date is an error with its line.
    v.write(
        "households.csv",
        v.read("households.csv").replace("2026-11-15", "2026-11-31"),
    );
    let out = v.run("check").out();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("households.csv:3: column `registered`"),
        "{}",
        out.stdout
    );
}

#[test]
fn import_keeps_the_sheets_date_or_writes_today() {
    let v = village();
    v.outside(
        "people.csv",
        "户主,巷道,登记日期\n陈建军,槐树巷,2026-10-01\n孙长林,油坊巷,\n",
    );
    v.run("household import people.csv").ok();
    let text = v.read("households.csv");
    assert!(
        text.contains("\nH0004,陈建军,A01,,,,,,2026-10-01\n"),
        "{text}"
    );
    assert!(
        text.ends_with("\nH0005,孙长林,A02,,,,,,2027-01-05\n"),
        "{text}"
    );
    assert!(last_person(&v, "2026-10").contains(&"H0004".to_string()));
    assert!(!last_person(&v, "2026-12").contains(&"H0005".to_string()));
}
