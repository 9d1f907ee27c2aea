//! `lane init DIR`: a new data folder with lane.toml, empty registries, the folders
//! for cases, patrols and stars, .gitattributes and .gitignore (see
//! `store::folder`); then `git init` and a first commit where git is installed. All
//! of it is built under a temp name beside DIR and renamed into place when whole.

use super::{say, Ctx};
use crate::cli::InitArgs;
use crate::error::{warn, Error, Result};
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
    let by = clerk(ctx, &a)?;
    // Built under a temp name beside DIR and renamed into place when whole.
    let staging = Staging::begin(&a.dir)?;
    match build(&staging.tmp, &config, &a, by.as_deref()) {
        Ok(()) => staging.finish()?,
        Err(e) => {
            staging.abandon();
            return Err(e);
        }
    }
    say(&crate::msg!(
        "cmd-init-created",
        dir = a.dir.display().to_string(),
        name = name.as_str()
    ));
    let dir = a.dir.display().to_string();
    say(&match &by {
        Some(by) => crate::msg!("cmd-init-by", by = by.as_str(), dir = dir),
        None => crate::msg!("cmd-init-no-by", dir = dir),
    });
    Ok(())
}

/// Who the clerk of this clone is: `--by`, else asked for at a terminal, else
/// nobody yet (the closing lines say how to set it).
fn clerk(ctx: &Ctx, a: &InitArgs) -> Result<Option<String>> {
    let by = match &a.by {
        Some(b) => b.clone(),
        None if ctx.prompt.enabled => {
            ctx.prompt
                .text(None, "--by", &crate::msg!("cmd-init-ask-by"))?
        }
        None => return Ok(None),
    };
    let by = by.trim().to_string();
    if by.is_empty() || by.chars().any(char::is_control) {
        return Err(Error::input(crate::msg!("cmd-by-bad")));
    }
    Ok(Some(by))
}

/// The whole new folder at `dir`: files, sample records, repository, first commit.
fn build(dir: &Path, config: &Config, a: &InitArgs, by: Option<&str>) -> Result<()> {
    create_folder(dir, config)?;
    if let Some(by) = by {
        // As `lane local --by` stores it.
        let store = Store::open(dir)?;
        let mut local = store.local()?;
        local.by = Some(by.to_string());
        store.save_local(&local)?;
    }
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
