//! The data folder as a whole: a new one (`lane init DIR`: lane.toml, empty
//! registries, the folders for cases, patrols and stars, .gitattributes, .gitignore
//! and this clone's local.toml, written as one batch of atomic writes; git comes
//! after, from the command), and what in a folder lane does not read ([`strays`]).

use std::fs;
use std::path::Path;

use super::atomic::{Batch, LANE_DIR, TEMP_PREFIX};
use super::ioerr::Op;
use super::{configfile, csvfile, CONFIG_FILE, LOCAL_FILE};
use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::registry::{Alley, Household, Leader, Record};

pub const GITATTRIBUTES: &str = "# Patrol logs merge row by row, by ID (`lane merge-driver`; format 2).\npatrols/*.csv merge=lane-patrol\n";
pub const GITIGNORE: &str = "# Per-clone settings (station code) and the derived index: never shared.\n/local.toml\n/.lane/\n# Temp files of a write that a crash interrupted.\n.lane-tmp-*\n";

/// Refuses a folder that exists and holds anything: lane never writes into one.
pub fn refuse_non_empty(dir: &Path) -> Result<()> {
    match fs::read_dir(dir) {
        Ok(mut rd) => {
            if rd.next().is_none() {
                return Ok(());
            }
            if half_made(dir) {
                let path = dir.display().to_string();
                return Err(
                    Error::refused(crate::msg!("store-half-made", path = path.as_str()))
                        .hint(crate::msg!("store-half-made-hint", path = path)),
                );
            }
            Err(Error::refused(crate::msg!(
                "store-not-empty",
                path = dir.display().to_string()
            ))
            .hint(crate::msg!("store-not-empty-hint")))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Op::Read.fail(dir, e)),
    }
}

/// Whether `dir` looks like what a killed `lane init` of an older lane left: lane's
/// temp files at its top, lane's files without lane.toml, or a repository with
/// lane.toml but no commit.
fn half_made(dir: &Path) -> bool {
    let has = |f: &str| dir.join(f).exists();
    let temp = fs::read_dir(dir).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
    });
    let lane_files = [
        ".gitattributes",
        "alleys.csv",
        "leaders.csv",
        "households.csv",
    ];
    let headless = || {
        has(".git") && super::git::run(dir, None, &["rev-parse", "-q", "--verify", "HEAD"]).is_err()
    };
    temp || (!has(CONFIG_FILE) && lane_files.iter().any(|f| has(f)))
        || (has(CONFIG_FILE) && headless())
}

/// Writes a fresh data folder at `dir` (which must be missing or empty).
pub fn create(dir: &Path, config: &Config) -> Result<()> {
    config.validate().map_err(Error::input)?;
    refuse_non_empty(dir)?;
    fs::create_dir_all(dir).map_err(|e| Op::Create.fail(dir, e))?;
    let mut batch = Batch::new();
    batch.put(
        dir.join(CONFIG_FILE),
        configfile::render(config).into_bytes(),
    );
    batch.put(dir.join(Alley::FILE), csvfile::new_file(Alley::HEADER));
    batch.put(dir.join(Leader::FILE), csvfile::new_file(Leader::HEADER));
    batch.put(
        dir.join(Household::FILE),
        csvfile::new_file(Household::HEADER),
    );
    batch.put(
        dir.join(".gitattributes"),
        GITATTRIBUTES.as_bytes().to_vec(),
    );
    batch.put(dir.join(".gitignore"), GITIGNORE.as_bytes().to_vec());
    batch.put(
        dir.join(LOCAL_FILE),
        b"# This clone's station code: \"\" is the village's own.\nstation = \"\"\n".to_vec(),
    );
    for sub in ["tickets", "patrols", "stars"] {
        batch.put(dir.join(sub).join(".gitkeep"), Vec::new());
    }
    batch.apply()
}

/// The prefix of the temp sibling a new folder is built in: `.NAME.lane-init-…`.
const INIT_TEMP: &str = ".lane-init-";

/// A new data folder being built under a temp name beside its place (same parent,
/// so the last step is one rename): `lane init` is all or nothing. A kill leaves
/// either no folder at DIR or the whole one, and at most a temp sibling, which the
/// next `lane init DIR` removes.
pub struct Staging {
    /// Where the folder is built.
    pub tmp: std::path::PathBuf,
    dir: std::path::PathBuf,
}

impl Staging {
    /// Refuses a `dir` that holds anything, removes the temp siblings of an
    /// interrupted `lane init` of the same DIR, and makes a new one.
    pub fn begin(dir: &Path) -> Result<Staging> {
        refuse_non_empty(dir)?;
        // `lane init .` names the folder by its parent's entry.
        let whole = match dir.file_name() {
            Some(_) => dir.to_path_buf(),
            None => dir.canonicalize().map_err(|e| Op::Read.fail(dir, e))?,
        };
        let name = whole
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Error::input(crate::msg!(
                    "store-not-a-folder-name",
                    path = dir.display().to_string()
                ))
            })?;
        let parent = match whole.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(|e| Op::Create.fail(&parent, e))?;
        let prefix = format!(".{name}{INIT_TEMP}");
        if let Ok(rd) = fs::read_dir(&parent) {
            for e in rd.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    // A git of the killed init may still run in it, holding its
                    // lock: wait for it, or it writes on into what is removed.
                    let lock = e.path().join(LANE_DIR).join("lock");
                    if let Ok(f) = fs::File::open(lock) {
                        let _ = f.lock();
                    }
                    let _ = fs::remove_dir_all(e.path());
                }
            }
        }
        let tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .tempdir_in(&parent)
            .map_err(|e| Op::CreateFolderIn.fail(&parent, e))?
            .keep();
        let dir = parent.join(&name);
        Ok(Staging { tmp, dir })
    }

    /// Puts the finished folder in its place (an empty folder there is replaced).
    pub fn finish(self) -> Result<()> {
        if let Ok(f) = fs::File::open(&self.tmp) {
            let _ = f.sync_all();
        }
        fs::rename(&self.tmp, &self.dir).map_err(|e| {
            let _ = fs::remove_dir_all(&self.tmp);
            Op::PutFolder
                .fail(&self.dir, e)
                .hint(crate::msg!("store-put-folder-hint"))
        })
    }

    /// Removes the unfinished folder.
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.tmp);
    }
}

/// Something in the data folder that no reader looks at, by its path relative to
/// the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stray {
    /// A symbolic link: lane follows none, so every reader skips it and every write
    /// refuses it.
    Link(String),
    /// A temp file of a write that was interrupted (see [`TEMP_PREFIX`]).
    Temp(String),
}

/// The links and leftover temp files anywhere in the folder at `root` (`.git` and
/// `.lane` aside), depth first in name order. A folder that cannot be read is
/// skipped.
pub fn strays(root: &Path) -> Vec<Stray> {
    let mut out = Vec::new();
    walk(root, "", &mut out);
    out
}

fn walk(dir: &Path, rel: &str, out: &mut Vec<Stray>) {
    let Ok(rd) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_symlink() {
            out.push(Stray::Link(path));
        } else if name.starts_with(TEMP_PREFIX) {
            out.push(Stray::Temp(path));
        } else if ft.is_dir() && !(rel.is_empty() && (name == ".git" || name == LANE_DIR)) {
            walk(&e.path(), &path, out);
        }
    }
}

impl super::Store {
    /// Writes a file of a folder that is being made (the sample, the generator),
    /// creating its folder: plain writes, without lock or journal, since nobody else
    /// can see the folder yet and a killed generator's folder is simply made again.
    pub fn write_new_file(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.path(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| Op::Create.fail(dir, e))?;
        }
        fs::write(&path, bytes).map_err(|e| Op::Write.fail(&path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_created_only_where_nothing_is() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("v");
        let cfg = Config::new("南街村", "NJ");
        create(&dir, &cfg).unwrap();
        assert_eq!(
            fs::read_to_string(dir.join(".gitignore")).unwrap(),
            GITIGNORE
        );
        assert!(dir.join("tickets/.gitkeep").is_file());
        assert!(super::super::Store::open(&dir).is_ok());
        let e = create(&dir, &cfg).unwrap_err();
        assert_eq!(e.problems, vec![format!("{} is not empty", dir.display())]);
        // An empty folder that exists is fine.
        let empty = t.path().join("empty");
        fs::create_dir(&empty).unwrap();
        refuse_non_empty(&empty).unwrap();
    }

    #[test]
    fn strays_are_links_and_temp_files_outside_git_and_lane() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path();
        for d in ["tickets/2026", ".git", ".lane"] {
            fs::create_dir_all(root.join(d)).unwrap();
        }
        for f in [
            "tickets/2026/.lane-tmp-b",
            "tickets/2026/X.toml",
            ".lane-tmp-a",
            ".git/.lane-tmp-x",
            ".lane/.lane-tmp-y",
        ] {
            fs::write(root.join(f), "x").unwrap();
        }
        let mut want = vec![Stray::Temp(".lane-tmp-a".into())];
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("tickets"), root.join("tickets/2026/link"))
                .unwrap();
            want.push(Stray::Temp("tickets/2026/.lane-tmp-b".into()));
            want.push(Stray::Link("tickets/2026/link".into()));
        }
        #[cfg(not(unix))]
        want.push(Stray::Temp("tickets/2026/.lane-tmp-b".into()));
        assert_eq!(strays(root), want);
    }
}
