//! Photos and documents of a case (整改前后照片, a signed agreement): what an
//! `attach` event records, where the file is kept and how a photo is made small
//! on the way in. A file is kept by the SHA-256 of its stored bytes,
//! `attachments/ab/ab….jpg`, so it is stored once and cannot be replaced without
//! `lane check` seeing it. Bytes in, bytes out: nothing here reads or writes files.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::registry::str_enum;

str_enum!(
    /// What an attachment is to its case: the photo before the disposal, the one
    /// after, the signed agreement, or another document.
    AttachKind { Before = "before", After = "after", Agreement = "agreement", Document = "document" }
);

impl AttachKind {
    /// Whether the kind is a photo (before, after): it must be one lane can read.
    pub fn is_photo(self) -> bool {
        matches!(self, AttachKind::Before | AttachKind::After)
    }
}

/// The folder of the stored files, relative to the data folder.
pub const DIR: &str = "attachments";

/// The first line of a git LFS pointer file, which a clone without LFS has in
/// place of the file itself.
pub const LFS_POINTER: &[u8] = b"version https://git-lfs.github.com/spec/v1";

/// One attached file as its `attach` event records it.
#[derive(Debug, Clone, PartialEq)]
pub struct Attached {
    pub kind: AttachKind,
    /// The SHA-256 of the stored bytes, 64 lowercase hex digits.
    pub hash: String,
    /// The stored file's extension (`jpg` for every photo).
    pub ext: String,
    /// The original file's name, as the clerk gave it.
    pub name: String,
    /// The stored file's size in bytes.
    pub size: u64,
}

impl Attached {
    /// The stored file, relative to the data folder.
    pub fn rel(&self) -> String {
        rel_of(&self.hash, &self.ext)
    }
}

/// `attachments/ab/ab….ext` for `hash`.
pub fn rel_of(hash: &str, ext: &str) -> String {
    format!("{DIR}/{}/{hash}.{ext}", hash.get(..2).unwrap_or(""))
}

/// The hash and extension of a stored file's path, if it is one lane names.
pub fn parse_rel(rel: &str) -> Option<(String, String)> {
    let rest = rel.strip_prefix(DIR)?.strip_prefix('/')?;
    let (dir, file) = rest.split_once('/')?;
    let (hash, ext) = file.split_once('.')?;
    (is_hash(hash) && hash.starts_with(dir) && dir.len() == 2 && is_ext(ext))
        .then(|| (hash.to_string(), ext.to_string()))
}

/// 64 lowercase hex digits.
pub fn is_hash(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// An extension lane stores: 1 to 8 lowercase ASCII letters or digits.
pub fn is_ext(s: &str) -> bool {
    (1..=8).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// The SHA-256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a stored file is a git LFS pointer rather than the file.
pub fn is_lfs_pointer(bytes: &[u8]) -> bool {
    bytes.starts_with(LFS_POINTER)
}

/// A size as a person reads it: `812 B`, `183 KB`, `2.4 MB`.
pub fn size_words(n: u64) -> String {
    match n {
        n if n < 1024 => format!("{n} B"),
        n if n < 1024 * 1024 => format!("{} KB", n.div_ceil(1024)),
        n => format!("{:.1} MB", n as f64 / (1024.0 * 1024.0)),
    }
}

/// The attachment of an `attach` event from its keys: `as`, `hash`, `file` (which
/// must be the hash's own path), `name` and `size`.
pub fn from_keys(
    kind: Option<&str>,
    hash: Option<&str>,
    file: Option<&str>,
    name: Option<&str>,
    size: Option<u64>,
) -> Result<Attached, String> {
    let need = |key: &str| crate::msg!("store-event-needs", action = "attach", key = key);
    let kind: AttachKind = kind.ok_or_else(|| need("as"))?.parse()?;
    let hash = hash.ok_or_else(|| need("hash"))?;
    if !is_hash(hash) {
        return Err(crate::msg!("store-attach-not-a-hash", hash = hash));
    }
    let file = file.ok_or_else(|| need("file"))?;
    let ext = match parse_rel(file) {
        Some((h, ext)) if h == hash => ext,
        _ => return Err(crate::msg!("store-attach-file-not-hash", file = file)),
    };
    let name = name.ok_or_else(|| need("name"))?;
    if name.trim().is_empty() {
        return Err(crate::msg!("store-attach-name-empty"));
    }
    Ok(Attached {
        kind,
        hash: hash.to_string(),
        ext,
        name: name.to_string(),
        size: size.ok_or_else(|| need("size"))?,
    })
}

/// An attachment as the index keeps it: the kind alone (the lifecycle needs
/// nothing else of an `attach` event).
pub fn unpacked(kind: u8) -> Attached {
    const KINDS: [AttachKind; 4] = [
        AttachKind::Before,
        AttachKind::After,
        AttachKind::Agreement,
        AttachKind::Document,
    ];
    Attached {
        kind: KINDS[usize::from(kind).min(3)],
        hash: String::new(),
        ext: String::new(),
        name: String::new(),
        size: 0,
    }
}

/// `[attachments]` of lane.toml; every key has a default, so a folder without
/// the table (every folder before format 3) reads as if it had these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AttachConfig {
    /// The largest original file accepted, in MB (a photo is refused above it
    /// before it is read).
    pub max_mb: u32,
    /// The longest side of a stored photo, in pixels.
    pub max_side: u32,
    /// The JPEG quality of a stored photo, 1 to 100.
    pub quality: u8,
}

impl Default for AttachConfig {
    fn default() -> Self {
        AttachConfig {
            max_mb: 20,
            max_side: 1600,
            quality: 80,
        }
    }
}

impl AttachConfig {
    pub fn is_default(&self) -> bool {
        *self == AttachConfig::default()
    }

    /// The limit in bytes.
    pub fn max_bytes(&self) -> u64 {
        u64::from(self.max_mb) * 1024 * 1024
    }

    /// What serde cannot check: a usable side and quality.
    pub fn validate(&self) -> Result<(), String> {
        if self.max_mb == 0 || !(64..=10_000).contains(&self.max_side) {
            return Err(crate::msg!("store-attach-config-range"));
        }
        if !(1..=100).contains(&self.quality) {
            return Err(crate::msg!("store-attach-config-range"));
        }
        Ok(())
    }
}

/// A file made ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    pub ext: String,
    /// Set for a photo: its size in pixels before and after.
    pub photo: Option<((u32, u32), (u32, u32))>,
}

/// The extension a document keeps: its name's, lowercased, else `bin`.
pub fn document_ext(name: &str) -> String {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if is_ext(&ext) {
        ext
    } else {
        "bin".into()
    }
}

/// Makes `bytes` (the file `name`) ready to store as `kind`: a JPEG, PNG or WebP
/// photo becomes a JPEG of at most `max_side` pixels a side, turned upright and
/// without its metadata; anything else is kept as it is, unless `kind` is a photo.
/// The result is the same for the same input, so the same photo is stored once.
pub fn prepare(
    bytes: Vec<u8>,
    name: &str,
    kind: AttachKind,
    cfg: &AttachConfig,
) -> Result<Prepared, String> {
    if bytes.is_empty() {
        return Err(crate::msg!("store-attach-empty", name = name));
    }
    if bytes.len() as u64 > cfg.max_bytes() {
        return Err(too_big(name, bytes.len() as u64, cfg));
    }
    if super::photo::is_photo(&bytes) {
        let (bytes, before, after) = super::photo::shrink(&bytes, cfg.max_side, cfg.quality)
            .map_err(|e| crate::msg!("store-attach-bad-photo", name = name, why = e.as_str()))?;
        return Ok(Prepared {
            bytes,
            ext: "jpg".into(),
            photo: Some((before, after)),
        });
    }
    if kind.is_photo() {
        return Err(crate::msg!(
            "store-attach-not-a-photo",
            name = name,
            kind = kind.as_str()
        ));
    }
    Ok(Prepared {
        ext: document_ext(name),
        bytes,
        photo: None,
    })
}

/// The refusal of a file over the limit.
pub fn too_big(name: &str, size: u64, cfg: &AttachConfig) -> String {
    crate::msg!(
        "store-attach-too-big",
        name = name,
        size = size_words(size),
        max = cfg.max_mb
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_hash_and_read_back() {
        let h = sha256_hex(b"abc");
        assert_eq!(
            h,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let rel = rel_of(&h, "jpg");
        assert_eq!(rel, format!("attachments/ba/{h}.jpg"));
        assert_eq!(parse_rel(&rel), Some((h.clone(), "jpg".into())));
        for bad in [
            format!("attachments/bb/{h}.jpg"),
            format!("attachments/ba/{h}"),
            format!("attachments/ba/{h}.JPG"),
            format!("attachments/{h}.jpg"),
            format!("other/ba/{h}.jpg"),
            "attachments/ba/ba12.jpg".to_string(),
        ] {
            assert_eq!(parse_rel(&bad), None, "{bad}");
        }
    }

    #[test]
    fn documents_keep_their_bytes_and_a_safe_extension() {
        let cfg = AttachConfig::default();
        let pdf = b"%PDF-1.4 agreement".to_vec();
        let p = prepare(pdf.clone(), "协议.PDF", AttachKind::Agreement, &cfg).unwrap();
        assert_eq!((p.bytes, p.ext.as_str(), p.photo), (pdf, "pdf", None));
        assert_eq!(document_ext("notes"), "bin");
        assert_eq!(document_ext("a.tar.gz"), "gz");
        assert_eq!(document_ext("x.très"), "bin");
        assert_eq!(document_ext("x.abcdefghi"), "bin");
    }

    #[test]
    fn refusals_say_why() {
        let cfg = AttachConfig {
            max_mb: 1,
            ..AttachConfig::default()
        };
        let e = prepare(Vec::new(), "a.jpg", AttachKind::Before, &cfg).unwrap_err();
        assert!(e.contains("a.jpg"), "{e}");
        let big = vec![b'x'; 1024 * 1024 + 1];
        let e = prepare(big, "big.pdf", AttachKind::Document, &cfg).unwrap_err();
        assert!(e.contains("1.0 MB") && e.contains("max_mb"), "{e}");
        let e = prepare(b"%PDF".to_vec(), "a.pdf", AttachKind::After, &cfg).unwrap_err();
        assert!(e.contains("after"), "{e}");
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_words(812), "812 B");
        assert_eq!(size_words(183 * 1024 - 5), "183 KB");
        assert_eq!(size_words(2_516_582), "2.4 MB");
    }

    #[test]
    fn config_defaults_and_limits() {
        let c = AttachConfig::default();
        assert!(c.is_default() && c.validate().is_ok());
        assert_eq!(c.max_bytes(), 20 * 1024 * 1024);
        let bad = AttachConfig {
            quality: 0,
            ..c.clone()
        };
        assert!(bad.validate().is_err());
        let bad = AttachConfig { max_side: 10, ..c };
        assert!(bad.validate().is_err());
    }
}
