//! Alleys, leaders and households through the real binary: every verb and every
//! list format. What the verbs do to the files' bytes and to git is in
//! registry/files.rs, refusals in registry/refusals.rs.

mod files;
mod refusals;

use crate::harness::{add_leader, changed_lines, csv_rows, json, Village};
use serde_json::json as j;

const ALLEYS: &str = "alleys.csv";
const LEADERS: &str = "leaders.csv";
const HOUSEHOLDS: &str = "households.csv";

#[test]
fn a_chinese_name_round_trips_byte_for_byte() {
    let v = Village::new();
    assert_eq!(
        v.run("alley add --id A01 --name 槐树巷 --group 一组").ok(),
        "A01\n"
    );
    v.run(
        "leader add --id L01 --name 张桂兰 --phone 13800000001 --alley A01 \
         --background party-member --selected-by two-committees --since 2021-03-01",
    )
    .stdout("L01\n")
    .stderr("added lane leader L01 (张桂兰) (A01)\n")
    .success();
    assert_eq!(
        v.run("--format csv leader list").ok(),
        "id,name,phone,alley,alley_name,background,selected_by,since,until,note\n\
         L01,张桂兰,13800000001,A01,槐树巷,party-member,two-committees,2021-03-01,,\n"
    );
    assert_eq!(
        v.read("alleys.csv"),
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\n"
    );
}

#[test]
fn alley_add_list_show_edit_remove() {
    let v = Village::new();
    v.run("alley add --name 槐树巷 --group 一组")
        .stdout("A01\n")
        .stderr("added alley A01 (槐树巷)\n")
        .success();
    v.run("alley add --name 油坊巷 --group 二组 --note 靠河")
        .stdout("A02\n")
        .stderr("added alley A02 (油坊巷)\n")
        .success();
    v.run("alley add --id B-7 --name 学堂巷")
        .stdout("B-7\n")
        .stderr("added alley B-7 (学堂巷)\n")
        .success();
    assert_eq!(
        v.read(ALLEYS),
        "id,name,group,leader,note\nA01,槐树巷,一组,,\nA02,油坊巷,二组,,靠河\nB-7,学堂巷,,,\n"
    );
    // The next free ID counts past the highest used.
    v.run("alley add --name 井台巷")
        .stdout("A03\n")
        .stderr("added alley A03 (井台巷)\n")
        .success();

    v.run("alley show A02")
        .stdout(
            "┌────────────┬────────┐\n\
         │ field      ┆ value  │\n\
         ╞════════════╪════════╡\n\
         │ id         ┆ A02    │\n\
         │ name       ┆ 油坊巷 │\n\
         │ group      ┆ 二组   │\n\
         │ leader     ┆        │\n\
         │ phone      ┆        │\n\
         │ households ┆ 0      │\n\
         │ residents  ┆ 0      │\n\
         │ note       ┆ 靠河   │\n\
         └────────────┴────────┘\n",
        )
        .success();

    let before = v.bytes(ALLEYS);
    v.run("alley edit A02 --name 老油坊巷 --note ''")
        .stderr("changed alley A02\n")
        .success();
    assert_eq!(
        changed_lines(&before, &v.bytes(ALLEYS)),
        [(
            3,
            "A02,油坊巷,二组,,靠河\n".into(),
            "A02,老油坊巷,二组,,\n".into()
        )]
    );
    v.run("alley edit A02 --name 老油坊巷")
        .stderr("alley A02: nothing to change\n")
        .success();

    v.run("alley remove B-7")
        .stderr("removed alley B-7 (学堂巷)\n")
        .success();
    assert_eq!(
        v.read(ALLEYS),
        "id,name,group,leader,note\nA01,槐树巷,一组,,\nA02,老油坊巷,二组,,\nA03,井台巷,,,\n"
    );
}

#[test]
fn alley_list_in_all_four_formats() {
    let v = Village::new();
    v.seed();
    v.run("alley list")
        .stdout(
            "┌─────┬────────┬───────┬────────┬─────────────┬─────────────┬────────────┬──────┐\n\
         │ id  ┆ name   ┆ group ┆ leader ┆ leader_name ┆ phone       ┆ households ┆ note │\n\
         ╞═════╪════════╪═══════╪════════╪═════════════╪═════════════╪════════════╪══════╡\n\
         │ A01 ┆ 槐树巷 ┆ 一组  ┆ L01    ┆ 张桂兰      ┆ 13800000001 ┆          2 ┆      │\n\
         │ A02 ┆ 油坊巷 ┆ 二组  ┆ L02    ┆ 李德明      ┆ 13800000002 ┆          1 ┆      │\n\
         └─────┴────────┴───────┴────────┴─────────────┴─────────────┴────────────┴──────┘\n",
        )
        .success();
    let csv = csv_rows(v.run("--format csv alley list").ok());
    assert_eq!(
        csv,
        [
            [
                "id",
                "name",
                "group",
                "leader",
                "leader_name",
                "phone",
                "households",
                "note"
            ],
            [
                "A01",
                "槐树巷",
                "一组",
                "L01",
                "张桂兰",
                "13800000001",
                "2",
                ""
            ],
            [
                "A02",
                "油坊巷",
                "二组",
                "L02",
                "李德明",
                "13800000002",
                "1",
                ""
            ],
        ]
    );
    assert_eq!(
        json(v.run("--format json alley list").ok()),
        j!([
            {"id": "A01", "name": "槐树巷", "group": "一组", "leader": "L01", "leader_name": "张桂兰",
             "phone": "13800000001", "households": 2, "note": null},
            {"id": "A02", "name": "油坊巷", "group": "二组", "leader": "L02", "leader_name": "李德明",
             "phone": "13800000002", "households": 1, "note": null},
        ])
    );
    v.run("--format md alley list")
        .stdout(
            "| id | name | group | leader | leader\\_name | phone | households | note |\n\
         |---|---|---|---|---|---|---:|---|\n\
         | A01 | 槐树巷 | 一组 | L01 | 张桂兰 | 13800000001 | 2 |  |\n\
         | A02 | 油坊巷 | 二组 | L02 | 李德明 | 13800000002 | 1 |  |\n",
        )
        .success();
    // --search filters every format alike.
    assert_eq!(
        v.run("--format csv alley list --search 油坊").ok(),
        "id,name,group,leader,leader_name,phone,households,note\nA02,油坊巷,二组,L02,李德明,13800000002,1,\n"
    );
}

#[test]
fn leader_add_list_show_edit_remove() {
    let v = Village::new();
    v.seed();
    v.run("alley add --id A03 --name 学堂巷").ok();
    add_leader(&v, "L03", "周文华", "A03")
        .stdout("L03\n")
        .stderr("added lane leader L03 (周文华) (A03)\n")
        .success();
    assert_eq!(v.read(ALLEYS).lines().last(), Some("A03,学堂巷,,L03,"));
    assert_eq!(
        v.read(LEADERS).lines().last(),
        Some("L03,周文华,13800000009,A03,respected,party-members-and-masses,2026-01-01,,")
    );

    v.run("leader show L01")
        .stdout(
            "┌─────────────┬────────────────┐\n\
         │ field       ┆ value          │\n\
         ╞═════════════╪════════════════╡\n\
         │ id          ┆ L01            │\n\
         │ name        ┆ 张桂兰         │\n\
         │ phone       ┆ 13800000001    │\n\
         │ alley       ┆ A01 槐树巷     │\n\
         │ background  ┆ party-member   │\n\
         │ selected_by ┆ two-committees │\n\
         │ since       ┆ 2021-03-01     │\n\
         │ until       ┆                │\n\
         │ note        ┆                │\n\
         │ serving     ┆ yes            │\n\
         └─────────────┴────────────────┘\n\
         \nCases not closed in the leader's alleys\n\
         No case is waiting in the leader's alleys.\n",
        )
        .success();
    let leaders_csv = v.bytes(LEADERS);
    let alleys_csv = v.bytes(ALLEYS);
    v.run("leader edit L02 --phone 13800000022 --note 退休教师")
        .stderr("changed lane leader L02\n")
        .success();
    assert_eq!(
        changed_lines(&leaders_csv, &v.bytes(LEADERS)),
        [(
            3,
            "L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,\n".into(),
            "L02,李德明,13800000022,A02,cadre,household-recommendation,2021-03-01,,退休教师\n"
                .into()
        )]
    );
    assert_eq!(
        v.bytes(ALLEYS),
        alleys_csv,
        "an edit that keeps the alley rewrote alleys.csv"
    );

    // Ending a post frees the alley: alleys.csv follows, and list hides the leader
    // unless --all.
    v.run("leader edit L03 --until 2026-10-31")
        .stderr("changed lane leader L03\n")
        .success();
    assert_eq!(v.read(ALLEYS).lines().last(), Some("A03,学堂巷,,,"));
    let ids = |line: &str| -> Vec<String> {
        csv_rows(v.run(line).ok())
            .into_iter()
            .skip(1)
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(ids("--format csv leader list"), ["L01", "L02"]);
    assert_eq!(ids("--format csv leader list --all"), ["L01", "L02", "L03"]);
    assert_eq!(ids("--format csv leader list --alley A02"), ["L02"]);
    assert_eq!(
        json(v.run("--format json leader list --all --search 周").ok()),
        j!([{"id": "L03", "name": "周文华", "phone": "13800000009", "alley": "A03",
             "alley_name": "学堂巷", "background": "respected",
             "selected_by": "party-members-and-masses", "since": "2026-01-01",
             "until": "2026-10-31", "note": null}])
    );
    v.run("--format md leader list --alley A01").stdout("| id | name | phone | alley | alley\\_name | background | selected\\_by | since | until | note |\n\
         |---|---|---|---|---|---|---|---|---|---|\n\
         | L01 | 张桂兰 | 13800000001 | A01 | 槐树巷 | party-member | two-committees | 2021-03-01 |  |  |\n").success();
    // A successor takes the freed alley; the old leader, referred to by nothing,
    // can go.
    add_leader(&v, "L04", "吴春梅", "A03")
        .stdout("L04\n")
        .stderr("added lane leader L04 (吴春梅) (A03)\n")
        .success();
    v.run("leader remove L03")
        .stderr("removed lane leader L03 (周文华)\n")
        .success();
    assert!(!v.read(LEADERS).contains("L03"));
    v.run("check").ok();
}

#[test]
fn moving_a_leader_to_another_alley_updates_both_alleys() {
    let v = Village::new();
    v.seed();
    v.run("alley add --id A03 --name 学堂巷").ok();
    v.run("leader edit L02 --alley A03")
        .stderr("changed lane leader L02\n")
        .success();
    assert_eq!(
        v.read(ALLEYS),
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,,\nA03,学堂巷,,L02,\n"
    );
    v.run("check")
        .stdout("alleys.csv:3: warning: alley A02 has no current lane leader\n")
        .stderr("checked 3 alleys, 2 leaders, 3 households, 0 cases: 0 errors, 1 warning\n")
        .success();
}

#[test]
fn household_add_list_show_edit_remove() {
    let v = Village::new();
    v.seed();
    v.run("household add --head 陈建军 --alley A02 --members 5 --tags 'elderly;low-income'")
        .stdout("H0004\n")
        .stderr("added household H0004 (陈建军)\n")
        .success();
    assert_eq!(
        v.read(HOUSEHOLDS).lines().last(),
        Some("H0004,陈建军,A02,,5,,elderly;low-income,")
    );

    v.run("household show H0001")
        .stdout(
            "┌────────────┬─────────────┐\n\
         │ field      ┆ value       │\n\
         ╞════════════╪═════════════╡\n\
         │ id         ┆ H0001       │\n\
         │ head       ┆ 王秀英      │\n\
         │ alley      ┆ A01 槐树巷  │\n\
         │ address    ┆ 一组1号     │\n\
         │ members    ┆ 3           │\n\
         │ phone      ┆ 13900000001 │\n\
         │ tags       ┆ elderly     │\n\
         │ note       ┆             │\n\
         │ registered ┆             │\n\
         └────────────┴─────────────┘\n\
         \nCases\nNo cases.\n\nPatrol visits\nNo patrol visits.\n",
        )
        .success();
    // The seeded households.csv is version 1 (no `registered` column): the column is
    // listed empty, and H0004's row was written without it, as wide as the file.
    v.run("household list --alley A02").stdout("┌───────┬────────┬───────┬─────────┬─────────┬─────────────┬────────────────────┬──────┬────────────┐\n\
         │ id    ┆ head   ┆ alley ┆ address ┆ members ┆ phone       ┆ tags               ┆ note ┆ registered │\n\
         ╞═══════╪════════╪═══════╪═════════╪═════════╪═════════════╪════════════════════╪══════╪════════════╡\n\
         │ H0003 ┆ 刘玉兰 ┆ A02   ┆ 二组1号 ┆       2 ┆ 13900000003 ┆                    ┆      ┆            │\n\
         │ H0004 ┆ 陈建军 ┆ A02   ┆         ┆       5 ┆             ┆ elderly;low-income ┆      ┆            │\n\
         └───────┴────────┴───────┴─────────┴─────────┴─────────────┴────────────────────┴──────┴────────────┘\n").success();
    assert_eq!(
        json(v.run("--format json household list --search 刘玉").ok()),
        j!([{"id": "H0003", "head": "刘玉兰", "alley": "A02", "address": "二组1号", "members": 2,
             "phone": "13900000003", "tags": null, "note": null, "registered": null}])
    );
    v.run("--format md household list --alley A01")
        .stdout(
            "| id | head | alley | address | members | phone | tags | note | registered |\n\
         |---|---|---|---|---:|---|---|---|---|\n\
         | H0001 | 王秀英 | A01 | 一组1号 | 3 | 13900000001 | elderly |  |  |\n\
         | H0002 | 赵国强 | A01 | 一组2号 | 4 |  |  |  |  |\n",
        )
        .success();

    let before = v.bytes(HOUSEHOLDS);
    v.run("household edit H0002 --alley A02 --members '' --note '=1+1, \"quoted\"'")
        .stderr("changed household H0002\n")
        .success();
    assert_eq!(
        changed_lines(&before, &v.bytes(HOUSEHOLDS)),
        [(
            3,
            "H0002,赵国强,A01,一组2号,4,,,\n".into(),
            "H0002,赵国强,A02,一组2号,,,,\"=1+1, \"\"quoted\"\"\"\n".into()
        )]
    );
    // CSV output guards a formula-like cell; JSON gives the text as it is.
    assert_eq!(
        csv_rows(v.run("--format csv household list --search 赵").ok())[1],
        [
            "H0002",
            "赵国强",
            "A02",
            "一组2号",
            "",
            "",
            "",
            "'=1+1, \"quoted\"",
            ""
        ]
    );
    assert_eq!(
        json(v.run("--format json household list --search 赵").ok())[0],
        j!({"id": "H0002", "head": "赵国强", "alley": "A02", "address": "一组2号", "members": null,
            "phone": null, "tags": null, "note": "=1+1, \"quoted\"", "registered": null})
    );

    v.run("household remove H0001")
        .stderr("removed household H0001 (王秀英)\n")
        .success();
    assert_eq!(
        csv_rows(v.read(HOUSEHOLDS))
            .iter()
            .map(|r| r[0].as_str())
            .collect::<Vec<_>>(),
        ["id", "H0002", "H0003", "H0004"]
    );
}

/// The example in the README's section on the tests.
#[test]
fn the_readme_example() {
    let v = Village::new();
    v.seed();
    v.run("household add --id H0004 --head 孙长林 --alley A02")
        .stdout("H0004\n")
        .stderr("added household H0004 (孙长林)\n")
        .success();
    v.run("alley show A09")
        .stderr("error: there is no alley `A09` in alleys.csv\nhint: did you mean `A01`?\n")
        .status(2);
    let list = csv_rows(v.run("--format csv household list").ok());
    assert_eq!(list.len(), 5);
}
