//! Alleys, leaders and households through the real binary.

mod common;
use common::Village;

#[test]
fn a_chinese_name_round_trips_byte_for_byte() {
    let v = Village::new();
    assert_eq!(
        v.lane(&[
            "alley",
            "add",
            "--id",
            "A01",
            "--name",
            "槐树巷",
            "--group",
            "一组"
        ])
        .ok(),
        "A01\n"
    );
    let out = v.lane(&[
        "leader",
        "add",
        "--id",
        "L01",
        "--name",
        "张桂兰",
        "--phone",
        "13800000001",
        "--alley",
        "A01",
        "--background",
        "party-member",
        "--selected-by",
        "two-committees",
        "--since",
        "2021-03-01",
    ]);
    assert_eq!(out.ok(), "L01\n");
    assert_eq!(out.stderr, "added lane leader L01 (张桂兰) (A01)\n");
    assert_eq!(
        v.lane(&["--format", "csv", "leader", "list"]).ok(),
        "id,name,phone,alley,alley_name,background,selected_by,since,until,note\n\
         L01,张桂兰,13800000001,A01,槐树巷,party-member,two-committees,2021-03-01,,\n"
    );
    assert_eq!(
        v.read("alleys.csv"),
        "id,name,group,leader,note\nA01,槐树巷,一组,L01,\n"
    );
}
