//! A patrol row: the "three musts" of a lane leader — fixed-point inspection,
//! household visits, feedback on social conditions. Rows live in monthly files
//! `patrols/YYYY-MM.csv`. Since format 2 every row has an ID (see [`PatrolId`]), so
//! a git merge of two clones' logs is a merge of records (`store::patrolmerge`).

use chrono::{Datelike, NaiveDate};

use super::ids::{AlleyId, CaseId, HouseholdId, LeaderId};
use super::registry::{str_enum, Fields};

str_enum!(
    /// What the lane leader did.
    PatrolKind { Inspection = "inspection", Visit = "visit", Feedback = "feedback" }
);

/// The columns of a patrol log (format 2): the ID, then the columns of format 1.
pub const HEADER: &[&str] = &[
    "id",
    "date",
    "leader",
    "alley",
    "kind",
    "household",
    "ticket",
    "note",
];

/// The columns of a format-1 patrol log: no ID. Still read; `migrate_v2` upgrades it.
pub const HEADER_V1: &[&str] = HEADER.split_at(1).1;

/// A patrol row's identity: `<YYYY>-<MM>-<STATION><NNNN>`, e.g. `2026-11-0042` or,
/// logged by the clone with station code `T`, `2026-11-T0007`. The month is the
/// row's file; the number counts per month and station, so two clones never
/// hand out the same ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PatrolId {
    pub year: i32,
    pub month: u32,
    pub station: String,
    pub seq: u32,
}

impl PatrolId {
    pub fn new(date: NaiveDate, station: &str, seq: u32) -> PatrolId {
        PatrolId {
            year: date.year(),
            month: date.month(),
            station: station.to_string(),
            seq,
        }
    }

    pub fn parse(s: &str) -> Result<PatrolId, String> {
        let bad = || {
            crate::msg!(
                "store-not-a-patrol-id",
                value = s.escape_debug().to_string()
            )
        };
        let mut parts = s.splitn(3, '-');
        let (Some(y), Some(m), Some(num)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let digits_at = num.find(|c: char| c.is_ascii_digit()).ok_or_else(bad)?;
        let (station, digits) = num.split_at(digits_at);
        let id = PatrolId {
            year: y.parse().map_err(|_| bad())?,
            month: m.parse().map_err(|_| bad())?,
            station: station.to_string(),
            seq: digits.parse().map_err(|_| bad())?,
        };
        let ok = super::ids::check_station(station).is_ok()
            && (1..=12).contains(&id.month)
            && id.to_string() == s;
        if ok {
            Ok(id)
        } else {
            Err(bad())
        }
    }

    /// The monthly file the row with this ID lives in.
    pub fn file(&self) -> String {
        format!("patrols/{:04}-{:02}.csv", self.year, self.month)
    }
}

impl std::fmt::Display for PatrolId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{}{:04}",
            self.year, self.month, self.station, self.seq
        )
    }
}

impl std::str::FromStr for PatrolId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        PatrolId::parse(s)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Patrol {
    /// `None` only for a row read from a format-1 file.
    pub id: Option<PatrolId>,
    pub date: NaiveDate,
    pub leader: LeaderId,
    pub alley: AlleyId,
    pub kind: PatrolKind,
    pub household: Option<HouseholdId>,
    pub case: Option<CaseId>,
    pub note: String,
}

/// A case ID in a CSV cell.
struct CaseCell(CaseId);

impl std::str::FromStr for CaseCell {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        CaseId::parse(s).map(CaseCell)
    }
}

impl Patrol {
    /// The monthly file a row belongs in: `patrols/2026-11.csv`.
    pub fn file_for(date: NaiveDate) -> String {
        format!("patrols/{}.csv", date.format("%Y-%m"))
    }

    /// Parses a row of a file with the given header ([`HEADER`] or [`HEADER_V1`]).
    pub fn from_row(f: &[String], header: &[String]) -> Result<Patrol, Vec<String>> {
        if header.first().is_some_and(|h| h == "id") {
            Self::from_fields(f)
        } else {
            Self::from_fields_v1(f)
        }
    }

    /// Parses a row of a format-2 file: the ID, then the columns of format 1.
    pub fn from_fields(f: &[String]) -> Result<Patrol, Vec<String>> {
        let mut r = Fields::new(f, HEADER);
        let id: Option<PatrolId> = r.parsed(0);
        let rest = Self::from_fields_v1(f.get(1..).unwrap_or(&[]));
        let mut errors = r.errors;
        if let (Some(id), Ok(p)) = (&id, &rest) {
            if id.file() != Patrol::file_for(p.date) {
                let said = crate::msg!(
                    "store-patrol-id-other-month",
                    id = id.to_string(),
                    file = id.file(),
                    date = p.date.to_string()
                );
                errors.push(super::registry::column("id", &said));
            }
        }
        match rest {
            Ok(p) if errors.is_empty() => Ok(Patrol { id, ..p }),
            Ok(_) => Err(errors),
            Err(e) => Err(errors.into_iter().chain(e).collect()),
        }
    }

    /// Parses a row of a format-1 file (no ID).
    pub fn from_fields_v1(f: &[String]) -> Result<Patrol, Vec<String>> {
        let mut r = Fields::new(f, HEADER_V1);
        let date = r.date(0);
        if f.first().is_some_and(|d| d.is_empty()) {
            let said = crate::msg!("store-required");
            r.errors.push(super::registry::column("date", &said));
        }
        let leader = r.parsed(1);
        let alley = r.parsed(2);
        let kind: Option<PatrolKind> = r.parsed(3);
        let household = r.optional(4);
        let case = r.optional::<CaseCell>(5).map(|t| t.0);
        let note = r.text(6);
        if kind == Some(PatrolKind::Visit) && household.is_none() && r.errors.is_empty() {
            let said = crate::msg!("store-visit-needs-household");
            r.errors.push(super::registry::column("household", &said));
        }
        r.finish(|| Patrol {
            id: None,
            date: date.expect("checked"),
            leader: leader.expect("checked"),
            alley: alley.expect("checked"),
            kind: kind.expect("checked"),
            household,
            case,
            note,
        })
    }

    /// The row of a format-2 file (an empty ID for a row that has none yet).
    pub fn to_fields(&self) -> Vec<String> {
        let id = self.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
        std::iter::once(id).chain(self.to_fields_v1()).collect()
    }

    /// The row without its ID: the columns of format 1.
    pub fn to_fields_v1(&self) -> Vec<String> {
        vec![
            self.date.to_string(),
            self.leader.to_string(),
            self.alley.to_string(),
            self.kind.to_string(),
            self.household
                .as_ref()
                .map(|h| h.to_string())
                .unwrap_or_default(),
            self.case
                .as_ref()
                .map(|t| t.to_string())
                .unwrap_or_default(),
            self.note.clone(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn rows_round_trip_and_visits_need_a_household() {
        let f = row(&[
            "2026-11-T0007",
            "2026-11-03",
            "L01",
            "A01",
            "visit",
            "H0001",
            "NJ-2026-0042",
            "问候",
        ]);
        assert_eq!(Patrol::from_fields(&f).unwrap().to_fields(), f);
        let f = row(&["2026-11-03", "L01", "A01", "visit", "", "", ""]);
        assert_eq!(
            Patrol::from_fields_v1(&f).unwrap_err(),
            vec!["column `household`: a visit needs the household visited"]
        );
        let f = row(&["", "L01", "A01", "walk", "", "42", ""]);
        assert_eq!(Patrol::from_fields_v1(&f).unwrap_err().len(), 3);
        // A format-1 row has no ID; an ID must be of the row's month.
        let v1 = row(&["2026-11-03", "L01", "A01", "inspection", "", "", ""]);
        let h1: Vec<String> = HEADER_V1.iter().map(|s| s.to_string()).collect();
        assert_eq!(Patrol::from_row(&v1, &h1).unwrap().id, None);
        let f = row(&[
            "2026-12-0001",
            "2026-11-03",
            "L01",
            "A01",
            "inspection",
            "",
            "",
            "",
        ]);
        assert!(Patrol::from_fields(&f).unwrap_err()[0].contains("not of the row's date"));
        assert_eq!(Patrol::file_for(parse("2026-01-31")), "patrols/2026-01.csv");
    }

    #[test]
    fn patrol_ids_round_trip() {
        for s in ["2026-11-0042", "2026-01-T0007", "2026-11-ABC12345"] {
            assert_eq!(PatrolId::parse(s).unwrap().to_string(), s);
        }
        let id = PatrolId::parse("2026-01-T0007").unwrap();
        assert_eq!(id.file(), "patrols/2026-01.csv");
        for bad in [
            "2026-11-42",
            "2026-13-0001",
            "2026-1-0001",
            "2026-11-t0001",
            "NJ-2026-0042",
            "",
        ] {
            assert!(PatrolId::parse(bad).is_err(), "{bad} accepted");
        }
    }

    fn parse(s: &str) -> NaiveDate {
        crate::model::time::parse_date(s).unwrap()
    }
}
