//! Pictures stored in the handbook. A picture is kept once, named by the SHA-256 of its bytes,
//! and a policy's Markdown names it as `image:<hash>`: the revision's own hash therefore covers
//! its pictures too, they travel with the handbook (as `images/<hash>` on the remote), and
//! nothing is ever read from the disk of whoever exports or previews the handbook.
//!
//! Only PNG and JPEG are kept (what Word and every reader show), up to [`MAX_BYTES`].

use crate::error::ErrorKind;
use pulldown_cmark::{Event, Parser, Tag};
use std::path::Path;

/// How a stored picture is named in Markdown: `image:<64 hex digits>`.
pub const SCHEME: &str = "image:";
/// Larger pictures are refused.
pub const MAX_BYTES: usize = 20 << 20;
/// Larger dimensions are refused (a picture that would take gigabytes once decoded).
pub const MAX_SIDE: u32 = 12_000;
/// Where pictures are on the remote.
pub const REMOTE_DIR: &str = "images/";

/// Why a picture was not stored.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// Too large.
    #[error("the picture is too large ({size} bytes; at most {max})")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// Neither PNG nor JPEG, or damaged.
    #[error("this is not a PNG or JPEG picture")]
    NotAPicture,
    /// A picture the Markdown names that the handbook does not hold.
    #[error("the handbook holds no picture {0}")]
    Unknown(String),
}

impl ImageError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ImageError::TooLarge { .. } => "image.too_large",
            ImageError::NotAPicture => "image.not_a_picture",
            ImageError::Unknown(_) => "image.unknown",
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ImageError::Unknown(_) => ErrorKind::NotFound,
            _ => ErrorKind::BadInput,
        }
    }
}

/// What a picture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// `image/png` or `image/jpeg`.
    pub mime: &'static str,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Checks that `bytes` are a PNG or JPEG picture of sensible size, and says which.
pub fn inspect(bytes: &[u8]) -> Result<Kind, ImageError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImageError::TooLarge {
            size: bytes.len() as u64,
            max: MAX_BYTES as u64,
        });
    }
    let (mime, (width, height)) = if let Some(s) = png_size(bytes) {
        ("image/png", s)
    } else if let Some(s) = jpeg_size(bytes) {
        ("image/jpeg", s)
    } else {
        return Err(ImageError::NotAPicture);
    };
    Ok(Kind {
        mime,
        width,
        height,
    })
}

/// The name of a picture's bytes (SHA-256, hex).
pub fn hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// Stores a picture in a write transaction, once: its kind checked, named by its hash.
pub fn add(
    w: &crate::store::Writer<'_>,
    bytes: &[u8],
    at: &str,
) -> Result<crate::StoredImage, crate::Error> {
    let kind = inspect(bytes)?;
    let hash = hash(bytes);
    let new = w.add_image(&hash, kind.mime, bytes, at)?;
    Ok(crate::StoredImage {
        url: url(&hash),
        hash,
        mime: kind.mime.to_string(),
        width: kind.width,
        height: kind.height,
        new,
    })
}

/// The Markdown address of a stored picture.
pub fn url(hash: &str) -> String {
    format!("{SCHEME}{hash}")
}

/// The hash a Markdown address names, if it names a stored picture.
pub fn hash_in(url: &str) -> Option<&str> {
    let h = url.trim().strip_prefix(SCHEME)?;
    is_hash(h).then_some(h)
}

/// Whether `s` is a picture's name (64 lower-case hex digits).
pub fn is_hash(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The stored pictures a Markdown text shows, each once, in order.
pub fn referenced(md: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in Parser::new_ext(md, crate::markdown::options()) {
        if let Event::Start(Tag::Image { dest_url, .. }) = e {
            if let Some(h) = hash_in(&dest_url) {
                if !out.iter().any(|o| o == h) {
                    out.push(h.to_string());
                }
            }
        }
    }
    out
}

/// A stored picture (type and bytes), if its bytes are still what its name says: one whose bytes
/// were changed is left out everywhere (shown as its description, never sent).
pub fn stored(
    store: &impl crate::store::Read,
    name: &str,
) -> Result<Option<(String, Vec<u8>)>, crate::store::StoreError> {
    Ok(store.image(name)?.filter(|(_, bytes)| hash(bytes) == name))
}

/// The stored pictures the texts show, by hash (see [`stored`]).
pub fn load(
    store: &impl crate::store::Read,
    texts: &[&str],
) -> Result<std::collections::HashMap<String, Vec<u8>>, crate::store::StoreError> {
    let mut out = std::collections::HashMap::new();
    for md in texts {
        for h in referenced(md) {
            if out.contains_key(&h) {
                continue;
            }
            if let Some((_, bytes)) = stored(store, &h)? {
                out.insert(h, bytes);
            }
        }
    }
    Ok(out)
}

/// A picture as a `data:` address, for the preview.
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    use base64::Engine;
    format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// A picture a Markdown file names by a path beside it, read and checked.
#[derive(Debug, Clone)]
pub struct Found {
    /// The address as written in the Markdown.
    pub written: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// What [`local_pictures`] found: the pictures to store, and what it could not use.
#[derive(Debug, Default)]
pub struct Local {
    /// Pictures to store, each once.
    pub found: Vec<Found>,
    /// Addresses that name no usable picture, with why (shown as their text in the handbook).
    pub skipped: Vec<(String, String)>,
}

/// The pictures a Markdown file names by a relative path (to a file in `base` or below it),
/// read and checked. Remote addresses, absolute paths and paths leaving `base` are skipped: an
/// import never reads a file the text does not sit beside.
pub fn local_pictures(md: &str, base: &Path) -> Local {
    let mut out = Local::default();
    let base_real = base.canonicalize().ok();
    for e in Parser::new_ext(md, crate::markdown::options()) {
        let Event::Start(Tag::Image { dest_url, .. }) = e else {
            continue;
        };
        let url = dest_url.trim().to_string();
        if hash_in(&url).is_some()
            || out.found.iter().any(|f| f.written == url)
            || out.skipped.iter().any(|(u, _)| *u == url)
        {
            continue;
        }
        match read_beside(&url, base, base_real.as_deref()) {
            Ok(bytes) => out.found.push(Found {
                written: url,
                bytes,
            }),
            Err(why) => out.skipped.push((url, why)),
        }
    }
    out
}

fn read_beside(url: &str, base: &Path, base_real: Option<&Path>) -> Result<Vec<u8>, String> {
    if url.is_empty() {
        return Err("no address".into());
    }
    if url.contains("://") || url.contains(':') && !url.starts_with("./") {
        return Err(
            "not a file beside the text (only pictures stored in the handbook are shown)".into(),
        );
    }
    let rel = Path::new(url);
    if rel.is_absolute() {
        return Err("an absolute path (only a picture beside the text is read)".into());
    }
    let path = base.join(percent_decode(url));
    let real = path
        .canonicalize()
        .map_err(|e| format!("cannot be read: {e}"))?;
    if base_real.is_none_or(|b| !real.starts_with(b)) {
        return Err("outside the folder of the text".into());
    }
    let bytes = crate::import::read_file(&real, MAX_BYTES as u64).map_err(|e| e.to_string())?;
    inspect(&bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Replaces each address in `from` (as written) by the stored picture's address, wherever the
/// Markdown names it as a picture. Other text, and the same address as a link, stay as they are.
pub fn rewrite(md: &str, from: &[(String, String)]) -> String {
    if from.is_empty() {
        return md.to_string();
    }
    let mut spans: Vec<(std::ops::Range<usize>, &str)> = Vec::new();
    for (e, range) in Parser::new_ext(md, crate::markdown::options()).into_offset_iter() {
        let Event::Start(Tag::Image { dest_url, .. }) = e else {
            continue;
        };
        let Some((_, to)) = from.iter().find(|(w, _)| *w == dest_url.trim()) else {
            continue;
        };
        // `![alt](address "title")`: the address follows the last `](` of the image's source.
        let src = &md[range.clone()];
        let Some(open) = src.rfind("](") else {
            continue;
        };
        let after = range.start + open + 2;
        let Some(at) = md[after..range.end].find(dest_url.as_ref()) else {
            continue;
        };
        let start = after + at;
        spans.push((start..start + dest_url.len(), to.as_str()));
    }
    let mut out = String::with_capacity(md.len());
    let mut last = 0;
    for (r, to) in spans {
        if r.start < last {
            continue;
        }
        out.push_str(&md[last..r.start]);
        out.push_str(to);
        last = r.end;
    }
    out.push_str(&md[last..]);
    out
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A PNG's width and height (from its IHDR chunk).
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.len() < 24
        || !b.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a])
        || &b[12..16] != b"IHDR"
    {
        return None;
    }
    let w = u32::from_be_bytes([b[16], b[17], b[18], b[19]]);
    let h = u32::from_be_bytes([b[20], b[21], b[22], b[23]]);
    (w > 0 && h > 0 && w <= MAX_SIDE && h <= MAX_SIDE).then_some((w, h))
}

/// A JPEG's width and height (from its first SOF marker).
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    if !b.starts_with(&[0xff, 0xd8]) {
        return None;
    }
    let mut i = 2;
    while i + 9 < b.len() {
        if b[i] != 0xff {
            return None;
        }
        let marker = b[i + 1];
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        if matches!(marker, 0xc0..=0xc3 | 0xc5..=0xc7 | 0xc9..=0xcb | 0xcd..=0xcf) {
            let h = u32::from(u16::from_be_bytes([b[i + 5], b[i + 6]]));
            let w = u32::from(u16::from_be_bytes([b[i + 7], b[i + 8]]));
            return (w > 0 && h > 0 && w <= MAX_SIDE && h <= MAX_SIDE).then_some((w, h));
        }
        i += 2 + len;
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A 1×1 PNG.
    pub const DOT: [u8; 67] = [
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, 0x49, 0x44,
        0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0,
        0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn pictures_are_checked_and_named_by_their_bytes() {
        let k = inspect(&DOT).expect("a PNG");
        assert_eq!((k.mime, k.width, k.height), ("image/png", 1, 1));
        assert!(matches!(inspect(b"GIF89a"), Err(ImageError::NotAPicture)));
        let big = vec![0u8; MAX_BYTES + 1];
        assert!(matches!(inspect(&big), Err(ImageError::TooLarge { .. })));
        let h = hash(&DOT);
        assert!(is_hash(&h));
        assert_eq!(hash_in(&url(&h)), Some(h.as_str()));
        assert_eq!(hash_in("image:abc"), None);
        assert_eq!(hash_in("https://example.com/x.png"), None);
    }

    #[test]
    fn local_pictures_beside_the_text_only() {
        let dir = tempfile::tempdir().expect("temp");
        let sub = dir.path().join("text");
        std::fs::create_dir(&sub).expect("dir");
        std::fs::write(sub.join("dot.png"), DOT).expect("write");
        std::fs::write(sub.join("fake.png"), b"not a picture").expect("write");
        std::fs::write(dir.path().join("outside.png"), DOT).expect("write");
        let md = "![A dot](dot.png) ![again](dot.png) ![Fake](fake.png) ![Up](../outside.png) \
                  ![Abs](/etc/passwd) ![Remote](https://tracker.example/p.png) ![Missing](no.png)\n\n\
                  [a link to dot.png](dot.png)\n";
        let l = local_pictures(md, &sub);
        assert_eq!(l.found.len(), 1);
        assert_eq!(l.found[0].written, "dot.png");
        let skipped: Vec<&str> = l.skipped.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(
            skipped,
            [
                "fake.png",
                "../outside.png",
                "/etc/passwd",
                "https://tracker.example/p.png",
                "no.png"
            ]
        );
        let h = hash(&DOT);
        let out = rewrite(md, &[("dot.png".into(), url(&h))]);
        assert_eq!(out.matches(&format!("](image:{h})")).count(), 2, "{out}");
        assert!(out.contains("[a link to dot.png](dot.png)"), "{out}");
        assert_eq!(referenced(&out), [h]);
    }
}
