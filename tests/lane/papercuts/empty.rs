//! At a terminal, a prompt whose choices come from an empty registry says what is
//! missing and how to register one, before anything is asked.

#![cfg(unix)]

use crate::harness::{pty, Village};

/// Runs `args` at a terminal and returns all it printed (nothing was typed).
fn at_terminal(v: &Village, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut p = pty(v, args, env);
    let text = p.exp_eof().unwrap();
    // What a pty sends back is byte per char (see pty_text); turn it into UTF-8.
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8(bytes).unwrap().replace("\r\n", "\n")
}

#[test]
fn open_without_alleys_says_so_before_asking() {
    let v = Village::new();
    let said = at_terminal(&v, &["open"], &[("LANE_BY", "Wang")]);
    assert_eq!(
        said,
        "error: no alley is registered yet, so there is none to choose\n\
         hint: add one first with `lane alley add --name NAME`\n"
    );
}

#[test]
fn open_without_alleys_in_chinese() {
    let v = Village::chinese();
    let said = at_terminal(&v, &["open"], &[("LANE_BY", "王")]);
    assert_eq!(
        said,
        "错误：还没有登记任何街巷，无从选择\n\
         提示：请先用 `lane alley add --name 巷名` 登记街巷\n"
    );
}

#[test]
fn household_add_without_alleys_says_so_before_asking_the_head() {
    let v = Village::new();
    let said = at_terminal(&v, &["household", "add"], &[]);
    assert_eq!(
        said,
        "error: no alley is registered yet, so there is none to choose\n\
         hint: add one first with `lane alley add --name NAME`\n"
    );
}

#[test]
fn patrol_without_leaders_says_so() {
    let v = Village::new();
    v.run("alley add --id A01 --name 槐树巷").out();
    let said = at_terminal(&v, &["patrol"], &[]);
    assert_eq!(
        said,
        "error: no lane leader is registered yet, so there is none to choose\n\
         hint: add one first with `lane leader add --name NAME --alley ALLEY`\n"
    );
}

#[test]
fn without_a_terminal_the_flag_is_still_what_is_missing() {
    let v = Village::new();
    v.run("open --no-input --by Wang --title t --category hazard")
        .stderr(
            "error: missing --alley\nhint: give it as --alley VALUE (lane asks for it only at a \
             terminal without --no-input)\n",
        )
        .status(2);
}
