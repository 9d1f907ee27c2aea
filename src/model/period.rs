//! The period a report covers and how it is chosen: the month, year or range of
//! days the flags name, or by default the last complete month (falling back to the
//! latest complete month with records). Pure: today and the months that have records
//! are given, the words come from lane.toml.

use chrono::{Datelike, Months, NaiveDate};

use super::config::Config;
use super::time::parse_day;
use crate::i18n::tr;

/// A report period: whole days, `from` to `to` inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// How the headline names it: "November 2026", "2026Q4", "2026",
    /// "2026-11-01 to 2026-11-15".
    pub label: String,
    /// How far it had got on the day of the report.
    pub progress: Progress,
}

/// How far a period has got by the day of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Over: every day of it is counted.
    Complete,
    /// Begun but not over: counted up to this day (today).
    Unfinished(NaiveDate),
    /// Not begun: nothing to count yet.
    NotBegun,
}

impl Period {
    /// The month that starts on `first`, named with lane.toml's `report.month_format`.
    pub fn month(cfg: &Config, first: NaiveDate) -> Period {
        let next = first + Months::new(1);
        Period {
            from: first,
            to: next.pred_opt().expect("a day before"),
            label: first.format(&cfg.report.month_format).to_string(),
            progress: Progress::Complete,
        }
    }

    /// The quarter `q` (1-4) of `year`, named `2026Q4` (`2026年第四季度`).
    pub fn quarter(cfg: &Config, year: i32, q: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, 3 * q.checked_sub(1)? + 1, 1)?;
        let to = (from + Months::new(3)).pred_opt()?;
        let label = tr(
            cfg.lang(),
            "period-quarter",
            &[("year", year.to_string().into()), ("quarter", q.into())],
        );
        (1..=4).contains(&q).then_some(Period {
            from,
            to,
            label,
            progress: Progress::Complete,
        })
    }

    /// The year `year`, named `2026` (`2026年`).
    pub fn year(cfg: &Config, year: i32) -> Option<Period> {
        Some(Period {
            from: NaiveDate::from_ymd_opt(year, 1, 1)?,
            to: NaiveDate::from_ymd_opt(year, 12, 31)?,
            label: tr(
                cfg.lang(),
                "period-year",
                &[("year", year.to_string().into())],
            ),
            progress: Progress::Complete,
        })
    }

    /// The same period as it stands on `today`.
    pub fn on(mut self, today: NaiveDate) -> Period {
        self.progress = if today > self.to {
            Progress::Complete
        } else if today < self.from {
            Progress::NotBegun
        } else {
            Progress::Unfinished(today)
        };
        self
    }

    /// A short name for notices: `2026-11` (`2026年11月`), `2026Q4` (`2026年第四季度`), `2026`
    /// (`2026年`), or `2026-11-01 to 2026-11-15` for any other range.
    pub fn short(&self, lang: crate::i18n::Lang) -> String {
        let (f, t) = (self.from, self.to);
        let first = f.day() == 1;
        let month_end = t.succ_opt().is_none_or(|n| n.day() == 1);
        let months = (t.year() - f.year()) * 12 + t.month() as i32 - f.month() as i32 + 1;
        match (first && month_end, months) {
            (true, 1) => tr(
                lang,
                "period-month-short",
                &[
                    ("year", f.year().to_string().into()),
                    ("mm", f.format("%m").to_string().into()),
                    ("month", f.month().to_string().into()),
                ],
            ),
            (true, 3) if f.month() % 3 == 1 => {
                let (year, q) = (f.year().to_string(), f.month() / 3 + 1);
                tr(
                    lang,
                    "period-quarter",
                    &[("year", year.into()), ("quarter", q.into())],
                )
            }
            (true, 12) if f.month() == 1 => tr(
                lang,
                "period-year",
                &[("year", f.year().to_string().into())],
            ),
            _ => tr(
                lang,
                "period-span",
                &[("from", f.to_string().into()), ("to", t.to_string().into())],
            ),
        }
    }

    /// What a report of this period must say about it on stderr and in its
    /// header: `None` when it is over.
    pub fn notice(&self, lang: crate::i18n::Lang) -> Option<String> {
        let period = self.short(lang);
        match self.progress {
            Progress::Complete => None,
            Progress::NotBegun => Some(tr(lang, "period-not-begun", &[("period", period.into())])),
            Progress::Unfinished(day) => Some(tr(
                lang,
                "period-not-over",
                &[("period", period.into()), ("day", day.to_string().into())],
            )),
        }
    }
}

/// How a report's period is asked for: the `--month`, `--quarter`, `--year` and
/// `--from`/`--to` flags as typed, each `None` when absent.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    pub month: Option<&'a str>,
    pub quarter: Option<&'a str>,
    pub year: Option<&'a str>,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
}

impl Asked<'_> {
    /// The period the flags name as it stands on `today` (`last`, `this`, `上月`
    /// and `--from yesterday` count from it), `None` for the default; the error
    /// says which flag is wrong and how to write it.
    pub fn period(&self, cfg: &Config, today: NaiveDate) -> Result<Option<Period>, String> {
        let p = if let Some(m) = self.month {
            Period::month(cfg, month_start(m, today)?)
        } else if let Some(q) = self.quarter {
            let (year, q) = quarter_of(q, today)?;
            Period::quarter(cfg, year, q)
                .ok_or_else(|| crate::msg!("store-not-a-quarter", value = self.quarter))?
        } else if let Some(y) = self.year {
            Period::year(cfg, year_of(y, today)?)
                .ok_or_else(|| crate::msg!("store-not-a-year", value = y))?
        } else if let (Some(f), Some(t)) = (self.from, self.to) {
            range(cfg, f, t, today)?
        } else {
            return Ok(None);
        };
        Ok(Some(p.on(today)))
    }
}

/// `--from F --to T`, each a day as people write it.
fn range(cfg: &Config, f: &str, t: &str, today: NaiveDate) -> Result<Period, String> {
    let flag = |flag: &str, e: String| crate::msg!("store-flag", flag = flag, error = e);
    let from = parse_day(f, today).map_err(|e| flag("--from", e))?;
    let to = parse_day(t, today).map_err(|e| flag("--to", e))?;
    if to < from {
        return Err(crate::msg!(
            "store-to-before-from",
            to = to.to_string(),
            from = from.to_string()
        ));
    }
    Ok(Period {
        from,
        to,
        label: tr(
            cfg.lang(),
            "period-range",
            &[
                ("from", from.to_string().into()),
                ("to", to.to_string().into()),
            ],
        ),
        progress: Progress::Complete,
    })
}

/// `--month`: `YYYY-MM` (also `2026/11`, `2026.11`, `2026年11月`), `last`, `this`,
/// `上月`, `上个月`, `本月`, `这个月`: the month's first day.
pub fn month_start(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let this = today.with_day(1).expect("day 1");
    let bad = || crate::msg!("store-not-a-month", value = s);
    let t = s.trim();
    match t.to_lowercase().as_str() {
        "this" | "本月" | "这个月" | "当月" => return Ok(this),
        "last" | "上月" | "上个月" => return Ok(this - Months::new(1)),
        _ => {}
    }
    let t = t
        .strip_suffix('月')
        .map_or(t.to_string(), |r| r.replacen('年', "-", 1));
    let (y, m) = t.split_once(['-', '/', '.']).ok_or_else(bad)?;
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4..=4) || !digits(m, 1..=2) {
        return Err(bad());
    }
    NaiveDate::from_ymd_opt(
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        1,
    )
    .ok_or_else(bad)
}

/// `--quarter`: `2026Q4`, `2026-Q4`, `2026q4`, `Q4` (this year's), `last`, `this`,
/// `上季度`, `本季度`: the year and the quarter (1-4).
fn quarter_of(s: &str, today: NaiveDate) -> Result<(i32, u32), String> {
    let bad = || crate::msg!("store-not-a-quarter", value = s);
    let now = (today.year(), (today.month() - 1) / 3 + 1);
    let t = s.trim().to_lowercase();
    match t.as_str() {
        "this" | "本季度" | "这个季度" => return Ok(now),
        "last" | "上季度" | "上个季度" => {
            return Ok(if now.1 == 1 {
                (now.0 - 1, 4)
            } else {
                (now.0, now.1 - 1)
            })
        }
        _ => {}
    }
    let (y, q) = t.split_once('q').ok_or_else(bad)?;
    let y = y.strip_suffix('-').unwrap_or(y);
    let year = match y {
        "" => now.0,
        y if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
            y.parse().map_err(|_| bad())?
        }
        _ => return Err(bad()),
    };
    match q {
        "1" | "2" | "3" | "4" => Ok((year, q.parse().expect("a digit"))),
        _ => Err(bad()),
    }
}

/// `--year`: `YYYY`, `last`, `this`, `去年`, `今年`.
fn year_of(s: &str, today: NaiveDate) -> Result<i32, String> {
    let bad = || crate::msg!("store-not-a-year", value = s);
    let t = s.trim();
    match t.to_lowercase().as_str() {
        "this" | "今年" => return Ok(today.year()),
        "last" | "去年" => return Ok(today.year() - 1),
        _ => {}
    }
    let t = t.strip_suffix('年').unwrap_or(t);
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    t.parse().map_err(|_| bad())
}

/// The first day of each month that has one of `days`, sorted, each once.
pub fn months_of(days: impl IntoIterator<Item = NaiveDate>) -> Vec<NaiveDate> {
    let mut months: Vec<NaiveDate> = days
        .into_iter()
        .map(|d| d.with_day(1).expect("day 1"))
        .collect();
    months.sort();
    months.dedup();
    months
}

/// The default period given today and the (sorted) months that have records: the
/// last complete month; where it has no records but earlier months do, the latest
/// complete month with records. The note, when there is one, tells the reader which
/// month was chosen and why (the commands print it on stderr behind `note: `).
pub fn default_period(
    cfg: &Config,
    today: NaiveDate,
    months: &[NaiveDate],
) -> (Period, Option<String>) {
    let this_month = today.with_day(1).expect("day 1");
    let last = this_month - Months::new(1);
    if months.contains(&last) {
        return (Period::month(cfg, last), None);
    }
    match months.iter().rev().find(|m| **m < this_month) {
        Some(m) => (
            Period::month(cfg, *m),
            Some(crate::msg!(
                "store-period-latest-with-records",
                empty = last.format("%Y-%m").to_string(),
                chosen = m.format("%Y-%m").to_string()
            )),
        ),
        None => (
            Period::month(cfg, last),
            Some(crate::msg!("store-period-no-records")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        super::super::time::parse_date(s).unwrap()
    }

    fn today() -> NaiveDate {
        day("2026-12-02")
    }

    fn cfg() -> Config {
        Config::new("Nanjie Village", "NJ")
    }

    #[test]
    fn flags_name_a_month_a_year_or_a_range() {
        let c = cfg();
        let month = Asked {
            month: Some("2026-02"),
            ..Asked::default()
        };
        let p = month.period(&c, today()).unwrap().unwrap();
        assert_eq!((p.from, p.to), (day("2026-02-01"), day("2026-02-28")));
        assert_eq!(p.label, "February 2026");
        let year = Asked {
            year: Some("2026"),
            ..Asked::default()
        };
        let p = year.period(&c, today()).unwrap().unwrap();
        assert_eq!(
            (p.from, p.to, p.label.as_str()),
            (day("2026-01-01"), day("2026-12-31"), "2026")
        );
        let range = Asked {
            from: Some("2026-11-01"),
            to: Some("2026-11-15"),
            ..Asked::default()
        };
        let p = range.period(&c, today()).unwrap().unwrap();
        assert_eq!(p.label, "the period 2026-11-01 to 2026-11-15");
        assert_eq!(Asked::default().period(&c, today()), Ok(None));
    }

    #[test]
    fn a_wrong_flag_is_named_with_how_to_write_it() {
        let c = cfg();
        let err = |a: Asked| a.period(&c, today()).unwrap_err();
        assert_eq!(
            err(Asked {
                month: Some("2026-2x"),
                ..Asked::default()
            }),
            "--month: `2026-2x` is not a month; write it as YYYY-MM (2026-11), or last, this, 上月, 本月"
        );
        assert_eq!(
            err(Asked {
                year: Some("26"),
                ..Asked::default()
            }),
            "--year: `26` is not a year; write it as YYYY (2026), or last, this, 去年, 今年"
        );
        assert_eq!(
            err(Asked {
                from: Some("2026-11-15"),
                to: Some("2026-11-01"),
                ..Asked::default()
            }),
            "--to 2026-11-01 is before --from 2026-11-15"
        );
        assert!(err(Asked {
            from: Some("x"),
            to: Some("2026-11-01"),
            ..Asked::default()
        })
        .starts_with("--from: `x` is not a date"));
        for q in ["2026Q5", "Q0", "2026-Q", "26Q4", "2026Q44", "next", "2026"] {
            let e = err(Asked {
                quarter: Some(q),
                ..Asked::default()
            });
            assert_eq!(e, format!("--quarter: `{q}` is not a quarter; write it as 2026Q4 (or 2026-Q4, Q4 for this year's), or last, this, 上季度, 本季度"));
        }
        for m in ["next", "2026-13", "11", "2026/0", "下月"] {
            let e = err(Asked {
                month: Some(m),
                ..Asked::default()
            });
            assert!(
                e.starts_with(&format!("--month: `{m}` is not a month")),
                "{e}"
            );
        }
    }

    #[test]
    fn the_default_is_the_last_complete_month_else_the_latest_with_records() {
        let c = cfg();
        let today = day("2026-11-20");
        let months = months_of([day("2026-10-03"), day("2026-09-30"), day("2026-10-31")]);
        assert_eq!(months, [day("2026-09-01"), day("2026-10-01")]);
        let (p, note) = default_period(&c, today, &months);
        assert_eq!((p.from, note), (day("2026-10-01"), None));
        // October has nothing, September has: September, said in a note.
        let (p, note) = default_period(
            &c,
            today,
            &months_of([day("2026-09-30"), day("2026-11-02")]),
        );
        assert_eq!(p.from, day("2026-09-01"));
        assert_eq!(note.unwrap(), "no records in 2026-10; reporting 2026-09, the latest complete month with records (choose another with --month YYYY-MM)");
        // Only this month (not complete yet) has records: last month, empty.
        let (p, note) = default_period(&c, today, &months_of([day("2026-11-02")]));
        assert_eq!(p.from, day("2026-10-01"));
        assert_eq!(
            note.unwrap(),
            "there are no records yet; the report is empty"
        );
    }

    /// `(from, to, label)` of the period the flags name on 2026-12-02.
    fn named(a: Asked) -> (String, String, String) {
        let p = a.period(&cfg(), today()).unwrap().unwrap();
        (p.from.to_string(), p.to.to_string(), p.label)
    }

    fn range(from: &str, to: &str, label: &str) -> (String, String, String) {
        (from.into(), to.into(), label.into())
    }

    #[test]
    fn months_quarters_and_years_as_people_say_them() {
        for (m, want) in [
            (
                "2026-11",
                range("2026-11-01", "2026-11-30", "November 2026"),
            ),
            ("2026-2", range("2026-02-01", "2026-02-28", "February 2026")),
            (
                "2026/11",
                range("2026-11-01", "2026-11-30", "November 2026"),
            ),
            (
                "2026年11月",
                range("2026-11-01", "2026-11-30", "November 2026"),
            ),
            ("last", range("2026-11-01", "2026-11-30", "November 2026")),
            ("上月", range("2026-11-01", "2026-11-30", "November 2026")),
            ("上个月", range("2026-11-01", "2026-11-30", "November 2026")),
            ("this", range("2026-12-01", "2026-12-31", "December 2026")),
            ("本月", range("2026-12-01", "2026-12-31", "December 2026")),
        ] {
            let a = Asked {
                month: Some(m),
                ..Asked::default()
            };
            assert_eq!(named(a), want, "--month {m}");
        }
        for (q, want) in [
            ("2026Q4", range("2026-10-01", "2026-12-31", "2026Q4")),
            ("2026-Q4", range("2026-10-01", "2026-12-31", "2026Q4")),
            ("2026q1", range("2026-01-01", "2026-03-31", "2026Q1")),
            ("2025-q2", range("2025-04-01", "2025-06-30", "2025Q2")),
            ("Q3", range("2026-07-01", "2026-09-30", "2026Q3")),
            ("last", range("2026-07-01", "2026-09-30", "2026Q3")),
            ("上季度", range("2026-07-01", "2026-09-30", "2026Q3")),
            ("this", range("2026-10-01", "2026-12-31", "2026Q4")),
            ("本季度", range("2026-10-01", "2026-12-31", "2026Q4")),
        ] {
            let a = Asked {
                quarter: Some(q),
                ..Asked::default()
            };
            assert_eq!(named(a), want, "--quarter {q}");
        }
        for (y, want) in [
            ("2025", range("2025-01-01", "2025-12-31", "2025")),
            ("last", range("2025-01-01", "2025-12-31", "2025")),
            ("去年", range("2025-01-01", "2025-12-31", "2025")),
            ("this", range("2026-01-01", "2026-12-31", "2026")),
            ("今年", range("2026-01-01", "2026-12-31", "2026")),
        ] {
            let a = Asked {
                year: Some(y),
                ..Asked::default()
            };
            assert_eq!(named(a), want, "--year {y}");
        }
        let a = Asked {
            from: Some("前天"),
            to: Some("today"),
            ..Asked::default()
        };
        assert_eq!(
            named(a),
            range(
                "2026-11-30",
                "2026-12-02",
                "the period 2026-11-30 to 2026-12-02"
            )
        );
        // Last quarter in the first quarter is the year before's fourth.
        let p = Asked {
            quarter: Some("last"),
            ..Asked::default()
        };
        let p = p.period(&cfg(), day("2027-02-10")).unwrap().unwrap();
        assert_eq!((p.from, p.to), (day("2026-10-01"), day("2026-12-31")));
    }

    #[test]
    fn a_period_knows_whether_it_has_begun_and_is_over() {
        let c = cfg();
        let month = |m: &str| Period::month(&c, day(&format!("{m}-01")));
        let lang = c.lang();
        let on = |p: Period, d: &str| p.on(day(d));
        assert_eq!(
            on(month("2026-11"), "2026-12-02").progress,
            Progress::Complete
        );
        assert_eq!(on(month("2026-11"), "2026-12-02").notice(lang), None);
        let p = on(month("2026-12"), "2026-12-02");
        assert_eq!(p.progress, Progress::Unfinished(day("2026-12-02")));
        assert_eq!(
            p.notice(lang).unwrap(),
            "2026-12 is not over: counts up to 2026-12-02"
        );
        let p = on(month("2027-01"), "2026-12-02");
        assert_eq!(p.progress, Progress::NotBegun);
        assert_eq!(
            p.notice(lang).unwrap(),
            "the period 2027-01 has not begun: nothing to count yet"
        );
        // The last day of a period is not over until the day after.
        let p = on(month("2026-11"), "2026-11-30");
        assert_eq!(p.progress, Progress::Unfinished(day("2026-11-30")));
        let p = on(Period::quarter(&c, 2026, 4).unwrap(), "2026-12-02");
        assert_eq!(
            p.notice(lang).unwrap(),
            "2026Q4 is not over: counts up to 2026-12-02"
        );
        let p = on(Period::year(&c, 2027).unwrap(), "2026-12-02");
        assert_eq!(
            p.notice(lang).unwrap(),
            "the period 2027 has not begun: nothing to count yet"
        );
        let span = Asked {
            from: Some("2026-12-01"),
            to: Some("2026-12-15"),
            ..Asked::default()
        };
        let p = span.period(&c, today()).unwrap().unwrap();
        assert_eq!(
            p.notice(lang).unwrap(),
            "2026-12-01 to 2026-12-15 is not over: counts up to 2026-12-02"
        );
        // Chinese names the quarter in words.
        let zh = Config::new("南街村", "NJ");
        let mut zh = zh;
        zh.village.language = Some("zh-CN".into());
        let p = on(Period::quarter(&zh, 2026, 4).unwrap(), "2026-12-02");
        assert_eq!(p.label, "2026年第四季度");
        assert_eq!(
            p.notice(zh.lang()).unwrap(),
            "2026年第四季度还没有结束：只统计到 2026-12-02"
        );
    }
}
