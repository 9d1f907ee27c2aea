//! The one error type of lane. Every failure becomes an [`Error`]; `main` prints it
//! once as `error: ...` on stderr and exits with [`Error::code`].

use std::fmt;
use std::path::Path;

/// What kind of failure, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad usage or bad input (a flag, a file that does not parse): exit 2.
    Input,
    /// The action is not allowed in the current state, or it failed: exit 1.
    Refused,
}

/// A failure with a message that says what, where and what to do next.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    /// One or more problem lines, each printed behind `error: `.
    pub problems: Vec<String>,
    /// What to do about it, printed behind `hint: `.
    pub hint: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn input(msg: impl Into<String>) -> Self {
        Error {
            kind: Kind::Input,
            problems: vec![msg.into()],
            hint: None,
        }
    }
    pub fn refused(msg: impl Into<String>) -> Self {
        Error {
            kind: Kind::Refused,
            problems: vec![msg.into()],
            hint: None,
        }
    }
    /// Many problems at once (bad rows of an import, say).
    pub fn many(kind: Kind, problems: Vec<String>) -> Self {
        Error {
            kind,
            problems,
            hint: None,
        }
    }
    pub fn io(what: &str, path: &Path, err: std::io::Error) -> Self {
        Error::refused(format!("{what} {}: {err}", path.display()))
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    /// The process exit code for this error: 2 for bad input, 1 otherwise.
    pub fn code(&self) -> i32 {
        match self.kind {
            Kind::Input => 2,
            Kind::Refused => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote text from files; it must not drive the terminal.
        let (error, hint) = (crate::msg!("prefix-error"), crate::msg!("prefix-hint"));
        let error = stderr_paint(&error, crate::term::Paint::Red);
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}{}", crate::text::printable(p))?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n{hint}{}", crate::text::printable(h))?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// A prefix of stderr lines, coloured when stderr takes colour (the prefix's
/// trailing space stays outside the colour).
fn stderr_paint(prefix: &str, paint: crate::term::Paint) -> String {
    let word = prefix.trim_end();
    let space = &prefix[word.len()..];
    let on = crate::term::colour_stderr();
    format!("{}{space}", crate::term::paint(word, paint, on))
}

/// Prints a warning on stderr behind `warning: ` (in the current language),
/// quoting control characters.
pub fn warn(msg: &str) {
    let warning = stderr_paint(&crate::msg!("prefix-warning"), crate::term::Paint::Yellow);
    eprintln!("{warning}{}", crate::text::printable(msg));
}

impl From<clap::Error> for Error {
    fn from(e: clap::Error) -> Self {
        Error::input(
            e.to_string()
                .trim_start_matches("error: ")
                .trim_end()
                .to_string(),
        )
    }
}

impl Error {
    /// The problems of a whole file that cannot be read, the advice (the header it
    /// must have, how to convert GBK) kept with the last one: for `lane check`,
    /// which prints problems only.
    pub fn problems_with_advice(self) -> Vec<String> {
        let n = self.problems.len();
        let hint = self.hint;
        self.problems
            .into_iter()
            .enumerate()
            .map(|(i, p)| match &hint {
                Some(h) if i + 1 == n => format!("{p}; {h}"),
                _ => p,
            })
            .collect()
    }
}
