//! Five-star civilized households. Once a year the village rates every household on
//! the criteria of lane.toml; a household earns one star per criterion met, and a
//! household that meets them all (a "five-star household") is awarded a plaque.
//!
//! A round is one CSV file, `stars/ROUND.csv`, with the header
//! `household,<criterion keys in lane.toml's order>,stars,awarded,note`:
//!
//! - a rated row has `1` (met) or `0` (not met) under every criterion and the number
//!   of `1`s under `stars`: `H0001,1,1,0,1,1,4,,`;
//! - an unrated row leaves every criterion and `stars` empty: `H0002,,,,,,,,`;
//!   anything in between (some criteria filled, some empty) is an error, so a
//!   half-typed spreadsheet row is never read as a rating;
//! - `awarded` is the date the plaque was awarded (`YYYY-MM-DD`), empty until then,
//!   and only a household with every star can carry it.
//!
//! Nothing here touches the file system.

use chrono::NaiveDate;

use super::config::Config;
use super::ids::HouseholdId;
use super::registry::column;
use super::time::parse_date;

/// The folder of the round files.
pub const DIR: &str = "stars";

/// The columns of a round file: the criteria are lane.toml's, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Criterion keys, in column order.
    pub keys: Vec<String>,
    /// Criterion names, as people read them.
    pub names: Vec<String>,
}

/// One household's row of a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StarRow {
    pub household: HouseholdId,
    /// Whether each criterion is met, in the layout's order; `None` until rated.
    pub met: Option<Vec<bool>>,
    /// The day the plaque was awarded.
    pub awarded: Option<NaiveDate>,
    pub note: String,
}

impl StarRow {
    pub fn unrated(household: HouseholdId) -> StarRow {
        StarRow {
            household,
            met: None,
            awarded: None,
            note: String::new(),
        }
    }

    /// The number of stars, `None` when not rated.
    pub fn stars(&self) -> Option<u32> {
        self.met
            .as_ref()
            .map(|m| m.iter().filter(|x| **x).count() as u32)
    }
}

/// What `--met` names: a list of keys, `all` or `none`.
#[derive(Debug, PartialEq, Eq)]
pub enum MetError {
    /// A key that is not a criterion, with the nearest key if one is close.
    Unknown {
        key: String,
        nearest: Option<String>,
    },
}

impl Layout {
    pub fn new(config: &Config) -> Layout {
        Layout {
            keys: config.criteria.iter().map(|c| c.key.clone()).collect(),
            names: config.criteria.iter().map(|c| c.name.clone()).collect(),
        }
    }

    /// The stars of a household that meets every criterion.
    pub fn full(&self) -> u32 {
        self.keys.len() as u32
    }

    pub fn header(&self) -> Vec<String> {
        let mut h = vec!["household".to_string()];
        h.extend(self.keys.iter().cloned());
        h.extend(["stars", "awarded", "note"].map(String::from));
        h
    }

    /// The keys of the criteria marked met.
    pub fn met_keys(&self, met: &[bool]) -> Vec<&str> {
        self.keys
            .iter()
            .zip(met)
            .filter(|(_, m)| **m)
            .map(|(k, _)| k.as_str())
            .collect()
    }

    /// Parses `--met`: comma-separated criterion keys (spaces allowed), `all`, or
    /// `none` (or an empty value) for a household that meets none.
    pub fn parse_met(&self, spec: &str) -> Result<Vec<bool>, MetError> {
        let spec = spec.trim();
        if spec == "all" {
            return Ok(vec![true; self.keys.len()]);
        }
        let mut met = vec![false; self.keys.len()];
        if spec.is_empty() || spec == "none" {
            return Ok(met);
        }
        for key in spec.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            match self.keys.iter().position(|k| k == key) {
                Some(i) => met[i] = true,
                None => {
                    let words = self.keys.iter().map(|k| k.as_str()).chain(["all", "none"]);
                    return Err(MetError::Unknown {
                        key: key.to_string(),
                        nearest: crate::suggest::nearest(key, words).map(String::from),
                    });
                }
            }
        }
        Ok(met)
    }

    /// Turns a row of a round file (fields in header order) into a [`StarRow`], or
    /// lists everything wrong with it as `column `x`: message`.
    pub fn parse_row(&self, f: &[String]) -> Result<StarRow, Vec<String>> {
        let n = self.keys.len();
        let cell = |i: usize| f.get(i).map(|s| s.as_str()).unwrap_or("");
        let mut errors = Vec::new();
        let household = parse_household(cell(0), &mut errors);
        let met = self
            .criteria(f.get(1..).unwrap_or(&[]), &mut errors)
            .and_then(|cells| self.rating(&cells, cell(1 + n), &mut errors));
        let awarded = parse_awarded(cell(2 + n), &mut errors);
        if awarded.is_some() && errors.is_empty() {
            self.check_award(met.as_deref(), &mut errors);
        }
        let note = cell(3 + n);
        if let Some(c) = note.chars().find(|c| c.is_control() && *c != '\t') {
            let said = crate::msg!("store-control-char", char = format!("{c:?}"));
            errors.push(column("note", &said));
        }
        if errors.is_empty() {
            Ok(StarRow {
                household: household.expect("no errors"),
                met,
                awarded,
                note: note.to_string(),
            })
        } else {
            Err(errors)
        }
    }

    /// The criterion cells (from the first criterion on): `1` met, `0` not met,
    /// empty not rated; `None` when a cell is none of these.
    fn criteria(&self, f: &[String], errors: &mut Vec<String>) -> Option<Vec<Option<bool>>> {
        let mut cells = Vec::with_capacity(self.keys.len());
        let mut bad = false;
        for (i, key) in self.keys.iter().enumerate() {
            match f.get(i).map(|s| s.as_str()).unwrap_or("") {
                "" => cells.push(None),
                "1" => cells.push(Some(true)),
                "0" => cells.push(Some(false)),
                other => {
                    bad = true;
                    let said = crate::msg!(
                        "store-stars-bad-cell",
                        value = other.escape_debug().to_string()
                    );
                    errors.push(column(key, &said));
                }
            }
        }
        (!bad).then_some(cells)
    }

    /// The rating of a row from its criterion cells and `stars` cell: `None` when
    /// unrated; a partly rated row or a wrong `stars` is an error.
    fn rating(
        &self,
        cells: &[Option<bool>],
        stars: &str,
        errors: &mut Vec<String>,
    ) -> Option<Vec<bool>> {
        let filled = cells.iter().filter(|c| c.is_some()).count();
        if filled == 0 {
            if !stars.is_empty() {
                let said = crate::msg!("store-stars-unrated", stars = stars);
                errors.push(column("stars", &said));
            }
            return None;
        }
        if filled < cells.len() {
            let empty: Vec<String> = self
                .keys
                .iter()
                .zip(cells)
                .filter(|(_, c)| c.is_none())
                .map(|(k, _)| format!("`{k}`"))
                .collect();
            errors.push(crate::msg!(
                "store-stars-partly-rated",
                n = empty.len(),
                keys = empty.join(&crate::msg!("store-file-separator"))
            ));
            return None;
        }
        let met: Vec<bool> = cells.iter().map(|c| c.unwrap_or(false)).collect();
        self.check_stars(&met, stars, errors);
        Some(met)
    }

    /// Checks that the `stars` cell counts the criteria met.
    fn check_stars(&self, met: &[bool], stars: &str, errors: &mut Vec<String>) {
        let count = met.iter().filter(|m| **m).count();
        let which = self
            .met_keys(met)
            .join(&crate::msg!("store-file-separator"));
        let said = match stars {
            "" => crate::msg!("store-stars-empty-but", count = count, which = which),
            s => match s.parse::<usize>() {
                Ok(v) if v == count => return,
                Ok(v) => crate::msg!(
                    "store-stars-is-but",
                    stars = v,
                    count = count,
                    which = which
                ),
                Err(_) => crate::msg!(
                    "store-stars-not-a-number",
                    value = s.escape_debug().to_string()
                ),
            },
        };
        errors.push(column("stars", &said));
    }

    /// Checks that an awarded household has every star.
    fn check_award(&self, met: Option<&[bool]>, errors: &mut Vec<String>) {
        match met.map(|m| m.iter().filter(|x| **x).count() as u32) {
            None => errors.push(column("awarded", &crate::msg!("store-award-unrated"))),
            Some(s) if s < self.full() => {
                let said = crate::msg!("store-award-not-full", stars = s, full = self.full());
                errors.push(column("awarded", &said));
            }
            Some(_) => {}
        }
    }

    /// The row's fields in header order.
    pub fn to_fields(&self, r: &StarRow) -> Vec<String> {
        let mut f = vec![r.household.to_string()];
        match &r.met {
            Some(met) => {
                f.extend(met.iter().map(|m| if *m { "1" } else { "0" }.to_string()));
                f.push(r.stars().unwrap_or(0).to_string());
            }
            None => f.extend(std::iter::repeat_n(String::new(), self.keys.len() + 1)),
        }
        f.push(r.awarded.map(|d| d.to_string()).unwrap_or_default());
        f.push(r.note.clone());
        f
    }
}

/// The `household` cell, required.
fn parse_household(v: &str, errors: &mut Vec<String>) -> Option<HouseholdId> {
    if v.is_empty() {
        errors.push(column("household", &crate::msg!("store-required")));
        return None;
    }
    v.parse::<HouseholdId>()
        .map_err(|e| errors.push(column("household", &e)))
        .ok()
}

/// The `awarded` cell: a date or empty.
fn parse_awarded(v: &str, errors: &mut Vec<String>) -> Option<NaiveDate> {
    if v.is_empty() {
        return None;
    }
    parse_date(v)
        .map_err(|e| errors.push(column("awarded", &e)))
        .ok()
}

/// The numbers of a set of rows: how many households, how many rated, how many with
/// each number of stars.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub households: usize,
    pub rated: usize,
    /// `by_stars[n]`: households with `n` stars, for `n` from 0 to every star.
    pub by_stars: Vec<usize>,
    total_stars: u64,
}

impl Tally {
    pub fn new(full: u32) -> Tally {
        Tally {
            households: 0,
            rated: 0,
            by_stars: vec![0; full as usize + 1],
            total_stars: 0,
        }
    }

    pub fn of<'a>(full: u32, rows: impl IntoIterator<Item = &'a StarRow>) -> Tally {
        let mut t = Tally::new(full);
        for r in rows {
            t.add(r);
        }
        t
    }

    pub fn add(&mut self, r: &StarRow) {
        self.households += 1;
        if let Some(s) = r.stars() {
            self.rated += 1;
            self.total_stars += u64::from(s);
            if let Some(slot) = self.by_stars.get_mut(s as usize) {
                *slot += 1;
            }
        }
    }

    /// Households with every star.
    pub fn five_star(&self) -> usize {
        *self.by_stars.last().expect("at least the zero slot")
    }

    /// The percentage of rated households with every star.
    pub fn five_star_pct(&self) -> Option<f64> {
        (self.rated > 0).then(|| 100.0 * self.five_star() as f64 / self.rated as f64)
    }

    /// The mean stars of the rated households.
    pub fn average(&self) -> Option<f64> {
        (self.rated > 0).then(|| self.total_stars as f64 / self.rated as f64)
    }
}

/// A household rated in two rounds with a different number of stars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub household: HouseholdId,
    pub before: u32,
    pub after: u32,
}

impl Change {
    pub fn delta(&self) -> i64 {
        i64::from(self.after) - i64::from(self.before)
    }
}

/// The households rated in both rounds whose stars changed: gains first (largest
/// first), then losses (largest last), ties by household ID.
pub fn changes(before: &[StarRow], after: &[StarRow]) -> Vec<Change> {
    let old: std::collections::HashMap<&HouseholdId, u32> = before
        .iter()
        .filter_map(|r| r.stars().map(|s| (&r.household, s)))
        .collect();
    let mut out: Vec<Change> = after
        .iter()
        .filter_map(|r| {
            let a = r.stars()?;
            let b = *old.get(&r.household)?;
            (a != b).then(|| Change {
                household: r.household.clone(),
                before: b,
                after: a,
            })
        })
        .collect();
    out.sort_by(|x, y| {
        y.delta()
            .cmp(&x.delta())
            .then_with(|| x.household.cmp(&y.household))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> Layout {
        Layout::new(&Config::new("X", "X"))
    }

    fn row(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn rated_and_unrated_rows_round_trip() {
        let l = layout();
        assert_eq!(
            l.header().join(","),
            "household,helpful,honest,diligent,clean,harmony,stars,awarded,note"
        );
        let rated = row(&["H1", "1", "1", "0", "1", "1", "4", "", "ok"]);
        let r = l.parse_row(&rated).unwrap();
        assert_eq!(r.stars(), Some(4));
        assert_eq!(
            l.met_keys(r.met.as_ref().unwrap()),
            ["helpful", "honest", "clean", "harmony"]
        );
        assert_eq!(l.to_fields(&r), rated);
        let unrated = row(&["H2", "", "", "", "", "", "", "", ""]);
        let r = l.parse_row(&unrated).unwrap();
        assert_eq!((r.stars(), l.to_fields(&r)), (None, unrated));
        let awarded = row(&["H3", "1", "1", "1", "1", "1", "5", "2026-12-15", ""]);
        assert_eq!(l.to_fields(&l.parse_row(&awarded).unwrap()), awarded);
    }

    #[test]
    fn every_bad_cell_is_named() {
        let l = layout();
        let errs = |v: &[&str]| l.parse_row(&row(v)).unwrap_err();
        assert_eq!(
            errs(&["H1", "1", "1", "0", "1", "1", "5", "", ""]),
            ["column `stars`: is 5 but 4 criteria are met (helpful, honest, clean, harmony)"]
        );
        assert_eq!(
            errs(&["H1", "1", "", "0", "", "1", "2", "", ""]),
            ["the row is partly rated: `honest`, `clean` are empty; write 1 or 0 under every criterion, or leave them all empty"]
        );
        assert_eq!(
            errs(&["H1", "yes", "1", "1", "1", "1", "5", "", ""]),
            ["column `helpful`: `yes` is not 1 (met), 0 (not met) or empty (not rated)"]
        );
        assert_eq!(
            errs(&["H1", "0", "0", "0", "0", "0", "", "", ""]),
            ["column `stars`: is empty but no criterion is met; write 0"]
        );
        assert_eq!(
            errs(&["H1", "", "", "", "", "", "3", "", ""]),
            ["column `stars`: is 3 but no criterion is filled in; an unrated row leaves the criteria and `stars` empty"]
        );
        assert_eq!(
            errs(&["H1", "1", "1", "1", "1", "0", "4", "2026-12-15", ""]),
            ["column `awarded`: the household has 4 of 5 stars; only a household with every star is awarded"]
        );
        assert_eq!(
            errs(&["", "1", "1", "1", "1", "1", "5", "15.12.2026", ""]),
            [
                "column `household`: is empty but required",
                "column `awarded`: `15.12.2026` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03"
            ]
        );
    }

    #[test]
    fn a_bad_cell_is_named_alone_and_a_short_row_is_unrated() {
        let l = layout();
        // A cell that is not 1, 0 or empty hides the partial and `stars` checks.
        assert_eq!(
            l.parse_row(&row(&["H1", "x", "", "1", "", "", "9", "", ""]))
                .unwrap_err(),
            ["column `helpful`: `x` is not 1 (met), 0 (not met) or empty (not rated)"]
        );
        // Missing cells read as empty.
        assert_eq!(
            l.parse_row(&row(&["H1"])).unwrap(),
            StarRow::unrated(HouseholdId::new("H1").unwrap())
        );
        assert_eq!(
            l.parse_row(&row(&["H1", "", "", "", "", "", "", "2026-12-15", "\u{7}"]))
                .unwrap_err(),
            [
                "column `awarded`: the household is not rated; only a household with every star is awarded",
                "column `note`: contains the control character '\\u{7}'"
            ]
        );
    }

    #[test]
    fn met_takes_keys_all_and_none() {
        let l = layout();
        assert_eq!(l.parse_met("all").unwrap(), vec![true; 5]);
        assert_eq!(l.parse_met("none").unwrap(), vec![false; 5]);
        assert_eq!(
            l.parse_met("clean, helpful,clean").unwrap(),
            [true, false, false, true, false]
        );
        assert_eq!(
            l.parse_met("helpful,cleen"),
            Err(MetError::Unknown {
                key: "cleen".into(),
                nearest: Some("clean".into())
            })
        );
    }

    #[test]
    fn tallies_and_changes() {
        let l = layout();
        let r = |h: &str, met: &str| {
            let mut x = StarRow::unrated(HouseholdId::new(h).unwrap());
            if met != "-" {
                x.met = Some(l.parse_met(met).unwrap());
            }
            x
        };
        let before = [
            r("H1", "all"),
            r("H2", "helpful"),
            r("H3", "-"),
            r("H4", "none"),
        ];
        let after = [
            r("H1", "helpful"),
            r("H2", "all"),
            r("H3", "all"),
            r("H4", "none"),
        ];
        let t = Tally::of(5, &after);
        assert_eq!((t.households, t.rated, t.five_star()), (4, 4, 2));
        assert_eq!(t.by_stars, [1, 1, 0, 0, 0, 2]);
        assert_eq!(t.five_star_pct(), Some(50.0));
        assert_eq!(t.average(), Some(11.0 / 4.0));
        let c = changes(&before, &after);
        let got: Vec<(&str, i64)> = c
            .iter()
            .map(|c| (c.household.as_str(), c.delta()))
            .collect();
        assert_eq!(got, [("H2", 4), ("H1", -4)]);
        assert_eq!(Tally::new(5).five_star_pct(), None);
    }
}

/// The year a round's ID names when it starts with one (`2026`, `2026-spring`): no
/// household of the round is awarded before it. lane keeps no other date of a
/// round (the day it started is in its commit message only).
pub fn round_year(id: &str) -> Option<i32> {
    let (y, rest) = (id.get(..4)?, &id[4..]);
    let digits = y.bytes().all(|b| b.is_ascii_digit());
    let ends = rest.chars().next().is_none_or(|c| !c.is_ascii_digit());
    if digits && ends {
        y.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod round_year_tests {
    #[test]
    fn a_round_names_its_year_when_it_starts_with_one() {
        use super::round_year;
        assert_eq!(round_year("2026"), Some(2026));
        assert_eq!(round_year("2026-spring"), Some(2026));
        assert_eq!(round_year("20261"), None);
        assert_eq!(round_year("spring"), None);
        assert_eq!(round_year("二〇二六"), None);
    }
}
