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
}
