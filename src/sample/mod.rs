//! Deterministic sample villages: the registries of a village of Nanjie's size and,
//! optionally, years of plausible cases and patrols. `lane init --sample`, the
//! repository's `data/` and the benchmarks (`examples/gen.rs`) all come from here.

pub mod cases;
mod names;

use chrono::NaiveDate;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::error::Result;
use crate::model::case::Case;
use crate::model::ids::{AlleyId, HouseholdId, LeaderId};
use crate::model::patrol::Patrol;
use crate::model::registry::{Alley, Background, Household, Leader, Record, SelectedBy};
use crate::store::atomic::Batch;
use crate::store::Store;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    pub seed: u64,
    pub alleys: usize,
    pub groups: usize,
    pub households: usize,
    /// Cases and patrols from the first day up to (not including) the second.
    pub cases: Option<(NaiveDate, NaiveDate)>,
    /// Cases per year relative to Nanjie's (1.0: about 740 a year).
    pub scale: f64,
    /// The day every lane leader took the post; no record may be older (a patrol
    /// before it is refused and warned of).
    pub leaders_since: NaiveDate,
}

impl Default for Options {
    /// Nanjie Village: 5 villager groups, 14 alleys, 566 households.
    fn default() -> Self {
        Options {
            seed: 2022,
            alleys: 14,
            groups: 5,
            households: 566,
            cases: None,
            scale: 1.0,
            leaders_since: NaiveDate::from_ymd_opt(2021, 3, 1).expect("a date"),
        }
    }
}

/// The registries of a sample village.
pub struct Registries {
    pub alleys: Vec<Alley>,
    pub leaders: Vec<Leader>,
    pub households: Vec<Household>,
}

fn person(rng: &mut ChaCha8Rng) -> String {
    let mut s = names::SURNAMES.choose(rng).expect("non-empty").to_string();
    for _ in 0..rng.gen_range(1..=2) {
        s.push_str(names::GIVEN.choose(rng).expect("non-empty"));
    }
    s
}

fn phone(rng: &mut ChaCha8Rng) -> String {
    let prefix = ["138", "139", "150", "152", "158", "186", "187", "133"]
        .choose(rng)
        .expect("x");
    format!("{prefix}{:08}", rng.gen_range(0..100_000_000u32))
}

/// Generates the registries.
pub fn registries(opts: &Options) -> Registries {
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let mut alleys = Vec::new();
    let mut leaders = Vec::new();
    for i in 0..opts.alleys {
        let aid = AlleyId::new(&format!("A{:02}", i + 1)).expect("valid");
        let lid = LeaderId::new(&format!("L{:02}", i + 1)).expect("valid");
        let name = match names::ALLEYS.get(i) {
            Some(n) => n.to_string(),
            None => format!("第{}巷", i + 1),
        };
        let group = names::GROUPS[i * opts.groups / opts.alleys.max(1) % names::GROUPS.len()];
        alleys.push(Alley {
            id: aid.clone(),
            name,
            group: group.to_string(),
            leader: Some(lid.clone()),
            note: String::new(),
        });
        let background = *[
            Background::PartyMember,
            Background::PartyMember,
            Background::Cadre,
            Background::Respected,
        ]
        .choose(&mut rng)
        .expect("x");
        let selected_by = *[
            SelectedBy::PartyMembersAndMasses,
            SelectedBy::HouseholdRecommendation,
            SelectedBy::TwoCommittees,
        ]
        .choose(&mut rng)
        .expect("x");
        leaders.push(Leader {
            id: lid,
            name: person(&mut rng),
            phone: phone(&mut rng),
            alley: Some(aid),
            background,
            selected_by,
            since: Some(opts.leaders_since),
            until: None,
            note: String::new(),
        });
    }
    let mut households = Vec::new();
    for i in 0..opts.households {
        let a = &alleys[i * opts.alleys / opts.households.max(1)];
        let n_in_alley = households
            .iter()
            .filter(|h: &&Household| h.alley == a.id)
            .count()
            + 1;
        let mut tags = Vec::new();
        for t in names::TAGS {
            if rng.gen_bool(0.06) {
                tags.push(*t);
            }
        }
        households.push(Household {
            id: HouseholdId::new(&format!("H{:04}", i + 1)).expect("valid"),
            head: person(&mut rng),
            alley: a.id.clone(),
            address: format!("南街村{}{}号", a.group, n_in_alley),
            members: Some(
                *[1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7]
                    .choose(&mut rng)
                    .expect("x"),
            ),
            phone: if rng.gen_bool(0.85) {
                phone(&mut rng)
            } else {
                String::new()
            },
            tags: tags.join(";"),
            note: String::new(),
            registered: None,
        });
    }
    Registries {
        alleys,
        leaders,
        households,
    }
}

fn csv_bytes<R: Record>(records: &[R]) -> Vec<u8> {
    let mut out = crate::store::csvfile::new_file(R::HEADER);
    for r in records {
        out.extend_from_slice(crate::store::csvfile::encode_row(&r.to_fields(), false).as_bytes());
    }
    out
}

/// Writes a sample village into an initialised data folder: the registries and,
/// with `opts.cases`, case files and patrol logs. Generated files are written
/// directly (no per-file fsync): the folder is new and can be made again.
pub fn fill(store: &Store, opts: &Options) -> Result<()> {
    let reg = registries(opts);
    let mut batch = Batch::new();
    batch.put(store.path(Alley::FILE), csv_bytes(&reg.alleys));
    batch.put(store.path(Leader::FILE), csv_bytes(&reg.leaders));
    batch.put(store.path(Household::FILE), csv_bytes(&reg.households));
    batch.apply()?;
    let Some((from, until)) = opts.cases else {
        return Ok(());
    };
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed.wrapping_add(1));
    let (cases, patrols) = cases::generate(
        &store.config,
        &reg,
        &mut rng,
        (from, until),
        until,
        opts.scale,
    );
    write_cases(store, &cases, &patrols)?;
    // The five rounds of star ratings held before the records end.
    let last = chrono::Datelike::year(&until) - 1;
    write_star_rounds(store, &reg, &mut rng, (last - 4)..=last)
}

/// Five-star rounds for `years`: each household has a lasting disposition and a
/// little yearly change, so stars move a bit from round to round; every five-star
/// household was awarded its plaque on 15 December.
pub fn write_star_rounds(
    store: &Store,
    reg: &Registries,
    rng: &mut ChaCha8Rng,
    years: std::ops::RangeInclusive<i32>,
) -> Result<()> {
    let layout = crate::model::stars::Layout::new(&store.config);
    let base: Vec<f64> = reg
        .households
        .iter()
        .map(|_| rng.gen_range(0.6..0.98))
        .collect();
    let mut batch = Batch::new();
    for year in years {
        let rows: Vec<crate::model::stars::StarRow> = reg
            .households
            .iter()
            .zip(&base)
            .map(|(h, p)| {
                let p = (p + rng.gen_range(-0.05..0.05)).clamp(0.0, 1.0);
                let met: Vec<bool> = layout.keys.iter().map(|_| rng.gen_bool(p)).collect();
                let five = met.iter().all(|m| *m);
                crate::model::stars::StarRow {
                    household: h.id.clone(),
                    met: Some(met),
                    awarded: five.then(|| NaiveDate::from_ymd_opt(year, 12, 15).expect("a day")),
                    note: String::new(),
                }
            })
            .collect();
        let rel = format!("{}/{year}.csv", crate::model::stars::DIR);
        batch.put(
            store.path(&rel),
            crate::store::stars::new_round_bytes(&layout, &rows),
        );
    }
    batch.apply()
}

/// Writes case files and monthly patrol files.
pub fn write_cases(store: &Store, cases: &[Case], patrols: &[Patrol]) -> Result<()> {
    let write = |rel: &str, bytes: &[u8]| store.write_new_file(rel, bytes);
    for t in cases {
        write(
            &Store::case_rel(&t.id),
            crate::store::casefile::render(t).as_bytes(),
        )?;
    }
    let mut month: Option<(String, Vec<u8>)> = None;
    let mut seq = 0;
    for p in patrols {
        let rel = Patrol::file_for(p.date);
        if month.as_ref().is_none_or(|(r, _)| *r != rel) {
            if let Some((r, bytes)) = month.take() {
                write(&r, &bytes)?;
            }
            month = Some((
                rel,
                crate::store::csvfile::new_file(crate::model::patrol::HEADER),
            ));
            seq = 0;
        }
        let (_, bytes) = month.as_mut().expect("set above");
        // The village's own clone (station "") numbers the sample's rows.
        seq += 1;
        let p = Patrol {
            id: Some(crate::model::patrol::PatrolId::new(p.date, "", seq)),
            ..p.clone()
        };
        bytes
            .extend_from_slice(crate::store::csvfile::encode_row(&p.to_fields(), false).as_bytes());
    }
    if let Some((r, bytes)) = month {
        write(&r, &bytes)?;
    }
    Ok(())
}
