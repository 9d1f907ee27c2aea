//! The registries: alleys, lane leaders and households, one CSV row each. A record
//! knows its file, its fixed header and how to turn a row into typed values; it does
//! no I/O.

use std::str::FromStr;

use chrono::NaiveDate;

use super::ids::{AlleyId, HouseholdId, LeaderId};
use super::time::parse_date;

/// A row of a registry file.
pub trait Record: Sized + Clone {
    /// The file inside the data folder.
    const FILE: &'static str;
    /// The fixed header, in order.
    const HEADER: &'static [&'static str];
    /// How many of the header's last columns an older format lacks: a file whose
    /// header stops before them is read (the values empty) and written as it is.
    const NEWER_COLUMNS: usize = 0;
    /// What one record is called in messages.
    const WHAT: &'static str;
    /// Builds a record from fields in header order, or lists what is wrong.
    fn from_fields(f: &[String]) -> Result<Self, Vec<String>>;
    fn to_fields(&self) -> Vec<String>;
    fn id(&self) -> &str;
}

/// Reads typed values out of a row, collecting every problem.
pub struct Fields<'a> {
    f: &'a [String],
    header: &'static [&'static str],
    pub errors: Vec<String>,
}

impl<'a> Fields<'a> {
    pub fn new(f: &'a [String], header: &'static [&'static str]) -> Self {
        Fields {
            f,
            header,
            errors: Vec::new(),
        }
    }
    fn raw(&self, i: usize) -> &'a str {
        self.f.get(i).map(|s| s.as_str()).unwrap_or("")
    }
    fn fail(&mut self, i: usize, msg: String) {
        self.errors.push(column(self.header[i], &msg));
    }
    pub fn text(&mut self, i: usize) -> String {
        let v = self.raw(i);
        if let Some(c) = v.chars().find(|c| c.is_control() && *c != '\t') {
            self.fail(
                i,
                crate::msg!("store-control-char", char = format!("{c:?}")),
            );
        }
        v.to_string()
    }
    pub fn required(&mut self, i: usize) -> String {
        let v = self.text(i);
        if v.trim().is_empty() {
            self.fail(i, crate::msg!("store-required"));
        }
        v
    }
    pub fn parsed<T: FromStr<Err = String>>(&mut self, i: usize) -> Option<T> {
        let v = self.raw(i);
        if v.is_empty() {
            self.fail(i, crate::msg!("store-required"));
            return None;
        }
        match v.parse() {
            Ok(x) => Some(x),
            Err(e) => {
                self.fail(i, e);
                None
            }
        }
    }
    pub fn optional<T: FromStr<Err = String>>(&mut self, i: usize) -> Option<T> {
        if self.raw(i).is_empty() {
            None
        } else {
            self.parsed(i)
        }
    }
    pub fn date(&mut self, i: usize) -> Option<NaiveDate> {
        let v = self.raw(i);
        if v.is_empty() {
            return None;
        }
        match parse_date(v) {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(i, e);
                None
            }
        }
    }
    pub fn phone(&mut self, i: usize) -> String {
        let v = self.text(i);
        if let Err(e) = check_phone(&v) {
            self.fail(i, e);
        }
        v
    }
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Vec<String>> {
        if self.errors.is_empty() {
            Ok(value())
        } else {
            Err(self.errors)
        }
    }
}

/// A problem of one column of a row: ``column `name`: is empty but required``.
pub fn column(name: &str, problem: &str) -> String {
    crate::msg!("store-column", column = name, problem = problem)
}

/// A phone number: digits with optional `+`, spaces, dashes and parentheses.
pub fn check_phone(s: &str) -> Result<(), String> {
    if s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) {
        Ok(())
    } else {
        Err(crate::msg!("store-not-a-phone", value = s))
    }
}

macro_rules! str_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
        pub enum $name { $(#[value(name = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [&'static str] = &[$($text),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(crate::msg!(
                        "store-not-one-of",
                        value = s,
                        choices = Self::ALL.join(&crate::msg!("store-file-separator"))
                    )),
                }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use str_enum;

str_enum!(
    /// How a lane leader came to the post: old party member, old cadre, respected resident.
    Background { PartyMember = "party-member", Cadre = "cadre", Respected = "respected" }
);
str_enum!(
    /// Who chose the lane leader.
    SelectedBy {
        PartyMembersAndMasses = "party-members-and-masses",
        HouseholdRecommendation = "household-recommendation",
        TwoCommittees = "two-committees",
    }
);

#[derive(Debug, Clone, PartialEq)]
pub struct Alley {
    pub id: AlleyId,
    pub name: String,
    pub group: String,
    /// The current lane leader.
    pub leader: Option<LeaderId>,
    pub note: String,
}

impl Record for Alley {
    const FILE: &'static str = "alleys.csv";
    const HEADER: &'static [&'static str] = &["id", "name", "group", "leader", "note"];
    const WHAT: &'static str = "alley";
    fn from_fields(f: &[String]) -> Result<Self, Vec<String>> {
        let mut r = Fields::new(f, Self::HEADER);
        let id = r.parsed(0);
        let name = r.required(1);
        let group = r.text(2);
        let leader = r.optional(3);
        let note = r.text(4);
        r.finish(|| Alley {
            id: id.unwrap(),
            name,
            group,
            leader,
            note,
        })
    }
    fn to_fields(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.group.clone(),
            self.leader
                .as_ref()
                .map(|l| l.to_string())
                .unwrap_or_default(),
            self.note.clone(),
        ]
    }
    fn id(&self) -> &str {
        self.id.as_str()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Leader {
    pub id: LeaderId,
    pub name: String,
    pub phone: String,
    pub alley: Option<AlleyId>,
    pub background: Background,
    pub selected_by: SelectedBy,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub note: String,
}

impl Leader {
    /// Whether the leader holds the post on `day`.
    pub fn serves_on(&self, day: NaiveDate) -> bool {
        self.since.is_none_or(|s| s <= day) && self.until.is_none_or(|u| day <= u)
    }
}

impl Record for Leader {
    const FILE: &'static str = "leaders.csv";
    const HEADER: &'static [&'static str] = &[
        "id",
        "name",
        "phone",
        "alley",
        "background",
        "selected_by",
        "since",
        "until",
        "note",
    ];
    const WHAT: &'static str = "leader";
    fn from_fields(f: &[String]) -> Result<Self, Vec<String>> {
        let mut r = Fields::new(f, Self::HEADER);
        let id = r.parsed(0);
        let name = r.required(1);
        let phone = r.phone(2);
        let alley = r.optional(3);
        let background = r.parsed(4);
        let selected_by = r.parsed(5);
        let since = r.date(6);
        let until = r.date(7);
        if let (Some(s), Some(u)) = (since, until) {
            if u < s {
                let said = crate::msg!(
                    "store-until-before-since",
                    until = u.to_string(),
                    since = s.to_string()
                );
                r.errors.push(column("until", &said));
            }
        }
        let note = r.text(8);
        r.finish(|| Leader {
            id: id.unwrap(),
            name,
            phone,
            alley,
            background: background.unwrap(),
            selected_by: selected_by.unwrap(),
            since,
            until,
            note,
        })
    }
    fn to_fields(&self) -> Vec<String> {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.phone.clone(),
            self.alley
                .as_ref()
                .map(|a| a.to_string())
                .unwrap_or_default(),
            self.background.to_string(),
            self.selected_by.to_string(),
            date(self.since),
            date(self.until),
            self.note.clone(),
        ]
    }
    fn id(&self) -> &str {
        self.id.as_str()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Household {
    pub id: HouseholdId,
    pub head: String,
    pub alley: AlleyId,
    pub address: String,
    pub members: Option<u32>,
    pub phone: String,
    /// `;`-separated tags such as `elderly;low-income`.
    pub tags: String,
    pub note: String,
    /// When the household was registered (format 2); `None`: before records began.
    pub registered: Option<NaiveDate>,
}

impl Household {
    /// Whether the household was registered by `day` (one registered later is not
    /// expected in that day's lists, such as a report's "last person").
    pub fn registered_by(&self, day: NaiveDate) -> bool {
        self.registered.is_none_or(|r| r <= day)
    }
}

/// A count of household members, 1 to 99.
pub struct Members(pub u32);

impl FromStr for Members {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.parse::<u32>() {
            Ok(n) if (1..100).contains(&n) => Ok(Members(n)),
            _ => Err(crate::msg!("store-not-members", value = s)),
        }
    }
}

impl Record for Household {
    const FILE: &'static str = "households.csv";
    const HEADER: &'static [&'static str] = &[
        "id",
        "head",
        "alley",
        "address",
        "members",
        "phone",
        "tags",
        "note",
        "registered",
    ];
    /// `registered` is new in format 2.
    const NEWER_COLUMNS: usize = 1;
    const WHAT: &'static str = "household";
    fn from_fields(f: &[String]) -> Result<Self, Vec<String>> {
        let mut r = Fields::new(f, Self::HEADER);
        let id = r.parsed(0);
        let head = r.required(1);
        let alley = r.parsed(2);
        let address = r.text(3);
        let members = r.optional::<Members>(4).map(|m| m.0);
        let phone = r.phone(5);
        let tags = r.text(6);
        let note = r.text(7);
        let registered = r.date(8);
        r.finish(|| Household {
            id: id.unwrap(),
            head,
            alley: alley.unwrap(),
            address,
            members,
            phone,
            tags,
            note,
            registered,
        })
    }
    fn to_fields(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.head.clone(),
            self.alley.to_string(),
            self.address.clone(),
            self.members.map(|m| m.to_string()).unwrap_or_default(),
            self.phone.clone(),
            self.tags.clone(),
            self.note.clone(),
            self.registered.map(|d| d.to_string()).unwrap_or_default(),
        ]
    }
    fn id(&self) -> &str {
        self.id.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn leader_row_round_trips() {
        let f = row(&[
            "L01",
            "张桂兰",
            "13800000001",
            "A01",
            "party-member",
            "two-committees",
            "2021-03-01",
            "",
            "",
        ]);
        let l = Leader::from_fields(&f).unwrap();
        assert_eq!(l.to_fields(), f);
        assert!(l.serves_on(parse_date("2021-03-01").unwrap()));
        assert!(!l.serves_on(parse_date("2021-02-28").unwrap()));
    }

    #[test]
    fn every_bad_field_is_listed() {
        let f = row(&[
            "L/1",
            "",
            "abc",
            "A01",
            "boss",
            "two-committees",
            "2021-3-1",
            "",
            "",
        ]);
        let errs = Leader::from_fields(&f).unwrap_err();
        assert_eq!(errs.len(), 5, "{errs:?}");
        assert!(errs[0].starts_with("column `id`: ID `L/1` has the character '/'"));
        assert_eq!(errs[1], "column `name`: is empty but required");
        assert!(errs[3].starts_with("column `background`: `boss` is not one of"));
        assert!(errs[4].starts_with("column `since`: `2021-3-1` is not a date"));
    }

    #[test]
    fn household_members_must_be_sane() {
        let f = row(&["H1", "王", "A01", "", "0", "", "", ""]);
        assert!(Household::from_fields(&f).unwrap_err()[0].contains("not a number of members"));
    }
}
