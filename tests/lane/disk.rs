//! Disk trouble: a full disk (a tiny tmpfs where mounting is allowed; a file-size
//! limit, which needs no privilege, everywhere) and a read-only data folder. Each
//! gives a clear error, exit 1, and leaves every file as it was; once the trouble
//! is gone the same command works.

use crate::harness::{lane_at, lane_cmd, run, Out, Village};
use std::path::Path;
use std::process::Command;

/// Unmounts when dropped.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn seeded(v: &Village) {
    v.seed();
    v.run("open --by L01 --title 井盖松动 --category hazard --alley A01")
        .ok();
    v.run("patrol --leader L01 --kind inspection").ok();
}

/// The writes of every kind of file: a case file, a new case, a registry row, a
/// patrol row.
const WRITES: &[&[&str]] = &[
    &["note", "1", "路灯不亮", "--by", "L01"],
    &[
        "open",
        "--by",
        "L01",
        "--title",
        "x",
        "--category",
        "hazard",
        "--alley",
        "A02",
    ],
    &["household", "add", "--head", "孙立新", "--alley", "A02"],
    &["patrol", "--leader", "L02", "--kind", "inspection"],
];

/// Each write fails with an error that ends in `os_error` and the `hint`, writes
/// nothing and leaves no temp file.
fn each_write_fails_cleanly(
    v: &Village,
    run_it: impl Fn(&[&str]) -> Out,
    os_error: &str,
    hint: &str,
) {
    let before = v.snapshot();
    for args in WRITES {
        let out = run_it(args);
        assert_eq!(
            (out.code, out.stdout.as_str()),
            (1, ""),
            "{args:?}: {}",
            out.stderr
        );
        let first = out.stderr.lines().next().unwrap_or("");
        assert!(
            first.starts_with("error: cannot write ") && first.ends_with(os_error),
            "{args:?}: {}",
            out.stderr
        );
        assert_eq!(out.stderr.lines().nth(1), Some(hint), "{}", out.stderr);
        assert_eq!(out.stderr.lines().count(), 2, "{}", out.stderr);
        v.assert_unchanged(&before);
    }
}

#[test]
fn a_full_disk_gives_a_clear_error_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let disk = tmp.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=512k", "tmpfs"])
        .arg(&disk)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN); the file-size-limit test covers a failing write");
        return;
    }
    let v = Village {
        root: disk.join("v"),
        tmp,
        now: crate::harness::NOW.into(),
    };
    // Unmounted before `v` removes its temp folder.
    let _mounted = Mounted(disk.clone());
    lane_at(
        v.tmp.path(),
        &["init", "--no-git", v.root.to_str().unwrap()],
    )
    .ok();
    seeded(&v);
    // Fill the disk to the last page.
    let filler = disk.join("filler");
    let mut f = std::fs::File::create(&filler).unwrap();
    let chunk = vec![b'x'; 4096];
    while std::io::Write::write_all(&mut f, &chunk).is_ok() {}
    while std::io::Write::write_all(&mut f, b"x").is_ok() {}
    drop(f);
    each_write_fails_cleanly(
        &v,
        |a| v.lane(a),
        "No space left on device (os error 28)",
        "hint: the disk is full: make room, then do it again; nothing was changed",
    );
    // Reading still works, and so does writing once there is room again.
    v.run("list").ok();
    v.run("check").ok();
    std::fs::remove_file(&filler).unwrap();
    for args in WRITES {
        v.lane(args).ok();
    }
    v.run("check").ok();
}

/// RLIMIT_FSIZE = 0 (with SIGXFSZ ignored, as a shell passes it on) makes every write
/// to a file fail with EFBIG: a failing disk without privileges or mounts.
fn with_no_room(v: &Village, args: &[&str]) -> Out {
    let lane = lane_cmd(v.tmp.path());
    let mut c = Command::new("sh");
    c.current_dir(v.tmp.path())
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"")
        .arg(lane.get_program())
        .arg("--data")
        .arg(&v.root)
        .arg("--no-input")
        .args(args);
    for (k, val) in lane.get_envs() {
        match val {
            Some(val) => c.env(k, val),
            None => c.env_remove(k),
        };
    }
    run(c)
}

#[test]
fn a_write_that_fails_half_way_changes_nothing() {
    let v = Village::new();
    seeded(&v);
    each_write_fails_cleanly(
        &v,
        |a| with_no_room(&v, a),
        "File too large (os error 27)",
        "hint: nothing was changed",
    );
    for args in WRITES {
        v.lane(args).ok();
    }
    v.run("check").ok();
}

#[test]
fn a_read_only_data_folder_refuses_every_write_and_still_reads() {
    let v = Village::new();
    seeded(&v);
    let before = v.snapshot();
    let Some(guard) = crate::harness::read_only(&v.root) else {
        return;
    };
    for args in WRITES {
        let out = v.lane(args);
        assert_eq!((out.code, out.stdout.as_str()), (1, ""), "{args:?}");
        let lines: Vec<&str> = out.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{}", out.stderr);
        assert!(
            lines[0].starts_with(&format!(
                "error: cannot open the lock file {}: ",
                v.path(".lane/lock").display()
            )),
            "{}",
            out.stderr
        );
        assert_eq!(
            lines[1],
            "hint: lane needs write access to the data folder; nothing was changed"
        );
    }
    v.run("list").ok();
    v.run("show 1").ok();
    v.run("check").ok();
    drop(guard);
    v.assert_unchanged(&before);
    for args in WRITES {
        v.lane(args).ok();
    }
    assert!(Path::new(&v.path("tickets/2026/NJ-2026-0002.toml")).is_file());
}
