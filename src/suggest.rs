//! "Did you mean" suggestions for mistyped IDs and keys, by Levenshtein distance
//! over characters (`strsim`), so `H042` finds `H0042` and `南街` finds `南街村`.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .map(|c| (strsim::levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The hint that names the nearest candidate: "did you mean `A01`?".
pub fn did_you_mean(word: &str) -> String {
    crate::msg!("cmd-did-you-mean", word = word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_ids_only() {
        let ids = ["A01", "A02", "H0042"];
        assert_eq!(nearest("a01", ids.iter().copied()), Some("A01"));
        assert_eq!(nearest("H042", ids.iter().copied()), Some("H0042"));
        assert_eq!(nearest("Z99", ids.iter().copied()), None);
        // By characters, not bytes: one Chinese character is one edit.
        let names = ["南街村", "北街村"];
        assert_eq!(nearest("南街", names.iter().copied()), Some("南街村"));
        // The first of equally near candidates.
        assert_eq!(nearest("A03", ids.iter().copied()), Some("A01"));
    }
}
