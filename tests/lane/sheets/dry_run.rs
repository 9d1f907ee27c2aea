//! `--dry-run`: row by row what the import would do; the folder's bytes unchanged.

use super::normalise::{seeded, SEEDED};

#[test]
fn dry_run_says_each_row_and_writes_nothing() {
    let v = seeded();
    v.outside(
        "hh.csv",
        "id,head,alley,address,members\n\
         H0001,王秀英,A01,一组1号,3\n\
         H0002,赵国强,A01,一组2号,５\n\
         ,陈建军,槐树巷,一组3号,2人\n",
    );
    let before = v.snapshot();
    v.run("household import hh.csv --update --dry-run")
        .stderr(
            "hh.csv:2: H0001: unchanged\n\
             hh.csv:3: H0002: would update members\n\
             hh.csv:4: new H0004\n\
             hh.csv:3: column `members`: `５` read as 5\n\
             hh.csv:4: column `members`: `2人` read as 2\n\
             hh.csv: 1 new, 1 updated, 1 unchanged\n\
             dry run: nothing was written\n",
        )
        .success();
    v.assert_unchanged(&before);
    assert_eq!(v.read("households.csv"), SEEDED);
    // A refused row is said as the import would say it; still nothing written.
    v.outside("bad.csv", "head,alley,members\n陈建军,A01,2.5\n");
    v.run("household import bad.csv --dry-run")
        .stderr(
            "error: bad.csv:2: column `members`: `2.5` is not a number of members (1 to 99)\n\
             hint: nothing was imported (1 problem); fix the file and import it again\n",
        )
        .status(2);
    v.assert_unchanged(&before);
    // Alleys and leaders take it too.
    v.outside("a.csv", "巷名\n新巷\n");
    v.run("alley import a.csv --dry-run")
        .stderr("a.csv:2: new A03\na.csv: 1 new, 0 updated, 0 unchanged\ndry run: nothing was written\n")
        .success();
    v.assert_unchanged(&before);
}
