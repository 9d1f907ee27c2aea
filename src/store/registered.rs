//! Format 2 of `households.csv`: a last column `registered` (the date the household
//! was registered; empty: before records began). [`migrate_v2`] adds the empty column
//! to a version-1 file; every other byte stays.

use crate::error::Result;
use crate::model::registry::{Household, Record};

use super::change::Tx;
use super::csvfile::{self, CsvDoc, Encoding};

/// Adds the `registered` column, empty, to a version-1 households.csv; the number of
/// rows changed (0, and nothing staged, when the file has the column already).
pub fn migrate_v2(tx: &mut Tx) -> Result<usize> {
    let path = tx.path(Household::FILE);
    if !path.is_file() {
        return Ok(0);
    }
    let (doc, _) = csvfile::read_lenient(&path, Household::FILE, Encoding::Utf8Only)?;
    let Some(bytes) = with_column(&doc) else {
        return Ok(0);
    };
    tx.put(Household::FILE, bytes);
    Ok(doc.rows.len())
}

/// The file with `,registered` after the header and `,` after each row, or `None`
/// when its header is not version 1's.
fn with_column(doc: &CsvDoc) -> Option<Vec<u8>> {
    let v1 = &Household::HEADER[..Household::HEADER.len() - Household::NEWER_COLUMNS];
    if !doc.header.iter().map(|s| s.as_str()).eq(v1.iter().copied()) {
        return None;
    }
    // Each record's text, its line end (and blank lines after it) kept apart.
    let end = |raw: &str, add: &str| {
        let body = raw.trim_end_matches(['\r', '\n']);
        format!("{body}{add}{}", &raw[body.len()..])
    };
    let mut out = String::with_capacity(doc.text.len() + doc.rows.len() + 16);
    if doc.bom {
        out.push('\u{FEFF}');
    }
    let header = &doc.text[doc.header_raw.clone()];
    let mut header = end(header, ",registered");
    if !header.ends_with('\n') && !doc.rows.is_empty() {
        header.push_str(if doc.crlf { "\r\n" } else { "\n" });
    }
    out.push_str(&header);
    for row in &doc.rows {
        out.push_str(&end(&doc.text[row.raw.clone()], ","));
    }
    Some(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn migrated(text: &str) -> Option<String> {
        let (doc, problems) = csvfile::parse_lenient(text.to_string(), false, "h").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        with_column(&doc).map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn the_empty_column_is_added_to_every_row() {
        let v1 = "id,head,alley,address,members,phone,tags,note\n\
                  H0001,王秀英,A01,一组1号,3,,elderly,\n\
                  H0002,赵国强,A01,\"一组\n2号\",4,,,\n";
        let v2 = migrated(v1).unwrap();
        assert_eq!(
            v2,
            "id,head,alley,address,members,phone,tags,note,registered\n\
             H0001,王秀英,A01,一组1号,3,,elderly,,\n\
             H0002,赵国强,A01,\"一组\n2号\",4,,,,\n"
        );
        // Already format 2: nothing to do.
        assert_eq!(migrated(&v2), None);
        let crlf = migrated(&v1.replace('\n', "\r\n")).unwrap();
        assert_eq!(crlf, v2.replace('\n', "\r\n"));
    }
}
