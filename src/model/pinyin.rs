//! Pinyin for searching Chinese names: `zgl`, `zhang gui` and `zhangguilan` all
//! find 张桂兰. The interactive household search (a fuzzy subsequence match)
//! matches against a name followed by its [`search_key`].

use pinyin::ToPinyin;

/// The toneless pinyin of the Chinese characters of `text`, one syllable per
/// character separated by spaces (`张桂兰` → `zhang gui lan`); characters
/// without a reading (letters, digits) are left out. `None` when `text` has no
/// Chinese character. A fuzzy subsequence matcher finds both the initials
/// (`zgl`) and the whole syllables (`zhangguilan`, `zhang gui`) in it.
pub fn search_key(text: &str) -> Option<String> {
    let syllables: Vec<&str> = text.to_pinyin().flatten().map(|p| p.plain()).collect();
    if syllables.is_empty() {
        None
    } else {
        Some(syllables.join(" "))
    }
}

/// `label` with the pinyin of its Chinese part after it, for a fuzzy search:
/// `H0003 张桂兰 · 槐树巷` → `H0003 张桂兰 · 槐树巷  zhang gui lan huai shu xiang`.
pub fn searchable(label: &str) -> String {
    match search_key(label) {
        Some(key) => format!("{label}  {key}"),
        None => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_has_its_syllables() {
        assert_eq!(search_key("张桂兰").as_deref(), Some("zhang gui lan"));
        assert_eq!(search_key("H0003 吴德荣").as_deref(), Some("wu de rong"));
        assert_eq!(search_key("Zhang Wei"), None);
        assert_eq!(search_key(""), None);
    }

    #[test]
    fn the_label_shows_the_pinyin_after_the_text() {
        assert_eq!(searchable("张桂兰"), "张桂兰  zhang gui lan");
        assert_eq!(searchable("Zhang Wei"), "Zhang Wei");
    }
}
