//! A change to the data folder: the one way to write. [`Store::change`] takes the
//! folder's lock, lets the command read what it needs and stage what it writes,
//! then writes every staged file all or nothing (see [`super::atomic::Batch::commit`]),
//! commits them to git in one commit with the change's message (unless the store was
//! opened with `--no-commit` or the folder is not a repository), and brings the
//! derived index up to date. A command says *what* changes; nothing else writes.

use std::ops::Deref;

use crate::error::Result;
use crate::model::case::{Case, Event};
use crate::model::patrol::{Patrol, PatrolId};

use super::atomic::Batch;
use super::cases::Loaded;
use super::lock::Lock;
use super::Store;

/// A change being prepared under the folder's lock. Reads go through it as through
/// the [`Store`] (it derefs to one); writes are staged with [`Tx::put`] and the
/// record-shaped helpers, and happen only when the closure given to
/// [`Store::change`] returns `Ok`.
pub struct Tx<'s> {
    store: &'s Store,
    batch: Batch,
    message: Option<String>,
    /// Case files written, as they are after the change (for the index).
    cases: Vec<Case>,
    /// Cases numbered by this change (for the next-number hint).
    numbered: Vec<Case>,
    lock: Lock,
}

impl Deref for Tx<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store
    }
}

impl Store {
    /// Runs `f` under the folder's lock and applies what it staged: all files or
    /// none, one git commit with the message set by [`Tx::message`]. When `f`
    /// returns an error (a refusal), nothing is written.
    pub fn change<T>(&self, f: impl FnOnce(&mut Tx) -> Result<T>) -> Result<T> {
        self.writable()?; // an older format is read, never written (store::migrate)
        let lock = Lock::take(&self.root)?;
        super::pending::finish(&self.root, &lock);
        let mut tx = Tx {
            store: self,
            batch: Batch::new(),
            message: None,
            cases: Vec::new(),
            numbered: Vec::new(),
            lock,
        };
        let value = f(&mut tx)?;
        tx.apply()?;
        Ok(value)
    }
}

impl Tx<'_> {
    /// The commit message of this change ("NJ-2026-0042: escalate to village").
    pub fn message(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// Stages the whole new content of the file at `rel` (relative to the folder).
    pub fn put(&mut self, rel: &str, bytes: Vec<u8>) {
        let path = self.store.path(rel);
        self.batch.put(path, bytes);
    }

    /// Stages a new case file; returns its path relative to the folder.
    pub fn put_new_case(&mut self, t: &Case) -> String {
        let rel = self.store.stage_new_case(&mut self.batch, t);
        self.cases.push(t.clone());
        self.numbered.push(t.clone());
        rel
    }

    /// Stages `events` appended to a loaded case file (its other bytes stay).
    pub fn append_events(&mut self, loaded: &Loaded, events: &[Event]) -> Result<()> {
        self.store
            .put_events(&mut self.batch, &loaded.rel, events)?;
        let mut after = loaded.case.clone();
        after.events.extend_from_slice(events);
        self.cases.push(after);
        Ok(())
    }

    /// Stages a patrol row appended to its month's log, with the next ID of this
    /// clone's station; returns the log's path and the row's ID.
    pub fn put_patrol(&mut self, p: &Patrol) -> Result<(String, PatrolId)> {
        let local = self.store.local()?;
        let Some(station) = local.station else {
            return Err(
                crate::error::Error::refused(crate::msg!("store-patrol-no-station"))
                    .hint(crate::msg!("store-patrol-no-station-hint")),
            );
        };
        self.store
            .check_own_station(&station, local.clone.as_deref())?;
        self.store.put_patrol(&mut self.batch, p, &station)
    }

    /// Stages the row `id` replaced by `p`, or removed when `p` is `None`.
    pub fn replace_patrol(&mut self, id: &PatrolId, p: Option<&Patrol>) -> Result<String> {
        self.store.replace_patrol(&mut self.batch, id, p)
    }

    fn apply(self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let message = self.message.as_deref().unwrap_or("lane: change");
        self.store
            .write_batch(&self.lock, self.batch, message, self.store.no_commit)?;
        if !self.cases.is_empty() {
            let written: Vec<&Case> = self.cases.iter().collect();
            self.store.index_written(&written);
        }
        for t in &self.numbered {
            self.store.set_next_seq(&t.id);
        }
        Ok(())
    }
}
