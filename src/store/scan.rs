//! The whole village read at once, leniently: what parsed, and every problem found
//! on the way. `lane check` and reference checks (`remove`) use it.

use crate::error::Result;
use crate::model::registry::{Alley, Household, Leader, Record};
use crate::model::stars::Layout;
use crate::store::cases::Loaded;
use crate::store::patrols::Located;
use crate::store::registry::Registry;
use crate::store::stars::Round;
use crate::store::Store;

pub struct Scan {
    pub alleys: Option<Registry<Alley>>,
    pub leaders: Option<Registry<Leader>>,
    pub households: Option<Registry<Household>>,
    pub cases: Vec<Loaded>,
    pub patrols: Vec<Located>,
    /// The star rounds whose header could be read, with the rows that parsed.
    pub rounds: Vec<Round>,
    /// `path:line: message` for everything that did not parse.
    pub problems: Vec<String>,
}

impl Scan {
    pub fn load(store: &Store) -> Result<Scan> {
        let mut problems = Vec::new();
        let alleys = lenient::<Alley>(store, &mut problems);
        let leaders = lenient::<Leader>(store, &mut problems);
        let households = lenient::<Household>(store, &mut problems);
        let (cases, tp) = store.load_cases()?;
        problems.extend(tp);
        let (patrols, pp) = store.load_patrols()?;
        problems.extend(pp);
        let rounds = rounds(store, &mut problems)?;
        Ok(Scan {
            alleys,
            leaders,
            households,
            cases,
            patrols,
            rounds,
            problems,
        })
    }
}

fn lenient<R: Record>(store: &Store, problems: &mut Vec<String>) -> Option<Registry<R>> {
    match store.load_lenient::<R>() {
        Ok((reg, p)) => {
            problems.extend(p);
            Some(reg)
        }
        Err(e) => {
            problems.extend(e.problems_with_advice());
            None
        }
    }
}

/// Every `stars/*.csv`, leniently: bad names, headers and rows become problems.
fn rounds(store: &Store, problems: &mut Vec<String>) -> Result<Vec<Round>> {
    let layout = Layout::new(&store.config);
    let mut out = Vec::new();
    for f in store.round_files()? {
        match f.id {
            Err(e) => problems.push(format!(
                "{}:1: {}",
                f.rel,
                crate::msg!("store-round-file-name", error = e)
            )),
            Ok(id) => match store.load_round_lenient(&layout, &id) {
                Ok((round, p)) => {
                    problems.extend(p);
                    out.push(round);
                }
                Err(e) => problems.extend(e.problems_with_advice()),
            },
        }
    }
    Ok(out)
}
