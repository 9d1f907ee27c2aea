//! A Windows clone (`core.autocrlf=true`): every file lane reads comes with CRLF.
//! What lane writes keeps each file's line ends (no file with mixed ends), the
//! merge driver merges two clones' notes to one case, and `lane check` is clean.

use crate::harness::{git, Village};

/// The files of the folder (`.git` and `.lane` aside) that mix LF and CRLF.
fn mixed(v: &Village) -> Vec<String> {
    v.snapshot()
        .into_iter()
        .filter(|(_, b)| {
            let crlf = b.windows(2).filter(|w| w == b"\r\n").count();
            let lf = b.iter().filter(|&&c| c == b'\n').count();
            crlf > 0 && crlf < lf
        })
        .map(|(k, _)| k)
        .collect()
}

#[test]
fn a_crlf_clone_stays_consistent_and_merges() {
    let office = Village::with_git();
    office.seed();
    git(&office.root, &["add", "-A"]);
    git(&office.root, &["commit", "-qm", "seed"]);
    office
        .run("open --by L01 --title 井盖松动 --category hazard --alley A01")
        .ok();
    office
        .run("patrol --leader L01 --kind inspection --note 早")
        .ok();
    office.run("stars new 2026 --date 2026-11-01").ok();

    let win = Village {
        tmp: tempfile::tempdir().unwrap(),
        root: std::path::PathBuf::new(),
        now: office.now.clone(),
    };
    let root = win.tmp.path().join("win");
    git(
        win.tmp.path(),
        &[
            "clone",
            "-q",
            "-c",
            "core.autocrlf=true",
            office.root.to_str().unwrap(),
            root.to_str().unwrap(),
        ],
    );
    let win = Village { root, ..win };
    assert!(
        win.read("households.csv").contains("\r\n"),
        "the checkout is not CRLF"
    );
    assert!(win.read("tickets/2026/NJ-2026-0001.toml").contains("\r\n"));
    win.run("merge-driver --install").ok();
    win.run("local --station W").ok();

    // A lifecycle, patrols and registry rows in the Windows clone.
    let id = "NJ-2026-0001";
    for line in [
        format!("note {id} 窗口 --by L01"),
        format!("escalate {id} --reason 需要村里 --by L01"),
        format!("resolve {id} --note 修好 --by L01"),
        format!("visit {id} --result unsatisfied --note 又松了 --by L01"),
        "patrol --leader L01 --kind inspection --note 窗口巡".to_string(),
        "household add --id H0004 --head 孙长林 --alley A02".to_string(),
        "household edit H0001 --note 改".to_string(),
        "alley edit A02 --note 改".to_string(),
        "leader edit L02 --note 改".to_string(),
        "stars rate H0001 --met all --note 好".to_string(),
        "stars rate H0003 --met clean".to_string(),
        "open --by L02 --title 路灯 --category hazard --alley A02".to_string(),
    ] {
        win.run(&line).ok();
    }
    assert_eq!(mixed(&win), Vec::<String>::new());
    assert_eq!(win.git(&["status", "--porcelain"]), "");

    // Meanwhile the office notes the same case; the Windows clone pulls.
    office.run(&format!("note {id} 办公室 --by L02")).ok();
    git(&win.root, &["pull", "-q", "--no-rebase", "--no-edit"]);
    let case = win.read(&format!("tickets/2026/{id}.toml"));
    assert!(case.contains("办公室") && case.contains("窗口"), "{case}");
    assert_eq!(mixed(&win), Vec::<String>::new());
    win.run(&format!("note {id} 合并后 --by L01")).ok();
    assert_eq!(mixed(&win), Vec::<String>::new());
    let check = win.run("check").out();
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stderr.ends_with("0 errors, 0 warnings\n"),
        "{}{}",
        check.stdout,
        check.stderr
    );
    assert_eq!(win.git(&["status", "--porcelain"]), "");
    let listed = crate::harness::json(win.run("--format json list").ok());
    assert_eq!(listed.as_array().unwrap().len(), 2);
}
