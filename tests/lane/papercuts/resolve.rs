//! `lane resolve` on a category with `return_visit = false` closes the case, as
//! `open --solved` does; the report counts it closed.

use crate::harness::{json, Village};

fn village() -> Village {
    let v = Village::new();
    v.seed();
    v
}

fn open(v: &Village, category: &str, at: &str) -> String {
    v.run(&format!(
        "open --by L01 --title t --category {category} --alley A01 --at {at}"
    ))
    .ok()
    .trim_end()
    .to_string()
}

#[test]
fn resolve_closes_a_case_that_needs_no_return_visit() {
    let v = village();
    for (seq, category) in [(1, "sanitation"), (2, "feedback")] {
        let id = open(&v, category, "2026-11-10T08:00");
        assert_eq!(id, format!("NJ-2026-{seq:04}"));
        v.run(&format!(
            "resolve {seq} --by L01 --at 2026-11-11T08:00 --note swept"
        ))
        .stderr(format!(
            "{id}: resolve (swept); close as fixed; closed as fixed\n"
        ))
        .success();
        let file = v.read(&format!("tickets/2026/{id}.toml"));
        assert!(
            file.ends_with(
                "action = \"resolve\"\nnote = \"swept\"\n\n[[events]]\n\
                 at = \"2026-11-11T08:00:00+08:00\"\nby = \"L01\"\naction = \"close\"\n\
                 as = \"fixed\"\n"
            ),
            "{file}"
        );
        let shown = json(v.run(&format!("show {seq} --format json")).ok());
        assert_eq!(shown["status"], "closed", "{shown}");
    }
}

#[test]
fn resolve_still_waits_for_the_visit_where_the_category_needs_one() {
    let v = village();
    for (seq, category) in [(1, "hazard"), (2, "dispute"), (3, "service")] {
        let id = open(&v, category, "2026-11-10T08:00");
        v.run(&format!(
            "resolve {seq} --by L01 --at 2026-11-11T08:00 --note done"
        ))
        .stderr(format!(
            "{id}: resolve (done); resolved at alley, waiting for the return visit\n"
        ))
        .success();
    }
}

#[test]
fn the_report_counts_them_resolved_closed_and_on_time() {
    let v = village();
    open(&v, "sanitation", "2026-11-10T08:00");
    open(&v, "feedback", "2026-11-10T08:00");
    v.run("resolve 1 --by L01 --at 2026-11-11T08:00 --note swept")
        .out();
    // Late: the alley level's deadline is three days.
    v.run("resolve 2 --by L01 --at 2026-11-15T08:00 --note 'passed on'")
        .out();
    let r = json(v.run("report --month 2026-11 --format json").ok());
    let total = &r["village"]["metrics"];
    let get = |k: &str| total[k].clone();
    assert_eq!(get("resolved"), 2, "{total}");
    assert_eq!(get("closed"), 2, "{total}");
    assert_eq!(get("open_at_end"), 0, "{total}");
    assert_eq!(get("resolution_rate"), 100.0, "{total}");
    assert_eq!(get("on_time_rate"), 50.0, "{total}");
}
