//! The data folder as a whole: a new one (`lane init DIR`: lane.toml, empty
//! registries, the folders for cases, patrols and stars, .gitattributes, .gitignore
//! and this clone's local.toml, written as one batch of atomic writes; git comes
//! after, from the command), and what in a folder lane does not read ([`strays`]).

use std::fs;
use std::path::Path;

use super::atomic::{Batch, LANE_DIR, TEMP_PREFIX};
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
            if rd.next().is_some() {
                return Err(Error::refused(format!("{} is not empty", dir.display()))
                    .hint("give a new or empty folder; lane never writes into an existing one"));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("cannot read", dir, e)),
    }
}

/// Writes a fresh data folder at `dir` (which must be missing or empty).
pub fn create(dir: &Path, config: &Config) -> Result<()> {
    config.validate().map_err(Error::input)?;
    refuse_non_empty(dir)?;
    fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, e))?;
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
