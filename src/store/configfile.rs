//! lane.toml as a person reads it: the profile written out with comments that say
//! what each part is for.

use super::casefile::quote;
use crate::model::config::Config;

/// The comment above lane.toml's `format` key.
pub const FORMAT_COMMENT: &str =
    "# The version of this folder's format (FORMAT.md); `lane migrate` upgrades an older one.\n";

/// A comment line of lane.toml in the folder's own language (not the
/// command's: LANE_LANG does not change what a file says).
fn comment(c: &Config, id: &str) -> String {
    let lang = c
        .village
        .language
        .as_deref()
        .and_then(crate::i18n::Lang::parse)
        .unwrap_or_default();
    format!("# {}\n", crate::i18n::t(lang, id))
}

/// The text of lane.toml for `c`.
pub fn render(c: &Config) -> String {
    let mut s = comment(c, "store-toml-format");
    s.push_str(&format!("format = {}\n\n", c.format));
    s.push_str(&comment(c, "store-toml-profile"));
    s.push_str(&comment(c, "store-toml-profile-2"));
    s.push('\n');
    s.push_str(&comment(c, "store-toml-duties"));
    s.push_str("duties = [\n");
    for d in &c.duties {
        s.push_str(&format!("    {},\n", quote(d)));
    }
    s.push_str("]\n");
    s.push('\n');
    village_and_report(&mut s, c);
    s.push_str(&comment(c, "store-toml-levels"));
    for l in &c.levels {
        s.push_str("[[levels]]\n");
        s.push_str(&format!(
            "key = {}\nname = {}\ndeadline_days = {}\n\n",
            quote(&l.key),
            quote(&l.name),
            l.deadline_days
        ));
    }
    s.push_str(&comment(c, "store-toml-categories"));
    s.push_str(&comment(c, "store-toml-categories-2"));
    for k in &c.categories {
        s.push_str("[[categories]]\n");
        s.push_str(&format!(
            "key = {}\nname = {}\nreturn_visit = {}\n",
            quote(&k.key),
            quote(&k.name),
            k.return_visit
        ));
        if let Some(h) = &k.headline {
            s.push_str(&format!("headline = {}\n", quote(h)));
        }
        s.push('\n');
    }
    s.push_str(&comment(c, "store-toml-criteria"));
    for k in &c.criteria {
        s.push_str("[[criteria]]\n");
        s.push_str(&format!(
            "key = {}\nname = {}\n\n",
            quote(&k.key),
            quote(&k.name)
        ));
    }
    s
}

/// The `[village]` and `[report]` tables.
fn village_and_report(s: &mut String, c: &Config) {
    s.push_str("[village]\n");
    s.push_str(&format!("name = {}\n", quote(&c.village.name)));
    if let Some(l) = &c.village.language {
        s.push_str(&comment(c, "store-toml-language"));
        s.push_str(&format!("language = {}\n", quote(l)));
    }
    s.push_str(&comment(c, "store-toml-code"));
    s.push_str(&format!("code = {}\n", quote(&c.village.code)));
    s.push_str(&format!("town = {}\n", quote(&c.village.town)));
    s.push_str(&format!("county = {}\n", quote(&c.village.county)));
    s.push_str(&comment(c, "store-toml-offset"));
    s.push_str(&format!(
        "utc_offset = {}\n\n",
        quote(&c.village.utc_offset)
    ));
    s.push_str(&comment(c, "store-toml-headline"));
    s.push_str("[report]\n");
    s.push_str(&format!("headline = {}\n", quote(&c.report.headline)));
    s.push_str(&format!("households = {}\n", quote(&c.report.households)));
    s.push_str(&format!("separator = {}\n", quote(&c.report.separator)));
    s.push_str(&format!(
        "last_separator = {}\n",
        quote(&c.report.last_separator)
    ));
    s.push_str(&comment(c, "store-toml-month-format"));
    s.push_str(&format!(
        "month_format = {}\n\n",
        quote(&c.report.month_format)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_format_comment_is_the_one_migrate_writes() {
        let c = Config::new("Nanjie Village", "NJ");
        assert_eq!(comment(&c, "store-toml-format"), FORMAT_COMMENT);
    }

    #[test]
    fn a_chinese_folder_s_lane_toml_is_commented_in_chinese() {
        let c = Config::new_in("南街村", "NJ", crate::i18n::Lang::ZhCn);
        let text = render(&c);
        assert!(text.starts_with(
            "# 本文件夹的格式版本（见 FORMAT.md）；旧格式可用 `lane migrate` 升级。\nformat = 3\n"
        ));
        assert!(text.contains("# 报告开头的总述句：自动填入 {period}（期间）、{village}（村名）、{items}（各项成绩）和 {n}（户数）。\n[report]\n"));
        let english: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with('#') && !l.chars().any(|c| c > '\u{2e80}'))
            .collect();
        assert!(english.is_empty(), "{english:?}");
        let back: Config = toml::from_str(&text).unwrap();
        assert_eq!(render(&back), text);
    }

    #[test]
    fn rendered_profile_reads_back_the_same() {
        let mut c = Config::new("南街村", "NJ");
        c.levels[0].name = "街巷长".into();
        let text = render(&c);
        let back: Config = toml::from_str(&text).unwrap();
        assert_eq!(render(&back), text);
        assert_eq!(back.levels[0].name, "街巷长");
        assert_eq!(back.duties.len(), 7);
    }
}
