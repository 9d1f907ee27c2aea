//! Plausible case histories and patrol logs for a sample village, in the proportions
//! Nanjie Village published (per year: some 300 sanitation clean-ups, 80 hazards,
//! 16 disputes, 300 convenience services) with escalations, late disposals,
//! unsatisfied return visits and cases still open at the end.

use chrono::{Duration, NaiveDate};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::names;
use super::Registries;
use crate::model::case::{Action, Case, CloseReason, Event, Source, VisitResult};
use crate::model::config::Config;
use crate::model::ids::CaseId;
use crate::model::lifecycle::{record, Rules, State};
use crate::model::patrol::{Patrol, PatrolKind};
use crate::model::registry::Household;
use crate::model::time::{start_of, Time};

/// Cases per village per year, by category key.
const PER_YEAR: &[(&str, u32)] = &[
    ("sanitation", 300),
    ("hazard", 80),
    ("dispute", 16),
    ("service", 300),
    ("feedback", 40),
];

fn pick<'a>(rng: &mut ChaCha8Rng, table: &'a [(&str, &'a [&'a str])], key: &str) -> &'a str {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v.choose(rng))
        .copied()
        .unwrap_or("")
}

/// A moment in daytime on `day`.
fn daytime(rng: &mut ChaCha8Rng, day: NaiveDate, cfg: &Config) -> Time {
    start_of(day, cfg.offset()) + Duration::minutes(rng.gen_range(7 * 60..18 * 60))
}

/// Builds a case's events one by one, checking each against the lifecycle and
/// stopping at `end` (the records end there).
struct Builder<'a> {
    rules: Rules<'a>,
    state: Option<State>,
    events: Vec<Event>,
    at: Time,
    end: Time,
    /// Set once an event would fall past the end: the records stop there.
    done: bool,
}

impl<'a> Builder<'a> {
    /// Adds an event `after` the last one; false when it would fall past the end.
    fn push(&mut self, after: Duration, by: &str, action: Action, note: &str) -> bool {
        let at = self.at + after;
        if self.done || at >= self.end {
            self.done = true;
            return false;
        }
        let mut ev = Event::new(at, by, action, note);
        match record(self.state.as_ref(), &mut ev, &self.rules) {
            Ok(s) => {
                self.state = Some(s);
                self.events.push(ev);
                self.at = at;
                true
            }
            Err(_) => false,
        }
    }
}

fn hours(rng: &mut ChaCha8Rng, lo: i64, hi: i64) -> Duration {
    Duration::minutes(rng.gen_range(lo * 60..hi * 60))
}

/// Generates cases opened, and patrols made, from `from` up to (not including)
/// `until`; case histories go on until `records_end` (not included).
pub fn generate(
    cfg: &Config,
    reg: &Registries,
    rng: &mut ChaCha8Rng,
    (from, until): (NaiveDate, NaiveDate),
    records_end: NaiveDate,
    scale: f64,
) -> (Vec<Case>, Vec<Patrol>) {
    let days = (until - from).num_days().max(1);
    let end = start_of(records_end, cfg.offset());
    let mut opened: Vec<(Time, &str)> = Vec::new();
    for (cat, per_year) in PER_YEAR {
        if cfg.category(cat).is_none() {
            continue;
        }
        let n = (f64::from(*per_year) * days as f64 / 365.0 * scale).round() as u64;
        for _ in 0..n {
            let day = from + Duration::days(rng.gen_range(0..days));
            opened.push((daytime(rng, day, cfg), cat));
        }
    }
    opened.sort();
    let by_alley: Vec<Vec<&Household>> = reg
        .alleys
        .iter()
        .map(|a| reg.households.iter().filter(|h| h.alley == a.id).collect())
        .collect();
    let mut seq: std::collections::HashMap<i32, u32> = std::collections::HashMap::new();
    let mut cases = Vec::with_capacity(opened.len());
    let mut patrols = Vec::new();
    for (at, cat) in opened {
        let ai = rng.gen_range(0..reg.alleys.len());
        let alley = &reg.alleys[ai];
        let leader = alley
            .leader
            .as_ref()
            .map(|l| l.to_string())
            .unwrap_or_else(|| "clerk".into());
        let wants_household = match cat {
            "service" | "dispute" => 1.0,
            "feedback" => 0.6,
            "hazard" => 0.5,
            _ => 0.2,
        };
        let household = if rng.gen_bool(wants_household) {
            by_alley[ai].choose(rng).map(|h| h.id.clone())
        } else {
            None
        };
        let source = match (cat, household.is_some(), rng.gen_range(0..10)) {
            ("service", true, 0..=5) => Source::Visit,
            (_, true, 0..=1) => Source::Household,
            (_, _, 9) => Source::Hotline,
            _ => Source::Inspection,
        };
        let year = chrono::Datelike::year(&at);
        let n = seq.entry(year).or_insert(0);
        *n += 1;
        let id = CaseId {
            code: cfg.village.code.clone(),
            year,
            station: String::new(),
            seq: *n,
        };
        let title = pick(rng, names::TITLES, cat).to_string();
        let return_visit = cfg.category(cat).is_none_or(|c| c.return_visit);
        let mut b = Builder {
            rules: Rules {
                levels: &cfg.levels,
                return_visit,
            },
            state: None,
            events: Vec::new(),
            at,
            end,
            done: false,
        };
        b.push(Duration::zero(), &leader, Action::Open, "");
        let fix = pick(rng, names::FIXES, cat).to_string();
        let on_spot = match cat {
            "sanitation" => 0.7,
            "service" => 0.5,
            _ => 0.05,
        };
        if rng.gen_bool(on_spot) {
            b.push(
                Duration::zero(),
                &leader,
                Action::Resolve { on_spot: true },
                &fix,
            );
            if !return_visit {
                b.push(
                    Duration::zero(),
                    &leader,
                    Action::Close {
                        reason: CloseReason::Fixed,
                        of: None,
                    },
                    "",
                );
            }
        } else if rng.gen_bool(0.03) {
            let reason = *[
                CloseReason::NotResponsible,
                CloseReason::Referred,
                CloseReason::Unable,
            ]
            .choose(rng)
            .expect("x");
            b.push(
                hours(rng, 2, 48),
                &leader,
                Action::Close { reason, of: None },
                "不属于村级事务",
            );
        } else {
            if rng.gen_bool(0.3) {
                let note = names::NOTES.choose(rng).expect("x");
                let d = hours(rng, 1, 30);
                b.push(d, &leader, Action::Note, note);
            }
            let escalate = match cat {
                "hazard" => 0.4,
                "dispute" => 0.3,
                "feedback" => 0.2,
                _ => 0.03,
            };
            if rng.gen_bool(escalate) {
                let d = hours(rng, 2, 60);
                let reason = "街巷长无法独立解决";
                let to = cfg.levels.get(1).map(|l| l.key.clone()).unwrap_or_default();
                b.push(
                    d,
                    &leader,
                    Action::Escalate {
                        to,
                        reason: reason.into(),
                        dept: String::new(),
                    },
                    "",
                );
                if rng.gen_bool(0.3) {
                    if let Some(top) = cfg.levels.get(2) {
                        let dept = names::DEPTS.choose(rng).expect("x").to_string();
                        let d = hours(rng, 4, 120);
                        let action = Action::Escalate {
                            to: top.key.clone(),
                            reason: "需镇相关部门协调".into(),
                            dept,
                        };
                        b.push(d, "村党支部", action, "");
                    }
                }
            }
            // Mostly within the deadline, sometimes late.
            let days = b
                .state
                .as_ref()
                .map_or(3, |s| cfg.levels[s.level].deadline_days as i64);
            let d = if rng.gen_bool(0.88) {
                hours(rng, 1, days * 24)
            } else {
                hours(rng, days * 24, days * 48)
            };
            b.push(d, &leader, Action::Resolve { on_spot: false }, &fix);
        }
        // Return visit or closing.
        if b.state
            .as_ref()
            .is_some_and(|s| s.status == crate::model::lifecycle::Status::Resolved)
        {
            if return_visit {
                let roll = rng.gen_range(0..100);
                let result = match roll {
                    0..=6 => VisitResult::Unsatisfied,
                    7..=24 => VisitResult::Basic,
                    _ => VisitResult::Satisfied,
                };
                let d = hours(rng, 4, 96);
                if b.push(d, &leader, Action::Visit { result }, "")
                    && result == VisitResult::Unsatisfied
                {
                    let d = hours(rng, 24, 96);
                    b.push(d, &leader, Action::Resolve { on_spot: false }, "再次处理");
                    let d = hours(rng, 4, 72);
                    b.push(
                        d,
                        &leader,
                        Action::Visit {
                            result: VisitResult::Satisfied,
                        },
                        "",
                    );
                }
            } else {
                // As `lane resolve` does: closed as fixed at the disposal.
                b.push(
                    Duration::zero(),
                    &leader,
                    Action::Close {
                        reason: CloseReason::Fixed,
                        of: None,
                    },
                    "",
                );
            }
        }
        if let (Source::Visit, Some(h), Some(l)) = (source, &household, &alley.leader) {
            patrols.push(Patrol {
                id: None,
                date: at.date_naive(),
                leader: l.clone(),
                alley: alley.id.clone(),
                kind: PatrolKind::Visit,
                household: Some(h.clone()),
                case: Some(id.clone()),
                note: String::new(),
            });
        }
        cases.push(Case {
            id,
            title,
            category: cat.to_string(),
            alley: alley.id.clone(),
            household,
            source,
            opened: at,
            events: b.events,
        });
    }
    patrols.extend(daily_patrols(reg, rng, from, until, &by_alley));
    patrols.sort_by_key(|p| p.date);
    (cases, patrols)
}

/// Each lane leader patrols most days, visits a few households a week and reports
/// on social conditions about once a week.
fn daily_patrols(
    reg: &Registries,
    rng: &mut ChaCha8Rng,
    from: NaiveDate,
    until: NaiveDate,
    by_alley: &[Vec<&Household>],
) -> Vec<Patrol> {
    let mut out = Vec::new();
    let mut day = from;
    while day < until {
        for (ai, alley) in reg.alleys.iter().enumerate() {
            let Some(leader) = &alley.leader else {
                continue;
            };
            let row = |kind, household: Option<&Household>, note: &str| Patrol {
                id: None,
                date: day,
                leader: leader.clone(),
                alley: alley.id.clone(),
                kind,
                household: household.map(|h| h.id.clone()),
                case: None,
                note: note.to_string(),
            };
            if rng.gen_bool(0.85) {
                out.push(row(PatrolKind::Inspection, None, "定点巡查"));
            }
            if rng.gen_bool(0.3) {
                if let Some(h) = by_alley[ai].choose(rng) {
                    out.push(row(PatrolKind::Visit, Some(h), "入户走访"));
                }
            }
            if rng.gen_bool(0.12) {
                out.push(row(PatrolKind::Feedback, None, "反馈社情民意"));
            }
        }
        day = day.succ_opt().expect("a next day");
    }
    out
}
