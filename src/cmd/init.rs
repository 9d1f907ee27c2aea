//! `lane init DIR`: a new data folder with lane.toml, empty registries, the folders
//! for cases, patrols and stars, .gitattributes and .gitignore (see
//! `store::folder`); then `git init` and a first commit where git is installed.

use super::{say, Ctx};
use crate::cli::InitArgs;
use crate::error::Result;
use crate::model::config::Config;
use crate::store::{create_folder, git, Store};

pub fn run(ctx: &Ctx, a: InitArgs) -> Result<()> {
    let config = Config::new(&a.name, &a.code);
    create_folder(&a.dir, &config)?;
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
