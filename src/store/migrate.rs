//! The format version of a data folder (lane.toml's `format`, FORMAT.md
//! "Versions") and `lane migrate`, which upgrades an older folder to
//! [`FORMAT_VERSION`] in one change and one commit.
//!
//! lane reads a folder of any older version as it is; it writes only a folder of
//! its own version ([`Store::writable`]) and refuses one newer than itself
//! ([`check_version`]), so an old lane never damages a newer folder.

use crate::error::{Error, Result};
use crate::i18n::{FluentValue, Lang};
use crate::model::config::FORMAT_VERSION;

use super::change::Tx;
use super::configfile::FORMAT_COMMENT;
use super::ioerr::Op;
use super::{Store, CONFIG_FILE};

/// One part of an upgrade: the message that says what it did (`{$n}` records;
/// English in the commit message) and the function that stages it, returning how
/// many records it changed.
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
pub const STEPS: &[Step] = &[
    Step {
        to: 2,
        parts: &[
            Part {
                what: "store-migrate-patrol-ids",
                run: super::patrols::migrate_v2,
            },
            Part {
                what: "store-migrate-deadlines",
                run: super::deadlines::migrate_v2,
            },
            Part {
                what: "store-migrate-registered",
                run: super::registered::migrate_v2,
            },
        ],
    },
    Step {
        // Format 3 adds files and lane.toml keys (issue 16's records), each with a
        // default, so a format-2 folder needs nothing changed but its version.
        to: 3,
        parts: &[],
    },
];

/// What `lane migrate` did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    pub from: u32,
    pub to: u32,
    /// Each part that changed something (its message, [`Part::what`]), with how
    /// many records.
    pub parts: Vec<(&'static str, usize)>,
}

impl Migrated {
    /// "format 1 → 2 (12 patrol rows given an ID; lane.toml: format = 2)", in the
    /// interface's language.
    pub fn summary(&self) -> String {
        self.summary_in(crate::i18n::current())
    }

    /// [`Migrated::summary`] in `lang` (English for the commit message).
    pub fn summary_in(&self, lang: Lang) -> String {
        let tr = |key: &str, args: &[(&str, FluentValue)]| crate::i18n::tr(lang, key, args);
        let mut said: Vec<String> = self
            .parts
            .iter()
            .map(|(what, n)| tr(what, &[("n", (*n).into())]))
            .collect();
        said.push(tr(
            "store-migrate-config",
            &[("file", CONFIG_FILE.into()), ("to", self.to.into())],
        ));
        let sep = crate::i18n::t(lang, "store-separator");
        tr(
            "store-migrate-summary",
            &[
                ("from", self.from.into()),
                ("to", self.to.into()),
                ("parts", said.join(&sep).into()),
            ],
        )
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
    let n =
        match value.as_integer() {
            Some(n) if n >= 1 => n,
            _ => {
                let said = crate::msg!("store-format-not-a-version", value = value.to_string());
                return Err(Error::input(format!("{CONFIG_FILE}:{line}: {said}")).hint(
                    crate::msg!("store-format-not-a-version-hint", version = FORMAT_VERSION),
                ));
            }
        };
    if n > i64::from(FORMAT_VERSION) {
        let said = crate::msg!("store-format-newer", format = n, version = FORMAT_VERSION);
        return Err(Error::input(format!("{CONFIG_FILE}:{line}: {said}"))
            .hint(crate::msg!("store-format-newer-hint", format = n)));
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
        let said = crate::msg!("store-format-cannot-set", to = to);
        return Err(Error::refused(format!("{CONFIG_FILE}: {said}"))
            .hint(crate::msg!("store-format-cannot-set-hint", to = to)));
    }
    Ok(out)
}

impl Store {
    /// Refuses a write to a folder of an older format (except by `lane migrate`).
    pub fn writable(&self) -> Result<()> {
        let v = self.config.format;
        if v < FORMAT_VERSION && !self.migrating {
            return Err(
                Error::refused(crate::msg!("store-format-older", format = v)).hint(crate::msg!(
                    "store-format-older-hint",
                    version = FORMAT_VERSION
                )),
            );
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
                        parts.push((part.what, n));
                    }
                }
            }
            let path = tx.path(CONFIG_FILE);
            let text = std::fs::read_to_string(&path).map_err(|e| Op::Read.fail(&path, e))?;
            tx.put(CONFIG_FILE, set_format(&text, FORMAT_VERSION)?.into_bytes());
            let m = Migrated {
                from,
                to: FORMAT_VERSION,
                parts,
            };
            tx.message(format!("migrate: {}", m.summary_in(Lang::En)));
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

    /// The summary in both languages; the commit message takes the English.
    #[test]
    fn the_summary_names_each_part_with_its_count() {
        let m = Migrated {
            from: 1,
            to: 2,
            parts: vec![
                ("store-migrate-patrol-ids", 12),
                ("store-migrate-deadlines", 3),
                ("store-migrate-registered", 1),
            ],
        };
        assert_eq!(
            m.summary_in(Lang::En),
            "format 1 → 2 (12 patrol rows given an ID; 3 case events given the deadline in force; 1 household given a registered column; lane.toml: format = 2)"
        );
        assert_eq!(
            m.summary_in(Lang::ZhCn),
            "格式 1 → 2（12条巡查记录补上编号；3个案件事件记入当时的办理时限；1户住户记录增加登记日期（registered）列；lane.toml 设为 format = 2）"
        );
        let none = Migrated { parts: vec![], ..m };
        assert_eq!(
            none.summary_in(Lang::En),
            "format 1 → 2 (lane.toml: format = 2)"
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
        check_version("format = 3\n").unwrap();
        let e = check_version("# c\nformat = 99\n[village]\n").unwrap_err();
        assert_eq!(
            e.problems,
            vec!["lane.toml:2: this folder is format 99; this lane reads format 3 and older"]
        );
        assert_eq!(e.code(), 2);
        for bad in ["format = 0\n", "format = \"2\"\n", "format = 1.5\n"] {
            let e = check_version(bad).unwrap_err();
            assert!(e.problems[0].contains("is not a format version"), "{bad}");
        }
    }
}
