//! The tables of the registries: `alleys`, `leaders`, `households`, each a row per
//! row of its CSV file, and the village's own: `villages`, `levels`, `categories`
//! from lane.toml.

use super::{Input, Rows};
use crate::error::Result;
use crate::model::registry::{Alley, Household, Leader};
use crate::render::export::{col, Cell, Column, Kind::*};

pub const VILLAGES: &[Column] = &[
    col("village", Text),
    col("name", Text),
    col("town", Text),
    col("county", Text),
    col("utc_offset", Text),
    col("utc_offset_minutes", Int),
    col("format", Int),
    col("exported_at", Time),
];

pub fn villages(src: &Input) -> Result<Rows> {
    let cfg = &src.store.config;
    let v = &cfg.village;
    let row = vec![
        Cell::text(src.code),
        Cell::text(&v.name),
        Cell::text_or_null(&v.town),
        Cell::text_or_null(&v.county),
        Cell::text(&v.utc_offset),
        Cell::Int(i64::from(cfg.offset().local_minus_utc() / 60)),
        Cell::int(cfg.format),
        Cell::Time(src.now),
    ];
    Ok((vec![row], Vec::new()))
}

pub const LEVELS: &[Column] = &[
    col("village", Text),
    col("rank", Int),
    col("key", Text),
    col("name", Text),
    col("deadline_days", Int),
];

pub fn levels(src: &Input) -> Result<Rows> {
    let rows = src.store.config.levels.iter().enumerate();
    let rows = rows
        .map(|(i, l)| {
            vec![
                Cell::text(src.code),
                Cell::Int(i as i64),
                Cell::text(&l.key),
                Cell::text(&l.name),
                Cell::int(l.deadline_days),
            ]
        })
        .collect();
    Ok((rows, Vec::new()))
}

pub const CATEGORIES: &[Column] = &[
    col("village", Text),
    col("key", Text),
    col("name", Text),
    col("return_visit", Bool),
];

pub fn categories(src: &Input) -> Result<Rows> {
    let rows = src.store.config.categories.iter();
    let rows = rows
        .map(|c| {
            vec![
                Cell::text(src.code),
                Cell::text(&c.key),
                Cell::text(&c.name),
                Cell::Bool(c.return_visit),
            ]
        })
        .collect();
    Ok((rows, Vec::new()))
}

pub const ALLEYS: &[Column] = &[
    col("village", Text),
    col("id", Text),
    col("name", Text),
    col("villager_group", Text),
    col("leader", Text),
    col("note", Text),
];

pub fn alleys(src: &Input) -> Result<Rows> {
    let (reg, problems) = src.store.load_lenient::<Alley>()?;
    let rows = reg
        .iter()
        .map(|a| {
            vec![
                Cell::text(src.code),
                Cell::text(a.id.as_str()),
                Cell::text(&a.name),
                Cell::text_or_null(&a.group),
                Cell::opt(a.leader.as_ref(), |l| Cell::text(l.as_str())),
                Cell::text_or_null(&a.note),
            ]
        })
        .collect();
    Ok((rows, problems))
}

pub const LEADERS: &[Column] = &[
    col("village", Text),
    col("id", Text),
    col("name", Text),
    col("phone", Text),
    col("alley", Text),
    col("background", Text),
    col("selected_by", Text),
    col("since", Date),
    col("until", Date),
    col("note", Text),
];

pub fn leaders(src: &Input) -> Result<Rows> {
    let (reg, problems) = src.store.load_lenient::<Leader>()?;
    let rows = reg
        .iter()
        .map(|l| {
            vec![
                Cell::text(src.code),
                Cell::text(l.id.as_str()),
                Cell::text(&l.name),
                Cell::text_or_null(&l.phone),
                Cell::opt(l.alley.as_ref(), |a| Cell::text(a.as_str())),
                Cell::text(l.background.as_str()),
                Cell::text(l.selected_by.as_str()),
                Cell::opt(l.since, Cell::Date),
                Cell::opt(l.until, Cell::Date),
                Cell::text_or_null(&l.note),
            ]
        })
        .collect();
    Ok((rows, problems))
}

pub const HOUSEHOLDS: &[Column] = &[
    col("village", Text),
    col("id", Text),
    col("head", Text),
    col("alley", Text),
    col("address", Text),
    col("members", Int),
    col("phone", Text),
    col("tags", Text),
    col("note", Text),
    col("registered", Date),
];

pub fn households(src: &Input) -> Result<Rows> {
    let (reg, problems) = src.store.load_lenient::<Household>()?;
    let rows = reg
        .iter()
        .map(|h| {
            vec![
                Cell::text(src.code),
                Cell::text(h.id.as_str()),
                Cell::text(&h.head),
                Cell::text(h.alley.as_str()),
                Cell::text_or_null(&h.address),
                Cell::opt(h.members, Cell::int),
                Cell::text_or_null(&h.phone),
                Cell::text_or_null(&h.tags),
                Cell::text_or_null(&h.note),
                Cell::opt(h.registered, Cell::Date),
            ]
        })
        .collect();
    Ok((rows, problems))
}
