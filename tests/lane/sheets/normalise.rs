//! Cells read as meant: full-width forms, floats, units, phones, dates, line
//! breaks; each said on its row, and only the ambiguous refused.

use crate::harness::Village;

/// The sample's households in format 2 (with `registered`).
pub const SEEDED: &str = "id,head,alley,address,members,phone,tags,note,registered\n\
                      H0001,王秀英,A01,一组1号,3,13900000001,elderly,,\n\
                      H0002,赵国强,A01,一组2号,4,,,,\n\
                      H0003,刘玉兰,A02,二组1号,2,13900000003,,,\n";

pub fn seeded() -> Village {
    let v = Village::new();
    v.seed();
    v.write("households.csv", SEEDED);
    v
}

#[test]
fn cells_are_read_as_meant_and_said_per_row() {
    // A row is where its record starts: the note of line 3 takes lines 3 and 4.
    let v = seeded();
    v.outside(
        "hh.csv",
        "head,alley,members,phone,note,registered\r\n\
         陈建军,A01,４,138 0000 0004,,2026/11/3\r\n\
         孙丽,Ａ０２,4.0,13800000005.0,\"独居\n腿脚不便\",2026年11月3日\r\n\
         周文华,A01,2人,138-0000-0006,,46329\r\n\
         \u{3000}吴芳\u{3000},A02,3 口,,,2026.11.3\r\n",
    );
    v.run("household import hh.csv")
        .stderr(
            "hh.csv:2: column `members`: `４` read as 4\n\
             hh.csv:2: column `phone`: `138 0000 0004` read as 13800000004\n\
             hh.csv:2: column `registered`: `2026/11/3` read as 2026-11-03\n\
             hh.csv:3: column `alley`: `Ａ０２` read as A02\n\
             hh.csv:3: column `members`: `4.0` read as 4\n\
             hh.csv:3: column `phone`: `13800000005.0` read as 13800000005\n\
             hh.csv:3: column `note`: 2 lines joined with `; `\n\
             hh.csv:3: column `registered`: `2026年11月3日` read as 2026-11-03\n\
             hh.csv:5: column `members`: `2人` read as 2\n\
             hh.csv:5: column `phone`: `138-0000-0006` read as 13800000006\n\
             hh.csv:5: column `registered`: `46329` read as 2026-11-03\n\
             hh.csv:6: column `members`: `3 口` read as 3\n\
             hh.csv:6: column `registered`: `2026.11.3` read as 2026-11-03\n\
             imported 4 households\n",
        )
        .success();
    assert_eq!(
        v.read("households.csv"),
        format!(
            "{SEEDED}\
             H0004,陈建军,A01,,4,13800000004,,,2026-11-03\n\
             H0005,孙丽,A02,,4,13800000005,,独居; 腿脚不便,2026-11-03\n\
             H0006,周文华,A01,,2,13800000006,,,2026-11-03\n\
             H0007,吴芳,A02,,3,,,,2026-11-03\n"
        )
    );
    v.run("check").ok();
}

/// Each value that cannot be read one way only is refused where it is, with
/// what to do, and the folder is left as it was.
#[test]
fn only_the_ambiguous_is_refused_with_the_folder_unchanged() {
    let v = seeded();
    v.outside(
        "hh.csv",
        "head,alley,members,phone,registered\n\
         陈建军,A01,2.5,,\n\
         孙丽,A02,四,,\n\
         周文华,A01,,138x0003,\n\
         吴芳,A02,,,3/11/2026\n\
         郑强,A01,,,11/3\n\
         钱进,A01,3,,2026/2/30\n",
    );
    let before = v.snapshot();
    v.run("household import hh.csv")
        .stderr(
            "error: hh.csv:2: column `members`: `2.5` is not a number of members (1 to 99)\n\
             error: hh.csv:3: column `members`: `四` is not a number of members (1 to 99)\n\
             error: hh.csv:4: column `phone`: `138x0003` is not a phone number (digits, +, -, spaces)\n\
             error: hh.csv:5: column `registered`: `3/11/2026` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n\
             error: hh.csv:6: column `registered`: `11/3` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n\
             error: hh.csv:7: column `registered`: `2026/2/30` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n\
             hint: nothing was imported (6 problems); fix the file and import it again\n",
        )
        .status(2);
    v.assert_unchanged(&before);
}
