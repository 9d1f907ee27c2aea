//! Any text as an ID, a case ID, a date, a time, an offset, a station code or a
//! phone number: an error, or a value that writes back as it was read and that can
//! never leave the data folder when it becomes part of a path.
#![no_main]

use lane::model::ids::{check_id, check_station, CaseId};
use lane::model::registry::check_phone;
use lane::model::time::{format_time, parse_date, parse_offset, parse_time};
use lane::store::Store;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let s = s.as_ref();
    let plain = |x: &str| {
        !x.is_empty()
            && x.len() <= 64
            && x.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if check_id(s).is_ok() {
        assert!(plain(s), "{s:?}");
    }
    if let Ok(id) = CaseId::parse(s) {
        assert_eq!(id.to_string(), s);
        let rel = Store::case_rel(&id);
        assert_eq!(rel, format!("tickets/{}/{s}.toml", id.year));
        assert_eq!(id.year.to_string().len(), 4);
    }
    if check_station(s).is_ok() {
        assert!(s.len() <= 3 && s.bytes().all(|b| b.is_ascii_uppercase()));
    }
    if let Ok(d) = parse_date(s) {
        assert_eq!(d.to_string(), s);
    }
    let tz = parse_offset("+08:00").unwrap();
    if let Ok(t) = parse_time(s, tz) {
        let text = format_time(&t);
        assert_eq!(parse_time(&text, tz), Ok(t));
        assert!(
            text.as_bytes()[..4].iter().all(u8::is_ascii_digit),
            "{text}"
        );
    }
    if let Ok(o) = parse_offset(s) {
        assert!(o.local_minus_utc().abs() < 15 * 3600);
    }
    if check_phone(s).is_ok() {
        assert!(s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)));
    }
});
