//! `lane local`: this clone's own settings in the git-ignored local.toml — the
//! station code that keeps ticket IDs of parallel clones apart, and the default
//! `--by`.

use super::{say, Ctx};
use crate::cli::LocalArgs;
use crate::error::{Error, Result};
use crate::model::ids::check_station;
use crate::store::fsio::{lock, Batch};
use crate::store::ticketfile::quote;
use crate::store::{IndexCheck, LOCAL_FILE};

pub fn run(ctx: &Ctx, a: LocalArgs) -> Result<()> {
    let (station, by) = (a.station, a.by);
    let store = ctx.store()?;
    let mut local = store.local()?;
    if station.is_none() && by.is_none() && a.index_check.is_none() {
        let st = match &local.station {
            None => "(not set: this clone cannot open tickets)".to_string(),
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
    let mut text = String::from("# This clone's own settings; git-ignored, never shared.\n");
    if let Some(s) = &local.station {
        text.push_str(&format!("station = {}\n", quote(s)));
    }
    if let Some(b) = &local.by {
        text.push_str(&format!("by = {}\n", quote(b)));
    }
    if let Some(c) = local.index_check {
        let word = match c {
            IndexCheck::Files => "files",
            IndexCheck::Folders => "folders",
        };
        text.push_str(&format!("index_check = \"{word}\"\n"));
    }
    let _lock = lock(&store.root)?;
    let mut batch = Batch::new();
    batch.put(store.path(LOCAL_FILE), text.into_bytes());
    batch.apply()?;
    say(&format!("saved {LOCAL_FILE}"));
    Ok(())
}
