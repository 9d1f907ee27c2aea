//! `--format html`: the printed report of the village and of the town (rates,
//! trend, bars, tables, cases, signatures), every listing as one page, the board
//! chosen with `--format`, and hostile names escaped in every page.

use crate::harness::town::world;
use crate::harness::{json, seeded_en, seeded_zh, Village};

/// `(data-key or data-metric, data-value)` of every element of `class` in `page`.
pub fn data_values(page: &str, class: &str, key: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let open = format!("class=\"{class}\" {key}=\"");
    let mut rest = page;
    while let Some(i) = rest.find(&open) {
        rest = &rest[i + open.len()..];
        let k = &rest[..rest.find('"').unwrap()];
        let v = rest.find("data-value=\"").unwrap() + 12;
        let value = &rest[v..v + rest[v..].find('"').unwrap()];
        out.push((k.to_string(), value.to_string()));
    }
    out
}

/// What no printed page may contain: it loads nothing and runs nothing.
pub fn self_contained(page: &str) {
    for outside in ["http", "<link", "<script", "@import", "url(", "src="] {
        assert!(!page.contains(outside), "the page has {outside}");
    }
    assert!(page.starts_with("<!DOCTYPE html>\n"));
    assert_eq!(page.matches("</html>").count(), 1, "one page");
    assert!(page.contains("@page { size: A4;"));
}

fn rate(v: &serde_json::Value) -> String {
    v.as_f64().map_or(String::new(), |f| format!("{f:.1}"))
}

#[test]
fn the_printed_report_carries_the_numbers_of_the_json() {
    let v = Village::sample();
    let page = v.run("report --format html --month 2026-10").ok();
    let j = json(v.run("report --format json --month 2026-10").ok());
    self_contained(&page);
    assert!(page.contains(&format!(
        "<p class=\"lead\">{}</p>",
        j["headline"].as_str().unwrap()
    )));
    let m = &j["village"]["metrics"];
    assert_eq!(
        data_values(&page, "rate", "data-metric"),
        ["on_time_rate", "resolution_rate", "satisfaction_rate"]
            .map(|k| (k.to_string(), rate(&m[k])))
    );
    // The bars are the cases opened per alley, in the json's order.
    let want: Vec<(String, String)> = j["alleys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let n = a["metrics"]["opened"].as_u64().unwrap();
            (a["key"].as_str().unwrap().to_string(), n.to_string())
        })
        .collect();
    assert!(want.len() > 3);
    assert_eq!(data_values(&page, "bar", "data-key"), want);
    // The trend: 12 months up to the period's, each point a month's rate; October
    // is the month's own rate.
    for (key, _) in ["on_time_rate", "resolution_rate", "satisfaction_rate"].map(|k| (k, ())) {
        let g = page
            .find(&format!("<g class=\"series\" data-key=\"{key}\">"))
            .unwrap();
        let series = &page[g..g + page[g..].find("</g>").unwrap()];
        assert!(series.contains(&format!(
            "data-month=\"2026-10\" data-value=\"{}\"",
            rate(&m[key])
        )));
        assert!(!series.contains("data-month=\"2026-11\""));
    }
    assert!(page.contains(">2025-11</text>") && !page.contains(">2025-10</text>"));
    for heading in [
        "Village",
        "By alley",
        "The last person",
        "Overdue and town-level cases (now)",
    ] {
        assert!(page.contains(&format!("<h2>{heading}")), "{heading}");
    }
    assert!(page.contains("<thead>") && page.contains("tr { break-inside: avoid;"));
    assert!(page.contains(
        "<div class=\"signatures\"><span>Prepared by:</span><span>Checked by:</span><span>Date:</span></div>"
    ));
}

#[test]
fn the_overdue_and_town_level_cases_are_listed() {
    let v = seeded_en();
    v.case(1, "A01", Some("H0001"));
    v.case(2, "A02", None);
    v.run("escalate 2 --to town --reason pipes --by L02 --at 2026-11-10T09:00")
        .ok();
    let page = v.run("report --format html --month 2026-11").ok();
    let at = page
        .find("<h2>Overdue and town-level cases (now)</h2>")
        .unwrap();
    let list = &page[at..page[at..].find("</table>").unwrap() + at];
    // By deadline: the first case is days overdue, the second is at the town.
    let ids: Vec<&str> = list
        .match_indices("<tr><td class=\"code\">NJ-2026-")
        .map(|(i, _)| &list[i + 21..i + 33])
        .collect();
    assert_eq!(ids, ["NJ-2026-0001", "NJ-2026-0002"]);
    assert!(list.contains("<tr><td class=\"code\">NJ-2026-0001</td><td>lane leader</td><td class=\"code\">A01</td><td>巷口垃圾堆放</td><td>2026-11-03 09:15</td>"));
    assert!(list.contains("<tr><td class=\"code\">NJ-2026-0002</td><td>town party committee</td><td class=\"code\">A02</td>"));
}

#[test]
fn the_chinese_report_is_signed_in_chinese() {
    let v = seeded_zh();
    v.case(1, "A01", Some("H0001"));
    let page = v.run("report --format html --month 2026-11").ok();
    self_contained(&page);
    assert!(page.contains("<html lang=\"zh-CN\">"));
    assert!(page.contains("font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"SimSun\", sans-serif;"));
    assert!(page.contains("<span>制表人：</span><span>审核人：</span><span>日期：</span>"));
    assert!(page.contains("按时办结率</div>") && page.contains("<h2>最后一人</h2>"));
    assert!(page.contains("<figcaption>本期各街巷新增案件数</figcaption>"));
    assert_eq!(
        data_values(&page, "bar", "data-key"),
        [("A01".into(), "1".into()), ("A02".into(), "0".into())]
    );
}

const HOSTILE: &str = "<script>alert(1)</script> & \"quotes\"";
const ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;";

/// A village whose names try to break out of the page.
pub fn hostile() -> Village {
    let v = seeded_en();
    v.write(
        "households.csv",
        format!(
            "id,head,alley,address,members,phone,tags,note\n\
             H0001,\"{q}\",A01,一组1号,3,,,\nH0002,赵国强,A01,一组2号,4,,,\n",
            q = HOSTILE.replace('"', "\"\"")
        ),
    );
    v.write(
        "alleys.csv",
        format!(
            "id,name,group,leader,note\nA01,\"{q}\",一组,L01,\nA02,油坊巷,二组,L02,\n",
            q = HOSTILE.replace('"', "\"\"")
        ),
    );
    v
}

#[test]
fn hostile_names_are_text_in_every_html_page() {
    let v = hostile();
    for line in [
        "report --format html --month 2026-11",
        "household list --format html",
        "alley list --format html",
        "board --format html",
    ] {
        let out = v.run(line).out();
        let page = &out.stdout;
        assert_eq!(out.code, 0, "{line}: {}", out.stderr);
        self_contained(page);
        assert!(page.contains(ESCAPED), "{line}");
        assert!(!page.contains("alert(1)</"), "{line}");
    }
}

#[test]
fn a_listing_is_one_page_with_its_table() {
    let v = seeded_zh();
    let page = v.run("household list --format html").ok();
    self_contained(&page);
    assert!(page
        .contains("<tr><td class=\"code\">H0001</td><td>王秀英</td><td class=\"code\">A01</td>"));
    assert_eq!(page.matches("<tr><td class=\"code\">H0").count(), 3);
    v.case(1, "A01", Some("H0001"));
    let show = v.run("show 1 --format html").ok();
    self_contained(&show);
    assert_eq!(
        show.matches("<table>").count(),
        2,
        "facts and timeline, one page"
    );
}

#[test]
fn the_board_is_chosen_with_format_and_as_still_works() {
    let v = seeded_zh();
    let page = v.run("board --format html").ok();
    assert_eq!(page, v.run("board --as html").ok());
    assert!(page.contains("<h1>南街村街巷长公示牌</h1>"));
    assert_eq!(v.run("board --format md").ok(), v.run("board --as md").ok());
    assert_eq!(
        v.run("board --format table").ok(),
        v.run("board --as txt").ok()
    );
    // `--as` is hidden from the help, `--format` names html.
    let help = v.run("board --help").ok();
    assert!(!help.contains("--as"), "{help}");
    v.run("board --format csv").out().fails(
        2,
        "错误：公示牌是告示，不是列表：只能输出为 table（纯文本）、md 或 html，不能输出为 csv\n\
         提示：请用 --format table|md|html 选择格式；其数据可用 `lane alley list --format csv` 导出\n",
    );
}

#[test]
fn the_town_report_prints_with_its_inbox() {
    let w = world();
    w.run("town --town town pull").ok();
    let args = |f: &str| w.town(&["--format", f, "report", "--month", "2026-11"]);
    let page = args("html").ok().to_string();
    let j = json(args("json").ok());
    self_contained(&page);
    let m = &j["town"]["metrics"];
    assert_eq!(
        data_values(&page, "rate", "data-metric"),
        ["on_time_rate", "resolution_rate", "satisfaction_rate"]
            .map(|k| (k.to_string(), rate(&m[k])))
    );
    let want: Vec<(String, String)> = j["villages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let n = a["metrics"]["opened"].as_u64().unwrap();
            (a["code"].as_str().unwrap().to_string(), n.to_string())
        })
        .collect();
    assert_eq!(data_values(&page, "bar", "data-key"), want);
    // The town-level cases are the inbox's.
    let inbox = crate::harness::csv_rows(w.run("town --town town --format csv inbox").ok());
    assert!(inbox.len() > 1);
    for row in &inbox[1..] {
        assert!(
            page.contains(&format!(
                "<tr><td class=\"code\">{}</td><td class=\"code\">{}</td>",
                row[0], row[1]
            )),
            "{row:?}"
        );
    }
    assert!(page.contains("<span>Prepared by:</span>"));
}
