//! Registry commands that must be refused: exact error text, exit code 1 (refused)
//! or 2 (bad input), and not one byte of the folder changed.

use crate::harness::Village;

/// Runs `line`, expects exactly `stderr` and `code`, and checks the folder's bytes.
#[track_caller]
fn refused(v: &Village, line: &str, code: i32, stderr: &str) {
    let before = v.snapshot();
    v.run(line).stderr(stderr).status(code);
    v.assert_unchanged(&before);
}

fn seeded() -> Village {
    let v = Village::new();
    v.seed();
    v
}

/// `lane leader add ARGS --background cadre --selected-by two-committees`.
fn leader_add(args: &str) -> String {
    format!("leader add {args} --background cadre --selected-by two-committees")
}

#[test]
fn a_duplicate_id_is_refused() {
    let v = seeded();
    refused(
        &v,
        "alley add --id A02 --name 新巷",
        1,
        "error: alley A02 already exists (alleys.csv:3)\n",
    );
    refused(
        &v,
        &leader_add("--id L01 --name 新人"),
        1,
        "error: leader L01 already exists (leaders.csv:2)\n",
    );
    refused(
        &v,
        "household add --id H0003 --head 新户 --alley A01",
        1,
        "error: household H0003 already exists (households.csv:4)\n",
    );
}

#[test]
fn an_unknown_reference_is_bad_input_with_a_suggestion() {
    let v = seeded();
    refused(
        &v,
        "household add --head 新户 --alley A03",
        2,
        "error: there is no alley `A03` in alleys.csv\nhint: did you mean `A01`?\n",
    );
    refused(
        &v,
        "household edit H0001 --alley Z99",
        2,
        "error: there is no alley `Z99` in alleys.csv\nhint: `lane alley list` shows them\n",
    );
    refused(
        &v,
        &leader_add("--name 新人 --alley A9"),
        2,
        "error: there is no alley `A9` in alleys.csv\nhint: `lane alley list` shows them\n",
    );
    refused(
        &v,
        "alley add --name 新巷 --leader L9",
        2,
        "error: there is no leader `L9` in leaders.csv\nhint: `lane leader list` shows them\n",
    );
    for (args, msg) in [
        (
            "alley show A1",
            "error: there is no alley `A1` in alleys.csv\nhint: did you mean `A01`?\n",
        ),
        (
            "leader edit L1 --name x",
            "error: there is no leader `L1` in leaders.csv\nhint: did you mean `L01`?\n",
        ),
        (
            "household remove H0009",
            "error: there is no household `H0009` in households.csv\nhint: did you mean `H0001`?\n",
        ),
    ] {
        refused(&v, args, 2, msg);
    }
}

#[test]
fn ids_with_path_or_space_characters_are_bad_input() {
    let v = seeded();
    refused(
        &v,
        "alley add --id ../x --name 新巷",
        2,
        "error: --id: ID `../x` has the character '.'; IDs may use only A-Z, a-z, 0-9, - and _\n",
    );
    refused(
        &v,
        &leader_add("--id 'a b' --name 新人"),
        2,
        "error: --id: ID `a b` has the character ' '; IDs may use only A-Z, a-z, 0-9, - and _\n",
    );
    refused(
        &v,
        "household add --id H/1 --head 新户 --alley A01",
        2,
        "error: --id: ID `H/1` has the character '/'; IDs may use only A-Z, a-z, 0-9, - and _\n",
    );
    refused(
        &v,
        "household edit H0001 --alley ../A01",
        2,
        "error: --alley: ID `../A01` has the character '.'; IDs may use only A-Z, a-z, 0-9, - and _\n",
    );
}

#[test]
fn bad_dates_and_bad_values_name_their_flag() {
    let v = seeded();
    refused(
        &v,
        &leader_add("--name 新人 --since 2026-13-01"),
        2,
        "error: --since: `2026-13-01` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n",
    );
    refused(
        &v,
        "leader edit L01 --until 20261101",
        2,
        "error: --until: `20261101` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03\n",
    );
    refused(
        &v,
        &leader_add("--name 新人 --since 2026-01-01 --until 2025-01-01"),
        2,
        "error: --until: 2025-01-01 is before `since` 2026-01-01\n",
    );
    refused(
        &v,
        "alley edit A01 --name ''",
        2,
        "error: --name: is empty but required\n",
    );
    refused(
        &v,
        "household add --head 新户 --alley A01 --members 0",
        2,
        "error: --members: `0` is not a number of members (1 to 99)\n",
    );
    refused(
        &v,
        "household edit H0001 --phone abc",
        2,
        "error: --phone: `abc` is not a phone number (digits, +, -, spaces)\n",
    );
    refused(
        &v,
        "household edit H0001 --note '一\n二'",
        2,
        "error: --note: contains the control character '\\n'\n",
    );
}

#[test]
fn a_missing_required_flag_is_named_without_a_prompt() {
    let v = seeded();
    let hint = |flag: &str| {
        format!(
            "error: missing {flag}\n\
             hint: give it as {flag} VALUE (lane asks for it only at a terminal without --no-input)\n"
        )
    };
    refused(&v, "alley add --group 一组", 2, &hint("--name"));
    refused(&v, "leader add --background cadre", 2, &hint("--name"));
    refused(
        &v,
        "leader add --name 新人 --selected-by two-committees",
        2,
        &hint("--background"),
    );
    refused(
        &v,
        "leader add --name 新人 --background cadre",
        2,
        &hint("--selected-by"),
    );
    refused(&v, "household add --alley A01", 2, &hint("--head"));
    refused(&v, "household add --head 新户", 2, &hint("--alley"));
}

#[test]
fn a_second_current_leader_for_an_alley_is_refused() {
    let v = seeded();
    let taken = "error: alley A01 already has the lane leader L01 (张桂兰)\n\
                 hint: end that post first: lane leader edit L01 --until YYYY-MM-DD\n";
    refused(
        &v,
        &leader_add("--id L03 --name 周文华 --alley A01"),
        1,
        taken,
    );
    refused(&v, "leader edit L02 --alley A01", 1, taken);
    // Once the post has ended, the alley takes a new leader.
    v.run("leader edit L01 --until 2026-10-31").ok();
    v.run(&leader_add("--id L03 --name 周文华 --alley A01"))
        .stdout("L03\n")
        .stderr("added lane leader L03 (周文华) (A01)\n")
        .success();
    assert_eq!(
        v.read("alleys.csv"),
        "id,name,group,leader,note\nA01,槐树巷,一组,L03,\nA02,油坊巷,二组,L02,\n"
    );
}

#[test]
fn alley_leader_flag_must_agree_with_leaders_csv() {
    // Regression: `alley edit --leader` once wrote a leader serving another alley
    // into alleys.csv, leaving a folder that `lane check` rejects.
    let v = seeded();
    refused(
        &v,
        "alley edit A01 --leader L02",
        1,
        "error: leader L02 (李德明) serves alley A02 according to leaders.csv:3, not alley A01\n\
         hint: assign the leader with `lane leader edit L02 --alley A01` (with --since/--until for the post), which updates both files\n",
    );
    refused(
        &v,
        "alley add --id A03 --name 学堂巷 --leader L01",
        1,
        "error: leader L01 (张桂兰) serves alley A01 according to leaders.csv:2, not alley A03\n\
         hint: assign the leader with `lane leader edit L01 --alley A03` (with --since/--until for the post), which updates both files\n",
    );
    refused(
        &v,
        "alley edit A01 --leader ''",
        1,
        "error: alley A01 has the current lane leader L01 (张桂兰) according to leaders.csv:2\n\
         hint: end that post with `lane leader edit L01 --until YYYY-MM-DD`\n",
    );
    // Naming the leader that leaders.csv gives is allowed (it repairs the column).
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,,\nA02,油坊巷,二组,L02,\n",
    );
    v.run("alley edit A01 --leader L01")
        .stderr("changed alley A01\n")
        .success();
    v.run("check")
        .stderr("checked 2 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 0 warnings\n")
        .success();
}

#[test]
fn remove_is_refused_while_anything_refers_to_the_record() {
    let v = seeded();
    let case = v.case(1, "A02", Some("H0003"));
    refused(
        &v,
        "alley remove A01",
        1,
        "error: alley A01 is still referred to by leaders.csv:2, households.csv:2, households.csv:3\n\
         hint: change or remove those first; nothing was removed\n",
    );
    refused(
        &v,
        "leader remove L01",
        1,
        "error: leader L01 is still referred to by alleys.csv:2\n\
         hint: change or remove those first; nothing was removed\n",
    );
    refused(
        &v,
        "household remove H0003",
        1,
        &format!(
            "error: household H0003 is still referred to by {case}\n\
             hint: change or remove those first; nothing was removed\n"
        ),
    );
    refused(
        &v,
        "alley remove A02",
        1,
        &format!(
            "error: alley A02 is still referred to by leaders.csv:3, households.csv:4, {case}\n\
             hint: change or remove those first; nothing was removed\n"
        ),
    );
}

#[test]
fn a_broken_registry_stops_a_write_and_says_where() {
    let v = seeded();
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note\nH0001,王秀英,A01\n",
    );
    refused(
        &v,
        "household add --head 新户 --alley A01",
        2,
        "error: households.csv:2: the row has 3 fields but the header has 8\n\
         hint: fix the file, then run `lane check`\n",
    );
    v.write("alleys.csv", "id,name,colour\n");
    refused(
        &v,
        "alley add --name 新巷",
        2,
        "error: alleys.csv:1: unknown column `colour`\n\
         hint: the header must be exactly `id,name,group,leader,note`\n",
    );
}

/// A list filtered by an alley that does not exist says so instead of printing nothing.
#[test]
fn lists_by_an_unknown_alley_are_refused() {
    let v = Village::new();
    v.seed();
    for what in ["household", "leader"] {
        v.run(&format!("{what} list --alley A09"))
            .stderr("error: there is no alley `A09` in alleys.csv\nhint: did you mean `A01`?\n")
            .status(2);
    }
}
