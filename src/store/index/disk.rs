//! The index's files. `.lane/index`: `LANEIDX4`, the config fingerprint, then a
//! postcard-encoded [`IndexFile`] and a CRC-32 of everything before it.
//! `.lane/index-journal`: records of (length, CRC-32, postcard (fingerprint, entry)).
//! Failing to write either is never an error: the index is only a cache.

use std::borrow::Cow;
use std::fs;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Entry, INDEX_FILE, JOURNAL_FILE};

const MAGIC: &[u8; 8] = b"LANEIDX4";

/// A year folder as it was when the index was written: if its modification time
/// is the same, no file was added, removed or renamed in it since.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DirStamp<'a> {
    #[serde(borrow)]
    pub rel: Cow<'a, str>,
    pub mtime_ns: i64,
}

/// Everything in the index file.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct IndexFile<'a> {
    /// When it was written (ns since the epoch).
    pub written_ns: i64,
    #[serde(borrow)]
    pub dirs: Vec<DirStamp<'a>>,
    /// Sorted by path.
    #[serde(borrow)]
    pub entries: Vec<Entry<'a>>,
}

/// Reads the index; anything wrong (missing, corrupt, another config) gives an
/// empty one. Entries borrow from the file's bytes for the life of the process.
pub fn read_index(root: &Path, fp: u32) -> IndexFile<'static> {
    let Ok(bytes) = fs::read(root.join(INDEX_FILE)) else {
        return IndexFile::default();
    };
    if bytes.len() < 16 || &bytes[..8] != MAGIC {
        return IndexFile::default();
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if crc32fast::hash(body).to_le_bytes() != crc
        || u32::from_le_bytes(body[8..12].try_into().expect("4 bytes")) != fp
    {
        return IndexFile::default();
    }
    let len = body.len();
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    postcard::from_bytes(&bytes[12..len]).unwrap_or_default()
}

/// Writes a whole new index (temp file and rename) and drops the journal.
pub fn write_index(root: &Path, snap: &IndexFile, fp: u32) -> bool {
    let mut bytes = Vec::with_capacity(snap.entries.len() * 160 + 64);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&fp.to_le_bytes());
    match postcard::to_extend(snap, bytes) {
        Ok(b) => bytes = b,
        Err(_) => return false,
    }
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    let dir = root.join(".lane");
    if fs::create_dir_all(&dir).is_err() {
        return false;
    }
    let Ok(mut tmp) = tempfile::Builder::new().prefix(".index-").tempfile_in(&dir) else {
        return false;
    };
    if tmp.write_all(&bytes).is_err() || tmp.persist(root.join(INDEX_FILE)).is_err() {
        return false;
    }
    let _ = fs::remove_file(root.join(JOURNAL_FILE));
    true
}

fn encode_record(e: &Entry, fp: u32) -> Vec<u8> {
    let payload = postcard::to_stdvec(&(fp, e)).expect("an entry encodes");
    let mut rec = Vec::with_capacity(payload.len() + 8);
    rec.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    rec.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    rec.extend_from_slice(&payload);
    rec
}

/// The journal's entries in order; it ends at the first torn or foreign record.
pub fn read_journal(root: &Path, fp: u32) -> Vec<Entry<'static>> {
    let Ok(bytes) = fs::read(root.join(JOURNAL_FILE)) else {
        return Vec::new();
    };
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let mut out = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 8 {
        let len = u32::from_le_bytes(rest[..4].try_into().expect("4")) as usize;
        let crc = &rest[4..8];
        let Some(payload) = rest.get(8..8 + len) else {
            break;
        };
        if crc32fast::hash(payload).to_le_bytes() != crc {
            break;
        }
        match postcard::from_bytes::<(u32, Entry<'static>)>(payload) {
            Ok((f, e)) if f == fp => out.push(e),
            _ => break,
        }
        rest = &rest[8 + len..];
    }
    out
}

/// Appends entries to the journal in one write (so parallel appends never
/// interleave inside a record).
pub fn append_journal(root: &Path, entries: &[Entry], fp: u32) {
    let mut buf = Vec::new();
    for e in entries {
        buf.extend(encode_record(e, fp));
    }
    let _ = fs::create_dir_all(root.join(".lane"));
    if let Ok(mut f) = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(root.join(JOURNAL_FILE))
    {
        let _ = f.write_all(&buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(rel: &str) -> Entry<'static> {
        Entry {
            rel: Cow::Owned(rel.into()),
            size: 1,
            mtime_ns: 2,
            racy: false,
            deleted: false,
            body: Err(Cow::Owned("x".into())),
        }
    }

    #[test]
    fn a_torn_journal_ends_at_the_tear() {
        let dir = tempfile::tempdir().unwrap();
        append_journal(dir.path(), &[e("a"), e("b")], 7);
        assert_eq!(read_journal(dir.path(), 7).len(), 2);
        assert_eq!(read_journal(dir.path(), 8).len(), 0);
        let path = dir.path().join(JOURNAL_FILE);
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(read_journal(dir.path(), 7), vec![e("a")]);
    }

    #[test]
    fn the_index_round_trips_and_refuses_corruption() {
        let dir = tempfile::tempdir().unwrap();
        let snap = IndexFile {
            written_ns: 5,
            dirs: vec![DirStamp {
                rel: Cow::Borrowed("tickets/2026"),
                mtime_ns: 9,
            }],
            entries: vec![e("a"), e("b")],
        };
        assert!(write_index(dir.path(), &snap, 3));
        let back = read_index(dir.path(), 3);
        assert_eq!(
            (back.written_ns, back.dirs, back.entries),
            (5, snap.dirs.clone(), snap.entries.clone())
        );
        assert!(read_index(dir.path(), 4).entries.is_empty());
        let path = dir.path().join(INDEX_FILE);
        let mut bytes = fs::read(&path).unwrap();
        let n = bytes.len();
        bytes[n / 2] ^= 1;
        fs::write(&path, bytes).unwrap();
        assert!(read_index(dir.path(), 3).entries.is_empty());
    }
}
