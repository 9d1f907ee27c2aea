//! A file operation the system refused, said in the interface's language: what
//! lane was doing, the path, and the system's own reason (as the system words it).

use std::fmt::Display;
use std::path::Path;

use crate::error::Error;

/// What lane was doing to a path when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Read,
    Write,
    /// Making a temp file in a folder.
    WriteIn,
    Create,
    CreateFolder,
    CreateFolderIn,
    Replace,
    Keep,
    KeepTemp,
    Lock,
    OpenLock,
    PutFolder,
    FinishWrite,
}

impl Op {
    /// The error: `cannot read PATH: REASON` (exit 1).
    pub fn fail(self, path: &Path, err: impl Display) -> Error {
        Error::refused(self.text(&path.display().to_string(), &err.to_string()))
    }

    /// The sentence of the error.
    pub fn text(self, path: &str, error: &str) -> String {
        macro_rules! say {
            ($key:literal) => {
                crate::msg!($key, path = path, error = error)
            };
        }
        match self {
            Op::Read => say!("store-io-read"),
            Op::Write => say!("store-io-write"),
            Op::WriteIn => say!("store-io-write-in"),
            Op::Create => say!("store-io-create"),
            Op::CreateFolder => say!("store-io-create-folder"),
            Op::CreateFolderIn => say!("store-io-create-folder-in"),
            Op::Replace => say!("store-io-replace"),
            Op::Keep => say!("store-io-keep"),
            Op::KeepTemp => say!("store-io-keep-temp"),
            Op::Lock => say!("store-io-lock"),
            Op::OpenLock => say!("store-io-open-lock"),
            Op::PutFolder => say!("store-io-put-folder"),
            Op::FinishWrite => say!("store-io-finish-write"),
        }
    }
}
