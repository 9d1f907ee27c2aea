//! `--help` and usage errors in the folder's language: the clap command is
//! localized at run time from help.ftl (src/cli/localize.rs).

use crate::harness::{run_at, Village};

const OPEN_HELP_ZH: &str = r#"巡查：为发现的问题登记案件

用法：lane open [OPTIONS]

选项:
      --title <TITLE>          问题是什么
      --category <CATEGORY>    lane.toml 中的类别键或类别名称（sanitation 环境卫生、hazard 安全隐
                               患、dispute 矛盾纠纷、service
                               便民服务、feedback 社情民意）
      --alley <ALLEY>          问题所在的街巷
      --household <HOUSEHOLD>  涉及的住户（同时确定所在街巷）
      --source <SOURCE>        问题的来源 [默认：inspection] [可选值：inspection, visit, household,
                               hotline]
      --note <NOTE>            第一条记录
      --solved <NOTE>          当场解决：立即记录处置（类别无需回访时同时关闭案件）
      --by <WHO>               经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
      --at <TIME>              时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天
                               15:00）[默认：现在]
  -h, --help                   显示帮助
  -V, --version                显示版本

全局选项:
      --data <DIR>  数据文件夹 [默认：$LANE_DATA（非空时），否则向上查找最近的含 lane.toml 的文件
                    夹，否则 ./data]
      --no-input    不提问；缺少的值作为错误报告，并指出对应的参数
      --no-commit   不把本次修改提交到 git

示例：
  lane open --title "下水道堵塞" --category sanitation --alley A03
  lane open --title "代办养老保险" --category service --household H0011
  lane open --title 井边垃圾 --category sanitation --alley A05 --solved 已清扫
"#;

const OPEN_HELP_EN: &str = r#"Inspection: open a case for a problem found

Usage: lane open [OPTIONS]

Options:
      --title <TITLE>          What the problem is
      --category <CATEGORY>    The category key from lane.toml (sanitation, hazard, dispute,
                               service, feedback)
      --alley <ALLEY>          The alley where the problem is
      --household <HOUSEHOLD>  The household concerned (implies its alley)
      --source <SOURCE>        How the problem came to light [default: inspection] [possible values:
                               inspection, visit, household, hotline]
      --note <NOTE>            A first note [default: ""]
      --solved <NOTE>          Solved on the spot: records the disposal at once (and closes the case
                               when its category needs no return visit)
      --by <WHO>               Who acted [default: $LANE_BY, else `by` in local.toml]
      --at <TIME>              When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00)
                               [default: now]
  -h, --help                   Print help
  -V, --version                Print version

Global options:
      --data <DIR>  The data folder [default: $LANE_DATA unless empty, else the nearest folder
                    upward with lane.toml, else ./data]
      --no-input    Never prompt; a missing value is an error that names its flag
      --no-commit   Do not commit the change to git

Examples:
  lane open --title "Blocked drain" --category sanitation --alley A03
  lane open --title "Pension form" --category service --household H0011
  lane open --title Litter --category sanitation --alley A05 --solved "Swept up"
"#;

#[test]
fn open_help_is_in_chinese_in_a_chinese_folder() {
    let v = Village::chinese();
    v.run("open --help").stdout(OPEN_HELP_ZH).status(0);
    // LANE_LANG overrides the folder for one command.
    v.run("open --help")
        .env("LANE_LANG", "en")
        .stdout(OPEN_HELP_EN)
        .status(0);
}

#[test]
fn open_help_is_in_english_in_an_english_folder() {
    let v = Village::new();
    v.run("open --help").stdout(OPEN_HELP_EN).status(0);
    v.run("open --help")
        .env("LANE_LANG", "zh-CN")
        .stdout(OPEN_HELP_ZH)
        .status(0);
}

#[test]
fn usage_errors_are_worded_in_chinese() {
    let v = Village::chinese();
    v.run("open --bogus")
        .stderr("错误：无法识别的参数 '--bogus'\n\n用法：lane open [OPTIONS]\n\n更多信息请运行 '--help'。\n")
        .status(2);
    v.run("opne")
        .stderr("错误：无法识别的命令 'opne'\n\n  提示：是否要用 'open'？\n\n用法：lane [OPTIONS] <命令>\n\n更多信息请运行 '--help'。\n")
        .status(2);
    v.run("list --format xml")
        .stderr("错误：参数 '--format <FORMAT>' 的值 'xml' 无效\n\n  可选值：table, csv, json, md, html, xlsx, csv-excel\n\n  提示：是否要用 'xlsx'？\n\n更多信息请运行 '--help'。\n")
        .status(2);
}

#[test]
fn usage_errors_stay_clap_s_in_english() {
    let v = Village::new();
    v.run("open --bogus")
        .stderr("error: unexpected argument '--bogus' found\n\nUsage: lane open [OPTIONS]\n\nFor more information, try '--help'.\n")
        .status(2);
}

#[test]
fn the_command_list_and_headings_are_chinese() {
    let v = Village::chinese();
    let out = v.run("--help").ok();
    for line in [
        "用法：lane [OPTIONS] <命令>\n",
        "命令:\n",
        "  open          巡查：为发现的问题登记案件\n",
        "  escalate      协调：把案件上报至上一层级（或用 --to 指定层级）\n",
        "  help          显示本帮助或指定子命令的帮助\n",
        "全局选项:\n",
        "界面语言：在 lane.toml 的 [village] 中设 language = \"zh-CN\" 或 \"en\"；单次命令可用 LANE_LANG=en。\n",
    ] {
        assert!(out.contains(line), "no {line:?} in\n{out}");
    }
    assert!(!out.contains("Usage"), "{out}");
    assert!(!out.contains("Print help"), "{out}");
}

#[test]
fn the_man_page_is_in_the_folder_s_language() {
    let v = Village::chinese();
    let page = v.run("man").ok();
    for line in [
        ".SH 名称\n",
        "lane \\- 村级自治街巷长制案件管理\n",
        ".SH 用法\n",
        ".SH 全局选项\n",
        ".SH 命令\n",
    ] {
        assert!(page.contains(line), "no {line:?}");
    }
    assert!(!page.contains(".SH NAME"));
    let en = Village::new().run("man").ok();
    assert!(en.contains(".SH NAME\nlane \\- Case management for the lane\\-leader system"));
}

/// Before a folder is found the locale decides: LC_ALL, else LANG; LANE_LANG
/// still wins. A folder that names no language is English whatever the locale.
#[test]
fn the_locale_speaks_before_a_folder_is_found() {
    let v = Village::new();
    let nowhere = v.tmp.path().join("nowhere");
    let line = format!("--data {} list", nowhere.display());
    let zh = format!(
        "错误：{} 不是 lane 数据文件夹（其中没有 lane.toml）\n提示：用 `lane init 文件夹` 新建一个，或用 --data 文件夹 或环境变量 $LANE_DATA 指向已有的数据文件夹\n",
        nowhere.display()
    );
    let en = format!(
        "error: {} is not a lane data folder (no lane.toml)\nhint: create one with `lane init DIR`, or point to one with --data DIR or $LANE_DATA\n",
        nowhere.display()
    );
    run_at(v.tmp.path(), &line)
        .env("LANG", "zh_CN.UTF-8")
        .stderr(zh.as_str())
        .status(2);
    run_at(v.tmp.path(), &line)
        .env("LC_ALL", "zh_CN.UTF-8")
        .env("LANG", "en_US.UTF-8")
        .stderr(zh.as_str())
        .status(2);
    run_at(v.tmp.path(), &line)
        .env("LC_ALL", "en_US.UTF-8")
        .env("LANG", "zh_CN.UTF-8")
        .stderr(en.as_str())
        .status(2);
    run_at(v.tmp.path(), &line)
        .env("LANG", "zh_CN.UTF-8")
        .env("LANE_LANG", "en")
        .stderr(en.as_str())
        .status(2);
    run_at(v.tmp.path(), &line).stderr(en.as_str()).status(2);
    // An English folder (no language key) stays English under a Chinese locale.
    let listing = v.run("list").env("LANG", "zh_CN.UTF-8").ok();
    assert!(listing.contains("│ id ┆ status ┆ level"), "{listing}");
    v.run("open --bogus").env("LANG", "zh_CN.UTF-8").stderr("error: unexpected argument '--bogus' found\n\nUsage: lane open [OPTIONS]\n\nFor more information, try '--help'.\n").status(2);
}
