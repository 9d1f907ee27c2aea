//! `lane attach ID FILE [--as KIND]`: keeps a photo or document with a case. The
//! file is read and made ready (a photo scaled to a small JPEG) before the folder
//! is locked; the change stores it under its content hash unless it is stored
//! already and appends an `attach` event, in one commit. Attaching changes
//! nothing of the case's state.

use std::path::Path;

use super::case::act;
use super::{say, Ctx};
use crate::cli::AttachArgs;
use crate::error::{Error, Result};
use crate::model::attachment::{
    prepare, size_words, too_big, AttachConfig, AttachKind, Attached, Prepared,
};
use crate::model::case::{Action, Event};
use crate::model::lifecycle::{State, Status};
use crate::msg;

pub fn run(ctx: &Ctx, a: AttachArgs) -> Result<()> {
    let cfg = ctx.store()?.config.attachments.clone();
    let name = file_name(&a.file);
    let bytes = read_input(&a.file, &name, &cfg)?;
    let asked = a.kind.unwrap_or(AttachKind::Document);
    let p = prepare(bytes, &name, asked, &cfg)
        .map_err(|e| Error::input(e).hint(msg!("cmd-attach-hint", max = cfg.max_mb)))?;
    let mut stored = None;
    act(ctx, &a.id, &a.actor, |tx, _, state, at, by| {
        let kind = a.kind.unwrap_or_else(|| default_kind(&p, state));
        let (hash, new) = tx.put_attachment(&p)?;
        let att = Attached {
            kind,
            hash,
            ext: p.ext.clone(),
            name: name.clone(),
            size: p.bytes.len() as u64,
        };
        stored = Some((att.rel(), new));
        Ok(vec![Event::new(at, by, Action::Attach(att), &a.note)])
    })?;
    if let Some((rel, new)) = stored {
        say(&stored_words(&rel, new, &p));
    }
    Ok(())
}

/// A photo without `--as` is before while the case is open and after once it is
/// resolved or closed; anything else is a document.
fn default_kind(p: &Prepared, state: &State) -> AttachKind {
    match (p.photo.is_some(), state.status) {
        (false, _) => AttachKind::Document,
        (true, Status::Open) => AttachKind::Before,
        (true, _) => AttachKind::After,
    }
}

/// The file's own name, as the event records it.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The file's bytes; a missing file, a folder or a file over the limit is bad
/// input, refused before it is read.
fn read_input(path: &Path, name: &str, cfg: &AttachConfig) -> Result<Vec<u8>> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::input(msg!(
            "cmd-attach-cannot-read",
            file = shown.as_str(),
            why = e.to_string()
        ))
    })?;
    if !meta.is_file() {
        return Err(Error::input(msg!(
            "cmd-attach-not-a-file",
            file = shown.as_str()
        )));
    }
    if meta.len() > cfg.max_bytes() {
        return Err(Error::input(too_big(name, meta.len(), cfg))
            .hint(msg!("cmd-attach-hint", max = cfg.max_mb)));
    }
    std::fs::read(path).map_err(|e| {
        Error::input(msg!(
            "cmd-attach-cannot-read",
            file = shown.as_str(),
            why = e.to_string()
        ))
    })
}

/// Where the file went: stored now (a photo: from which size to which), or
/// stored already by an earlier attachment.
fn stored_words(rel: &str, new: bool, p: &Prepared) -> String {
    let size = size_words(p.bytes.len() as u64);
    match (new, p.photo) {
        (false, _) => msg!("cmd-attach-same", path = rel),
        (true, Some(((w0, h0), (w, h)))) => msg!(
            "cmd-attach-stored-photo",
            path = rel,
            size = size,
            from = format!("{w0}×{h0}"),
            to = format!("{w}×{h}")
        ),
        (true, None) => msg!("cmd-attach-stored", path = rel, size = size),
    }
}
