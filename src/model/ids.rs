//! Typed identifiers. Every ID becomes part of a file name or a CSV cell, so it is
//! checked once, at the edge, for the characters `[A-Za-z0-9_-]` and a sane length.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The longest ID accepted; IDs become file names.
pub const MAX_ID_LEN: usize = 64;

/// Checks that `s` is a usable ID and says what is wrong with it if not.
pub fn check_id(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err(crate::msg!("store-id-empty"));
    }
    if s.len() > MAX_ID_LEN {
        return Err(crate::msg!("store-id-too-long", max = MAX_ID_LEN));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(crate::msg!(
            "store-id-bad-char",
            id = s.escape_debug().to_string(),
            char = format!("{c:?}")
        ));
    }
    Ok(())
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn new(s: &str) -> Result<Self, String> {
                check_id(s)?;
                Ok($name(s.to_string()))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                check_id(&s)?;
                Ok($name(s))
            }
        }
        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                $name::new(s)
            }
        }
    };
}

id_type!(
    /// An alley (lane), e.g. `A01`.
    AlleyId
);
id_type!(
    /// A lane leader, e.g. `L01`.
    LeaderId
);
id_type!(
    /// A household, e.g. `H0001`.
    HouseholdId
);
id_type!(
    /// A five-star assessment round, e.g. `2026`; its file is `stars/2026.csv`.
    RoundId
);

/// A case: `<CODE>-<YEAR>-<STATION><NNNN>`, e.g. `NJ-2026-0042` or, opened by the
/// clone with station code `T`, `NJ-2026-T0007`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaseId {
    pub code: String,
    pub year: i32,
    pub station: String,
    pub seq: u32,
}

impl CaseId {
    pub fn parse(s: &str) -> Result<CaseId, String> {
        check_id(s)?;
        let bad = || crate::msg!("store-not-a-case-id-form", input = s);
        let mut parts = s.rsplitn(3, '-');
        let (num, year, code) = match (parts.next(), parts.next(), parts.next()) {
            (Some(n), Some(y), Some(c)) => (n, y, c),
            _ => return Err(bad()),
        };
        if code.is_empty() || year.len() != 4 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let digits_at = num.find(|c: char| c.is_ascii_digit()).ok_or_else(bad)?;
        let (station, digits) = num.split_at(digits_at);
        if !station.chars().all(|c| c.is_ascii_uppercase()) || digits.len() < 4 {
            return Err(bad());
        }
        let seq: u32 = digits.parse().map_err(|_| bad())?;
        let id = CaseId {
            code: code.to_string(),
            year,
            station: station.to_string(),
            seq,
        };
        if id.to_string() != s {
            return Err(bad());
        }
        Ok(id)
    }
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{}-{}{:04}",
            self.code, self.year, self.station, self.seq
        )
    }
}

/// Checks a per-clone station code: empty (the village's own clone) or 1-3 capital letters.
pub fn check_station(s: &str) -> Result<(), String> {
    if s.len() <= 3 && s.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(crate::msg!("store-bad-station", code = s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_reject_path_characters() {
        assert!(AlleyId::new("A01").is_ok());
        assert!(AlleyId::new("a_b-9").is_ok());
        for bad in ["", "../x", "a/b", "a b", "张", "a\0b", &"x".repeat(65)] {
            assert!(AlleyId::new(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn case_ids_round_trip() {
        for s in ["NJ-2026-0042", "NJ-2026-T0007", "X-Y-1999-12345"] {
            assert_eq!(CaseId::parse(s).unwrap().to_string(), s);
        }
        let t = CaseId::parse("NJ-2026-T0007").unwrap();
        assert_eq!((t.station.as_str(), t.seq, t.year), ("T", 7, 2026));
        for bad in [
            "NJ-2026-42",
            "NJ-26-0042",
            "2026-0042",
            "NJ-2026-t0042",
            "NJ-2026-00042x",
        ] {
            assert!(CaseId::parse(bad).is_err(), "{bad} accepted");
        }
    }
}
