//! `lane ledger`: the case register of a period, a case's file, a leader's patrol
//! ledger and the blank patrol slip, in Markdown and as one A4 page; hostile names
//! are text in every page, and a listing format is refused.

use crate::harness::{csv_rows, seeded_en, seeded_zh, Village};
use crate::html::{hostile, self_contained};

/// The case IDs of the rows of a Markdown or HTML ledger, in order.
fn ids(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in page.match_indices("NJ-20") {
        let before = &page[..i];
        if before.ends_with("| ") && before[..before.len() - 2].ends_with('\n')
            || before.ends_with("<tr><td class=\"code\">")
        {
            out.push(page[i..i + 12].to_string());
        }
    }
    out
}

#[test]
fn the_register_has_a_row_for_each_case_opened_in_the_month() {
    let v = Village::sample();
    let listed = csv_rows(
        v.run("list --format csv --since 2026-10-01 --until 2026-10-31")
            .ok(),
    );
    let want: Vec<String> = listed[1..].iter().map(|r| r[0].clone()).collect();
    assert!(want.len() > 20);
    let md = v.run("ledger cases --month 2026-10").ok();
    assert_eq!(ids(&md), want);
    assert!(md.starts_with(&format!(
        "# Case register\n\nNanjie Village · October 2026 (2026-10-01 to 2026-10-31) · {} cases\n\n\
         | id | title | alley | household | category | opened | fed back | escalated to | resolved | return visit | closed | status |\n",
        want.len()
    )), "{md}");
    // The terminal gets the same Markdown; html the same rows on one page.
    assert_eq!(v.run("ledger cases --month 2026-10 --format md").ok(), md);
    let page = v.run("ledger cases --month 2026-10 --format html").ok();
    self_contained(&page);
    assert_eq!(ids(&page), want);
    assert!(page.contains("<span>Prepared by:</span><span>Checked by:</span><span>Date:</span>"));
    // A year holds every month's cases.
    let year = v.run("ledger cases --year 2026").ok();
    assert!(ids(&year).len() > want.len());
    assert!(ids(&year).iter().all(|id| id.starts_with("NJ-2026")));
}

#[test]
fn a_register_row_carries_the_dates_of_the_steps() {
    let v = seeded_en();
    v.case(1, "A01", Some("H0001"));
    v.case(2, "A02", None);
    for line in [
        "note 1 'called the owner' --by L01 --at 2026-11-04T10:00",
        "escalate 1 --to village --reason 'needs a truck' --by L01 --at 2026-11-05T10:00",
        // sanitation needs no return visit: the resolve closes it
        "resolve 1 --note cleared --by L01 --at 2026-11-07T10:00",
    ] {
        v.run(line).ok();
    }
    let md = v.run("ledger cases --month 2026-11").ok();
    assert!(md.contains(
        "| NJ-2026-0001 | 巷口垃圾堆放 | A01 | H0001 王秀英 | environmental sanitation | 2026-11-03 | 2026-11-04 | 2026-11-05 village party branch | 2026-11-07 |  | 2026-11-07 | closed |\n\
         | NJ-2026-0002 | 巷口垃圾堆放 | A02 |  | environmental sanitation | 2026-11-03 |  |  |  |  |  | open |\n"
    ), "{md}");
    // Another month has none of them.
    assert!(v
        .run("ledger cases --month 2026-10")
        .ok()
        .contains("\nNo case was opened in the period.\n"));
}

#[test]
fn the_case_file_has_the_whole_timeline_and_lines_to_sign() {
    let v = seeded_zh();
    v.case(1, "A01", Some("H0001"));
    v.run("note 1 已联系户主 --by L01 --at 2026-11-04T10:00")
        .ok();
    v.run("resolve 1 --note 已清理 --by L01 --at 2026-11-05T10:00")
        .ok();
    let md = v.run("ledger case 1").ok();
    assert!(
        md.starts_with("# 一事一档：NJ-2026-0001\n\n南街村 · 巷口垃圾堆放\n\n## 基本情况\n"),
        "{md}"
    );
    assert!(md.contains("| 住户 | H0001 王秀英 |"));
    assert!(md.contains("## 办理经过\n"));
    // open, note, resolve and the close a sanitation case takes with its resolve
    assert_eq!(md.matches("\n| 2026-11-0").count(), 4, "{md}");
    assert!(md.contains("已联系户主") && md.contains("已清理"));
    assert!(md.contains("## 附件（照片）\n\n暂无。\n"));
    assert!(md.contains("经办人：\\_\\_\\_\\_\\_\\_\\_\\_　　制表人：\\_\\_\\_\\_\\_\\_\\_\\_　　审核人：\\_\\_\\_\\_\\_\\_\\_\\_　　日期："));
    let page = v.run("ledger case NJ-2026-0001 --format html").ok();
    self_contained(&page);
    assert!(page.contains(
        "<span>经办人：</span><span>制表人：</span><span>审核人：</span><span>日期：</span>"
    ));
    assert_eq!(page.matches("<tr><td>2026-11-0").count(), 4);
    v.run("ledger case 9").out().fails(
        2,
        "错误：没有与 `9` 相符的案件\n提示：`lane list` 可列出各案件\n",
    );
}

fn patrol(v: &Village, leader: &str, household: &str, at: &str) {
    v.run(&format!(
        "patrol --leader {leader} --kind visit --household {household} --at {at}"
    ))
    .ok();
}

#[test]
fn a_leaders_patrol_ledger_has_their_rows_of_the_month() {
    let v = seeded_zh();
    patrol(&v, "L01", "H0001", "2026-11-02");
    patrol(&v, "L01", "H0002", "2026-11-12");
    patrol(&v, "L02", "H0003", "2026-11-03");
    patrol(&v, "L01", "H0002", "2026-10-30");
    let md = v.run("ledger patrols --leader 张桂兰 --month 2026-11").ok();
    assert_eq!(
        md,
        "# 张桂兰巡查台账\n\n南街村 · A01 槐树巷 · 2026年11月 · 共2条\n\n\
         | 日期 | 街巷 | 类型 | 住户 | 案件 | 备注 |\n|---|---|---|---|---|---|\n\
         | 2026-11-02 | A01 | 入户走访 | H0001 王秀英 |  |  |\n\
         | 2026-11-12 | A01 | 入户走访 | H0002 赵国强 |  |  |\n\n\
         巷长签字：\\_\\_\\_\\_\\_\\_\\_\\_　　制表人：\\_\\_\\_\\_\\_\\_\\_\\_　　审核人：\\_\\_\\_\\_\\_\\_\\_\\_　　日期：\\_\\_\\_\\_\\_\\_\\_\\_\n"
    );
    // This month by default (the village's clock is 2026-11-20).
    assert_eq!(v.run("ledger patrols --leader L01").ok(), md);
    // --month takes the words every --month takes (it refused them, printing a
    // bare message id).
    for month in ["this", "本月", "2026/11", "2026年11月"] {
        let out = format!("ledger patrols --leader L01 --month {month}");
        assert_eq!(v.run(&out).ok(), md, "{month}");
    }
    let last = v.run("ledger patrols --leader L01 --month last").ok();
    assert!(last.contains("2026年10月 · 共1条"), "{last}");
    assert_eq!(v.run("ledger patrols --leader L01 --month 上月").ok(), last);
    let bad = v.run("ledger patrols --leader L01 --month 2026-13").out();
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(!bad.stderr.contains("cmd-month-bad"), "{}", bad.stderr);
    assert!(bad.stderr.contains("2026-13"), "{}", bad.stderr);
    let page = v.run("ledger patrols --leader L01 --format html").ok();
    self_contained(&page);
    assert!(page.contains("<span>巷长签字：</span>"));
}

#[test]
fn the_slip_lists_the_alleys_households_longest_unvisited_first() {
    let v = seeded_zh();
    v.run("household add --head 孙立 --alley A01 --address 一组3号")
        .ok();
    patrol(&v, "L01", "H0001", "2026-11-10");
    patrol(&v, "L01", "H0002", "2026-10-01");
    patrol(&v, "L01", "H0001", "2026-09-01");
    let md = v.run("ledger slip --leader L01").ok();
    assert_eq!(
        md,
        "# 张桂兰巡查记录单\n\n南街村 · A01 槐树巷 · 2026-11-20打印；最久未走访的排在前面\n\n\
         | 住户 | 户主 | 地址 | 上次走访 | 勾选 | 备注 |\n|---|---|---|---|---|---|\n\
         | H0004 | 孙立 | 一组3号 | 从未走访 | □ 已走访  □ 有问题 |  |\n\
         | H0002 | 赵国强 | 一组2号 | 2026-10-01 | □ 已走访  □ 有问题 |  |\n\
         | H0001 | 王秀英 | 一组1号 | 2026-11-10 | □ 已走访  □ 有问题 |  |\n\n\
         巷长签字：\\_\\_\\_\\_\\_\\_\\_\\_　　制表人：\\_\\_\\_\\_\\_\\_\\_\\_　　审核人：\\_\\_\\_\\_\\_\\_\\_\\_　　日期：\\_\\_\\_\\_\\_\\_\\_\\_\n\n\
         填好后交村文书录入：lane patrol --leader L01 --kind visit --household 户号 --at 日期（有问题的加 --note 写明）。\n"
    );
    let page = v.run("ledger slip --leader L01 --format html").ok();
    self_contained(&page);
    assert!(page.contains("<div class=\"slip\">"));
    let order: Vec<usize> = ["H0004", "H0002", "H0001"]
        .iter()
        .map(|h| {
            page.find(&format!("<tr><td class=\"code\">{h}</td>"))
                .unwrap()
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    assert!(!page.contains("H0003"), "another alley's household");
    // English words on an English slip.
    let v = seeded_en();
    let md = v.run("ledger slip --leader L02").ok();
    assert!(md.contains("| H0003 | 刘玉兰 | 二组1号 | never | □ visited  □ problem |  |\n"));
    assert!(md.contains("Lane leader:\\_\\_\\_\\_\\_\\_\\_\\_　　Prepared by:"));
}

#[test]
fn a_listing_format_is_refused_and_nothing_changes() {
    let v = seeded_en();
    let before = v.snapshot();
    for f in ["csv", "json"] {
        v.run(&format!("ledger slip --leader L01 --format {f}")).out().fails(
            2,
            &format!(
                "error: a ledger is a document to print: it prints as md or html, not {f}\n\
                 hint: choose with --format md|html; `lane list --format csv` gives the cases' data\n"
            ),
        );
    }
    v.assert_unchanged(&before);
}

#[test]
fn hostile_names_are_text_in_every_ledger() {
    let v = hostile();
    v.case(1, "A01", Some("H0001"));
    patrol(&v, "L01", "H0001", "2026-11-10");
    for line in [
        "ledger cases --month 2026-11 --format html",
        "ledger case 1 --format html",
        "ledger patrols --leader L01 --format html",
        "ledger slip --leader L01 --format html",
    ] {
        let page = v.run(line).ok();
        self_contained(&page);
        assert!(
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"),
            "{line}"
        );
    }
    let md = v.run("ledger slip --leader L01").ok();
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
}

/// A register of a period not begun or not over says so on stderr, as `lane
/// report` does (the village's clock is 2026-11-20); a past month says nothing.
#[test]
fn a_register_of_a_future_or_unfinished_period_says_so() {
    let v = seeded_zh();
    let out = v.run("ledger cases --month 2027-01").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "警告：2027年1月还没有开始，暂无数据可统计\n");
    let out = v.run("ledger cases --month this --format html").out();
    assert!(
        out.stderr.starts_with("警告：2026年11月还没有结束"),
        "{}",
        out.stderr
    );
    let out = v.run("ledger cases --year 2027").out();
    assert!(out.stderr.contains("2027年还没有开始"), "{}", out.stderr);
    assert_eq!(v.run("ledger cases --month 2026-10").out().stderr, "");
}
