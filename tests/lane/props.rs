//! Property tests. The lifecycle: any sequence of commands, each applied only when
//! the state allows it (as lane does), keeps the invariants: the derived state is the
//! fold of the events, events are in time order, a closed case has a resolution or
//! a closing reason, the level never passes the top, and all of it survives a trip
//! through the case file. The readers: arbitrary bytes and arbitrary rows give an
//! error or a value, never a panic, and what lane writes it reads back.
//! (The fuzz targets in fuzz/ push the readers much further.)

use chrono::{Duration, FixedOffset, TimeZone};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use lane::model::case::{Action, Case, CloseReason, Event, Source, VisitResult};
use lane::model::config::{Config, Level};
use lane::model::ids::{AlleyId, CaseId};
use lane::model::lifecycle::{apply, fold, Rules, State, Status};
use lane::model::patrol::Patrol;
use lane::model::registry::{Alley, Household, Leader, Record};
use lane::model::time::Time;
use lane::store::csvfile::{self, Edit, Encoding};
use lane::store::{casefile, parse_config};

fn start() -> Time {
    FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 3, 9, 0, 0)
        .unwrap()
}

/// A command as a person could type it, with a step in time (which may go back).
#[derive(Debug, Clone)]
enum Cmd {
    Note,
    Escalate(usize),
    Resolve(bool),
    Visit(VisitResult),
    Close(CloseReason, bool),
    Reopen,
    Open,
}

fn cmd() -> impl Strategy<Value = Cmd> {
    prop_oneof![
        Just(Cmd::Note),
        (0usize..5).prop_map(Cmd::Escalate),
        any::<bool>().prop_map(Cmd::Resolve),
        prop_oneof![
            Just(VisitResult::Satisfied),
            Just(VisitResult::Basic),
            Just(VisitResult::Unsatisfied)
        ]
        .prop_map(Cmd::Visit),
        (
            prop_oneof![
                Just(CloseReason::Fixed),
                Just(CloseReason::Duplicate),
                Just(CloseReason::NotResponsible),
                Just(CloseReason::Unable),
                Just(CloseReason::Referred)
            ],
            any::<bool>()
        )
            .prop_map(|(r, of)| Cmd::Close(r, of)),
        Just(Cmd::Reopen),
        Just(Cmd::Open),
    ]
}

/// A profile with 1 to 4 levels and random deadlines.
fn config() -> impl Strategy<Value = Config> {
    prop::collection::vec(0u32..=3650, 1..=4).prop_map(|days| {
        let mut c = Config::new("V", "NJ");
        c.levels = days
            .iter()
            .enumerate()
            .map(|(i, d)| Level {
                key: format!("L{i}"),
                name: format!("level {i}"),
                deadline_days: *d,
            })
            .collect();
        c
    })
}

fn event(c: &Cmd, at: Time) -> Event {
    let action = match c {
        Cmd::Note => Action::Note,
        Cmd::Escalate(to) => Action::Escalate {
            // Sometimes a level that does not exist.
            to: format!("L{to}"),
            reason: "r".into(),
            dept: String::new(),
        },
        Cmd::Resolve(on_spot) => Action::Resolve { on_spot: *on_spot },
        Cmd::Visit(r) => Action::Visit { result: *r },
        Cmd::Close(reason, of) => Action::Close {
            reason: *reason,
            of: of.then(|| CaseId::parse("NJ-2026-0002").unwrap()),
        },
        Cmd::Reopen => Action::Reopen { reason: "r".into() },
        Cmd::Open => Action::Open,
    };
    Event::new(at, "L01", action, "n")
}

/// The invariants of a state reached by `events`.
fn invariants(t: &Case, rules: &Rules, s: &State) {
    assert!(s.level < rules.levels.len(), "level past the top");
    assert!(
        t.events.windows(2).all(|w| w[0].at <= w[1].at),
        "events out of order"
    );
    match s.status {
        Status::Closed => {
            let reason = s.close_reason.expect("a closed ticket has a reason");
            if reason == CloseReason::Fixed {
                // Fixed means a disposal since the case was last opened.
                let since = t
                    .events
                    .iter()
                    .rposition(|e| matches!(e.action, Action::Reopen { .. } | Action::Open))
                    .unwrap();
                assert!(
                    t.events[since..]
                        .iter()
                        .any(|e| matches!(e.action, Action::Resolve { .. })),
                    "closed as fixed without a resolution"
                );
            }
            assert!(s.closed_at.is_some());
        }
        Status::Resolved => assert!(s.resolved_at.is_some() && s.close_reason.is_none()),
        Status::Open => assert!(s.close_reason.is_none() && s.resolved_at.is_none()),
    }
    assert_eq!(s.last_at, t.events.last().unwrap().at);
}

proptest! {
    // Failures are kept next to this file, in props.proptest-regressions.
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_sequence_of_commands_keeps_the_invariants(
        cfg in config(),
        return_visit in any::<bool>(),
        steps in prop::collection::vec((cmd(), -3i64..48), 0..40),
    ) {
        let rules = Rules { levels: &cfg.levels, return_visit };
        let t0 = start();
        let mut t = Case {
            id: CaseId::parse("NJ-2026-0001").unwrap(),
            title: "t".into(),
            category: if return_visit { "hazard" } else { "sanitation" }.into(),
            alley: AlleyId::new("A01").unwrap(),
            household: None,
            source: Source::Inspection,
            opened: t0,
            events: vec![Event::new(t0, "L01", Action::Open, "")],
        };
        let mut state = apply(None, &t.events[0], &rules).unwrap();
        let mut at = t0;
        for (c, hours) in &steps {
            let when = at + Duration::hours(*hours);
            let ev = event(c, when);
            match apply(Some(&state), &ev, &rules) {
                Ok(next) => {
                    // Escalation goes up only, within the levels.
                    if let Action::Escalate { .. } = ev.action {
                        prop_assert!(next.level > state.level);
                    }
                    t.events.push(ev);
                    state = next;
                    at = when;
                    invariants(&t, &rules, &state);
                }
                Err(refusal) => {
                    // A refusal changes nothing and says why.
                    prop_assert!(!refusal.why.is_empty());
                    prop_assert!(when < at || !refusal.allowed.is_empty());
                }
            }
        }
        // The derived state is the fold of the events, also after a trip through
        // the case file.
        prop_assert_eq!(&fold(&t, &rules).unwrap(), &state);
        let text = casefile::render(&t);
        let mut back = casefile::parse(&text).unwrap();
        prop_assert_eq!(&fold(&back, &rules).unwrap(), &state);
        back.events.iter_mut().for_each(|e| e.line = 0);
        prop_assert_eq!(back, t);
    }

    #[test]
    fn any_bytes_as_a_case_file_give_an_error_with_a_line_or_a_case(s in any::<String>()) {
        let lines = s.lines().count().max(1);
        match casefile::parse(&s) {
            Ok(t) => {
                let _ = fold(&t, &Rules::for_case(&Config::new("V", "NJ"), &t));
            }
            Err((line, msg)) => {
                prop_assert!((1..=lines + 1).contains(&line));
                prop_assert!(!msg.is_empty());
            }
        }
    }

    #[test]
    fn case_file_lookalikes_give_errors_not_panics(
        keys in prop::collection::vec(
            prop_oneof![
                Just("id"), Just("title"), Just("category"), Just("alley"), Just("source"),
                Just("opened"), Just("at"), Just("by"), Just("action"), Just("to"),
                Just("reason"), Just("result"), Just("as"), Just("of"), Just("on_spot"),
                Just("[[events]]"), Just("<<<<<<< HEAD"),
            ],
            0..24,
        ),
        values in prop::collection::vec(
            prop_oneof![
                Just("\"NJ-2026-0001\"".to_string()),
                Just("\"2026-11-03T09:15:00+08:00\"".to_string()),
                Just("\"9999-12-31T23:59:59-23:59\"".to_string()),
                Just("\"open\"".to_string()), Just("\"escalate\"".to_string()),
                Just("\"close\"".to_string()), Just("true".to_string()),
                Just("\"../../etc/passwd\"".to_string()),
                "\"[a-z0-9 -]{0,12}\"",
            ],
            24,
        ),
    ) {
        let mut text = String::new();
        for (k, v) in keys.iter().zip(&values) {
            if k.starts_with('[') || k.starts_with('<') {
                text.push_str(&format!("{k}\n"));
            } else {
                text.push_str(&format!("{k} = {v}\n"));
            }
        }
        if let Ok(t) = casefile::parse(&text) {
            // An ID that parsed is a plain file name.
            let rel = lane::store::Store::case_rel(&t.id);
            prop_assert!(!rel.contains("..") && rel.split('/').count() == 3);
            let _ = fold(&t, &Rules::for_case(&Config::new("V", "NJ"), &t));
        }
    }

    #[test]
    fn any_bytes_as_a_csv_file_give_an_error_or_a_document_that_keeps_every_byte(
        data in prop::collection::vec(
            prop_oneof![
                4 => any::<u8>(),
                6 => prop::sample::select(b",\"\r\n;=aZ9".to_vec()),
            ],
            0..200,
        ),
    ) {
        for enc in [Encoding::Utf8Only, Encoding::Utf8OrGbk] {
            if let Ok((text, bom)) = csvfile::decode(&data, "f.csv", enc) {
                if let Ok((doc, _)) = csvfile::parse_lenient(text, bom, "f.csv") {
                    if enc == Encoding::Utf8Only {
                        prop_assert_eq!(csvfile::rewrite(&doc, |_| Edit::Keep, &[]), data.clone());
                    }
                }
            }
        }
    }

    #[test]
    fn any_rows_written_by_lane_read_back_the_same(
        rows in prop::collection::vec(prop::collection::vec(".{0,8}", 3), 0..8),
        crlf in any::<bool>(),
        bom in any::<bool>(),
    ) {
        let header = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        let mut text = csvfile::encode_row(&header, crlf);
        for r in &rows {
            text.push_str(&csvfile::encode_row(r, crlf));
        }
        // A carriage return or a quote in a field is written inside quotes, so what
        // lane writes always parses.
        let doc = csvfile::parse(text.clone(), bom, "f.csv").unwrap();
        let got: Vec<&Vec<String>> = doc.rows.iter().map(|r| &r.fields).collect();
        prop_assert_eq!(got, rows.iter().collect::<Vec<_>>());
        let bytes = if bom { format!("\u{FEFF}{text}") } else { text };
        prop_assert_eq!(csvfile::rewrite(&doc, |_| Edit::Keep, &[]), bytes.into_bytes());
    }

    #[test]
    fn any_fields_given_to_the_row_readers_give_an_error_or_a_record_that_round_trips(
        fields in prop::collection::vec(
            prop_oneof![
                ".{0,12}",
                "[A-Z][0-9]{2,4}",
                "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
                Just("NJ-2026-0001".to_string()),
                Just("party-member".to_string()),
                Just("two-committees".to_string()),
                Just("visit".to_string()),
                Just("inspection".to_string()),
                Just("=HYPERLINK(\"x\")".to_string()),
            ],
            0..11,
        ),
    ) {
        fn check<R: Record + PartialEq + std::fmt::Debug>(f: &[String]) {
            if let Ok(r) = R::from_fields(f) {
                assert_eq!(R::from_fields(&r.to_fields()).unwrap(), r);
            }
        }
        check::<Alley>(&fields);
        check::<Leader>(&fields);
        check::<Household>(&fields);
        if let Ok(p) = Patrol::from_fields(&fields) {
            prop_assert_eq!(Patrol::from_fields(&p.to_fields()).unwrap(), p);
        }
    }

    #[test]
    fn any_text_as_lane_toml_gives_an_error_or_a_usable_profile(
        deadline in any::<u32>(),
        month_format in prop_oneof![".{0,6}", "%[a-zA-Z%:.#-]{1,3}"],
        code in "[A-Z0-9./-]{0,4}",
    ) {
        let mut c = Config::new("V", "NJ");
        c.levels[0].deadline_days = deadline;
        c.report.month_format = month_format;
        c.village.code = code;
        let text = lane::store::configfile::render(&c);
        if let Ok(cfg) = parse_config(&text) {
            // What validation lets through, every use survives.
            let t = chrono::DateTime::parse_from_rfc3339("9999-12-31T23:59:59-23:59").unwrap();
            let ev = Event::new(t, "L01", Action::Open, "");
            let s = apply(None, &ev, &Rules { levels: &cfg.levels, return_visit: true }).unwrap();
            prop_assert!(s.deadline >= t);
            let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
            let _ = day.format(&cfg.report.month_format).to_string();
            lane::model::ids::check_id(&cfg.village.code).unwrap();
        }
    }
}
