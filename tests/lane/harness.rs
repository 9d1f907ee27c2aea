//! The shared harness: a data folder in a temp dir, the real `lane` binary run on
//! it, and helpers to compare the folder's bytes before and after.
//!
//! A test reads as a session at the terminal: the command line as one string,
//! split as a shell splits it, then exactly what lane must print and its exit code.
//!
//! ```ignore
//! let v = Village::new();
//! v.run("alley add --id A03 --name 'Well Lane' --group 三组")
//!     .stderr("added alley A03\n")
//!     .success();
//! v.run("alley show A09")
//!     .stderr("error: there is no alley `A09` in alleys.csv\n")
//!     .status(2);
//! ```
#![allow(dead_code)]

pub mod town;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// The clock every test runs at, unless it sets LANE_NOW itself.
pub const NOW: &str = "2026-11-20T10:00";

/// What a run of lane produced.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "lane failed:\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        &self.stdout
    }
    /// Asserts the exit code, stdout and stderr, all exactly.
    #[track_caller]
    pub fn is(&self, code: i32, stdout: &str, stderr: &str) {
        assert_eq!(
            (self.code, self.stdout.as_str(), self.stderr.as_str()),
            (code, stdout, stderr),
            "unexpected result (code, stdout, stderr)"
        );
    }
    /// Asserts the exit code and exact stderr, and that stdout is empty.
    #[track_caller]
    pub fn fails(&self, code: i32, stderr: &str) {
        assert_eq!(
            (self.code, self.stderr.as_str(), self.stdout.as_str()),
            (code, stderr, ""),
            "unexpected result"
        );
    }
}

/// One run of lane, not started yet: a command line and what it must print.
/// What is not given must be empty (`.status(0)` alone asserts silence on both
/// streams); `.ok()` and `.out()` are for output a test parses itself.
#[must_use = "nothing runs until .status(), .success(), .ok() or .out()"]
pub struct Run {
    cmd: Command,
    line: String,
    stdout: String,
    stderr: String,
}

impl Run {
    /// `base` with `line` split as a shell splits it (quotes, backslashes) added.
    pub(crate) fn new(mut base: Command, line: &str) -> Run {
        let words =
            shell_words::split(line).unwrap_or_else(|e| panic!("cannot split `{line}`: {e}"));
        base.args(&words);
        Run {
            cmd: base,
            line: line.to_string(),
            stdout: String::new(),
            stderr: String::new(),
        }
    }

    /// One more argument, taken as it is (a path, a value with quotes in it).
    pub fn arg(mut self, arg: impl AsRef<std::ffi::OsStr>) -> Run {
        self.line.push(' ');
        self.line.push_str(&arg.as_ref().to_string_lossy());
        self.cmd.arg(arg);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Run {
        self.cmd.env(key, value);
        self
    }

    /// The exact stdout expected.
    pub fn stdout(mut self, text: impl Into<String>) -> Run {
        self.stdout = text.into();
        self
    }

    /// The exact stderr expected.
    pub fn stderr(mut self, text: impl Into<String>) -> Run {
        self.stderr = text.into();
        self
    }

    /// Runs it and asserts the exit code, stdout and stderr, all exactly.
    #[track_caller]
    pub fn status(self, code: i32) -> Out {
        let (line, stdout, stderr) = (self.line.clone(), self.stdout.clone(), self.stderr.clone());
        let out = self.out();
        let mut bad = String::new();
        if out.code != code {
            bad += &format!("exit code: want {code}, got {}\n", out.code);
        }
        for (name, want, got) in [
            ("stdout", &stdout, &out.stdout),
            ("stderr", &stderr, &out.stderr),
        ] {
            if want != got {
                bad += &format!("{name}: want\n{want:?}\n  got\n{got:?}\n");
            }
        }
        assert!(
            bad.is_empty(),
            "lane {line}\n{bad}(stdout as printed:)\n{}",
            out.stdout
        );
        out
    }

    /// `.status(0)`.
    #[track_caller]
    pub fn success(self) -> Out {
        self.status(0)
    }

    /// Runs it, asserts exit code 0 only and returns stdout, for output the test
    /// parses (CSV, JSON) or compares with another run.
    #[track_caller]
    pub fn ok(self) -> String {
        let line = self.line.clone();
        let out = self.out();
        assert_eq!(
            out.code, 0,
            "lane {line} failed:\nstdout:\n{}\nstderr:\n{}",
            out.stdout, out.stderr
        );
        out.stdout
    }

    /// Runs it and asserts nothing.
    pub fn out(self) -> Out {
        run(self.cmd)
    }
}

/// `lane LINE` in `cwd` without `--data` (for `init` and the like).
pub fn run_at(cwd: &Path, line: &str) -> Run {
    Run::new(lane_cmd(cwd), line)
}

/// A data folder in its own temp dir.
pub struct Village {
    pub tmp: TempDir,
    pub root: PathBuf,
    pub now: String,
}

/// A `lane` command with a clean environment: fixed clock, a git identity of its
/// own, no prompts, no user config.
pub fn lane_cmd(cwd: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lane"));
    c.current_dir(cwd)
        .env_remove("LANE_DATA")
        .env_remove("LANE_BY")
        .env_remove("LANE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LANG")
        // The terminal's settings (src/term.rs): each test sets its own
        // (NO_COLOR=1 below; a colour test sets it empty).
        .env_remove("CLICOLOR_FORCE")
        .env_remove("PAGER")
        .env_remove("LANE_PAGER")
        .env_remove("COLUMNS")
        .env_remove("LINES")
        .env("LANE_NOW", NOW)
        .env("GIT_AUTHOR_NAME", "Test Clerk")
        .env("GIT_AUTHOR_EMAIL", "clerk@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test Clerk")
        .env("GIT_COMMITTER_EMAIL", "clerk@example.invalid")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("NO_COLOR", "1");
    c
}

/// Runs `lane ARGS...` in `cwd` without `--data` (for `init` and the like).
pub fn lane_at(cwd: &Path, args: &[&str]) -> Out {
    let mut c = lane_cmd(cwd);
    c.args(args);
    run(c)
}

/// CSV output parsed back into rows of cells, the header row first.
pub fn csv_rows(text: impl AsRef<str>) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_ref().as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

/// JSON output parsed back.
pub fn json(text: impl AsRef<str>) -> serde_json::Value {
    let text = text.as_ref();
    serde_json::from_str(text).unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{text}"))
}

/// The lines (line ends kept) where two files of the same number of lines differ:
/// `(line number, before, after)`.
pub fn changed_lines(before: &[u8], after: &[u8]) -> Vec<(usize, String, String)> {
    let split = |b: &[u8]| -> Vec<String> {
        b.split_inclusive(|c| *c == b'\n')
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .collect()
    };
    let (a, b) = (split(before), split(after));
    assert_eq!(
        a.len(),
        b.len(),
        "the number of lines changed:\n{a:?}\n{b:?}"
    );
    a.into_iter()
        .zip(b)
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(i, (x, y))| (i + 1, x, y))
        .collect()
}

pub fn run(mut c: Command) -> Out {
    let o = c.output().expect("run lane");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
    }
}

impl Village {
    /// An empty village made by `lane init --no-git`.
    pub fn new() -> Village {
        Village::init(&["--no-git"])
    }

    /// An empty village that is a git repository with a first commit.
    pub fn with_git() -> Village {
        Village::init(&[])
    }

    /// The sample village of Nanjie's size (`lane init --sample --no-git`).
    pub fn sample() -> Village {
        Village::init(&["--sample", "--no-git"])
    }

    /// An empty Chinese village, 南街村 (`lane init --lang zh-CN --no-git`).
    pub fn chinese() -> Village {
        Village::init(&["--no-git", "--lang", "zh-CN", "--name", "南街村"])
    }

    /// A copy of `tests/fixtures/NAME` (a folder of an older format, made by
    /// examples/make-v1-fixture.sh with the last lane of that format), committed as
    /// "format N" (NAME `vN`) to a fresh repository when `with_git`.
    pub fn fixture(name: &str, with_git: bool) -> Village {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path().join("village");
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        copy_dir(&from, &root);
        if with_git {
            git(&root, &["init", "-q"]);
            git(&root, &["add", "-A"]);
            let msg = format!("format {}", &name[1..]);
            git(&root, &["commit", "-q", "-m", &msg]);
        }
        Village {
            tmp,
            root,
            now: NOW.to_string(),
        }
    }

    fn init(extra: &[&str]) -> Village {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path().join("village");
        let mut c = lane_cmd(tmp.path());
        c.arg("init").arg(&root).args(extra);
        run(c).ok();
        Village {
            tmp,
            root,
            now: NOW.to_string(),
        }
    }

    /// `lane --data ROOT --no-input LINE`, at the village's clock.
    pub fn run(&self, line: &str) -> Run {
        let mut c = lane_cmd(self.tmp.path());
        c.env("LANE_NOW", &self.now)
            .arg("--data")
            .arg(&self.root)
            .arg("--no-input");
        Run::new(c, line)
    }

    /// Runs `lane --data ROOT --no-input ARGS...`.
    pub fn lane(&self, args: &[&str]) -> Out {
        let mut c = lane_cmd(self.tmp.path());
        c.env("LANE_NOW", &self.now)
            .arg("--data")
            .arg(&self.root)
            .arg("--no-input")
            .args(args);
        run(c)
    }

    /// Like [`Village::lane`] with extra environment variables.
    pub fn lane_env(&self, args: &[&str], env: &[(&str, &str)]) -> Out {
        let mut c = lane_cmd(self.tmp.path());
        c.env("LANE_NOW", &self.now)
            .arg("--data")
            .arg(&self.root)
            .arg("--no-input")
            .args(args);
        for (k, v) in env {
            c.env(k, v);
        }
        run(c)
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn bytes(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Asserts that the folder holds exactly the files and bytes of `before`,
    /// naming the files that differ.
    #[track_caller]
    pub fn assert_unchanged(&self, before: &BTreeMap<String, Vec<u8>>) {
        let after = self.snapshot();
        let names = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(names(&after), names(before), "files were added or removed");
        let changed: Vec<&String> = after
            .iter()
            .filter(|(k, v)| before[*k] != **v)
            .map(|(k, _)| k)
            .collect();
        assert!(changed.is_empty(), "files changed: {changed:?}");
    }

    /// Runs git in the folder and returns its stdout.
    pub fn git(&self, args: &[&str]) -> String {
        git(&self.root, args)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    /// Writes a file outside the data folder (an import file, say) and returns its path.
    pub fn outside(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.tmp.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// Every file of the folder and its bytes, `.lane/` (the lock and the derived
    /// index) and `.git/` left out.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(&self.root, &self.root, &mut out);
        out
    }

    /// Git's one-line log, newest first.
    pub fn git_log(&self) -> Vec<String> {
        let o = Command::new("git")
            .arg("-C")
            .arg(&self.root)
            .args(["log", "--format=%s"])
            .output()
            .expect("git log");
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    }

    /// Standard alleys, leaders and households for tests: A01 (L01, H0001, H0002),
    /// A02 (L02, H0003).
    pub fn seed(&self) {
        self.write(
            "alleys.csv",
            "id,name,group,leader,note\nA01,槐树巷,一组,L01,\nA02,油坊巷,二组,L02,\n",
        );
        self.write(
            "leaders.csv",
            "id,name,phone,alley,background,selected_by,since,until,note\n\
             L01,张桂兰,13800000001,A01,party-member,two-committees,2021-03-01,,\n\
             L02,李德明,13800000002,A02,cadre,household-recommendation,2021-03-01,,\n",
        );
        self.write(
            "households.csv",
            "id,head,alley,address,members,phone,tags,note\n\
             H0001,王秀英,A01,一组1号,3,13900000001,elderly,\n\
             H0002,赵国强,A01,一组2号,4,,,\n\
             H0003,刘玉兰,A02,二组1号,2,13900000003,,\n",
        );
    }

    /// Writes a minimal open case file by hand (`lane open` is not needed) and
    /// returns its path in the folder.
    pub fn case(&self, seq: u32, alley: &str, household: Option<&str>) -> String {
        let id = format!("NJ-2026-{seq:04}");
        let rel = format!("tickets/2026/{id}.toml");
        let household = household
            .map(|h| format!("household = \"{h}\"\n"))
            .unwrap_or_default();
        self.write(
            &rel,
            format!(
                "id = \"{id}\"\ntitle = \"巷口垃圾堆放\"\ncategory = \"sanitation\"\n\
                 alley = \"{alley}\"\n{household}source = \"inspection\"\n\
                 opened = \"2026-11-03T09:15:00+08:00\"\n\n[[events]]\n\
                 at = \"2026-11-03T09:15:00+08:00\"\nby = \"L01\"\naction = \"open\"\n"
            ),
        );
        rel
    }
}

/// `(scope, key) -> metric -> value` from a CSV report.
pub fn parse_report(text: impl AsRef<str>) -> BTreeMap<(String, String), BTreeMap<String, String>> {
    let rows = csv_rows(text);
    assert_eq!(rows[0], ["scope", "key", "name", "metric", "value"]);
    let mut out: BTreeMap<(String, String), BTreeMap<String, String>> = BTreeMap::new();
    for r in &rows[1..] {
        out.entry((r[0].clone(), r[1].clone()))
            .or_default()
            .insert(r[3].clone(), r[4].clone());
    }
    out
}

/// `metric -> value` of one scope of a JSON report, written as the CSV report writes
/// numbers (rates with one decimal, none as empty), to compare the two.
pub fn metrics_of(scope: &serde_json::Value) -> BTreeMap<String, String> {
    scope["metrics"]
        .as_object()
        .expect("a metrics object")
        .iter()
        .map(|(k, v)| {
            let s = match v {
                serde_json::Value::Null => String::new(),
                serde_json::Value::Number(n) if n.is_f64() => format!("{:.1}", n.as_f64().unwrap()),
                other => other.to_string(),
            };
            (k.clone(), s)
        })
        .collect()
}

/// The cells of the Markdown or terminal table row whose first cell is `key`, in
/// order, to compare a rendered table with the CSV numbers.
pub fn row_cells(text: impl AsRef<str>, key: &str) -> Vec<String> {
    let line = text
        .as_ref()
        .lines()
        .map(|l| l.replace(['│', '┆'], "|"))
        .find(|l| l.split('|').nth(1).map(str::trim) == Some(key))
        .unwrap_or_else(|| panic!("no row {key}"));
    line.split('|')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

/// `lane leader add` with every column given.
pub fn add_leader(v: &Village, id: &str, name: &str, alley: &str) -> Run {
    v.run(&format!(
        "leader add --id {id} --name {name} --phone 13800000009 --alley {alley} \
         --background respected --selected-by party-members-and-masses --since 2026-01-01"
    ))
}

/// Runs git in `dir` with a test identity and no user or system config; asserts
/// success and returns stdout.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("git");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
        if rel == ".lane" || rel == ".git" {
            continue;
        }
        if p.is_dir() {
            walk(root, &p, out);
        } else {
            out.insert(rel, std::fs::read(&p).unwrap());
        }
    }
}

/// Undoes [`read_only`] when dropped.
pub struct ReadOnly {
    path: PathBuf,
    undo: fn(&Path),
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        (self.undo)(&self.path);
    }
}

fn sh(cmd: &str, args: &[&std::ffi::OsStr]) -> bool {
    Command::new(cmd)
        .args(args)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Whether this process runs as root (who ignores permission bits).
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Makes `path` (a file or folder, recursively) impossible to change, in the way
/// this machine allows: permission bits for a normal user; for root, who ignores
/// them, the immutable attribute (`chattr +i`) or else a read-only bind mount.
/// `None`, with the reason printed, when none works here.
pub fn read_only(path: &Path) -> Option<ReadOnly> {
    let p = path.as_os_str();
    let writable = |path: &Path| {
        let probe = if path.is_dir() {
            path.join(".probe")
        } else {
            path.to_path_buf()
        };
        let ok = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&probe)
            .is_ok();
        if ok && path.is_dir() {
            let _ = std::fs::remove_file(&probe);
        }
        ok
    };
    if !is_root() {
        sh("chmod", &["-R".as_ref(), "a-w".as_ref(), p]);
        let g = ReadOnly {
            path: path.to_path_buf(),
            undo: |p| {
                sh("chmod", &["-R".as_ref(), "u+w".as_ref(), p.as_os_str()]);
            },
        };
        return (!writable(path)).then_some(g);
    }
    if sh("chattr", &["-R".as_ref(), "+i".as_ref(), p]) {
        let g = ReadOnly {
            path: path.to_path_buf(),
            undo: |p| {
                sh("chattr", &["-R".as_ref(), "-i".as_ref(), p.as_os_str()]);
            },
        };
        if !writable(path) {
            return Some(g);
        }
    }
    if sh("mount", &["--bind".as_ref(), p, p]) {
        let g = ReadOnly {
            path: path.to_path_buf(),
            undo: |p| {
                sh("umount", &[p.as_os_str()]);
            },
        };
        if sh("mount", &["-o".as_ref(), "remount,ro,bind".as_ref(), p]) && !writable(path) {
            return Some(g);
        }
    }
    eprintln!(
        "skipped: cannot make {} read-only here (root, and neither chattr +i nor a read-only bind mount works)",
        path.display()
    );
    None
}

/// `lane --data V ARGS...` at a pseudo-terminal (TERM=xterm), with `env` set.
#[cfg(unix)]
pub fn pty(v: &Village, args: &[&str], env: &[(&str, &str)]) -> rexpect::session::PtySession {
    let mut c = lane_cmd(v.tmp.path());
    c.arg("--data").arg(&v.root).args(args).env("TERM", "xterm");
    for (k, val) in env {
        c.env(k, val);
    }
    rexpect::session::spawn_command(c, Some(20_000)).expect("a pty")
}

/// `s` as rexpect sees the terminal: byte by byte, one char per byte, so UTF-8
/// text is matched the way it arrives.
#[cfg(unix)]
pub fn pty_text(s: &str) -> String {
    s.bytes().map(char::from).collect()
}

/// Types `keys` one at a time, as a person does: console reads each in raw mode
/// and switches back in between.
#[cfg(unix)]
pub fn type_keys(p: &mut rexpect::session::PtySession, keys: &str) {
    for k in keys.chars() {
        std::thread::sleep(std::time::Duration::from_millis(250));
        p.send(&k.to_string()).unwrap();
        p.flush().unwrap();
    }
}

/// 南街村 (zh-CN) with the harness's two alleys, two leaders, three households.
pub fn seeded_zh() -> Village {
    let v = Village::chinese();
    v.seed();
    v
}

/// The English village of the same records.
pub fn seeded_en() -> Village {
    let v = Village::new();
    v.seed();
    v
}

/// Copies the folder `from` to `to`, subfolders included.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}
