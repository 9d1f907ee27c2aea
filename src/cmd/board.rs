//! `lane board`: the public notice (挂牌公示) of every alley with its lane leader,
//! phone, villager group and household count, and the duties from lane.toml. The
//! layout lives in `render::board`; this gathers what it says.

use clap::ValueEnum;

use super::Ctx;
use crate::cli::{BoardArgs, BoardStyle};
use crate::error::{Error, Result};
use crate::model::registry::{Alley, Household, Leader};
use crate::render::board::{self, Board, BoardAlley};
use crate::render::{self, Format};
use crate::store::Store;

pub fn run(ctx: &Ctx, a: BoardArgs) -> Result<()> {
    // `--format` chooses, as everywhere; `--as` is the older spelling and wins.
    let style = match (a.style, ctx.format) {
        (Some(s), _) => s,
        (None, Format::Table) => BoardStyle::Txt,
        (None, Format::Md) => BoardStyle::Md,
        (None, Format::Html) => BoardStyle::Html,
        (None, other) => {
            let name = other
                .to_possible_value()
                .map_or(String::new(), |v| v.get_name().to_string());
            return Err(
                Error::input(crate::msg!("cmd-board-not-a-listing", format = name))
                    .hint(crate::msg!("cmd-board-not-a-listing-hint")),
            );
        }
    };
    let b = gather(&ctx.store()?)?;
    let text = match style {
        BoardStyle::Txt => board::txt(&b),
        BoardStyle::Md => board::md(&b),
        BoardStyle::Html => board::html(&b),
    };
    render::write_stdout(&text)
}

/// The board of the data folder as it stands today: an alley's lane leader is its
/// `leader` whose post is current; otherwise the post shows as vacant.
pub fn gather(store: &Store) -> Result<Board> {
    let alleys = store.load::<Alley>()?;
    let leaders = store.load::<Leader>()?;
    let households = store.load::<Household>()?;
    let today = store.now.date_naive();
    let v = &store.config.village;
    Ok(Board {
        village: v.name.clone(),
        place: [&v.town, &v.county]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect(),
        date: today.to_string(),
        alleys: alleys
            .iter()
            .map(|a| {
                let leader = a
                    .leader
                    .as_ref()
                    .and_then(|l| leaders.get(l.as_str()))
                    .filter(|l| l.serves_on(today));
                BoardAlley {
                    id: a.id.to_string(),
                    name: a.name.clone(),
                    group: a.group.clone(),
                    leader: leader.map(|l| l.name.clone()),
                    phone: leader.map(|l| l.phone.clone()).unwrap_or_default(),
                    households: households.iter().filter(|h| h.alley == a.id).count(),
                }
            })
            .collect(),
        duties: store.config.duties.clone(),
        lang: store.config.lang(),
    })
}
