//! The git commit a change owes. Before a change writes its files, `.lane/pending`
//! names them and the commit message; after its commit it is removed. A change
//! killed before or during its commit leaves it, and the next lane process that
//! takes the lock ([`finish`]) commits those files with that message, so the record
//! reaches git (and every clone) even when the command that wrote it did not.

use std::fs;
use std::path::{Path, PathBuf};

use super::atomic::LANE_DIR;
use super::git;
use super::lock::Lock;

const PENDING: &str = "pending";

#[derive(serde::Serialize, serde::Deserialize)]
struct Pending {
    message: String,
    paths: Vec<String>,
}

fn path(root: &Path) -> PathBuf {
    root.join(LANE_DIR).join(PENDING)
}

/// Whether a change's commit is owed.
pub fn exists(root: &Path) -> bool {
    path(root).exists()
}

/// Records the commit a change is about to owe (under the lock, before its files
/// are written). Written whole by a rename; a kill leaves the old file or the new.
pub fn begin(root: &Path, paths: &[String], message: &str) {
    let p = Pending {
        message: message.to_string(),
        paths: paths.to_vec(),
    };
    let text = serde_json::to_string(&p).expect("JSON of strings");
    let tmp = root.join(LANE_DIR).join(format!("{PENDING}.new"));
    let _ = fs::create_dir_all(root.join(LANE_DIR));
    if fs::write(&tmp, text).is_ok() {
        let _ = fs::rename(&tmp, path(root));
    }
}

/// The change's commit is made (or its failure reported): nothing is owed.
pub fn end(root: &Path) {
    let _ = fs::remove_file(path(root));
}

/// Commits what an interrupted change left uncommitted, under the folder's `lock`
/// (after its interrupted write, if any, is finished). Paths already as in HEAD
/// make no commit. A commit that cannot be made is a warning naming the files;
/// either way nothing is owed afterwards (`lane check` lists what is still not in
/// git).
pub fn finish(root: &Path, lock: &Lock) {
    let Ok(text) = fs::read_to_string(path(root)) else {
        return;
    };
    let Ok(p) = serde_json::from_str::<Pending>(&text) else {
        end(root);
        return;
    };
    if git::is_repo(root) {
        let message = format!("{} (committed after an interruption)", p.message);
        if let Err(why) = git::commit_leftover(root, lock, &p.paths, &message) {
            crate::error::warn(&crate::msg!(
                "store-pending-not-committed",
                change = p.message.as_str(),
                why = why,
                paths = p.paths.join(" ")
            ));
        }
    }
    end(root);
}
