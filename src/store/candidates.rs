//! The folder's own values for shell completion: categories and levels from
//! lane.toml, the registered alleys, leaders and households, and case IDs by
//! state from the derived index (no case file is read).

use crate::error::Result;
use crate::model::lifecycle::{fold_events, Rules, Status};
use crate::model::registry::{Alley, Household, Leader};

use super::Store;

/// What a flag or positional completes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Values {
    Categories,
    Levels,
    Alleys,
    Leaders,
    Households,
    /// The IDs of the cases in one of these states.
    Cases(&'static [Status]),
}

/// One value and what it names (shown beside it where the shell can).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub value: String,
    pub help: String,
}

fn candidate(value: impl ToString, help: &str) -> Candidate {
    Candidate {
        value: value.to_string(),
        help: help.to_string(),
    }
}

impl Store {
    /// The values `what` may take in this folder, in the folder's order.
    pub fn candidates(&self, what: Values) -> Result<Vec<Candidate>> {
        let cfg = &self.config;
        Ok(match what {
            Values::Categories => cfg
                .categories
                .iter()
                .map(|c| candidate(&c.key, &c.name))
                .collect(),
            Values::Levels => cfg
                .levels
                .iter()
                .map(|l| candidate(&l.key, &l.name))
                .collect(),
            Values::Alleys => self
                .load::<Alley>()?
                .iter()
                .map(|a| candidate(&a.id, &a.name))
                .collect(),
            Values::Leaders => self
                .load::<Leader>()?
                .iter()
                .map(|l| candidate(&l.id, &l.name))
                .collect(),
            Values::Households => self
                .load::<Household>()?
                .iter()
                .map(|h| candidate(&h.id, &h.head))
                .collect(),
            Values::Cases(states) => {
                let index = self.index()?;
                let mut out: Vec<Candidate> = index
                    .entries()
                    .iter()
                    .filter_map(|e| {
                        let body = e.body.as_ref().ok()?;
                        let rules = Rules::for_category(cfg, &body.category);
                        let state = fold_events(&body.events(cfg), &rules).ok()?;
                        let id = e.case_id()?;
                        states
                            .contains(&state.status)
                            .then(|| candidate(id, &body.title))
                    })
                    .collect();
                out.sort_by(|a, b| a.value.cmp(&b.value));
                out
            }
        })
    }
}
