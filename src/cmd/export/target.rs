//! Where an export goes: `-o DIR` and `--format parquet|csv`, checked before anything
//! is read, and the files written into a staging folder beside DIR that is moved in
//! whole at the end, so a failed export leaves DIR as it was.

use std::fs;
use std::path::{Path, PathBuf};

use super::TABLES;
use crate::cli::{Asked, Cli, ExportArgs};
use crate::error::{Error, Result};
use crate::render::export::{cannot_write, FileFormat};
use crate::render::Format;

/// The checked `-o DIR` and `--format` of an export.
pub struct Target {
    pub format: FileFormat,
    pub dir: PathBuf,
}

/// Moves the global `--format` and `-o` of an export into its arguments (they
/// name a table format and a folder there, not a listing's format and file), and
/// for any other command gives the listing format; `parquet` is only an export's.
pub fn take_globals(cli: &mut Cli) -> Result<Format> {
    let asked = cli.format.take();
    let output = cli.output.take();
    if let Some(a) = super::args_of(cli) {
        a.format = asked;
        a.dir = output;
        return Ok(Format::default());
    }
    cli.output = output;
    match asked {
        None => Ok(Format::default()),
        Some(Asked::Listing(f)) => Ok(f),
        Some(Asked::Parquet) => Err(Error::input(crate::msg!("cmd-parquet-only-export"))
            .hint(crate::msg!("cmd-parquet-only-export-hint"))),
    }
}

impl Target {
    pub fn of(a: &ExportArgs) -> Result<Target> {
        let format = match a.format {
            None | Some(Asked::Parquet) => FileFormat::Parquet,
            Some(Asked::Listing(Format::Csv)) => FileFormat::Csv,
            Some(Asked::Listing(other)) => {
                let given = clap::ValueEnum::to_possible_value(&other)
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default();
                return Err(
                    Error::input(crate::msg!("cmd-export-format", format = given))
                        .hint(crate::msg!("cmd-export-format-hint")),
                );
            }
        };
        let Some(dir) = a.dir.clone() else {
            return Err(Error::input(crate::msg!("cmd-export-no-dir"))
                .hint(crate::msg!("cmd-export-no-dir-hint")));
        };
        if dir.exists() && !dir.is_dir() {
            return Err(Error::input(crate::msg!(
                "cmd-export-not-a-folder",
                dir = dir.display().to_string()
            ))
            .hint(crate::msg!("cmd-export-no-dir-hint")));
        }
        Ok(Target { format, dir })
    }

    /// Refuses a DIR inside one of the data folders `roots`: its files would be
    /// taken for records (and committed).
    pub fn outside(&self, roots: &[&Path]) -> Result<()> {
        let dir = absolute(&self.dir);
        for root in roots {
            let Ok(root) = root.canonicalize() else {
                continue;
            };
            if dir.starts_with(&root) {
                return Err(Error::input(crate::msg!(
                    "cmd-export-in-data",
                    dir = self.dir.display().to_string(),
                    data = root.display().to_string()
                ))
                .hint(crate::msg!("cmd-export-no-dir-hint")));
            }
        }
        Ok(())
    }

    /// A new folder beside DIR to write the tables into.
    pub fn stage(&self) -> Result<tempfile::TempDir> {
        let parent = match self.dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        tempfile::Builder::new()
            .prefix(".lane-export")
            .tempdir_in(parent)
            .map_err(|e| cannot_write(&self.dir, e))
    }

    /// Moves the written tables into DIR: the staging folder becomes DIR when there
    /// is none; into an existing DIR each file is moved (replacing an older export's).
    pub fn commit(&self, staging: tempfile::TempDir) -> Result<()> {
        if !self.dir.exists() {
            let path = staging.keep();
            return fs::rename(&path, &self.dir).map_err(|e| {
                let _ = fs::remove_dir_all(&path);
                cannot_write(&self.dir, e)
            });
        }
        for entry in fs::read_dir(staging.path()).map_err(|e| cannot_write(&self.dir, e))? {
            let entry = entry.map_err(|e| cannot_write(&self.dir, e))?;
            let to = self.dir.join(entry.file_name());
            fs::rename(entry.path(), &to).map_err(|e| cannot_write(&to, e))?;
        }
        Ok(())
    }
}

/// `path` made absolute, its existing part resolved (symbolic links, `..`).
fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut rest = Vec::new();
    let mut head = path.as_path();
    loop {
        if let Ok(real) = head.canonicalize() {
            return rest.iter().rev().fold(real, |p, c| p.join(c));
        }
        match (head.parent(), head.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                head = parent;
            }
            _ => return path,
        }
    }
}

/// `columns.csv`: every table's columns and their types, for engines that read the
/// CSV files (and for people).
pub fn columns_file(dir: &Path) -> Result<()> {
    let mut text = String::from("table,column,type\n");
    for t in TABLES {
        for c in t.columns {
            text.push_str(&format!("{},{},{}\n", t.name, c.name, c.kind.name()));
        }
    }
    let path = dir.join("columns.csv");
    fs::write(&path, text).map_err(|e| cannot_write(&path, e))
}
