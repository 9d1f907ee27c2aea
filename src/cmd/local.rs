//! `lane local`: this clone's own settings in the git-ignored local.toml — the
//! station code that keeps case IDs of parallel clones apart, and the default
//! `--by`.

use super::{say, Ctx};
use crate::cli::LocalArgs;
use crate::error::{Error, Result};
use crate::model::ids::check_station;
use crate::msg;
use crate::store::{IndexCheck, LOCAL_FILE};

pub fn run(ctx: &Ctx, a: LocalArgs) -> Result<()> {
    let (station, by) = (a.station, a.by);
    let store = ctx.store()?;
    let mut local = store.local()?;
    if station.is_none() && by.is_none() && a.index_check.is_none() {
        let station = match &local.station {
            None => msg!("cmd-local-no-station"),
            Some(s) if s.is_empty() => msg!("cmd-local-village-station"),
            Some(s) => s.clone(),
        };
        let check = match local.index_check {
            Some(IndexCheck::Folders) => msg!("cmd-local-index-folders"),
            _ => msg!("cmd-local-index-files"),
        };
        let by = local
            .by
            .clone()
            .unwrap_or_else(|| msg!("cmd-local-not-set"));
        let text = format!(
            "{}\n{}\n{}\n",
            msg!("cmd-local-station", value = station),
            msg!("cmd-local-by", value = by),
            msg!("cmd-local-index", value = check)
        );
        return crate::render::write_stdout(&crate::render::printable(&text));
    }
    if let Some(s) = station {
        check_station(&s).map_err(|e| Error::input(super::words::labelled("--station", &e)))?;
        local.station = Some(s);
    }
    if let Some(c) = a.index_check {
        local.index_check = Some(c);
    }
    if let Some(b) = by {
        local.by = Some(b).filter(|b| !b.trim().is_empty());
    }
    store.save_local(&local)?;
    say(&msg!("cmd-local-saved", file = LOCAL_FILE));
    Ok(())
}
