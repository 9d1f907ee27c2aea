//! `lane.toml`: the village profile, the escalation levels, the categories, the star
//! criteria and the lane leaders' duties. Every name a person reads in a report comes
//! from here, so a village can write them in Chinese.

use chrono::FixedOffset;
use serde::{Deserialize, Serialize};

use super::attachment::AttachConfig;
use super::ids::check_id;
use super::time::parse_offset;
use crate::i18n::Lang;

/// The version of the data folder's format this lane writes (FORMAT.md, "Versions").
/// lane reads every older version and `lane migrate` upgrades a folder to this one;
/// a folder of a newer version is refused.
pub const FORMAT_VERSION: u32 = 3;

/// The format of a lane.toml without a `format` key: the first one.
fn format_one() -> u32 {
    1
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The format version of the folder (`format = 2`); missing means 1.
    #[serde(default = "format_one")]
    pub format: u32,
    pub village: Village,
    #[serde(default)]
    pub report: ReportText,
    pub levels: Vec<Level>,
    pub categories: Vec<Category>,
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub duties: Vec<String>,
    /// `[attachments]`: the size limit and how photos are stored (format 3).
    #[serde(default, skip_serializing_if = "AttachConfig::is_default")]
    pub attachments: AttachConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Village {
    pub name: String,
    /// The prefix of case IDs, e.g. `NJ`.
    pub code: String,
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub county: String,
    /// The village's UTC offset, e.g. `+08:00`.
    pub utc_offset: String,
    /// The language people read in this folder: `zh-CN` or `en`; missing is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// The sentence templates of the report, so a village can write them in its language.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReportText {
    /// `{period}`, `{village}` and `{items}` are filled in.
    pub headline: String,
    /// The item for distinct households served; `{n}` is the number, `{one|other}` the word for 1 or more.
    pub households: String,
    pub separator: String,
    pub last_separator: String,
    /// How a month is named in `{period}` (chrono format): `%B %Y` gives
    /// "November 2026", `%Y年%-m月` gives "2026年11月".
    pub month_format: String,
}

impl Default for ReportText {
    fn default() -> Self {
        ReportText {
            headline: "In {period} the lane leaders of {village} {items}.".into(),
            households: "served {n} {household|households}".into(),
            separator: ", ".into(),
            last_separator: " and ".into(),
            month_format: "%B %Y".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub key: String,
    pub name: String,
    /// Days a case may stay open at this level before it is overdue.
    pub deadline_days: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub key: String,
    pub name: String,
    /// Whether a resolved case waits for a return visit before it closes.
    #[serde(default = "yes")]
    pub return_visit: bool,
    /// The headline item for cases of this category closed as fixed in the period, e.g.
    /// `made {n} sanitation clean-ups`; none leaves the category out of the headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub key: String,
    pub name: String,
}

/// The longest deadline a level may give (ten years); deadlines are added to event
/// times, which must stay within the calendar.
pub const MAX_DEADLINE_DAYS: u32 = 3650;

/// Checks that `report.month_format` can name a month: chrono format items that a
/// date alone can fill (`%B %Y`, `%Y年%-m月`), nothing that needs a time of day.
fn check_month_format(fmt: &str) -> Result<(), String> {
    use std::fmt::Write;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("a date");
    let mut out = String::new();
    if write!(out, "{}", day.format(fmt)).is_err() {
        return Err(keyed(
            "report.month_format",
            crate::msg!("store-config-month-format", format = fmt),
        ));
    }
    Ok(())
}

/// A problem of one key of lane.toml: `village.code: ...`.
fn keyed(key: &str, problem: String) -> String {
    crate::msg!("store-config-key", key = key, problem = problem)
}

impl Config {
    /// The default profile of a new village, in English.
    pub fn new(name: &str, code: &str) -> Config {
        Config::new_in(name, code, Lang::En)
    }

    /// The default profile of a new village in `lang`: its names, duties and
    /// headline templates written in that language (the keys are the same).
    pub fn new_in(name: &str, code: &str, lang: Lang) -> Config {
        let mut c = Config::english(name, code);
        c.village.language = Some(lang.code().to_string());
        if lang == Lang::ZhCn {
            c.chinese();
        }
        c
    }

    /// The language of this folder's texts: `LANE_LANG` if set, else
    /// `[village] language` (English without one); see [`Lang::choose`].
    pub fn lang(&self) -> Lang {
        Lang::choose(Some(self.village.language.as_deref().unwrap_or("en")))
    }

    /// Writes the profile's names in Chinese, as a village of the lane-leader
    /// system writes them.
    fn chinese(&mut self) {
        self.report = ReportText {
            headline: "{period}，{village}街巷长{items}。".into(),
            households: "服务群众{n}户".into(),
            separator: "、".into(),
            last_separator: "和".into(),
            month_format: "%Y年%-m月".into(),
        };
        for (l, name) in self.levels.iter_mut().zip(["街巷长", "村党支部", "镇党委"]) {
            l.name = name.into();
        }
        let cats = [
            ("环境卫生", Some("开展环境卫生整治{n}次")),
            ("安全隐患", Some("排除安全隐患{n}处")),
            ("矛盾纠纷", Some("调解矛盾纠纷{n}起")),
            ("便民服务", None),
            ("社情民意", None),
        ];
        for (c, (name, headline)) in self.categories.iter_mut().zip(cats) {
            c.name = name.into();
            c.headline = headline.map(String::from);
        }
        let crits = ["助人为乐", "诚信守法", "勤劳致富", "环境整洁", "家庭和睦"];
        for (c, name) in self.criteria.iter_mut().zip(crits) {
            c.name = name.into();
        }
        self.duties = [
            "每天定点巡查街巷",
            "走访巷内每一户群众",
            "向村里反映社情民意和群众诉求",
            "保持街巷整洁，及早发现安全隐患",
            "调解邻里矛盾纠纷",
            "为有需要的群众提供便民服务",
            "按巡查、反馈、协调、处置、回访“五步法”跟进每一件事",
        ]
        .map(String::from)
        .to_vec();
    }

    /// The English profile.
    fn english(name: &str, code: &str) -> Config {
        let level = |key: &str, name: &str, days| Level {
            key: key.into(),
            name: name.into(),
            deadline_days: days,
        };
        let cat = |key: &str, name: &str, rv, headline: Option<&str>| Category {
            key: key.into(),
            name: name.into(),
            return_visit: rv,
            headline: headline.map(String::from),
        };
        let crit = |key: &str, name: &str| Criterion {
            key: key.into(),
            name: name.into(),
        };
        Config {
            format: FORMAT_VERSION,
            village: Village {
                name: name.into(),
                code: code.into(),
                town: String::new(),
                county: String::new(),
                utc_offset: "+08:00".into(),
                language: None,
            },
            report: ReportText::default(),
            levels: vec![
                level("alley", "lane leader", 3),
                level("village", "village party branch", 7),
                level("town", "town party committee", 15),
            ],
            categories: vec![
                cat("sanitation", "environmental sanitation", false, Some("made {n} sanitation {clean-up|clean-ups}")),
                cat("hazard", "hidden safety hazard", true, Some("eliminated {n} hidden {danger|dangers}")),
                cat("dispute", "dispute mediation", true, Some("mediated {n} {dispute|disputes}")),
                cat("service", "convenience service", true, None),
                cat("feedback", "social-conditions feedback", false, None),
            ],
            criteria: vec![
                crit("helpful", "helpful to others"),
                crit("honest", "honest and law-abiding"),
                crit("diligent", "hard-working to prosperity"),
                crit("clean", "clean environment"),
                crit("harmony", "family harmony"),
            ],
            duties: vec![
                "Patrol the alley every day at fixed points".into(),
                "Visit every household of the alley".into(),
                "Report social conditions and residents' concerns to the village".into(),
                "Keep the alley clean and find hidden safety hazards early".into(),
                "Mediate disputes between neighbours".into(),
                "Offer convenience services to households in need".into(),
                "Follow every case through inspection, feedback, coordination, disposal and return visit".into(),
            ],
            attachments: AttachConfig::default(),
        }
    }

    /// Checks what serde cannot: keys usable as IDs, no duplicates, at least one level.
    pub fn validate(&self) -> Result<(), String> {
        parse_offset(&self.village.utc_offset).map_err(|e| keyed("village.utc_offset", e))?;
        if let Some(l) = &self.village.language {
            if Lang::parse(l).is_none() {
                let said = crate::msg!("store-config-language", language = l.as_str());
                return Err(keyed("village.language", said));
            }
        }
        check_id(&self.village.code).map_err(|e| keyed("village.code", e))?;
        if self.village.code.chars().any(|c| c.is_ascii_digit()) {
            return Err(crate::msg!(
                "store-config-code-digits",
                code = self.village.code.as_str()
            ));
        }
        if self.levels.is_empty() {
            return Err(crate::msg!("store-config-no-levels"));
        }
        if self.categories.is_empty() {
            return Err(crate::msg!("store-config-no-categories"));
        }
        if let Some(l) = self
            .levels
            .iter()
            .find(|l| l.deadline_days > MAX_DEADLINE_DAYS)
        {
            let said = crate::msg!(
                "store-config-deadline-days",
                level = l.key.as_str(),
                days = l.deadline_days,
                max = MAX_DEADLINE_DAYS
            );
            return Err(keyed("levels", said));
        }
        check_month_format(&self.report.month_format)?;
        self.attachments
            .validate()
            .map_err(|e| keyed("attachments", e))?;
        let groups: [(&str, Vec<&str>); 3] = [
            (
                "levels",
                self.levels.iter().map(|l| l.key.as_str()).collect(),
            ),
            (
                "categories",
                self.categories.iter().map(|c| c.key.as_str()).collect(),
            ),
            (
                "criteria",
                self.criteria.iter().map(|c| c.key.as_str()).collect(),
            ),
        ];
        for (what, keys) in groups {
            for (i, k) in keys.iter().enumerate() {
                check_id(k).map_err(|e| keyed(what, e))?;
                if keys[..i].contains(k) {
                    return Err(keyed(what, crate::msg!("store-config-key-twice", key = *k)));
                }
            }
        }
        Ok(())
    }

    pub fn offset(&self) -> FixedOffset {
        parse_offset(&self.village.utc_offset).unwrap_or_else(|_| FixedOffset::east_opt(0).unwrap())
    }

    pub fn level_index(&self, key: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.key == key)
    }

    pub fn category(&self, key: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.key == key)
    }

    pub fn level_keys(&self) -> String {
        self.levels
            .iter()
            .map(|l| l.key.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn category_keys(&self) -> String {
        self.categories
            .iter()
            .map(|c| c.key.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn criterion_keys(&self) -> String {
        self.criteria
            .iter()
            .map(|c| c.key.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_is_valid_and_round_trips() {
        let c = Config::new("Nanjie Village", "NJ");
        c.validate().unwrap();
        let text = toml::to_string(&c).unwrap();
        let back: Config = toml::from_str(&text).unwrap();
        assert_eq!(back.levels.len(), 3);
        assert_eq!(
            back.categories[0].headline.as_deref(),
            Some("made {n} sanitation {clean-up|clean-ups}")
        );
    }

    #[test]
    fn validate_refuses_deadlines_and_month_formats_that_would_panic() {
        let mut c = Config::new("X", "NJ");
        c.levels[1].deadline_days = u32::MAX;
        assert!(c.validate().unwrap_err().contains("at most 3650 days"));
        c.levels[1].deadline_days = MAX_DEADLINE_DAYS;
        c.validate().unwrap();
        for bad in ["%Q", "%H:%M", "%", "%z"] {
            c.report.month_format = bad.into();
            let e = c.validate().unwrap_err();
            assert!(e.starts_with("report.month_format:"), "{bad}: {e}");
        }
        c.report.month_format = "%Y年%-m月".into();
        c.validate().unwrap();
    }

    #[test]
    fn a_chinese_profile_keeps_the_keys_and_its_language() {
        let en = Config::new("Nanjie Village", "NJ");
        let zh = Config::new_in("南街村", "NJ", Lang::ZhCn);
        zh.validate().unwrap();
        assert_eq!(zh.village.language.as_deref(), Some("zh-CN"));
        assert_eq!(zh.level_keys(), en.level_keys());
        assert_eq!(zh.category_keys(), en.category_keys());
        assert_eq!(zh.criterion_keys(), en.criterion_keys());
        assert_eq!(zh.levels[2].name, "镇党委");
        assert_eq!(zh.categories[4].name, "社情民意");
        assert_eq!(zh.criteria[4].name, "家庭和睦");
        let mut bad = zh.clone();
        bad.village.language = Some("zh".into());
        assert!(bad
            .validate()
            .unwrap_err()
            .starts_with("village.language: `zh`"));
    }

    #[test]
    fn validate_refuses_duplicates_and_digits() {
        let mut c = Config::new("X", "N1");
        assert!(c.validate().unwrap_err().contains("digits"));
        c.village.code = "NJ".into();
        c.levels.push(c.levels[0].clone());
        assert!(c.validate().unwrap_err().contains("appears twice"));
    }
}
