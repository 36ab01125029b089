//! Opening a Word package safely: what kind of file it is (before any unzipping), and its parts
//! read with limits counted while they inflate, never trusting the sizes the zip declares.

use super::WordError;
use std::collections::HashMap;
use std::io::Read;

/// The largest .docx file read.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;
/// The most parts a package may have.
pub const MAX_PARTS: usize = 10_000;
/// The most bytes the parts read may inflate to, together.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The main part's content types.
const DOCX_MAIN: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const DOTX_MAIN: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// An open package: the zip, and how much it has inflated so far.
pub struct Package {
    zip: zip::ZipArchive<std::io::Cursor<Vec<u8>>>,
    file: String,
    unpacked: u64,
    names: Vec<String>,
}

impl Package {
    /// Opens the bytes of a file named `file`: refuses an OLE compound file (a password-protected
    /// document or a Word 97 `.doc`), anything that is not a zip, a package with too many parts,
    /// a macro-enabled document, and a package that is not a Word document.
    pub fn open(file: &str, bytes: Vec<u8>) -> Result<Package, WordError> {
        let file = file.to_string();
        if bytes.starts_with(&OLE_MAGIC) {
            // Office keeps an encrypted package in an OLE file with an `EncryptedPackage` stream;
            // Word 97–2003 documents have a `WordDocument` stream. Stream names are UTF-16.
            if contains(&bytes, &utf16("EncryptedPackage")) {
                return Err(WordError::Encrypted { file });
            }
            return Err(WordError::LegacyDoc { file });
        }
        if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
            return Err(WordError::NotZip { file });
        }
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
            WordError::Malformed {
                file: file.clone(),
                part: String::new(),
                reason: format!("a damaged zip: {e}"),
            }
        })?;
        if zip.len() > MAX_PARTS {
            return Err(WordError::TooBig {
                file,
                what: format!("{} parts (at most {MAX_PARTS})", zip.len()),
            });
        }
        let names: Vec<String> = zip.file_names().map(str::to_string).collect();
        let mut pkg = Package {
            zip,
            file,
            unpacked: 0,
            names,
        };
        let types = pkg
            .part("[Content_Types].xml")?
            .ok_or_else(|| WordError::NotWord {
                file: pkg.file.clone(),
            })?;
        let types = String::from_utf8_lossy(&types).into_owned();
        let macros = types.contains("macroEnabled")
            || pkg
                .names
                .iter()
                .any(|n| n.to_ascii_lowercase().ends_with("vbaproject.bin"));
        if macros {
            return Err(WordError::Macros {
                file: pkg.file.clone(),
            });
        }
        if !types.contains(DOCX_MAIN) && !types.contains(DOTX_MAIN) {
            return Err(WordError::NotWord {
                file: pkg.file.clone(),
            });
        }
        Ok(pkg)
    }

    /// The file's name as shown in messages.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// Whether the package has a part of that name.
    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    /// A part's bytes (None when there is no such part), inflated within the limits.
    pub fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, WordError> {
        let name = name.trim_start_matches('/');
        let Some(real) = self
            .names
            .iter()
            .find(|n| n.as_str() == name || n.eq_ignore_ascii_case(name))
            .cloned()
        else {
            return Ok(None);
        };
        let left = MAX_UNPACKED_BYTES - self.unpacked;
        let file = self.file.clone();
        let mut entry = self.zip.by_name(&real).map_err(|e| WordError::Malformed {
            file: file.clone(),
            part: real.clone(),
            reason: e.to_string(),
        })?;
        let mut out = Vec::new();
        // Read one byte more than allowed: reaching it means the part inflates past the limit,
        // whatever its header says.
        (&mut entry)
            .take(left + 1)
            .read_to_end(&mut out)
            .map_err(|e| WordError::Malformed {
                file: file.clone(),
                part: real.clone(),
                reason: e.to_string(),
            })?;
        if out.len() as u64 > left {
            return Err(WordError::TooBig {
                file,
                what: format!(
                    "its parts inflate to more than {} MB",
                    MAX_UNPACKED_BYTES / (1024 * 1024)
                ),
            });
        }
        self.unpacked += out.len() as u64;
        Ok(Some(out))
    }

    /// A part parsed as XML (None when there is no such part).
    pub fn xml(&mut self, name: &str) -> Result<Option<super::xml::El>, WordError> {
        let Some(bytes) = self.part(name)? else {
            return Ok(None);
        };
        super::xml::parse(&bytes)
            .map(Some)
            .map_err(|reason| WordError::Malformed {
                file: self.file.clone(),
                part: name.trim_start_matches('/').to_string(),
                reason,
            })
    }

    /// The relationships of a part (`word/document.xml` → `word/_rels/document.xml.rels`):
    /// id → (target resolved against the part's folder, or the URL as written, external or not).
    pub fn rels(&mut self, part: &str) -> Result<HashMap<String, Rel>, WordError> {
        let (dir, base) = match part.rsplit_once('/') {
            Some((d, b)) => (d.to_string(), b.to_string()),
            None => (String::new(), part.to_string()),
        };
        let rels_name = if dir.is_empty() {
            format!("_rels/{base}.rels")
        } else {
            format!("{dir}/_rels/{base}.rels")
        };
        let mut out = HashMap::new();
        let Some(root) = self.xml(&rels_name)? else {
            return Ok(out);
        };
        for r in root.els().filter(|e| e.name == "Relationship") {
            let (Some(id), Some(target)) = (r.attr("Id"), r.attr("Target")) else {
                continue;
            };
            let external = r.attr("TargetMode") == Some("External");
            let kind = r
                .attr("Type")
                .and_then(|t| t.rsplit('/').next())
                .unwrap_or("")
                .to_string();
            let target = if external {
                target.to_string()
            } else {
                resolve(&dir, target)
            };
            out.insert(
                id.to_string(),
                Rel {
                    kind,
                    target,
                    external,
                },
            );
        }
        Ok(out)
    }
}

/// A relationship.
#[derive(Debug, Clone)]
pub struct Rel {
    /// The last segment of its type (`styles`, `hyperlink`, `image`…).
    pub kind: String,
    /// The part it points at, or the external URL.
    pub target: String,
    /// Whether it points outside the package.
    pub external: bool,
}

/// Resolves a relative target against a folder inside the package.
fn resolve(dir: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = if dir.is_empty() {
        Vec::new()
    } else {
        dir.split('/').collect()
    };
    for seg in target.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_targets() {
        assert_eq!(resolve("word", "styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word", "../customXml/a.xml"), "customXml/a.xml");
        assert_eq!(resolve("", "/word/document.xml"), "word/document.xml");
    }

    #[test]
    fn ole_files_are_told_apart() {
        let mut doc = OLE_MAGIC.to_vec();
        doc.extend(utf16("WordDocument"));
        assert!(matches!(
            Package::open("a.doc", doc),
            Err(WordError::LegacyDoc { .. })
        ));
        let mut enc = OLE_MAGIC.to_vec();
        enc.extend(utf16("EncryptedPackage"));
        assert!(matches!(
            Package::open("a.docx", enc),
            Err(WordError::Encrypted { .. })
        ));
        assert!(matches!(
            Package::open("a.docx", b"hello".to_vec()),
            Err(WordError::NotZip { .. })
        ));
    }
}
