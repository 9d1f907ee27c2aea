//! A patrol row: the "three musts" of a lane leader — fixed-point inspection,
//! household visits, feedback on social conditions. Rows live in monthly files
//! `patrols/YYYY-MM.csv` that only ever grow.

use chrono::NaiveDate;

use super::ids::{AlleyId, CaseId, HouseholdId, LeaderId};
use super::registry::{str_enum, Fields};

str_enum!(
    /// What the lane leader did.
    PatrolKind { Inspection = "inspection", Visit = "visit", Feedback = "feedback" }
);

pub const HEADER: &[&str] = &[
    "date",
    "leader",
    "alley",
    "kind",
    "household",
    "ticket",
    "note",
];

#[derive(Debug, Clone, PartialEq)]
pub struct Patrol {
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

    pub fn from_fields(f: &[String]) -> Result<Patrol, Vec<String>> {
        let mut r = Fields::new(f, HEADER);
        let date = r.date(0);
        if f.first().is_some_and(|d| d.is_empty()) {
            r.errors.push("column `date`: is empty but required".into());
        }
        let leader = r.parsed(1);
        let alley = r.parsed(2);
        let kind: Option<PatrolKind> = r.parsed(3);
        let household = r.optional(4);
        let case = r.optional::<CaseCell>(5).map(|t| t.0);
        let note = r.text(6);
        if kind == Some(PatrolKind::Visit) && household.is_none() && r.errors.is_empty() {
            r.errors
                .push("column `household`: a visit needs the household visited".into());
        }
        r.finish(|| Patrol {
            date: date.expect("checked"),
            leader: leader.expect("checked"),
            alley: alley.expect("checked"),
            kind: kind.expect("checked"),
            household,
            case,
            note,
        })
    }

    pub fn to_fields(&self) -> Vec<String> {
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
            Patrol::from_fields(&f).unwrap_err(),
            vec!["column `household`: a visit needs the household visited"]
        );
        let f = row(&["", "L01", "A01", "walk", "", "42", ""]);
        assert_eq!(Patrol::from_fields(&f).unwrap_err().len(), 3);
        assert_eq!(Patrol::file_for(parse("2026-01-31")), "patrols/2026-01.csv");
    }

    fn parse(s: &str) -> NaiveDate {
        crate::model::time::parse_date(s).unwrap()
    }
}
