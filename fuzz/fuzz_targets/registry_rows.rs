//! Arbitrary rows (fields split on U+001F, rows on U+001E) and arbitrary registry
//! files given to the registry readers: an error or a record, never a panic; a record
//! written back reads back the same, through the CSV codec too.
#![no_main]

use lane::model::patrol::Patrol;
use lane::model::registry::{Alley, Household, Leader, Record};
use lane::store::csvfile::{self, Encoding};
use lane::store::registry::parse_rows;
use libfuzzer_sys::fuzz_target;

fn round_trip<R: Record + PartialEq + std::fmt::Debug>(fields: &[String]) {
    if let Ok(r) = R::from_fields(fields) {
        let out = r.to_fields();
        assert_eq!(out.len(), R::HEADER.len());
        assert_eq!(R::from_fields(&out).as_ref(), Ok(&r));
        let line = csvfile::encode_row(&out, false);
        let doc = csvfile::parse(format!("{}\n{line}", R::HEADER.join(",")), false, "f.csv")
            .expect("a row lane writes parses");
        assert_eq!(doc.rows.len(), 1);
        assert_eq!(doc.rows[0].fields, out);
    }
}

fn file<R: Record>(text: &str) {
    if let Ok((doc, _)) = csvfile::parse_lenient(text.to_string(), false, R::FILE) {
        if csvfile::check_header(&doc, R::HEADER, R::FILE).is_ok() {
            let (records, _) = parse_rows::<R>(&doc, R::FILE);
            assert!(records.len() <= doc.rows.len());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for row in text.split('\u{1e}') {
        let fields: Vec<String> = row.split('\u{1f}').map(String::from).collect();
        round_trip::<Alley>(&fields);
        round_trip::<Leader>(&fields);
        round_trip::<Household>(&fields);
        let _ = Patrol::from_fields(&fields);
    }
    if let Ok((t, _)) = csvfile::decode(data, "f.csv", Encoding::Utf8Only) {
        for h in [Alley::HEADER, Leader::HEADER, Household::HEADER] {
            let with_header = format!("{}\n{t}", h.join(","));
            file::<Alley>(&with_header);
            file::<Leader>(&with_header);
            file::<Household>(&with_header);
        }
    }
});
