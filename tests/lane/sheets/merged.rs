//! Merged cells in an xlsx (made by openpyxl, tests/fixtures/merged_xlsx.py):
//! an alley's name merged over its households' rows is filled down.

use super::normalise::{seeded, SEEDED};

#[test]
fn an_alley_merged_over_several_rows_is_each_row_s_alley() {
    let v = seeded();
    let p = format!(
        "{}/tests/fixtures/households-merged.xlsx",
        env!("CARGO_MANIFEST_DIR")
    );
    v.outside("roll.xlsx", std::fs::read(p).unwrap());
    v.run("household import roll.xlsx")
        .stderr(
            "merged cells: 3 cells filled with the value of their merged region\n\
             imported 5 households\n",
        )
        .success();
    let today = v.read("households.csv");
    let date = today
        .lines()
        .last()
        .unwrap()
        .rsplit(',')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        v.read("households.csv"),
        format!(
            "{SEEDED}H0004,陈建军,A01,,5,,,,{date}\n\
             H0005,孙丽,A01,,1,,,,{date}\n\
             H0006,周文华,A01,,2,,,,{date}\n\
             H0007,吴芳,A02,,3,,,,{date}\n\
             H0008,郑强,A02,,4,,,,{date}\n"
        )
    );
}
