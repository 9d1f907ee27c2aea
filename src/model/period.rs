//! The period a report covers and how it is chosen: the month, year or range of
//! days the flags name, or by default the last complete month (falling back to the
//! latest complete month with records). Pure: today and the months that have records
//! are given, the words come from lane.toml.

use chrono::{Datelike, Months, NaiveDate};

use super::config::Config;
use super::time::parse_date;
use crate::i18n::tr;

/// A report period: whole days, `from` to `to` inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// How the headline names it: "November 2026", "2026", "2026-11-01 to 2026-11-15".
    pub label: String,
}

impl Period {
    /// The month that starts on `first`, named with lane.toml's `report.month_format`.
    pub fn month(cfg: &Config, first: NaiveDate) -> Period {
        let next = first + Months::new(1);
        Period {
            from: first,
            to: next.pred_opt().expect("a day before"),
            label: first.format(&cfg.report.month_format).to_string(),
        }
    }
}

/// How a report's period is asked for: the `--month`, `--year` and `--from`/`--to`
/// flags as typed, each `None` when absent.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    pub month: Option<&'a str>,
    pub year: Option<&'a str>,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
}

impl Asked<'_> {
    /// The period the flags name, `None` for the default; the error says which flag
    /// is wrong and how to write it.
    pub fn period(&self, cfg: &Config) -> Result<Option<Period>, String> {
        if let Some(m) = self.month {
            return Ok(Some(Period::month(cfg, month_start(m)?)));
        }
        if let Some(y) = self.year {
            let from = parse_date(&format!("{y}-01-01"))
                .ok()
                .filter(|_| y.len() == 4)
                .ok_or_else(|| crate::msg!("store-not-a-year", value = y))?;
            let to = parse_date(&format!("{y}-12-31")).expect("valid");
            return Ok(Some(Period {
                from,
                to,
                label: tr(cfg.lang(), "period-year", &[("year", y.into())]),
            }));
        }
        if let (Some(f), Some(t)) = (self.from, self.to) {
            let flag = |flag: &str, e: String| crate::msg!("store-flag", flag = flag, error = e);
            let from = parse_date(f).map_err(|e| flag("--from", e))?;
            let to = parse_date(t).map_err(|e| flag("--to", e))?;
            if to < from {
                return Err(crate::msg!(
                    "store-to-before-from",
                    to = to.to_string(),
                    from = from.to_string()
                ));
            }
            return Ok(Some(Period {
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
            }));
        }
        Ok(None)
    }
}

fn month_start(s: &str) -> Result<NaiveDate, String> {
    parse_date(&format!("{s}-01"))
        .ok()
        .filter(|_| s.len() == 7)
        .ok_or_else(|| crate::msg!("store-not-a-month", value = s))
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
        parse_date(s).unwrap()
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
        let p = month.period(&c).unwrap().unwrap();
        assert_eq!((p.from, p.to), (day("2026-02-01"), day("2026-02-28")));
        assert_eq!(p.label, "February 2026");
        let year = Asked {
            year: Some("2026"),
            ..Asked::default()
        };
        let p = year.period(&c).unwrap().unwrap();
        assert_eq!(
            (p.from, p.to, p.label.as_str()),
            (day("2026-01-01"), day("2026-12-31"), "2026")
        );
        let range = Asked {
            from: Some("2026-11-01"),
            to: Some("2026-11-15"),
            ..Asked::default()
        };
        let p = range.period(&c).unwrap().unwrap();
        assert_eq!(p.label, "the period 2026-11-01 to 2026-11-15");
        assert_eq!(Asked::default().period(&c), Ok(None));
    }

    #[test]
    fn a_wrong_flag_is_named_with_how_to_write_it() {
        let c = cfg();
        let err = |a: Asked| a.period(&c).unwrap_err();
        assert_eq!(
            err(Asked {
                month: Some("2026-2"),
                ..Asked::default()
            }),
            "--month: `2026-2` is not a month; write it as YYYY-MM"
        );
        assert_eq!(
            err(Asked {
                year: Some("26"),
                ..Asked::default()
            }),
            "--year: `26` is not a year; write it as YYYY"
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
}
