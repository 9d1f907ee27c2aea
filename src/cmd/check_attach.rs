//! `lane check` of the attachments: every `attach` event names a stored file
//! that is there, hashes to its name and has the size recorded; every stored file
//! hashes to its name; a file no case refers to is listed (a warning); a git LFS
//! pointer where a file should be is said as such (a clone made without LFS).

use std::collections::{BTreeMap, HashMap};

use super::check_more::{problem, warning, Findings};
use crate::model::attachment::{parse_rel, Attached};
use crate::model::case::Action;
use crate::msg;
use crate::store::attachments::Stored;
use crate::store::scan::Scan;
use crate::store::Store;

pub fn check(store: &Store, snap: &Scan) -> Findings {
    let mut f = Findings::default();
    // Each stored file is read once, however many events name it.
    let mut verdicts: HashMap<String, Option<Stored>> = HashMap::new();
    let mut referred: BTreeMap<String, usize> = BTreeMap::new();
    for l in &snap.cases {
        for ev in &l.case.events {
            let Action::Attach(a) = &ev.action else {
                continue;
            };
            let at = format!("{}:{}", l.rel, ev.line);
            let rel = a.rel();
            *referred.entry(rel.clone()).or_default() += 1;
            let verdict = verdicts
                .entry(rel.clone())
                .or_insert_with(|| store.stored(&rel, &a.hash).ok());
            check_reference(store, &at, a, verdict.as_ref(), &mut f);
        }
    }
    for rel in store.attachment_files() {
        check_stored(
            store,
            &rel,
            verdicts.get(&rel),
            referred.contains_key(&rel),
            &mut f,
        );
    }
    f
}

/// One event's reference: its file is there, and as large as recorded.
fn check_reference(
    store: &Store,
    at: &str,
    a: &Attached,
    verdict: Option<&Stored>,
    f: &mut Findings,
) {
    let rel = a.rel();
    match verdict {
        Some(Stored::Missing) => f.errors.push(problem(
            at,
            msg!("check-attach-missing", path = rel.as_str()),
        )),
        Some(Stored::Pointer) => f.warnings.push(warning(
            at,
            msg!("check-attach-pointer", path = rel.as_str()),
        )),
        Some(Stored::Sound) => {
            let size = std::fs::metadata(store.path(&rel)).map_or(0, |m| m.len());
            if size != a.size {
                f.errors.push(problem(
                    at,
                    msg!(
                        "check-attach-size",
                        path = rel.as_str(),
                        recorded = a.size,
                        size = size
                    ),
                ));
            }
        }
        // A file that differs is said once, at the file itself.
        Some(Stored::Differs(_)) | None => {}
    }
}

/// One stored file: named by its own hash, and referred to by a case.
fn check_stored(
    store: &Store,
    rel: &str,
    verdict: Option<&Option<Stored>>,
    referred: bool,
    f: &mut Findings,
) {
    let at = format!("{rel}:1");
    let Some((hash, _)) = parse_rel(rel) else {
        f.errors.push(problem(&at, msg!("check-attach-bad-name")));
        return;
    };
    let verdict = match verdict {
        Some(v) => v.clone(),
        None => store.stored(rel, &hash).ok(),
    };
    match verdict {
        Some(Stored::Differs(got)) => f.errors.push(problem(
            &at,
            msg!("check-attach-differs", got = got.as_str()),
        )),
        Some(Stored::Pointer) if !referred => f
            .warnings
            .push(warning(&at, msg!("check-attach-pointer", path = rel))),
        None => f.errors.push(problem(&at, msg!("check-attach-unreadable"))),
        _ => {}
    }
    if !referred {
        f.warnings
            .push(warning(&at, msg!("check-attach-unreferenced")));
    }
}
