//! Input in the clerk's words (issue 13): wherever a key or an ID is taken, its
//! name from the folder is taken too when it names one thing; keys and IDs win;
//! a name of several things is refused (exit 2) listing them with their IDs.

use super::{en, zh};
use crate::harness::Village;

/// Two more households headed by 张桂兰 (the name of lane leader L01 too), in
/// alleys A02 and A01.
fn two_heads(v: &Village) {
    let hs = v.read("households.csv");
    v.write(
        "households.csv",
        format!("{hs}H0004,张桂兰,A02,二组2号,2,,,\nH0005,张桂兰,A01,一组3号,1,,,\n"),
    );
}

/// A second alley named 油坊巷 (A03, 三组) and a second lane leader named 李德明
/// (L03, serving no alley).
fn twins(v: &Village) {
    let alleys = v.read("alleys.csv");
    v.write("alleys.csv", format!("{alleys}A03,油坊巷,三组,,\n"));
    let leaders = v.read("leaders.csv");
    v.write(
        "leaders.csv",
        format!("{leaders}L03,李德明,13800000003,,cadre,two-committees,2021-03-01,,\n"),
    );
}

#[test]
fn a_case_opened_in_the_clerks_words() {
    for (v, category) in [(zh(), "环境卫生"), (en(), "'environmental sanitation'")] {
        v.run(&format!(
            "open --title 巷口垃圾 --category {category} --alley 槐树巷 --by 张桂兰"
        ))
        .stdout("NJ-2026-0001\n")
        .ok();
        let toml = v.read("tickets/2026/NJ-2026-0001.toml");
        for line in [
            "category = \"sanitation\"\n",
            "alley = \"A01\"\n",
            "by = \"L01\"\n",
        ] {
            assert!(toml.contains(line), "{line:?} in\n{toml}");
        }
        v.run("open --title 漏水 --category hazard --household 王秀英 --by 村书记")
            .stdout("NJ-2026-0002\n")
            .ok();
        let toml = v.read("tickets/2026/NJ-2026-0002.toml");
        // Not a lane leader: the name is kept as given.
        assert!(toml.contains("household = \"H0001\"\nsource"), "{toml}");
        assert!(toml.contains("by = \"村书记\"\n"), "{toml}");
    }
    zh().run("open --title t --category 环境 --alley 槐树巷 --by L01")
        .stderr("错误：--category：`环境` 不是类别（可选：环境卫生（sanitation）、安全隐患（hazard）、矛盾纠纷（dispute）、便民服务（service）、社情民意（feedback））\n")
        .status(2);
    en().run("open --title t --category 'environmental sanitatio' --alley A01 --by L01")
        .stderr("error: --category: `environmental sanitatio` is not a category (sanitation, hazard, dispute, service, feedback)\nhint: did you mean `environmental sanitation`?\n")
        .status(2);
}

#[test]
fn escalate_to_a_level_by_its_name() {
    let v = zh();
    v.run("open --title t --category dispute --alley A02 --by L02 --at 2026-11-19T09:00")
        .ok();
    v.run("escalate 1 --to 镇党委 --reason 涉及两村 --by 李德明 --at 2026-11-19T10:00")
        .stderr(
            "NJ-2026-0001：已上报至镇党委（涉及两村）；由镇党委办理，办理时限2026-12-04 10:00\n",
        )
        .success();
    v.run("list --level 镇党委 --alley 油坊巷 --leader 李德明 --category 矛盾纠纷 --format csv")
        .stdout("id,status,level,category,alley,household,title,opened,deadline,overdue_days\nNJ-2026-0001,open,town,dispute,A02,,t,2026-11-19 09:00,2026-12-04 10:00,\n")
        .success();
    let v = en();
    v.run("open --title t --category dispute --alley A02 --by L02 --at 2026-11-19T09:00")
        .ok();
    v.run("escalate 1 --to 'town party committee' --reason 'two villages' --by L02 --at 2026-11-19T10:00")
        .stderr("NJ-2026-0001: escalate to town (two villages); open at town (town party committee), due 2026-12-04 10:00\n")
        .success();
    v.run("overdue --level 'town party committee' --alley 油坊巷 --format csv")
        .stdout("id,level,category,alley,leader,phone,title,deadline,overdue_days\n")
        .success();
}

#[test]
fn a_return_visit_in_either_languages_words() {
    for v in [zh(), en()] {
        v.run("open --title t --category hazard --alley A01 --by L01 --at 2026-11-19T09:00")
            .ok();
        for (i, result) in ["不满意", "--result=基本满意"].iter().enumerate() {
            v.run(&format!("resolve 1 --note n{i} --by L01")).ok();
            let flag = if result.starts_with("--") {
                ""
            } else {
                "--result "
            };
            v.run(&format!("visit 1 {flag}{result} --by L01")).ok();
        }
        let toml = v.read("tickets/2026/NJ-2026-0001.toml");
        assert!(toml.contains("result = \"unsatisfied\"\n"), "{toml}");
        assert!(toml.contains("result = \"basic\"\n"), "{toml}");
        // The keys work as before; a word that is neither is clap's to refuse.
        v.run("reopen 1 --reason r --by L01").ok();
        v.run("resolve 1 --note n --by L01").ok();
        v.run("visit 1 --result satisfied --by L01").ok();
        let out = v.run("visit 1 --result 很好 --by L01").out();
        assert_eq!(out.code, 2, "{}", out.stderr);
    }
}

#[test]
fn stars_rated_by_the_criteria_names_and_the_heads_name() {
    let v = zh();
    v.run("stars new 2026").ok();
    v.run("stars rate 王秀英 --met 助人为乐，家庭和睦")
        .stderr("已评定 H0001 王秀英（评星轮次 2026）：2星（满5星）\n")
        .success();
    v.run("stars rate 赵国强 --met 助人为乐、诚信守法,clean")
        .stderr("已评定 H0002 赵国强（评星轮次 2026）：3星（满5星）\n")
        .success();
    v.run("stars list --alley 槐树巷 --format csv")
        .stdout("household,head,alley,helpful,honest,diligent,clean,harmony,stars,awarded,note\nH0001,王秀英,A01,1,0,0,0,1,2,,\nH0002,赵国强,A01,1,1,0,1,0,3,,\n")
        .success();
    v.run("stars history 赵国强 --format csv")
        .stdout(
            "round,helpful,honest,diligent,clean,harmony,stars,awarded,note\n2026,1,1,0,1,0,3,,\n",
        )
        .success();
    let v = en();
    v.run("stars new 2026").ok();
    v.run("stars rate 王秀英 --met 'helpful to others, family harmony'")
        .stderr("rated H0001 王秀英 in round 2026: 2 of 5 stars\n")
        .success();
}

#[test]
fn a_head_shared_by_two_households_is_refused_with_both() {
    let v = zh();
    two_heads(&v);
    let zh_err = "错误：两户户主名为“张桂兰”：H0004（油坊巷）、H0005（槐树巷）\n";
    for (line, hint) in [
        (
            "open --title t --category hazard --household 张桂兰 --by L01",
            "提示：请改用编号，例如 --household H0004\n",
        ),
        (
            "list --household 张桂兰",
            "提示：请改用编号，例如 --household H0004\n",
        ),
        (
            "patrol --leader L01 --kind visit --household 张桂兰",
            "提示：请改用编号，例如 --household H0004\n",
        ),
        ("household show 张桂兰", "提示：请改用编号，例如 H0004\n"),
    ] {
        let before = v.snapshot();
        v.run(line).stderr(format!("{zh_err}{hint}")).status(2);
        v.assert_unchanged(&before);
    }
    // The leader of that name is not a household: --by takes her.
    v.run("patrol --leader 张桂兰 --kind visit --household H0005 --at 2026-11-19")
        .stderr("已记录 L01 2026-11-19 对住户 H0005 的入户走访，编号 2026-11-0001\n")
        .success();
    let v = en();
    two_heads(&v);
    v.run("open --title t --category hazard --household 张桂兰 --by L01")
        .stderr("error: 2 households have the head `张桂兰`: H0004 (油坊巷), H0005 (槐树巷)\nhint: give the ID instead, e.g. --household H0004\n")
        .status(2);
    v.run("stars new 2026").ok();
    v.run("stars rate 张桂兰 --met all")
        .stderr("error: 2 households have the head `张桂兰`: H0004 (油坊巷), H0005 (槐树巷)\nhint: give the ID instead, e.g. H0004\n")
        .status(2);
}

#[test]
fn an_alley_or_a_leader_of_a_shared_name_is_refused_with_both() {
    let v = zh();
    twins(&v);
    v.run("open --title t --category hazard --alley 油坊巷 --by L01")
        .stderr("错误：两条街巷名为“油坊巷”：A02（二组）、A03（三组）\n提示：请改用编号，例如 --alley A02\n")
        .status(2);
    v.run("household list --alley 油坊巷")
        .stderr("错误：两条街巷名为“油坊巷”：A02（二组）、A03（三组）\n提示：请改用编号，例如 --alley A02\n")
        .status(2);
    v.run("open --title t --category hazard --alley A02 --by 李德明")
        .stderr(
            "错误：两位街巷长名为“李德明”：L02（油坊巷）、L03\n提示：请改用编号，例如 --by L02\n",
        )
        .status(2);
    v.run("patrol list --leader 李德明")
        .stderr("错误：两位街巷长名为“李德明”：L02（油坊巷）、L03\n提示：请改用编号，例如 --leader L02\n")
        .status(2);
    v.run("alley show 油坊巷")
        .stderr(
            "错误：两条街巷名为“油坊巷”：A02（二组）、A03（三组）\n提示：请改用编号，例如 A02\n",
        )
        .status(2);
    let v = en();
    twins(&v);
    v.run("report --month 2026-11 --alley 油坊巷")
        .stderr("error: 2 alleys are named `油坊巷`: A02 (二组), A03 (三组)\nhint: give the ID instead, e.g. --alley A02\n")
        .status(2);
    v.run("open --title t --category hazard --alley A02 --by 李德明")
        .stderr("error: 2 lane leaders are named `李德明`: L02 (油坊巷), L03\nhint: give the ID instead, e.g. --by L02\n")
        .status(2);
}

#[test]
fn keys_and_ids_win_over_names() {
    let v = zh();
    // A household whose head is written as another household's ID.
    let hs = v.read("households.csv");
    v.write("households.csv", format!("{hs}H0004,H0002,A02,,1,,,\n"));
    v.run("household show H0002 --format csv")
        .stdout("field,value\nid,H0002\nhead,赵国强\nalley,A01 槐树巷\naddress,一组2号\nmembers,4\nphone,\ntags,\nnote,\nregistered,\n\
             \n# 案件\nid,status,title,opened\n\n# 走访记录\ndate,leader,kind\n")
        .success();
    v.run("alley show 槐树巷 --format csv")
        .stdout("field,value\nid,A01\nname,槐树巷\ngroup,一组\nleader,L01 张桂兰\nphone,13800000001\nhouseholds,2\nresidents,7\nnote,\n")
        .success();
    v.run("leader edit 李德明 --phone 13800000022")
        .stderr("已修改街巷长 L02\n")
        .success();
    v.run("household edit 刘玉兰 --alley 槐树巷")
        .stderr("已修改住户 H0003\n")
        .success();
    assert!(v
        .read("households.csv")
        .contains("H0003,刘玉兰,A01,二组1号,2,13900000003,,\n"));
    v.run("alley edit 槐树巷 --leader 张桂兰")
        .stderr("街巷 A01 无需修改\n")
        .success();
}

/// A name (not ASCII, so no ID) that names no alley is refused as a name, not
/// as a bad ID; exit 2, nothing written. An ASCII string keeps the registry's
/// own error and the ID checks.
#[test]
fn a_name_of_no_alley_is_refused_as_a_name() {
    let v = zh();
    let before = v.snapshot();
    v.run("open --title t --category 环境卫生 --alley 没有这条巷 --by L01")
        .stderr("错误：--alley：没有名为“没有这条巷”的街巷\n提示：请填写 alleys.csv 中的街巷编号（如 A01）或名称；`lane alley list` 可列出各街巷\n")
        .status(2);
    v.assert_unchanged(&before);
    let v = en();
    v.run("open --title t --category sanitation --alley 没有这条巷 --by L01")
        .stderr("error: --alley: there is no alley named `没有这条巷`\nhint: give the alley's ID (A01) or its name as alleys.csv has it; `lane alley list` lists them\n")
        .status(2);
    v.run("open --title t --category sanitation --alley A99 --by L01")
        .stderr(
            "error: there is no alley `A99` in alleys.csv\nhint: `lane alley list` shows them\n",
        )
        .status(2);
}
