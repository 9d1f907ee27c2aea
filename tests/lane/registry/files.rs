//! What the registry verbs do to the files: untouched rows stay byte-identical,
//! CRLF and BOM survive a rewrite, and with git each action is one commit.

use crate::harness::{add_leader, changed_lines, Village};

const ALLEYS: &str = "alleys.csv";
const LEADERS: &str = "leaders.csv";
const HOUSEHOLDS: &str = "households.csv";

#[test]
fn a_rewrite_keeps_untouched_rows_byte_identical() {
    let v = Village::new();
    v.seed();
    // Rows as a person or a spreadsheet may write them: needless quotes, a quoted
    // comma, an escaped quote, a blank line, no final line end.
    let odd = "id,head,alley,address,members,phone,tags,note\n\
               \"H0001\",\"王秀英\",A01,\"一组1号\",3,,,\n\
               H0002,赵国强,A01,\"一组,2号\",4,,,\"说\"\"好\"\"\"\n\
               \n\
               H0003,刘玉兰,A02,二组1号,2,,,\n\
               H0004,陈建军,A02,,1,,,";
    v.write(HOUSEHOLDS, odd);
    v.run("household edit H0003 --members 3")
        .stderr("changed household H0003\n")
        .success();
    assert_eq!(
        v.read(HOUSEHOLDS),
        odd.replace(
            "H0003,刘玉兰,A02,二组1号,2,,,\n",
            "H0003,刘玉兰,A02,二组1号,3,,,\n"
        )
    );
    // Regression: editing the row before a blank line dropped the blank line.
    let before = v.bytes(HOUSEHOLDS);
    v.run("household edit H0002 --members 5").ok();
    assert_eq!(
        changed_lines(&before, &v.bytes(HOUSEHOLDS)),
        [(
            3,
            "H0002,赵国强,A01,\"一组,2号\",4,,,\"说\"\"好\"\"\"\n".into(),
            "H0002,赵国强,A01,\"一组,2号\",5,,,\"说\"\"好\"\"\"\n".into()
        )]
    );
    // Appending gives the last row its line end and leaves the rest alone.
    v.run("household add --id H0005 --head 孙丽 --alley A01")
        .ok();
    assert_eq!(
        v.read(HOUSEHOLDS),
        format!(
            "{}\nH0005,孙丽,A01,,,,,\n",
            odd.replace(",2,,,\n", ",3,,,\n").replace(",4,,,", ",5,,,")
        )
    );
    v.run("household remove H0002").ok();
    assert_eq!(
        v.read(HOUSEHOLDS),
        "id,head,alley,address,members,phone,tags,note\n\
         \"H0001\",\"王秀英\",A01,\"一组1号\",3,,,\n\
         H0003,刘玉兰,A02,二组1号,3,,,\n\
         H0004,陈建军,A02,,1,,,\n\
         H0005,孙丽,A01,,,,,\n"
    );
}

#[test]
fn crlf_and_bom_files_stay_crlf_and_bom() {
    let v = Village::new();
    v.seed();
    let crlf = |s: &str| format!("\u{FEFF}{}", s.replace('\n', "\r\n"));
    v.write(ALLEYS, crlf(&v.read(ALLEYS)));
    v.write(LEADERS, crlf(&v.read(LEADERS)));
    v.write(HOUSEHOLDS, crlf(&v.read(HOUSEHOLDS)));
    v.run("household add --id H0004 --head 陈建军 --alley A02")
        .ok();
    v.run("household edit H0001 --members 2").ok();
    v.run("household remove H0002").ok();
    assert_eq!(
        v.read(HOUSEHOLDS),
        crlf(
            "id,head,alley,address,members,phone,tags,note\n\
              H0001,王秀英,A01,一组1号,2,13900000001,elderly,\n\
              H0003,刘玉兰,A02,二组1号,2,13900000003,,\n\
              H0004,陈建军,A02,,,,,\n"
        )
    );
    // A leader edit rewrites both leaders.csv and alleys.csv.
    v.run("leader edit L02 --until 2026-06-30").ok();
    assert_eq!(
        v.read(ALLEYS),
        crlf("id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,,\n")
    );
    assert!(v.read(LEADERS).ends_with("2021-03-01,2026-06-30,\r\n"));
    assert!(v.read(LEADERS).starts_with("\u{FEFF}id,name"));
    v.run("check").ok();
}

#[test]
fn with_git_each_action_is_one_commit_of_its_files() {
    let v = Village::with_git();
    v.run("alley add --id A01 --name 槐树巷 --group 一组").ok();
    v.run("alley add --id A02 --name 油坊巷").ok();
    add_leader(&v, "L01", "张桂兰", "A01").ok();
    v.run("household add --id H0001 --head 王秀英 --alley A01")
        .ok();
    v.run("household edit H0001 --members 3").ok();
    v.run("alley edit A01 --note 巷口有井").ok();
    v.run("leader edit L01 --phone 13800000001").ok();
    v.outside("people.csv", "户主,巷道\n赵国强,槐树巷\n刘玉兰,油坊巷\n");
    v.run("household import people.csv")
        .stderr("imported 2 households\n")
        .success();
    v.run("household remove H0002").ok();
    v.run("alley remove A02")
        .stderr(
            "error: alley A02 is still referred to by households.csv:3\n\
         hint: change or remove those first; nothing was removed\n",
        )
        .status(1);
    v.run("household remove H0003").ok();
    v.run("alley remove A02").ok();
    v.run("leader edit L01 --until 2026-11-01").ok();
    v.run("leader remove L01").ok();
    assert_eq!(
        v.git(&["log", "--format=%s", "--name-only"]),
        "leader: remove L01 张桂兰\n\nleaders.csv\n\
         leader: edit L01 张桂兰\n\nalleys.csv\nleaders.csv\n\
         alley: remove A02 油坊巷\n\nalleys.csv\n\
         household: remove H0003 刘玉兰\n\nhouseholds.csv\n\
         household: remove H0002 赵国强\n\nhouseholds.csv\n\
         household: import 2 households from people.csv\n\nhouseholds.csv\n\
         leader: edit L01 张桂兰\n\nleaders.csv\n\
         alley: edit A01 槐树巷\n\nalleys.csv\n\
         household: edit H0001 王秀英\n\nhouseholds.csv\n\
         household: add H0001 王秀英 (A01)\n\nhouseholds.csv\n\
         leader: add L01 张桂兰 (A01)\n\nalleys.csv\nleaders.csv\n\
         alley: add A02 油坊巷\n\nalleys.csv\n\
         alley: add A01 槐树巷\n\nalleys.csv\n\
         init: Nanjie Village\n\n.gitattributes\n.gitignore\nalleys.csv\nhouseholds.csv\n\
         lane.toml\nleaders.csv\npatrols/.gitkeep\nstars/.gitkeep\ntickets/.gitkeep\n"
    );
    assert_eq!(v.git(&["status", "--porcelain"]), "");
    // --no-commit writes the change and leaves it for the clerk to commit.
    v.run("--no-commit alley add --id A03 --name 学堂巷").ok();
    assert_eq!(v.git(&["status", "--porcelain"]), " M alleys.csv\n");
    assert_eq!(v.git_log().len(), 14);
}
