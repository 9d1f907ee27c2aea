//! Where a command's output goes: stdout, or with `-o FILE` a file, written whole
//! when the command is done (a temporary file beside it, then renamed), so a
//! failed command leaves no half-written file. `--format csv-excel` is CSV as
//! Excel opens it: a UTF-8 byte-order mark first and CRLF line ends. An xlsx
//! workbook is binary: it goes to a file, or to stdout when that is a pipe, never
//! to a terminal.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::Format;
use crate::error::{Error, Result};
use crate::msg;

/// The output of this process.
struct Sink {
    /// `-o FILE`: everything is gathered here and written at [`finish`].
    path: Option<PathBuf>,
    /// CSV for Excel: a BOM before the first byte, CRLF line ends.
    excel: bool,
    /// The format is xlsx: text is not part of the workbook.
    xlsx: bool,
    /// The bytes for the file (with `path`).
    buf: Vec<u8>,
    /// Whether anything was written yet (the BOM goes first).
    started: bool,
    /// Whether the workbook was written.
    binary: bool,
}

static SINK: Mutex<Sink> = Mutex::new(Sink {
    path: None,
    excel: false,
    xlsx: false,
    buf: Vec::new(),
    started: false,
    binary: false,
});

fn sink() -> std::sync::MutexGuard<'static, Sink> {
    SINK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Checks where the output of `format` may go, before the command runs: an xlsx
/// workbook never to a terminal, a file never inside the data folder `data`.
/// Returns the format the renderers make (`csv-excel` is made as CSV).
pub fn setup(path: Option<PathBuf>, format: Format, data: &Path) -> Result<Format> {
    if let Some(p) = &path {
        if inside(p, data) {
            return Err(Error::input(msg!(
                "cmd-output-in-data",
                file = p.display().to_string(),
                data = data.display().to_string()
            ))
            .hint(msg!("cmd-output-in-data-hint")));
        }
    } else if format == Format::Xlsx && crate::term::stdout_is_terminal() {
        return Err(
            Error::input(msg!("cmd-xlsx-to-terminal")).hint(msg!("cmd-xlsx-to-terminal-hint"))
        );
    }
    // A process may run several commands (tests, the fuzzer): each starts afresh.
    *sink() = Sink {
        path,
        excel: format == Format::CsvExcel,
        xlsx: format == Format::Xlsx,
        buf: Vec::new(),
        started: false,
        binary: false,
    };
    Ok(match format {
        Format::CsvExcel => Format::Csv,
        f => f,
    })
}

/// Whether `file` would be inside the folder `data` (both as they resolve now;
/// a file not there yet by its folder).
fn inside(file: &Path, data: &Path) -> bool {
    let Ok(data) = data.canonicalize() else {
        return false;
    };
    let file = if file.is_absolute() {
        file.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(file)
    };
    let folder = file.parent().unwrap_or(Path::new("."));
    match folder.canonicalize() {
        Ok(f) => f.starts_with(&data),
        Err(_) => false,
    }
}

/// Text output of the command.
pub fn text(t: &str) -> Result<()> {
    let mut s = sink();
    let mut bytes = Vec::with_capacity(t.len() + 3);
    if s.excel {
        if !s.started {
            bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        bytes.extend_from_slice(crlf(t).as_bytes());
    } else {
        bytes.extend_from_slice(t.as_bytes());
    }
    s.started = true;
    // A workbook's file takes only the workbook; text goes to the terminal.
    if s.path.is_some() && !s.xlsx {
        s.buf.extend_from_slice(&bytes);
        return Ok(());
    }
    let excel = s.excel;
    drop(s);
    if excel {
        stdout(&bytes)
    } else {
        shown(t)
    }
}

/// Text to the terminal, through the pager when it is taller than the screen.
fn shown(t: &str) -> Result<()> {
    match crate::term::show(t) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::refused(msg!(
            "cmd-cannot-write-output",
            error = e.to_string()
        ))),
    }
}

/// The workbook: to the file, or to stdout (a pipe; [`setup`] refused a terminal).
pub fn binary(b: &[u8]) -> Result<()> {
    let mut s = sink();
    s.started = true;
    s.binary = true;
    if s.path.is_some() {
        s.buf.extend_from_slice(b);
        return Ok(());
    }
    drop(s);
    stdout(b)
}

/// `\n` as `\r\n`, where it is not one already.
fn crlf(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + t.len() / 16);
    let mut prev = '\0';
    for c in t.chars() {
        if c == '\n' && prev != '\r' {
            out.push('\r');
        }
        out.push(c);
        prev = c;
    }
    out
}

fn stdout(b: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(b).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::refused(msg!(
            "cmd-cannot-write-output",
            error = e.to_string()
        ))),
    }
}

/// Writes the file of `-o FILE`, when the command wrote anything: whole, through
/// a temporary file in the same folder renamed over it. A workbook's file that
/// got no workbook (the command prints only text) is an error.
pub fn finish() -> Result<()> {
    let mut s = sink();
    let Some(path) = s.path.take() else {
        return Ok(());
    };
    if s.xlsx && !s.binary {
        if !s.started {
            return Ok(());
        }
        return Err(Error::input(msg!(
            "cmd-xlsx-no-workbook",
            file = path.display().to_string()
        )));
    }
    if !s.started {
        return Ok(());
    }
    let buf = std::mem::take(&mut s.buf);
    write_file(&path, &buf)
}

fn write_file(path: &Path, buf: &[u8]) -> Result<()> {
    let fail = |e: io::Error| {
        Error::refused(msg!(
            "cmd-output-cannot-write",
            file = path.display().to_string(),
            error = e.to_string()
        ))
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut b = tempfile::Builder::new();
    b.prefix(".lane-output");
    // A file for others to read, as `>` makes it (a temporary file is private).
    #[cfg(unix)]
    b.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut tmp = b.tempfile_in(folder).map_err(fail)?;
    tmp.write_all(buf).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_leaves_crlf_alone() {
        assert_eq!(crlf("a\nb\r\nc\n"), "a\r\nb\r\nc\r\n");
        assert_eq!(crlf("\"x\ny\"\n"), "\"x\r\ny\"\r\n");
    }
}
