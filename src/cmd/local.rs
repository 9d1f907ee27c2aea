//! `lane local`: this clone's own settings in the git-ignored local.toml — the
//! station code that keeps case IDs of parallel clones apart, and the default
//! `--by`.

use super::{say, Ctx};
use crate::cli::LocalArgs;
use crate::error::{Error, Result};
use crate::model::ids::check_station;
use crate::store::{IndexCheck, LOCAL_FILE};

pub fn run(ctx: &Ctx, a: LocalArgs) -> Result<()> {
    let (station, by) = (a.station, a.by);
    let store = ctx.store()?;
    let mut local = store.local()?;
    if station.is_none() && by.is_none() && a.index_check.is_none() {
        let st = match &local.station {
            None => "(not set: this clone cannot open cases)".to_string(),
            Some(s) if s.is_empty() => "\"\" (the village's own clone)".to_string(),
            Some(s) => s.clone(),
        };
        let check = match local.index_check {
            Some(IndexCheck::Folders) => "folders (unchanged year folders are trusted)",
            _ => "files (every case file is checked)",
        };
        let text = format!(
            "station  {st}\nby       {}\nindex    {check}\n",
            local.by.as_deref().unwrap_or("(not set)")
        );
        return crate::render::write_stdout(&crate::render::printable(&text));
    }
    if let Some(s) = station {
        check_station(&s).map_err(|e| Error::input(format!("--station: {e}")))?;
        local.station = Some(s);
    }
    if let Some(c) = a.index_check {
        local.index_check = Some(c);
    }
    if let Some(b) = by {
        local.by = Some(b).filter(|b| !b.trim().is_empty());
    }
    store.save_local(&local)?;
    say(&format!("saved {LOCAL_FILE}"));
    Ok(())
}
