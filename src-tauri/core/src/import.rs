//! Importing Markdown and plain-text files: all of them, or none.
//!
//! Files named `NAME.LANG.md` give the id NAME and the language LANG; optional YAML front matter sets
//! the rest. Every file is read and checked before anything is written, so one bad file leaves the
//! handbook unchanged and names itself (and the line) in the error.

pub mod word;

use crate::lang::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The largest file imported (a policy is text, not a data dump).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why an import was refused. Each names the file, and the line where there is one.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file cannot be read.
    #[error("{file}: cannot be read: {reason}")]
    Unreadable {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
    /// The file is not UTF-8 text.
    #[error("{file}:{line}: not UTF-8 text (save it as UTF-8)")]
    NotUtf8 {
        /// The file.
        file: String,
        /// The line of the first bad byte.
        line: usize,
    },
    /// The front matter is not valid YAML or has a bad value.
    #[error("{file}:{line}: front matter: {reason}")]
    FrontMatter {
        /// The file.
        file: String,
        /// The line.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A language that is not one of the four.
    #[error("{file}: unknown language `{lang}` (expected en, bn, tl or ur)")]
    UnknownLang {
        /// The file.
        file: String,
        /// The language given.
        lang: String,
    },
    /// Anything else wrong with one file.
    #[error("{file}: {reason}")]
    Invalid {
        /// The file.
        file: String,
        /// What is wrong.
        reason: String,
    },
    /// Nothing to import.
    #[error("no Markdown or text files found in {0}")]
    NothingFound(String),
    /// A Word document that cannot be imported.
    #[error(transparent)]
    Word(#[from] word::WordError),
    /// The file is larger than a policy can be ([`MAX_FILE_BYTES`]).
    #[error("{file}: {megabytes} MB is larger than a policy can be ({max} MB)")]
    TooLarge {
        /// The file.
        file: String,
        /// Its size in MB (rounded up).
        megabytes: u64,
        /// The largest size, in MB.
        max: u64,
    },
}

impl ImportError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Unreadable { .. } => "import.unreadable",
            ImportError::NotUtf8 { .. } => "import.not_utf8",
            ImportError::FrontMatter { .. } => "import.front_matter",
            ImportError::UnknownLang { .. } => "import.unknown_lang",
            ImportError::Invalid { .. } => "import.invalid",
            ImportError::NothingFound(_) => "import.nothing_found",
            ImportError::TooLarge { .. } => "import.too_large",
            ImportError::Word(e) => e.code(),
        }
    }
}

/// The YAML front matter fields Policybook reads; others are ignored.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
struct FrontMatter {
    id: Option<String>,
    title: Option<String>,
    lang: Option<String>,
    source_lang: Option<String>,
    source_revision: Option<u32>,
    category: Option<String>,
    category_en: Option<String>,
    category_bn: Option<String>,
    category_tl: Option<String>,
    category_ur: Option<String>,
    owner: Option<String>,
    author: Option<String>,
    summary: Option<String>,
    review_every_months: Option<u32>,
    approved: Option<serde_yaml::Value>,
    approved_by: Option<String>,
}

/// One file, read and checked, ready to store.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file it came from.
    pub file: String,
    /// The policy id.
    pub id: String,
    /// The language.
    pub lang: Lang,
    /// The title.
    pub title: String,
    /// The body, exactly as in the file after the front matter.
    pub body: String,
    /// The category, if given.
    pub category: Option<String>,
    /// The category's name in other languages (`category_bn:` and the like).
    pub category_titles: Vec<(Lang, String)>,
    /// The owner, if given.
    pub owner: Option<String>,
    /// The author, if given (else the importer's).
    pub author: Option<String>,
    /// A summary for the revision.
    pub summary: Option<String>,
    /// Months between reviews, if given.
    pub review_every_months: Option<u32>,
    /// The source language, if given.
    pub source_lang: Option<Lang>,
    /// The source revision translated, if given.
    pub source_revision: Option<u32>,
    /// Approval recorded on paper: date and approver.
    pub approved: Option<(NaiveDate, String)>,
    /// The pictures the body shows (`image:<hash>`), stored with it.
    pub pictures: Vec<Vec<u8>>,
    /// A Word section paired with a policy already in the handbook, whose translation it becomes
    /// (its id is then that policy's).
    pub translation_of: Option<String>,
}

/// The summary of a revision imported from Word.
pub const WORD_SUMMARY: &str = "Imported from Word";

/// The shape of a text, for pairing translations: its headings' levels, in order, and how many
/// tables and lists it has. A translation keeps its source's shape.
pub fn outline(md: &str) -> (Vec<u8>, usize, usize) {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut headings = Vec::new();
    let (mut tables, mut lists) = (0, 0);
    for e in Parser::new_ext(md, crate::markdown::options()) {
        match e {
            Event::Start(Tag::Heading { level, .. }) => headings.push(level as u8),
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::List(_)) => lists += 1,
            _ => {}
        }
    }
    (headings, tables, lists)
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The language of files that name none.
    pub lang: Option<Lang>,
    /// Who imports (the author of files that name none).
    pub author: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    /// New revisions stored.
    pub imported: Vec<Imported>,
    /// Files whose text equals the newest revision.
    pub unchanged: Vec<Unchanged>,
}

/// A new revision stored by an import.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Imported {
    /// The policy.
    pub id: String,
    /// The language.
    pub lang: Lang,
    /// The new revision's number.
    pub revision: u32,
}

/// A file whose text was already the newest revision.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Unchanged {
    /// The policy.
    pub id: String,
    /// The language.
    pub lang: Lang,
}

const EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// Whether a path names a Word file (`.docx`, and the kinds refused with a reason: `.docm`,
/// `.doc`, `.dotx`, `.dotm`).
pub fn is_word(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["docx", "docm", "doc", "dotx", "dotm"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(e))
    })
}

fn has_text_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Files a folder walk passes over: hidden files, and a folder's own README, LICENSE or CHANGELOG.
fn is_skipped(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = name.split('.').next().unwrap_or("").to_ascii_uppercase();
    name.starts_with('.')
        || name.starts_with('_')
        || matches!(stem.as_str(), "README" | "LICENSE" | "CHANGELOG")
}

/// Lists the files an import of `paths` reads: named files as they are, folders recursively
/// (their `.md`, `.markdown` and `.txt` files, sorted), so the result does not depend on the disk's order.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ImportError> {
    let mut files = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| ImportError::Unreadable {
            file: shown.clone(),
            reason: io_reason(&e),
        })?;
        if meta.is_dir() {
            let mut found = Vec::new();
            for entry in walkdir::WalkDir::new(path)
                .follow_links(true)
                .sort_by_file_name()
            {
                let entry = entry.map_err(|e| ImportError::Unreadable {
                    file: e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| shown.clone()),
                    reason: e.io_error().map(io_reason).unwrap_or_else(|| e.to_string()),
                })?;
                let p = entry.path();
                if entry.file_type().is_file() && has_text_extension(p) && !is_skipped(p) {
                    found.push(p.to_path_buf());
                }
            }
            if found.is_empty() {
                return Err(ImportError::NothingFound(shown));
            }
            files.extend(found);
        } else if has_text_extension(path) || is_word(path) {
            files.push(path.clone());
        } else {
            return Err(ImportError::Invalid {
                file: shown,
                reason: "not a Markdown, text or Word file (.md, .markdown, .txt, .docx)".into(),
            });
        }
    }
    Ok(files)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The largest Word file an import reads (its policies are then each held to [`MAX_FILE_BYTES`]).
pub const MAX_WORD_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a regular file of at most `max` bytes. A device, a pipe or a socket (`/dev/zero`, a FIFO)
/// is refused before anything is read, and reading stops past `max` whatever size the file claims.
pub fn read_file(path: &Path, max: u64) -> Result<Vec<u8>, ImportError> {
    use std::io::Read as _;
    let file = path.display().to_string();
    let unreadable = |e: std::io::Error| ImportError::Unreadable {
        file: file.clone(),
        reason: io_reason(&e),
    };
    // Opening a FIFO for reading would wait for a writer: look first, without opening it.
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(ImportError::Invalid {
            file: file.clone(),
            reason: "not a regular file (a folder, a device, a pipe or a socket)".into(),
        });
    }
    if meta.len() > max {
        return Err(too_large_of(&file, meta.len(), max));
    }
    let f = std::fs::File::open(path).map_err(unreadable)?;
    // What is opened is checked again: the name may have been swapped meanwhile.
    if !f.metadata().map_err(unreadable)?.is_file() {
        return Err(ImportError::Invalid {
            file: file.clone(),
            reason: "not a regular file (a folder, a device, a pipe or a socket)".into(),
        });
    }
    let mut bytes = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > max {
        return Err(too_large_of(&file, bytes.len() as u64, max));
    }
    Ok(bytes)
}

/// Reads and checks one file.
pub fn read(path: &Path, opts: &ImportOptions) -> Result<Document, ImportError> {
    read_with_pictures(path, opts).map(|(d, _)| d)
}

/// Reads and checks one file, with the pictures it shows from its own folder (stored in the
/// handbook, their addresses rewritten to `image:<hash>`), and a warning for each picture it
/// names that cannot be stored (shown as its description).
pub fn read_with_pictures(
    path: &Path,
    opts: &ImportOptions,
) -> Result<(Document, Vec<String>), ImportError> {
    let file = path.display().to_string();
    let bytes = read_file(path, MAX_FILE_BYTES)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string();
    let mut doc = parse(&file, &name, &bytes, opts)?;
    let base = path.parent().filter(|p| !p.as_os_str().is_empty());
    let local = crate::images::local_pictures(&doc.body, base.unwrap_or(Path::new(".")));
    let mut renamed = Vec::new();
    let mut kept = std::collections::HashSet::new();
    for f in local.found {
        let h = crate::images::hash(&f.bytes);
        renamed.push((f.written, crate::images::url(&h)));
        // The same picture under two names is stored once.
        if kept.insert(h) {
            doc.pictures.push(f.bytes);
        }
    }
    doc.body = crate::images::rewrite(&doc.body, &renamed);
    let warnings = local
        .skipped
        .into_iter()
        .map(|(url, why)| format!("picture `{url}` not stored: {why}"))
        .collect();
    Ok((doc, warnings))
}

/// The error for a file of `bytes` bytes, larger than [`MAX_FILE_BYTES`].
pub fn too_large(file: &str, bytes: u64) -> ImportError {
    too_large_of(file, bytes, MAX_FILE_BYTES)
}

fn too_large_of(file: &str, bytes: u64, max: u64) -> ImportError {
    ImportError::TooLarge {
        file: file.to_string(),
        megabytes: bytes.div_ceil(1024 * 1024),
        max: max / (1024 * 1024),
    }
}

/// The bytes as UTF-8 text, or an error naming the file and the line of the first bad byte. A NUL
/// byte is refused the same way: text has none (UTF-16 and binary files do).
pub fn utf8<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, ImportError> {
    let bad_at = |at: usize| ImportError::NotUtf8 {
        file: file.to_string(),
        line: bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| bad_at(e.valid_up_to()))?;
    match bytes.iter().position(|&b| b == 0) {
        Some(at) => Err(bad_at(at)),
        None => Ok(text),
    }
}

/// Checks and splits one file's bytes. `name` is the file name, which may carry the id and language.
pub fn parse(
    file: &str,
    name: &str,
    bytes: &[u8],
    opts: &ImportOptions,
) -> Result<Document, ImportError> {
    let text = utf8(file, bytes)?;
    // A byte-order mark is an encoding artefact, not text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (fm, body) = split_front_matter(file, text)?;

    // Name and language from the file name: NAME.LANG.ext or NAME.ext.
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    let (name_id, name_lang) = match stem.rsplit_once('.') {
        Some((base, tag)) if looks_like_lang_tag(tag) => (base, Some(tag)),
        _ => (stem, None),
    };
    let lang_of = |tag: &str| -> Result<Lang, ImportError> {
        tag.parse().map_err(|_| ImportError::UnknownLang {
            file: file.to_string(),
            lang: tag.to_string(),
        })
    };
    let file_lang = name_lang.map(lang_of).transpose()?;
    let fm_lang = fm.lang.as_deref().map(lang_of).transpose()?;
    let lang = match (fm_lang, file_lang) {
        (Some(a), Some(b)) if a != b => {
            return Err(ImportError::Invalid {
                file: file.to_string(),
                reason: format!("front matter says lang {a} but the file name says {b}"),
            })
        }
        (Some(a), _) | (None, Some(a)) => a,
        (None, None) => opts.lang.unwrap_or(Lang::En),
    };
    let source_lang = fm.source_lang.as_deref().map(lang_of).transpose()?;

    let id = match &fm.id {
        Some(id) => id.trim().to_string(),
        None => slug(name_id),
    };
    crate::store::validate_id(&id).map_err(|e| ImportError::Invalid {
        file: file.to_string(),
        reason: e.to_string(),
    })?;

    if body.trim().is_empty() {
        return Err(ImportError::Invalid {
            file: file.to_string(),
            reason: "the policy has no text".into(),
        });
    }
    let title = match fm.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => t.to_string(),
        None => derive_title(body),
    };
    let invalid = |reason: String| ImportError::Invalid {
        file: file.to_string(),
        reason,
    };
    if let Some(m) = fm.review_every_months {
        if !(1..=120).contains(&m) {
            return Err(invalid(format!(
                "review_every_months must be 1 to 120, not {m}"
            )));
        }
    }
    let approved = match (&fm.approved, fm.approved_by.as_deref().map(str::trim)) {
        (None, None) => None,
        (Some(_), None) | (Some(_), Some("")) => {
            return Err(invalid("`approved` needs `approved_by`".into()))
        }
        (None, Some(_)) => return Err(invalid("`approved_by` needs `approved` (a date)".into())),
        (Some(v), Some(by)) => {
            let s = match v {
                serde_yaml::Value::String(s) => s.clone(),
                other => serde_yaml::to_string(other)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            };
            let date = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
                invalid(format!(
                    "`approved` must be a date like 2025-12-31, not `{}`",
                    s.trim()
                ))
            })?;
            Some((date, by.to_string()))
        }
    };
    let author = fm
        .author
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string);
    if let Some((_, by)) = &approved {
        let who = author.as_deref().unwrap_or(&opts.author);
        if by == who {
            return Err(invalid(format!(
                "`approved_by` is the author ({by}): someone else must approve"
            )));
        }
    }
    Ok(Document {
        file: file.to_string(),
        id,
        lang,
        title,
        body: body.to_string(),
        category_titles: [
            (Lang::En, &fm.category_en),
            (Lang::Bn, &fm.category_bn),
            (Lang::Tl, &fm.category_tl),
            (Lang::Ur, &fm.category_ur),
        ]
        .into_iter()
        .filter_map(|(l, t)| {
            t.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| (l, t.to_string()))
        })
        .collect(),
        category: fm
            .category
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty()),
        owner: fm
            .owner
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty()),
        author,
        summary: fm.summary,
        review_every_months: fm.review_every_months,
        source_lang,
        source_revision: fm.source_revision,
        approved,
        pictures: Vec::new(),
        translation_of: None,
    })
}

fn looks_like_lang_tag(tag: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && tag.len() <= 8
}

/// Makes an id from a file name: lower case, runs of other characters as `-`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches(|c| c == '-' || c == '.').to_string()
}

/// Splits `---` front matter from the body. The body is returned exactly as it stands in the file.
fn split_front_matter<'a>(
    file: &str,
    text: &'a str,
) -> Result<(FrontMatter, &'a str), ImportError> {
    let first_end = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Ok((FrontMatter::default(), text));
    }
    let mut pos = first_end;
    let mut line_no = 1;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(text.len());
        line_no += 1;
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let yaml = &text[first_end..pos];
            let fm = parse_yaml(file, yaml)?;
            return Ok((fm, &text[end..]));
        }
        pos = end;
    }
    Err(ImportError::FrontMatter {
        file: file.to_string(),
        line: 1,
        reason: format!("`---` opened on line 1 is never closed (the file has {line_no} lines)"),
    })
}

fn parse_yaml(file: &str, yaml: &str) -> Result<FrontMatter, ImportError> {
    if yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    let err = |e: serde_yaml::Error| ImportError::FrontMatter {
        file: file.to_string(),
        // The YAML starts on the file's line 2.
        line: e.location().map(|l| l.line() + 1).unwrap_or(2),
        reason: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or("")
            .to_string(),
    };
    let value: serde_yaml::Value = serde_yaml::from_str(yaml).map_err(err)?;
    if !value.is_mapping() {
        return Err(ImportError::FrontMatter {
            file: file.to_string(),
            line: 2,
            reason: "expected `key: value` lines".into(),
        });
    }
    serde_yaml::from_value(value).map_err(|e| ImportError::FrontMatter {
        file: file.to_string(),
        line: field_line(yaml, &e.to_string()).unwrap_or(2),
        reason: e.to_string(),
    })
}

/// Finds the line of the field a serde message names ("id: invalid type ...").
fn field_line(yaml: &str, message: &str) -> Option<usize> {
    let field = message.split(':').next()?.trim();
    yaml.lines()
        .position(|l| l.trim_start().starts_with(&format!("{field}:")))
        .map(|i| i + 2)
}

/// The first heading's text, else the first non-empty line (at most 200 characters).
pub fn derive_title(body: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut in_heading = false;
    let mut title = String::new();
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) if in_heading => break,
            Event::Text(t) | Event::Code(t) if in_heading => title.push_str(&t),
            _ => {}
        }
    }
    let title = title.trim();
    let title = if title.is_empty() {
        body.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
            .trim_start_matches('#')
            .trim()
    } else {
        title
    };
    title.chars().take(200).collect()
}

/// Reads every file under `paths` and checks the set, ready to store.
pub fn plan(paths: &[PathBuf], opts: &ImportOptions) -> Result<Vec<Document>, ImportError> {
    order(
        plan_with(paths, opts, &word::WordOptions::default())?
            .into_iter()
            .map(|(d, _)| d)
            .collect(),
    )
}

/// What an import would store, as its preview shows it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Preview {
    /// The policy id.
    pub id: String,
    /// The title.
    pub title: String,
    /// The category (the handbook's default when the file gives none and the policy is new).
    pub category: String,
    /// The language.
    pub lang: Lang,
    /// The body's length in characters.
    pub chars: usize,
    /// What the conversion lost or dropped (Word documents), in English.
    pub warnings: Vec<String>,
    /// The policy already in the handbook this section becomes the translation of (a Word
    /// handbook in another language whose sections line up with one imported before).
    pub translation_of: Option<String>,
}

/// Like [`plan`], with Word documents cut into policies as `word` says; each document comes with
/// the warnings of its conversion.
pub fn plan_with(
    paths: &[PathBuf],
    opts: &ImportOptions,
    word: &word::WordOptions,
) -> Result<Vec<(Document, Vec<String>)>, ImportError> {
    let files = collect(paths)?;
    let mut docs = Vec::new();
    let mut warnings: BTreeMap<(String, Lang), Vec<String>> = BTreeMap::new();
    for f in &files {
        if !is_word(f) {
            let (d, w) = read_with_pictures(f, opts)?;
            warnings.insert((d.id.clone(), d.lang), w);
            docs.push(d);
            continue;
        }
        let shown = f.display().to_string();
        let bytes = read_file(f, MAX_WORD_BYTES)?;
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        for s in word::read(&shown, &name, bytes, opts.lang, word)? {
            if s.body.len() as u64 > MAX_FILE_BYTES {
                return Err(too_large(
                    &format!("{shown} ({})", s.title),
                    s.body.len() as u64,
                ));
            }
            warnings.insert((s.id.clone(), s.lang), s.warnings);
            docs.push(Document {
                file: shown.clone(),
                id: s.id,
                lang: s.lang,
                title: s.title,
                body: s.body,
                category: s.category,
                category_titles: Vec::new(),
                owner: None,
                author: None,
                summary: Some(WORD_SUMMARY.into()),
                review_every_months: None,
                source_lang: None,
                source_revision: None,
                approved: None,
                pictures: s.pictures,
                translation_of: None,
            });
        }
    }
    // Checked as a set (and in the order they are stored) by `order`; kept in the files' order.
    order(docs.clone())?;
    Ok(docs
        .into_iter()
        .map(|d| {
            let w = warnings.remove(&(d.id.clone(), d.lang)).unwrap_or_default();
            (d, w)
        })
        .collect())
}

/// Like [`plan`], for files already in memory, as (file name, bytes): the demo handbook
/// embedded in the app, a drop of files in the window.
pub fn plan_texts(
    items: &[(&str, &[u8])],
    opts: &ImportOptions,
) -> Result<Vec<Document>, ImportError> {
    let docs = items
        .iter()
        .map(|(name, bytes)| {
            let base = name.rsplit('/').next().unwrap_or(name);
            parse(name, base, bytes, opts)
        })
        .collect::<Result<Vec<_>, _>>()?;
    order(docs)
}

/// Writes checked documents in one transaction (the caller commits): policies created or
/// updated, category names, new revisions (the same text adds nothing), their pictures, and
/// approvals given on paper, recorded as such. Every refusal names the file; nothing is written
/// then, since the caller does not commit.
pub fn store(
    w: &crate::store::Writer<'_>,
    docs: &[Document],
    opts: &ImportOptions,
    today: NaiveDate,
    at: &str,
) -> crate::Result<ImportReport> {
    use crate::store::{self, Policy, Read as _, Status, StoreError};
    use crate::{category, images, review, Error, DEFAULT_CATEGORY};
    let mut report = ImportReport::default();
    for doc in docs {
        let bad = |reason: String| {
            Error::Import(ImportError::Invalid {
                file: doc.file.clone(),
                reason,
            })
        };
        let author = doc.author.clone().unwrap_or_else(|| opts.author.clone());
        match w.policy(&doc.id) {
            Ok(p) if p.retired.is_some() => {
                return Err(bad(format!(
                    "policy `{}` is retired: an import never changes a retired policy",
                    doc.id
                )));
            }
            Ok(mut p) => {
                if let Some(c) = &doc.category {
                    p.category.clone_from(c);
                }
                if let Some(o) = &doc.owner {
                    p.owner.clone_from(o);
                }
                if let Some(m) = doc.review_every_months {
                    p.review_every_months = m;
                }
                if let Some(s) = doc.source_lang {
                    p.source_lang = s;
                }
                w.update_policy(&p, &author, at)?;
            }
            Err(StoreError::NoPolicy(_)) => {
                let p = Policy {
                    id: doc.id.clone(),
                    category: doc
                        .category
                        .clone()
                        .unwrap_or_else(|| DEFAULT_CATEGORY.to_string()),
                    owner: doc.owner.clone().unwrap_or_else(|| author.clone()),
                    review_every_months: doc.review_every_months.unwrap_or(12),
                    source_lang: doc.source_lang.unwrap_or(doc.lang),
                    retired: None,
                };
                w.create_policy(&p, &author, at)?;
            }
            Err(e) => return Err(e.into()),
        }
        if !doc.category_titles.is_empty() {
            let category = w.policy(&doc.id)?.category;
            let known = category::Titles::load(w)?;
            for (lang, title) in &doc.category_titles {
                let have = known.title(&category, *lang);
                if have.missing || have.lang != *lang || &have.title != title {
                    if title.chars().count() > category::MAX_TITLE {
                        return Err(bad(category::CategoryError::TooLong.to_string()));
                    }
                    w.set_category_title(&category, *lang, title, &author, at)?;
                }
            }
        }
        for p in &doc.pictures {
            images::add(w, p, at)?;
        }
        let newest = w.newest_number(&doc.id, doc.lang)?;
        let same = newest > 0 && {
            let r = w.revision(&doc.id, doc.lang, Some(newest))?;
            r.body == doc.body && r.title == doc.title
        };
        let n = if same {
            report.unchanged.push(Unchanged {
                id: doc.id.clone(),
                lang: doc.lang,
            });
            newest
        } else {
            let summary = doc
                .summary
                .clone()
                .unwrap_or_else(|| "Imported".to_string());
            let new = store::NewRevision {
                title: &doc.title,
                body: &doc.body,
                author: &author,
                summary: &summary,
                source_revision: doc.source_revision,
            };
            let n = w
                .add_revision(&doc.id, doc.lang, &new, at)
                .map_err(|e| match e {
                    StoreError::NoTitle
                    | StoreError::NoAuthor
                    | StoreError::NoSourceRevision { .. } => bad(e.to_string()),
                    other => other.into(),
                })?;
            report.imported.push(Imported {
                id: doc.id.clone(),
                lang: doc.lang,
                revision: n,
            });
            n
        };
        if let Some((on, by)) = &doc.approved {
            let status = w.state(&doc.id, doc.lang, n)?.status;
            if same && status != Status::Approved {
                // Someone's draft here with the same text: a file says nothing of it.
                return Err(bad(format!(
                        "`{}` ({}) revision {n} is a {} in this handbook with this text: an import never approves it (approve it in Policybook)",
                        doc.id,
                        doc.lang,
                        status.as_str().replace('_', " ")
                    )));
            }
            if status != Status::Approved {
                review::record_approval(w, &doc.id, doc.lang, n, by, *on, &opts.author, today, at)
                    .map_err(|e| match e {
                        review::ReviewError::Store(s) => Error::Store(s),
                        other => bad(other.to_string()),
                    })?;
            }
        }
    }
    Ok(report)
}

/// Checks the set (no id and language twice) and sorts it so that every source text comes before
/// the translations (which then point at the source just imported), keeping the files' order.
pub fn order(mut docs: Vec<Document>) -> Result<Vec<Document>, ImportError> {
    let mut seen: BTreeMap<(String, Lang), String> = BTreeMap::new();
    for doc in &docs {
        if let Some(other) = seen.insert((doc.id.clone(), doc.lang), doc.file.clone()) {
            return Err(ImportError::Invalid {
                file: doc.file.clone(),
                reason: format!("policy `{}` in {} is also in {other}", doc.id, doc.lang),
            });
        }
    }
    let mut source: BTreeMap<String, Lang> = BTreeMap::new();
    for d in &docs {
        if let Some(s) = d.source_lang {
            source.insert(d.id.clone(), s);
        }
    }
    // Sources first, then translations, each in the files' (and a document's) order: policies
    // are created in the order the handbook had them, which pairing a later document in another
    // language relies on.
    docs.sort_by_key(|d| {
        let src = source.get(&d.id).copied().unwrap_or(Lang::En);
        d.lang != src
    });
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ImportOptions {
        ImportOptions {
            lang: None,
            author: "importer".into(),
        }
    }

    #[test]
    fn name_gives_id_and_language() {
        let d = parse(
            "x/refunds.bn.md",
            "refunds.bn.md",
            "# ফেরত\n\nটাকা ফেরত।\n".as_bytes(),
            &opts(),
        )
        .unwrap();
        assert_eq!(
            (d.id.as_str(), d.lang, d.title.as_str()),
            ("refunds", Lang::Bn, "ফেরত")
        );
    }

    #[test]
    fn body_is_kept_exactly() {
        let text = "---\ntitle: T\n---\r\n  Line one  \r\n\r\nLine two";
        let d = parse("a.md", "a.md", text.as_bytes(), &opts()).unwrap();
        assert_eq!(d.body, "  Line one  \r\n\r\nLine two");
    }

    #[test]
    fn title_falls_back_to_first_line() {
        let d = parse(
            "a.txt",
            "a.txt",
            b"\n\n  Greeting customers\nSay hello.\n",
            &opts(),
        )
        .unwrap();
        assert_eq!(d.title, "Greeting customers");
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let text = "---\ntitle: T\nreview_every_months: [1\n---\nbody\n";
        let e = parse("p.md", "p.md", text.as_bytes(), &opts()).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("p.md:"), "{msg}");
        assert_eq!(e.code(), "import.front_matter");
    }

    #[test]
    fn not_utf8_names_the_line() {
        let e = parse("p.md", "p.md", b"ok\nstill ok\n\xff\xfe bad\n", &opts()).unwrap_err();
        assert_eq!(e.to_string(), "p.md:3: not UTF-8 text (save it as UTF-8)");
    }

    #[test]
    fn unknown_language_is_refused() {
        let e = parse("p.de.md", "p.de.md", b"text", &opts()).unwrap_err();
        assert_eq!(e.code(), "import.unknown_lang");
        let e = parse("p.md", "p.md", b"---\nlang: klingon\n---\ntext", &opts()).unwrap_err();
        assert_eq!(e.code(), "import.unknown_lang");
    }

    #[test]
    fn approval_needs_another_person() {
        let text = "---\napproved: 2025-01-31\napproved_by: importer\n---\ntext";
        assert!(parse("p.md", "p.md", text.as_bytes(), &opts()).is_err());
        let text = "---\napproved: 2025-01-31\napproved_by: Helen\n---\ntext";
        let d = parse("p.md", "p.md", text.as_bytes(), &opts()).unwrap();
        assert_eq!(
            d.approved,
            Some((
                NaiveDate::from_ymd_opt(2025, 1, 31).unwrap(),
                "Helen".into()
            ))
        );
    }

    #[test]
    fn unclosed_front_matter_is_refused() {
        let e = parse("p.md", "p.md", b"---\ntitle: x\nbody", &opts()).unwrap_err();
        assert_eq!(e.code(), "import.front_matter");
    }

    #[test]
    fn slugs_file_names() {
        assert_eq!(slug("Refund Policy (2025)"), "refund-policy-2025");
    }
}
