//! `lane local`: this clone's own settings in the git-ignored local.toml — the
//! station code that keeps case IDs of parallel clones apart, and the default
//! `--by`.

use super::{say, Ctx};
use crate::cli::LocalArgs;
use crate::error::{Error, Result};
use crate::model::ids::check_station;
use crate::msg;
use crate::store::stations::{render, station_file, Owner};
use crate::store::{IndexCheck, Local, Store, LOCAL_FILE};

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
        register(&store, &mut local, &s)?;
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

/// Takes station `code` for this clone in the village's registry (`stations/`),
/// committed, so that another clone that pulls it is refused the code; refused
/// when another clone has it already. The village's own "" registers nothing.
fn register(store: &Store, local: &mut Local, code: &str) -> Result<()> {
    if code.is_empty() {
        return Ok(());
    }
    let clone = local
        .clone
        .get_or_insert_with(crate::store::stations::new_clone_id)
        .clone();
    if let Owner::Clone(c) = store.station_owner(code) {
        if c == clone {
            return Ok(());
        }
    }
    store.check_own_station(code, Some(&clone))?;
    store.change(|tx| {
        tx.put(&station_file(code), render(code, &clone).into_bytes());
        tx.message(format!("lane: station {code}"));
        Ok(())
    })
}
