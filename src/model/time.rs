//! Dates and times as the data folder writes them: dates `YYYY-MM-DD`; times
//! `YYYY-MM-DDTHH:MM[:SS]` in the village's UTC offset, or with an explicit offset,
//! always written back with the offset (`2026-11-03T09:15:00+08:00`).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};

pub type Time = DateTime<FixedOffset>;

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    // By hand rather than with a format string: patrol logs have many thousands.
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let date = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| Some((num(0..4)?, num(5..7)?, num(8..10)?)))
        .flatten()
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y as i32, m, d));
    date.ok_or_else(|| crate::msg!("store-not-a-date", value = s))
}

/// Whether text starts with a plain four-digit year and a dash, as `YYYY-`: chrono
/// alone would take a sign or more digits (`-0001`, `+12026`), which no case ID,
/// folder or file name can hold.
fn four_digit_year(s: &str) -> bool {
    s.as_bytes()
        .get(..5)
        .is_some_and(|b| b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-')
}

/// Parses a UTC offset such as `+08:00`.
pub fn parse_offset(s: &str) -> Result<FixedOffset, String> {
    let bad = || crate::msg!("store-not-an-offset", value = s);
    let b = s.as_bytes();
    if b.len() != 6 || !(b[0] == b'+' || b[0] == b'-') || b[3] != b':' {
        return Err(bad());
    }
    let h: i32 = s[1..3].parse().map_err(|_| bad())?;
    let m: i32 = s[4..6].parse().map_err(|_| bad())?;
    if h > 14 || m > 59 {
        return Err(bad());
    }
    let secs = (h * 3600 + m * 60) * if b[0] == b'-' { -1 } else { 1 };
    FixedOffset::east_opt(secs).ok_or_else(bad)
}

/// Parses `YYYY-MM-DDTHH:MM[:SS]` (a space may stand for the `T`), in `tz` unless it
/// carries its own offset (`+08:00` or `Z`).
pub fn parse_time(s: &str, tz: FixedOffset) -> Result<Time, String> {
    parse_any_time(s, tz).map(whole_seconds)
}

/// A time cut to whole seconds, the precision of the case files: what lane decides
/// about an event (its order, whether it met a deadline) is then what the file says.
pub fn whole_seconds(t: Time) -> Time {
    chrono::SubsecRound::trunc_subsecs(t, 0)
}

fn parse_any_time(s: &str, tz: FixedOffset) -> Result<Time, String> {
    let bad = || crate::msg!("store-not-a-time", value = s);
    let mut t = s.trim().replacen(' ', "T", 1);
    // `Z` stands for +00:00, with or without seconds (`2026-12-31T20:00Z`).
    if t.ends_with(['Z', 'z']) {
        t.truncate(t.len() - 1);
        t.push_str("+00:00");
    }
    if !four_digit_year(&t) {
        return Err(bad());
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(&t) {
        return Ok(dt);
    }
    // `Z` is the offset +00:00, with or without seconds.
    let t = match t.strip_suffix(['Z', 'z']) {
        Some(rest) => format!("{rest}+00:00"),
        None => t,
    };
    for fmt in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M:%S%:z"] {
        if let Ok(dt) = DateTime::parse_from_str(&t, fmt) {
            return Ok(dt);
        }
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(&t, fmt) {
            return tz.from_local_datetime(&naive).single().ok_or_else(bad);
        }
    }
    Err(bad())
}

/// Writes a time the way case files store it: seconds and offset, no fractions.
pub fn format_time(t: &Time) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// A short form for tables, in the village's offset `tz`: `2026-11-03 09:15`.
pub fn short_time(t: &Time, tz: FixedOffset) -> String {
    local(t, tz).format("%Y-%m-%d %H:%M").to_string()
}

/// A time as JSON writes every instant: RFC 3339 in the village's offset `tz`,
/// seconds and offset (`2026-11-03T09:15:00+08:00`), whatever offset it is stored in.
pub fn rfc3339(t: &Time, tz: FixedOffset) -> String {
    format_time(&local(t, tz))
}

/// A time in the village's offset (the same instant).
pub fn local(t: &Time, tz: FixedOffset) -> Time {
    t.with_timezone(&tz)
}

/// The one rule for which day a time belongs to: its date in the village's UTC
/// offset (lane.toml `utc_offset`). Periods, filters (`--since`, `--until`), the year
/// of a case ID and the date of a patrol row all take it.
pub fn local_date(t: &Time, tz: FixedOffset) -> NaiveDate {
    local(t, tz).date_naive()
}

/// The year of [`local_date`]: the year a case opened at `t` is numbered and filed in.
pub fn local_year(t: &Time, tz: FixedOffset) -> i32 {
    chrono::Datelike::year(&local_date(t, tz))
}

/// The start of a day in the village's offset.
pub fn start_of(day: NaiveDate, tz: FixedOffset) -> Time {
    tz.from_local_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight exists"))
        .single()
        .expect("fixed offsets have no gaps")
}

/// When `--at` says an event happened: a moment, or a day alone (paper records
/// often carry only the day).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum At {
    Exact(Time),
    Day(NaiveDate),
}

impl At {
    /// Reads `--at` as people write it: a time (`2026-11-02T15:00`, `2026-11-02
    /// 15:00`, with or without an offset), a day (`2026-11-02`, `2026/11/2`,
    /// `2026.11.2`, `2026年11月2日`, `today`, `yesterday`, `今天`, `昨天`, `前天`), or a
    /// day and a time (`yesterday 15:00`, `昨天 15:00`, `2026/11/2 15:00`). Times are
    /// in `tz` unless they carry an offset; words count from `today`.
    pub fn parse(s: &str, tz: FixedOffset, today: NaiveDate) -> Result<At, String> {
        let bad = || crate::msg!("store-not-a-when", value = s.trim());
        if let Ok(t) = parse_time(s, tz) {
            return Ok(At::Exact(t));
        }
        let (day, clock) = split_clock(s.trim());
        let day = parse_day(day, today).map_err(|_| bad())?;
        match clock {
            None => Ok(At::Day(day)),
            Some(c) => {
                let c = parse_clock(c).ok_or_else(bad)?;
                let t = tz.from_local_datetime(&day.and_time(c)).single();
                t.map(At::Exact).ok_or_else(bad)
            }
        }
    }

    /// The day it names, in the village's offset `tz`.
    pub fn day(&self, tz: FixedOffset) -> NaiveDate {
        match self {
            At::Exact(t) => local_date(t, tz),
            At::Day(d) => *d,
        }
    }

    /// The time of the event, given now and the case's last event (`None` for a
    /// new case). A day alone is that day at 12:00 in the village's offset, or now
    /// if that is earlier (today before noon); when the case's last event is later
    /// on that same day, the event takes the last event's time, so a paper record of
    /// the day still goes in after it. A day before the last event's day is left as
    /// it is, for the time-order rule to refuse.
    pub fn time(&self, now: Time, last: Option<Time>) -> Time {
        let day = match self {
            At::Exact(t) => return *t,
            At::Day(d) => *d,
        };
        let tz = *now.offset();
        let noon = start_of(day, tz) + chrono::Duration::hours(12);
        let t = noon.min(now);
        match last {
            Some(l) if l > t && local_date(&l, tz) == day => l.with_timezone(&tz),
            _ => t,
        }
    }
}

/// Text ending in a clock time (`15:00`, `9:30`, `15:00:20`) as the day before it
/// and the clock; else all of it and `None`. A space or a `T` may part them.
fn split_clock(s: &str) -> (&str, Option<&str>) {
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == ':')
        .last()
        .map_or(s.len(), |(i, _)| i);
    let (day, clock) = s.split_at(start);
    if !clock.contains(':') {
        return (s, None);
    }
    let day = day.trim_end();
    let day = day.strip_suffix(['T', 't']).unwrap_or(day).trim_end();
    (day, Some(clock))
}

/// `HH:MM` or `HH:MM:SS` (the hour may be one digit).
fn parse_clock(s: &str) -> Option<chrono::NaiveTime> {
    let parts: Vec<&str> = s.split(':').collect();
    let num = |p: &str, max: u32| -> Option<u32> {
        let ok = (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| p.parse().ok()).flatten().filter(|n| *n <= max)
    };
    let two = |p: &str| p.len() == 2;
    match parts.as_slice() {
        [h, m] if two(m) => chrono::NaiveTime::from_hms_opt(num(h, 23)?, num(m, 59)?, 0),
        [h, m, sec] if two(m) && two(sec) => {
            chrono::NaiveTime::from_hms_opt(num(h, 23)?, num(m, 59)?, num(sec, 59)?)
        }
        _ => None,
    }
}

/// A day as people write it, for `--at`, `--since`, `--until`, `--from`, `--to`:
/// `2026-11-02`, `2026/11/2`, `2026.11.2`, `2026年11月2日` (or `2日`, `2号`), or
/// `today`, `yesterday`, `今天`, `昨天`, `前天`, counted from `today`.
pub fn parse_day(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let bad = || crate::msg!("store-not-a-day", value = s.trim());
    let t = s.trim();
    let back = match t.to_lowercase().as_str() {
        "today" | "今天" | "今日" => Some(0),
        "yesterday" | "昨天" | "昨日" => Some(1),
        "前天" => Some(2),
        _ => None,
    };
    if let Some(n) = back {
        return today.checked_sub_days(chrono::Days::new(n)).ok_or_else(bad);
    }
    let parts: Option<Vec<&str>> = match t.find(['-', '/', '.']) {
        Some(i) => {
            let sep = &t[i..=i];
            Some(t.split(sep).collect())
        }
        None => t
            .strip_suffix(['日', '号'])
            .and_then(|r| r.split_once('年'))
            .and_then(|(y, md)| md.split_once('月').map(|(m, d)| vec![y, m, d])),
    };
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    match parts.as_deref() {
        Some([y, m, d]) if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => NaiveDate::from_ymd_opt(
            num(y).ok_or_else(bad)? as i32,
            num(m).ok_or_else(bad)?,
            num(d).ok_or_else(bad)?,
        )
        .ok_or_else(bad),
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz() -> FixedOffset {
        parse_offset("+08:00").unwrap()
    }

    #[test]
    fn times_take_the_village_offset_unless_given() {
        let t = parse_time("2026-11-03T09:15", tz()).unwrap();
        assert_eq!(format_time(&t), "2026-11-03T09:15:00+08:00");
        let t = parse_time("2026-11-03 09:15:30", tz()).unwrap();
        assert_eq!(format_time(&t), "2026-11-03T09:15:30+08:00");
        let t = parse_time("2026-11-03T01:15:00Z", tz()).unwrap();
        assert_eq!(format_time(&t), "2026-11-03T01:15:00+00:00");
        let t = parse_time("2026-11-03T09:15+09:00", tz()).unwrap();
        assert_eq!(format_time(&t), "2026-11-03T09:15:00+09:00");
        assert!(parse_time("2026-11-03", tz()).is_err());
        assert!(parse_time("2026-13-03T09:15", tz()).is_err());
        // Found by fuzzing (fuzz/fuzz_targets/ids_and_times.rs): fractions of a
        // second were kept in memory but not written, so a deadline could be met in
        // one and missed in the other.
        let t = parse_time("2026-11-06t09:00:11.027211210Z", tz()).unwrap();
        assert_eq!(parse_time(&format_time(&t), tz()).unwrap(), t);
        assert_eq!(format_time(&t), "2026-11-06T09:00:11+00:00");
        for signed in [
            "-0001-01-01T00:00",
            "+12026-01-01T00:00",
            "12026-01-01T00:00",
        ] {
            assert!(parse_time(signed, tz()).is_err(), "{signed}");
        }
    }

    #[test]
    fn the_village_date_decides_the_day_month_and_year() {
        // (time, village offset, its village date)
        for (t, tz, day) in [
            ("2026-12-31T20:00:00Z", "+08:00", "2027-01-01"),
            ("2026-12-31T15:59:59Z", "+08:00", "2026-12-31"),
            ("2026-12-31T16:00:00Z", "+08:00", "2027-01-01"),
            ("2027-01-01T03:00:00+08:00", "-05:00", "2026-12-31"),
            ("2026-11-30T23:30:00-01:00", "+00:00", "2026-12-01"),
            ("2026-12-01T00:30:00+01:00", "+00:00", "2026-11-30"),
            ("2026-03-01T01:00:00+09:00", "+08:00", "2026-03-01"),
            ("2026-03-01T00:30:00+09:00", "+08:00", "2026-02-28"),
            ("2026-11-03T09:15:00+08:00", "+08:00", "2026-11-03"),
        ] {
            let tz = parse_offset(tz).unwrap();
            let at = parse_time(t, tz).unwrap();
            assert_eq!(local_date(&at, tz).to_string(), day, "{t} in {tz}");
            assert_eq!(local_year(&at, tz).to_string(), day[..4], "{t} in {tz}");
        }
        let at = parse_time("2026-12-31T20:00Z", tz()).unwrap();
        assert_eq!(at, parse_time("2026-12-31T20:00:00Z", tz()).unwrap());
        assert_eq!(short_time(&at, tz()), "2027-01-01 04:00");
    }

    #[test]
    fn dates_and_offsets() {
        assert!(parse_date("2026-02-29").is_err());
        assert!(parse_date("2026-2-3").is_err());
        assert!(parse_date("-001-01-01").is_err());
        assert!(parse_date("+026-01-01").is_err());
        // Found by fuzzing (fuzz/fuzz_targets/ids_and_times.rs).
        assert!(parse_date("2026-11-\x0c2").is_err());
        assert!(parse_date("2026-11- 2").is_err());
        assert_eq!(parse_date("2028-02-29").unwrap().to_string(), "2028-02-29");
        assert_eq!(
            parse_offset("-05:30").unwrap().local_minus_utc(),
            -(5 * 3600 + 1800)
        );
        assert!(parse_offset("08:00").is_err());
    }

    fn day(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn a_day_is_taken_as_paper_records_and_people_write_it() {
        let today = day("2026-12-02");
        for (said, want) in [
            ("2026-11-02", "2026-11-02"),
            ("2026-11-2", "2026-11-02"),
            ("2026/11/2", "2026-11-02"),
            ("2026/11/02", "2026-11-02"),
            ("2026.11.2", "2026-11-02"),
            ("2026.1.15", "2026-01-15"),
            ("2026年11月2日", "2026-11-02"),
            ("2026年1月5号", "2026-01-05"),
            (" 2026年12月31日 ", "2026-12-31"),
            ("today", "2026-12-02"),
            ("Today", "2026-12-02"),
            ("yesterday", "2026-12-01"),
            ("今天", "2026-12-02"),
            ("昨天", "2026-12-01"),
            ("前天", "2026-11-30"),
        ] {
            assert_eq!(parse_day(said, today).unwrap().to_string(), want, "{said}");
        }
        for bad in [
            "2026/11-2",
            "2026/13/2",
            "2026.2.30",
            "26/11/2",
            "2026年11月",
            "2026年11月32日",
            "tomorrow",
            "明天",
            "2026/11/2/3",
            "",
            "+2026/11/2",
        ] {
            let e = parse_day(bad, today).unwrap_err();
            assert!(
                e.contains("is not a date; write it as 2026-11-03, 2026/11/3"),
                "{bad}: {e}"
            );
        }
    }

    #[test]
    fn at_takes_a_time_a_day_or_a_day_and_a_clock() {
        let today = day("2026-12-02");
        let exact = |s: &str| match At::parse(s, tz(), today).unwrap() {
            At::Exact(t) => format_time(&t),
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(exact("2026-11-02T15:00"), "2026-11-02T15:00:00+08:00");
        assert_eq!(exact("2026-11-02 15:00"), "2026-11-02T15:00:00+08:00");
        assert_eq!(exact("2026-11-02T15:00+09:00"), "2026-11-02T15:00:00+09:00");
        assert_eq!(exact("yesterday 15:00"), "2026-12-01T15:00:00+08:00");
        assert_eq!(exact("昨天 9:30"), "2026-12-01T09:30:00+08:00");
        assert_eq!(exact("前天15:00:20"), "2026-11-30T15:00:20+08:00");
        assert_eq!(exact("今天 08:05"), "2026-12-02T08:05:00+08:00");
        assert_eq!(exact("2026/11/2 15:00"), "2026-11-02T15:00:00+08:00");
        assert_eq!(exact("2026年11月2日 15:00"), "2026-11-02T15:00:00+08:00");
        assert_eq!(exact("2026.11.2T07:00"), "2026-11-02T07:00:00+08:00");
        for (s, d) in [
            ("2026-11-02", "2026-11-02"),
            ("2026/11/2", "2026-11-02"),
            ("2026年11月2日", "2026-11-02"),
            ("today", "2026-12-02"),
            ("昨天", "2026-12-01"),
        ] {
            assert_eq!(At::parse(s, tz(), today), Ok(At::Day(day(d))), "{s}");
        }
        for bad in ["yesterday 25:00", "昨天 15", "15:00", "now", "x 15:00"] {
            let e = At::parse(bad, tz(), today).unwrap_err();
            assert!(e.contains("is not a date or a time"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_day_alone_is_noon_or_now_and_never_before_that_days_last_event() {
        let now = parse_time("2026-12-02T10:00", tz()).unwrap();
        let t = |s: &str| parse_time(s, tz()).unwrap();
        let on = |d: &str, last: Option<&str>| format_time(&At::Day(day(d)).time(now, last.map(t)));
        // Noon that day; today before noon, now.
        assert_eq!(on("2026-11-02", None), "2026-11-02T12:00:00+08:00");
        assert_eq!(on("2026-12-02", None), "2026-12-02T10:00:00+08:00");
        // The last event later that day: its time (the same minute is allowed).
        assert_eq!(
            on("2026-11-02", Some("2026-11-02T16:30")),
            "2026-11-02T16:30:00+08:00"
        );
        assert_eq!(
            on("2026-12-02", Some("2026-12-02T10:00")),
            "2026-12-02T10:00:00+08:00"
        );
        // Earlier that day or on an earlier day: noon.
        assert_eq!(
            on("2026-11-02", Some("2026-11-02T09:00")),
            "2026-11-02T12:00:00+08:00"
        );
        assert_eq!(
            on("2026-11-02", Some("2026-11-01T20:00")),
            "2026-11-02T12:00:00+08:00"
        );
        // A later day stays as it is: the time-order rule refuses it.
        assert_eq!(
            on("2026-11-02", Some("2026-11-03T08:00")),
            "2026-11-02T12:00:00+08:00"
        );
        // The last event in another offset but on that village day.
        assert_eq!(
            on("2026-11-02", Some("2026-11-02T07:00:00Z")),
            "2026-11-02T15:00:00+08:00"
        );
        let exact = At::Exact(t("2026-11-02T08:00"));
        assert_eq!(
            exact.time(now, Some(t("2026-11-02T09:00"))),
            t("2026-11-02T08:00")
        );
    }
}
