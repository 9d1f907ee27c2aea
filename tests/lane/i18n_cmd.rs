//! The commands in the folder's language (issue 13): what the case lifecycle,
//! the registries, patrols, imports, stars, init, local, migrate, reindex and the
//! merge driver say, their errors and hints, and the headers of the listings, in
//! a zh-CN folder; the same words in English where lane has always said them.
//! `names` is the second half: keys and IDs given by their names.

mod names;

use crate::harness::{csv_rows, json, run_at};

use crate::harness::{seeded_en as en, seeded_zh as zh};

#[test]
fn the_five_steps_confirm_in_chinese() {
    let v = zh();
    v.run("open --title 巷口垃圾堆放 --category hazard --household H0001 --by L01 --at 2026-11-19T09:00")
        .stdout("NJ-2026-0001\n")
        .stderr("已登记 NJ-2026-0001：由街巷长办理，办理时限2026-11-22 09:00\n")
        .success();
    for (line, said) in [
        ("note 1 已联系户主 --at 2026-11-19T10:00", "NJ-2026-0001：已记录（已联系户主）；由街巷长办理，办理时限2026-11-22 09:00\n"),
        ("escalate 1 --reason 需要挖掘机 --at 2026-11-19T11:00", "NJ-2026-0001：已上报至村党支部（需要挖掘机）；由村党支部办理，办理时限2026-11-26 11:00\n"),
        ("resolve 1 --note 已清运 --at 2026-11-19T12:00", "NJ-2026-0001：已处置（已清运）；已由村党支部处置，待回访\n"),
        ("visit 1 --result unsatisfied --at 2026-11-19T13:00", "NJ-2026-0001：已回访：不满意；由村党支部办理，办理时限2026-11-26 13:00\n"),
        ("resolve 1 --note 再次清运 --at 2026-11-19T14:00", "NJ-2026-0001：已处置（再次清运）；已由村党支部处置，待回访\n"),
        ("visit 1 --result basic --at 2026-11-19T15:00", "NJ-2026-0001：已回访：基本满意；已关闭（问题已解决）\n"),
        ("reopen 1 --reason 又有堆放 --at 2026-11-19T16:00", "NJ-2026-0001：已重新打开（又有堆放）；由村党支部办理，办理时限2026-11-26 16:00\n"),
        ("escalate 1 --to town --reason 需要镇里协调 --dept 镇环卫所 --at 2026-11-19T17:00", "NJ-2026-0001：已上报至镇党委，请镇环卫所协助（需要镇里协调）；由镇党委办理，办理时限2026-12-04 17:00\n"),
        ("close 1 --as referred --note 移交镇环卫所", "NJ-2026-0001：已关闭：已转交其他部门（移交镇环卫所）；已关闭（已转交其他部门）\n"),
    ] {
        v.run(&format!("{line} --by L01")).stderr(said).success();
    }
    // The commit messages stay English: they are the village's shared history.
    let toml = v.read("tickets/2026/NJ-2026-0001.toml");
    assert!(toml.contains("action = \"escalate\"\n"), "{toml}");
}

#[test]
fn the_same_steps_in_english_as_always() {
    let v = en();
    v.run("open --title litter --category hazard --household H0001 --by L01 --at 2026-11-19T09:00")
        .stdout("NJ-2026-0001\n")
        .stderr("opened NJ-2026-0001: open at alley (lane leader), due 2026-11-22 09:00\n")
        .success();
    v.run("escalate 1 --reason 'needs a digger' --dept 'water office' --by L01 --at 2026-11-19T11:00")
        .stderr("NJ-2026-0001: escalate to village, water office (needs a digger); open at village (village party branch), due 2026-11-26 11:00\n")
        .success();
    v.run("resolve 1 --note cleared --by L01 --at 2026-11-19T12:00")
        .stderr(
            "NJ-2026-0001: resolve (cleared); resolved at village, waiting for the return visit\n",
        )
        .success();
    v.run("visit 1 --result basic --by L01 --at 2026-11-19T15:00")
        .stderr("NJ-2026-0001: return visit: basic; closed as fixed\n")
        .success();
}

#[test]
fn lifecycle_errors_and_hints_in_chinese() {
    let v = zh();
    v.run("open --title 巷口垃圾堆放 --category hazard --alley A01")
        .stderr("错误：缺少 --by\n提示：请以“--by 值”的形式给出（只有在终端上且未加 --no-input 时，lane 才会询问）\n")
        .status(2);
    v.run("open --title t --category sanitaton --alley A01 --by L01")
        .stderr("错误：--category：`sanitaton` 不是类别（可选：环境卫生（sanitation）、安全隐患（hazard）、矛盾纠纷（dispute）、便民服务（service）、社情民意（feedback））\n提示：是否指 `sanitation`？\n")
        .status(2);
    v.run("open --title t --category hazard --household H0003 --alley A01 --by L01")
        .stderr("错误：--alley A01 与住户 H0003 不符：该户属于街巷 A02\n提示：不必给出 --alley：--household 已确定所在街巷\n")
        .status(2);
    v.run("open --title ' ' --category hazard --alley A01 --by L01")
        .stderr("错误：--title 为空\n")
        .status(2);
    v.run("open --title t --category hazard --alley A01 --by L01 --at 2026-12-25T08:30")
        .stderr("错误：--at：2026-12-25T08:30:00+08:00 晚于当前时间（现在是2026-11-20T10:00:00+08:00）\n")
        .status(2);
    v.run("open --title t --category hazard --alley A01 --by L01")
        .stdout("NJ-2026-0001\n")
        .stderr("已登记 NJ-2026-0001：由街巷长办理，办理时限2026-11-23 10:00\n")
        .success();
    v.run("note 1 ' ' --by L01")
        .stderr("错误：记录内容为空\n")
        .status(2);
    v.run("resolve 1 --note ' ' --by L01")
        .stderr("错误：--note 为空：请说明处置情况\n")
        .status(2);
    v.run("close 1 --of 1 --by L01")
        .stderr("错误：--of 须与 --as duplicate 同用\n")
        .status(2);
    v.run("close 1 --as duplicate --of 1 --by L01")
        .stderr("错误：--of：NJ-2026-0001 就是本案件；案件不能与自身重复\n提示：请给出仍在跟踪该问题的案件\n")
        .status(1);
    v.write("local.toml", "");
    v.run("open --title t --category hazard --alley A01 --by L01")
        .stderr("错误：本数据文件夹副本没有站点代码，无法为新案件编号\n提示：请为每个副本设定各自的站点代码：`lane local --station T`（村里自己的副本用 `--station \"\"`）\n")
        .status(1);
}

#[test]
fn show_list_and_overdue_label_their_columns_in_chinese() {
    let v = zh();
    v.run("open --title 巷口垃圾堆放 --category hazard --household H0001 --by L01 --at 2026-11-10T09:00")
        .ok();
    v.run("escalate 1 --reason 需要挖掘机 --by L01 --at 2026-11-10T10:00")
        .ok();
    v.run("show 1").stdout(ZH_SHOW).success();
    v.run("list").stdout(ZH_LIST).success();
    v.run("overdue").stdout(ZH_OVERDUE).success();
    v.run("--format md list --status open")
        .stdout("| 编号 | 状态 | 层级 | 类别 | 街巷 | 住户 | 问题 | 登记时间 | 办理时限 | 超期天数 |\n|---|---|---|---|---|---|---|---|---|---:|\n| NJ-2026-0001 | 办理中 | 村党支部 | 安全隐患 | A01 | H0001 | 巷口垃圾堆放 | 2026-11-10 09:00 | 2026-11-17 10:00 | 3 |\n")
        .success();
    // For machines: English column names and the stored words.
    let csv = csv_rows(v.run("--format csv list").ok());
    assert_eq!(csv[0][..4], ["id", "status", "level", "category"]);
    assert_eq!(csv[1][..4], ["NJ-2026-0001", "open", "village", "hazard"]);
    let j = json(v.run("--format json show 1").ok());
    // Events are objects of stored keys (issue 15): the reason as typed, in Chinese.
    assert_eq!(j["events"][1]["action"], "escalate");
    assert_eq!(j["events"][1]["level"], "village");
    assert_eq!(j["events"][1]["reason"], "需要挖掘机");
    assert_eq!(j["status"], "open");
    let j = json(v.run("--format json overdue").ok());
    assert_eq!(j[0]["overdue_days"], 3);
    v.run("list --level county")
        .stderr("错误：--level：`county` 不是层级（可选：街巷长（alley）、村党支部（village）、镇党委（town））\n")
        .status(2);
}

const ZH_SHOW: &str = "\
┌──────────┬──────────────────────────────────────────────┐
│ 项目     ┆ 内容                                         │
╞══════════╪══════════════════════════════════════════════╡
│ 编号     ┆ NJ-2026-0001                                 │
│ 问题     ┆ 巷口垃圾堆放                                 │
│ 类别     ┆ 安全隐患（hazard）                           │
│ 街巷     ┆ A01 槐树巷（街巷长 L01 张桂兰，13800000001） │
│ 住户     ┆ H0001 王秀英                                 │
│ 来源     ┆ 巡查发现                                     │
│ 登记时间 ┆ 2026-11-10 09:00                             │
│ 状态     ┆ 由村党支部办理，办理时限2026-11-17 10:00     │
│ 超期     ┆ 超过办理时限3天                              │
└──────────┴──────────────────────────────────────────────┘
┌──────────────────┬────────┬────────────────┬────────────┐
│ 时间             ┆ 经办人 ┆ 环节           ┆ 备注       │
╞══════════════════╪════════╪════════════════╪════════════╡
│ 2026-11-10 09:00 ┆ L01    ┆ 登记           ┆            │
│ 2026-11-10 10:00 ┆ L01    ┆ 上报至村党支部 ┆ 需要挖掘机 │
└──────────────────┴────────┴────────────────┴────────────┘
";

const ZH_LIST: &str = "\
┌──────────────┬────────┬──────────┬──────────┬──────┬───────┬──────────────┬──────────────────┬──────────────────┬──────────┐
│ 编号         ┆ 状态   ┆ 层级     ┆ 类别     ┆ 街巷 ┆ 住户  ┆ 问题         ┆ 登记时间         ┆ 办理时限         ┆ 超期天数 │
╞══════════════╪════════╪══════════╪══════════╪══════╪═══════╪══════════════╪══════════════════╪══════════════════╪══════════╡
│ NJ-2026-0001 ┆ 办理中 ┆ 村党支部 ┆ 安全隐患 ┆ A01  ┆ H0001 ┆ 巷口垃圾堆放 ┆ 2026-11-10 09:00 ┆ 2026-11-17 10:00 ┆        3 │
└──────────────┴────────┴──────────┴──────────┴──────┴───────┴──────────────┴──────────────────┴──────────────────┴──────────┘
";

const ZH_OVERDUE: &str = "\
┌──────────────┬──────────┬──────────┬──────┬────────┬─────────────┬──────────────┬──────────────────┬──────────┐
│ 编号         ┆ 层级     ┆ 类别     ┆ 街巷 ┆ 街巷长 ┆ 电话        ┆ 问题         ┆ 办理时限         ┆ 超期天数 │
╞══════════════╪══════════╪══════════╪══════╪════════╪═════════════╪══════════════╪══════════════════╪══════════╡
│ NJ-2026-0001 ┆ 村党支部 ┆ 安全隐患 ┆ A01  ┆ 张桂兰 ┆ 13800000001 ┆ 巷口垃圾堆放 ┆ 2026-11-17 10:00 ┆        3 │
└──────────────┴──────────┴──────────┴──────┴────────┴─────────────┴──────────────┴──────────────────┴──────────┘
";

#[test]
fn registries_in_chinese() {
    let v = zh();
    v.run("alley add --id A03 --name 井巷 --group 三组")
        .stdout("A03\n")
        .stderr("已添加街巷 A03（井巷）\n")
        .success();
    v.run("alley add --id A03 --name 井巷")
        .stderr("错误：街巷 A03 已存在（alleys.csv:4）\n")
        .status(1);
    v.run("alley edit A03 --group 四组")
        .stderr("已修改街巷 A03\n")
        .success();
    v.run("alley edit A03 --group 四组")
        .stderr("街巷 A03 无需修改\n")
        .success();
    v.run("leader add --id L03 --name 陈建国 --phone 13800000003 --alley A03 --background respected --selected-by two-committees --since 2026-01-01")
        .stdout("L03\n")
        .stderr("已添加街巷长 L03（陈建国），分管街巷 A03\n")
        .success();
    v.run("alley remove A03")
        .stderr("错误：街巷 A03 仍被以下位置引用：leaders.csv:4\n提示：请先修改或删除这些引用；未删除任何内容\n")
        .status(1);
    v.run("alley edit A01 --leader L02")
        .stderr("错误：据 leaders.csv:3，街巷长 L02（李德明）分管的是街巷 A02，不是街巷 A01\n提示：请用 `lane leader edit L02 --alley A01`（可加 --since/--until 指定任期）安排街巷长，两个文件会一并更新\n")
        .status(1);
    v.run("leader edit L03 --alley A01")
        .stderr("错误：街巷 A01 已有街巷长 L01（张桂兰）\n提示：请先结束其任期：lane leader edit L01 --until YYYY-MM-DD\n")
        .status(1);
    v.run("household add --head 孙丽 --alley A03 --members 2")
        .stdout("H0004\n")
        .stderr("已添加住户 H0004（孙丽）\n")
        .success();
    v.run("household remove H0004")
        .stderr("已删除住户 H0004（孙丽）\n")
        .success();
    v.run("alley list --search 井").stdout(ZH_ALLEYS).success();
    v.run("leader show L03").stdout(ZH_LEADER).success();
    // CSV keeps the column names and the stored words.
    // (the first block: the open cases follow after a blank line)
    let out = v.run("--format csv leader show L03").ok();
    let csv = csv_rows(out.split("\n\n").next().unwrap());
    assert_eq!(csv[0], ["field", "value"]);
    assert_eq!(csv[5], ["background", "respected"]);
    assert_eq!(csv[10], ["serving", "yes"]);
}

const ZH_ALLEYS: &str = "\
┌──────┬──────┬──────────┬────────┬────────────┬─────────────┬──────┬──────┐
│ 编号 ┆ 名称 ┆ 村民小组 ┆ 街巷长 ┆ 街巷长姓名 ┆ 电话        ┆ 户数 ┆ 备注 │
╞══════╪══════╪══════════╪════════╪════════════╪═════════════╪══════╪══════╡
│ A03  ┆ 井巷 ┆ 四组     ┆ L03    ┆ 陈建国     ┆ 13800000003 ┆    0 ┆      │
└──────┴──────┴──────────┴────────┴────────────┴─────────────┴──────┴──────┘
";

const ZH_LEADER: &str = "\
┌──────────┬────────────────┐
│ 项目     ┆ 内容           │
╞══════════╪════════════════╡
│ 编号     ┆ L03            │
│ 姓名     ┆ 陈建国         │
│ 电话     ┆ 13800000003    │
│ 街巷     ┆ A03 井巷       │
│ 身份     ┆ 德高望重的村民 │
│ 产生方式 ┆ 村“两委”选派   │
│ 任职起   ┆ 2026-01-01     │
│ 任职止   ┆                │
│ 备注     ┆                │
│ 在任     ┆ 是             │
└──────────┴────────────────┘

所管街巷未办结的案件
所管街巷暂无未办结的案件。
";

#[test]
fn patrols_in_chinese() {
    let v = zh();
    v.run("patrol --leader L01 --kind visit --household H0002 --at 2026-11-18")
        .stderr("已记录 L01 2026-11-18 对住户 H0002 的入户走访，编号 2026-11-0001\n")
        .success();
    v.run("patrol --leader L02 --kind inspection --at 2026-11-19")
        .stderr("已记录 L02 2026-11-19 在街巷 A02 的定点巡查，编号 2026-11-0002\n")
        .success();
    v.run("patrol --leader L01 --kind visit --at 2026-11-19")
        .stderr("错误：--household：入户走访须给出走访的住户\n")
        .status(2);
    v.run("patrol --leader L01 --kind inspection --at 2026-11-21")
        .stderr("错误：--at：2026-11-21 是将来的日期\n")
        .status(2);
    v.run("patrol --leader L01 --kind inspection --at 明天")
        .stderr("错误：--at：`明天` 不是日期或时间；时间请写成 2026-11-03T09:15 或 2026-11-03 09:15，日期请写成 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日，也可以写今天、昨天、前天（today、yesterday），后面可以跟时间，如“昨天 15:00”\n")
        .status(2);
    v.run("patrol edit 2026-11-0002 --at 2026-10-30")
        .stderr("错误：--at：2026-10-30 不在该记录所属的月份（2026-11）；记录不能在月度文件之间移动\n提示：请删除该记录（`lane patrol remove 编号`），再按实际日期重新登记\n")
        .status(2);
    v.run("patrol edit 2026-11-0002 --note 巷口积水")
        .stderr("已更正巡查记录 2026-11-0002\n")
        .success();
    v.run("patrol edit 2026-11-0002 --note 巷口积水")
        .stderr("巡查记录 2026-11-0002 已是如此，未作更改\n")
        .success();
    v.run("patrol remove 2026-11-0002")
        .stderr("已删除巡查记录 2026-11-0002（L02 2026-11-19 定点巡查）\n")
        .success();
    v.run("patrol list --month 11")
        .stderr("错误：--month：`11` 不是月份；请写成 YYYY-MM（如 2026-11），也可以写上月、本月（last、this）\n")
        .status(2);
    v.run("patrol list").stdout(ZH_PATROLS).success();
    let csv = csv_rows(v.run("--format csv patrol list").ok());
    assert_eq!(csv[0][4], "kind");
    assert_eq!(csv[1][4], "visit");
}

const ZH_PATROLS: &str = "\
┌──────────────┬────────────┬────────┬──────┬──────────┬───────┬──────┬──────┐
│ 编号         ┆ 日期       ┆ 街巷长 ┆ 街巷 ┆ 类型     ┆ 住户  ┆ 案件 ┆ 备注 │
╞══════════════╪════════════╪════════╪══════╪══════════╪═══════╪══════╪══════╡
│ 2026-11-0001 ┆ 2026-11-18 ┆ L01    ┆ A01  ┆ 入户走访 ┆ H0002 ┆      ┆      │
└──────────────┴────────────┴────────┴──────┴──────────┴───────┴──────┴──────┘
";

#[test]
fn imports_in_chinese() {
    let v = zh();
    let file = v.outside("人口.csv", "户主,街巷,人口\n孙丽,槐树巷,2\n周强,A02,3\n");
    v.run("household import")
        .arg(&file)
        .stderr("已导入2户\n")
        .success();
    let bad = v.outside("bad.csv", "户主,街巷,楼层\n孙丽,槐树巷,2\n");
    let shown = bad.display().to_string();
    v.run("household import")
        .arg(&bad)
        .stderr(format!("错误：{shown}:1：未知的列 `楼层`\n提示：各列应为 id/编号/户号/户编号, head/户主/户主姓名/姓名, alley/巷道/街巷/所属街巷/巷, address/地址/住址/门牌, members/人口/人数/家庭人口, phone/电话/手机/联系电话, tags/标签/类别, note/备注, registered/登记日期/登记时间（顺序不限）；未导入任何住户\n"))
        .status(2);
    let bad = v.outside(
        "dup.csv",
        "编号,户主,街巷\nH0001,孙丽,槐树巷\nH0009,周强,A02\nH0009,吴芳,A01\nH0010,钱军,井巷\n",
    );
    let shown = bad.display().to_string();
    v.run("household import")
        .arg(&bad)
        // Issue 14: the row of the registered H0001 is that household (it differs:
        // said when the import goes through), not an error.
        .stderr(format!("错误：{shown}:4：编号 `H0009` 重复（首次出现在第3行）\n错误：{shown}:5：列 `alley`：alleys.csv 中没有街巷 `井巷`\n提示：未导入任何住户（共2处问题）；请修正文件后重新导入\n"))
        .status(2);
    let empty = v.outside("empty.csv", "户主,街巷\n");
    v.run("household import")
        .arg(&empty)
        .stderr(format!("{} 没有数据行，未导入任何住户\n", empty.display()))
        .success();
}

#[test]
fn stars_in_chinese() {
    let v = zh();
    v.run("stars new 2026 --date 2026-11-01")
        .stdout("2026\n")
        .stderr("已开始2026-11-01的评星轮次 2026：stars/2026.csv 中有3户待评定\n")
        .success();
    v.run("stars new 2026")
        .stderr("错误：评星轮次 2026 已存在（stars/2026.csv）\n提示：请用 `lane stars rate --round 2026` 评定；每轮只开始一次\n")
        .status(1);
    v.run("stars rate H0001 --met all")
        .stderr("已评定 H0001 王秀英（评星轮次 2026）：5星（满5星）\n")
        .success();
    v.run("stars rate H0001 --met all")
        .stderr("H0001 王秀英 在评星轮次 2026 中已评为5星（满5星），无需修改\n")
        .success();
    v.run("stars rate H0002 --met cleen")
        .stderr("错误：--met：`cleen` 不是评星标准\n提示：是否指 `clean`？评星标准有：助人为乐（helpful）、诚信守法（honest）、勤劳致富（diligent）、环境整洁（clean）、家庭和睦（harmony）（或 all、none）\n")
        .status(2);
    v.run("stars rate H0002")
        .stderr("错误：缺少 --met\n提示：请用 --met 给出达到的评星标准（helpful,honest,diligent,clean,harmony；或 all、none）；只有在终端上且未加 --no-input 时，lane 才显示勾选清单\n")
        .status(2);
    v.run("stars award --date 2026-11-10")
        .stdout("┌───────┬────────┬──────┬────────────┐\n│ 住户  ┆ 户主   ┆ 街巷 ┆ 授牌日期   │\n╞═══════╪════════╪══════╪════════════╡\n│ H0001 ┆ 王秀英 ┆ A01  ┆ 2026-11-10 │\n└───────┴────────┴──────┴────────────┘\n")
        .stderr("警告：评星轮次 2026 还有2户未评定；评定后请再次授牌\n已于2026-11-10为评星轮次 2026 的1户五星级文明户授牌\n")
        .success();
    v.run("stars rate H0001 --met none")
        .stderr("错误：住户 H0001 已于2026-11-10获评星轮次 2026 的五星级文明户挂牌；评为0星与此矛盾\n提示：如需撤销授牌，请清空 stars/2026.csv 中该户的 `awarded` 单元格，再重新评定\n")
        .status(1);
    v.run("stars list --min 6")
        .stderr("错误：--min：6 超过了一户最多可得的5星\n")
        .status(2);
    v.run("stars history H0003")
        .stdout("┌──────────┬──────────┬──────────┬──────────┬──────────┬──────────┬──────┬──────────┬──────┐\n│ 评星轮次 ┆ 助人为乐 ┆ 诚信守法 ┆ 勤劳致富 ┆ 环境整洁 ┆ 家庭和睦 ┆ 星数 ┆ 授牌日期 ┆ 备注 │\n╞══════════╪══════════╪══════════╪══════════╪══════════╪══════════╪══════╪══════════╪══════╡\n│ 2026     ┆          ┆          ┆          ┆          ┆          ┆      ┆          ┆      │\n└──────────┴──────────┴──────────┴──────────┴──────────┴──────────┴──────┴──────────┴──────┘\n")
        .success();
    let report = v.run("stars report").ok();
    assert!(
        report.starts_with("五星级文明户评定情况（评星轮次 2026）\n\n各街巷住户星级分布\n"),
        "{report}"
    );
    assert!(
        report.contains("\n与上一轮相比的变化\n没有更早的评星轮次可供比较。\n"),
        "{report}"
    );
    // CSV keeps the keys of the criteria.
    let csv = csv_rows(v.run("--format csv stars list").ok());
    assert_eq!(
        csv[0][..5],
        ["household", "head", "alley", "helpful", "honest"]
    );
}

#[test]
fn init_local_migrate_reindex_and_the_merge_driver_in_chinese() {
    let tmp = tempfile::tempdir().unwrap();
    run_at(tmp.path(), "init v --no-git --lang zh-CN --name 南街村")
        .stderr("已为南街村创建数据文件夹 v\n还没有设置默认经办人：请用 `lane --data v local --by 姓名` 设置，或在每条命令后加 --by\n")
        .success();
    let v = zh();
    v.run("local")
        .stdout("站点代码  \"\"（村里自己的副本）\n经办人    （未设置）\n索引检查  files（逐一检查每个案件文件）\n")
        .success();
    v.run("local --station T --by L01")
        .stderr("已保存 local.toml\n")
        .success();
    v.run("migrate")
        .stderr("本数据文件夹已是格式 3，无需迁移\n")
        .success();
    let out = v.run("reindex").out();
    assert!(
        out.stderr.starts_with("已为0个案件文件重建索引，用时"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.ends_with("秒\n"), "{}", out.stderr);
    v.run("merge-driver")
        .stderr(
            "错误：请给出 BASE OURS THEIRS [PATH]（git 会以 %O %A %B %P 传入），或使用 --install\n",
        )
        .status(2);
    v.run("--format csv board")
        .stderr("错误：公示牌是告示，不是列表：只能输出为 table（纯文本）、md 或 html，不能输出为 csv\n提示：请用 --format table|md|html 选择格式；其数据可用 `lane alley list --format csv` 导出\n")
        .status(2);
    // LANE_LANG gives one command of an English folder in Chinese, and back.
    en().run("migrate")
        .env("LANE_LANG", "zh-CN")
        .stderr("本数据文件夹已是格式 3，无需迁移\n")
        .success();
    v.run("migrate")
        .env("LANE_LANG", "en")
        .stderr("this folder is format 3 already: nothing to migrate\n")
        .success();
}

/// `close --as duplicate --of N` where the short form N matches no case is a
/// refusal (exit 1, nothing written), worded by the command; a full ID of no
/// case likewise, with its own hint.
#[test]
fn a_duplicate_of_no_case_is_refused_in_both_languages() {
    for (v, short, full) in [
        (
            zh(),
            "错误：--of：没有案件 9999，不能作为原案\n提示：`lane list` 可列出各案件\n",
            "错误：--of：没有案件 NJ-2026-9999，不能作为原案\n提示：`lane list` 列出各案件；请给出跟踪该问题的那一件\n",
        ),
        (
            en(),
            "error: --of: there is no case 9999 to be a duplicate of\nhint: `lane list` shows the cases\n",
            "error: --of: there is no case NJ-2026-9999 to be a duplicate of\nhint: `lane list` shows the cases; give the one that tracks the problem\n",
        ),
    ] {
        v.run("open --title t --category sanitation --alley A01 --by L01 --at 2026-11-03T09:00")
            .ok();
        let before = v.snapshot();
        v.run("close 1 --as duplicate --of 9999 --by L01")
            .stderr(short)
            .status(1);
        v.run("close 1 --as duplicate --of NJ-2026-9999 --by L01")
            .stderr(full)
            .status(1);
        v.assert_unchanged(&before);
    }
}
