//! Any bytes as a data-folder or import CSV file: decoding and parsing give an error
//! or a document, never a panic; a document keeps every byte (rewriting it untouched
//! gives the file back), sees the records the csv crate sees, and reads back a row
//! appended to it.
#![no_main]

use lane::store::csvfile::{self, Edit, Encoding};
use libfuzzer_sys::fuzz_target;

/// The records of `text` as the csv crate reads them, blank lines left out.
fn records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("text is UTF-8").iter().map(String::from).collect())
        .collect()
}

fuzz_target!(|data: &[u8]| {
    for enc in [Encoding::Utf8Only, Encoding::Utf8OrGbk] {
        let Ok((text, bom)) = csvfile::decode(data, "f.csv", enc) else {
            continue;
        };
        let utf8 = std::str::from_utf8(data).is_ok();
        let Ok((doc, problems)) = csvfile::parse_lenient(text.clone(), bom, "f.csv") else {
            continue;
        };
        if utf8 {
            let back = csvfile::rewrite(&doc, |_| Edit::Keep, &[]);
            assert_eq!(back, data, "a rewrite lost or changed bytes");
        }
        let mut seen = vec![doc.header.clone()];
        seen.extend(doc.rows.iter().map(|r| r.fields.clone()));
        assert_eq!(
            seen,
            records(&text),
            "lane and the csv crate read different records"
        );
        assert_eq!(
            problems.is_empty(),
            csvfile::parse(text.clone(), bom, "f.csv").is_ok()
        );
        if !utf8 {
            // Imports (GBK, or UTF-16 that encoding_rs sniffs) are read, never rewritten.
            continue;
        }
        let new = vec!["A9".to_string(), "x,\"y\"\nz".to_string()];
        let appended = csvfile::rewrite(&doc, |_| Edit::Keep, std::slice::from_ref(&new));
        let (t2, b2) =
            csvfile::decode(&appended, "f.csv", Encoding::Utf8Only).expect("lane writes UTF-8");
        let (doc2, _) = csvfile::parse_lenient(t2, b2, "f.csv").expect("an appended file parses");
        assert_eq!(doc2.rows.len(), doc.rows.len() + 1);
        assert_eq!(doc2.rows.last().map(|r| &r.fields), Some(&new));
    }
});
