//! Format 2 of case files: the deadline an event set is recorded with it
//! (`deadline = "…"` on open, escalate, reopen and an unsatisfied visit), so a
//! later change of `deadline_days` in lane.toml never rewrites the past.
//! [`migrate_v2`] records it on the events of existing files, computed with the
//! lane.toml in force at the migration.

use crate::error::Result;
use crate::model::case::Event;
use crate::model::lifecycle::{record_all, Rules};
use crate::model::time::format_time;

use super::casefile::{self, quote};
use super::change::Tx;
use super::ioerr::Op;

/// Records the deadline on every event of every case file that starts one and has
/// none; the number of events changed. A file that does not parse is left as it is
/// (`lane check` names it). Each key is inserted as the last line of its event, so
/// the rest of the file keeps its bytes.
pub fn migrate_v2(tx: &mut Tx) -> Result<usize> {
    let mut changed = 0;
    for rel in tx.case_files()? {
        let path = tx.path(&rel);
        let bytes = std::fs::read(&path).map_err(|e| Op::Read.fail(&path, e))?;
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let Ok(mut case) = casefile::parse(&text) else {
            continue;
        };
        let rules = Rules::for_case(&tx.config, &case);
        let added = newly_recorded(&mut case.events, &rules);
        if added.is_empty() {
            continue;
        }
        changed += added.len();
        tx.put(&rel, with_deadlines(&text, &added).into_bytes());
    }
    Ok(changed)
}

/// Records the deadline on every event of `events` that sets one and has none yet;
/// returns those events, as they are now.
fn newly_recorded(events: &mut [Event], rules: &Rules) -> Vec<Event> {
    let before: Vec<bool> = events.iter().map(|e| e.deadline.is_some()).collect();
    record_all(events, rules);
    let gained = events.iter().zip(before);
    gained
        .filter(|(e, had)| !had && e.deadline.is_some())
        .map(|(e, _)| e.clone())
        .collect()
}

/// `text` with a `deadline = "…"` line at the end of each event of `events` (found
/// by its header line), before the blank lines that separate it from the next.
fn with_deadlines(text: &str, events: &[Event]) -> String {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    if lines.last().is_some_and(|l| !l.ends_with('\n')) {
        let last = lines.len() - 1;
        lines[last].push_str(eol);
    }
    // From the last event back, so earlier line numbers stay right.
    for ev in events.iter().rev() {
        let d = ev.deadline.expect("recorded");
        let header = ev.line.saturating_sub(1);
        let mut end = (header + 1..lines.len())
            .find(|&i| lines[i].trim_start().starts_with('['))
            .unwrap_or(lines.len());
        while end > header + 1 && lines[end - 1].trim().is_empty() {
            end -= 1;
        }
        lines.insert(end, format!("deadline = {}{eol}", quote(&format_time(&d))));
    }
    lines.concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::Config;

    const V1: &str = "id = \"NJ-2026-0001\"\ntitle = \"t\"\ncategory = \"sanitation\"\nalley = \"A01\"\nsource = \"inspection\"\nopened = \"2026-11-02T10:00:00+08:00\"\n\n[[events]]\nat = \"2026-11-02T10:00:00+08:00\"\nby = \"L01\"\naction = \"open\"\n\n[[events]]\nat = \"2026-11-03T10:00:00+08:00\"\nby = \"L01\"\naction = \"escalate\"\nto = \"village\"\nreason = \"r\"\n\n[[events]]\nat = \"2026-11-04T10:00:00+08:00\"\nby = \"L01\"\naction = \"note\"\nnote = \"n\"\n";

    fn recorded(text: &str) -> String {
        let mut case = casefile::parse(text).unwrap();
        let cfg = Config::new("X", "NJ");
        let rules = Rules::for_case(&cfg, &case);
        let added = newly_recorded(&mut case.events, &rules);
        with_deadlines(text, &added)
    }

    #[test]
    fn deadlines_go_at_the_end_of_their_events() {
        let out = recorded(V1);
        let case = casefile::parse(&out).unwrap();
        let cfg = Config::new("X", "NJ");
        let days: Vec<i64> = case
            .events
            .iter()
            .map(|e| e.deadline.map_or(-1, |d| (d - e.at).num_days()))
            .collect();
        let levels = &cfg.levels;
        assert_eq!(
            days,
            vec![
                i64::from(levels[0].deadline_days),
                i64::from(levels[1].deadline_days),
                -1
            ]
        );
        assert!(out.contains("action = \"open\"\ndeadline = \""), "{out}");
        assert!(out.contains("reason = \"r\"\ndeadline = \""), "{out}");
        // Every line of the version-1 file is still there, in order.
        let kept: Vec<&str> = out.lines().filter(|l| !l.starts_with("deadline")).collect();
        assert_eq!(kept, V1.lines().collect::<Vec<_>>());
        // A second run changes nothing.
        assert_eq!(recorded(&out), out);
    }

    /// Through a change on a real folder: every version-1 case file gets its
    /// deadlines (frozen with the lane.toml of the migration), a second run none;
    /// households.csv gets its `registered` column.
    #[test]
    fn migrate_v2_freezes_the_deadlines_of_a_folder() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("v");
        super::super::folder::create(&dir, &Config::new("X", "NJ")).unwrap();
        std::fs::create_dir_all(dir.join("tickets/2026")).unwrap();
        std::fs::write(dir.join("tickets/2026/NJ-2026-0001.toml"), V1).unwrap();
        std::fs::write(
            dir.join("households.csv"),
            "id,head,alley,address,members,phone,tags,note\nH0001,王,A01,,,,,\n",
        )
        .unwrap();
        let store = super::super::Store::open(&dir).unwrap();
        let n = store
            .change(|tx| {
                let n = (migrate_v2(tx)?, super::super::registered::migrate_v2(tx)?);
                tx.message("migrate");
                Ok(n)
            })
            .unwrap();
        assert_eq!(n, (2, 1));
        let text = std::fs::read_to_string(dir.join("tickets/2026/NJ-2026-0001.toml")).unwrap();
        assert!(
            text.contains("deadline = \"2026-11-05T10:00:00+08:00\""),
            "{text}"
        );
        assert!(std::fs::read_to_string(dir.join("households.csv"))
            .unwrap()
            .ends_with("H0001,王,A01,,,,,,\n"));
        let again = store
            .change(|tx| Ok((migrate_v2(tx)?, super::super::registered::migrate_v2(tx)?)))
            .unwrap();
        assert_eq!(again, (0, 0));
    }

    #[test]
    fn crlf_files_stay_crlf() {
        let crlf = V1.replace('\n', "\r\n");
        let out = recorded(&crlf);
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert_eq!(out.matches("deadline = ").count(), 2);
    }
}
