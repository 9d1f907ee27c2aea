//! A spreadsheet cell read the way the person who typed it meant it: full-width
//! (全角) digits, letters and spaces as their ASCII forms, a count with its unit
//! (`2人`) or turned into a float by the spreadsheet (`4.0`) as the number, a
//! phone with spaces or dashes as its digits, a date as spreadsheets and people
//! write it (`2026/11/3`, `2026.11.3`, `2026年11月3日`, an Excel serial number) as
//! `YYYY-MM-DD`, a line break in a free-text cell joined with `; `. Only what is
//! read unambiguously is changed; anything else is left as it was, for the
//! record's own checks to refuse. Pure functions, no I/O.

use chrono::{Duration, NaiveDate};

/// How a column's cells are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A name, an ID, a word: full-width forms as ASCII, trimmed, lines joined.
    Text,
    /// A count of people: `４`, `4.0`, `4人`, `3口`, `4 人` are 4.
    Count,
    /// A phone: its digits (and a leading `+`), without spaces, dashes, `.0`.
    Phone,
    /// A date: `YYYY-MM-DD` from the forms people and spreadsheets write.
    Date,
}

/// What joins the lines of a cell with line breaks (Alt+Enter in Excel).
pub const LINE_JOIN: &str = "; ";

/// The units a count of people is written with.
const UNITS: &[&str] = &["人", "口", "位", "名", "户"];

/// The cell `raw` read as `kind`, trimmed. Equal to `raw.trim()` when the cell
/// was already as lane stores it.
pub fn read(kind: Kind, raw: &str) -> String {
    let s = ascii(raw, kind != Kind::Text);
    let s = s.trim();
    match kind {
        Kind::Text => joined(s),
        Kind::Count => count(s).unwrap_or_else(|| s.to_string()),
        Kind::Phone => phone(s).unwrap_or_else(|| s.to_string()),
        Kind::Date => date(s)
            .map(|d| d.to_string())
            .unwrap_or_else(|| s.to_string()),
    }
}

/// Full-width digits and letters and the ideographic space as ASCII; with
/// `punctuation`, the full-width punctuation too (`－`, `．`, `／`, `（`): in a
/// count, a phone or a date it can only be the ASCII one, while in Chinese text
/// `，` and `。` are the text's own.
pub fn ascii(s: &str, punctuation: bool) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3000}' | '\u{a0}' => ' ',
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
                char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
            }
            '\u{ff01}'..='\u{ff5e}' if punctuation => {
                char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
            }
            c => c,
        })
        .collect()
}

/// The lines of a cell, each trimmed, the empty ones left out, joined.
fn joined(s: &str) -> String {
    if !s.contains(['\n', '\r']) {
        return s.to_string();
    }
    s.split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(LINE_JOIN)
}

/// A whole number a spreadsheet wrote as a float: `4.0`, `13800000003.00`.
fn whole(s: &str) -> Option<&str> {
    let (int, frac) = s.split_once('.')?;
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && !frac.is_empty()
        && frac.bytes().all(|b| b == b'0');
    ok.then_some(int)
}

/// A count: digits, maybe as a whole float, maybe followed by a unit.
fn count(s: &str) -> Option<String> {
    let s = UNITS
        .iter()
        .find_map(|u| s.strip_suffix(u))
        .map_or(s, str::trim_end);
    let s = whole(s).unwrap_or(s);
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.to_string())
}

/// A phone's digits: spaces, dashes, dots between groups and parentheses left
/// out, a leading `+` kept, a float's `.0` dropped. `None` for anything else.
fn phone(s: &str) -> Option<String> {
    let s = whole(s).unwrap_or(s);
    let plus = s.starts_with('+');
    let body = s.strip_prefix('+').unwrap_or(s);
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || " -()".contains(c))
    {
        return None;
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| format!("{}{digits}", if plus { "+" } else { "" }))
}

/// A date as `2026-11-03`, `2026-11-3`, `2026/11/3`, `2026.11.3`, `2026年11月3日`,
/// `20261103` or an Excel serial number (days since 1899-12-30, from 1900-03-01).
pub fn date(s: &str) -> Option<NaiveDate> {
    let s = whole(s).unwrap_or(s);
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return match s.len() {
            8 => ymd(&s[..4], &s[4..6], &s[6..]),
            3..=5 => {
                let n: i64 = s.parse().ok()?;
                let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
                (n > 60).then(|| base + Duration::days(n))
            }
            _ => None,
        };
    }
    let s = s.strip_suffix('日').unwrap_or(s);
    let parts: Vec<&str> = s.split(['-', '/', '.', '年', '月']).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => ymd(y, m, d),
        _ => None,
    }
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let n = |s: &str| {
        let ok = (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| s.parse::<u32>().ok()).flatten()
    };
    NaiveDate::from_ymd_opt(n(y)? as i32, n(m)?, n(d)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_forms_read_as_ascii() {
        assert_eq!(read(Kind::Count, "４"), "4");
        assert_eq!(read(Kind::Text, "Ｈ０００１"), "H0001");
        assert_eq!(read(Kind::Text, "\u{3000}陈建军\u{3000}"), "陈建军");
        assert_eq!(read(Kind::Phone, "１３８０００００００３"), "13800000003");
        assert_eq!(
            read(Kind::Phone, "１３８－００００－０００３"),
            "13800000003"
        );
        assert_eq!(read(Kind::Date, "２０２６／１１／３"), "2026-11-03");
        // Chinese punctuation is the text's own.
        assert_eq!(read(Kind::Text, "独居老人，行动不便"), "独居老人，行动不便");
    }

    #[test]
    fn counts_drop_the_float_and_the_unit() {
        for raw in ["4.0", "4人", "4 人", "4口", "４人", "4.00", " 4 "] {
            assert_eq!(read(Kind::Count, raw), "4", "{raw}");
        }
        // Not unambiguous: left for the record's check to refuse.
        for raw in ["2.5", "4个", "四", "4-5", "人"] {
            assert_eq!(read(Kind::Count, raw), raw, "{raw}");
        }
    }

    #[test]
    fn phones_are_their_digits() {
        for raw in [
            "13800000003.0",
            "138 0000 0003",
            "138-0000-0003",
            "(138)00000003",
        ] {
            assert_eq!(read(Kind::Phone, raw), "13800000003", "{raw}");
        }
        assert_eq!(read(Kind::Phone, "+86 138 0000 0003"), "+8613800000003");
        assert_eq!(read(Kind::Phone, "138x0003"), "138x0003");
        assert_eq!(read(Kind::Phone, ""), "");
    }

    #[test]
    fn dates_as_people_and_spreadsheets_write_them() {
        for raw in [
            "2026-11-03",
            "2026-11-3",
            "2026/11/3",
            "2026.11.3",
            "2026年11月3日",
            "2026年11月03日",
            "20261103",
            "46329",
            "46329.0",
        ] {
            assert_eq!(read(Kind::Date, raw), "2026-11-03", "{raw}");
        }
        for raw in ["3/11/2026", "11/3", "2026/13/1", "2026/2/30", "12", "昨天"] {
            assert_eq!(read(Kind::Date, raw), raw, "{raw}");
        }
    }

    #[test]
    fn line_breaks_are_joined() {
        assert_eq!(read(Kind::Text, "独居\n腿脚不便"), "独居; 腿脚不便");
        assert_eq!(read(Kind::Text, "a\r\n\r\nb\n"), "a; b");
        assert_eq!(read(Kind::Text, "one line"), "one line");
    }
}
