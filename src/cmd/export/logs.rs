//! The tables of the logs: `patrols` (a row per row of `patrols/*.csv`) and `stars`
//! (a row per household of each five-star round, `stars/*.csv`).

use super::{Input, Rows};
use crate::error::Result;
use crate::model::stars::Layout;
use crate::render::export::{col, Cell, Column, Kind::*};

pub const PATROLS: &[Column] = &[
    col("village", Text),
    col("id", Text),
    col("date", Date),
    col("leader", Text),
    col("alley", Text),
    col("kind", Text),
    col("household", Text),
    col("case_id", Text),
    col("note", Text),
];

pub fn patrols(src: &Input) -> Result<Rows> {
    let (located, problems) = src.store.load_patrols()?;
    let rows = located
        .iter()
        .map(|l| {
            let p = &l.patrol;
            vec![
                Cell::text(src.code),
                Cell::opt(p.id.as_ref(), |i| Cell::text(i.to_string())),
                Cell::Date(p.date),
                Cell::text(p.leader.as_str()),
                Cell::text(p.alley.as_str()),
                Cell::text(p.kind.as_str()),
                Cell::opt(p.household.as_ref(), |h| Cell::text(h.as_str())),
                Cell::opt(p.case.as_ref(), |c| Cell::text(c.to_string())),
                Cell::text_or_null(&p.note),
            ]
        })
        .collect();
    Ok((rows, problems))
}

pub const STARS: &[Column] = &[
    col("village", Text),
    col("round", Text),
    col("household", Text),
    col("rated", Bool),
    col("stars", Int),
    col("criteria_met", Text),
    col("awarded", Date),
    col("note", Text),
];

pub fn stars(src: &Input) -> Result<Rows> {
    let layout = Layout::new(&src.store.config);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for file in src.store.round_files()? {
        let id = match file.id {
            Ok(id) => id,
            Err(why) => {
                problems.push(format!("{}: {why}", file.rel));
                continue;
            }
        };
        let round = match src.store.load_round_lenient(&layout, &id) {
            Ok((round, bad)) => {
                problems.extend(bad);
                round
            }
            Err(e) => {
                problems.extend(e.problems);
                continue;
            }
        };
        for r in round.iter() {
            let met = r.met.as_ref().map(|m| layout.met_keys(m).join(","));
            rows.push(vec![
                Cell::text(src.code),
                Cell::text(id.to_string()),
                Cell::text(r.household.as_str()),
                Cell::Bool(r.met.is_some()),
                Cell::opt(r.stars(), Cell::int),
                Cell::opt(met, Cell::Text),
                Cell::opt(r.awarded, Cell::Date),
                Cell::text_or_null(&r.note),
            ]);
        }
    }
    Ok((rows, problems))
}
