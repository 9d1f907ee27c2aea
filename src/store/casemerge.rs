//! A git merge driver for case files. Two clones that change one case both append
//! an event at the end of its file, which git's line merge sees as a conflict. Since
//! a case file only ever grows at the end, the merge is clear: the common start, then
//! both sides' new events in time order. When the files are not like that, or the
//! merged events are not a possible history (both sides resolved), the driver gives
//! up and git's own conflict markers are written for a person to decide.
//!
//! Registered per clone, never committed: `.git/info/attributes` gets
//! `tickets/**/*.toml merge=lane-ticket` and the clone's git config gets the command,
//! with `git merge-file` as the fallback so a missing lane binary still leaves the
//! usual conflict markers rather than one side's file.

use std::fs;
use std::path::Path;

use super::casefile::parse;
use super::git;
use super::ioerr::Op;
use crate::error::Result;
use crate::model::config::Config;
use crate::model::lifecycle::{fold, Rules};
use crate::model::time::Time;

/// The header every appended event starts with.
const EVENT: &str = "\n[[events]]\n";

/// The events a side appended to `base`, as `(text, time)`; `None` when the side is
/// not `base` with whole events appended.
fn appended<'a>(base: &str, side: &'a str) -> Option<Vec<(&'a str, Time)>> {
    let rest = side.strip_prefix(base)?;
    if rest.is_empty() {
        return Some(Vec::new());
    }
    if !rest.starts_with(EVENT) {
        return None;
    }
    let starts: Vec<usize> = rest.match_indices(EVENT).map(|(i, _)| i).collect();
    let chunks: Vec<&str> = starts
        .iter()
        .enumerate()
        .map(|(k, &i)| &rest[i..starts.get(k + 1).copied().unwrap_or(rest.len())])
        .collect();
    let all = parse(side).ok()?.events;
    let before = all.len().checked_sub(chunks.len())?;
    if parse(base).ok()?.events.len() != before {
        return None;
    }
    Some(
        chunks
            .into_iter()
            .zip(all[before..].iter().map(|e| e.at))
            .collect(),
    )
}

/// Merges three versions of a case file: `base` with both sides' appended events in
/// time order (ours first at the same time; an event both sides added is kept once).
/// `None` when the versions are not appends to `base`, or when `cfg` is given and
/// the merged events are not a possible history.
pub fn merge(base: &str, ours: &str, theirs: &str, cfg: Option<&Config>) -> Option<String> {
    let mut base = base.to_string();
    if !base.is_empty() && !base.ends_with('\n') {
        // An event appended to a file without a final newline starts with one.
        base.push('\n');
    }
    let mine = appended(&base, ours)?;
    let other = appended(&base, theirs)?;
    let mut events: Vec<(usize, &str, Time)> = mine
        .iter()
        .map(|(t, at)| (0, *t, *at))
        .chain(other.iter().map(|(t, at)| (1, *t, *at)))
        .collect();
    events.sort_by(|a, b| a.2.cmp(&b.2).then(a.0.cmp(&b.0)));
    let mut out = base.clone();
    let mut kept: Vec<&str> = Vec::new();
    for (_, text, _) in events {
        if !kept.contains(&text) {
            out.push_str(text);
            kept.push(text);
        }
    }
    let case = parse(&out).ok()?;
    if let Some(cfg) = cfg {
        fold(&case, &Rules::for_case(cfg, &case)).ok()?;
    }
    Some(out)
}

/// The driver's work on the three files git gives it: merges them (see [`merge`])
/// and writes the result over `ours`, as git expects. `Ok(false)` when the versions
/// cannot be merged; then nothing is written.
pub fn merge_files(base: &Path, ours: &Path, theirs: &Path, cfg: Option<&Config>) -> Result<bool> {
    let read = |path: &Path| fs::read_to_string(path).map_err(|e| Op::Read.fail(path, e));
    // A Windows clone's files may come with CRLF line ends: merged as LF, written
    // back with ours' line ends.
    let (base, mine, theirs) = (read(base)?, read(ours)?, read(theirs)?);
    let eol = super::casefile::line_end(mine.as_bytes());
    let lf = |t: &str| t.replace("\r\n", "\n");
    match merge(&lf(&base), &lf(&mine), &lf(&theirs), cfg) {
        Some(text) => fs::write(ours, text.replace('\n', eol))
            .map(|_| true)
            .map_err(|e| Op::Write.fail(ours, e)),
        None => Ok(false),
    }
}

/// What git runs: lane's merge, else git's own merge with conflict markers.
pub const DRIVER_NAME: &str = "lane-ticket";
pub const ATTRIBUTE: &str = "tickets/**/*.toml merge=lane-ticket";
/// The driver of patrol logs, named by the committed `.gitattributes` (format 2).
pub const PATROL_DRIVER_NAME: &str = "lane-patrol";

/// The whole-file conflict a refused merge leaves in `ours` for a person: our
/// version and theirs between git's markers, so the file cannot be committed
/// by accident and `lane check` names the marker lines.
pub fn write_conflict(ours: &Path, theirs: &Path) -> Result<()> {
    let read = |path: &Path| fs::read(path).map_err(|e| Op::Read.fail(path, e));
    let (mine, other) = (read(ours)?, read(theirs)?);
    let crlf = mine.windows(2).any(|w| w == b"\r\n");
    let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let mut out = Vec::with_capacity(mine.len() + other.len() + 64);
    for (marker, text) in [(&b"<<<<<<< ours"[..], &mine), (&b"======="[..], &other)] {
        out.extend_from_slice(marker);
        out.extend_from_slice(eol);
        out.extend_from_slice(text);
        if !text.is_empty() && !text.ends_with(b"\n") {
            out.extend_from_slice(eol);
        }
    }
    out.extend_from_slice(b">>>>>>> theirs");
    out.extend_from_slice(eol);
    fs::write(ours, out).map_err(|e| Op::Write.fail(ours, e))
}

/// The shell command git runs for a driver: lane's merge; when lane refuses
/// (exit 1) it has written conflict markers and the merge stays a conflict; when
/// lane cannot run at all (or fails otherwise), git's own text merge writes its
/// markers and the exit is still non-zero, so nothing is committed unseen.
pub fn driver_command(lane: &str) -> String {
    format!(
        "{lane} merge-driver %O %A %B %P; s=$?; [ $s -le 1 ] && exit $s; git merge-file --marker-size=%L -L ours -L base -L theirs %A %O %B; exit 1"
    )
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Registers the driver in the clone at `root` (its own git config and
/// `info/attributes`; nothing committed). Safe to run again.
pub fn install(root: &Path, lane: &Path) -> std::result::Result<(), String> {
    if !git::is_repo(root) {
        return Err(crate::msg!(
            "store-not-a-repo-top",
            path = root.display().to_string()
        ));
    }
    let git = |args: &[&str]| git::run(root, None, args).map_err(|f| f.first_line());
    let rel = git(&["rev-parse", "--git-path", "info/attributes"])?;
    let path = root.join(rel.trim());
    let mut text = fs::read_to_string(&path).unwrap_or_default();
    if !text.lines().any(|l| l.trim() == ATTRIBUTE) {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTE);
        text.push('\n');
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)
                .map_err(|e| Op::Create.text(&dir.display().to_string(), &e.to_string()))?;
        }
        fs::write(&path, text)
            .map_err(|e| Op::Write.text(&path.display().to_string(), &e.to_string()))?;
    }
    // `lane` by name (found on PATH when git runs it), else the quoted path.
    let program = match lane.to_string_lossy() {
        p if p == "lane" => p.into_owned(),
        p => shell_quote(&p),
    };
    let driver = driver_command(&program);
    for (name, what) in [
        (DRIVER_NAME, "lane: keep both sides' events of a case file"),
        (
            PATROL_DRIVER_NAME,
            "lane: merge patrol logs row by row, by ID",
        ),
    ] {
        git(&["config", &format!("merge.{name}.name"), what])?;
        git(&["config", &format!("merge.{name}.driver"), &driver])?;
    }
    Ok(())
}

/// Warnings about the driver registered in the clone at `root`: a command that
/// cannot run (the lane binary moved or deleted: every merge of a case file or
/// patrol log then ends in a text conflict), or the command of an older lane whose
/// text fallback could commit a merge lane refused. Nothing when none is
/// registered (a plain clone: git's own merge applies).
pub fn driver_warnings(root: &Path) -> Vec<String> {
    if !git::is_repo(root) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for name in [DRIVER_NAME, PATROL_DRIVER_NAME] {
        let key = format!("merge.{name}.driver");
        let Ok(cmd) = git::run(root, None, &["config", "--get", &key]) else {
            continue;
        };
        let cmd = cmd.trim();
        if !cmd.contains("%P; s=$?") {
            out.push(crate::msg!("store-driver-old", key = key.as_str()));
        } else if let Some(program) = driver_program(cmd) {
            if !runnable(&program) {
                out.push(crate::msg!(
                    "store-driver-missing",
                    key = key.as_str(),
                    program = program
                ));
            }
        }
    }
    out
}

/// The program at the start of a driver command: a single-quoted path or a word.
fn driver_program(cmd: &str) -> Option<String> {
    if let Some(rest) = cmd.strip_prefix('\'') {
        let mut out = String::new();
        let mut rest = rest;
        loop {
            let end = rest.find('\'')?;
            out.push_str(&rest[..end]);
            rest = &rest[end + 1..];
            match rest.strip_prefix("\\''") {
                Some(r) => {
                    out.push('\'');
                    rest = r;
                }
                None => return Some(out),
            }
        }
    }
    cmd.split_whitespace().next().map(String::from)
}

fn executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

/// Where `PATH` finds the program `name`, as the shell would.
pub fn on_path(name: &str) -> Option<std::path::PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|d| d.join(name))
        .find(|p| executable(p))
}

/// Whether `program` (a path, or a name looked up on `PATH`) is an executable file.
fn runnable(program: &str) -> bool {
    if program.contains('/') {
        executable(Path::new(program))
    } else {
        on_path(program).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "id = \"NJ-2026-0003\"\ntitle = \"t\"\ncategory = \"dispute\"\nalley = \"A01\"\nsource = \"inspection\"\nopened = \"2026-11-10T09:00:00+08:00\"\n\n[[events]]\nat = \"2026-11-10T09:00:00+08:00\"\nby = \"L01\"\naction = \"open\"\n";

    fn ev(at: &str, action: &str) -> String {
        format!("\n[[events]]\nat = \"2026-11-{at}:00+08:00\"\nby = \"x\"\naction = \"{action}\"\n")
    }

    #[test]
    fn both_sides_events_are_kept_in_time_order() {
        let ours = format!("{BASE}{}{}", ev("11T08:00", "note"), ev("12T08:00", "note"));
        let theirs = format!("{BASE}{}", ev("11T09:00", "resolve"));
        let want = format!(
            "{BASE}{}{}{}",
            ev("11T08:00", "note"),
            ev("11T09:00", "resolve"),
            ev("12T08:00", "note")
        );
        let cfg = Config::new("N", "NJ");
        assert_eq!(merge(BASE, &ours, &theirs, Some(&cfg)), Some(want.clone()));
        // The same from the other side, and with only one side changed.
        assert_eq!(merge(BASE, &theirs, &ours, Some(&cfg)), Some(want));
        assert_eq!(merge(BASE, BASE, &theirs, None), Some(theirs.clone()));
        // An event both added is kept once.
        assert_eq!(merge(BASE, &theirs, &theirs, None), Some(theirs));
    }

    #[test]
    fn anything_but_appended_events_is_left_to_a_person() {
        let cfg = Config::new("N", "NJ");
        // Both resolved: not a possible history.
        let ours = format!("{BASE}{}", ev("11T08:00", "resolve"));
        let theirs = format!("{BASE}{}", ev("11T09:00", "resolve"));
        assert_eq!(merge(BASE, &ours, &theirs, Some(&cfg)), None);
        assert!(merge(BASE, &ours, &theirs, None).is_some());
        // A fact edited on one side.
        let edited = BASE.replace("title = \"t\"", "title = \"u\"");
        assert_eq!(merge(BASE, &edited, &theirs, None), None);
        // Text that is not an event.
        let junk = format!("{BASE}\nnote = \"x\"\n");
        assert_eq!(merge(BASE, &junk, &theirs, None), None);
    }

    #[test]
    fn the_driver_program_is_read_back_from_its_command() {
        let q = shell_quote("/opt/it's here/lane");
        assert_eq!(
            driver_program(&driver_command(&q)).as_deref(),
            Some("/opt/it's here/lane")
        );
        assert_eq!(
            driver_program(&driver_command("lane")).as_deref(),
            Some("lane")
        );
        assert!(runnable("sh") && !runnable("/nonexistent/lane"));
    }

    #[test]
    fn a_base_without_a_final_newline_merges() {
        let base = BASE.trim_end();
        let ours = format!("{base}\n{}", ev("11T08:00", "note"));
        let theirs = format!("{base}\n{}", ev("11T09:00", "note"));
        let got = merge(base, &ours, &theirs, None).unwrap();
        assert_eq!(
            got,
            format!("{BASE}{}{}", ev("11T08:00", "note"), ev("11T09:00", "note"))
        );
    }

    /// Files with CRLF line ends (a Windows clone's, or one side's only) merge, and
    /// the result keeps ours' line ends.
    #[test]
    fn crlf_files_merge_with_ours_line_ends() {
        let t = tempfile::tempdir().unwrap();
        let crlf = |s: &str| s.replace('\n', "\r\n");
        let ours = format!("{BASE}{}", ev("11T08:00", "note"));
        let theirs = format!("{BASE}{}", ev("11T09:00", "note"));
        let want = format!("{BASE}{}{}", ev("11T08:00", "note"), ev("11T09:00", "note"));
        let files = [("b", crlf(BASE)), ("o", crlf(&ours)), ("t", theirs)];
        for (name, text) in &files {
            fs::write(t.path().join(name), text).unwrap();
        }
        let p = |n: &str| t.path().join(n);
        assert!(merge_files(&p("b"), &p("o"), &p("t"), None).unwrap());
        assert_eq!(fs::read_to_string(p("o")).unwrap(), crlf(&want));
    }
}
