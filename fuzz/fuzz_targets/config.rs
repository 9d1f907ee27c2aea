//! Any text as lane.toml: an error, or a profile that renders back to itself and
//! that every use survives: deadlines added to the earliest and latest times a case
//! file can hold, the month names of the report, a report in every format.
#![no_main]

use chrono::{DateTime, FixedOffset, NaiveDate};
use lane::model::ids::{AlleyId, CaseId};
use lane::model::lifecycle::{fold, Rules};
use lane::model::report::{compute, Names, Period};
use lane::model::case::{Action, Event, Source, Case};
use lane::render::report::{render, Show};
use lane::render::Format;
use lane::store::{configfile, parse_config};
use libfuzzer_sys::fuzz_target;

fn case(at: DateTime<FixedOffset>, cfg: &lane::model::config::Config) -> Case {
    let mut events = vec![Event::new(at, "L01", Action::Open, "")];
    for l in cfg.levels.iter().skip(1) {
        events.push(Event::new(
            at,
            "L01",
            Action::Escalate {
                to: l.key.clone(),
                reason: "r".into(),
                dept: String::new(),
            },
            "",
        ));
    }
    events.push(Event::new(
        at,
        "L01",
        Action::Resolve { on_spot: false },
        "",
    ));
    Case {
        id: CaseId::parse("NJ-2026-0001").unwrap(),
        title: "t".into(),
        category: cfg.categories[0].key.clone(),
        alley: AlleyId::new("A01").unwrap(),
        household: None,
        source: Source::Inspection,
        opened: at,
        events,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(cfg) = parse_config(text) else {
        return;
    };
    let rendered = configfile::render(&cfg);
    let back = parse_config(&rendered).expect("lane's own rendering parses");
    assert_eq!(configfile::render(&back), rendered);
    for at in [
        "0000-01-01T00:00:00-23:59",
        "2026-11-03T09:15:00+08:00",
        "9999-12-31T23:59:59+23:59",
        "9999-12-31T23:59:59-23:59",
    ] {
        let at = DateTime::parse_from_rfc3339(at).unwrap();
        let t = case(at, &cfg);
        fold(&t, &Rules::for_case(&cfg, &t)).expect("a climb through every level");
        let day = at.date_naive();
        let period = Period {
            from: day,
            to: day,
            label: day.format(&cfg.report.month_format).to_string(),
            progress: lane::model::period::Progress::Complete,
        };
        let names = Names {
            alleys: &[],
            leaders: &[],
            households: &[],
        };
        let r = compute(&cfg, &names, &[t], &[], period, &at);
        for f in [Format::Table, Format::Csv, Format::Json, Format::Md] {
            let _ = render(&r, f, Show { redact: true, ..Show::default() });
        }
    }
    for d in [(1, 1, 1), (2026, 11, 1), (9999, 12, 1)] {
        let day = NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap();
        let _ = day.format(&cfg.report.month_format).to_string();
    }
});
