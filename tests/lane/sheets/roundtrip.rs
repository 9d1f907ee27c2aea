//! Export for editing: `lane household list --format xlsx -o F`, edited in two
//! cells by another writer (openpyxl, tests/fixtures/export_edited_xlsx.py),
//! imported with --update, changes exactly the edited row.

use super::normalise::SEEDED;
use crate::harness::Village;

fn fixture(name: &str) -> Vec<u8> {
    let p = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

#[test]
fn an_exported_sheet_edited_in_two_cells_changes_exactly_that_row() {
    let v = Village::with_git();
    v.seed();
    v.write("households.csv", SEEDED);
    v.git(&["add", "-A"]);
    v.git(&["commit", "-qm", "seed"]);
    // The export's columns are the import's: imported unedited, nothing changes.
    let out = v.tmp.path().join("export.xlsx");
    v.run(&format!(
        "household list --format xlsx -o {}",
        out.display()
    ))
    .ok();
    let before = v.snapshot();
    v.run(&format!("household import {} --update", out.display()))
        .stderr(format!(
            "{}: 0 new, 0 updated, 3 unchanged\n",
            out.display()
        ))
        .success();
    v.assert_unchanged(&before);
    // The committed export of this village, edited by openpyxl.
    v.outside("edited.xlsx", fixture("households-export-edited.xlsx"));
    v.run("household import edited.xlsx --update")
        .stderr(
            "List!F3: column `phone`: `139 0000 0002` read as 13900000002\n\
             edited.xlsx: 0 new, 1 updated, 2 unchanged\n",
        )
        .success();
    let diff = v.git(&["diff", "HEAD~1", "--", "households.csv"]);
    let changed: Vec<&str> = diff
        .lines()
        .filter(|l| (l.starts_with('+') || l.starts_with('-')) && !l.starts_with("+++"))
        .filter(|l| !l.starts_with("---"))
        .collect();
    assert_eq!(
        changed,
        [
            "-H0002,赵国强,A01,一组2号,4,,,,",
            "+H0002,赵国强,A01,一组2号,5,13900000002,,,"
        ],
        "{diff}"
    );
}
