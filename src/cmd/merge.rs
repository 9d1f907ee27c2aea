//! `lane merge-driver`: git's merge driver for case files (see
//! `store::casemerge`). `--install` registers it in this clone; git then calls
//! `lane merge-driver BASE OURS THEIRS` for every case file both sides changed.

use std::path::Path;

use super::{say, Ctx};
use crate::cli::MergeDriverArgs;
use crate::error::{Error, Result};
use crate::msg;
use crate::store::casemerge::{install, write_conflict};
use crate::store::patrolmerge;
use crate::store::Store;

/// Registers the driver in the clone at `root`, with this lane binary: by the
/// name `lane` when that is what `PATH` finds (so the registration survives an
/// upgrade that moves the binary), else by its absolute path.
pub fn install_here(root: &Path) -> Result<()> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::refused(msg!("cmd-merge-no-binary", error = e.to_string())))?;
    let lane = match crate::store::casemerge::on_path("lane") {
        Some(found) if same_file(&found, &exe) => std::path::PathBuf::from("lane"),
        _ => exe,
    };
    install(root, &lane).map_err(|why| {
        Error::refused(msg!("cmd-merge-cannot-install", why = why.to_string()))
            .hint(msg!("cmd-merge-cannot-install-hint"))
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

pub fn run(ctx: &Ctx, a: MergeDriverArgs) -> Result<()> {
    if a.install {
        install_here(&ctx.data)?;
        say(&msg!(
            "cmd-merge-installed",
            dir = ctx.data.display().to_string()
        ));
        return Ok(());
    }
    let (Some(base), Some(ours), Some(theirs)) = (&a.base, &a.ours, &a.theirs) else {
        return Err(Error::input(msg!("cmd-merge-usage")));
    };
    let why = match merge(base, ours, theirs, a.path.as_deref()) {
        Ok(None) => return Ok(()),
        Ok(Some(why)) => why,
        Err(e) => {
            // Whatever went wrong, git must see a conflict, never a clean merge.
            let _ = write_conflict(ours, theirs);
            let why = super::words::joined(&e.problems);
            return Err(Error::refused(msg!("cmd-merge-failed", why = why))
                .hint(msg!("cmd-merge-failed-hint")));
        }
    };
    Err(Error::refused(why).hint(msg!("cmd-merge-conflict-hint")))
}

/// Merges one file: a patrol log by row ID, a case file by its events with the
/// village's rules; `Some(why)` when it is left as a conflict (markers written).
fn merge(base: &Path, ours: &Path, theirs: &Path, path: Option<&str>) -> Result<Option<String>> {
    // Git runs the driver at the top of the work tree: the village's lane.toml gives
    // the rules the merged events must follow.
    let cfg = Store::open(&crate::store::locate(None))
        .ok()
        .map(|s| s.config);
    patrolmerge::merge_driver(base, ours, theirs, path, cfg.as_ref())
}
