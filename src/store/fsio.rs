//! Transitional, to be deleted: the hand-made lock-then-write of the commands not
//! yet written with [`Store::change`] (`alley`, `leader`, `household` and `stars`,
//! whose conversion is done on another branch). New code never uses it: the lock is
//! [`super::lock::Lock`], the atomic batch [`super::atomic::Batch`], and a change
//! is one [`Store::change`]. Delete this module when nothing imports it.
//!
//! The lock taken here is parked for the process so that [`Store::write`], given
//! no lock, can hand it to git, which then holds it as [`Store::change`]'s git does.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

pub use super::atomic::Batch;
use super::lock;
use super::Store;
use crate::error::Result;

/// The lock taken by [`lock`], while its guard lives.
static HELD: Mutex<Option<lock::Lock>> = Mutex::new(None);

fn held() -> MutexGuard<'static, Option<lock::Lock>> {
    HELD.lock().unwrap_or_else(|e| e.into_inner())
}

/// The data folder's lock, held until dropped.
pub struct Lock(());

impl Drop for Lock {
    fn drop(&mut self) {
        held().take();
    }
}

/// Takes the data folder's lock (see [`lock::Lock::take`]).
pub fn lock(root: &Path) -> Result<Lock> {
    let taken = lock::Lock::take(root)?;
    *held() = Some(taken);
    Ok(Lock(()))
}

impl Store {
    /// Applies a batch of writes under the lock taken with [`lock`], all or nothing,
    /// and commits them (see [`Store::write_batch`]).
    pub(crate) fn write(&self, batch: Batch, message: &str, no_commit: bool) -> Result<()> {
        let held = held();
        match held.as_ref() {
            Some(l) => self.write_batch(l, batch, message, no_commit),
            None => {
                drop(held);
                let l = lock::Lock::take(&self.root)?;
                self.write_batch(&l, batch, message, no_commit)
            }
        }
    }
}
