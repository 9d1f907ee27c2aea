//! Whether a patrol row fits the registries it names: the lane leader held the post
//! on its day, and a visited household lives in the alley patrolled. `lane patrol`
//! refuses a row that does not fit (a household of another alley only without
//! `--force`); `lane check` warns of existing ones. Pure: no I/O.

use chrono::NaiveDate;

use super::patrol::Patrol;
use super::registry::{Household, Leader};

/// Why `leader` could not have patrolled on `day` (before `since`, after `until`).
pub fn leader_serving(leader: &Leader, day: NaiveDate) -> Result<(), String> {
    if leader.serves_on(day) {
        return Ok(());
    }
    let date = |d: Option<NaiveDate>| d.map_or_else(|| "…".to_string(), |d| d.to_string());
    Err(crate::msg!(
        "store-leader-not-serving",
        leader = leader.id.to_string(),
        name = leader.name.as_str(),
        since = date(leader.since),
        until = date(leader.until),
        day = day.to_string()
    ))
}

/// Why a visit in `p`'s alley to household `h` is out of place: `h` lives in another.
pub fn household_in_alley(p: &Patrol, h: &Household) -> Result<(), String> {
    if h.alley == p.alley {
        return Ok(());
    }
    Err(crate::msg!(
        "store-household-other-alley",
        household = h.id.to_string(),
        head = h.head.as_str(),
        its = h.alley.to_string(),
        alley = p.alley.to_string()
    ))
}

/// Both checks of a row, as messages (for `lane check`'s warnings).
pub fn misfits(p: &Patrol, leader: Option<&Leader>, household: Option<&Household>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(l) = leader {
        out.extend(leader_serving(l, p.date).err());
    }
    if let Some(h) = household {
        out.extend(household_in_alley(p, h).err());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::registry::Record;

    fn leader(since: &str, until: &str) -> Leader {
        let f: Vec<String> = [
            "L01",
            "张桂兰",
            "",
            "A01",
            "cadre",
            "two-committees",
            since,
            until,
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        Leader::from_fields(&f).unwrap()
    }

    #[test]
    fn a_leader_patrols_only_while_in_post() {
        let d = |s: &str| crate::model::time::parse_date(s).unwrap();
        let l = leader("2026-03-01", "2026-10-31");
        assert!(leader_serving(&l, d("2026-03-01")).is_ok());
        assert!(leader_serving(&l, d("2026-10-31")).is_ok());
        let e = leader_serving(&l, d("2026-02-28")).unwrap_err();
        assert!(e.contains("from 2026-03-01 to 2026-10-31"), "{e}");
        assert!(leader_serving(&l, d("2026-11-01")).is_err());
        assert!(leader_serving(&leader("", ""), d("1990-01-01")).is_ok());
    }
}
