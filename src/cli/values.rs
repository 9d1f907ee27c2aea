//! Value parsers of flags whose values are words in either language.

/// `--result`: the key of a return visit's result, or its word in either
/// language (满意, 基本满意, 不满意).
pub fn visit_result(word: &str) -> Result<crate::model::case::VisitResult, String> {
    use crate::i18n::{t, Lang};
    use crate::model::case::VisitResult;
    let all = [
        (VisitResult::Satisfied, "satisfied", "cmd-visit-satisfied"),
        (VisitResult::Basic, "basic", "cmd-visit-basic"),
        (
            VisitResult::Unsatisfied,
            "unsatisfied",
            "cmd-visit-unsatisfied",
        ),
    ];
    let word = word.trim();
    all.iter()
        .find(|(_, key, id)| *key == word || Lang::ALL.iter().any(|l| t(*l, id) == word))
        .map(|(r, _, _)| *r)
        .ok_or_else(|| crate::msg!("help-err-visit-result"))
}
