//! The catalogues are complete: every message id is in both languages and is used
//! somewhere in src/.

use super::*;
use std::collections::BTreeSet;
use std::path::Path;

/// The message ids of one catalogue file, in order, checking that it parses.
fn file_ids(name: &str, source: &str) -> Vec<String> {
    let res = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The message ids of a language's catalogue, each with its file's area.
fn ids(lang: &str, files: &[(&str, &str)]) -> Vec<String> {
    files
        .iter()
        .flat_map(|(area, text)| {
            file_ids(&format!("{lang}/{area}.ftl"), text)
                .into_iter()
                .map(move |id| format!("{area}:{id}"))
        })
        .collect()
}

/// The ids without their areas.
fn bare(ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|i| {
            i.split_once(':')
                .map_or(i.clone(), |(_, id)| id.to_string())
        })
        .collect()
}

/// The text of every .rs file under src/ but this test.
fn source_text() -> String {
    fn walk(dir: &Path, out: &mut String) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n/tests.rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut s = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut s);
    s
}

#[test]
fn every_message_is_in_both_languages_and_used() {
    // The same id in the same area's file in both languages.
    let en_areas = ids("en", EN_FTL);
    let zh_areas = ids("zh-CN", ZH_CN_FTL);
    let (ea, za): (BTreeSet<_>, BTreeSet<_>) =
        (en_areas.iter().collect(), zh_areas.iter().collect());
    let moved: Vec<_> = ea.symmetric_difference(&za).collect();
    let en = bare(&en_areas);
    let zh = bare(&zh_areas);
    for (name, list) in [("en", &en), ("zh-CN", &zh)] {
        let set: BTreeSet<_> = list.iter().collect();
        assert_eq!(set.len(), list.len(), "{name} defines a message twice");
    }
    let en_set: BTreeSet<_> = en.iter().collect();
    let zh_set: BTreeSet<_> = zh.iter().collect();
    let only_en: Vec<_> = en_set.difference(&zh_set).collect();
    let only_zh: Vec<_> = zh_set.difference(&en_set).collect();
    assert!(only_en.is_empty(), "missing in zh-CN: {only_en:?}");
    assert!(only_zh.is_empty(), "missing in en: {only_zh:?}");
    assert!(
        moved.is_empty(),
        "in another file in the other language: {moved:?}"
    );

    let src = source_text();
    let metric_keys: Vec<&str> = crate::model::metric::METRICS
        .iter()
        .map(|m| m.key)
        .collect();
    // The help ids follow the command tree (src/cli/localize.rs).
    let help: BTreeSet<String> =
        crate::cli::localize::texts(&<crate::cli::Cli as clap::CommandFactory>::command())
            .into_iter()
            .map(|(id, _)| id)
            .chain(crate::cli::localize::example_ids(
                &<crate::cli::Cli as clap::CommandFactory>::command(),
            ))
            .collect();
    let unused: Vec<_> = en
        .iter()
        .filter(|id| !help.contains(*id))
        .filter(|id| {
            let quoted = format!("\"{id}\"");
            if src.contains(&quoted) {
                return false;
            }
            !METRIC_PREFIXES.iter().any(|p| {
                id.strip_prefix(p)
                    .is_some_and(|rest| metric_keys.contains(&rest))
                    && src.contains(&format!("\"{p}\""))
            })
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    // Every metric has its three messages.
    for p in METRIC_PREFIXES {
        for k in &metric_keys {
            assert!(en_set.contains(&format!("{p}{k}")), "no message {p}{k}");
        }
    }
}

#[test]
fn the_english_metric_messages_are_the_metric_table() {
    for m in crate::model::metric::METRICS {
        assert_eq!(t(Lang::En, &format!("metric-short-{}", m.key)), m.short);
        assert_eq!(t(Lang::En, &format!("metric-name-{}", m.key)), m.key);
        assert_eq!(t(Lang::En, &format!("metric-meaning-{}", m.key)), m.meaning);
    }
}

#[test]
fn the_language_is_lane_lang_then_the_folder_then_the_locale() {
    assert_eq!(Lang::decide(Some("zh-CN"), Some("en"), None), Lang::ZhCn);
    assert_eq!(Lang::decide(Some("en"), Some("zh-CN"), None), Lang::En);
    assert_eq!(Lang::decide(Some("fr"), Some("zh-CN"), None), Lang::ZhCn);
    assert_eq!(
        Lang::decide(None, Some("en"), Some("zh_CN.UTF-8")),
        Lang::En
    );
    assert_eq!(Lang::decide(None, None, Some("zh_CN.UTF-8")), Lang::ZhCn);
    assert_eq!(Lang::decide(None, None, Some("en_US.UTF-8")), Lang::En);
    assert_eq!(Lang::decide(None, None, None), Lang::En);
}

#[test]
fn plurals_and_arguments_fill_in() {
    let n = |n: usize| {
        [
            ("alleys", FluentValue::from(n)),
            ("households", FluentValue::from(n)),
        ]
    };
    assert_eq!(tr(Lang::En, "board-totals", &n(1)), "1 alley, 1 household.");
    assert_eq!(
        tr(Lang::En, "board-totals", &n(14)),
        "14 alleys, 14 households."
    );
    assert_eq!(tr(Lang::ZhCn, "board-totals", &n(14)), "共14条街巷，14户。");
    assert_eq!(percent(Lang::ZhCn, "95.2"), "95.2%");
    assert_eq!(percent(Lang::ZhCn, "-"), "-");
    assert_eq!(percent(Lang::En, "95.2"), "95.2");
}
