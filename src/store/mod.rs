//! The data folder: where each file lives, reading and writing it. This is the only
//! code that touches the folder.

pub mod atomic;
pub mod attachments;
pub mod candidates;
pub mod casefile;
pub mod casemerge;
pub mod cases;
pub mod change;
pub mod configfile;
pub mod csvfile;
pub mod deadlines;
pub mod field;
pub mod folder;
pub mod git;
pub mod gitlock;
pub mod index;
pub mod ioerr;
pub mod lock;
pub mod migrate;
pub mod patrolmerge;
pub mod patrols;
pub mod pending;
pub mod registered;
pub mod registry;
pub mod scan;
pub mod stars;
pub mod stations;
pub mod town;
pub mod undo;

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::time::Time;

pub use folder::create as create_folder;

pub const CONFIG_FILE: &str = "lane.toml";
/// The per-clone settings file (station code, default `--by`), git-ignored.
pub const LOCAL_FILE: &str = "local.toml";

/// An open data folder.
pub struct Store {
    pub root: PathBuf,
    pub config: Config,
    /// "Now", fixed by `$LANE_NOW` for tests and scripts, else the clock.
    pub now: Time,
    /// `--no-commit`: changes are written but not committed to git.
    pub no_commit: bool,
    /// Set by `lane migrate` alone: writes to a folder of an older format pass.
    pub(crate) migrating: bool,
}

/// Finds the data folder: `--data`, else `$LANE_DATA` (an empty one is unset),
/// else the nearest folder upward holding lane.toml, else `./data`.
pub fn locate(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    if let Some(p) = std::env::var_os("LANE_DATA").filter(|v| !v.is_empty()) {
        return PathBuf::from(p);
    }
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join(CONFIG_FILE).is_file() {
                return dir.to_path_buf();
            }
        }
    }
    PathBuf::from("data")
}

/// The `[village] language` of the folder at `dir`, read leniently before the
/// command line is parsed (so `--help` speaks it): `en` for a folder that names
/// no language, `None` when there is no lane.toml or it does not parse.
pub fn peek_language(dir: &Path) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Peek {
        village: Option<PeekVillage>,
    }
    #[derive(serde::Deserialize)]
    struct PeekVillage {
        language: Option<String>,
    }
    let text = std::fs::read_to_string(dir.join(CONFIG_FILE)).ok()?;
    let peek: Peek = toml::from_str(&text).ok()?;
    Some(
        peek.village
            .and_then(|v| v.language)
            .unwrap_or_else(|| "en".to_string()),
    )
}

/// Whether `dir` is a lane data folder (holds a lane.toml).
pub fn is_data_folder(dir: &Path) -> bool {
    dir.join(CONFIG_FILE).is_file()
}

/// Parses `$LANE_NOW` or takes the clock, in `tz`.
pub fn now(tz: chrono::FixedOffset) -> Result<Time> {
    match std::env::var("LANE_NOW") {
        // In the village's offset whatever LANE_NOW says, so its date is the village's.
        Ok(s) if !s.is_empty() => crate::model::time::parse_time(&s, tz)
            .map(|t| t.with_timezone(&tz))
            .map_err(|e| Error::input(crate::msg!("store-lane-now", error = e))),
        _ => Ok(crate::model::time::whole_seconds(
            chrono::Utc::now().with_timezone(&tz),
        )),
    }
}

impl Store {
    /// Opens the data folder at `root`, reading and checking lane.toml.
    pub fn open(root: &Path) -> Result<Store> {
        let path = root.join(CONFIG_FILE);
        if !path.is_file() {
            return Err(Error::input(crate::msg!(
                "store-not-a-folder",
                path = root.display().to_string()
            ))
            .hint(crate::msg!("store-not-a-folder-hint")));
        }
        let config = read_config(&path)?;
        crate::i18n::set_current(config.lang());
        let now = now(config.offset())?;
        if atomic::has_journal(root) || pending::exists(root) {
            // A crash interrupted a write of several files, or its commit: finish
            // it before reading.
            match lock::Lock::take(root) {
                Ok(lock) => pending::finish(root, &lock),
                Err(e) => crate::error::warn(&crate::msg!(
                    "store-interrupted-write-waits",
                    problems = e.problems.join(&crate::msg!("store-separator"))
                )),
            }
        }
        Ok(Store {
            // Absolute, so every path lane makes under it compares with it (a
            // relative `--data` made temp paths "outside the data folder").
            root: std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf()),
            config,
            now,
            no_commit: false,
            migrating: false,
        })
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Whether changes are committed: the folder is a repository's top and
    /// `--no-commit` was not given.
    pub fn commits(&self, no_commit: bool) -> bool {
        !no_commit && git::is_repo(&self.root)
    }

    /// Applies a batch of writes under the folder's `lock`, all or nothing, and
    /// commits them (unless `no_commit`) with git holding the lock too. Prints git's
    /// warning, if any, to stderr. Commands write through [`Store::change`], which
    /// calls this.
    pub(crate) fn write_batch(
        &self,
        lock: &lock::Lock,
        mut batch: atomic::Batch,
        message: &str,
        no_commit: bool,
    ) -> Result<()> {
        let paths: Vec<String> = batch
            .paths()
            .map(|p| {
                p.strip_prefix(&self.root)
                    .unwrap_or(p)
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        // Files that do not exist yet are certainly new to git too.
        let new: Vec<String> = paths
            .iter()
            .filter(|p| std::fs::symlink_metadata(self.root.join(p)).is_err())
            .cloned()
            .collect();
        batch.label(message);
        let commits = self.commits(no_commit);
        if commits {
            pending::begin(&self.root, &paths, message);
        }
        if let Err(e) = batch.commit(&self.root) {
            // Nothing written, or a write the next lock finishes (and commits).
            if !atomic::has_journal(&self.root) {
                pending::end(&self.root);
            }
            return Err(e);
        }
        if commits {
            if let Some(w) = git::commit(&self.root, lock, &paths, &new, message) {
                crate::error::warn(&w);
            }
            pending::end(&self.root);
        }
        Ok(())
    }
}

/// Reads and checks lane.toml; errors say `lane.toml:LINE: ...`.
pub fn read_config(path: &Path) -> Result<Config> {
    let text = std::fs::read_to_string(path).map_err(|e| ioerr::Op::Read.fail(path, e))?;
    parse_config(&text)
}

/// Parses and checks the text of lane.toml.
pub fn parse_config(text: &str) -> Result<Config> {
    migrate::check_version(text)?;
    let config: Config = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| casefile::line_at(text, s.start));
        Error::input(format!("{CONFIG_FILE}:{line}: {}", e.message().trim_end()))
    })?;
    config
        .validate()
        .map_err(|e| Error::input(format!("{CONFIG_FILE}: {e}")))?;
    Ok(config)
}

/// The per-clone settings.
#[derive(Debug, Default, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Local {
    /// The station code of this clone; `None` until set, "" for the village's own.
    pub station: Option<String>,
    /// Who acts when `--by` is not given.
    pub by: Option<String>,
    /// How readers check the derived index against the case files: `files` (the
    /// default) stats every case file; `folders` trusts a year folder whose
    /// modification time is unchanged, which is much faster for a very large
    /// archive but misses an in-place edit of a case file until `lane reindex`.
    pub index_check: Option<IndexCheck>,
    /// This clone's identity in the village's station registry (`stations/`),
    /// made when it first takes a station code.
    pub clone: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum IndexCheck {
    Files,
    Folders,
}

impl Store {
    pub fn local(&self) -> Result<Local> {
        let path = self.path(LOCAL_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let local: Local = toml::from_str(&text).map_err(|e| {
                    let line = e.span().map_or(1, |s| casefile::line_at(&text, s.start));
                    Error::input(format!("{LOCAL_FILE}:{line}: {}", e.message().trim_end()))
                })?;
                // The station code becomes part of file names: checked like an ID.
                if let Some(s) = &local.station {
                    crate::model::ids::check_station(s).map_err(|e| {
                        Error::input(format!("{LOCAL_FILE}: {e}"))
                            .hint(crate::msg!("store-local-station-hint"))
                    })?;
                }
                Ok(local)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Local::default()),
            Err(e) => Err(ioerr::Op::Read.fail(&path, e)),
        }
    }

    /// Writes local.toml (atomically, under the folder's lock). It is git-ignored:
    /// never committed.
    pub fn save_local(&self, local: &Local) -> Result<()> {
        let _lock = lock::Lock::take(&self.root)?;
        let mut batch = atomic::Batch::new();
        batch.put(self.path(LOCAL_FILE), local.render().into_bytes());
        batch.apply()
    }
}

impl Local {
    /// The text of local.toml.
    pub fn render(&self) -> String {
        let mut text = String::from("# This clone's own settings; git-ignored, never shared.\n");
        if let Some(s) = &self.station {
            text.push_str(&format!("station = {}\n", casefile::quote(s)));
        }
        if let Some(b) = &self.by {
            text.push_str(&format!("by = {}\n", casefile::quote(b)));
        }
        if let Some(c) = self.index_check {
            let word = match c {
                IndexCheck::Files => "files",
                IndexCheck::Folders => "folders",
            };
            text.push_str(&format!("index_check = \"{word}\"\n"));
        }
        if let Some(c) = &self.clone {
            text.push_str(&format!("clone = {}\n", casefile::quote(c)));
        }
        text
    }
}
