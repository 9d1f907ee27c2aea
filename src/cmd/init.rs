//! `lane init DIR`: a new data folder with lane.toml, empty registries, the folders
//! for cases, patrols and stars, .gitattributes and .gitignore (see
//! `store::folder`); then `git init` and a first commit where git is installed. All
//! of it is built under a temp name beside DIR and renamed into place when whole.

use super::{say, Ctx};
use crate::cli::InitArgs;
use crate::error::{warn, Result};
use crate::model::config::Config;
use std::path::Path;

use crate::store::folder::Staging;
use crate::store::lock::Lock;
use crate::store::{create_folder, git, Store};

pub fn run(ctx: &Ctx, a: InitArgs) -> Result<()> {
    let lang = crate::i18n::Lang::parse(&a.lang).unwrap_or_default();
    // The new folder is not there to name its language: it is the one asked for
    // (unless LANE_LANG says otherwise).
    crate::i18n::set_current(crate::i18n::Lang::choose(Some(lang.code())));
    let name = a.name.clone().unwrap_or_else(|| {
        match lang {
            crate::i18n::Lang::En => "Nanjie Village",
            crate::i18n::Lang::ZhCn => "南街村",
        }
        .to_string()
    });
    let mut config = Config::new_in(&name, &a.code, lang);
    if a.sample && lang == crate::i18n::Lang::ZhCn {
        // The Chinese sample is the village of the article, in its town and city.
        config.village.town = "太平镇".into();
        config.village.county = "枣阳市".into();
    }
    config.validate().map_err(crate::error::Error::input)?;
    // Built under a temp name beside DIR and renamed into place when whole.
    let staging = Staging::begin(&a.dir)?;
    match build(&staging.tmp, &config, &a) {
        Ok(()) => staging.finish()?,
        Err(e) => {
            staging.abandon();
            return Err(e);
        }
    }
    let _ = ctx;
    say(&crate::msg!(
        "cmd-init-created",
        dir = a.dir.display().to_string(),
        name = name.as_str()
    ));
    Ok(())
}

/// The whole new folder at `dir`: files, sample records, repository, first commit.
fn build(dir: &Path, config: &Config, a: &InitArgs) -> Result<()> {
    create_folder(dir, config)?;
    if a.sample {
        let store = Store::open(dir)?;
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
        // Held by git too: a next `lane init` waits for the git of a killed one.
        let lock = Lock::take(dir)?;
        match git::init(dir, Some(&lock)) {
            Ok(()) => {
                let msg = format!("init: {}", config.village.name);
                if let Err(why) = git::commit_all(dir, Some(&lock), &msg) {
                    warn(&crate::msg!(
                        "cmd-init-commit-failed",
                        why = why.to_string()
                    ));
                }
                if let Err(e) = super::merge::install_here(dir) {
                    warn(&super::words::joined(&e.problems));
                }
            }
            Err(why) => warn(&crate::msg!("cmd-init-no-git", why = why.to_string())),
        }
    }
    Ok(())
}
