//! `lane alley import` and `lane leader import`: one sheet each into an empty
//! folder, columns by Chinese or English names, the same dedupe and --update
//! rules as households.

use crate::harness::Village;

const ALLEYS: &str = "序号,巷名,村民小组,备注\n\
                      1,槐树巷,一组,\n\
                      2,油坊巷,二组,\"巷口有井\n夏天注意\"\n";

const LEADERS: &str = "姓名,联系电话,负责街巷,身份,产生方式,任职日期\n\
                       张桂兰,138 0000 0001,槐树巷,party-member,two-committees,2021/3/1\n\
                       李德明,13800000002.0,A02,cadre,household-recommendation,2021年3月1日\n";

fn empty() -> Village {
    let v = Village::new();
    v.write("alleys.csv", "id,name,group,leader,note\n");
    v.write(
        "leaders.csv",
        "id,name,phone,alley,background,selected_by,since,until,note\n",
    );
    v.write(
        "households.csv",
        "id,head,alley,address,members,phone,tags,note,registered\n",
    );
    v
}

#[test]
fn alleys_and_leaders_from_one_sheet_each_into_an_empty_folder() {
    let v = empty();
    v.outside("alleys.csv", ALLEYS);
    v.outside("leaders.csv", LEADERS);
    v.run("alley import alleys.csv")
        .stderr(
            "alleys.csv:3: column `note`: 2 lines joined with `; `\n\
             skipped the column 序号\n\
             imported 2 rows from alleys.csv\n",
        )
        .success();
    v.run("leader import leaders.csv")
        .stderr(
            "leaders.csv:2: column `phone`: `138 0000 0001` read as 13800000001\n\
             leaders.csv:2: column `since`: `2021/3/1` read as 2021-03-01\n\
             leaders.csv:3: column `phone`: `13800000002.0` read as 13800000002\n\
             leaders.csv:3: column `since`: `2021年3月1日` read as 2021-03-01\n\
             imported 2 rows from leaders.csv\n",
        )
        .success();
    assert_eq!(
        v.read("alleys.csv"),
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,巷口有井; 夏天注意\n"
    );
    assert_eq!(
        v.read("leaders.csv"),
        "id,name,phone,alley,background,selected_by,since,until,note\n\
         L01,张桂兰,13800000001,A01,party-member,two-committees,2021-03-01,,\n\
         L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,\n"
    );
    v.run("check").ok();
    let board = v.run("board").ok();
    for name in ["槐树巷", "油坊巷", "张桂兰", "李德明"] {
        assert!(board.contains(name), "{name} not on the board:\n{board}");
    }
}

#[test]
fn a_registered_row_is_unchanged_or_updated_and_matched_by_name() {
    let v = empty();
    v.outside("alleys.csv", ALLEYS);
    v.run("alley import alleys.csv").ok();
    // Matched by name (no ID column): the same rows again change nothing.
    v.outside("again.csv", "巷名,村民小组\n槐树巷,一组\n油坊巷,三组\n");
    let before = v.snapshot();
    v.run("alley import again.csv")
        .stderr(
            "again.csv:3: A02 differs from alleys.csv:3 in group; import with --update to change it\n\
             again.csv: 0 new, 0 updated, 1 unchanged, 1 differ (not changed)\n",
        )
        .success();
    v.assert_unchanged(&before);
    v.run("alley import again.csv --update")
        .stderr("again.csv: 0 new, 1 updated, 1 unchanged\n")
        .success();
    assert_eq!(
        v.read("alleys.csv"),
        "id,name,group,leader,note\nA01,槐树巷,一组,,\nA02,油坊巷,三组,,巷口有井; 夏天注意\n"
    );
    // A leader is the same one by name and phone.
    v.outside("leaders.csv", LEADERS);
    v.run("leader import leaders.csv").ok();
    v.run("leader import leaders.csv")
        .stderr(
            "leaders.csv:2: column `phone`: `138 0000 0001` read as 13800000001\n\
             leaders.csv:2: column `since`: `2021/3/1` read as 2021-03-01\n\
             leaders.csv:3: column `phone`: `13800000002.0` read as 13800000002\n\
             leaders.csv:3: column `since`: `2021年3月1日` read as 2021-03-01\n\
             leaders.csv: 0 new, 0 updated, 2 unchanged\n",
        )
        .success();
}

#[test]
fn an_unknown_column_lists_the_accepted_names_in_both_languages() {
    let v = empty();
    v.outside("l.csv", "姓名,职务\n张桂兰,巷长\n");
    let before = v.snapshot();
    v.run("leader import l.csv")
        .stderr(
            "error: l.csv:1: unknown column `职务`\n\
             hint: the columns are id/编号/巷长编号, name/姓名/巷长/街巷长/名字, \
             phone/电话/手机/联系电话, alley/巷道/街巷/所属街巷/负责街巷, background/身份/背景/来源, \
             selected_by/产生方式/推选方式/选任方式, since/任职起/任职日期/上任日期/起始日期/任期开始, \
             until/任职止/离任日期/卸任日期/任期结束, note/备注 (in any order); nothing was imported\n",
        )
        .status(2);
    v.assert_unchanged(&before);
    v.outside("a.csv", "巷名,巷长\n槐树巷,王五\n");
    v.run("alley import a.csv")
        .stderr(
            "error: a.csv:2: column `leader`: there is no lane leader `王五` in leaders.csv\n\
             hint: nothing was imported (1 problem); fix the file and import it again\n",
        )
        .status(2);
    v.assert_unchanged(&before);
}

/// `alley list` and `leader list` exported for editing, in a Chinese folder:
/// the Chinese headers are import columns and the columns list adds from other
/// registries (街巷长姓名, 户数, 街巷名称) are passed; imported again, nothing changes.
#[test]
fn exported_alley_and_leader_lists_import_again_unchanged() {
    let v = Village::chinese();
    v.seed();
    for (what, n) in [("alley", 2), ("leader", 2)] {
        let out = v.tmp.path().join(format!("{what}.xlsx"));
        v.run(&format!("{what} list --format xlsx -o {}", out.display()))
            .ok();
        let before = v.snapshot();
        v.run(&format!("{what} import {} --update", out.display()))
            .stderr(format!("{}：新增0条，更新0条，未变{n}条\n", out.display()))
            .success();
        v.assert_unchanged(&before);
    }
}

/// A leader's background and who chose them, as a clerk types them: the words
/// of the Chinese (or English) interface are read as the stored keys, said per row.
#[test]
fn a_leaders_background_and_selection_are_read_from_their_words() {
    let v = empty();
    v.outside("alleys.csv", ALLEYS);
    v.run("alley import alleys.csv").ok();
    v.outside(
        "leaders.csv",
        "姓名,联系电话,负责街巷,身份,产生方式\n\
         张桂兰,13800000001,槐树巷,老党员,村“两委”选派\n\
         李德明,13800000002,A02,老干部,农户推荐\n\
         王秀英,13800000003,A02,respected,党员群众推选\n",
    );
    v.run("leader import leaders.csv")
        .stderr(
            "leaders.csv:2: column `background`: `老党员` read as party-member\n\
             leaders.csv:2: column `selected_by`: `村“两委”选派` read as two-committees\n\
             leaders.csv:3: column `background`: `老干部` read as cadre\n\
             leaders.csv:3: column `selected_by`: `农户推荐` read as household-recommendation\n\
             leaders.csv:4: column `selected_by`: `党员群众推选` read as party-members-and-masses\n\
             imported 3 rows from leaders.csv\n",
        )
        .success();
    let rows: Vec<String> = v
        .read("leaders.csv")
        .lines()
        .skip(1)
        .map(|l| l.split(',').take(6).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(
        rows,
        [
            "L01,张桂兰,13800000001,A01,party-member,two-committees",
            "L02,李德明,13800000002,A02,cadre,household-recommendation",
            "L03,王秀英,13800000003,A02,respected,party-members-and-masses",
        ]
    );
    // A word of no background is refused as before, naming the cell.
    let before = v.snapshot();
    v.outside(
        "bad.csv",
        "姓名,联系电话,负责街巷,身份,产生方式\n赵六,13800000004,A01,老村长,农户推荐\n",
    );
    let out = v.run("leader import bad.csv").out();
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("bad.csv:2"), "{}", out.stderr);
    v.assert_unchanged(&before);
}
