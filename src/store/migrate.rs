//! The format version of a data folder (lane.toml's `format`, FORMAT.md
//! "Versions") and `lane migrate`, which upgrades an older folder to
//! [`FORMAT_VERSION`] in one change and one commit.
//!
//! lane reads a folder of any older version as it is; it writes only a folder of
//! its own version ([`Store::writable`]) and refuses one newer than itself
//! ([`check_version`]), so an old lane never damages a newer folder.

use crate::error::{Error, Result};
use crate::model::config::FORMAT_VERSION;

use super::change::Tx;
use super::configfile::FORMAT_COMMENT;
use super::{Store, CONFIG_FILE};

/// One part of an upgrade: what it does (for the commit message) and the function
/// that stages it, returning how many records it changed.
pub struct Part {
    pub what: &'static str,
    pub run: fn(&mut Tx) -> Result<usize>,
}

/// The upgrade from `to - 1` to `to`.
pub struct Step {
    pub to: u32,
    pub parts: &'static [Part],
}

/// Every upgrade, oldest first. Each later format change adds a step here.
pub const STEPS: &[Step] = &[Step {
    to: 2,
    parts: &[
        Part {
            what: "patrol rows given an ID",
            run: super::patrols::migrate_v2,
        },
        Part {
            what: "case events given the deadline in force",
            run: super::deadlines::migrate_v2,
        },
        Part {
            what: "households given a registered column",
            run: super::registered::migrate_v2,
        },
    ],
}];

/// What `lane migrate` did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    pub from: u32,
    pub to: u32,
    /// Each part that changed something, with how many records.
    pub parts: Vec<(String, usize)>,
}

impl Migrated {
    /// "format 1 → 2 (12 patrol rows given an ID; lane.toml: format = 2)".
    pub fn summary(&self) -> String {
        let mut said: Vec<String> = self
            .parts
            .iter()
            .map(|(what, n)| format!("{n} {what}"))
            .collect();
        said.push(format!("{CONFIG_FILE}: format = {}", self.to));
        format!("format {} → {} ({})", self.from, self.to, said.join("; "))
    }
}

/// Refuses a lane.toml whose `format` is newer than this lane, or not a version.
/// A text that is not TOML passes: the full parse says where it is wrong.
pub fn check_version(text: &str) -> Result<()> {
    let Ok(table) = text.parse::<toml::Table>() else {
        return Ok(());
    };
    let Some(value) = table.get("format") else {
        return Ok(());
    };
    let line = format_line(text).unwrap_or(1);
    let n = match value.as_integer() {
        Some(n) if n >= 1 => n,
        _ => {
            return Err(Error::input(format!(
                "{CONFIG_FILE}:{line}: format = {value} is not a format version"
            ))
            .hint(format!(
                "write `format = {FORMAT_VERSION}` (a whole number; FORMAT.md, \"Versions\")"
            )))
        }
    };
    if n > i64::from(FORMAT_VERSION) {
        return Err(Error::input(format!(
            "{CONFIG_FILE}:{line}: this folder is format {n}; this lane reads format {FORMAT_VERSION} and older"
        ))
        .hint(format!(
            "install a newer lane (one that reads format {n}); this one leaves the folder alone"
        )));
    }
    Ok(())
}

/// The line of lane.toml's top-level `format = ` key.
fn format_line(text: &str) -> Option<usize> {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with('[') {
            return None;
        }
        if is_format_key(t) {
            return Some(i + 1);
        }
    }
    None
}

fn is_format_key(line: &str) -> bool {
    line.strip_prefix("format")
        .is_some_and(|rest| rest.trim_start().starts_with('='))
}

/// The text of lane.toml with `format = to`: the top-level key's line rewritten
/// in place, or (a format-1 file has none) a commented key inserted at the top.
/// Every other byte stays; the line end follows the file's.
pub fn set_format(text: &str, to: u32) -> Result<String> {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(text.len() + 100);
    let mut done = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start_matches('\u{feff}').trim_start();
        if !done && t.starts_with('[') {
            done = true;
        } else if !done && is_format_key(t) {
            let lead = &line[..line.len() - line.trim_start_matches(['\u{feff}', ' ', '\t']).len()];
            let end = if line.ends_with("\r\n") {
                "\r\n"
            } else if line.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            out.push_str(&format!("{lead}format = {to}{end}"));
            done = true;
            continue;
        }
        out.push_str(line);
    }
    if format_line(text).is_none() {
        let (bom, rest) = match text.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest),
            None => ("", text),
        };
        let comment = FORMAT_COMMENT.replace('\n', eol);
        out = format!("{bom}{comment}format = {to}{eol}{eol}{rest}");
    }
    let back = out
        .parse::<toml::Table>()
        .ok()
        .and_then(|t| t.get("format").and_then(|v| v.as_integer()));
    if back != Some(i64::from(to)) {
        return Err(Error::refused(format!(
            "{CONFIG_FILE}: cannot set `format = {to}` in the text as it is"
        ))
        .hint(format!(
            "write `format = {to}` as the first key of lane.toml yourself, then run `lane migrate` again"
        )));
    }
    Ok(out)
}

impl Store {
    /// Refuses a write to a folder of an older format (except by `lane migrate`).
    pub fn writable(&self) -> Result<()> {
        let v = self.config.format;
        if v < FORMAT_VERSION && !self.migrating {
            return Err(Error::refused(format!(
                "this folder is format {v}; run `lane migrate` to upgrade it (one commit)"
            ))
            .hint(format!(
                "this lane writes format {FORMAT_VERSION}; every reading command (list, show, report, check) works on the folder as it is"
            )));
        }
        Ok(())
    }

    /// Runs every step from the folder's version to [`FORMAT_VERSION`] in one
    /// change (one commit "migrate: format 1 → 2 (…)"). `None` when the folder is
    /// current (nothing written). With `dry_run`, says what it would do and writes
    /// nothing.
    pub fn migrate(&mut self, dry_run: bool) -> Result<Option<Migrated>> {
        let from = self.config.format;
        if from >= FORMAT_VERSION {
            return Ok(None);
        }
        self.migrating = true;
        let mut report = None;
        let result = self.change(|tx| {
            let mut parts = Vec::new();
            for step in STEPS
                .iter()
                .filter(|s| s.to > from && s.to <= FORMAT_VERSION)
            {
                for part in step.parts {
                    let n = (part.run)(tx)?;
                    if n > 0 {
                        parts.push((part.what.to_string(), n));
                    }
                }
            }
            let path = tx.path(CONFIG_FILE);
            let text =
                std::fs::read_to_string(&path).map_err(|e| Error::io("cannot read", &path, e))?;
            tx.put(CONFIG_FILE, set_format(&text, FORMAT_VERSION)?.into_bytes());
            let m = Migrated {
                from,
                to: FORMAT_VERSION,
                parts,
            };
            tx.message(format!("migrate: {}", m.summary()));
            report = Some(m);
            if dry_run {
                // Nothing staged is written: the change ends in a refusal.
                return Err(Error::refused("dry run"));
            }
            Ok(())
        });
        self.migrating = false;
        match (result, report) {
            (Ok(()), report) => Ok(report),
            (Err(_), Some(report)) if dry_run => Ok(Some(report)),
            (Err(e), _) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = "# The village profile.\nduties = []\n\n[village]\nname = \"X\"\n";

    #[test]
    fn a_format_key_is_added_at_the_top_or_rewritten_in_place() {
        let v2 = set_format(V1, 2).unwrap();
        assert_eq!(v2, format!("{FORMAT_COMMENT}format = 2\n\n{V1}"));
        let v3 = set_format(&v2, 3).unwrap();
        assert_eq!(v3, format!("{FORMAT_COMMENT}format = 3\n\n{V1}"));
        // CRLF and a BOM stay; a key inside a table is not the format.
        let crlf = format!("\u{feff}{}", V1.replace('\n', "\r\n"));
        let out = set_format(&crlf, 2).unwrap();
        assert!(out.starts_with("\u{feff}# The version"), "{out:?}");
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert!(out.ends_with(&crlf[3..]));
        let in_table = "[village]\nformat = 1\n";
        assert_eq!(
            set_format(in_table, 2).unwrap(),
            format!("{FORMAT_COMMENT}format = 2\n\n{in_table}")
        );
    }

    #[test]
    fn the_steps_lead_one_by_one_from_version_1_to_this_lane_s() {
        let to: Vec<u32> = STEPS.iter().map(|s| s.to).collect();
        assert_eq!(to, (2..=FORMAT_VERSION).collect::<Vec<_>>());
    }

    #[test]
    fn versions_newer_than_this_lane_or_not_versions_are_refused() {
        check_version(V1).unwrap();
        check_version("format = 2\n").unwrap();
        let e = check_version("# c\nformat = 99\n[village]\n").unwrap_err();
        assert_eq!(
            e.problems,
            vec!["lane.toml:2: this folder is format 99; this lane reads format 2 and older"]
        );
        assert_eq!(e.code(), 2);
        for bad in ["format = 0\n", "format = \"2\"\n", "format = 1.5\n"] {
            let e = check_version(bad).unwrap_err();
            assert!(e.problems[0].contains("is not a format version"), "{bad}");
        }
    }
}
