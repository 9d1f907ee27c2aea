//! The public board through the real binary: the repository's data/ in each
//! format, vacant posts, and HTML that neutralises hostile names.

use crate::harness::{lane_cmd, run, Out, Village};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// `lane --data data/ ARGS...`, at the harness's fixed clock.
fn on_data(args: &[&str]) -> Out {
    let tmp = tempfile::tempdir().unwrap();
    let mut c = lane_cmd(tmp.path());
    c.args(["--data", DATA]).args(args);
    run(c)
}

#[test]
fn the_board_of_the_sample_village_as_text() {
    let out = on_data(&["board"]);
    assert_eq!(out.stderr, "");
    assert_eq!(
        out.ok(),
        "\
Lane leaders of Nanjie Village
Public notice · 挂牌公示
as of 2026-11-20

┌───────┬────────┬────────────────┬─────────────┬─────────────┬────────────┐
│ Alley ┆ Name   ┆ Villager group ┆ Lane leader ┆ Phone       ┆ Households │
╞═══════╪════════╪════════════════╪═════════════╪═════════════╪════════════╡
│ A01   ┆ 前街巷 ┆ 一组           ┆ 吕平        ┆ 15004530027 ┆         41 │
│ A02   ┆ 后街巷 ┆ 一组           ┆ 宋顺        ┆ 15051530588 ┆         40 │
│ A03   ┆ 槐树巷 ┆ 一组           ┆ 唐兰        ┆ 18602294998 ┆         41 │
│ A04   ┆ 油坊巷 ┆ 二组           ┆ 唐长        ┆ 15858781106 ┆         40 │
│ A05   ┆ 学堂巷 ┆ 二组           ┆ 郭平        ┆ 15287941899 ┆         41 │
│ A06   ┆ 井台巷 ┆ 二组           ┆ 孙富        ┆ 13911127739 ┆         40 │
│ A07   ┆ 粮站巷 ┆ 三组           ┆ 何兰秀      ┆ 15028060776 ┆         40 │
│ A08   ┆ 柳树巷 ┆ 三组           ┆ 高云春      ┆ 13369812975 ┆         41 │
│ A09   ┆ 新建巷 ┆ 三组           ┆ 程文金      ┆ 18736436415 ┆         40 │
│ A10   ┆ 老街巷 ┆ 四组           ┆ 宋金        ┆ 18783842331 ┆         41 │
│ A11   ┆ 河沿巷 ┆ 四组           ┆ 邓建        ┆ 18719118757 ┆         40 │
│ A12   ┆ 祠堂巷 ┆ 四组           ┆ 马明        ┆ 18799274004 ┆         41 │
│ A13   ┆ 东坡巷 ┆ 五组           ┆ 邓顺富      ┆ 13303834284 ┆         40 │
│ A14   ┆ 西坡巷 ┆ 五组           ┆ 胡兴志      ┆ 13331562505 ┆         40 │
└───────┴────────┴────────────────┴─────────────┴─────────────┴────────────┘
14 alleys, 566 households.

Duties of a lane leader
  1. Patrol the alley every day at fixed points
  2. Visit every household of the alley
  3. Report social conditions and residents' concerns to the village
  4. Keep the alley clean and find hidden safety hazards early
  5. Mediate disputes between neighbours
  6. Offer convenience services to households in need
  7. Follow every case through inspection, feedback, coordination, disposal and return visit

Any problem in your alley? Call its lane leader.
"
    );
    // `--as txt` says the same.
    assert_eq!(on_data(&["board", "--as", "txt"]).ok(), out.stdout);
}

#[test]
fn the_board_of_the_sample_village_as_markdown() {
    let out = on_data(&["board", "--as", "md"]);
    assert_eq!(
        out.ok(),
        "\
# Lane leaders of Nanjie Village

Public notice · 挂牌公示 · as of 2026-11-20

| Alley | Name | Villager group | Lane leader | Phone | Households |
|---|---|---|---|---|---:|
| A01 | 前街巷 | 一组 | 吕平 | 15004530027 | 41 |
| A02 | 后街巷 | 一组 | 宋顺 | 15051530588 | 40 |
| A03 | 槐树巷 | 一组 | 唐兰 | 18602294998 | 41 |
| A04 | 油坊巷 | 二组 | 唐长 | 15858781106 | 40 |
| A05 | 学堂巷 | 二组 | 郭平 | 15287941899 | 41 |
| A06 | 井台巷 | 二组 | 孙富 | 13911127739 | 40 |
| A07 | 粮站巷 | 三组 | 何兰秀 | 15028060776 | 40 |
| A08 | 柳树巷 | 三组 | 高云春 | 13369812975 | 41 |
| A09 | 新建巷 | 三组 | 程文金 | 18736436415 | 40 |
| A10 | 老街巷 | 四组 | 宋金 | 18783842331 | 41 |
| A11 | 河沿巷 | 四组 | 邓建 | 18719118757 | 40 |
| A12 | 祠堂巷 | 四组 | 马明 | 18799274004 | 41 |
| A13 | 东坡巷 | 五组 | 邓顺富 | 13303834284 | 40 |
| A14 | 西坡巷 | 五组 | 胡兴志 | 13331562505 | 40 |

14 alleys, 566 households.

## Duties of a lane leader

1. Patrol the alley every day at fixed points
2. Visit every household of the alley
3. Report social conditions and residents' concerns to the village
4. Keep the alley clean and find hidden safety hazards early
5. Mediate disputes between neighbours
6. Offer convenience services to households in need
7. Follow every case through inspection, feedback, coordination, disposal and return visit

Any problem in your alley? Call its lane leader.
"
    );
    // The global --format md asks for the same page.
    assert_eq!(on_data(&["--format", "md", "board"]).ok(), out.stdout);
}

/// The page checked by eye in headless Chromium (examples/board-screenshot.sh): one
/// A4 page on screen and in print.
#[test]
fn the_board_of_the_sample_village_as_one_html_page() {
    let page = on_data(&["board", "--as", "html"]);
    assert_eq!(page.ok(), include_str!("../expected/board.html"));
    assert!(page.stdout.contains("@page { size: A4;"));
    for outside in ["<script", "<link", "src=", "href=", "@import", "url("] {
        assert!(!page.stdout.contains(outside), "the page loads {outside}");
    }
}

#[test]
fn a_listing_format_is_refused_with_the_styles_named() {
    on_data(&["--format", "json", "board"]).fails(
        2,
        "error: the board is a notice, not a listing: it prints as table (plain text), md or html, not json\n\
         hint: choose with --format table|md|html; `lane alley list --format csv` gives its data\n",
    );
}

#[test]
fn hostile_names_are_text_on_the_page() {
    let v = Village::new();
    v.seed();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\n\
         A01,<script>alert(1)</script>,\"\"\"一组\"\" & 二组\",L01,\n\
         A02,油坊巷,二组,L02,\n\
         A03,新巷,三组,,\n",
    );
    v.write(
        "leaders.csv",
        "id,name,phone,alley,background,selected_by,since,until,note\n\
         L01,<img src=x onerror=alert(1)>,13800000001,A01,party-member,two-committees,2021-03-01,,\n\
         L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,2026-06-30,\n",
    );
    let page = v.run("board --as html").out();
    let html = page.ok();
    assert!(!html.contains("<script>") && !html.contains("<img"));
    assert!(html.contains(
        "<tr><td>A01</td><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>&quot;一组&quot; &amp; 二组</td>\
         <td class=\"leader\">&lt;img src=x onerror=alert(1)&gt;</td><td class=\"phone\">13800000001</td><td class=\"num\">2</td></tr>\n"
    ));
    // A02's leader left on 2026-06-30 and A03 never had one: both posts are vacant.
    assert!(html.contains(
        "<tr><td>A02</td><td>油坊巷</td><td>二组</td><td class=\"leader vacant\">(vacant)</td><td class=\"phone\"></td><td class=\"num\">1</td></tr>\n\
         <tr><td>A03</td><td>新巷</td><td>三组</td><td class=\"leader vacant\">(vacant)</td><td class=\"phone\"></td><td class=\"num\">0</td></tr>\n"
    ));
    let md = v.run("board --as md").out();
    assert!(md.ok().contains(
        "| A01 | \\<script\\>alert(1)\\</script\\> | \"一组\" & 二组 | \\<img src=x onerror=alert(1)\\> | 13800000001 | 2 |\n\
         | A02 | 油坊巷 | 二组 | (vacant) |  | 1 |\n"
    ));
}
