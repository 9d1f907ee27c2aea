//! Spreadsheets in: `lane household import` of .xlsx files made by an independent
//! writer (openpyxl, tests/fixtures/households_xlsx.py), with blank rows, empty
//! trailing columns and a 序号 column; a re-import adds nothing; `--update`
//! changes exactly the edited row; errors name `SHEET!CELL`.

use crate::harness::{changed_lines, seeded_zh, Village};

const SEEDED: &str = "id,head,alley,address,members,phone,tags,note\n\
                      H0001,王秀英,A01,一组1号,3,13900000001,elderly,\n\
                      H0002,赵国强,A01,一组2号,4,,,\n\
                      H0003,刘玉兰,A02,二组1号,2,13900000003,,\n";

/// What households.xlsx adds to the seeded village: 王秀英 is H0001 already.
const ADDED: &str = "H0004,陈建军,A01,一组3号,5,13900000004,,\n\
                     H0005,孙丽,A02,二组2号,4,13800000003,,独居老人\n\
                     H0006,周文华,A02,二组5号,2,,,\n";

fn fixture(name: &str) -> Vec<u8> {
    let p = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// The seeded English village with the fixture `name` beside it (as `name`).
fn with(name: &str) -> Village {
    let v = Village::new();
    v.seed();
    v.outside(name, fixture(name));
    v
}

#[test]
fn an_xlsx_roll_is_imported_leaving_out_blank_rows_empty_columns_and_the_serial() {
    let v = with("households.xlsx");
    v.run("household import households.xlsx")
        .stderr(
            "skipped 3 blank rows; 2 empty columns; the column 序号\n\
             households.xlsx: 3 new, 0 updated, 1 unchanged\n",
        )
        .status(0);
    // Members 4.0 and the phone 13800000003.0 (floats in the file) as integers.
    assert_eq!(v.read("households.csv"), format!("{SEEDED}{ADDED}"));
    v.run("check").ok();
}

#[test]
fn a_re_import_adds_nothing() {
    let v = with("households.xlsx");
    v.run("household import households.xlsx").ok();
    let before = v.snapshot();
    v.run("household import households.xlsx")
        .stderr(
            "skipped 3 blank rows; 2 empty columns; the column 序号\n\
             households.xlsx: 0 new, 0 updated, 4 unchanged\n",
        )
        .status(0);
    v.assert_unchanged(&before);
}

/// The roll edited in two cells of one row: without --update the row is said to
/// differ and nothing changes; with it exactly that row changes.
#[test]
fn update_changes_exactly_the_edited_row() {
    let v = with("households.xlsx");
    v.outside("households-edited.xlsx", fixture("households-edited.xlsx"));
    v.run("household import households.xlsx").ok();
    let before = v.snapshot();
    v.run("household import households-edited.xlsx")
        .stderr(
            "户籍表!B4: household H0005 differs from households.csv:6 in members, note; \
             import with --update to change it\n\
             skipped 3 blank rows; 2 empty columns; the column 序号\n\
             households-edited.xlsx: 0 new, 0 updated, 3 unchanged, 1 differ (not changed)\n",
        )
        .status(0);
    v.assert_unchanged(&before);
    let old = v.bytes("households.csv");
    v.run("household import households-edited.xlsx --update")
        .stderr(
            "skipped 3 blank rows; 2 empty columns; the column 序号\n\
             households-edited.xlsx: 0 new, 1 updated, 3 unchanged\n",
        )
        .status(0);
    assert_eq!(
        changed_lines(&old, &v.bytes("households.csv")),
        [(
            6,
            "H0005,孙丽,A02,二组2号,4,13800000003,,独居老人\n".to_string(),
            "H0005,孙丽,A02,二组2号,5,13800000003,,独居老人，行动不便\n".to_string()
        )]
    );
}

/// A registered household is found by its ID as well, and a CSV export gets the
/// same: blank rows, empty trailing columns and 序号 left out and said.
#[test]
fn a_csv_roll_is_matched_by_id_and_tidied_the_same_way() {
    let v = Village::new();
    v.seed();
    v.outside(
        "people.csv",
        "序号,编号,户主,巷道,人口,,\n\
         1,H0002,赵国强,A01,4,,\n\
         ,,,,,,\n\
         2,,陈建军,槐树巷,5,,\n\
         3,H0003,刘玉兰,A02,3,,\n",
    );
    v.run("household import people.csv")
        .stderr(
            "people.csv:5: household H0003 differs from households.csv:4 in members; \
             import with --update to change it\n\
             skipped 1 blank row; 2 empty columns; the column 序号\n\
             people.csv: 1 new, 0 updated, 1 unchanged, 1 differ (not changed)\n",
        )
        .status(0);
    assert_eq!(
        v.read("households.csv"),
        format!("{SEEDED}H0004,陈建军,A01,,5,,,\n")
    );
}

/// Errors name the sheet and the cell; nothing is imported.
#[test]
fn errors_name_the_sheet_and_the_cell() {
    let v = with("households-bad.xlsx");
    let before = v.snapshot();
    v.run("household import households-bad.xlsx")
        .stderr(
            "error: 户籍表!C3: column `alley`: there is no alley `西街巷` in alleys.csv\n\
             error: 户籍表!D4: column `members`: `两` is not a number of members (1 to 99)\n\
             hint: nothing was imported (2 problems); fix the file and import it again\n",
        )
        .status(2);
    v.assert_unchanged(&before);
}

/// `--sheet` picks another sheet (a date cell is read as a date); a sheet that is
/// not there is refused with the sheets there are.
#[test]
fn sheet_picks_the_sheet() {
    let v = with("households.xlsx");
    v.run("household import households.xlsx --sheet 新登记")
        .stderr("imported 1 household\n")
        .status(0);
    let v2 = Village::new();
    v2.run("alley add --id A02 --name 油坊巷").ok();
    v2.outside("households.xlsx", fixture("households.xlsx"));
    v2.run("household import households.xlsx --sheet 新登记")
        .ok();
    assert!(v2
        .read("households.csv")
        .ends_with("H0001,吴春梅,A02,,1,,,,2026-11-03\n"));
    let before = v.snapshot();
    v.run("household import households.xlsx --sheet 台账")
        .stderr("error: households.xlsx has no sheet `台账`; its sheets are: 户籍表, 新登记\n")
        .status(2);
    v.assert_unchanged(&before);
}

/// A Chinese folder says it all in Chinese.
#[test]
fn the_summary_is_in_the_folder_s_language() {
    let v = seeded_zh();
    v.outside("households.xlsx", fixture("households.xlsx"));
    v.run("household import households.xlsx")
        .stderr(
            "已跳过：3个空行；2个空列；“序号”列\n\
             households.xlsx：新增3户，更新0户，未变1户\n",
        )
        .status(0);
    v.outside("households-edited.xlsx", fixture("households-edited.xlsx"));
    v.run("household import households-edited.xlsx")
        .stderr(
            "户籍表!B4：住户 H0005 与 households.csv 第6行的登记不一致（members, note）；\
             要更新请加 --update 重新导入\n\
             已跳过：3个空行；2个空列；“序号”列\n\
             households-edited.xlsx：新增0户，更新0户，未变3户，1户与登记不一致（未改动）\n",
        )
        .status(0);
}

/// An .ods (odfpy) and an .xls (xlwt) of the same rows import alike.
#[test]
fn ods_and_xls_rolls_are_imported_too() {
    for name in ["households.ods", "households.xls"] {
        let v = with(name);
        v.run(&format!("household import {name}"))
            .stderr("skipped 1 blank row; the column 序号\nimported 2 households\n")
            .status(0);
        let added = "H0004,陈建军,A01,一组3号,5,13900000004,,\n\
                     H0005,孙丽,A02,二组2号,4,13800000003,,\n";
        assert_eq!(
            v.read("households.csv"),
            format!("{SEEDED}{added}"),
            "{name}"
        );
    }
}
