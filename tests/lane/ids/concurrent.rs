//! Two town offices and the village, each its own clone with its own station,
//! open cases, note on each other's, add households and log patrols between
//! pulls, over several rounds in different orders. A registry both sides append
//! to conflicts in git's line merge; it is resolved as check's hint says (keep
//! the rows of both sides, delete the marker lines). At the end every clone has
//! the same records, no ID names two records, and `lane check` is clean.

use std::collections::BTreeMap;
use std::path::Path;

use super::Net;
use crate::harness::git;

/// Every record file of a clone (case files, registries, patrol logs, stations).
fn records(dir: &Path) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for f in git(dir, &["ls-files"]).lines() {
        let keep = f.starts_with("tickets/") && f.ends_with(".toml")
            || f.starts_with("patrols/") && f.ends_with(".csv")
            || f.starts_with("stations/")
            || ["households.csv", "alleys.csv", "leaders.csv"].contains(&f);
        if keep {
            let mut lines: Vec<String> = std::fs::read_to_string(dir.join(f))
                .unwrap()
                .lines()
                .map(String::from)
                .collect();
            // Rows appended on two clones may merge in either order.
            if f.ends_with(".csv") {
                lines.sort();
            }
            out.insert(f.to_string(), lines);
        }
    }
    out
}

/// The first cell of every row of a CSV file, but the header.
fn ids_of(dir: &Path, file: &str) -> Vec<String> {
    std::fs::read_to_string(dir.join(file))
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect()
}

fn assert_unique(what: &str, ids: &[String]) {
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        assert!(
            seen.insert(id),
            "{what}: ID {id} names two records: {ids:?}"
        );
    }
}

#[test]
fn two_offices_and_the_village_end_with_the_same_records_and_no_shared_id() {
    let net = Net::new(3);
    for (i, station) in ["", "T", "U"].iter().enumerate() {
        net.ok(i, &["local", "--station", station]);
        net.pull(i);
        net.push(i);
    }
    let orders = [[0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0]];
    let mut opened: Vec<String> = Vec::new();
    for (round, order) in orders.iter().enumerate() {
        // Everyone acts on what they have, before anyone pulls.
        for &i in order {
            let day = format!("2026-11-{:02}T{:02}:00", 10 + round, 8 + i);
            let id = net.ok(
                i,
                &[
                    "open",
                    "--title",
                    &format!("r{round} c{i}"),
                    "--category",
                    "hazard",
                    "--alley",
                    "A01",
                    "--at",
                    &day,
                    "--by",
                    "L01",
                ],
            );
            let id = id.trim().to_string();
            // A note on a case someone else opened earlier, if this clone has it.
            if let Some(other) = opened
                .iter()
                .rev()
                .find(|o| net.lane(&net.clones[i], &["show", o]).code == 0)
            {
                net.ok(
                    i,
                    &[
                        "note",
                        other,
                        "--by",
                        "L01",
                        "--at",
                        &day,
                        &format!("seen by c{i}"),
                    ],
                );
            }
            opened.push(id);
            net.ok(
                i,
                &[
                    "household",
                    "add",
                    "--head",
                    &format!("户{round}{i}"),
                    "--alley",
                    "A02",
                ],
            );
            net.ok(
                i,
                &[
                    "patrol",
                    "--leader",
                    "L01",
                    "--kind",
                    "inspection",
                    "--at",
                    &day,
                ],
            );
        }
        // Then each pulls and pushes, in the round's order.
        for &i in order {
            net.pull(i);
            net.push(i);
        }
    }
    for i in 0..3 {
        net.pull(i);
    }
    let first = records(&net.clones[0]);
    for i in 0..3 {
        let dir = &net.clones[i];
        assert_eq!(records(dir), first, "c{i} differs from c0");
        assert_unique("households", &ids_of(dir, "households.csv"));
        assert_unique("patrols", &ids_of(dir, "patrols/2026-11.csv"));
        net.clean(i);
    }
    assert_eq!(ids_of(&net.clones[0], "households.csv").len(), 3 + 12);
    assert_eq!(ids_of(&net.clones[0], "patrols/2026-11.csv").len(), 12);
    let cases = first.keys().filter(|k| k.starts_with("tickets/")).count();
    assert_eq!(cases, 12);
    assert_unique("cases", &opened);
}
