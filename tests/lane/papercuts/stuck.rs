//! A folder from before `resolve` closed cases without a return visit: `lane
//! check` warns of each such case still resolved and says how to close it.

use crate::harness::Village;

/// A sanitation or feedback case as an older lane left it: opened and resolved.
fn stuck(v: &Village, seq: u32, category: &str) {
    v.write(
        &format!("tickets/2026/NJ-2026-{seq:04}.toml"),
        format!(
            "id = \"NJ-2026-{seq:04}\"\ntitle = \"t\"\ncategory = \"{category}\"\nalley = \"A01\"\n\
             source = \"inspection\"\nopened = \"2026-11-10T09:00:00+08:00\"\n\n[[events]]\n\
             at = \"2026-11-10T09:00:00+08:00\"\nby = \"L01\"\naction = \"open\"\n\
             deadline = \"2026-11-13T09:00:00+08:00\"\n\n[[events]]\n\
             at = \"2026-11-11T09:00:00+08:00\"\nby = \"L01\"\naction = \"resolve\"\nnote = \"n\"\n"
        ),
    );
}

#[test]
fn check_warns_of_a_resolved_case_that_needs_no_visit_and_close_clears_it() {
    let v = Village::new();
    v.seed();
    stuck(&v, 1, "sanitation");
    stuck(&v, 2, "feedback");
    stuck(&v, 3, "hazard"); // waits for its visit: no warning
    let out = v.run("check").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "tickets/2026/NJ-2026-0001.toml:14: warning: the case is resolved, but its category \
         `sanitation` needs no return visit, so it should be closed (resolved before lane closed \
         such cases itself); close it with `lane close NJ-2026-0001`\n\
         tickets/2026/NJ-2026-0002.toml:14: warning: the case is resolved, but its category \
         `feedback` needs no return visit, so it should be closed (resolved before lane closed \
         such cases itself); close it with `lane close NJ-2026-0002`\n"
    );
    v.run("close 1 --by L01 --at 2026-11-12T09:00").ok();
    v.run("close 2 --by L01 --at 2026-11-12T09:00").ok();
    let out = v.run("check").out();
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
}
