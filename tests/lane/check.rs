//! `lane check`: every problem of the folder as `path:line: message` on stdout,
//! exit 1 with errors, 0 with warnings only, and never a byte written.

use crate::harness::{lane_cmd, run, Village};

const ALLEYS: &str = "\
id,name,group,leader,note
A01,槐树巷,一组,L01,
A02,油坊巷,二组,L02,
A03,学堂巷,二组,,
A01,重复巷,一组,,
A/5,坏巷,一组,,
A06,,一组,,
A07,短巷
A08,长巷,一组,,,多余
A09,井台巷,三组,L09,
A10,粮站巷,三组,L01,
";

const LEADERS: &str = "\
id,name,phone,alley,background,selected_by,since,until,note
L01,张桂兰,13800000001,A01,party-member,two-committees,2021-03-01,,
L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,
L03,周文华,13800000003,,respected,two-committees,2021-3-1,,
L04,吴春梅,13800000004,A99,respected,two-committees,2021-03-01,,
L05,郑国华,13800000005,A02,cadre,two-committees,2026-01-01,,
";

const HOUSEHOLDS: &str = "\
id,head,alley,address,members,phone,tags,note
H0001,王秀英,A01,一组1号,3,13900000001,elderly,
H0002,赵国强,A98,一组2号,4,,,
H0003,刘玉兰,A02,二组1号,many,13900000003,,
";

#[test]
fn the_bundled_sample_village_is_clean() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let tmp = tempfile::tempdir().unwrap();
    let v = Village {
        root: data.into(),
        tmp,
        now: crate::harness::NOW.into(),
    };
    let before = v.snapshot();
    let mut c = lane_cmd(v.tmp.path());
    // Checked today (its records run to the day it was made, past the tests' NOW;
    // an event after now is an error).
    c.env_remove("LANE_NOW").args(["--data", data, "check"]);
    let out = run(c);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("checked 14 alleys, 14 leaders, 566 households, ")
            && out.stderr.ends_with(" cases: 0 errors, 0 warnings\n"),
        "{}",
        out.stderr
    );
    v.assert_unchanged(&before);
}

#[test]
fn every_planted_problem_is_listed_with_its_path_and_line() {
    let v = Village::new();
    v.write("alleys.csv", ALLEYS);
    v.write("leaders.csv", LEADERS);
    v.write("households.csv", HOUSEHOLDS);
    let case = v.case(1, "A77", Some("H0099"));
    let before = v.snapshot();
    v.run("check").stdout(format!(
            "alleys.csv:5: duplicate alley ID `A01` (first at line 2)\n\
             alleys.csv:6: column `id`: ID `A/5` has the character '/'; IDs may use only A-Z, a-z, 0-9, - and _\n\
             alleys.csv:7: column `name`: is empty but required\n\
             alleys.csv:8: the row has 2 fields but the header has 5\n\
             alleys.csv:9: the row has 6 fields but the header has 5\n\
             leaders.csv:4: column `since`: `2021-3-1` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n\
             households.csv:4: column `members`: `many` is not a number of members (1 to 99)\n\
             alleys.csv:10: leader `L09` is not in leaders.csv\n\
             alleys.csv:11: leader L01 is assigned to two alleys at once (A01 at line 2 and A10)\n\
             alleys.csv:11: leader L01 serves alley A01 according to leaders.csv:2, not A10\n\
             leaders.csv:5: alley `A99` is not in alleys.csv\n\
             leaders.csv:6: alley A02 has two current lane leaders: L02 (line 3) and L05\n\
             households.csv:3: alley `A98` is not in alleys.csv\n\
             {case}:4: alley `A77` is not in alleys.csv\n\
             {case}:5: household `H0099` is not in households.csv\n\
             alleys.csv:4: warning: alley A03 has no current lane leader\n"
        )).stderr("checked 5 alleys, 4 leaders, 2 households, 1 case: 15 errors, 1 warning\n\
         error: 15 problems found\n").status(1);
    v.assert_unchanged(&before);
}

#[test]
fn unreadable_files_are_listed_with_what_to_do() {
    let v = Village::new();
    v.seed();
    v.write(
        "alleys.csv",
        "id,name,group,leader,colour\nA01,槐树巷,一组,L01,red\n",
    );
    v.write("leaders.csv", "id,name,phone,alley\n");
    let (gbk, _, _) = encoding_rs::GBK
        .encode("id,head,alley,address,members,phone,tags,note\nH0001,王秀英,A01,一组1号,3,,,\n");
    v.write("households.csv", &gbk);
    v.run("check").stdout("alleys.csv:1: unknown column `colour`; the header must be exactly `id,name,group,leader,note`\n\
         leaders.csv:1: the header is `id,name,phone,alley`; the header must be exactly \
         `id,name,phone,alley,background,selected_by,since,until,note`\n\
         households.csv:2: the file is GBK/GB18030 text, not UTF-8; convert it with \
         `iconv -f GB18030 -t UTF-8 households.csv > converted.csv`, then put converted.csv in its place\n").stderr("checked 0 alleys, 0 leaders, 0 households, 0 cases: 3 errors, 0 warnings\n\
         error: 3 problems found\n").status(1);
    // Commands that read the GBK file refuse it with the same advice.
    v.run("household list")
        .stderr(
            "error: households.csv:2: the file is GBK/GB18030 text, not UTF-8\n\
         hint: convert it with `iconv -f GB18030 -t UTF-8 households.csv > converted.csv`, \
         then put converted.csv in its place\n",
        )
        .status(2);
}

#[test]
fn a_missing_registry_or_an_unclosed_quote_is_listed() {
    let v = Village::new();
    v.seed();
    std::fs::remove_file(v.path("leaders.csv")).unwrap();
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\nH0001,\"王秀英,A01,,,,,\n",
    );
    v.run("check")
        .stdout(
            "leaders.csv: the file is missing; create it with the header line \
         `id,name,phone,alley,background,selected_by,since,until,note`\n\
         households.csv:2: a quoted field is never closed (a missing `\"`)\n\
         alleys.csv:2: leader `L01` is not in leaders.csv\n\
         alleys.csv:3: leader `L02` is not in leaders.csv\n",
        )
        .stderr(
            "checked 2 alleys, 0 leaders, 0 households, 0 cases: 4 errors, 0 warnings\n\
         error: 4 problems found\n",
        )
        .status(1);
}

#[test]
fn warnings_alone_exit_0() {
    let v = Village::new();
    v.seed();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,\nA03,学堂巷,二组,,\n",
    );
    v.run("check")
        .stdout("alleys.csv:4: warning: alley A03 has no current lane leader\n")
        .stderr("checked 3 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 1 warning\n")
        .success();
    // A post that has ended leaves the alley without a current leader: a warning.
    v.run("--no-commit leader edit L02 --until 2026-06-30").ok();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,\n",
    );
    v.run("check").stdout("alleys.csv:3: warning: alley A02 has no current lane leader (L02's post is not current, leaders.csv:3)\n").stderr("checked 2 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 1 warning\n").success();
}

#[test]
fn a_successor_whose_post_has_begun_is_a_warning_with_the_fix() {
    // leaders.csv says L03 took over A01 on 2026-11-01; alleys.csv still names L01,
    // whose post ended: one warning that says how to record the change.
    let v = Village::new();
    v.seed();
    v.write(
        "leaders.csv",
        "id,name,phone,alley,background,selected_by,since,until,note\n\
         L01,张桂兰,13800000001,A01,party-member,two-committees,2021-03-01,2026-10-31,\n\
         L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,\n\
         L03,周文华,13800000003,A01,respected,two-committees,2026-11-01,,\n",
    );
    v.run("check").stdout("leaders.csv:4: warning: leader L03 serves alley A01, but alleys.csv:2 gives the leader L01; \
         record it with `lane alley edit A01 --leader L03`\n").stderr("checked 2 alleys, 3 leaders, 3 households, 0 cases: 0 errors, 1 warning\n").success();
    v.run("alley edit A01 --leader L03")
        .stderr("changed alley A01\n")
        .success();
    v.run("check")
        .stderr("checked 2 alleys, 3 leaders, 3 households, 0 cases: 0 errors, 0 warnings\n")
        .success();
}

#[test]
fn a_current_leader_missing_from_alleys_csv_is_a_warning_not_a_silent_gap() {
    let v = Village::new();
    v.seed();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,,\nA02,油坊巷,二组,L02,\n",
    );
    v.run("check").stdout("leaders.csv:2: warning: leader L01 serves alley A01, but alleys.csv:2 gives no leader; \
         record it with `lane alley edit A01 --leader L01`\n").stderr("checked 2 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 1 warning\n").success();
}
