//! `lane household import FILE`: spreadsheet exports in, every bad row listed as
//! `FILE:LINE: message`, and nothing written unless every row is good.

use crate::harness::Village;

const SEEDED: &str = "id,head,alley,address,members,phone,tags,note\n\
                      H0001,王秀英,A01,一组1号,3,13900000001,elderly,\n\
                      H0002,赵国强,A01,一组2号,4,,,\n\
                      H0003,刘玉兰,A02,二组1号,2,13900000003,,\n";

fn seeded() -> Village {
    let v = Village::new();
    v.seed();
    v
}

/// Imports `bytes` as people.csv (named relative to the working folder, so
/// messages say `people.csv`) and expects it to be refused with exactly `stderr`
/// and exit 2, the folder unchanged.
#[track_caller]
fn refused(v: &Village, bytes: impl AsRef<[u8]>, stderr: &str) {
    v.outside("people.csv", bytes);
    let before = v.snapshot();
    v.run("household import people.csv")
        .stderr(stderr)
        .status(2);
    v.assert_unchanged(&before);
}

const FIX_ROWS: &str = "fix the file and import it again";

#[test]
fn columns_in_any_order_with_chinese_headers_and_alleys_by_name() {
    let v = seeded();
    v.outside(
        "people.csv",
        "巷道,户主,人口,联系电话,住址,备注\n\
         槐树巷,陈建军,5,13900000004,一组3号,\n\
         A02,孙丽,1,,二组2号,独居老人\n\
         油坊巷, 周文华 ,2,,,\n",
    );
    v.run("household import people.csv")
        .stderr("imported 3 households\n")
        .success();
    assert_eq!(
        v.read("households.csv"),
        format!(
            "{SEEDED}H0004,陈建军,A01,一组3号,5,13900000004,,\n\
             H0005,孙丽,A02,二组2号,1,,,独居老人\n\
             H0006,周文华,A02,,2,,,\n"
        )
    );
    v.run("check").ok();
}

#[test]
fn ids_given_in_the_file_are_kept_and_english_headers_work_in_any_case() {
    let v = seeded();
    v.outside(
        "people.csv",
        "Head,ID,Alley,Tags\n陈建军,H0100,A01,elderly;low-income\n孙丽,,A02,\n",
    );
    v.run("household import people.csv")
        .stderr("imported 2 households\n")
        .success();
    assert_eq!(
        v.read("households.csv"),
        format!("{SEEDED}H0100,陈建军,A01,,,,elderly;low-income,\nH0101,孙丽,A02,,,,,\n")
    );
}

#[test]
fn a_new_id_passes_the_ids_given_further_down_the_file() {
    // Regression: a row without an ID got H0004, and the row that gave H0004
    // itself was then refused as a duplicate.
    let v = seeded();
    v.outside(
        "people.csv",
        "id,head,alley\n,陈建军,A01\nH0004,孙丽,A02\n,周文华,A01\n",
    );
    v.run("household import people.csv")
        .stderr("imported 3 households\n")
        .success();
    assert_eq!(
        v.read("households.csv"),
        format!("{SEEDED}H0005,陈建军,A01,,,,,\nH0004,孙丽,A02,,,,,\nH0006,周文华,A01,,,,,\n")
    );
}

#[test]
fn one_household_is_one_household() {
    let v = seeded();
    v.outside("one.csv", "户主,巷道\n陈建军,A01\n");
    v.run("household import one.csv")
        .stderr("imported 1 household\n")
        .success();
}

#[test]
fn a_bom_and_crlf_export_is_accepted_and_stored_as_the_folder_writes() {
    let v = seeded();
    v.outside(
        "people.csv",
        "\u{FEFF}户主,巷道,人口\r\n陈建军,槐树巷,5\r\n孙丽,A02,1\r\n",
    );
    v.run("household import people.csv")
        .stderr("imported 2 households\n")
        .success();
    // The rows take households.csv's own line ends (LF here) and no BOM.
    assert_eq!(
        v.read("households.csv"),
        format!("{SEEDED}H0004,陈建军,A01,,5,,,\nH0005,孙丽,A02,,1,,,\n")
    );
}

#[test]
fn a_crlf_export_without_bom_is_accepted() {
    let v = seeded();
    v.outside("people.csv", "head,alley\r\n陈建军,A01\r\n");
    v.run("household import people.csv")
        .stderr("imported 1 household\n")
        .success();
    assert!(v
        .read("households.csv")
        .ends_with("H0003,刘玉兰,A02,二组1号,2,13900000003,,\nH0004,陈建军,A01,,,,,\n"));
}

#[test]
fn a_gbk_export_is_decoded() {
    let v = seeded();
    let (gbk, _, unmappable) = encoding_rs::GBK
        .encode("户主,巷道,住址\r\n陈建军,槐树巷,一组3号\r\n孙丽,油坊巷,二组2号\r\n");
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&gbk).is_err(),
        "the test file must not be UTF-8"
    );
    v.outside("people.csv", &gbk);
    v.run("household import people.csv")
        .stderr("imported 2 households\n")
        .success();
    assert_eq!(
        v.read("households.csv"),
        format!("{SEEDED}H0004,陈建军,A01,一组3号,,,,\nH0005,孙丽,A02,二组2号,,,,\n")
    );
}

#[test]
fn a_file_that_is_neither_utf8_nor_gbk_is_refused() {
    let v = seeded();
    refused(
        &v,
        b"head,alley\n\xff\xfe\xff,A01\n",
        "error: people.csv:2: the file is neither UTF-8 nor GBK/GB18030 text\n\
         hint: save it from the spreadsheet as \"CSV UTF-8\"; nothing was imported\n",
    );
}

#[test]
fn an_unknown_or_doubled_or_missing_column_is_refused() {
    let v = seeded();
    // Issue 14: the hint names every column in both languages.
    let columns = "hint: the columns are id/编号/户号/户编号, head/户主/户主姓名/姓名, \
                   alley/巷道/街巷/所属街巷/巷, address/地址/住址/门牌, members/人口/人数/家庭人口, \
                   phone/电话/手机/联系电话, tags/标签/类别, note/备注, registered/登记日期/登记时间 \
                   (in any order); nothing was imported\n";
    refused(
        &v,
        "户主,巷道,颜色\n陈建军,A01,红\n",
        &format!("error: people.csv:1: unknown column `颜色`\n{columns}"),
    );
    refused(
        &v,
        "户主,姓名,巷道\n陈建军,陈,A01\n",
        &format!("error: people.csv:1: two columns are `姓名`\n{columns}"),
    );
    refused(
        &v,
        "户主,地址\n陈建军,一组3号\n",
        &format!("error: people.csv:1: the column `alley` is missing\n{columns}"),
    );
}

#[test]
fn short_and_long_rows_are_listed_with_the_other_bad_rows() {
    let v = seeded();
    refused(
        &v,
        "head,alley,members\n陈建军,A01\n孙丽,A02,abc\n周文华,A01,2,多余\n吴春梅,A01,1\n",
        &format!(
            "error: people.csv:2: the row has 2 fields but the header has 3\n\
             error: people.csv:3: column `members`: `abc` is not a number of members (1 to 99)\n\
             error: people.csv:4: the row has 4 fields but the header has 3\n\
             hint: nothing was imported (3 problems); {FIX_ROWS}\n"
        ),
    );
}

#[test]
fn a_duplicate_id_in_the_file_or_in_the_folder_is_refused() {
    let v = seeded();
    refused(
        &v,
        "id,head,alley\nH0100,陈建军,A01\nH0100,孙丽,A02\nH0002,周文华,A01\n",
        &format!(
            // Issue 14: a row with a registered ID is that household (unchanged,
            // updated or said to differ, tests/lane/xlsx/import.rs), not an error.
            "error: people.csv:3: duplicate ID `H0100` (first at line 2)\n\
             hint: nothing was imported (1 problem); {FIX_ROWS}\n"
        ),
    );
}

#[test]
fn a_dangling_alley_is_refused_by_id_or_by_name() {
    // Regression: a mistyped alley name was reported as an ID with a bad character.
    let v = seeded();
    refused(
        &v,
        "户主,巷道,人口\n陈建军,A09,1\n孙丽,西街巷,1\n周文华,A01,1\n,西街,0\n",
        &format!(
            "error: people.csv:2: column `alley`: there is no alley `A09` in alleys.csv\n\
             error: people.csv:3: column `alley`: there is no alley `西街巷` in alleys.csv\n\
             error: people.csv:5: column `head`: is empty but required\n\
             error: people.csv:5: column `alley`: there is no alley `西街` in alleys.csv\n\
             error: people.csv:5: column `members`: `0` is not a number of members (1 to 99)\n\
             hint: nothing was imported (5 problems); {FIX_ROWS}\n"
        ),
    );
}

#[test]
fn bad_members_and_empty_heads_are_refused() {
    let v = seeded();
    refused(
        &v,
        "head,alley,members,phone\n陈建军,A01,0,\n孙丽,A01,100,\n,A01,2,\n周文华,A01,2,电话\n",
        &format!(
            "error: people.csv:2: column `members`: `0` is not a number of members (1 to 99)\n\
             error: people.csv:3: column `members`: `100` is not a number of members (1 to 99)\n\
             error: people.csv:4: column `head`: is empty but required\n\
             error: people.csv:5: column `phone`: `电话` is not a phone number (digits, +, -, spaces)\n\
             hint: nothing was imported (4 problems); {FIX_ROWS}\n"
        ),
    );
}

#[test]
fn bad_id_characters_are_refused() {
    let v = seeded();
    refused(
        &v,
        "id,head,alley\n../x,陈建军,A01\na b,孙丽,A01\nH0100,周文华,A01\n",
        &format!(
            "error: people.csv:2: column `id`: ID `../x` has the character '.'; IDs may use only A-Z, a-z, 0-9, - and _\n\
             error: people.csv:3: column `id`: ID `a b` has the character ' '; IDs may use only A-Z, a-z, 0-9, - and _\n\
             hint: nothing was imported (2 problems); {FIX_ROWS}\n"
        ),
    );
}

#[test]
fn an_empty_file_or_a_missing_file() {
    let v = seeded();
    refused(
        &v,
        "",
        "error: people.csv:1: the file is empty; it needs a header row\n\
         hint: nothing was imported (1 problem); fix the file and import it again\n",
    );
    refused(
        &v,
        "\"head,alley\n陈建军,A01\n",
        "error: people.csv:1: a quoted field is never closed (a missing `\"`)\n\
         hint: nothing was imported (1 problem); fix the file and import it again\n",
    );
    // Regression: a file that is not there is bad usage (2), not a failed action.
    let before = v.snapshot();
    v.run("household import nowhere.csv")
        .stderr(
            "error: cannot read nowhere.csv: there is no such file\n\
         hint: give the path of a spreadsheet (.xlsx, .xls, .ods) or of a CSV file exported from one\n",
        )
        .status(2);
    v.assert_unchanged(&before);
    // A header without rows is not an error, and writes nothing.
    v.outside("people.csv", "户主,巷道\n");
    v.run("household import people.csv")
        .stderr("people.csv has no rows; nothing to import\n")
        .success();
    v.assert_unchanged(&before);
}

#[test]
fn import_into_an_empty_village_starts_at_h0001() {
    let v = Village::new();
    v.run("alley add --id A01 --name 槐树巷").ok();
    v.outside("people.csv", "户主,巷道\n陈建军,槐树巷\n");
    v.run("household import people.csv").ok();
    assert_eq!(
        v.read("households.csv"),
        // A new folder is format 2: the row is registered today (LANE_NOW).
        "id,head,alley,address,members,phone,tags,note,registered\nH0001,陈建军,A01,,,,,,2026-11-20\n"
    );
}

/// Regression: what is not a spreadsheet file is named for what it is — a missing
/// path, a folder, a device — and nothing is written (the whole class of bad paths).
#[test]
fn an_import_path_that_is_not_a_file_says_what_it_is() {
    let v = Village::new();
    v.seed();
    let before = v.snapshot();
    let hint = "hint: give the path of a spreadsheet (.xlsx, .xls, .ods) or of a CSV file exported from one\n";
    let missing = v.tmp.path().join("nope.csv");
    v.run("household import")
        .arg(&missing)
        .stderr(format!(
            "error: cannot read {}: there is no such file\n{hint}",
            missing.display()
        ))
        .status(2);
    // A folder and a device.
    for path in [
        v.tmp.path().to_path_buf(),
        std::path::PathBuf::from("/dev/null"),
    ] {
        v.run("household import")
            .arg(&path)
            .stderr(format!(
                "error: cannot read {}: it is a folder or a device, not a file\n{hint}",
                path.display()
            ))
            .status(2);
    }
    v.assert_unchanged(&before);
}
