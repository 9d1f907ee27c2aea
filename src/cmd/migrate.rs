//! `lane migrate [--dry-run]`: upgrades a data folder of an older format to the one
//! this lane writes, in one commit (see `store::migrate`).

use super::{say, Ctx};
use crate::cli::MigrateArgs;
use crate::error::Result;
use crate::model::config::FORMAT_VERSION;

pub fn run(ctx: &Ctx, a: MigrateArgs) -> Result<()> {
    let mut store = ctx.store()?;
    match store.migrate(a.dry_run)? {
        None => say(&format!(
            "this folder is format {FORMAT_VERSION} already: nothing to migrate"
        )),
        Some(m) if a.dry_run => say(&format!(
            "would migrate: {} (dry run: nothing written)",
            m.summary()
        )),
        Some(m) => say(&format!("migrated: {}", m.summary())),
    }
    Ok(())
}
