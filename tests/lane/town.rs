//! The town: three village repositories (bare remotes in a temp folder), a town
//! folder cloning them, escalations made in the villages, `town pull`, the inbox and
//! the town report computed by hand, a disposal recorded by the town and pushed back,
//! and a pull that fails for one village only.

mod items;
mod kill;
mod merge;
mod more;

use crate::harness::town::*;
use crate::harness::{csv_rows, json};
use crate::harness::{metrics_of, parse_report, row_cells};

#[test]
fn the_town_pulls_reports_acts_and_pushes_back() {
    let w = world();
    assert_eq!(
        w.read("town/town.toml"),
        format!(
            "# The villages this town office works over; `lane town add` edits this file.\n\
             # Each village's records stay in its own data folder and git repository.\n\n\
             [town]\nname = \"Taiping Town\"\n\n\
             [[villages]]\nname = \"nanjie\"\ncode = \"NJ\"\npath = \"villages/nanjie\"\nremote = \"{}\"\n\n\
             [[villages]]\nname = \"beijie\"\ncode = \"BJ\"\npath = \"villages/beijie\"\nremote = \"{}\"\n\n\
             [[villages]]\nname = \"xiwan\"\ncode = \"XW\"\npath = \"villages/xiwan\"\nremote = \"{}\"\n",
            w.path("remotes/NJ.git").display(),
            w.path("remotes/BJ.git").display(),
            w.path("remotes/XW.git").display(),
        )
    );
    // The town folder is a repository of its own that keeps town.toml only.
    assert_eq!(
        w.git("town", &["log", "--format=%s"]),
        "town: add XW (xiwan) at villages/xiwan\n\
         town: add BJ (beijie) at villages/beijie\n\
         town: add NJ (nanjie) at villages/nanjie\n\
         town: init Taiping Town\n"
    );
    assert_eq!(w.git("town", &["status", "--porcelain"]), "");

    // The clones were made before the cases: pull brings them.
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(
        out.ok(),
        "code,village,result,detail\n\
         NJ,nanjie,updated,7 commits fast-forwarded\n\
         BJ,beijie,updated,7 commits fast-forwarded\n\
         XW,xiwan,updated,4 commits fast-forwarded\n"
    );
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(
        out.ok(),
        "code,village,result,detail\nNJ,nanjie,up-to-date,\nBJ,beijie,up-to-date,\nXW,xiwan,up-to-date,\n"
    );

    // The inbox: open at level town, oldest overdue first. Found from inside the
    // town folder, without --town.
    let out = w.run_in("town", "--format csv town inbox").out();
    assert_eq!(
        csv_rows(out.ok()),
        [
            vec![
                "village",
                "id",
                "level",
                "category",
                "alley",
                "alley_name",
                "title",
                "dept",
                "opened",
                "age_days",
                "deadline",
                "overdue_days"
            ],
            vec![
                "BJ",
                "BJ-2026-0003",
                "town",
                "hazard",
                "A01",
                "槐树巷",
                "t",
                "town safety office",
                "2026-10-20 09:00",
                "31",
                "2026-11-05 09:00",
                "15"
            ],
            vec![
                "NJ",
                "NJ-2026-0001",
                "town",
                "hazard",
                "A01",
                "槐树巷",
                "t",
                "town water office",
                "2026-11-02 09:00",
                "18",
                "2026-11-19 09:00",
                "1"
            ],
            vec![
                "NJ",
                "NJ-2026-0003",
                "town",
                "dispute",
                "A01",
                "槐树巷",
                "t",
                "judicial office",
                "2026-11-10 09:00",
                "10",
                "2026-11-26 09:00",
                ""
            ],
        ]
    );
    assert_eq!(
        out.stderr,
        "3 open cases at level town or above in 3 villages, 2 overdue\n"
    );
    let out = w
        .run("town --town town --format json inbox --overdue")
        .out();
    let v = json(out.ok());
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["BJ-2026-0003", "NJ-2026-0001"]);
    assert_eq!(v[0]["overdue_days"], 15);
    assert_eq!(v[1]["age_days"], 18);
    // Instants in the town's offset, RFC 3339 (issue 15); CSV keeps the short form.
    assert_eq!(v[1]["opened"], "2026-11-02T09:00:00+08:00");

    // The town report for November, by hand (see `world`).
    let out = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    let r = parse_report(out.ok());
    // The world's clock (2026-11-20) is inside November: the report says so.
    assert_eq!(
        out.stderr,
        "warning: 2026-11 is not over: counts up to 2026-11-20\n"
    );
    // NJ: opened T1-T3; T2 on the spot (on time, closed); escalated T1, T3; T1
    // overdue; T1, T3 open; resolution 1/3; a visit; served H0001, H0002 (cases),
    // H0003 (visit); T1 and T3 at town, T1 overdue; no household left out.
    expect(
        &r,
        "village",
        "NJ",
        &[
            "3", "1", "1", "1", "2", "1", "2", "100.0", "33.3", "", "0", "1", "0", "3", "2", "1",
            "0",
        ],
    );
    // BJ: opened T1, T2 (T3 in October); T1 resolved on time and closed satisfied;
    // T2 escalated; T2 and T3 overdue and open; served H0003; T3 in the inbox,
    // overdue; H0001 and H0002 not reached.
    expect(
        &r,
        "village",
        "BJ",
        &[
            "2", "0", "1", "1", "1", "2", "2", "100.0", "50.0", "100.0", "0", "0", "0", "1", "1",
            "1", "2",
        ],
    );
    // XW: T1 resolved late and closed; an inspection and a visit (H0001).
    expect(
        &r,
        "village",
        "XW",
        &[
            "1", "0", "1", "1", "0", "0", "0", "0.0", "100.0", "", "1", "1", "0", "1", "0", "0",
            "2",
        ],
    );
    // The town: counts summed; rates from summed counts: on time 2/3, resolution
    // 3/6 = 50.0 (the average of the villages' rates would be 61.1), satisfaction
    // 1/1; households of different villages are different households: 3+1+1.
    expect(
        &r,
        "town",
        "town",
        &[
            "6", "1", "3", "3", "3", "3", "4", "66.7", "50.0", "100.0", "1", "2", "0", "5", "3",
            "2", "4",
        ],
    );
    // Hazards: NJ T1, BJ T2 opened; both escalated; with BJ T3 all three overdue and
    // open; served NJ's H0001.
    expect(
        &r,
        "category",
        "hazard",
        &["2", "0", "0", "0", "2", "3", "3", "", "0.0", "", "1"],
    );
    expect(
        &r,
        "category",
        "sanitation",
        &["2", "1", "2", "2", "0", "0", "0", "50.0", "100.0", "", "0"],
    );
    // At town at the month's end: NJ T1, T3 (opened in November) and BJ T3;
    // escalated into town in November: NJ T1, T3.
    expect(
        &r,
        "level",
        "town",
        &["2", "0", "0", "0", "2", "2", "3", "", "0.0", "", "2"],
    );
    expect(
        &r,
        "level",
        "village",
        &["1", "0", "0", "0", "2", "1", "1", "", "0.0", "", "0"],
    );
    assert_eq!(r.len(), 1 + 3 + 5 + 3);
    let md = w
        .run("town --town town --format md report --month 2026-11")
        .out();
    assert!(md.ok().starts_with(
        "# Taiping Town: lane-leader report of 3 villages, November 2026 (2026-11-01 to 2026-11-30)\n\n\
         > **Note:** 2026-11 is not over: counts up to 2026-11-20\n\n\
         In November 2026 the lane leaders of Taiping Town made 2 sanitation clean-ups, \
         eliminated 0 hidden dangers, mediated 0 disputes and served 5 households.\n"
    ));
    assert!(md.stdout.contains(
        "\nTown inbox: 3 cases open at level town or above at the period's end, 2 of them overdue; \\`lane town inbox\\` lists those open now.\n"
    ));

    // LANE_LANG=zh-CN: the town report's own words in Chinese (the month and the
    // headline are the villages' lane.toml, English here).
    let zh = w
        .run("town --town town --format md report --month 2026-11")
        .env("LANE_LANG", "zh-CN")
        .out();
    let zh = zh.ok();
    assert!(
        zh.starts_with(
            "# Taiping Town街巷长工作报告（3个村，November 2026，2026-11-01至2026-11-30）\n"
        ),
        "{zh}"
    );
    for part in [
        "\n## 全镇\n\n| 指标 | 数值 |\n|---|---:|\n| 新增案件 | ",
        "\n## 各村\n\n| 村 | 名称 | 新增案件 | ",
        " | 镇待办 | 镇待办超期 | 最后一人 |\n",
        "\n| 合计 | Taiping Town | ",
        "\n## 各类别\n\n| 类别 | 新增案件 | ",
        "\n## 各层级\n\n| 层级 | 新增案件 | ",
        "\n镇待办：期末处于镇党委及以上层级的未办结案件3件，其中超期2件；\\`lane town inbox\\` 列出当前未办结的案件。\n",
        "\n---\n\n注：各项指标的口径与各村报告相同；全镇的比率由各村计数加总后计算，不取平均。镇待办：期末处于镇党委及以上层级、尚未办结的案件；镇待办超期：其中已超过办理时限的；最后一人：既无走访也无案件的户数。\n",
    ] {
        assert!(zh.contains(part), "{part}\n{zh}");
    }

    // The town disposes of NJ T1 in its clone of Nanjie: the commit is made there.
    let out = w.run("--data town/villages/nanjie resolve NJ-2026-0001 --by 'Town official Chen' --note 'culvert laid by the town water office' --at 2026-11-20T09:30").out();
    out.ok();
    assert_eq!(
        w.git("town/villages/nanjie", &["log", "-1", "--format=%s"]),
        "NJ-2026-0001: resolve (culvert laid by the town water office)\n"
    );
    let out = w.run("town --town town --format csv push").out();
    assert_eq!(
        out.ok(),
        "code,village,result,detail\n\
         NJ,nanjie,pushed,1 commit pushed\n\
         BJ,beijie,nothing-to-push,\n\
         XW,xiwan,nothing-to-push,\n"
    );
    // The village sees it after `git pull`.
    w.git("office/NJ", &["pull", "-q"]);
    let out = w.run("--data office/NJ --format json show 1").out();
    let v = json(out.ok());
    assert_eq!(v["status"], "resolved");
    assert_eq!(v["events"][3]["by"], "Town official Chen");
    assert_eq!(w.run("--data office/NJ check").out().code, 0);
    // And the town's inbox no longer holds it.
    let out = w.run("town --town town --format csv inbox").out();
    assert_eq!(csv_rows(out.ok()).len(), 3);
    assert_eq!(
        out.stderr,
        "2 open cases at level town or above in 3 villages, 1 overdue\n"
    );
    let out = w.run("town --town town check").out();
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "checked 3 villages, 7 cases: 0 errors, 0 warnings\n"
    );
}

/// Table, Markdown, CSV and JSON of the town report carry the same numbers.
#[test]
fn the_four_formats_of_the_town_report_agree() {
    let w = world();
    w.run("town --town town pull").ok();
    let args = |f: &str| w.town(&["--format", f, "report", "--month", "2026-11"]);
    let csv = parse_report(args("csv").ok());
    let json: serde_json::Value = serde_json::from_str(args("json").ok()).unwrap();
    assert_eq!(
        metrics_of(&json["town"]),
        csv[&("town".into(), "town".into())]
    );
    let mut n = 1;
    for (scope, list, key) in [
        ("village", "villages", "code"),
        ("category", "categories", "key"),
        ("level", "levels", "key"),
    ] {
        for row in json[list].as_array().unwrap() {
            let k = row[key].as_str().unwrap().to_string();
            assert_eq!(metrics_of(row), csv[&(scope.to_string(), k)], "{scope}");
            n += 1;
        }
    }
    assert_eq!(n, csv.len());
    let md = args("md").stdout;
    let table = args("table").stdout;
    for (scope, key, row_key) in [
        ("village", "NJ", "NJ"),
        ("village", "BJ", "BJ"),
        ("town", "town", "total"),
        ("category", "hazard", "hazard"),
        ("level", "town", "town"),
    ] {
        let row = &csv[&(scope.to_string(), key.to_string())];
        let want: Vec<String> = metrics()
            .iter()
            .filter_map(|m| row.get(*m))
            .map(|v| if v.is_empty() { "-".into() } else { v.clone() })
            .collect();
        assert_eq!(row_cells(&md, row_key)[2..], want[..], "md {key}");
        assert_eq!(row_cells(&table, row_key)[2..], want[..], "table {key}");
    }
}

/// One village's remote is gone: its pull fails with git's reason, the others are
/// pulled all the same, and the command exits 1 naming it.
#[test]
fn a_failed_pull_is_reported_without_stopping_the_others() {
    let w = world();
    std::fs::rename(w.path("remotes/BJ.git"), w.path("remotes/BJ-moved.git")).unwrap();
    let out = w.run("town --town town --format csv pull").out();
    assert_eq!(out.code, 1);
    let rows = csv_rows(&out.stdout);
    assert_eq!(
        rows[1],
        ["NJ", "nanjie", "updated", "7 commits fast-forwarded"]
    );
    assert_eq!(rows[2][..3], ["BJ", "beijie", "failed"]);
    assert!(
        rows[2][3].contains("does not appear to be a git repository"),
        "{}",
        rows[2][3]
    );
    assert_eq!(
        rows[3],
        ["XW", "xiwan", "updated", "4 commits fast-forwarded"]
    );
    assert_eq!(
        out.stderr,
        "error: could not pull 1 of 3: BJ\nhint: the table above says why for each; the others are done\n"
    );
    // Push fails for it the same way, and still pushes the others.
    w.run("--data town/villages/xiwan note XW-2026-0001 'checked again' --by 'Town official Chen'")
        .ok();
    let out = w.run("town --town town --format csv push").out();
    assert_eq!(out.code, 1);
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows[2][..3], ["BJ", "beijie", "failed"]);
    assert_eq!(rows[3], ["XW", "xiwan", "pushed", "1 commit pushed"]);
    // The report refuses nothing: the clone is still there, as last pulled.
    let out = w
        .run("town --town town --format csv report --month 2026-11")
        .out();
    out.ok();
}

/// The town folder is a repository of its own: a second office clones it and
/// `town pull` clones every village from the remotes town.toml names, then keeps
/// the town folder itself up to date too.
#[test]
fn a_town_folder_cloned_elsewhere_pulls_its_villages() {
    let w = world();
    let remote = w.path("remotes/town.git");
    w.git(
        "",
        &["clone", "-q", "--bare", "town", remote.to_str().unwrap()],
    );
    w.git("", &["clone", "-q", remote.to_str().unwrap(), "office2"]);
    let out = w.run("town --town office2 --format csv pull").out();
    assert_eq!(
        out.ok(),
        "code,village,result,detail
\
         ,(town.toml),up-to-date,
\
         NJ,nanjie,cloned,the folder was missing: cloned from the remote in town.toml
\
         BJ,beijie,cloned,the folder was missing: cloned from the remote in town.toml
\
         XW,xiwan,cloned,the folder was missing: cloned from the remote in town.toml
"
    );
    let out = w.run("town --town office2 --format csv inbox").out();
    assert_eq!(csv_rows(out.ok()).len(), 4);
    // The clones are ignored by the town repository, and got the merge driver.
    assert_eq!(w.git("office2", &["status", "--porcelain"]), "");
    assert!(w
        .git(
            "office2/villages/nanjie",
            &["config", "merge.lane-ticket.driver"]
        )
        .contains(" merge-driver %O %A %B %P; s=$?"));
}
