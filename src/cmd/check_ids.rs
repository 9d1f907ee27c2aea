//! Checks of the IDs across clones (issue 19): the village's station registry
//! (`stations/`) has one clone per code, and this clone's own code is its own;
//! and no case file holds two cases (a merge that kept both sides' events of two
//! cases opened under one ID on two clones with one station code).

use super::check::Findings;
use super::check_more::problem;
use crate::model::case::Action;
use crate::msg;
use crate::store::scan::Scan;
use crate::store::stations::{station_file, Owner};
use crate::store::Store;

pub fn check(store: &Store, snap: &Scan, f: &mut Findings) {
    two_cases_in_one_file(snap, f);
    for (code, rel, owner) in store.stations() {
        if let Owner::Broken(e) = owner {
            let hint = msg!("store-station-broken-hint", code = code.as_str());
            f.errors.push(problem(&rel, format!("{e}; {hint}")));
        }
    }
    let Ok(local) = store.local() else {
        return; // local.toml's own problem is said by every command
    };
    let Some(code) = local.station else {
        return;
    };
    if let Owner::Clone(c) = store.station_owner(&code) {
        if local.clone.as_deref() != Some(c.as_str()) {
            let file = station_file(&code);
            let message = msg!(
                "store-station-taken",
                code = code.as_str(),
                file = file.as_str()
            );
            let hint = msg!("store-station-taken-hint");
            f.errors.push(problem(
                crate::store::LOCAL_FILE,
                format!("{message}; {hint}"),
            ));
        }
    }
}

/// A case file with a second `open` event: two cases under one ID.
fn two_cases_in_one_file(snap: &Scan, f: &mut Findings) {
    for l in &snap.cases {
        let opens = l
            .case
            .events
            .iter()
            .filter(|e| e.action == Action::Open)
            .count();
        if opens > 1 {
            let message = msg!(
                "check-two-cases",
                id = l.case.id.to_string(),
                n = opens,
                path = l.rel.as_str()
            );
            f.errors.push(problem(&l.rel, message));
        }
    }
}
