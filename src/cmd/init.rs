//! `lane init DIR`: a new data folder with lane.toml, empty registries, the folders
//! for tickets, patrols and stars, .gitattributes and .gitignore; then `git init` and
//! a first commit where git is installed.

use std::fs;
use std::path::Path;

use super::{say, Ctx};
use crate::cli::InitArgs;
use crate::error::{Error, Result};
use crate::model::config::Config;
use crate::model::registry::{Alley, Household, Leader, Record};
use crate::store::{atomic::Batch, csvfile, git, Store, CONFIG_FILE, LOCAL_FILE};

pub const GITATTRIBUTES: &str = "# Append-only logs: parallel clones merge by keeping both sides' rows.\npatrols/*.csv merge=union\n";
pub const GITIGNORE: &str = "# Per-clone settings (station code) and the derived index: never shared.\n/local.toml\n/.lane/\n# Temp files of a write that a crash interrupted.\n.lane-tmp-*\n";

/// Writes a fresh data folder at `dir` (which must be missing or empty).
pub fn create(dir: &Path, config: &Config) -> Result<()> {
    config.validate().map_err(Error::input)?;
    match fs::read_dir(dir) {
        Ok(mut rd) => {
            if rd.next().is_some() {
                return Err(Error::refused(format!("{} is not empty", dir.display()))
                    .hint("give a new or empty folder; lane never writes into an existing one"));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io("cannot read", dir, e)),
    }
    fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, e))?;
    let mut batch = Batch::new();
    batch.put(
        dir.join(CONFIG_FILE),
        crate::store::configfile::render(config).into_bytes(),
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

pub fn run(ctx: &Ctx, a: InitArgs) -> Result<()> {
    let config = Config::new(&a.name, &a.code);
    create(&a.dir, &config)?;
    if a.sample {
        let store = Store::open(&a.dir)?;
        // A year of records up to today, so the first report is full.
        let today = store.now.date_naive();
        let year_ago = today - chrono::Months::new(12);
        let opts = crate::sample::Options {
            cases: Some((year_ago, today)),
            ..crate::sample::Options::default()
        };
        crate::sample::fill(&store, &opts)?;
    }
    if !a.no_git {
        match git::init(&a.dir) {
            Ok(()) => {
                let msg = format!("init: {}", a.name);
                if let Err(why) = git::commit_all(&a.dir, &msg) {
                    eprintln!("warning: the folder is created but the first commit failed ({why}); commit it yourself with `git commit`");
                }
                if let Err(e) = super::merge::install_here(&a.dir) {
                    eprintln!("warning: {}", e.problems.join("; "));
                }
            }
            Err(why) => eprintln!("warning: the folder is created without git ({why})"),
        }
    }
    let _ = ctx;
    say(&format!("created {} for {}", a.dir.display(), a.name));
    Ok(())
}
