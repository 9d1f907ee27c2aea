//! The terminal, asked in one place: whether stdout and stderr are terminals, the
//! width and height to fit output to, whether to colour, and the pager. Render
//! and the commands read the answers here; nothing else asks whether stdout is a
//! terminal.
//!
//! - Width and height: `COLUMNS` / `LINES`, else the terminal's size, and only
//!   when stdout is a terminal (piped output keeps one layout whatever the width).
//! - Colour: off with `NO_COLOR` (any non-empty value), else on with
//!   `CLICOLOR_FORCE` (non-empty, not `0`), else off with `TERM=dumb`, else on at a
//!   terminal.
//! - Pager: output taller than the terminal goes through `LANE_PAGER`, else
//!   `PAGER`, else `less` (with `LESS=FRX` unless `LESS` is set), as git does; an
//!   empty value or `cat` means none, `--no-pager` too; never when piped.
//! - Ctrl-C: at a prompt, the cursor is shown again and lane exits 130; while
//!   the pager runs, Ctrl-C is the pager's and lane waits for it (as git does).

use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};

/// What the command line says of the terminal.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    /// `--no-pager`: print directly however tall the output.
    pub no_pager: bool,
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();

/// Records the command line's settings; the first call wins.
pub fn set(s: Settings) {
    let _ = SETTINGS.set(s);
}

fn settings() -> Settings {
    SETTINGS.get().copied().unwrap_or_default()
}

/// Whether stdout is a terminal (a person reads it as it comes).
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// A positive number in the environment variable `key`.
fn env_size(key: &str) -> Option<usize> {
    std::env::var(key)
        .ok()?
        .trim()
        .parse()
        .ok()
        .filter(|n| *n > 0)
}

/// The width to fit tables to: `None` when stdout is not a terminal.
pub fn width() -> Option<usize> {
    if !stdout_is_terminal() {
        return None;
    }
    let size = terminal_size::terminal_size()
        .map(|(w, _)| w.0 as usize)
        .filter(|w| *w > 0);
    Some(env_size("COLUMNS").or(size).unwrap_or(80))
}

/// The terminal's height in lines: `None` when stdout is not a terminal.
pub fn height() -> Option<usize> {
    if !stdout_is_terminal() {
        return None;
    }
    let size = terminal_size::terminal_size()
        .map(|(_, h)| h.0 as usize)
        .filter(|h| *h > 0);
    Some(env_size("LINES").or(size).unwrap_or(24))
}

fn non_empty(key: &str) -> bool {
    std::env::var_os(key).is_some_and(|v| !v.is_empty())
}

fn colour(terminal: bool) -> bool {
    if non_empty("NO_COLOR") {
        return false;
    }
    if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        return false;
    }
    terminal
}

/// Whether to colour what goes to stdout.
pub fn colour_stdout() -> bool {
    colour(stdout_is_terminal())
}

/// Whether to colour what goes to stderr (errors, warnings, hints).
pub fn colour_stderr() -> bool {
    colour(io::stderr().is_terminal())
}

/// The styles lane uses; each is text with its escape and the reset.
#[derive(Debug, Clone, Copy)]
pub enum Paint {
    /// Errors, overdue deadlines.
    Red,
    /// Warnings.
    Yellow,
    /// Headings.
    Bold,
}

/// `text` in `paint` when `on`, else as it is.
pub fn paint(text: &str, paint: Paint, on: bool) -> String {
    if !on {
        return text.to_string();
    }
    let style = match paint {
        Paint::Red => anstyle::AnsiColor::Red.on_default(),
        Paint::Yellow => anstyle::AnsiColor::Yellow.on_default(),
        Paint::Bold => anstyle::Style::new().bold(),
    };
    format!("{}{text}{}", style.render(), style.render_reset())
}

/// The exit code of a command stopped by Ctrl-C (128 + SIGINT).
pub const INTERRUPTED: i32 = 130;

/// Whether a pager is running (Ctrl-C is then the pager's).
static PAGING: AtomicBool = AtomicBool::new(false);

/// Shows the cursor a prompt hid, ends the line and exits [`INTERRUPTED`].
/// Prompts come before any change, so nothing has been written.
pub fn interrupted() -> ! {
    let term = console::Term::stderr();
    let _ = term.show_cursor();
    let _ = term.write_line("");
    std::process::exit(INTERRUPTED)
}

/// Installs, once, the Ctrl-C handler: [`interrupted`], but while a pager runs.
pub fn on_interrupt() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Should another handler be set, Ctrl-C still stops lane as before.
        let _ = ctrlc::set_handler(|| {
            if !PAGING.load(Ordering::SeqCst) {
                interrupted()
            }
        });
    });
}

/// The pager to run, its stdin piped; `None` when output is not paged
/// (`--no-pager`, piped, or a pager set empty or `cat`).
fn pager() -> Option<Command> {
    if settings().no_pager || !stdout_is_terminal() {
        return None;
    }
    let chosen = std::env::var("LANE_PAGER")
        .or_else(|_| std::env::var("PAGER"))
        .ok();
    let words: Vec<&str> = match &chosen {
        Some(p) => p.split_whitespace().collect(),
        None => vec!["less"],
    };
    if words.is_empty() || words == ["cat"] {
        return None;
    }
    let mut c = Command::new(words[0]);
    c.args(&words[1..]).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        c.env("LESS", "FRX");
    }
    Some(c)
}

/// Writes `text` to stdout: through the pager when it is taller than the
/// terminal, else directly (also when the pager is not installed). A pager that
/// quits early, or a closed pipe, is not an error.
pub fn show(text: &str) -> io::Result<()> {
    let tall = height().is_some_and(|h| text.lines().count() >= h);
    if let Some(mut pager) = pager().filter(|_| tall) {
        on_interrupt();
        PAGING.store(true, Ordering::SeqCst);
        if let Ok(mut child) = pager.spawn() {
            let written = match child.stdin.take() {
                Some(mut stdin) => stdin.write_all(text.as_bytes()),
                None => Ok(()),
            };
            let waited = child.wait();
            PAGING.store(false, Ordering::SeqCst);
            return match written {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
                _ => waited.map(|_| ()),
            };
        }
        PAGING.store(false, Ordering::SeqCst);
    }
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|_| out.flush())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paint_wraps_only_when_on() {
        assert_eq!(paint("x", Paint::Red, false), "x");
        assert_eq!(paint("x", Paint::Red, true), "\u{1b}[31mx\u{1b}[0m");
        assert_eq!(paint("x", Paint::Bold, true), "\u{1b}[1mx\u{1b}[0m");
    }
}
