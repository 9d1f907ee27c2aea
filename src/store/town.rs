//! The town folder on disk: `town.toml`, the village clones under `villages/`, and
//! the git work that makes git the network between the villages and the town
//! (clone, fetch and fast-forward, push). Each village folder stays an ordinary lane
//! data folder; the town only reads it with [`Store`] like `lane --data` does.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::atomic::Batch;
use super::casefile::{line_at, quote};
use super::lock::Lock;
use super::{git, read_config, Store, CONFIG_FILE};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::config::Config;
use crate::model::town::{TownFile, TownInfo, VillageEntry};

mod recover;
mod sync;

pub use sync::{check_remote, pull, push, Mismatch, Sync};

pub const TOWN_FILE: &str = "town.toml";
/// Where `lane town add --clone` puts the clones.
pub const VILLAGES_DIR: &str = "villages";
/// The town repository ignores the clones (each is its own repository) and the lock.
pub const TOWN_GITIGNORE: &str =
    "# Each village clone is its own git repository; the town repository keeps town.toml.\n/villages/\n/.lane/\n";

/// Finds the town folder: `--town`, else `$LANE_TOWN` (clap fills `--town` from it),
/// else the nearest folder upward holding town.toml, else `.` (which then says it
/// is not a town folder).
pub fn locate(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join(TOWN_FILE).is_file() {
                return dir.to_path_buf();
            }
        }
    }
    PathBuf::from(".")
}

/// An open town folder.
pub struct Town {
    pub root: PathBuf,
    pub file: TownFile,
    /// The line of each village's entry in town.toml (0 for one not yet saved).
    pub lines: Vec<usize>,
    /// The language of the town's messages: `LANE_LANG`, else the first village's,
    /// else the locale (see [`Town::language`]).
    pub lang: Lang,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    town: TownInfo,
    #[serde(default)]
    villages: Vec<toml::Spanned<VillageEntry>>,
}

impl Town {
    /// Reads town.toml; a file that does not parse is an error with its line.
    pub fn open(root: &Path) -> Result<Town> {
        let path = root.join(TOWN_FILE);
        if !path.is_file() {
            return Err(Error::input(crate::msg!(
                "town-not-a-folder",
                path = root.display().to_string(),
                file = TOWN_FILE
            ))
            .hint(crate::msg!("town-not-a-folder-hint")));
        }
        let text = fs::read_to_string(&path).map_err(|e| io_error(Io::Read, &path, e))?;
        let raw: Raw = toml::from_str(&text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_at(&text, s.start));
            Error::input(format!("{TOWN_FILE}:{line}: {}", e.message().trim_end()))
        })?;
        let lines = raw
            .villages
            .iter()
            .map(|v| line_at(&text, v.span().start))
            .collect();
        let mut town = Town {
            root: root.to_path_buf(),
            file: TownFile {
                town: raw.town,
                villages: raw.villages.into_iter().map(|v| v.into_inner()).collect(),
            },
            lines,
            lang: Lang::En,
        };
        town.speak();
        Ok(town)
    }

    /// Makes the town's language that of the process's messages: `LANE_LANG`, else
    /// its first village's language (town.toml has none of its own), else the
    /// locale's. Called again when the first village is added.
    pub fn speak(&mut self) {
        let first = self.file.villages.first();
        let folder = first.and_then(|v| super::peek_language(&self.dir(v)));
        self.lang = Lang::choose(folder.as_deref());
        crate::i18n::set_current(self.lang);
    }

    /// Opens a village's data folder in the town's language: [`Store::open`] makes
    /// the village's the language of the process, so the town's is set again.
    /// Villages are opened one at a time, so no message is made in another's.
    pub fn open_store(&self, v: &VillageEntry) -> Result<Store> {
        crate::i18n::set_current(self.lang);
        let store = Store::open(&self.dir(v));
        crate::i18n::set_current(self.lang);
        store
    }

    /// Like [`Town::open`], refusing a town.toml with problems (a code used twice)
    /// that would make the town's figures wrong.
    pub fn open_valid(root: &Path) -> Result<Town> {
        let town = Town::open(root)?;
        let problems = town.problems();
        if problems.is_empty() {
            Ok(town)
        } else {
            Err(Error::many(crate::error::Kind::Input, problems)
                .hint(crate::msg!("town-invalid-hint")))
        }
    }

    /// town.toml's own problems as `town.toml:LINE: message`.
    pub fn problems(&self) -> Vec<String> {
        self.file
            .problems()
            .into_iter()
            .map(|(i, msg)| {
                let line = self.lines.get(i).copied().unwrap_or(1).max(1);
                format!("{TOWN_FILE}:{line}: {msg}")
            })
            .collect()
    }

    /// The data folder of a village.
    pub fn dir(&self, v: &VillageEntry) -> PathBuf {
        let p = Path::new(&v.path);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.root.join(p)
        }
    }

    /// How town.toml names a folder: relative to the town folder when inside it,
    /// else absolute.
    pub fn entry_path(&self, dir: &Path) -> String {
        let abs = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let root = fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone());
        match abs.strip_prefix(&root) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.to_string_lossy().replace('\\', "/"),
            _ => abs.to_string_lossy().into_owned(),
        }
    }

    /// Writes town.toml under the town folder's lock and commits it when the town
    /// folder is a git repository.
    pub fn save(&self, message: &str, no_commit: bool) -> Result<()> {
        let lock = Lock::take(&self.root)?;
        let mut batch = Batch::new();
        batch.put(self.root.join(TOWN_FILE), render(&self.file).into_bytes());
        batch.apply()?;
        if !no_commit && git::is_repo(&self.root) {
            let paths = [TOWN_FILE.to_string()];
            if let Some(w) = git::commit(&self.root, &lock, &paths, &[], message) {
                crate::error::warn(&w);
            }
        }
        Ok(())
    }
}

impl Town {
    /// Clones `url` for a new village: into a temp folder under `villages/`, whose
    /// lane.toml `accept` reads and either refuses (the clone is removed) or answers
    /// with the village's folder name; then the clone moves to `villages/<folder>`.
    /// Returns the village's settings and its path in town.toml.
    pub fn clone_village(
        &self,
        url: &str,
        accept: impl FnOnce(&Config) -> Result<String>,
    ) -> Result<(Config, String)> {
        let villages = self.root.join(VILLAGES_DIR);
        fs::create_dir_all(&villages).map_err(|e| io_error(Io::Create, &villages, e))?;
        let tmp = tempfile::Builder::new()
            .prefix(".lane-adding-")
            .tempdir_in(&villages)
            .map_err(|e| io_error(Io::WriteIn, &villages, e))?;
        let staged = tmp.path().join("clone");
        git::clone(url, &staged).map_err(|why| {
            Error::refused(crate::msg!("town-cannot-clone", url = url, why = why))
        })?;
        let cfg = read_config(&staged.join(CONFIG_FILE)).map_err(|e| {
            if staged.join(CONFIG_FILE).is_file() {
                e
            } else {
                Error::refused(crate::msg!(
                    "town-clone-not-data",
                    url = url,
                    file = CONFIG_FILE
                ))
            }
        })?;
        let folder = accept(&cfg)?;
        let dest = villages.join(&folder);
        if dest.exists() {
            let path = format!("{VILLAGES_DIR}/{folder}");
            return Err(
                Error::refused(crate::msg!("town-clone-exists", path = path))
                    .hint(crate::msg!("town-clone-exists-hint")),
            );
        }
        fs::rename(&staged, &dest).map_err(|e| io_error(Io::MoveClone, &dest, e))?;
        Ok((cfg, format!("{VILLAGES_DIR}/{folder}")))
    }
}

/// The text of town.toml.
pub fn render(t: &TownFile) -> String {
    let mut s = String::from(
        "# The villages this town office works over; `lane town add` edits this file.\n\
         # Each village's records stay in its own data folder and git repository.\n\n[town]\n",
    );
    s.push_str(&format!("name = {}\n", quote(&t.town.name)));
    for v in &t.villages {
        s.push_str(&format!(
            "\n[[villages]]\nname = {}\ncode = {}\npath = {}\n",
            quote(&v.name),
            quote(&v.code),
            quote(&v.path)
        ));
        if let Some(r) = &v.remote {
            s.push_str(&format!("remote = {}\n", quote(r)));
        }
    }
    s
}

/// Creates a town folder at `dir` (missing or empty) with an empty town.toml, and
/// makes it a git repository with a first commit unless `no_git`.
pub fn create(dir: &Path, name: &str, no_git: bool) -> Result<()> {
    super::folder::refuse_non_empty(dir)?;
    let villages = dir.join(VILLAGES_DIR);
    fs::create_dir_all(&villages).map_err(|e| io_error(Io::Create, &villages, e))?;
    let mut batch = Batch::new();
    batch.put(
        dir.join(TOWN_FILE),
        render(&TownFile::new(name)).into_bytes(),
    );
    batch.put(dir.join(".gitignore"), TOWN_GITIGNORE.as_bytes().to_vec());
    batch.apply()?;
    if !no_git {
        let msg = format!("town: init {name}");
        let r = git::init(dir, None).and_then(|_| git::commit_all(dir, None, &msg));
        if let Err(why) = r {
            crate::error::warn(&crate::msg!("town-init-not-committed", why = why));
        }
    }
    Ok(())
}

/// What the town could not do to a file or folder.
enum Io {
    Read,
    Create,
    WriteIn,
    MoveClone,
}

/// `cannot read PATH: ERROR` and the like.
fn io_error(what: Io, path: &Path, err: std::io::Error) -> Error {
    let (path, error) = (path.display().to_string(), err.to_string());
    Error::refused(match what {
        Io::Read => crate::msg!("town-cannot-read", path = path, error = error),
        Io::Create => crate::msg!("town-cannot-create", path = path, error = error),
        Io::WriteIn => crate::msg!("town-cannot-write-in", path = path, error = error),
        Io::MoveClone => crate::msg!("town-cannot-move-clone", path = path, error = error),
    })
}

/// Opens a village's data folder (see [`Town::open_store`]), naming the village in
/// the error.
pub fn open_village(town: &Town, v: &VillageEntry) -> Result<Store> {
    town.open_store(v).map_err(|e| {
        let mut e = e;
        e.problems = e
            .problems
            .into_iter()
            .map(|p| village_problem(v, &p))
            .collect();
        e.hint = Some(crate::msg!("town-open-village-hint"));
        e
    })
}

/// `village CODE (PATH): problem`.
pub fn village_problem(v: &VillageEntry, problem: &str) -> String {
    crate::msg!(
        "town-village-problem",
        code = v.code.as_str(),
        path = v.path.as_str(),
        problem = problem
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn town_toml_round_trips() {
        let mut t = TownFile::new("太平镇");
        t.villages.push(VillageEntry {
            name: "南街村".into(),
            code: "NJ".into(),
            path: "villages/nj".into(),
            remote: Some("/srv/git/nj.git".into()),
        });
        t.villages.push(VillageEntry {
            name: "beijie".into(),
            code: "BJ".into(),
            path: "/data/bj".into(),
            remote: None,
        });
        let text = render(&t);
        let raw: Raw = toml::from_str(&text).unwrap();
        assert_eq!(raw.town, t.town);
        let back: Vec<VillageEntry> = raw.villages.into_iter().map(|v| v.into_inner()).collect();
        assert_eq!(back, t.villages);
    }
}
