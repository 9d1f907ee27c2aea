//! The station codes registered in the village: `stations/T.toml` names the one
//! clone that numbers IDs with station `T`. The file is committed with the change
//! that takes the code (`lane local --station T`), so git is the registry: a code
//! another clone took first is refused once its file is pulled, and two clones
//! taking one code offline meet as an add/add conflict on its file, which
//! `lane check` names. The village's own clone (station "") registers nothing.

use std::fs;

use crate::error::{Error, Result};
use crate::msg;

use super::Store;

/// The folder of the registered stations.
pub const STATIONS_DIR: &str = "stations";

/// The file of station `code`, relative to the data folder.
pub fn station_file(code: &str) -> String {
    format!("{STATIONS_DIR}/{code}.toml")
}

/// The text of a station's file.
pub fn render(code: &str, clone: &str) -> String {
    format!(
        "# Station {code}: the one clone that numbers IDs with {code} (`lane local --station {code}`).\nclone = {}\n",
        super::casefile::quote(clone)
    )
}

/// A new identity for this clone: random, so two clones never share one.
pub fn new_clone_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

/// What a station's file says.
pub enum Owner {
    /// Nobody registered the code (or it is the village's own "").
    Free,
    /// The clone that took the code.
    Clone(String),
    /// The file cannot be read as one owner (a merge conflict, a hand edit).
    Broken(String),
}

/// The clone named by a station file's text.
pub fn parse(text: &str) -> Owner {
    if text
        .lines()
        .any(|l| l.starts_with("<<<<<<<") || l.starts_with(">>>>>>>"))
    {
        return Owner::Broken(msg!("store-station-conflict"));
    }
    #[derive(serde::Deserialize)]
    struct File {
        clone: String,
    }
    match toml::from_str::<File>(text) {
        Ok(f) if !f.clone.trim().is_empty() => Owner::Clone(f.clone),
        Ok(_) => Owner::Broken(msg!("store-station-no-clone")),
        Err(e) => Owner::Broken(e.message().trim_end().to_string()),
    }
}

impl Store {
    /// Who took station `code`.
    pub fn station_owner(&self, code: &str) -> Owner {
        if code.is_empty() {
            return Owner::Free;
        }
        match fs::read_to_string(self.path(&station_file(code))) {
            Ok(text) => parse(&text),
            Err(_) => Owner::Free,
        }
    }

    /// Every registered station file: `(code, relative path, owner)`, by code.
    pub fn stations(&self) -> Vec<(String, String, Owner)> {
        let Ok(dir) = fs::read_dir(self.path(STATIONS_DIR)) else {
            return Vec::new();
        };
        let mut codes: Vec<String> = dir
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(String::from))
            .filter_map(|n| n.strip_suffix(".toml").map(String::from))
            .collect();
        codes.sort();
        codes
            .into_iter()
            .map(|c| {
                let owner = self.station_owner(&c);
                (c.clone(), station_file(&c), owner)
            })
            .collect()
    }

    /// Refuses a station this clone may not number with: one registered by another
    /// clone, or whose file is broken. An unregistered code is allowed (a clone set
    /// up before stations were registered).
    pub fn check_own_station(&self, code: &str, clone: Option<&str>) -> Result<()> {
        match self.station_owner(code) {
            Owner::Free => Ok(()),
            Owner::Clone(c) if Some(c.as_str()) == clone => Ok(()),
            Owner::Clone(_) => Err(Error::refused(msg!(
                "store-station-taken",
                code = code,
                file = station_file(code)
            ))
            .hint(msg!("store-station-taken-hint"))),
            Owner::Broken(e) => Err(Error::input(format!("{}: {e}", station_file(code)))
                .hint(msg!("store-station-broken-hint", code = code))),
        }
    }
}
