//! Any text as a case file: an error with a line inside the file, or a case that
//! renders back to itself, whose ID is a plain path inside `tickets/`, whose state
//! (when its events allow one) keeps the lifecycle's invariants, and that a report
//! counts in every format without a panic.
#![no_main]

use chrono::Datelike;
use lane::model::config::Config;
use lane::model::lifecycle::{apply, fold, Rules, Status};
use lane::model::report::{compute, Names, Period};
use lane::render::report::{render, Show};
use lane::render::Format;
use lane::store::{casefile, Store};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = text.lines().count().max(1);
    let t = match casefile::parse(text) {
        Ok(t) => t,
        Err((line, _)) => {
            assert!(
                (1..=lines + 1).contains(&line),
                "error line {line} of {lines}"
            );
            return;
        }
    };
    for e in &t.events {
        assert!((1..=lines).contains(&e.line));
    }
    let rendered = casefile::render(&t);
    let mut back = casefile::parse(&rendered).expect("lane's own rendering parses");
    let mut orig = t.clone();
    back.events.iter_mut().for_each(|e| e.line = 0);
    orig.events.iter_mut().for_each(|e| e.line = 0);
    assert_eq!(back, orig);
    let rel = Store::case_rel(&t.id);
    let parts: Vec<&str> = rel.split('/').collect();
    assert_eq!(parts.len(), 3, "{rel}");
    assert!(
        parts[0] == "tickets"
            && parts
                .iter()
                .all(|p| !p.is_empty() && *p != ".." && *p != ".")
    );
    let cfg = Config::new("V", "NJ");
    let rules = Rules::for_case(&cfg, &t);
    if let Ok(state) = fold(&t, &rules) {
        assert!(state.level < cfg.levels.len());
        assert!(state.status != Status::Closed || state.close_reason.is_some());
        assert!(t.events.windows(2).all(|w| w[0].at <= w[1].at));
        // The fold is the events applied one by one.
        let mut s = None;
        for e in &t.events {
            s = Some(apply(s.as_ref(), e, &rules).expect("the fold allowed it"));
        }
        assert_eq!(s.as_ref(), Some(&state));
    }
    let day = t.opened.date_naive();
    let from = day.with_day(1).expect("day 1");
    let period = Period {
        from,
        to: day,
        label: "p".into(),
        progress: lane::model::period::Progress::Complete,
    };
    let names = Names {
        alleys: &[],
        leaders: &[],
        households: &[],
    };
    let r = compute(
        &cfg,
        &names,
        std::slice::from_ref(&t),
        &[],
        period,
        &t.opened,
    );
    for f in [Format::Table, Format::Csv, Format::Json, Format::Md] {
        let _ = render(&r, f, Show { redact: false, ..Show::default() });
    }
});
