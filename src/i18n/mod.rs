//! The message catalogue: every text a person reads, in English and Simplified
//! Chinese, through Project Fluent. The catalogues are `locales/en/lane.ftl` and
//! `locales/zh-CN/lane.ftl`, built into the binary; [`tr`] looks a message up.
//!
//! Which language: `LANE_LANG` for one command, else the folder's
//! `[village] language`, else (before a folder is found) the locale (`LC_ALL`,
//! `LANG`): `zh…` is Chinese, anything else English. See [`Lang::choose`].
//!
//! Machine formats (CSV columns, JSON keys, file keys) never come from here.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};

/// The catalogue files, by area, in both languages (`locales/LANG/AREA.ftl`).
/// One area per file keeps each file to one part of the program.
macro_rules! catalogue {
    ($lang:literal) => {
        &[
            (
                "lane",
                include_str!(concat!("locales/", $lang, "/lane.ftl")),
            ),
            (
                "store",
                include_str!(concat!("locales/", $lang, "/store.ftl")),
            ),
            ("cmd", include_str!(concat!("locales/", $lang, "/cmd.ftl"))),
            (
                "check",
                include_str!(concat!("locales/", $lang, "/check.ftl")),
            ),
            (
                "town",
                include_str!(concat!("locales/", $lang, "/town.ftl")),
            ),
            (
                "help",
                include_str!(concat!("locales/", $lang, "/help.ftl")),
            ),
        ]
    };
}

/// The English catalogue: (area, text) per file.
pub const EN_FTL: &[(&str, &str)] = catalogue!("en");
/// The Simplified Chinese catalogue.
pub const ZH_CN_FTL: &[(&str, &str)] = catalogue!("zh-CN");

/// The language of this process's messages (errors, hints, confirmations):
/// set once the language is known ([`set_current`]), English until then.
static CURRENT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Makes `lang` the language of [`current`].
pub fn set_current(lang: Lang) {
    let n = match lang {
        Lang::En => 0,
        Lang::ZhCn => 1,
    };
    CURRENT.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// The language of this command's messages.
pub fn current() -> Lang {
    match CURRENT.load(std::sync::atomic::Ordering::Relaxed) {
        1 => Lang::ZhCn,
        _ => Lang::En,
    }
}

/// A message of the current language: `msg!("key")` or
/// `msg!("key", name = value, ...)`; values are anything `FluentValue` takes
/// (`&str`, `String`, numbers). Paths go in as `path.display().to_string()`.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::i18n::t($crate::i18n::current(), $key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $crate::i18n::current(),
            $key,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}

/// The prefixes of message ids built at run time from a metric key
/// (`metric-short-opened`); the catalogue test accepts an id under one of these
/// when its rest is a metric key.
pub const METRIC_PREFIXES: &[&str] = &["metric-short-", "metric-name-", "metric-meaning-"];

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    ZhCn,
}

impl Lang {
    /// The languages, in the order `--lang` lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The code lane.toml, `--lang` and `LANE_LANG` use: `en`, `zh-CN`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language of a code, exactly as [`Lang::code`] writes it.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a locale name (`zh_CN.UTF-8`, `en_US`): Chinese for `zh…`.
    fn of_locale(locale: &str) -> Lang {
        if locale.starts_with("zh") {
            Lang::ZhCn
        } else {
            Lang::En
        }
    }

    /// The language of a command: `LANE_LANG` if it names one, else the folder's
    /// (`folder`, from lane.toml; a folder without the key is English), else the
    /// locale.
    pub fn choose(folder: Option<&str>) -> Lang {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Lang::decide(
            env("LANE_LANG").as_deref(),
            folder,
            env("LC_ALL").or_else(|| env("LANG")).as_deref(),
        )
    }

    /// [`Lang::choose`] without the environment.
    pub fn decide(lane_lang: Option<&str>, folder: Option<&str>, locale: Option<&str>) -> Lang {
        if let Some(l) = lane_lang.and_then(Lang::parse) {
            return l;
        }
        if let Some(f) = folder {
            return Lang::parse(f).unwrap_or_default();
        }
        locale.map(Lang::of_locale).unwrap_or_default()
    }

    fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => EN_FTL,
            Lang::ZhCn => ZH_CN_FTL,
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        static ZH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
        let cell = match self {
            Lang::En => &EN,
            Lang::ZhCn => &ZH,
        };
        cell.get_or_init(|| {
            let id: unic_langid::LanguageIdentifier =
                self.code().parse().expect("a language identifier");
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around arguments: the text goes to
            // terminals, Markdown and CSV, not to a bidirectional layout.
            b.set_use_isolating(false);
            for (_, text) in self.sources() {
                let res = FluentResource::try_new(text.to_string())
                    .expect("the catalogue parses (the catalogue test checks it)");
                b.add_resource(res).expect("no message is defined twice");
            }
            b
        })
    }
}

/// The message `key` in `lang` with `args` filled in. A key missing from the
/// catalogue gives the key itself (the catalogue test keeps that from happening).
pub fn tr(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = lang.bundle();
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    debug_assert!(errors.is_empty(), "{key}: {errors:?}");
    text.into_owned()
}

/// A message without arguments.
pub fn t(lang: Lang, key: &str) -> String {
    tr(lang, key, &[])
}

/// A percentage as the language writes it in a table: `95.2` in English (the
/// header says `%`), `95.2%` in Chinese.
pub fn percent(lang: Lang, number: &str) -> String {
    match lang {
        Lang::ZhCn if number != "-" => format!("{number}%"),
        _ => number.to_string(),
    }
}

#[cfg(test)]
mod tests;
