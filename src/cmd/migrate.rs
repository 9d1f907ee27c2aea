//! `lane migrate [--dry-run]`: upgrades a data folder of an older format to the one
//! this lane writes, in one commit (see `store::migrate`).

use super::{say, Ctx};
use crate::cli::MigrateArgs;
use crate::error::Result;
use crate::model::config::FORMAT_VERSION;
use crate::msg;

pub fn run(ctx: &Ctx, a: MigrateArgs) -> Result<()> {
    let mut store = ctx.store()?;
    match store.migrate(a.dry_run)? {
        None => say(&msg!("cmd-migrate-nothing", format = FORMAT_VERSION)),
        Some(m) if a.dry_run => say(&msg!("cmd-migrate-dry-run", summary = m.summary())),
        Some(m) => say(&msg!("cmd-migrated", summary = m.summary())),
    }
    Ok(())
}
