//! lane.toml as a person reads it: the profile written out with comments that say
//! what each part is for.

use super::casefile::quote;
use crate::model::config::Config;

/// The comment above lane.toml's `format` key.
pub const FORMAT_COMMENT: &str =
    "# The version of this folder's format (FORMAT.md); `lane migrate` upgrades an older one.\n";

/// The text of lane.toml for `c`.
pub fn render(c: &Config) -> String {
    let mut s = format!("{FORMAT_COMMENT}format = {}\n\n", c.format);
    s.push_str("# The village profile for lane. Names are what reports print: write them in the\n");
    s.push_str(
        "# village's language. Keys (levels, categories, criteria) are what commands take.\n\n",
    );
    s.push_str("# The lane leader's list of responsibilities, printed on the public board.\n");
    s.push_str("duties = [\n");
    for d in &c.duties {
        s.push_str(&format!("    {},\n", quote(d)));
    }
    s.push_str("]\n");
    s.push('\n');
    village_and_report(&mut s, c);
    s.push_str(
        "# The escalation chain, lowest first; a case at a level is overdue after its days.\n",
    );
    for l in &c.levels {
        s.push_str("[[levels]]\n");
        s.push_str(&format!(
            "key = {}\nname = {}\ndeadline_days = {}\n\n",
            quote(&l.key),
            quote(&l.name),
            l.deadline_days
        ));
    }
    s.push_str(
        "# Case categories. return_visit = false: a resolved case closes without a return\n",
    );
    s.push_str("# visit. headline: the report's phrase for cases of this category resolved.\n");
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
    s.push_str("# The five-star civilized household criteria: one star for each one met.\n");
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
        s.push_str("# The language of lane's messages, reports and board: \"zh-CN\" or \"en\".\n");
        s.push_str(&format!("language = {}\n", quote(l)));
    }
    s.push_str("# The prefix of case IDs (NJ-2026-0042).\n");
    s.push_str(&format!("code = {}\n", quote(&c.village.code)));
    s.push_str(&format!("town = {}\n", quote(&c.village.town)));
    s.push_str(&format!("county = {}\n", quote(&c.village.county)));
    s.push_str("# Times without an offset are in this one.\n");
    s.push_str(&format!(
        "utc_offset = {}\n\n",
        quote(&c.village.utc_offset)
    ));
    s.push_str(
        "# The report's headline sentence: {period}, {village}, {items} and {n} are filled in.\n",
    );
    s.push_str("[report]\n");
    s.push_str(&format!("headline = {}\n", quote(&c.report.headline)));
    s.push_str(&format!("households = {}\n", quote(&c.report.households)));
    s.push_str(&format!("separator = {}\n", quote(&c.report.separator)));
    s.push_str(&format!(
        "last_separator = {}\n",
        quote(&c.report.last_separator)
    ));
    s.push_str("# How {period} names a month (chrono format; \"%Y年%-m月\" gives 2026年11月).\n");
    s.push_str(&format!(
        "month_format = {}\n\n",
        quote(&c.report.month_format)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

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
