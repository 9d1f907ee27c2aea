//! `lane man --dir DIR`: a page per command, as cargo and git ship them.

use crate::harness::{lane_at, Village};

#[test]
fn man_dir_writes_a_page_per_command() {
    let tmp = tempfile::tempdir().unwrap();
    let out = lane_at(tmp.path(), &["man", "--dir", "pages/man1"]);
    let paths = super::paths();
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.clone()),
        (
            0,
            "",
            format!("wrote {} man pages to pages/man1\n", paths.len())
        )
    );
    let mut want: Vec<String> = paths
        .iter()
        .map(|p| {
            let mut name = vec!["lane".to_string()];
            name.extend(p.iter().cloned());
            format!("{}.1", name.join("-"))
        })
        .collect();
    want.sort();
    let mut got: Vec<String> = std::fs::read_dir(tmp.path().join("pages/man1"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    got.sort();
    assert_eq!(got, want);
    for (path, file) in paths.iter().zip(paths.iter().map(|p| {
        let mut name = vec!["lane".to_string()];
        name.extend(p.iter().cloned());
        name.join("-")
    })) {
        let page =
            std::fs::read_to_string(tmp.path().join(format!("pages/man1/{file}.1"))).unwrap();
        let th = page.lines().find(|l| l.starts_with(".TH ")).unwrap_or("");
        assert!(th.starts_with(&format!(".TH {file} 1 ")), "{file}: {th}");
        assert!(th.contains("\"lane 0.1.0\""), "{file}: {th}");
        let name = page
            .split_once(".SH NAME\n")
            .map(|(_, rest)| rest.lines().next().unwrap_or(""))
            .unwrap_or("");
        assert!(
            name.starts_with(&format!("{} \\- ", file.replace('-', "\\-"))),
            "{file}: NAME is {name}"
        );
        // Its examples come along.
        if !path.is_empty() {
            assert!(page.contains("Examples:"), "{file} has no examples");
        }
    }
    // Without --dir, lane.1 on stdout as before.
    let stdout = lane_at(tmp.path(), &["man"]);
    assert_eq!(stdout.code, 0);
    assert_eq!(
        stdout.stdout,
        std::fs::read_to_string(tmp.path().join("pages/man1/lane.1")).unwrap()
    );
}

#[test]
fn man_pages_are_in_the_folders_language() {
    let v = Village::chinese();
    let out = v.run("man --dir man1").env("LANE_LANG", "zh-CN").out();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = std::fs::read_to_string(v.tmp.path().join("man1/lane-open.1")).unwrap();
    assert!(
        page.contains(".SH 名称\nlane\\-open \\- 巡查：为发现的问题登记案件"),
        "{page}"
    );
    assert!(page.contains("示例："), "{page}");
}
