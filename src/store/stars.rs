//! Round files of the five-star assessment, `stars/ROUND.csv`: finding them, reading
//! them with line numbers, and rewriting them with untouched rows byte-identical.

use std::collections::HashMap;
use std::fs;

use super::csvfile::{self, CsvDoc, Edit, Encoding};
use super::ioerr::Op;
use super::registry::Registry;
use super::Store;
use crate::error::{Error, Kind, Result};
use crate::model::ids::{AlleyId, HouseholdId, RoundId};
use crate::model::registry::{Alley, Household};
use crate::model::stars::{Layout, StarRow, DIR};

/// A round as read: its document (for byte-preserving rewrites) and its rows with
/// their line numbers.
pub struct Round {
    pub id: RoundId,
    /// `stars/ROUND.csv`.
    pub rel: String,
    pub doc: CsvDoc,
    pub rows: Vec<(usize, StarRow)>,
}

/// Each household's alley and head, and the alleys in file order with their names:
/// what the star commands show next to a household ID.
pub struct Places {
    households: HashMap<String, (AlleyId, String)>,
    alleys: Vec<(AlleyId, String)>,
}

impl Places {
    pub fn new(households: &Registry<Household>, alleys: &Registry<Alley>) -> Places {
        Places {
            households: households
                .iter()
                .map(|h| (h.id.to_string(), (h.alley.clone(), h.head.clone())))
                .collect(),
            alleys: alleys
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect(),
        }
    }
    /// The household's head, empty when it is not in households.csv.
    pub fn head(&self, h: &HouseholdId) -> &str {
        self.households
            .get(h.as_str())
            .map_or("", |(_, n)| n.as_str())
    }
    /// The household's alley, `None` when it is not in households.csv.
    pub fn alley(&self, h: &HouseholdId) -> Option<&AlleyId> {
        self.households.get(h.as_str()).map(|(a, _)| a)
    }
    /// The household's ID, head and alley, as the first cells of a table row.
    pub fn cells(&self, h: &HouseholdId) -> Vec<String> {
        let alley = self.alley(h).map(|a| a.to_string()).unwrap_or_default();
        vec![h.to_string(), self.head(h).to_string(), alley]
    }
    /// The alleys of alleys.csv with their names, in its order.
    pub fn alleys(&self) -> &[(AlleyId, String)] {
        &self.alleys
    }
    /// The alley's name, empty when it is not in alleys.csv.
    pub fn alley_name(&self, alley: &AlleyId) -> &str {
        self.alleys
            .iter()
            .find(|(a, _)| a == alley)
            .map_or("", |(_, n)| n.as_str())
    }
}

/// A `.csv` file in `stars/`: where it is, and its round ID or why its name is none.
pub struct RoundFile {
    pub rel: String,
    pub id: std::result::Result<RoundId, String>,
}

/// The path of a round's file, relative to the data folder.
pub fn round_rel(id: &RoundId) -> String {
    format!("{DIR}/{id}.csv")
}

impl Round {
    pub fn get(&self, household: &str) -> Option<&StarRow> {
        self.rows
            .iter()
            .find(|(_, r)| r.household.as_str() == household)
            .map(|(_, r)| r)
    }

    pub fn iter(&self) -> impl Iterator<Item = &StarRow> {
        self.rows.iter().map(|(_, r)| r)
    }

    /// The rows alone, in file order.
    pub fn star_rows(&self) -> Vec<StarRow> {
        self.iter().cloned().collect()
    }

    /// The file's new bytes: rows of the households in `replace` re-encoded, the
    /// rest byte for byte as they were, `append` at the end.
    pub fn rewritten(&self, layout: &Layout, replace: &[StarRow], append: &[StarRow]) -> Vec<u8> {
        let by_id: HashMap<&str, &StarRow> =
            replace.iter().map(|r| (r.household.as_str(), r)).collect();
        let appended: Vec<Vec<String>> = append.iter().map(|r| layout.to_fields(r)).collect();
        csvfile::rewrite(
            &self.doc,
            |row| match row.fields.first().and_then(|h| by_id.get(h.as_str())) {
                Some(r) => Edit::Replace(layout.to_fields(r)),
                None => Edit::Keep,
            },
            &appended,
        )
    }
}

/// The bytes of a new round file.
pub fn new_round_bytes(layout: &Layout, rows: &[StarRow]) -> Vec<u8> {
    let mut out = csvfile::encode_row(&layout.header(), false);
    for r in rows {
        out.push_str(&csvfile::encode_row(&layout.to_fields(r), false));
    }
    out.into_bytes()
}

/// Checks the header against the layout; an unknown column names the nearest
/// criterion.
fn check_header(doc: &CsvDoc, layout: &Layout, rel: &str) -> Result<()> {
    let expected = layout.header();
    if doc.header == expected {
        return Ok(());
    }
    let hint = crate::msg!("store-round-header-must-be", header = expected.join(","));
    let unknown = doc.header.iter().find(|h| !expected.contains(h));
    let msg = match unknown {
        Some(u) => {
            let near = crate::suggest::nearest(u, expected.iter().map(|s| s.as_str()));
            let said = match near {
                Some(n) => crate::msg!(
                    "store-csv-unknown-column-near",
                    column = u.as_str(),
                    near = n
                ),
                None => crate::msg!("store-csv-unknown-column", column = u.as_str()),
            };
            format!("{rel}:1: {said}")
        }
        None => format!(
            "{rel}:1: {}",
            crate::msg!("store-csv-header-is", header = doc.header.join(","))
        ),
    };
    Err(Error::input(msg).hint(hint))
}

impl Store {
    /// The columns of a round: lane.toml's criteria, refusing when there are none.
    pub fn star_layout(&self) -> Result<Layout> {
        let l = Layout::new(&self.config);
        if l.keys.is_empty() {
            return Err(Error::refused(crate::msg!("store-no-criteria"))
                .hint(crate::msg!("store-no-criteria-hint")));
        }
        Ok(l)
    }

    /// The round named by `--round`, else the latest (the file sorting last).
    pub fn resolve_round(&self, given: Option<&str>) -> Result<RoundId> {
        let ids = self.round_ids()?;
        let Some(given) = given else {
            return ids.last().cloned().ok_or_else(|| {
                Error::refused(crate::msg!("store-no-round-yet"))
                    .hint(crate::msg!("store-no-round-yet-hint"))
            });
        };
        let id: RoundId = given
            .parse()
            .map_err(|e| Error::input(crate::msg!("store-flag-round", error = e)))?;
        if ids.contains(&id) {
            return Ok(id);
        }
        let mut e = Error::input(crate::msg!(
            "store-no-round",
            round = id.as_str(),
            file = round_rel(&id)
        ));
        let names: Vec<&str> = ids.iter().map(|r| r.as_str()).collect();
        e = match crate::suggest::nearest(id.as_str(), names.iter().copied()) {
            Some(n) => e.hint(crate::msg!("store-did-you-mean", id = n)),
            None if names.is_empty() => e.hint(crate::msg!("store-start-a-round")),
            None => e.hint(crate::msg!(
                "store-the-rounds-are",
                rounds = names.join(&crate::msg!("store-file-separator"))
            )),
        };
        Err(e)
    }

    /// Whether the file of round `id` is there.
    pub fn has_round(&self, id: &RoundId) -> bool {
        self.path(&round_rel(id)).exists()
    }

    /// The households' alleys and heads, and the alleys' names.
    pub fn places(&self) -> Result<Places> {
        let households = self.load::<Household>()?;
        let alleys = self.load::<Alley>()?;
        Ok(Places::new(&households, &alleys))
    }

    /// Every `stars/*.csv`, sorted by file name: the order of the rounds.
    pub fn round_files(&self) -> Result<Vec<RoundFile>> {
        let dir = self.path(DIR);
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Op::Read.fail(&dir, e)),
        };
        let mut names: Vec<String> = rd
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".csv") && !n.starts_with('.'))
            .collect();
        names.sort();
        Ok(names
            .into_iter()
            .map(|n| RoundFile {
                rel: format!("{DIR}/{n}"),
                id: RoundId::new(n.trim_end_matches(".csv")),
            })
            .collect())
    }

    /// The rounds, oldest (sorting first) to newest.
    pub fn round_ids(&self) -> Result<Vec<RoundId>> {
        Ok(self
            .round_files()?
            .into_iter()
            .filter_map(|f| f.id.ok())
            .collect())
    }

    /// Reads a round, collecting every bad row as `stars/ROUND.csv:LINE: message`;
    /// the rows that parsed are returned too. A missing file or a bad header is an
    /// error.
    pub fn load_round_lenient(
        &self,
        layout: &Layout,
        id: &RoundId,
    ) -> Result<(Round, Vec<String>)> {
        let rel = round_rel(id);
        let doc = csvfile::read(&self.path(&rel), &rel, Encoding::Utf8Only)?;
        check_header(&doc, layout, &rel)?;
        let mut rows = Vec::with_capacity(doc.rows.len());
        let mut problems = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for row in &doc.rows {
            match layout.parse_row(&row.fields) {
                Ok(r) => {
                    if let Some(first) = seen.get(r.household.as_str()) {
                        let said = crate::msg!(
                            "store-round-household-twice",
                            household = r.household.to_string(),
                            first = *first
                        );
                        problems.push(format!("{rel}:{}: {said}", row.line));
                    } else {
                        seen.insert(r.household.to_string(), row.line);
                        rows.push((row.line, r));
                    }
                }
                Err(errs) => {
                    problems.extend(errs.into_iter().map(|e| format!("{rel}:{}: {e}", row.line)))
                }
            }
        }
        let round = Round {
            id: id.clone(),
            rel,
            doc,
            rows,
        };
        Ok((round, problems))
    }

    /// Reads a round; any bad row is an error.
    pub fn load_round(&self, layout: &Layout, id: &RoundId) -> Result<Round> {
        let (round, problems) = self.load_round_lenient(layout, id)?;
        if problems.is_empty() {
            Ok(round)
        } else {
            Err(Error::many(Kind::Input, problems).hint(crate::msg!("store-fix-the-file")))
        }
    }
}
