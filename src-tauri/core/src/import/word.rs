//! Importing a Word handbook (`.docx`): the document cut into policies at its headings, each
//! policy's body turned into CommonMark, ready for the same all-or-nothing import as Markdown files.
//!
//! The package is opened with limits (see [`package`]); what is not a `.docx` — a Word 97 `.doc`,
//! a password-protected document, a macro-enabled `.docm`, a zip bomb, malformed XML — is refused
//! with one line. Headings are found by their style (its outline level, or a heading name in any
//! language, through the `basedOn` chain) or the paragraph's own outline level. Tracked changes
//! are refused unless accepted ([`WordOptions::accept_changes`]); comments are dropped and counted.
//!
//! Ids come from titles: lower-case ASCII, with Bengali and Urdu letters transliterated (see
//! [`slug`]); a heading bookmarked `policy-ID` (as Policybook's own export writes it) keeps ID.

pub mod convert;
pub mod package;
pub mod xml;

use crate::error::{num, ErrArg};
use crate::lang::Lang;
use convert::{Block, Kind, MARK_CLOSE, MARK_OPEN};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Why a Word document was refused. Each is one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum WordError {
    /// An OLE file with an encrypted package: a password-protected document.
    #[error("{file}: the document is protected by a password: remove the password in Word (File › Info › Protect Document) and import it again")]
    Encrypted {
        /// The file.
        file: String,
    },
    /// A Word 97–2003 document (OLE compound file).
    #[error("{file}: a Word 97–2003 document (.doc): save it as a Word Document (.docx) and import that")]
    LegacyDoc {
        /// The file.
        file: String,
    },
    /// A macro-enabled document: refused, its macros never run or stored.
    #[error("{file}: a macro-enabled document (.docm): nothing was imported and its macros were neither run nor kept; save it as a Word Document (.docx) and import that")]
    Macros {
        /// The file.
        file: String,
    },
    /// Not a zip package at all.
    #[error("{file}: not a Word document (a .docx is a zip package)")]
    NotZip {
        /// The file.
        file: String,
    },
    /// A zip that is not a Word document.
    #[error("{file}: not a Word document (no word/document.xml main part)")]
    NotWord {
        /// The file.
        file: String,
    },
    /// Over a limit: too many parts, too much unpacked (a zip bomb), too large a file.
    #[error("{file}: refused: {what}")]
    TooBig {
        /// The file.
        file: String,
        /// Which limit.
        what: String,
    },
    /// A part that is not well-formed, or a damaged zip.
    #[error("{file}: {part}: malformed: {reason}")]
    Malformed {
        /// The file.
        file: String,
        /// The part.
        part: String,
        /// What is wrong.
        reason: String,
    },
    /// Tracked changes not accepted.
    #[error("{file}: {count} tracked changes, the first under {place}: accept or reject them in Word first, or import with --accept-changes")]
    TrackedChanges {
        /// The file.
        file: String,
        /// How many.
        count: usize,
        /// Where the first is.
        place: String,
    },
    /// Nothing to import.
    #[error("{file}: the document has no text")]
    Empty {
        /// The file.
        file: String,
    },
}

impl WordError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            WordError::Encrypted { .. } => "word.encrypted",
            WordError::LegacyDoc { .. } => "word.legacy_doc",
            WordError::Macros { .. } => "word.macros",
            WordError::NotZip { .. } => "word.not_zip",
            WordError::NotWord { .. } => "word.not_word",
            WordError::TooBig { .. } => "word.too_big",
            WordError::Malformed { .. } => "word.malformed",
            WordError::TrackedChanges { .. } => "word.tracked_changes",
            WordError::Empty { .. } => "word.empty",
        }
    }

    /// The values its localised message fills in.
    pub fn args(&self) -> Vec<(&'static str, ErrArg)> {
        match self {
            WordError::Encrypted { file }
            | WordError::LegacyDoc { file }
            | WordError::Macros { file }
            | WordError::NotZip { file }
            | WordError::NotWord { file }
            | WordError::Empty { file } => vec![("file", file.clone().into())],
            WordError::TooBig { file, what } => {
                vec![("file", file.clone().into()), ("what", what.clone().into())]
            }
            WordError::Malformed { file, part, reason } => vec![
                ("file", file.clone().into()),
                ("part", part.clone().into()),
                ("reason", reason.clone().into()),
            ],
            WordError::TrackedChanges { file, count, place } => vec![
                ("file", file.clone().into()),
                ("count", num(*count)),
                ("place", place.clone().into()),
            ],
        }
    }
}

/// How to cut and read a Word document.
#[derive(Debug, Clone)]
pub struct WordOptions {
    /// Cut at headings of this level (1–9; default 1).
    pub split_level: u8,
    /// The category of every policy (default: the heading that groups it).
    pub category: Option<String>,
    /// Import tracked changes as accepted (else a document with changes is refused).
    pub accept_changes: bool,
    /// Pair a document's sections with the policies of a Word handbook imported before, as their
    /// translations, when their order and headings line up (default: yes).
    pub pair: bool,
}

impl Default for WordOptions {
    fn default() -> Self {
        WordOptions {
            split_level: 1,
            category: None,
            accept_changes: false,
            pair: true,
        }
    }
}

/// What was lost or dropped in a piece of the document.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Comments dropped.
    pub comments: usize,
    /// Pictures not imported (neither PNG nor JPEG, or linked from outside the document).
    pub images: usize,
    /// Merged table cells split.
    pub merged: usize,
    /// Content Markdown cannot hold (equations, nested tables, embedded documents), kept as text
    /// where it has any.
    pub unsupported: usize,
}

impl Counts {
    /// Adds another's counts.
    pub fn add(&mut self, o: &Counts) {
        self.comments += o.comments;
        self.images += o.images;
        self.merged += o.merged;
        self.unsupported += o.unsupported;
    }

    /// The warnings, in English (the same in every interface language, like all JSON).
    pub fn warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        let n = |k: usize, one: &str, many: &str| {
            if k == 1 {
                one.to_string()
            } else {
                format!("{k} {many}")
            }
        };
        if self.comments > 0 {
            w.push(format!(
                "{} dropped",
                n(self.comments, "1 comment", "comments")
            ));
        }
        if self.images > 0 {
            w.push(format!(
                "{} not imported (only PNG and JPEG pictures inside the document are kept)",
                n(self.images, "1 image", "images")
            ));
        }
        if self.merged > 0 {
            w.push(format!(
                "{} split into single cells",
                n(self.merged, "1 merged table cell", "merged table cells")
            ));
        }
        if self.unsupported > 0 {
            w.push(format!(
                "{} kept as plain text (equations, nested tables or embedded content)",
                n(self.unsupported, "1 element", "elements")
            ));
        }
        w
    }
}

/// One policy cut from the document.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its category, when the document gives one.
    pub category: Option<String>,
    /// Its language.
    pub lang: Lang,
    /// Its body: `# title`, then the text as CommonMark.
    pub body: String,
    /// What was lost or dropped, in English.
    pub warnings: Vec<String>,
    /// The pictures its body shows (`image:<hash>`), to store with it.
    pub pictures: Vec<Vec<u8>>,
}

/// Reads a Word document (`file` names it in messages, `name` is its file name) into policies.
/// `lang` is the language of every policy, else each policy's script and words decide.
pub fn read(
    file: &str,
    name: &str,
    bytes: Vec<u8>,
    lang: Option<Lang>,
    opts: &WordOptions,
) -> Result<Vec<Section>, WordError> {
    if bytes.len() as u64 > package::MAX_FILE_BYTES {
        return Err(WordError::TooBig {
            file: file.to_string(),
            what: format!(
                "the file is larger than {} MB",
                package::MAX_FILE_BYTES / (1024 * 1024)
            ),
        });
    }
    let mut pkg = package::Package::open(file, bytes)?;
    let root_rels = pkg.rels("")?;
    let main = root_rels
        .values()
        .find(|r| r.kind == "officeDocument" && !r.external)
        .map(|r| r.target.clone())
        .unwrap_or_else(|| "word/document.xml".to_string());
    if !pkg.has(&main) {
        return Err(WordError::NotWord {
            file: file.to_string(),
        });
    }
    let rels = pkg.rels(&main)?;
    // The pictures in the package: PNG and JPEG are kept (by relationship id, as stored
    // addresses); any other kind is counted as not imported.
    let mut pictures: HashMap<String, String> = HashMap::new();
    let mut picture_bytes: HashMap<String, Vec<u8>> = HashMap::new();
    for (id, r) in &rels {
        if r.kind != "image" || r.external {
            continue;
        }
        let Some(bytes) = pkg.part(&r.target)? else {
            continue;
        };
        if crate::images::inspect(&bytes).is_ok() {
            let h = crate::images::hash(&bytes);
            pictures.insert(id.clone(), crate::images::url(&h));
            picture_bytes.insert(h, bytes);
        }
    }
    let target = |kind: &str| {
        rels.values()
            .find(|r| r.kind == kind && !r.external)
            .map(|r| r.target.clone())
    };
    let styles_xml = match target("styles") {
        Some(t) => pkg.xml(&t)?,
        None => None,
    };
    let numbering_xml = match target("numbering") {
        Some(t) => pkg.xml(&t)?,
        None => None,
    };
    let footnotes_xml = match target("footnotes") {
        Some(t) => pkg.xml(&t)?,
        None => None,
    };
    let endnotes_xml = match target("endnotes") {
        Some(t) => pkg.xml(&t)?,
        None => None,
    };
    let document = pkg.xml(&main)?.ok_or_else(|| WordError::NotWord {
        file: file.to_string(),
    })?;
    let styles = convert::Styles::read(styles_xml.as_ref());
    let mut numbering = convert::Numbering::read(numbering_xml.as_ref());
    let from_policybook = styles_xml.as_ref().is_some_and(|s| {
        s.els()
            .any(|e| e.name == "style" && e.attr("styleId") == Some("PolicyMeta"))
    });
    let mut cx = convert::Context {
        styles: &styles,
        numbering: &mut numbering,
        rels: &rels,
        pictures: &pictures,
        accept_changes: opts.accept_changes,
        changes: (0, None),
        last_heading: None,
        paragraphs: 0,
        from_policybook,
        header_row: false,
    };
    let mut blocks = Vec::new();
    if let Some(body) = document.child("body") {
        cx.blocks(body, &mut blocks);
    }
    // Footnotes and endnotes: their paragraphs, by kind and id.
    let mut notes: HashMap<String, (String, Counts)> = HashMap::new();
    for (kind, root) in [("fn", &footnotes_xml), ("en", &endnotes_xml)] {
        let Some(root) = root else { continue };
        for note in root
            .els()
            .filter(|e| e.name == "footnote" || e.name == "endnote")
        {
            if matches!(
                note.attr("type"),
                Some("separator" | "continuationSeparator" | "continuationNotice")
            ) {
                continue;
            }
            let Some(id) = note.attr("id") else { continue };
            let mut nb = Vec::new();
            cx.last_heading = Some(format!("a footnote ({id})"));
            cx.blocks(note, &mut nb);
            let mut counts = Counts::default();
            let mut paras = Vec::new();
            for b in &nb {
                counts.add(&b.counts());
                match b {
                    Block::Para { md, .. } if !md.trim().is_empty() => paras.push(md.clone()),
                    Block::Table { rows, .. } => {
                        counts.unsupported += 1;
                        paras.extend(rows.iter().map(|r| r.join(" | ")));
                    }
                    _ => {}
                }
            }
            notes.insert(format!("{kind}:{id}"), (paras.join("\n\n    "), counts));
        }
    }
    let (changes, first) = cx.changes.clone();
    if changes > 0 && !opts.accept_changes {
        return Err(WordError::TrackedChanges {
            file: file.to_string(),
            count: changes,
            place: first.unwrap_or_else(|| "the start".into()),
        });
    }
    let stem = name
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(name)
        .to_string();
    let mut sections = split(&blocks, &notes, &stem, lang, opts, from_policybook);
    for s in &mut sections {
        s.pictures = crate::images::referenced(&s.body)
            .into_iter()
            .filter_map(|h| picture_bytes.get(&h).cloned())
            .collect();
    }
    if sections.is_empty() {
        return Err(WordError::Empty {
            file: file.to_string(),
        });
    }
    Ok(sections)
}

/// A policy's place in the blocks before it is assembled.
struct Cut {
    title: String,
    heading: Option<usize>,
    start: usize,
    end: usize,
    category: Option<String>,
    bookmarks: Vec<String>,
}

fn is_empty(b: &Block) -> bool {
    match b {
        Block::Para { md, kind, .. } => {
            md.trim().is_empty() || matches!(kind, Kind::Toc | Kind::Meta)
        }
        Block::Table { rows, .. } => rows.iter().all(|r| r.iter().all(|c| c.trim().is_empty())),
        Block::Rule => true,
    }
}

fn heading_level(b: &Block) -> Option<u8> {
    match b {
        Block::Para {
            kind: Kind::Heading(l),
            ..
        } => Some(*l),
        _ => None,
    }
}

fn clean_title(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    let t: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    t.chars().take(200).collect()
}

fn block_plain(b: &Block) -> String {
    match b {
        Block::Para { plain, .. } => plain.clone(),
        Block::Table { rows, .. } => rows
            .iter()
            .map(|r| r.join(" "))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Rule => String::new(),
    }
}

/// Cuts the blocks into policies and assembles each one's Markdown.
fn split(
    blocks: &[Block],
    notes: &HashMap<String, (String, Counts)>,
    stem: &str,
    lang: Option<Lang>,
    opts: &WordOptions,
    from_policybook: bool,
) -> Vec<Section> {
    let levels: Vec<u8> = blocks.iter().filter_map(heading_level).collect();
    let want = opts.split_level.clamp(1, 9);
    let s = if levels.contains(&want) {
        Some(want)
    } else {
        levels.iter().copied().min()
    };
    let mut cuts: Vec<Cut> = Vec::new();
    let title_of = |i: usize| match &blocks[i] {
        Block::Para { plain, .. } => clean_title(plain),
        _ => String::new(),
    };
    let marks_of = |i: usize| match &blocks[i] {
        Block::Para { bookmarks, .. } => bookmarks.clone(),
        _ => Vec::new(),
    };
    // Untitled text (a document without headings, or what comes before the first one).
    let loose = |start: usize, end: usize, cuts: &mut Vec<Cut>, whole: bool| {
        let content: Vec<usize> = (start..end)
            .filter(|&i| {
                !is_empty(&blocks[i])
                    && !matches!(
                        &blocks[i],
                        Block::Para {
                            kind: Kind::Title | Kind::Subtitle | Kind::Toc | Kind::Meta,
                            ..
                        }
                    )
            })
            .collect();
        let title_para = (start..end).find(|&i| {
            matches!(
                &blocks[i],
                Block::Para {
                    kind: Kind::Title,
                    ..
                }
            ) && !is_empty(&blocks[i])
        });
        if content.is_empty() {
            return;
        }
        if !whole && title_para.is_some() && content.len() <= 2 {
            // A title page: the handbook's name and a line or two.
            return;
        }
        let first = content[0];
        let first_text = clean_title(&block_plain(&blocks[first]));
        let (title, heading, from) = match title_para {
            // The title paragraph is the title (text before it stays in the body).
            Some(t) if whole => (title_of(t), Some(t), if first >= t { t + 1 } else { start }),
            _ if first_text.chars().count() <= 120 && !first_text.is_empty() => {
                (first_text, Some(first), first + 1)
            }
            _ => (stem.to_string(), None, start),
        };
        cuts.push(Cut {
            title,
            heading,
            start: from.max(start),
            end,
            category: None,
            bookmarks: Vec::new(),
        });
    };
    match s {
        None => loose(0, blocks.len(), &mut cuts, true),
        Some(s) => {
            let top: Vec<usize> = (0..blocks.len())
                .filter(|&i| heading_level(&blocks[i]).is_some_and(|l| l <= s))
                .collect();
            loose(0, top[0], &mut cuts, false);
            // The headings above the current one: the nearest is a policy's category.
            let mut ancestors: Vec<(u8, String)> = Vec::new();
            for (k, &i) in top.iter().enumerate() {
                let end = top.get(k + 1).copied().unwrap_or(blocks.len());
                let l = heading_level(&blocks[i]).unwrap_or(s);
                while ancestors.last().is_some_and(|(al, _)| *al >= l) {
                    ancestors.pop();
                }
                let context = ancestors.last().map(|(_, t)| t.clone());
                ancestors.push((l, title_of(i)));
                if l < s {
                    // Text directly under a grouping heading is a policy of its own.
                    if (i + 1..end).any(|j| !is_empty(&blocks[j])) {
                        cuts.push(Cut {
                            title: title_of(i),
                            heading: Some(i),
                            start: i + 1,
                            end,
                            category: context.clone(),
                            bookmarks: marks_of(i),
                        });
                    }
                    continue;
                }
                // A heading that only groups the next level's sections: their category.
                let first_content = (i + 1..end).find(|&j| !is_empty(&blocks[j]));
                let groups =
                    first_content.is_some_and(|j| heading_level(&blocks[j]) == Some(s + 1));
                if groups {
                    let cat = title_of(i);
                    let subs: Vec<usize> = (i + 1..end)
                        .filter(|&j| heading_level(&blocks[j]) == Some(s + 1))
                        .collect();
                    for (m, &j) in subs.iter().enumerate() {
                        let e = subs.get(m + 1).copied().unwrap_or(end);
                        cuts.push(Cut {
                            title: title_of(j),
                            heading: Some(j),
                            start: j + 1,
                            end: e,
                            category: Some(cat.clone()),
                            bookmarks: marks_of(j),
                        });
                    }
                } else {
                    cuts.push(Cut {
                        title: title_of(i),
                        heading: Some(i),
                        start: i + 1,
                        end,
                        category: context.clone(),
                        bookmarks: marks_of(i),
                    });
                }
            }
        }
    }
    // Ids: a Policybook bookmark, else the title's slug; unique.
    let mut used: HashSet<String> = HashSet::new();
    let mut ids = Vec::new();
    for c in &cuts {
        let own = c.bookmarks.iter().find_map(|b| {
            let id = b.strip_prefix("policy-")?;
            (from_policybook && crate::store::validate_id(id).is_ok()).then(|| id.to_string())
        });
        let base = own.unwrap_or_else(|| {
            let s = slug(&c.title);
            if s.is_empty() {
                "policy".to_string()
            } else {
                s
            }
        });
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }
    // Bookmarks → the policy they are in (for internal links).
    let mut anchors: HashMap<&str, &str> = HashMap::new();
    for (c, id) in cuts.iter().zip(&ids) {
        let from = c.heading.unwrap_or(c.start);
        for b in &blocks[from.min(c.end)..c.end] {
            if let Block::Para { bookmarks, .. } = b {
                for m in bookmarks {
                    anchors.entry(m.as_str()).or_insert(id.as_str());
                }
            }
        }
    }
    let mut out = Vec::new();
    for (c, id) in cuts.iter().zip(&ids) {
        let (body, counts) = assemble(&c.title, &blocks[c.start..c.end], notes, &anchors);
        let plain = crate::markdown::plain_text(&body);
        let lang = lang.unwrap_or_else(|| detect_lang(&plain));
        let mut warnings = counts.warnings();
        if c.heading.is_none() && cuts.len() == 1 {
            warnings.push("no headings: imported as one policy".into());
        }
        out.push(Section {
            id: id.clone(),
            title: c.title.clone(),
            category: opts.category.clone().or_else(|| c.category.clone()),
            lang,
            body,
            warnings,
            pictures: Vec::new(),
        });
    }
    out
}

/// A policy's Markdown from its blocks: `# title`, the text, then its footnotes.
fn assemble(
    title: &str,
    blocks: &[Block],
    notes: &HashMap<String, (String, Counts)>,
    anchors: &HashMap<&str, &str>,
) -> (String, Counts) {
    let mut counts = Counts::default();
    let base = blocks.iter().filter_map(heading_level).min().unwrap_or(2);
    let mut md = String::new();
    md.push_str("# ");
    md.push_str(&convert::escape(title));
    md.push_str("\n\n");
    // Open lists: (level, content indent, ordered, next number, delimiter).
    let mut lists: Vec<(u8, usize, bool, u32, char)> = Vec::new();
    let mut last_top_delim = '.';
    let mut last_was_list = false;
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        counts.add(&b.counts());
        match b {
            Block::Para {
                kind: Kind::Code, ..
            } => {
                close_lists(&mut md, &mut lists, &mut last_was_list);
                let mut j = i;
                let mut lines = Vec::new();
                while let Some(Block::Para {
                    kind: Kind::Code,
                    plain,
                    ..
                }) = blocks.get(j)
                {
                    lines.push(plain.clone());
                    j += 1;
                }
                let text = lines.join("\n");
                let fence = if text.contains("```") { "~~~~" } else { "```" };
                md.push_str(&format!("{fence}\n{text}\n{fence}\n\n"));
                i = j;
                continue;
            }
            Block::Para {
                kind: Kind::Quote,
                md: text,
                list: None,
                ..
            } => {
                close_lists(&mut md, &mut lists, &mut last_was_list);
                let mut j = i;
                let mut paras = Vec::new();
                while let Some(Block::Para {
                    kind: Kind::Quote,
                    md: t,
                    list: None,
                    ..
                }) = blocks.get(j)
                {
                    if j > i {
                        counts.add(&blocks[j].counts());
                    }
                    if !t.trim().is_empty() {
                        paras.push(t.clone());
                    }
                    j += 1;
                }
                let _ = text;
                let quoted: Vec<String> = paras
                    .iter()
                    .map(|p| {
                        p.lines()
                            .map(|l| format!("> {l}"))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                md.push_str(&quoted.join("\n>\n"));
                md.push_str("\n\n");
                i = j;
                continue;
            }
            Block::Para {
                kind: Kind::Heading(l),
                md: text,
                ..
            } => {
                close_lists(&mut md, &mut lists, &mut last_was_list);
                let level = (i32::from(*l) - i32::from(base) + 2).clamp(2, 6) as usize;
                md.push_str(&"#".repeat(level));
                md.push(' ');
                md.push_str(&text.replace("\\\n", " "));
                md.push_str("\n\n");
            }
            Block::Para {
                kind: Kind::Toc | Kind::Meta,
                ..
            } => {}
            Block::Para {
                md: text,
                list: Some(l),
                ..
            } => {
                // Close deeper lists, and a list of the same level that this item does not continue.
                while lists.last().is_some_and(|t| t.0 > l.level) {
                    lists.pop();
                }
                let continues = lists.last().is_some_and(|t| {
                    t.0 == l.level && t.2 == l.ordered && (!l.ordered || t.3 == l.number)
                });
                let mut delim = '.';
                if !continues {
                    let replaced = lists.last().filter(|t| t.0 == l.level).map(|t| t.4);
                    if replaced.is_some() {
                        lists.pop();
                    }
                    // A new list right after another at the same place needs another marker,
                    // or Markdown would join them.
                    let after = replaced.or(if lists.is_empty() && last_was_list {
                        Some(last_top_delim)
                    } else {
                        None
                    });
                    delim = match (after, l.ordered) {
                        (Some('.'), true) => ')',
                        (Some('-'), false) => '*',
                        (_, true) => '.',
                        (_, false) => '-',
                    };
                    if (!last_was_list && !md.ends_with("\n\n"))
                        || (last_was_list && lists.is_empty())
                    {
                        md.push('\n');
                    }
                } else if let Some(t) = lists.last() {
                    delim = t.4;
                }
                // The item's own indent: its list's parent's content indent.
                let parent = if continues {
                    lists.len().checked_sub(2).and_then(|k| lists.get(k))
                } else {
                    lists.last()
                };
                let indent = parent.map(|t| t.1).unwrap_or(0);
                let marker = if l.ordered {
                    format!("{}{delim} ", l.number)
                } else {
                    format!("{delim} ")
                };
                if !continues {
                    lists.push((l.level, indent + marker.len(), l.ordered, l.number, delim));
                    if lists.len() == 1 {
                        last_top_delim = delim;
                    }
                }
                if let Some(t) = lists.last_mut() {
                    t.3 = l.number + 1;
                }
                let pad = " ".repeat(indent);
                let cont = " ".repeat(indent + marker.len());
                let text = text.replace('\n', &format!("\n{cont}"));
                md.push_str(&format!("{pad}{marker}{text}\n"));
                last_was_list = true;
            }
            Block::Para { md: text, .. } => {
                if text.trim().is_empty() {
                    i += 1;
                    continue;
                }
                close_lists(&mut md, &mut lists, &mut last_was_list);
                md.push_str(text);
                md.push_str("\n\n");
            }
            Block::Table { rows, .. } => {
                close_lists(&mut md, &mut lists, &mut last_was_list);
                let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
                if cols > 0 {
                    for (r, row) in rows.iter().enumerate() {
                        let cells: Vec<String> = (0..cols)
                            .map(|c| row.get(c).map(|s| s.trim().to_string()).unwrap_or_default())
                            .collect();
                        md.push_str(&format!("| {} |\n", cells.join(" | ")));
                        if r == 0 {
                            md.push_str(&format!("|{}\n", "---|".repeat(cols)));
                        }
                    }
                    md.push('\n');
                }
            }
            Block::Rule => {
                close_lists(&mut md, &mut lists, &mut last_was_list);
                md.push_str("---\n\n");
            }
        }
        i += 1;
    }
    close_lists(&mut md, &mut lists, &mut last_was_list);
    // Placeholders: footnotes numbered in order of reference, internal links resolved.
    let mut out = String::with_capacity(md.len());
    let mut defs: Vec<String> = Vec::new();
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut link_starts: Vec<usize> = Vec::new();
    let mut rest = md.as_str();
    while let Some(at) = rest.find(MARK_OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + MARK_OPEN.len_utf8()..];
        let Some(end) = after.find(MARK_CLOSE) else {
            rest = after;
            continue;
        };
        let token = &after[..end];
        rest = &after[end + MARK_CLOSE.len_utf8()..];
        if let Some(key) = token
            .strip_prefix("fn:")
            .map(|id| format!("fn:{id}"))
            .or_else(|| token.strip_prefix("en:").map(|id| format!("en:{id}")))
        {
            if let Some((text, c)) = notes.get(&key) {
                let n = match numbers.get(&key) {
                    Some(n) => *n,
                    None => {
                        counts.add(c);
                        defs.push(text.clone());
                        numbers.insert(key.clone(), defs.len());
                        defs.len()
                    }
                };
                out.push_str(&format!("[^{n}]"));
            }
        } else if token == "a[" {
            link_starts.push(out.len());
        } else if let Some(name) = token.strip_prefix("a]:") {
            let start = link_starts.pop();
            if let (Some(start), Some(id)) = (start, anchors.get(name)) {
                out.insert(start, '[');
                out.push_str(&format!("](policy:{id})"));
            }
        }
    }
    out.push_str(rest);
    let mut body = out.trim_end().to_string();
    body.push('\n');
    if !defs.is_empty() {
        body.push('\n');
        for (n, d) in defs.iter().enumerate() {
            body.push_str(&format!("[^{}]: {d}\n", n + 1));
        }
    }
    (body, counts)
}

fn close_lists(
    md: &mut String,
    lists: &mut Vec<(u8, usize, bool, u32, char)>,
    last_was_list: &mut bool,
) {
    if *last_was_list {
        md.push('\n');
    }
    lists.clear();
    *last_was_list = false;
}

/// The language of a text: Bengali script → bn, Arabic script → ur, else English or Tagalog by
/// their commonest words.
pub fn detect_lang(text: &str) -> Lang {
    let (mut bengali, mut arabic, mut latin) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        match c as u32 {
            0x0980..=0x09FF => bengali += 1,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => arabic += 1,
            _ if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    if bengali > latin.max(arabic) {
        return Lang::Bn;
    }
    if arabic > latin.max(bengali) {
        return Lang::Ur;
    }
    const TL: [&str; 16] = [
        "ang", "ng", "mga", "sa", "na", "ay", "at", "ito", "hindi", "kung", "para", "siya", "ka",
        "namin", "kayo", "po",
    ];
    const EN: [&str; 16] = [
        "the", "and", "of", "to", "is", "in", "for", "that", "with", "you", "are", "be", "on",
        "or", "a", "it",
    ];
    let (mut tl, mut en) = (0, 0);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if TL.contains(&w.as_str()) {
            tl += 1;
        }
        if EN.contains(&w.as_str()) {
            en += 1;
        }
    }
    if tl > en {
        Lang::Tl
    } else {
        Lang::En
    }
}

/// An id from a title: lower-case ASCII letters and digits, other runs as `-`, at most 60
/// characters. Latin letters lose their accents; Bengali and Urdu letters are transliterated
/// (a simple, stable letter-by-letter table: `ফেরত নীতি` → `pherot-niti`, `رقم کی واپسی` →
/// `rqm-ki-wapsi`); anything else is left out.
pub fn slug(title: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut raw = String::new();
    // Composed (NFC), so that a Bengali vowel sign stays one letter; Latin letters are
    // decomposed one by one below to lose their accents.
    let chars: Vec<char> = title.nfc().collect();
    for (k, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            raw.push(c.to_ascii_lowercase());
        } else if c.is_alphabetic() && (c as u32) < 0x0370 {
            let base: String = std::iter::once(c)
                .nfd()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect();
            raw.push_str(if base.is_empty() { "-" } else { &base });
        } else if let Some(t) = bengali(c, chars.get(k + 1).copied()) {
            raw.push_str(t);
        } else if let Some(t) = urdu(c) {
            raw.push_str(t);
        } else if !(unicode_normalization::char::is_combining_mark(c)
            || c == '\u{200C}'
            || c == '\u{200D}')
        {
            raw.push('-');
        }
    }
    let mut out = String::new();
    for c in raw.chars() {
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    let mut out: String = out.trim_matches('-').chars().take(60).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A Bengali letter in Latin letters; a consonant carries its inherent `o` unless a vowel sign
/// or the virama follows.
fn bengali(c: char, next: Option<char>) -> Option<&'static str> {
    let consonant = |base: &'static str, with_o: &'static str| -> &'static str {
        match next {
            Some(n) if ('\u{09BE}'..='\u{09CD}').contains(&n) || n == '\u{09D7}' => base,
            Some(n)
                if ('\u{0980}'..='\u{09FF}').contains(&n)
                    && n != '\u{0981}'
                    && n != '\u{0982}'
                    && n != '\u{0983}' =>
            {
                with_o
            }
            _ => base,
        }
    };
    Some(match c {
        'অ' => "o",
        'আ' | 'া' => "a",
        'ই' | 'ঈ' | 'ি' | 'ী' => "i",
        'উ' | 'ঊ' | 'ু' | 'ূ' => "u",
        'ঋ' | 'ৃ' => "ri",
        'এ' | 'ে' => "e",
        'ঐ' | 'ৈ' => "oi",
        'ও' | 'ো' => "o",
        'ঔ' | 'ৌ' => "ou",
        'ং' | 'ঁ' => "n",
        'ঃ' => "h",
        '্' | '\u{09BC}' => "",
        'ক' => consonant("k", "ko"),
        'খ' => consonant("kh", "kho"),
        'গ' => consonant("g", "go"),
        'ঘ' => consonant("gh", "gho"),
        'ঙ' => consonant("ng", "ngo"),
        'চ' => consonant("c", "co"),
        'ছ' => consonant("ch", "cho"),
        'জ' | 'য' => consonant("j", "jo"),
        'ঝ' => consonant("jh", "jho"),
        'ঞ' | 'ন' | 'ণ' => consonant("n", "no"),
        'ট' | 'ত' | 'ৎ' => consonant("t", "to"),
        'ঠ' | 'থ' => consonant("th", "tho"),
        'ড' | 'দ' => consonant("d", "do"),
        'ঢ' | 'ধ' => consonant("dh", "dho"),
        'প' => consonant("p", "po"),
        'ফ' => consonant("ph", "pho"),
        'ব' => consonant("b", "bo"),
        'ভ' => consonant("bh", "bho"),
        'ম' => consonant("m", "mo"),
        'র' | '\u{09DC}' => consonant("r", "ro"),
        '\u{09DD}' => consonant("rh", "rho"),
        'ল' => consonant("l", "lo"),
        'শ' | 'ষ' => consonant("sh", "sho"),
        'স' => consonant("s", "so"),
        'হ' => consonant("h", "ho"),
        '\u{09DF}' => consonant("y", "yo"),
        '০' => "0",
        '১' => "1",
        '২' => "2",
        '৩' => "3",
        '৪' => "4",
        '৫' => "5",
        '৬' => "6",
        '৭' => "7",
        '৮' => "8",
        '৯' => "9",
        _ => return None,
    })
}

/// An Urdu letter in Latin letters (consonants and long vowels; short vowels are not written).
fn urdu(c: char) -> Option<&'static str> {
    Some(match c {
        'ا' | 'آ' | 'أ' => "a",
        'ب' => "b",
        'پ' => "p",
        'ت' | 'ط' | 'ٹ' => "t",
        'ث' | 'س' | 'ص' => "s",
        'ج' => "j",
        'چ' => "ch",
        'ح' | 'ہ' | 'ه' | 'ھ' | 'ۃ' => "h",
        'خ' => "kh",
        'د' | 'ڈ' => "d",
        'ذ' | 'ز' | 'ض' | 'ظ' => "z",
        'ر' | 'ڑ' => "r",
        'ژ' => "zh",
        'ش' => "sh",
        'ع' => "",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ک' | 'ك' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' | 'ں' => "n",
        'و' | 'ؤ' => "w",
        'ی' | 'ي' | 'ى' | 'ئ' => "i",
        'ے' | 'ۓ' => "e",
        'ء' => "",
        '۰' | '٠' => "0",
        '۱' | '١' => "1",
        '۲' | '٢' => "2",
        '۳' | '٣' => "3",
        '۴' | '٤' => "4",
        '۵' | '٥' => "5",
        '۶' | '٦' => "6",
        '۷' | '٧' => "7",
        '۸' | '٨' => "8",
        '۹' | '٩' => "9",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_in_three_scripts() {
        assert_eq!(slug("Refunds & Returns (2025)"), "refunds-returns-2025");
        assert_eq!(slug("Política de devolución"), "politica-de-devolucion");
        assert_eq!(slug("ফেরত নীতি"), "pherot-niti");
        assert_eq!(slug("رقم کی واپسی"), "rqm-ki-wapsi");
        assert_eq!(slug("    "), "");
        // A vowel sign written decomposed (as pandoc writes it) is the same letter.
        assert_eq!(slug("অভিযোগ"), slug("অভিযে\u{09BE}গ"));
        assert_eq!(slug("অভিযোগ"), "obhijog");
    }

    #[test]
    fn languages_by_script_and_words() {
        assert_eq!(detect_lang("গ্রাহকদের স্বাগত জানানো"), Lang::Bn);
        assert_eq!(detect_lang("گاہکوں کا استقبال"), Lang::Ur);
        assert_eq!(
            detect_lang("Batiin ang customer sa loob ng mga unang segundo"),
            Lang::Tl
        );
        assert_eq!(
            detect_lang("Greet the customer in the first seconds"),
            Lang::En
        );
    }
}
