//! `lane attach ID FILE [--as KIND]`: keeps a photo or document with a case. The
//! file is read and made ready (a photo scaled to a small JPEG) before the folder
//! is locked; the change stores it under its content hash unless it is stored
//! already and appends an `attach` event, in one commit. Attaching changes
//! nothing of the case's state.

use std::path::Path;

use super::case::act;
use super::columns::labelled;
use super::{say, words, Ctx};
use crate::cli::AttachArgs;
use crate::error::{Error, Result};
use crate::model::attachment::{
    prepare, size_words, too_big, AttachConfig, AttachKind, Attached, Prepared,
};
use crate::model::case::{Action, Case, Event};
use crate::model::lifecycle::{State, Status};
use crate::model::time::{rfc3339, short_time};
use crate::msg;
use crate::render::ledger_photos::{self, Photo, Sheet};
use crate::render::Table;
use crate::store::Store;

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

/// A case's attachments with their events, in the order attached.
pub fn of_case(case: &Case) -> impl Iterator<Item = (&Event, &Attached)> {
    case.events.iter().filter_map(|e| match &e.action {
        Action::Attach(a) => Some((e, a)),
        _ => None,
    })
}

/// `lane show`'s table of a case's attachments: when, what, the original name,
/// the size and the stored file (for people the words and the size in KB, for
/// machines the keys and bytes). At a narrow terminal the name and the stored
/// file's path (64 hex digits of hash) wrap rather than break the table.
pub(super) fn table(store: &Store, case: &Case, people: bool) -> Table {
    let t = Table::new(&["at", "kind", "name", "size", "file"]).wrap(&["name", "file"]);
    let mut t = labelled(
        t,
        &[
            ("name", msg!("cmd-attach-col-name")),
            ("size", msg!("cmd-attach-col-size")),
            ("file", msg!("cmd-attach-col-file")),
        ],
    );
    for (ev, a) in of_case(case) {
        let (kind, size) = match people {
            true => (words::attach_kind(a.kind), size_words(a.size)),
            false => (a.kind.as_str().to_string(), a.size.to_string()),
        };
        let at = short_time(&ev.at, store.config.offset());
        t.push(vec![at, kind, a.name.clone(), size, a.rel()]);
    }
    t
}

/// `lane show --format json`'s `attachments`: every key always there.
pub(super) fn json(case: &Case, tz: chrono::FixedOffset) -> serde_json::Value {
    let all: Vec<serde_json::Value> = of_case(case)
        .map(|(ev, a)| {
            serde_json::json!({
                "at": rfc3339(&ev.at, tz),
                "by": ev.by,
                "kind": a.kind.as_str(),
                "name": a.name,
                "size": a.size,
                "hash": a.hash,
                "file": a.rel(),
                "note": (!ev.note.is_empty()).then(|| ev.note.clone()),
            })
        })
        .collect();
    serde_json::Value::Array(all)
}

/// The before/after photos of `lane ledger case ID --format html`, embedded.
pub(super) fn photo_sheet(store: &Store, id: &str) -> crate::error::Result<String> {
    let id = store.resolve_case_id(id)?;
    let case = store.load_case(&id)?.case;
    let tz = store.config.offset();
    let photo = |ev: &Event, a: &Attached| Photo {
        caption: format!("{} · {}", short_time(&ev.at, tz), a.name),
        jpeg: store.attachment_bytes(a),
        missing: msg!("cmd-attach-photo-missing", path = a.rel()),
    };
    let side = |k: AttachKind| -> Vec<Photo> {
        of_case(&case)
            .filter(|(_, a)| a.kind == k)
            .map(|(ev, a)| photo(ev, a))
            .collect()
    };
    Ok(ledger_photos::html(&Sheet {
        title: msg!("cmd-attach-photos-title"),
        before_heading: words::attach_kind(AttachKind::Before),
        after_heading: words::attach_kind(AttachKind::After),
        before: side(AttachKind::Before),
        after: side(AttachKind::After),
    }))
}
