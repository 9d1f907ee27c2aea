//! `lane merge-driver`: git's merge driver for case files (see
//! `store::casemerge`). `--install` registers it in this clone; git then calls
//! `lane merge-driver BASE OURS THEIRS` for every case file both sides changed.

use std::path::Path;

use super::{say, Ctx};
use crate::cli::MergeDriverArgs;
use crate::error::{Error, Result};
use crate::store::casemerge::{install, merge_files};
use crate::store::Store;

/// Registers the driver in the clone at `root`, with this lane binary.
pub fn install_here(root: &Path) -> Result<()> {
    let lane = std::env::current_exe()
        .map_err(|e| Error::refused(format!("cannot find the lane binary: {e}")))?;
    install(root, &lane).map_err(|why| {
        Error::refused(format!("cannot register the merge driver: {why}"))
            .hint("the clone still works; concurrent changes of one case then conflict and are merged by hand")
    })
}

pub fn run(ctx: &Ctx, a: MergeDriverArgs) -> Result<()> {
    if a.install {
        install_here(&ctx.data)?;
        say(&format!(
            "git now merges the case files of {} by keeping both sides' events",
            ctx.data.display()
        ));
        return Ok(());
    }
    let (Some(base), Some(ours), Some(theirs)) = (&a.base, &a.ours, &a.theirs) else {
        return Err(Error::input(
            "give BASE OURS THEIRS (git does, as %O %A %B), or --install",
        ));
    };
    // Git runs the driver at the top of the work tree: the village's lane.toml gives
    // the rules the merged events must follow.
    let cfg = Store::open(&crate::store::locate(None))
        .ok()
        .map(|s| s.config);
    if merge_files(base, ours, theirs, cfg.as_ref())? {
        Ok(())
    } else {
        Err(Error::refused(
            "both sides changed this case file in a way that is not just new events, or their events together are not a possible history; git marks the conflict for a person to decide",
        ))
    }
}
