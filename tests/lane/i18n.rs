//! The interface in Chinese and in English: `lane init --lang zh-CN` writes a
//! Chinese lane.toml, and the board and the report of such a folder read in
//! Chinese (table and md) while CSV and JSON keep their English keys; the same
//! village made in English reads as it always has.

use crate::harness::{csv_rows, json, Village};

/// Two alleys, three households (the harness's seed) and four November cases:
/// a clean-up solved on the spot, a hazard resolved and visited, a dispute
/// escalated to the village party branch, a service case left open.
fn village(v: Village) -> Village {
    let mut v = v;
    v.seed();
    v.now = "2026-12-05T10:00".into();
    for line in [
        "open --title t --category sanitation --alley A01 --at 2026-11-03T09:00 --solved done",
        "open --title t --category hazard --household H0001 --at 2026-11-05T09:00",
        "resolve 2 --note n --at 2026-11-06T09:00",
        "visit 2 --result satisfied --at 2026-11-08T09:00",
        "open --title t --category dispute --household H0003 --at 2026-11-10T09:00",
        "escalate 3 --reason r --at 2026-11-11T09:00",
        "open --title t --category service --alley A02 --at 2026-11-12T09:00",
    ] {
        v.run(&format!("{line} --by L01")).ok();
    }
    v
}

#[test]
fn init_lang_zh_cn_writes_a_chinese_profile() {
    let v = Village::chinese();
    let toml = v.read("lane.toml");
    for line in [
        "name = \"南街村\"\n",
        "language = \"zh-CN\"\n",
        "headline = \"{period}，{village}街巷长{items}。\"\n",
        "households = \"服务群众{n}户\"\n",
        "separator = \"、\"\n",
        "last_separator = \"和\"\n",
        "month_format = \"%Y年%-m月\"\n",
        "key = \"alley\"\nname = \"街巷长\"\n",
        "key = \"village\"\nname = \"村党支部\"\n",
        "key = \"town\"\nname = \"镇党委\"\n",
        "key = \"sanitation\"\nname = \"环境卫生\"\nreturn_visit = false\nheadline = \"开展环境卫生整治{n}次\"\n",
        "key = \"hazard\"\nname = \"安全隐患\"\nreturn_visit = true\nheadline = \"排除安全隐患{n}处\"\n",
        "key = \"dispute\"\nname = \"矛盾纠纷\"\nreturn_visit = true\nheadline = \"调解矛盾纠纷{n}起\"\n",
        "key = \"service\"\nname = \"便民服务\"\n",
        "key = \"feedback\"\nname = \"社情民意\"\n",
        "key = \"helpful\"\nname = \"助人为乐\"\n",
        "key = \"honest\"\nname = \"诚信守法\"\n",
        "key = \"diligent\"\nname = \"勤劳致富\"\n",
        "key = \"clean\"\nname = \"环境整洁\"\n",
        "key = \"harmony\"\nname = \"家庭和睦\"\n",
        "    \"每天定点巡查街巷\",\n",
    ] {
        assert!(toml.contains(line), "lane.toml lacks {line:?}:\n{toml}");
    }
    // An English folder says so too, and a language lane does not speak is refused.
    assert!(Village::new()
        .read("lane.toml")
        .contains("language = \"en\"\n"));
    let bad = Village::new();
    let toml = bad
        .read("lane.toml")
        .replace("language = \"en\"", "language = \"fr\"");
    bad.write("lane.toml", toml);
    let err = bad.lane(&["board"]).stderr;
    assert!(err.contains("village.language: `fr`"), "{err}");
}

/// The board of a zh-CN folder, as text and as Markdown, every word Chinese.
#[test]
fn the_board_in_chinese() {
    let v = village(Village::chinese());
    assert_eq!(v.lane(&["board"]).ok(), ZH_BOARD_TXT);
    assert_eq!(v.lane(&["board", "--as", "md"]).ok(), ZH_BOARD_MD);
    let html = v.lane(&["board", "--as", "html"]);
    let html = html.ok();
    for part in [
        "<html lang=\"zh-CN\">",
        "<title>南街村街巷长公示牌</title>",
        "<p class=\"kicker\">挂牌公示</p>",
        "<th>编号</th><th>街巷</th><th>村民小组</th><th>街巷长</th><th>电话</th><th class=\"num\">户数</th>",
        "<td colspan=\"5\">合计：2条街巷</td>",
        "<h2>街巷长职责</h2>",
        "<footer>巷内有事，请找街巷长。</footer>",
    ] {
        assert!(html.contains(part), "{part}");
    }
}

/// The report of a zh-CN folder, as a terminal page and as Markdown.
#[test]
fn the_report_in_chinese() {
    let v = village(Village::chinese());
    assert_eq!(
        v.lane(&["report", "--month", "2026-11"]).ok(),
        ZH_REPORT_TXT
    );
    assert_eq!(
        v.lane(&["--format", "md", "report", "--month", "2026-11"])
            .ok(),
        ZH_REPORT_MD
    );
    // A year and a range of days are named in Chinese too.
    let year = v.lane(&["report", "--year", "2026"]);
    assert!(year.ok().starts_with(
        "南街村街巷长工作报告（2026年，2026-01-01至2026-12-31）\n\n注意：2026年还没有结束：只统计到 2026-12-05\n\n2026年，南街村街巷长开展环境卫生整治1次、"
    ));
    let range = v.lane(&["report", "--from", "2026-11-01", "--to", "2026-11-05"]);
    assert!(range.ok().starts_with(
        "南街村街巷长工作报告（2026-11-01至2026-11-05）\n\n2026-11-01至2026-11-05，南街村街巷长"
    ));
}

/// CSV and JSON are for machines: their keys are English snake_case in a zh-CN
/// folder too; only the names from the folder are Chinese.
#[test]
fn machine_formats_keep_english_keys_in_chinese() {
    let v = village(Village::chinese());
    let csv = csv_rows(
        v.lane(&["--format", "csv", "report", "--month", "2026-11"])
            .ok(),
    );
    assert_eq!(csv[0], ["scope", "key", "name", "metric", "value"]);
    assert_eq!(csv[1], ["village", "village", "南街村", "opened", "4"]);
    assert!(csv.iter().any(|r| r
        == &[
            "category",
            "hazard",
            "安全隐患",
            "satisfaction_rate",
            "100.0"
        ]));
    let j = json(
        v.lane(&["--format", "json", "report", "--month", "2026-11"])
            .ok(),
    );
    assert_eq!(j["village"]["name"], "南街村");
    assert_eq!(j["village"]["metrics"]["on_time_rate"], 100.0);
    assert_eq!(j["village"]["metrics"]["households_served"], 2);
    assert_eq!(j["levels"][1]["key"], "village");
    assert_eq!(j["levels"][1]["name"], "村党支部");
    assert_eq!(j["period"]["label"], "2026年11月");
}

/// The same village made in English reads as lane always has; `LANE_LANG`
/// switches one command of either folder.
#[test]
fn the_same_village_in_english_and_lane_lang() {
    let v = village(Village::new());
    assert_eq!(
        v.lane(&["--format", "md", "report", "--month", "2026-11"])
            .ok(),
        EN_REPORT_MD
    );
    assert_eq!(v.lane(&["board", "--as", "md"]).ok(), EN_BOARD_MD);
    // LANE_LANG=zh-CN gives the Chinese interface over the English names.
    let zh = v.lane_env(&["board", "--as", "md"], &[("LANE_LANG", "zh-CN")]);
    assert!(zh
        .ok()
        .starts_with("# Nanjie Village街巷长公示牌\n\n挂牌公示 · 截至2026-12-05\n"));
    let zh = village(Village::chinese());
    let en = zh.lane_env(&["board"], &[("LANE_LANG", "en")]);
    assert!(en
        .ok()
        .starts_with("Lane leaders of 南街村\nPublic notice · 挂牌公示\n"));
    assert!(en
        .ok()
        .ends_with("\nAny problem in your alley? Call its lane leader.\n"));
}

const ZH_BOARD_TXT: &str = r##"南街村街巷长公示牌
挂牌公示
截至2026-12-05

┌──────┬────────┬──────────┬────────┬─────────────┬──────┐
│ 编号 ┆ 街巷   ┆ 村民小组 ┆ 街巷长 ┆ 电话        ┆ 户数 │
╞══════╪════════╪══════════╪════════╪═════════════╪══════╡
│ A01  ┆ 槐树巷 ┆ 一组     ┆ 张桂兰 ┆ 13800000001 ┆    2 │
│ A02  ┆ 油坊巷 ┆ 二组     ┆ 李德明 ┆ 13800000002 ┆    1 │
└──────┴────────┴──────────┴────────┴─────────────┴──────┘
共2条街巷，3户。

街巷长职责
  1. 每天定点巡查街巷
  2. 走访巷内每一户群众
  3. 向村里反映社情民意和群众诉求
  4. 保持街巷整洁，及早发现安全隐患
  5. 调解邻里矛盾纠纷
  6. 为有需要的群众提供便民服务
  7. 按巡查、反馈、协调、处置、回访“五步法”跟进每一件事

巷内有事，请找街巷长。
"##;

const ZH_BOARD_MD: &str = r##"# 南街村街巷长公示牌

挂牌公示 · 截至2026-12-05

| 编号 | 街巷 | 村民小组 | 街巷长 | 电话 | 户数 |
|---|---|---|---|---|---:|
| A01 | 槐树巷 | 一组 | 张桂兰 | 13800000001 | 2 |
| A02 | 油坊巷 | 二组 | 李德明 | 13800000002 | 1 |

共2条街巷，3户。

## 街巷长职责

1. 每天定点巡查街巷
2. 走访巷内每一户群众
3. 向村里反映社情民意和群众诉求
4. 保持街巷整洁，及早发现安全隐患
5. 调解邻里矛盾纠纷
6. 为有需要的群众提供便民服务
7. 按巡查、反馈、协调、处置、回访“五步法”跟进每一件事

巷内有事，请找街巷长。
"##;

const ZH_REPORT_TXT: &str = r##"南街村街巷长工作报告（2026年11月，2026-11-01至2026-11-30）

2026年11月，南街村街巷长开展环境卫生整治1次、排除安全隐患1处、调解矛盾纠纷0起和服务群众2户。

全村
┌──────────────┬────────┐
│ 指标         ┆   数值 │
╞══════════════╪════════╡
│ 新增案件     ┆      4 │
│ 当场解决     ┆      1 │
│ 已办结       ┆      2 │
│ 已关闭       ┆      2 │
│ 上报         ┆      1 │
│ 超期         ┆      2 │
│ 期末未办结   ┆      2 │
│ 按时办结率   ┆ 100.0% │
│ 办结率       ┆  50.0% │
│ 满意率       ┆ 100.0% │
│ 巡查         ┆      0 │
│ 入户走访     ┆      0 │
│ 社情民意反馈 ┆      0 │
│ 服务户数     ┆      2 │
└──────────────┴────────┘

各街巷
┌──────┬────────┬────────┬──────────┬──────────┬────────┬────────┬──────┬──────┬────────────┬────────────┬────────┬────────┬──────┬──────────┬──────────────┬──────────┐
│ 编号 ┆ 名称   ┆ 街巷长 ┆ 新增案件 ┆ 当场解决 ┆ 已办结 ┆ 已关闭 ┆ 上报 ┆ 超期 ┆ 期末未办结 ┆ 按时办结率 ┆ 办结率 ┆ 满意率 ┆ 巡查 ┆ 入户走访 ┆ 社情民意反馈 ┆ 服务户数 │
╞══════╪════════╪════════╪══════════╪══════════╪════════╪════════╪══════╪══════╪════════════╪════════════╪════════╪════════╪══════╪══════════╪══════════════╪══════════╡
│ A01  ┆ 槐树巷 ┆ 张桂兰 ┆        2 ┆        1 ┆      2 ┆      2 ┆    0 ┆    0 ┆          0 ┆     100.0% ┆ 100.0% ┆ 100.0% ┆    0 ┆        0 ┆            0 ┆        1 │
│ A02  ┆ 油坊巷 ┆ 李德明 ┆        2 ┆        0 ┆      0 ┆      0 ┆    1 ┆    2 ┆          2 ┆          - ┆   0.0% ┆      - ┆    0 ┆        0 ┆            0 ┆        1 │
└──────┴────────┴────────┴──────────┴──────────┴────────┴────────┴──────┴──────┴────────────┴────────────┴────────┴────────┴──────┴──────────┴──────────────┴──────────┘

各类别
┌──────────┬──────────┬──────────┬────────┬────────┬──────┬──────┬────────────┬────────────┬────────┬────────┬──────────┐
│ 类别     ┆ 新增案件 ┆ 当场解决 ┆ 已办结 ┆ 已关闭 ┆ 上报 ┆ 超期 ┆ 期末未办结 ┆ 按时办结率 ┆ 办结率 ┆ 满意率 ┆ 服务户数 │
╞══════════╪══════════╪══════════╪════════╪════════╪══════╪══════╪════════════╪════════════╪════════╪════════╪══════════╡
│ 环境卫生 ┆        1 ┆        1 ┆      1 ┆      1 ┆    0 ┆    0 ┆          0 ┆     100.0% ┆ 100.0% ┆      - ┆        0 │
│ 安全隐患 ┆        1 ┆        0 ┆      1 ┆      1 ┆    0 ┆    0 ┆          0 ┆     100.0% ┆ 100.0% ┆ 100.0% ┆        1 │
│ 矛盾纠纷 ┆        1 ┆        0 ┆      0 ┆      0 ┆    1 ┆    1 ┆          1 ┆          - ┆   0.0% ┆      - ┆        1 │
│ 便民服务 ┆        1 ┆        0 ┆      0 ┆      0 ┆    0 ┆    1 ┆          1 ┆          - ┆   0.0% ┆      - ┆        0 │
│ 社情民意 ┆        0 ┆        0 ┆      0 ┆      0 ┆    0 ┆    0 ┆          0 ┆          - ┆      - ┆      - ┆        0 │
└──────────┴──────────┴──────────┴────────┴────────┴──────┴──────┴────────────┴────────────┴────────┴────────┴──────────┘

各层级
┌──────────┬──────────┬──────────┬────────┬────────┬──────┬──────┬────────────┬────────────┬────────┬────────┬──────────┐
│ 层级     ┆ 新增案件 ┆ 当场解决 ┆ 已办结 ┆ 已关闭 ┆ 上报 ┆ 超期 ┆ 期末未办结 ┆ 按时办结率 ┆ 办结率 ┆ 满意率 ┆ 服务户数 │
╞══════════╪══════════╪══════════╪════════╪════════╪══════╪══════╪════════════╪════════════╪════════╪════════╪══════════╡
│ 街巷长   ┆        3 ┆        1 ┆      2 ┆      2 ┆    0 ┆    1 ┆          1 ┆     100.0% ┆  66.7% ┆ 100.0% ┆        1 │
│ 村党支部 ┆        1 ┆        0 ┆      0 ┆      0 ┆    1 ┆    1 ┆          1 ┆          - ┆   0.0% ┆      - ┆        1 │
│ 镇党委   ┆        0 ┆        0 ┆      0 ┆      0 ┆    0 ┆    0 ┆          0 ┆          - ┆      - ┆      - ┆        0 │
└──────────┴──────────┴──────────┴────────┴────────┴──────┴──────┴────────────┴────────────┴────────┴────────┴──────────┘

最后一人：1户本期既无走访也无案件
┌──────┬────────┬──────┬─────────────────┐
│ 编号 ┆ 名称   ┆ 户数 ┆ 住户            │
╞══════╪════════╪══════╪═════════════════╡
│ A01  ┆ 槐树巷 ┆    1 ┆ 赵国强（H0002） │
└──────┴────────┴──────┴─────────────────┘
"##;

const ZH_REPORT_MD: &str = r##"# 南街村街巷长工作报告（2026年11月，2026-11-01至2026-11-30）

2026年11月，南街村街巷长开展环境卫生整治1次、排除安全隐患1处、调解矛盾纠纷0起和服务群众2户。

## 全村

| 指标 | 数值 |
|---|---:|
| 新增案件 | 4 |
| 当场解决 | 1 |
| 已办结 | 2 |
| 已关闭 | 2 |
| 上报 | 1 |
| 超期 | 2 |
| 期末未办结 | 2 |
| 按时办结率 | 100.0% |
| 办结率 | 50.0% |
| 满意率 | 100.0% |
| 巡查 | 0 |
| 入户走访 | 0 |
| 社情民意反馈 | 0 |
| 服务户数 | 2 |

## 各街巷

| 编号 | 名称 | 街巷长 | 新增案件 | 当场解决 | 已办结 | 已关闭 | 上报 | 超期 | 期末未办结 | 按时办结率 | 办结率 | 满意率 | 巡查 | 入户走访 | 社情民意反馈 | 服务户数 |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| A01 | 槐树巷 | 张桂兰 | 2 | 1 | 2 | 2 | 0 | 0 | 0 | 100.0% | 100.0% | 100.0% | 0 | 0 | 0 | 1 |
| A02 | 油坊巷 | 李德明 | 2 | 0 | 0 | 0 | 1 | 2 | 2 | - | 0.0% | - | 0 | 0 | 0 | 1 |

## 各类别

| 类别 | 新增案件 | 当场解决 | 已办结 | 已关闭 | 上报 | 超期 | 期末未办结 | 按时办结率 | 办结率 | 满意率 | 服务户数 |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| 环境卫生 | 1 | 1 | 1 | 1 | 0 | 0 | 0 | 100.0% | 100.0% | - | 0 |
| 安全隐患 | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 100.0% | 100.0% | 100.0% | 1 |
| 矛盾纠纷 | 1 | 0 | 0 | 0 | 1 | 1 | 1 | - | 0.0% | - | 1 |
| 便民服务 | 1 | 0 | 0 | 0 | 0 | 1 | 1 | - | 0.0% | - | 0 |
| 社情民意 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | - | - | - | 0 |

## 各层级

| 层级 | 新增案件 | 当场解决 | 已办结 | 已关闭 | 上报 | 超期 | 期末未办结 | 按时办结率 | 办结率 | 满意率 | 服务户数 |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| 街巷长 | 3 | 1 | 2 | 2 | 0 | 1 | 1 | 100.0% | 66.7% | 100.0% | 1 |
| 村党支部 | 1 | 0 | 0 | 0 | 1 | 1 | 1 | - | 0.0% | - | 1 |
| 镇党委 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | - | - | - | 0 |

## 最后一人

本期有1户既无走访也无案件。

- **A01 槐树巷**（1户）：赵国强（H0002）

---

注：比率均为百分比。按时办结率：本期办结的案件中，每次处置均在当时办理时限内完成的比例；办结率：本期新增的案件中，期末前已办结或已关闭的比例；满意率：本期回访中，满意或基本满意的比例；服务户数：本期有案件登记或入户走访的不同户数。
"##;

const EN_REPORT_MD: &str = r##"# Nanjie Village: lane-leader report, November 2026 (2026-11-01 to 2026-11-30)

In November 2026 the lane leaders of Nanjie Village made 1 sanitation clean-up, eliminated 1 hidden danger, mediated 0 disputes and served 2 households.

## Village

| metric | value |
|---|---:|
| opened | 4 |
| solved\_on\_spot | 1 |
| resolved | 2 |
| closed | 2 |
| escalated | 1 |
| overdue | 2 |
| open\_at\_end | 2 |
| on\_time\_rate | 100.0 |
| resolution\_rate | 50.0 |
| satisfaction\_rate | 100.0 |
| inspections | 0 |
| visits | 0 |
| feedbacks | 0 |
| households\_served | 2 |

## By alley

| alley | name | leader | opened | on\_spot | resolved | closed | escal | overdue | open | on\_time% | resolved% | satisfied% | insp | visits | feedb | served |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| A01 | 槐树巷 | 张桂兰 | 2 | 1 | 2 | 2 | 0 | 0 | 0 | 100.0 | 100.0 | 100.0 | 0 | 0 | 0 | 1 |
| A02 | 油坊巷 | 李德明 | 2 | 0 | 0 | 0 | 1 | 2 | 2 | - | 0.0 | - | 0 | 0 | 0 | 1 |

## By category

| category | name | opened | on\_spot | resolved | closed | escal | overdue | open | on\_time% | resolved% | satisfied% | served |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| sanitation | environmental sanitation | 1 | 1 | 1 | 1 | 0 | 0 | 0 | 100.0 | 100.0 | - | 0 |
| hazard | hidden safety hazard | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 100.0 | 100.0 | 100.0 | 1 |
| dispute | dispute mediation | 1 | 0 | 0 | 0 | 1 | 1 | 1 | - | 0.0 | - | 1 |
| service | convenience service | 1 | 0 | 0 | 0 | 0 | 1 | 1 | - | 0.0 | - | 0 |
| feedback | social-conditions feedback | 0 | 0 | 0 | 0 | 0 | 0 | 0 | - | - | - | 0 |

## By level

| level | name | opened | on\_spot | resolved | closed | escal | overdue | open | on\_time% | resolved% | satisfied% | served |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| alley | lane leader | 3 | 1 | 2 | 2 | 0 | 1 | 1 | 100.0 | 66.7 | 100.0 | 1 |
| village | village party branch | 1 | 0 | 0 | 0 | 1 | 1 | 1 | - | 0.0 | - | 1 |
| town | town party committee | 0 | 0 | 0 | 0 | 0 | 0 | 0 | - | - | - | 0 |

## The last person

1 household with no visit and no case in the period.

- **A01 槐树巷** (1): 赵国强 (H0002)

---

Columns: on_spot = solved_on_spot, escal = escalated, open = open_at_end, on_time% = on_time_rate, resolved% = resolution_rate, satisfied% = satisfaction_rate, insp = inspections, feedb = feedbacks, served = households_served. Rates are percentages. on_time_rate: of the cases resolved in the period, the share whose every disposal met the deadline in force when it was made; resolution_rate: of the cases opened in the period, the share resolved or closed by its end; satisfaction_rate: of the return visits in the period, the share satisfied or basic; households_served: distinct households with a case opened or a visit in the period.
"##;

const EN_BOARD_MD: &str = r##"# Lane leaders of Nanjie Village

Public notice · 挂牌公示 · as of 2026-12-05

| Alley | Name | Villager group | Lane leader | Phone | Households |
|---|---|---|---|---|---:|
| A01 | 槐树巷 | 一组 | 张桂兰 | 13800000001 | 2 |
| A02 | 油坊巷 | 二组 | 李德明 | 13800000002 | 1 |

2 alleys, 3 households.

## Duties of a lane leader

1. Patrol the alley every day at fixed points
2. Visit every household of the alley
3. Report social conditions and residents' concerns to the village
4. Keep the alley clean and find hidden safety hazards early
5. Mediate disputes between neighbours
6. Offer convenience services to households in need
7. Follow every case through inspection, feedback, coordination, disposal and return visit

Any problem in your alley? Call its lane leader.
"##;

/// A report that leaves a case file out says so in Chinese after its title (the
/// reason itself is still English, like every message of lane so far).
#[test]
fn an_incomplete_report_says_so_in_chinese() {
    let v = village(Village::chinese());
    v.write(
        "tickets/2026/NJ-2026-0009.toml",
        "id = \"NJ-2026-0009\"\ntitle = \n",
    );
    let out = v.lane(&["report", "--month", "2026-11"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with(
            "南街村街巷长工作报告（2026年11月，2026-11-01至2026-11-30）\n\n警告：报告不完整：1个案件文件无法读取，未计入本报告（tickets/2026/NJ-2026-0009.toml）；`lane check` 可列出这些文件\n"
        ),
        "{}",
        out.stdout
    );
    let md = v.lane(&["--format", "md", "report", "--month", "2026-11"]);
    assert!(
        md.stdout
            .contains("\n> **警告：报告不完整。**1个案件文件无法读取，未计入本报告（tickets/2026/NJ-2026-0009.toml）；\\`lane check\\` 可列出这些文件\n"),
        "{}",
        md.stdout
    );
}
