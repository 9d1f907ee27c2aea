//! The README's cron line, run as cron runs it (`sh -c`, in a fresh folder without
//! `reports/`), and the same line in examples/monthly-report.sh.

use crate::harness::Village;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The crontab line's command (after the five schedule fields) in `text`.
fn cron_command(text: &str) -> String {
    let line = text
        .lines()
        .map(|l| l.trim_start_matches('#').trim())
        .find(|l| l.starts_with("0 7 1 * *"))
        .expect("a cron line");
    line.splitn(6, char::is_whitespace)
        .filter(|w| !w.is_empty())
        .skip(5)
        .collect::<Vec<_>>()
        .join(" ")
        .trim()
        .to_string()
}

/// Runs `command` with the clerk's folders replaced by `v`'s and the script's
/// real path, as cron would (`/bin/sh -c`).
fn run_as_cron(v: &Village, command: &str) -> std::process::Output {
    let script = format!("{ROOT}/examples/monthly-report.sh");
    let command = command
        .replace("/home/clerk/nanjie", v.root.to_str().unwrap())
        .replace(
            "/home/clerk/bin/monthly-report.sh",
            &format!("bash {script}"),
        );
    Command::new("sh")
        .arg("-c")
        .arg(&command)
        .env("LANE", env!("CARGO_BIN_EXE_lane"))
        .env_remove("LANE_DATA")
        .env_remove("LANE_NOW")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn the_readme_cron_line_works_on_the_first_run() {
    let readme = std::fs::read_to_string(format!("{ROOT}/README.md")).unwrap();
    let script = std::fs::read_to_string(format!("{ROOT}/examples/monthly-report.sh")).unwrap();
    let command = cron_command(&readme);
    assert_eq!(command, cron_command(&script), "README and script differ");
    let v = Village::new();
    v.seed();
    assert!(!v.path("reports").exists());
    let out = run_as_cron(&v, &command);
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = v.read("reports/cron.log");
    assert!(log.starts_with("wrote reports/"), "{log}");
    let files: Vec<String> = std::fs::read_dir(v.path("reports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // md, csv, xlsx, html and the log
    assert_eq!(files.len(), 5, "{files:?}");
    assert!(files.iter().any(|f| f.ends_with(".xlsx")), "{files:?}");
    // A second run appends to the log.
    assert!(run_as_cron(&v, &command).status.success());
    assert_eq!(
        v.read("reports/cron.log").matches("wrote reports/").count(),
        2
    );
}
