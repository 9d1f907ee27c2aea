//! Cases closed as duplicates: each must lead, through the cases it duplicates, to
//! one that still tracks the problem. A case naming itself, or a chain that comes
//! back round (A a duplicate of B, B of A), leaves nothing tracking it.

use std::collections::HashMap;

use super::case::{Action, Case, CloseReason};
use super::ids::CaseId;

/// The case `case` is a duplicate of now: the `of` of its last close, if that
/// close is as a duplicate and no reopen came after it.
pub fn duplicate_of(case: &Case) -> Option<&CaseId> {
    for ev in case.events.iter().rev() {
        match &ev.action {
            Action::Close {
                reason: CloseReason::Duplicate,
                of,
            } => return of.as_ref(),
            Action::Close { .. } | Action::Reopen { .. } | Action::Visit { .. } => return None,
            _ => {}
        }
    }
    None
}

/// Where following "a duplicate of" from `start` goes wrong: `Some(chain)` when it
/// comes back to a case already on it (the chain from `start`, the repeated case
/// last), `None` when it ends in a case that is no duplicate (or one not known).
/// `next` gives a case's current original.
pub fn cycle(start: &CaseId, next: impl Fn(&CaseId) -> Option<CaseId>) -> Option<Vec<CaseId>> {
    let mut chain = vec![start.clone()];
    let mut at = start.clone();
    while let Some(n) = next(&at) {
        let back = chain.contains(&n);
        chain.push(n.clone());
        if back {
            return Some(chain);
        }
        at = n;
    }
    None
}

/// The current original of every case closed as a duplicate.
pub fn originals(cases: &[&Case]) -> HashMap<CaseId, CaseId> {
    cases
        .iter()
        .filter_map(|c| duplicate_of(c).map(|o| (c.id.clone(), o.clone())))
        .collect()
}

/// "A → B → A".
pub fn show_chain(chain: &[CaseId]) -> String {
    chain
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" → ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u32) -> CaseId {
        CaseId::parse(&format!("NJ-2026-{n:04}")).unwrap()
    }

    #[test]
    fn chains_that_come_back_are_cycles() {
        let links: HashMap<CaseId, CaseId> = [
            (id(1), id(2)),
            (id(2), id(3)),
            (id(3), id(1)),
            (id(4), id(2)),
            (id(5), id(6)),
        ]
        .into_iter()
        .collect();
        let next = |c: &CaseId| links.get(c).cloned();
        assert_eq!(
            show_chain(&cycle(&id(1), next).unwrap()),
            "NJ-2026-0001 → NJ-2026-0002 → NJ-2026-0003 → NJ-2026-0001"
        );
        assert_eq!(cycle(&id(4), next).unwrap().len(), 5);
        assert_eq!(cycle(&id(5), next), None);
        let own = |_: &CaseId| Some(id(7));
        assert_eq!(cycle(&id(7), own).unwrap().len(), 2);
    }
}
