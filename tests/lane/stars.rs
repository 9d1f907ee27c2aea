//! Five-star assessment rounds through the real binary: a round created, rated,
//! awarded and reported; two rounds compared with numbers worked out by hand; every
//! refusal with its exit code, message and untouched folder; the checklist at a
//! pseudo-terminal.

use crate::harness::Village;

const HEADER: &str = "household,helpful,honest,diligent,clean,harmony,stars,awarded,note\n";

/// The seeded village (A01: H0001, H0002; A02: H0003) in a git repository.
fn seeded() -> Village {
    let v = Village::with_git();
    v.seed();
    v
}

#[test]
fn a_round_is_created_rated_awarded_and_reported() {
    let mut v = seeded();
    // After the award of 2026-12-15: dates after today are refused.
    v.now = "2026-12-20T10:00".into();
    let out = v.run("stars new 2026 --date 2026-12-01").out();
    assert_eq!(out.ok(), "2026\n");
    assert_eq!(
        out.stderr,
        "started round 2026 of 2026-12-01: 3 households to rate in stars/2026.csv\n"
    );
    assert_eq!(
        v.read("stars/2026.csv"),
        format!("{HEADER}H0001,,,,,,,,\nH0002,,,,,,,,\nH0003,,,,,,,,\n")
    );

    let out = v.run("stars rate H0001 --met all --note 院子最干净").out();
    assert_eq!(
        (out.ok(), out.stderr.as_str()),
        ("", "rated H0001 王秀英 in round 2026: 5 of 5 stars\n")
    );
    let out = v
        .run("stars rate H0002 --round 2026 --met 'clean, helpful'")
        .out();
    assert_eq!(
        out.stderr,
        "rated H0002 赵国强 in round 2026: 2 of 5 stars\n"
    );
    v.run("stars rate H0003 --met all").ok();
    // Rating again with the same answer changes nothing and commits nothing.
    let out = v.run("stars rate H0003 --met all").out();
    assert_eq!(
        out.stderr,
        "H0003 刘玉兰: already rated 5 of 5 stars in round 2026; nothing to change\n"
    );
    v.run("stars rate H0003 --met helpful,honest,diligent,harmony")
        .ok();
    v.run("stars rate H0003 --met all").ok();
    assert_eq!(
        v.read("stars/2026.csv"),
        format!(
            "{HEADER}H0001,1,1,1,1,1,5,,院子最干净\nH0002,1,0,0,1,0,2,,\nH0003,1,1,1,1,1,5,,\n"
        )
    );

    let out = v.run("--format csv stars award --date 2026-12-15").out();
    assert_eq!(
        out.ok(),
        "household,head,alley,awarded\nH0001,王秀英,A01,2026-12-15\nH0003,刘玉兰,A02,2026-12-15\n"
    );
    assert_eq!(
        out.stderr,
        "awarded 2 five-star households of round 2026 on 2026-12-15\n"
    );
    assert_eq!(
        v.read("stars/2026.csv"),
        format!(
            "{HEADER}H0001,1,1,1,1,1,5,2026-12-15,院子最干净\nH0002,1,0,0,1,0,2,,\nH0003,1,1,1,1,1,5,2026-12-15,\n"
        )
    );
    // A second award finds nothing new and writes nothing.
    let out = v.run("stars award").out();
    assert_eq!(
        (out.ok(), out.stderr.as_str()),
        (
            "",
            "round 2026: all 2 five-star households are already awarded; nothing to do\n"
        )
    );
    assert_eq!(
        v.git_log()[..7],
        [
            "stars: award round 2026 on 2026-12-15 to 2 five-star households: H0001, H0003",
            "stars: rate H0003 刘玉兰 in round 2026: 5 stars (helpful, honest, diligent, clean, harmony)",
            "stars: rate H0003 刘玉兰 in round 2026: 4 stars (helpful, honest, diligent, harmony)",
            "stars: rate H0003 刘玉兰 in round 2026: 5 stars (helpful, honest, diligent, clean, harmony)",
            "stars: rate H0002 赵国强 in round 2026: 2 stars (helpful, clean)",
            "stars: rate H0001 王秀英 in round 2026: 5 stars (helpful, honest, diligent, clean, harmony)",
            "stars: new round 2026 of 2026-12-01, 3 households",
        ]
    );

    assert_eq!(
        v.run("--format csv stars list --min 5 --alley A01").ok(),
        "household,head,alley,helpful,honest,diligent,clean,harmony,stars,awarded,note\n\
         H0001,王秀英,A01,1,1,1,1,1,5,2026-12-15,院子最干净\n"
    );
    assert_eq!(
        v.run("--format md stars list --min 3").ok(),
        "| household | head | alley | helpful | honest | diligent | clean | harmony | stars | awarded | note |\n\
         |---|---|---|---:|---:|---:|---:|---:|---:|---|---|\n\
         | H0001 | 王秀英 | A01 | 1 | 1 | 1 | 1 | 1 | 5 | 2026-12-15 | 院子最干净 |\n\
         | H0003 | 刘玉兰 | A02 | 1 | 1 | 1 | 1 | 1 | 5 | 2026-12-15 |  |\n"
    );
    assert_eq!(
        v.run("--format csv stars history H0002").ok(),
        "round,helpful,honest,diligent,clean,harmony,stars,awarded,note\n2026,1,0,0,1,0,2,,\n"
    );
    assert_eq!(v.run("check").out().code, 0);
}

/// Six households: A01 holds H0001-H0004, A02 holds H0005 and H0006 (who moved in
/// after round 2025).
fn six_households() -> Village {
    let v = Village::new();
    v.seed();
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\n\
         H0001,王秀英,A01,,3,,,\n\
         H0002,赵国强,A01,,4,,,\n\
         H0003,刘玉兰,A01,,2,,,\n\
         H0004,陈志华,A01,,5,,,\n\
         H0005,杨桂芝,A02,,1,,,\n\
         H0006,周建军,A02,,2,,,\n",
    );
    // An older round, to show that "previous" is the round sorting just before.
    v.write("stars/2024.csv", format!("{HEADER}H0001,0,0,0,0,0,0,,\n"));
    v.write(
        "stars/2025.csv",
        format!(
            "{HEADER}\
             H0001,1,1,1,1,1,5,2025-12-20,\n\
             H0002,1,1,1,1,0,4,,\n\
             H0003,1,0,1,0,1,3,,\n\
             H0004,0,0,0,0,0,0,,\n\
             H0005,1,1,1,1,1,5,2025-12-20,\n"
        ),
    );
    v.write(
        "stars/2026.csv",
        format!(
            "{HEADER}\
             H0001,1,1,1,1,1,5,,\n\
             H0002,1,1,1,1,1,5,,\n\
             H0003,1,0,0,0,1,2,,\n\
             H0004,1,1,0,1,1,4,,\n\
             H0005,1,1,1,1,1,5,,\n\
             H0006,,,,,,,,\n"
        ),
    );
    v
}

// Worked out by hand:
//   2025: 5 households, all rated; stars 5,4,3,0,5 -> 5★ 2, 4★ 1, 3★ 1, 0★ 1;
//         five-star share 2/5 = 40.0 %, average 17/5 = 3.40.
//   2026: 6 households, 5 rated; stars 5,5,2,4,5 -> 5★ 3, 4★ 1, 2★ 1;
//         share 3/5 = 60.0 %, average 21/5 = 4.20.
//   A01 in 2026: 4 households, 4 rated, 5★ 2 (H0001, H0002), 4★ 1, 2★ 1 -> 50.0 %.
//   A02 in 2026: 2 households, 1 rated (H0005, 5★) -> 100.0 %.
//   Movers: H0004 0 -> 4 (+4), H0002 4 -> 5 (+1), H0003 3 -> 2 (-1).
#[test]
fn two_rounds_are_compared_with_numbers_worked_out_by_hand() {
    let v = six_households();
    assert_eq!(v.run("check").out().code, 0);
    let out = v.run("--format csv stars report --round 2026").out();
    assert_eq!(
        out.ok(),
        "\
# Households by stars, per alley
alley,name,leader,households,rated,stars_5,stars_4,stars_3,stars_2,stars_1,stars_0,five_star_pct
A01,槐树巷,张桂兰,4,4,2,1,0,1,0,0,50.0
A02,油坊巷,李德明,2,1,1,0,0,0,0,0,100.0
all,,,6,5,3,1,0,1,0,0,60.0

# Change from round 2025
measure,previous,current,change
households,5,6,+1
rated,5,5,0
5 stars,2,3,+1
4 stars,1,1,0
3 stars,1,0,-1
2 stars,0,1,+1
1 star,0,0,0
0 stars,1,0,-1
five-star share (%),40.0,60.0,+20.0
average stars,3.40,4.20,+0.80

# Households that gained or lost stars since round 2025
household,head,alley,previous,current,change
H0004,陈志华,A01,0,4,+4
H0002,赵国强,A01,4,5,+1
H0003,刘玉兰,A01,3,2,-1
"
    );
    // The same numbers as JSON, read back as numbers.
    let out = v.run("--format json stars report").out();
    let j: serde_json::Value = serde_json::from_str(out.ok()).unwrap();
    assert_eq!(j["round"], "2026");
    assert_eq!(j["previous_round"], "2025");
    assert_eq!(
        (j["households"].as_u64(), j["rated"].as_u64()),
        (Some(6), Some(5))
    );
    assert_eq!(
        (j["five_star"].as_u64(), j["five_star_pct"].as_f64()),
        (Some(3), Some(60.0))
    );
    assert_eq!(j["by_alley"][1]["five_star_pct"].as_f64(), Some(100.0));
    assert_eq!(j["change"][9]["measure"], "average stars");
    assert_eq!(j["change"][9]["change"].as_f64(), Some(0.8));
    let movers: Vec<(&str, i64)> = j["movers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["household"].as_str().unwrap(),
                m["change"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(movers, [("H0004", 4), ("H0002", 1), ("H0003", -1)]);

    // Round 2025 is compared with 2024, the round just before it.
    let out = v.run("stars report --round 2025").out();
    assert!(out
        .ok()
        .starts_with("Five-star households, round 2025 (compared with round 2024)\n"));
    // The first round has nothing to compare with.
    assert_eq!(
        v.run("--format md stars report --round 2024").ok(),
        "\
# Five-star households, round 2024

## Households by stars, per alley

| alley | name | leader | households | rated | stars\\_5 | stars\\_4 | stars\\_3 | stars\\_2 | stars\\_1 | stars\\_0 | five\\_star\\_pct |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| A01 | 槐树巷 | 张桂兰 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 0.0 |
| A02 | 油坊巷 | 李德明 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |
| all |  |  | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 0.0 |

## Change from the previous round

There is no earlier round to compare with.

## Households that gained or lost stars

There is no earlier round to compare with.
"
    );
    assert_eq!(
        v.run("--format csv stars history H0004").ok(),
        "round,helpful,honest,diligent,clean,harmony,stars,awarded,note\n\
         2025,0,0,0,0,0,0,,\n\
         2026,1,1,0,1,1,4,,\n"
    );
}

#[test]
fn the_terminal_report_lays_out_each_table_under_its_title() {
    let v = six_households();
    assert_eq!(
        v.run("stars report").ok(),
        "\
Five-star households, round 2026 (compared with round 2025)

Households by stars, per alley
┌───────┬────────┬────────┬────────────┬───────┬─────────┬─────────┬─────────┬─────────┬─────────┬─────────┬───────────────┐
│ alley ┆ name   ┆ leader ┆ households ┆ rated ┆ stars_5 ┆ stars_4 ┆ stars_3 ┆ stars_2 ┆ stars_1 ┆ stars_0 ┆ five_star_pct │
╞═══════╪════════╪════════╪════════════╪═══════╪═════════╪═════════╪═════════╪═════════╪═════════╪═════════╪═══════════════╡
│ A01   ┆ 槐树巷 ┆ 张桂兰 ┆          4 ┆     4 ┆       2 ┆       1 ┆       0 ┆       1 ┆       0 ┆       0 ┆          50.0 │
│ A02   ┆ 油坊巷 ┆ 李德明 ┆          2 ┆     1 ┆       1 ┆       0 ┆       0 ┆       0 ┆       0 ┆       0 ┆         100.0 │
│ all   ┆        ┆        ┆          6 ┆     5 ┆       3 ┆       1 ┆       0 ┆       1 ┆       0 ┆       0 ┆          60.0 │
└───────┴────────┴────────┴────────────┴───────┴─────────┴─────────┴─────────┴─────────┴─────────┴─────────┴───────────────┘

Change from round 2025
┌─────────────────────┬──────────┬─────────┬────────┐
│ measure             ┆ previous ┆ current ┆ change │
╞═════════════════════╪══════════╪═════════╪════════╡
│ households          ┆        5 ┆       6 ┆     +1 │
│ rated               ┆        5 ┆       5 ┆      0 │
│ 5 stars             ┆        2 ┆       3 ┆     +1 │
│ 4 stars             ┆        1 ┆       1 ┆      0 │
│ 3 stars             ┆        1 ┆       0 ┆     -1 │
│ 2 stars             ┆        0 ┆       1 ┆     +1 │
│ 1 star              ┆        0 ┆       0 ┆      0 │
│ 0 stars             ┆        1 ┆       0 ┆     -1 │
│ five-star share (%) ┆     40.0 ┆    60.0 ┆  +20.0 │
│ average stars       ┆     3.40 ┆    4.20 ┆  +0.80 │
└─────────────────────┴──────────┴─────────┴────────┘

Households that gained or lost stars since round 2025
┌───────────┬────────┬───────┬──────────┬─────────┬────────┐
│ household ┆ head   ┆ alley ┆ previous ┆ current ┆ change │
╞═══════════╪════════╪═══════╪══════════╪═════════╪════════╡
│ H0004     ┆ 陈志华 ┆ A01   ┆        0 ┆       4 ┆     +4 │
│ H0002     ┆ 赵国强 ┆ A01   ┆        4 ┆       5 ┆     +1 │
│ H0003     ┆ 刘玉兰 ┆ A01   ┆        3 ┆       2 ┆     -1 │
└───────────┴────────┴───────┴──────────┴─────────┴────────┘
"
    );
}

/// Runs `args`, expects exit `code` with exactly `stderr`, and that no byte of the
/// folder changed.
#[track_caller]
fn refused(v: &Village, args: &[&str], code: i32, stderr: &str) {
    let before = v.snapshot();
    v.lane(args).fails(code, stderr);
    assert!(
        v.snapshot() == before,
        "`lane {}` changed the folder",
        args.join(" ")
    );
}

#[test]
fn every_refusal_says_why_and_writes_nothing() {
    let v = seeded();
    refused(
        &v,
        &["stars", "rate", "H0001", "--met", "all"],
        1,
        "error: there is no star round yet\nhint: start one with `lane stars new ROUND`, e.g. `lane stars new 2026`\n",
    );
    v.run("stars new 2026").ok();
    v.run("stars rate H0001 --met all").ok();
    v.run("stars award").ok();
    refused(
        &v,
        &["stars", "new", "2026"],
        1,
        "error: round 2026 already exists (stars/2026.csv)\nhint: rate it with `lane stars rate --round 2026`; a round is started once\n",
    );
    refused(
        &v,
        &["stars", "new", "20/26"],
        2,
        "error: ROUND: ID `20/26` has the character '/'; IDs may use only A-Z, a-z, 0-9, - and _\n",
    );
    refused(
        &v,
        &["stars", "new", "2027", "--date", "2027-13-01"],
        2,
        "error: --date: `2027-13-01` is not a date; write it as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or as today, yesterday, 今天, 昨天 or 前天\n",
    );
    refused(
        &v,
        &["stars", "rate", "H0002", "--met", "helpful,cleen"],
        2,
        "error: --met: `cleen` is not a criterion\nhint: did you mean `clean`? the criteria are: helpful, honest, diligent, clean, harmony (or all, none)\n",
    );
    refused(
        &v,
        &["stars", "rate", "H0002", "--met", "tidy"],
        2,
        "error: --met: `tidy` is not a criterion\nhint: the criteria are: helpful, honest, diligent, clean, harmony (or all, none)\n",
    );
    refused(
        &v,
        &["stars", "rate", "H002", "--met", "all"],
        2,
        "error: there is no household `H002` in households.csv\nhint: did you mean `H0002`?\n",
    );
    refused(
        &v,
        &["stars", "rate", "H0002", "--round", "2062", "--met", "all"],
        2,
        "error: there is no round `2062` (stars/2062.csv)\nhint: the rounds are: 2026\n",
    );
    refused(
        &v,
        &["stars", "rate", "H0002"],
        2,
        "error: missing --met\nhint: give the criteria met as --met KEYS (helpful,honest,diligent,clean,harmony; or all, none); lane shows a checklist only at a terminal without --no-input\n",
    );
    refused(
        &v,
        &["stars", "rate"],
        2,
        "error: missing HOUSEHOLD\nhint: give the household to rate, e.g. `lane stars rate H0001 --met all`; the checklist of unrated households runs only at a terminal without --no-input\n",
    );
    refused(
        &v,
        &["stars", "rate", "--note", "x"],
        2,
        "error: --note needs the household it is about\nhint: `lane stars rate H0001 --met all --note ...`\n",
    );
    refused(
        &v,
        &["stars", "rate", "H0001", "--met", "helpful"],
        1,
        "error: household H0001 was awarded its plaque of round 2026 on 2026-11-20; a rating of 1 star would contradict it\nhint: to withdraw the award, empty its `awarded` cell in stars/2026.csv, then rate again\n",
    );
    refused(
        &v,
        &["stars", "list", "--alley", "A1"],
        2,
        "error: there is no alley `A1` in alleys.csv\nhint: did you mean `A01`?\n",
    );
    refused(
        &v,
        &["stars", "list", "--min", "6"],
        2,
        "error: --min: 6 is more than the 5 stars a household can earn\n",
    );
    refused(
        &v,
        &["stars", "history", "H0009"],
        2,
        "error: there is no household `H0009` in households.csv\nhint: did you mean `H0001`?\n",
    );
    refused(
        &v,
        &["household", "remove", "H0002"],
        1,
        "error: household H0002 is still referred to by stars/2026.csv:3\nhint: change or remove those first; nothing was removed\n",
    );
    // A hand-edited row that does not add up stops every write to the round.
    let text = v
        .read("stars/2026.csv")
        .replace("H0002,,,,,,,,", "H0002,1,1,0,0,0,3,,");
    v.write("stars/2026.csv", text);
    refused(
        &v,
        &["stars", "rate", "H0003", "--met", "all"],
        2,
        "error: stars/2026.csv:3: column `stars`: is 3 but 2 criteria are met (helpful, honest)\nhint: fix the file, then run `lane check`\n",
    );
    refused(
        &v,
        &["stars", "award"],
        2,
        "error: stars/2026.csv:3: column `stars`: is 3 but 2 criteria are met (helpful, honest)\nhint: fix the file, then run `lane check`\n",
    );
    // A folder without households has nothing to rate.
    let empty = Village::new();
    refused(
        &empty,
        &["stars", "new", "2026"],
        1,
        "error: there are no households to rate\nhint: add them first with `lane household add` or `lane household import`\n",
    );
}

#[test]
fn a_household_that_moved_in_after_the_round_started_is_added_when_rated() {
    let v = Village::new();
    v.seed();
    v.run("stars new 2026").ok();
    v.run("household add --id H0004 --head 孙立新 --alley A02")
        .ok();
    let out = v.run("stars rate H0004 --met honest").out();
    assert_eq!(
        out.stderr,
        "rated H0004 孙立新 in round 2026: 1 of 5 stars (added to stars/2026.csv, which it was not in)\n"
    );
    assert_eq!(
        v.read("stars/2026.csv"),
        format!("{HEADER}H0001,,,,,,,,\nH0002,,,,,,,,\nH0003,,,,,,,,\nH0004,0,1,0,0,0,1,,\n")
    );
}

#[test]
fn a_spreadsheet_edit_keeps_its_bom_crlf_and_untouched_rows() {
    let v = Village::new();
    v.seed();
    let text = format!(
        "\u{feff}{}H0001,1,1,1,1,1,5,,\"好,很好\"\r\nH0002,,,,,,,,\r\nH0003,,,,,,,,\r\n",
        HEADER.replace('\n', "\r\n")
    );
    v.write("stars/2026.csv", &text);
    v.run("stars rate H0003 --met none --note 新户").ok();
    assert_eq!(
        v.read("stars/2026.csv"),
        text.replace("H0003,,,,,,,,", "H0003,0,0,0,0,0,0,,新户")
    );
}

#[test]
fn check_names_every_bad_star_row_by_line() {
    let v = Village::new();
    v.seed();
    v.write(
        "stars/2026.csv",
        format!(
            "{HEADER}\
             H0001,1,1,1,1,1,4,,\n\
             H0002,1,,1,1,1,4,,\n\
             H0009,1,1,1,1,1,5,,\n\
             H0003,1,1,1,1,0,4,2026-12-15,\n\
             H0009,,,,,,,,\n\
             H0002x,yes,0,0,0,0,0,,\n"
        ),
    );
    v.write(
        "stars/2025.csv",
        "household,helpfull,honest,diligent,clean,harmony,stars,awarded,note\n",
    );
    v.write("stars/old round.csv", HEADER);
    let out = v.run("check").out();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (
            1,
            "\
stars/2025.csv:1: unknown column `helpfull` (did you mean `helpful`?); the header must be exactly `household,helpful,honest,diligent,clean,harmony,stars,awarded,note` (the criteria are lane.toml's, in its order)
stars/2026.csv:2: column `stars`: is 4 but 5 criteria are met (helpful, honest, diligent, clean, harmony)
stars/2026.csv:3: the row is partly rated: `honest` is empty; write 1 or 0 under every criterion, or leave them all empty
stars/2026.csv:5: column `awarded`: the household has 4 of 5 stars; only a household with every star is awarded
stars/2026.csv:6: household H0009 appears twice (first at line 4)
stars/2026.csv:7: column `helpful`: `yes` is not 1 (met), 0 (not met) or empty (not rated)
stars/old round.csv:1: the file name is not a round ID: ID `old round` has the character ' '; IDs may use only A-Z, a-z, 0-9, - and _
stars/2026.csv:4: household `H0009` is not in households.csv
"
        )
    );
}

/// The checklist at a real (pseudo-)terminal: alley by alley, each answer saved at
/// once, `q` stops, and the next run starts at the first household still unrated.
#[cfg(unix)]
#[test]
fn the_checklist_goes_alley_by_alley_and_resumes_where_it_stopped() {
    use rexpect::process::wait::WaitStatus;

    let v = seeded();
    v.run("stars new 2026").ok();
    v.run("stars rate H0001 --met all").ok();
    use crate::harness::{pty, pty_text as bytes, type_keys as keys};
    let spawn = |args: &[&str]| pty(&v, args, &[]);
    let exited = |p: &rexpect::session::PtySession| p.process.wait().expect("wait");

    let mut p = spawn(&["stars", "rate"]);
    p.exp_string(&bytes("round 2026: 2 households to rate"))
        .unwrap();
    p.exp_string(&bytes("A01 槐树巷 1/1 · H0002 赵国强"))
        .unwrap();
    p.exp_string(&bytes("clean environment (clean)")).unwrap();
    keys(&mut p, " jj \r"); // tick helpful, down twice, tick diligent, save
    p.exp_string(&bytes("rated H0002 赵国强 in round 2026: 2 of 5 stars"))
        .unwrap();
    p.exp_string(&bytes("A02 油坊巷 1/1 · H0003 刘玉兰"))
        .unwrap();
    p.exp_string(&bytes("family harmony (harmony)")).unwrap();
    keys(&mut p, "q");
    p.exp_string(&bytes(
        "stopped: 1 rated now, 1 left; `lane stars rate --round 2026` goes on where you stopped",
    ))
    .unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(exited(&p), WaitStatus::Exited(_, 0)));
    assert_eq!(
        v.read("stars/2026.csv"),
        format!("{HEADER}H0001,1,1,1,1,1,5,,\nH0002,1,0,1,0,0,2,,\nH0003,,,,,,,,\n")
    );

    // The next run skips the households already rated.
    let mut p = spawn(&["stars", "rate", "--round", "2026"]);
    p.exp_string(&bytes("round 2026: 1 household to rate"))
        .unwrap();
    p.exp_string(&bytes("A02 油坊巷 1/1 · H0003 刘玉兰"))
        .unwrap();
    p.exp_string(&bytes("family harmony (harmony)")).unwrap();
    keys(&mut p, "a\r"); // tick all, save
    p.exp_string(&bytes("rated H0003 刘玉兰 in round 2026: 5 of 5 stars"))
        .unwrap();
    p.exp_string(&bytes("done: 1 rated now in round 2026"))
        .unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(exited(&p), WaitStatus::Exited(_, 0)));

    // One household again: its checklist starts from its rating.
    let mut p = spawn(&["stars", "rate", "H0002"]);
    p.exp_string(&bytes("A01 槐树巷 1/1 · H0002 赵国强"))
        .unwrap();
    p.exp_string(&bytes("family harmony (harmony)")).unwrap();
    keys(&mut p, "\r");
    p.exp_string(&bytes(
        "H0002 赵国强: already rated 2 of 5 stars in round 2026; nothing to change",
    ))
    .unwrap();
    p.exp_eof().unwrap();

    let mut p = spawn(&["stars", "rate"]);
    p.exp_string(&bytes("every household of round 2026 is rated"))
        .unwrap();
    p.exp_eof().unwrap();
    assert!(matches!(exited(&p), WaitStatus::Exited(_, 0)));

    assert_eq!(
        v.read("stars/2026.csv"),
        format!("{HEADER}H0001,1,1,1,1,1,5,,\nH0002,1,0,1,0,0,2,,\nH0003,1,1,1,1,1,5,,\n")
    );
    assert_eq!(
        v.git_log()[..2],
        [
            "stars: rate H0003 刘玉兰 in round 2026: 5 stars (helpful, honest, diligent, clean, harmony)",
            "stars: rate H0002 赵国强 in round 2026: 2 stars (helpful, diligent)",
        ]
    );
}
