//! `lane init --by WHO` stores the clerk in local.toml, a terminal is asked, and
//! without either the closing lines say how to set it; the tour's first action
//! then needs no `--by`.

use crate::harness::{lane_cmd, run_at, Village};

fn village_at(tmp: tempfile::TempDir, dir: &str) -> Village {
    Village {
        root: tmp.path().join(dir),
        tmp,
        now: crate::harness::NOW.into(),
    }
}

#[test]
fn init_by_stores_the_clerk_and_the_first_action_needs_no_by() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --no-git --by 张桂兰")
        .stderr(
            "created v for Nanjie Village\nactions are recorded as 张桂兰 unless --by says \
             otherwise (local.toml); change it with `lane --data v local --by NAME`\n",
        )
        .success();
    let v = village_at(tmp, "v");
    assert!(v.read("local.toml").contains("by = \"张桂兰\"\n"));
    v.run("alley add --id A01 --name 槐树巷").ok();
    v.run("open --title t --category hazard --alley A01 --at 2026-11-18T09:00")
        .stdout("NJ-2026-0001\n")
        .out();
    assert!(v
        .read("tickets/2026/NJ-2026-0001.toml")
        .contains("by = \"张桂兰\"\n"));
}

#[test]
fn init_in_chinese_says_it_in_chinese() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --no-git --lang zh-CN --by 张桂兰")
        .stderr(
            "已为南街村创建数据文件夹 v\n今后默认以“张桂兰”登记（记在 local.toml 中）；\
             如需更改：`lane --data v local --by 姓名`\n",
        )
        .success();
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init w --no-git --lang zh-CN")
        .stderr(
            "已为南街村创建数据文件夹 w\n还没有设置默认经办人：请用 \
             `lane --data w local --by 姓名` 设置，或在每条命令后加 --by\n",
        )
        .success();
}

#[test]
fn without_a_terminal_and_without_by_it_says_how_to_set_it() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --no-git")
        .stderr(
            "created v for Nanjie Village\nno default --by yet: set who records actions \
             with `lane --data v local --by NAME`, or give --by to each command\n",
        )
        .success();
    let v = village_at(tmp, "v");
    assert!(!v.read("local.toml").contains("by ="));
}

#[test]
fn a_bad_by_is_refused_and_nothing_is_created() {
    for by in ["' '", "'a\tb'"] {
        let tmp = tempfile::tempdir().unwrap();
        run_at(tmp.path(), &format!("init v --no-git --by {by}"))
            .stderr("error: --by: give a name or leader ID without control characters\n")
            .status(2);
        assert!(!tmp.path().join("v").exists());
    }
}

#[cfg(unix)]
#[test]
fn at_a_terminal_init_asks_who_the_clerk_is() {
    use crate::harness::{pty_text, type_keys};
    let tmp = tempfile::tempdir().unwrap();
    let mut c = lane_cmd(tmp.path());
    c.args(["init", "v", "--no-git"]).env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(c, Some(20_000)).expect("a pty");
    p.exp_string("Who records actions in this clone").unwrap();
    type_keys(&mut p, "L01\r");
    p.exp_string(&pty_text("actions are recorded as L01"))
        .unwrap();
    p.exp_eof().unwrap();
    let v = village_at(tmp, "v");
    assert!(v.read("local.toml").contains("by = \"L01\"\n"));
}
