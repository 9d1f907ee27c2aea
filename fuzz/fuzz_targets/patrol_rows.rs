//! Arbitrary patrol rows and patrol files: an error or a row, never a panic; a row
//! reads back the same, and its monthly file is a plain name inside `patrols/`.
#![no_main]

use lane::model::patrol::{Patrol, HEADER};
use lane::store::csvfile;
use libfuzzer_sys::fuzz_target;

fn check(fields: &[String]) {
    let Ok(p) = Patrol::from_fields(fields) else {
        return;
    };
    let out = p.to_fields();
    assert_eq!(Patrol::from_fields(&out).as_ref(), Ok(&p));
    let file = Patrol::file_for(p.date);
    let name = file.strip_prefix("patrols/").expect("in patrols/");
    assert!(
        name.len() == 11
            && name.ends_with(".csv")
            && !name.contains(['/', '\\'])
            && !name.starts_with('.'),
        "{file}"
    );
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for row in text.split('\u{1e}') {
        let fields: Vec<String> = row.split('\u{1f}').map(String::from).collect();
        check(&fields);
        // The same cells as a line of a patrol file.
        let file = format!("{}\n{row}\n", HEADER.join(","));
        if let Ok((doc, _)) = csvfile::parse_lenient(file, false, "patrols/2026-11.csv") {
            for r in doc.rows.iter().filter(|r| doc.fits(r)) {
                check(&r.fields);
            }
        }
    }
});
