//! The town: many villages, one view. `town.toml` lists the villages the town office
//! works over; each is a lane data folder (usually a git clone of the village's own
//! repository) inside the town folder. This module is the pure part: the file's
//! shape, its checks, the town report summed from village reports, and the inbox
//! order. Files and git live in `store::town`.

use std::collections::HashMap;

use serde::Deserialize;

use super::config::Config;
use super::ids::check_id;
use super::lifecycle::{State, Status};
use super::period::Period;
use super::report::{headline, Report, ScopeRow, Tally};
use super::time::Time;

/// `town.toml`, as read.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TownFile {
    pub town: TownInfo,
    #[serde(default)]
    pub villages: Vec<VillageEntry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TownInfo {
    pub name: String,
}

/// One village of the town.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VillageEntry {
    /// The name the town office calls it by (`lane town add NAME`).
    pub name: String,
    /// The village code from its lane.toml, the prefix of its case IDs.
    pub code: String,
    /// The data folder: relative to the town folder (`villages/nanjie`), or absolute.
    pub path: String,
    /// The git remote it was cloned from, if any.
    #[serde(default)]
    pub remote: Option<String>,
}

impl TownFile {
    pub fn new(name: &str) -> TownFile {
        TownFile {
            town: TownInfo {
                name: name.to_string(),
            },
            villages: Vec::new(),
        }
    }

    /// The village called `key`: by code (any case), else by name.
    pub fn find(&self, key: &str) -> Option<&VillageEntry> {
        self.villages
            .iter()
            .find(|v| v.code.eq_ignore_ascii_case(key))
            .or_else(|| self.villages.iter().find(|v| v.name == key))
    }

    /// Everything wrong with the list: `(index of the village, message)`. Codes,
    /// names and paths must each be unique; a code must be usable in case IDs.
    pub fn problems(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        if self.town.name.trim().is_empty() {
            out.push((usize::MAX, crate::msg!("town-name-missing")));
        }
        for (i, v) in self.villages.iter().enumerate() {
            let (name, code) = (v.name.as_str(), v.code.as_str());
            if let Err(e) = check_code(code) {
                out.push((i, crate::msg!("town-village-bad", name = name, why = e)));
            }
            if name.trim().is_empty() {
                out.push((i, crate::msg!("town-village-no-name", code = code)));
            }
            if v.path.trim().is_empty() {
                out.push((i, crate::msg!("town-village-no-path", code = code)));
            } else if leaves_folder(&v.path) {
                let path = v.path.as_str();
                out.push((
                    i,
                    crate::msg!("town-path-outside", code = code, path = path),
                ));
            }
            let earlier = &self.villages[..i];
            if let Some(j) = earlier.iter().position(|w| w.code == v.code) {
                let first = self.villages[j].name.as_str();
                let m = crate::msg!("town-code-twice", code = code, first = first, second = name);
                out.push((i, m));
            }
            if earlier.iter().any(|w| w.name == v.name) {
                out.push((i, crate::msg!("town-name-twice", name = name)));
            }
            if earlier.iter().any(|w| w.path == v.path) {
                let path = v.path.as_str();
                out.push((i, crate::msg!("town-path-twice", path = path)));
            }
        }
        out
    }
}

/// Whether a relative path climbs out of the folder it is relative to
/// (`../../elsewhere`, `villages/../../x`); an absolute path is the town's choice.
pub fn leaves_folder(path: &str) -> bool {
    use std::path::Component;
    let p = std::path::Path::new(path);
    if p.is_absolute() || path.starts_with('/') || path.starts_with('\\') {
        return false;
    }
    let mut depth = 0i64;
    for c in p.components() {
        match c {
            Component::Normal(_) => depth += 1,
            Component::ParentDir => depth -= 1,
            Component::CurDir => {}
            Component::RootDir | Component::Prefix(_) => return false,
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

/// Checks a village code as lane.toml does: an ID without digits.
pub fn check_code(code: &str) -> Result<(), String> {
    check_id(code).map_err(|e| crate::msg!("town-code-invalid", why = e))?;
    if code.chars().any(|c| c.is_ascii_digit()) {
        return Err(crate::msg!("town-code-digits", code = code));
    }
    Ok(())
}

/// The folder a clone goes to under `villages/`: the name in lower case when it is
/// plain ASCII (`Nanjie Village` -> `nanjie-village`), else the code (`南街村` -> `nj`).
pub fn folder_name(name: &str, code: &str) -> String {
    let mut s = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            s.push(c.to_ascii_lowercase());
        } else if c == ' ' || c == '.' {
            if !s.ends_with('-') {
                s.push('-');
            }
        } else {
            return code.to_ascii_lowercase();
        }
    }
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        code.to_ascii_lowercase()
    } else {
        s
    }
}

/// The level index from which a case is in the town's inbox: the level keyed `town`,
/// else the top level.
pub fn town_level(cfg: &Config) -> usize {
    cfg.level_index("town")
        .unwrap_or(cfg.levels.len().saturating_sub(1))
}

/// Whether a case in this state waits for the town: open at level town or above.
pub fn in_inbox(cfg: &Config, s: &State) -> bool {
    s.status == Status::Open && s.level >= town_level(cfg)
}

/// One row of the town inbox.
#[derive(Debug, Clone)]
pub struct InboxRow {
    pub village: String,
    pub id: String,
    pub level: String,
    pub category: String,
    pub alley: String,
    pub alley_name: String,
    pub title: String,
    /// The department the latest escalation asked for help, if any.
    pub dept: String,
    pub opened: Time,
    pub deadline: Time,
}

/// Oldest overdue first: by deadline (an overdue case's deadline is past, so the
/// longest overdue comes first and cases not yet due follow), then village and ID.
pub fn sort_inbox(rows: &mut [InboxRow]) {
    rows.sort_by(|a, b| {
        a.deadline
            .cmp(&b.deadline)
            .then_with(|| a.village.cmp(&b.village))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// The town-level figures of one scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extra {
    /// Open at the period's end at level town or above.
    pub inbox: u64,
    /// Of those, past their deadline.
    pub inbox_overdue: u64,
    /// Households with no visit and no case in the period.
    pub last_person: u64,
}

impl Extra {
    fn add(&mut self, o: &Extra) {
        self.inbox += o.inbox;
        self.inbox_overdue += o.inbox_overdue;
        self.last_person += o.last_person;
    }
}

/// The town figures of a village report: its levels from `town` up, and its
/// last-person count.
pub fn extra(cfg: &Config, r: &Report) -> Extra {
    let from = town_level(cfg);
    let up = r.levels.iter().skip(from);
    Extra {
        inbox: up.clone().map(|l| l.tally.open_at_end).sum(),
        inbox_overdue: up.map(|l| l.tally.overdue).sum(),
        last_person: r
            .last_person
            .iter()
            .map(|l| l.households.len() as u64)
            .sum(),
    }
}

/// A village's row of the town report.
#[derive(Debug, Clone)]
pub struct VillageRow {
    pub code: String,
    pub name: String,
    pub tally: Tally,
    pub extra: Extra,
}

/// The town report: a row per village, the town total, and the town's categories
/// and levels summed by key.
#[derive(Debug, Clone)]
pub struct TownReport {
    pub town: String,
    pub period: Period,
    pub headline: String,
    pub total: Tally,
    pub extra: Extra,
    pub villages: Vec<VillageRow>,
    pub categories: Vec<ScopeRow>,
    pub levels: Vec<ScopeRow>,
    /// Case files left out by the village reports.
    pub skipped: usize,
    /// The village reports' warnings (each keyed by its village's code).
    pub warnings: Vec<super::report::Warning>,
}

/// A village's report with what the town knows of it.
pub struct VillageReport<'a> {
    pub code: String,
    pub name: String,
    pub config: &'a Config,
    pub report: Report,
}

/// Adds the rows of one village (`scope`) into the town's rows of the same key, in
/// the order keys first appear.
fn sum_into(into: &mut Vec<ScopeRow>, rows: &[ScopeRow], scope: &str) {
    let index: HashMap<String, usize> = into
        .iter()
        .enumerate()
        .map(|(i, r)| (r.key.clone(), i))
        .collect();
    for r in rows {
        match index.get(&r.key) {
            Some(i) => into[*i].tally.absorb(&r.tally, scope),
            None => {
                let mut t = Tally::default();
                t.absorb(&r.tally, scope);
                into.push(ScopeRow {
                    key: r.key.clone(),
                    name: r.name.clone(),
                    leader: String::new(),
                    tally: t,
                });
            }
        }
    }
}

/// Sums village reports into the town report. Each tally is added with
/// [`Tally::absorb`], so rates come from summed numerators and denominators.
/// Categories and levels are matched by key, in the order they first appear.
/// `words` gives the headline's templates (the first village's lane.toml).
pub fn combine(
    town: &str,
    period: Period,
    words: &Config,
    parts: Vec<VillageReport>,
) -> TownReport {
    let mut total = Tally::with_field();
    let mut extra_total = Extra::default();
    let mut villages = Vec::with_capacity(parts.len());
    let mut categories: Vec<ScopeRow> = Vec::new();
    let mut levels: Vec<ScopeRow> = Vec::new();
    let mut skipped = 0;
    let mut warnings = Vec::new();
    for p in parts {
        warnings.extend(p.report.warnings.iter().cloned());
        let e = extra(p.config, &p.report);
        total.absorb(&p.report.total, &p.code);
        extra_total.add(&e);
        sum_into(&mut categories, &p.report.categories, &p.code);
        sum_into(&mut levels, &p.report.levels, &p.code);
        skipped += p.report.skipped;
        let mut tally = Tally::with_field();
        tally.absorb(&p.report.total, &p.code);
        villages.push(VillageRow {
            code: p.code,
            name: p.name,
            tally,
            extra: e,
        });
    }
    let mut words = words.clone();
    words.village.name = town.to_string();
    let aligned: Vec<Tally> = words
        .categories
        .iter()
        .map(|c| {
            categories
                .iter()
                .find(|r| r.key == c.key)
                .map_or_else(Tally::default, |r| r.tally.clone())
        })
        .collect();
    let headline = headline(&words, &period, &aligned, &total);
    TownReport {
        town: town.to_string(),
        period,
        headline,
        total,
        extra: extra_total,
        villages,
        categories,
        levels,
        skipped,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, code: &str, path: &str) -> VillageEntry {
        VillageEntry {
            name: name.into(),
            code: code.into(),
            path: path.into(),
            remote: None,
        }
    }

    #[test]
    fn codes_names_and_paths_are_unique() {
        let mut t = TownFile::new("Taiping Town");
        t.villages.push(entry("nanjie", "NJ", "villages/nanjie"));
        t.villages.push(entry("beijie", "BJ", "villages/beijie"));
        assert!(t.problems().is_empty());
        t.villages.push(entry("nanjie2", "NJ", "villages/nanjie2"));
        t.villages.push(entry("beijie", "B1", "villages/beijie"));
        let p: Vec<(usize, String)> = t.problems();
        assert_eq!(
            p,
            vec![
                (2, "the village code NJ is used twice (nanjie and nanjie2); codes must be unique within a town".to_string()),
                (3, "village `beijie`: code `B1` must not contain digits: it starts every case ID".to_string()),
                (3, "the village name `beijie` is used twice".to_string()),
                (3, "the path `villages/beijie` is used twice".to_string()),
            ]
        );
        assert_eq!(t.find("nj").unwrap().name, "nanjie");
        assert_eq!(t.find("beijie").unwrap().code, "BJ");
    }

    #[test]
    fn folder_names_are_typeable() {
        assert_eq!(folder_name("nanjie", "NJ"), "nanjie");
        assert_eq!(folder_name("Nanjie Village", "NJ"), "nanjie-village");
        assert_eq!(folder_name("南街村", "NJ"), "nj");
        assert_eq!(folder_name("  ", "NJ"), "nj");
        assert_eq!(folder_name("../x", "NJ"), "nj");
        assert_eq!(folder_name(".", "NJ"), "nj");
    }

    #[test]
    fn the_inbox_starts_with_the_longest_overdue() {
        let tz = chrono::FixedOffset::east_opt(8 * 3600).unwrap();
        let t = |s: &str| crate::model::time::parse_time(s, tz).unwrap();
        let row = |v: &str, id: &str, deadline: &str| InboxRow {
            village: v.into(),
            id: id.into(),
            level: "town".into(),
            category: "hazard".into(),
            alley: "A01".into(),
            alley_name: String::new(),
            title: String::new(),
            dept: String::new(),
            opened: t("2026-10-01T09:00"),
            deadline: t(deadline),
        };
        let mut rows = vec![
            row("NJ", "NJ-2026-0003", "2026-12-01T09:00"),
            row("BJ", "BJ-2026-0001", "2026-11-02T09:00"),
            row("NJ", "NJ-2026-0001", "2026-11-02T09:00"),
            row("XW", "XW-2026-0009", "2026-10-20T09:00"),
        ];
        sort_inbox(&mut rows);
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "XW-2026-0009",
                "BJ-2026-0001",
                "NJ-2026-0001",
                "NJ-2026-0003"
            ]
        );
    }
}
