//! Unit tests of [`super`]: batches, the journal and its recovery.
use super::*;

fn folder() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("v");
    fs::create_dir_all(root.join("tickets/2026")).unwrap();
    (t, root)
}

/// A crash after the journal: recovery (run by the next lock) finishes every rename.
#[test]
fn an_interrupted_batch_is_finished_by_the_next_lock() {
    let (_t, root) = folder();
    fs::write(root.join("alleys.csv"), "old a\n").unwrap();
    fs::write(root.join("tickets/2026/X.toml"), "old x\n").unwrap();
    // The state a SIGKILL between the first and second rename leaves.
    fs::write(root.join("alleys.csv"), "new a\n").unwrap();
    fs::write(root.join("tickets/2026/.lane-tmp-abc"), "new x\n").unwrap();
    fs::create_dir_all(root.join(LANE_DIR)).unwrap();
    let entry = |tmp: &str, target: &str, before: &str, after: &str| Entry {
        tmp: tmp.into(),
        target: target.into(),
        before: Some(fingerprint(before.as_bytes())),
        after: Some(fingerprint(after.as_bytes())),
    };
    let journal = Journal {
        change: "t".into(),
        writes: vec![
            entry(".lane-tmp-gone", "alleys.csv", "old a\n", "new a\n"),
            entry(
                "tickets/2026/.lane-tmp-abc",
                "tickets/2026/X.toml",
                "old x\n",
                "new x\n",
            ),
        ],
    };
    write_journal(&root, &journal).unwrap();
    assert!(has_journal(&root));
    // What the next lock does first (store/lock.rs).
    recover(&root).unwrap();
    assert!(!has_journal(&root));
    assert_eq!(
        fs::read_to_string(root.join("alleys.csv")).unwrap(),
        "new a\n"
    );
    assert_eq!(
        fs::read_to_string(root.join("tickets/2026/X.toml")).unwrap(),
        "new x\n"
    );
    assert!(!root.join("tickets/2026/.lane-tmp-abc").exists());
}

/// A journal that names anything but lane's temp files renames nothing.
#[test]
fn a_foreign_journal_moves_nothing() {
    let (_t, root) = folder();
    fs::write(root.join("alleys.csv"), "a\n").unwrap();
    fs::create_dir_all(root.join(LANE_DIR)).unwrap();
    let pairs = vec![
        ("alleys.csv".to_string(), "leaders.csv".to_string()),
        ("../x".to_string(), "alleys.csv".to_string()),
    ];
    fs::write(journal_path(&root), serde_json::to_string(&pairs).unwrap()).unwrap();
    recover(&root).unwrap();
    assert!(root.join("alleys.csv").exists() && !root.join("leaders.csv").exists());
    fs::write(journal_path(&root), "not json").unwrap();
    recover(&root).unwrap();
    assert!(!has_journal(&root));
}

#[test]
fn a_batch_is_written_whole_and_leftover_temp_files_go() {
    let (_t, root) = folder();
    // A write killed in tickets/2026 left a temp file and its `writing` note.
    fs::write(root.join("tickets/2026/.lane-tmp-old"), "x").unwrap();
    fs::create_dir_all(root.join(LANE_DIR)).unwrap();
    fs::write(root.join(LANE_DIR).join(WRITING), "tickets/2026\n").unwrap();
    recover(&root).unwrap();
    let mut b = Batch::new();
    b.put(root.join("alleys.csv"), b"a\n".to_vec());
    b.put(root.join("tickets/2026/X.toml"), b"x\n".to_vec());
    b.commit(&root).unwrap();
    assert!(!has_journal(&root));
    let names: Vec<String> = fs::read_dir(root.join("tickets/2026"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["X.toml"]);
    assert!(!root.join(LANE_DIR).join(WRITING).exists());
    // Without a note nothing is listed: a stray temp file stays for `lane check`.
    fs::write(root.join("tickets/2026/.lane-tmp-stray"), "x").unwrap();
    let mut b = Batch::new();
    b.put(root.join("tickets/2026/Y.toml"), b"y\n".to_vec());
    b.commit(&root).unwrap();
    assert!(root.join("tickets/2026/.lane-tmp-stray").exists());
}

#[cfg(unix)]
#[test]
fn paths_through_links_or_out_of_the_folder_are_refused() {
    let (t, root) = folder();
    let outside = t.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, root.join("tickets/2027")).unwrap();
    let e = inside(&root, &root.join("tickets/2027/X.toml")).unwrap_err();
    assert_eq!(
        e.problems,
        vec!["tickets/2027 is a symbolic link; lane reads and writes only files inside the data folder"]
    );
    assert!(inside(&root, &root.join("tickets/../../x")).is_err());
    assert!(inside(&root, &outside.join("x")).is_err());
    assert!(inside(&root, &root).is_err());
    assert_eq!(
        inside(&root, &root.join("tickets/2028/new/X.toml")).unwrap(),
        "tickets/2028/new/X.toml"
    );
    let mut b = Batch::new();
    b.put(root.join("tickets/2027/X.toml"), b"x".to_vec());
    assert!(b.commit(&root).is_err());
    assert_eq!(fs::read_dir(&outside).unwrap().count(), 0);
}

/// The warning of a file an interrupted change could not write, with and without
/// the change's name and the files it did write.
#[test]
fn the_unapplied_warning_names_what_it_knows() {
    let aside = ".lane/unapplied/alleys.csv";
    assert_eq!(
        unapplied_warning("", "alleys.csv", aside, &[]),
        "an interrupted change was not finished for alleys.csv: the file changed after the change began (a `git pull` or another edit), so lane did not write over it; what the change meant it to be is kept in .lane/unapplied/alleys.csv. Compare them with `git diff --no-index alleys.csv .lane/unapplied/alleys.csv`, add what is missing to alleys.csv by hand or do the change again, then delete .lane/unapplied/alleys.csv and run `lane check`"
    );
    let written = ["a.csv".to_string(), "b.csv".to_string()];
    let w = unapplied_warning("A01: edit", "alleys.csv", aside, &written);
    assert!(
        w.starts_with("the interrupted change \"A01: edit\" was not finished for alleys.csv: ")
            && w.contains("write over it (its other files were written: a.csv, b.csv); what"),
        "{w}"
    );
}
