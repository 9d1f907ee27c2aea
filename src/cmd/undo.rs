//! `lane undo`: takes back the last change lane committed (the rules are the
//! store's, [`crate::store::undo`]) and says what it took back.

use super::{say, Ctx};
use crate::error::Result;

pub fn run(ctx: &Ctx) -> Result<()> {
    let store = ctx.store()?;
    let undone = store.undo(ctx.no_commit)?;
    say(&crate::msg!(
        "cmd-undid",
        subject = undone.subject.as_str(),
        commit = undone.short.as_str()
    ));
    Ok(())
}
