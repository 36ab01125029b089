//! Markdown as a flat list of blocks: the intermediate representation between a policy body and
//! a Word document.
//!
//! [`parse`] reads Markdown with [`crate::markdown::options`] (CommonMark, tables, strikethrough,
//! footnotes) and flattens it: nesting (lists in lists, quotes in quotes) becomes numbers on each
//! paragraph (`depth`, `quote`, `indent`) instead of a tree, clamped to [`MAX_DEPTH`] so that
//! Markdown nested a thousand levels deep neither overflows a stack nor produces an unreadable
//! layout. Raw HTML, block or inline, is kept as literal text: it is shown, never interpreted.
//!
//! Every inline and paragraph mark can carry a [`Change`]: the redline marks what it inserted or
//! deleted on the IR, and the Word writer turns the marks into tracked changes.

use chrono::{DateTime, Utc};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Parser, Tag, TagEnd};

/// The deepest nesting (of lists, and of block quotes) that shows as deeper indentation; deeper
/// Markdown is laid out at this depth.
pub const MAX_DEPTH: u8 = 8;

/// The text that stands for an object (an image, a footnote reference) in [`Inline::text`]: one
/// character, so that a word diff never cuts into an object.
pub const OBJECT: &str = "\u{FFFC}";

/// Whether a change inserted or deleted something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// Present in the new revision only.
    Insert,
    /// Present in the old revision only.
    Delete,
}

/// A tracked change: what, by whom, when.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Change {
    /// Insert or delete.
    pub kind: ChangeKind,
    /// Who made it.
    pub author: String,
    /// When.
    pub date: DateTime<Utc>,
}

impl Change {
    /// An insertion.
    pub fn insert(author: &str, date: DateTime<Utc>) -> Change {
        Change {
            kind: ChangeKind::Insert,
            author: author.to_string(),
            date,
        }
    }

    /// A deletion.
    pub fn delete(author: &str, date: DateTime<Utc>) -> Change {
        Change {
            kind: ChangeKind::Delete,
            author: author.to_string(),
            date,
        }
    }
}

/// Character formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    /// `**strong**`.
    pub bold: bool,
    /// `*emphasis*`.
    pub italic: bool,
    /// `~~strikethrough~~`.
    pub strike: bool,
    /// `` `code` ``: a monospace run.
    pub code: bool,
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Link {
    /// An external address (http, https, mailto, tel, ftp).
    External(String),
    /// `policy:ID`: another policy of the handbook (an internal link to its bookmark).
    Policy(String),
}

/// What an inline holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Content {
    /// Text (never holds a line break: see [`Content::LineBreak`]).
    Text(String),
    /// A hard line break.
    LineBreak,
    /// An image: a picture when `url` names a local file that exists, else its alt text.
    Image {
        /// The alt text.
        alt: String,
        /// Where the picture is.
        url: String,
    },
    /// A reference to a footnote definition.
    FootnoteRef(String),
}

/// A piece of a paragraph with one formatting, one link and one change mark.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Inline {
    /// What it holds.
    pub content: Content,
    /// Its formatting.
    pub style: Style,
    /// The link it belongs to, if any.
    pub link: Option<Link>,
    /// Whether the redline inserted or deleted it.
    pub change: Option<Change>,
}

impl Inline {
    /// Plain text with no formatting.
    pub fn text_run(text: impl Into<String>) -> Inline {
        Inline {
            content: Content::Text(text.into()),
            style: Style::default(),
            link: None,
            change: None,
        }
    }

    /// The plain text the redline diffs: the text, `\n` for a line break and [`OBJECT`] for an
    /// image or a footnote reference.
    pub fn text(&self) -> &str {
        match &self.content {
            Content::Text(t) => t,
            Content::LineBreak => "\n",
            Content::Image { .. } | Content::FootnoteRef(_) => OBJECT,
        }
    }

    /// Whether it can be cut: text can, a line break, an image or a footnote reference cannot.
    pub fn is_text(&self) -> bool {
        matches!(self.content, Content::Text(_))
    }

    /// The part of the text in `range` (byte offsets into [`Inline::text`]), keeping everything
    /// else; an object is kept whole when the range holds its start.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Option<Inline> {
        match &self.content {
            Content::Text(t) => {
                let piece = t.get(range)?;
                (!piece.is_empty()).then(|| Inline {
                    content: Content::Text(piece.to_string()),
                    ..self.clone()
                })
            }
            _ => (range.start == 0 && !range.is_empty()).then(|| self.clone()),
        }
    }

    /// Whether two inlines look alike (content apart from text, formatting and link), ignoring
    /// change marks.
    pub fn same_look(&self, other: &Inline) -> bool {
        let kind_eq = match (&self.content, &other.content) {
            (Content::Text(_), Content::Text(_)) => true,
            (a, b) => a == b,
        };
        kind_eq && self.style == other.style && self.link == other.link
    }
}

/// The plain text of a sequence of inlines.
pub fn inlines_text(inlines: &[Inline]) -> String {
    inlines.iter().map(Inline::text).collect()
}

/// A list item's place: its list and its depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListItem {
    /// Numbered (`1.`) or bulleted (`-`).
    pub ordered: bool,
    /// 0 for a top-level list, clamped to `MAX_DEPTH - 1`.
    pub depth: u8,
    /// Which list it belongs to: every list (at any depth) has its own number within a parse.
    pub list: u32,
    /// The number of the list's first item.
    pub start: u64,
}

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParaKind {
    /// Body text.
    Normal,
    /// A heading, level 1 to 6.
    Heading(u8),
    /// The first paragraph of a list item (the one with the bullet or number).
    ListItem(ListItem),
    /// Body text inside block quotes, at this depth (1 or more, clamped).
    Quote(u8),
    /// A code block: its lines, separated by [`Content::LineBreak`]s, spaces kept.
    Code,
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Para {
    /// What it is.
    pub kind: ParaKind,
    /// How many list items enclose it (for a paragraph that continues an item, or a code block
    /// or quote inside one), clamped; 0 outside lists. A [`ParaKind::ListItem`] has its depth.
    pub indent: u8,
    /// How many block quotes enclose it, clamped.
    pub quote: u8,
    /// Its content.
    pub inlines: Vec<Inline>,
    /// Whether the redline inserted or deleted the paragraph itself (its paragraph mark).
    pub mark: Option<Change>,
}

impl Para {
    /// A paragraph of this kind holding these inlines.
    pub fn new(kind: ParaKind, inlines: Vec<Inline>) -> Para {
        Para {
            kind,
            indent: 0,
            quote: 0,
            inlines,
            mark: None,
        }
    }

    /// Its plain text.
    pub fn text(&self) -> String {
        inlines_text(&self.inlines)
    }
}

/// A table column's alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    /// Not given.
    None,
    /// Left (start) aligned.
    Left,
    /// Centred.
    Center,
    /// Right (end) aligned.
    Right,
}

/// A table row.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    /// Its cells.
    pub cells: Vec<Vec<Inline>>,
    /// Whether the redline inserted or deleted the row.
    pub change: Option<Change>,
}

impl Row {
    /// The plain text of the row: cells separated by ` | `.
    pub fn text(&self) -> String {
        self.cells
            .iter()
            .map(|c| inlines_text(c))
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

/// A table: a header row and body rows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Table {
    /// Column alignments (one per column).
    pub align: Vec<Align>,
    /// The header row.
    pub header: Row,
    /// The body rows.
    pub rows: Vec<Row>,
}

impl Table {
    /// The number of columns.
    pub fn columns(&self) -> usize {
        self.align
            .len()
            .max(self.header.cells.len())
            .max(self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0))
    }
}

/// A footnote definition: its label and its content.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FootnoteDef {
    /// The label (`[^label]`).
    pub label: String,
    /// The content (paragraphs, possibly lists or a table).
    pub blocks: Vec<Block>,
}

/// A block of a policy body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// A paragraph (body text, heading, list item, quote or code).
    Para(Para),
    /// A table.
    Table(Table),
    /// A horizontal rule; the change marks a rule the redline inserted or deleted.
    Rule(Option<Change>),
    /// A footnote definition (shown where it is referenced).
    Footnote(FootnoteDef),
}

impl Block {
    /// The plain text of the block: a paragraph's text; a table's rows, one a line, cells
    /// separated by ` | `; nothing for a rule; a footnote's label and text.
    pub fn text(&self) -> String {
        match self {
            Block::Para(p) => p.text(),
            Block::Table(t) => std::iter::once(&t.header)
                .chain(&t.rows)
                .map(Row::text)
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Rule(_) => String::new(),
            Block::Footnote(f) => {
                let body: Vec<String> = f.blocks.iter().map(Block::text).collect();
                format!("[^{}]: {}", f.label, body.join("\n"))
            }
        }
    }
}

/// Reads a Markdown document into blocks.
pub fn parse(md: &str) -> Vec<Block> {
    let mut b = Builder::default();
    for event in Parser::new_ext(md, crate::markdown::options()) {
        b.event(event);
    }
    b.close_para();
    b.sinks.pop().unwrap_or_default()
}

/// Where a link target goes, if it is one Policybook can follow.
pub fn classify_link(url: &str) -> Option<Link> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    if lower.starts_with("policy:") {
        let id = u["policy:".len()..].trim().trim_start_matches('/');
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
        return ok.then(|| Link::Policy(id.to_string()));
    }
    let external = ["http://", "https://", "mailto:", "tel:", "ftp://"]
        .iter()
        .any(|s| lower.starts_with(s));
    let clean = !u.chars().any(|c| c.is_control() || c.is_whitespace());
    (external && clean && u.len() <= 2048).then(|| Link::External(u.to_string()))
}

fn clamp(n: usize) -> u8 {
    n.min(MAX_DEPTH as usize) as u8
}

/// One open list.
struct ListCtx {
    ordered: bool,
    start: u64,
    id: u32,
    /// Whether the current item has had its first (numbered) paragraph.
    item_has_para: bool,
}

/// A table being read.
#[derive(Default)]
struct TableBuild {
    align: Vec<Align>,
    header: Option<Row>,
    rows: Vec<Row>,
    row: Vec<Vec<Inline>>,
    cell: Option<Vec<Inline>>,
}

/// An image being read (its alt text is the text inside it).
struct ImageBuild {
    url: String,
    alt: String,
    depth: u32,
}

/// The nesting saved while a footnote definition is read.
struct Saved {
    label: String,
    lists: Vec<ListCtx>,
    quote: usize,
}

#[derive(Default)]
struct Builder {
    /// Where finished blocks go: the document, or a footnote definition being read.
    sinks: Vec<Vec<Block>>,
    footnotes: Vec<Saved>,
    lists: Vec<ListCtx>,
    quote: usize,
    next_list: u32,
    /// The paragraph being read: its kind, indent and quote depth, and its inlines.
    para: Option<(ParaKind, u8, u8)>,
    inlines: Vec<Inline>,
    heading: Option<u8>,
    code: Option<String>,
    html: Option<String>,
    table: Option<TableBuild>,
    bold: u32,
    italic: u32,
    strike: u32,
    links: Vec<Option<Link>>,
    image: Option<ImageBuild>,
}

impl Builder {
    fn push_block(&mut self, block: Block) {
        if self.sinks.is_empty() {
            self.sinks.push(Vec::new());
        }
        if let Some(sink) = self.sinks.last_mut() {
            sink.push(block);
        }
    }

    /// A block other than an item's first paragraph is about to start inside a list item that
    /// has no paragraph yet (`- - x`, or an item that starts with a code block): give the item
    /// its bullet first, on an empty paragraph.
    fn ensure_item_marker(&mut self) {
        let quote = clamp(self.quote);
        if let Some(item) = self.take_item_marker() {
            let mut p = Para::new(ParaKind::ListItem(item), Vec::new());
            p.quote = quote;
            self.push_block(Block::Para(p));
        }
    }

    /// The bullet or number of the innermost list item, once: the first paragraph of an item
    /// carries it, the ones after it do not.
    fn take_item_marker(&mut self) -> Option<ListItem> {
        let depth = self.lists.len();
        let top = self.lists.last_mut()?;
        if top.item_has_para {
            return None;
        }
        top.item_has_para = true;
        Some(ListItem {
            ordered: top.ordered,
            depth: clamp(depth - 1).min(MAX_DEPTH - 1),
            list: top.id,
            start: top.start,
        })
    }

    /// The kind of a new paragraph, from where it is.
    fn context_kind(&mut self) -> (ParaKind, u8, u8) {
        let quote = clamp(self.quote);
        if let Some(level) = self.heading {
            return (ParaKind::Heading(level), 0, quote);
        }
        if let Some(item) = self.take_item_marker() {
            return (ParaKind::ListItem(item), 0, quote);
        }
        let indent = clamp(self.lists.len());
        if quote > 0 {
            (ParaKind::Quote(quote), indent, quote)
        } else {
            (ParaKind::Normal, indent, quote)
        }
    }

    fn open_para(&mut self) {
        if self.para.is_none() {
            if self.heading.is_some() {
                self.ensure_item_marker();
            }
            self.para = Some(self.context_kind());
            self.inlines.clear();
        }
    }

    fn close_para(&mut self) {
        if let Some((kind, indent, quote)) = self.para.take() {
            let inlines = std::mem::take(&mut self.inlines);
            self.push_block(Block::Para(Para {
                kind,
                indent,
                quote,
                inlines,
                mark: None,
            }));
        }
    }

    fn style(&self) -> Style {
        Style {
            bold: self.bold > 0,
            italic: self.italic > 0,
            strike: self.strike > 0,
            code: false,
        }
    }

    fn link(&self) -> Option<Link> {
        self.links.last().cloned().flatten()
    }

    fn push_inline(&mut self, inline: Inline) {
        let target = match self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            Some(cell) => cell,
            None => {
                self.open_para();
                &mut self.inlines
            }
        };
        if let (Some(last), Content::Text(new)) = (target.last_mut(), &inline.content) {
            if let Content::Text(old) = &mut last.content {
                if last.style == inline.style
                    && last.link == inline.link
                    && last.change == inline.change
                {
                    old.push_str(new);
                    return;
                }
            }
        }
        target.push(inline);
    }

    fn push_text(&mut self, text: &str, code: bool) {
        if text.is_empty() {
            return;
        }
        let mut style = self.style();
        style.code = code;
        let link = self.link();
        // Text never holds a line break: raw HTML and inline code can.
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.push_inline(Inline {
                    content: Content::LineBreak,
                    style,
                    link: link.clone(),
                    change: None,
                });
            }
            let line = line.strip_suffix('\r').unwrap_or(line);
            if !line.is_empty() {
                self.push_inline(Inline {
                    content: Content::Text(line.to_string()),
                    style,
                    link: link.clone(),
                    change: None,
                });
            }
        }
    }

    /// A paragraph of literal lines (a code block or a raw HTML block).
    fn literal_block(&mut self, kind: Option<ParaKind>, text: &str) {
        self.close_para();
        if kind.is_some() {
            // A code block that starts an item: the item gets its bullet on its own line.
            self.ensure_item_marker();
        }
        let (ctx_kind, indent, quote) = self.context_kind();
        let kind = kind.unwrap_or(ctx_kind);
        let body = text.strip_suffix('\n').unwrap_or(text);
        let mut inlines = Vec::new();
        for (i, line) in body.split('\n').enumerate() {
            if i > 0 {
                inlines.push(Inline {
                    content: Content::LineBreak,
                    style: Style::default(),
                    link: None,
                    change: None,
                });
            }
            let line = line.strip_suffix('\r').unwrap_or(line);
            if !line.is_empty() {
                inlines.push(Inline::text_run(line));
            }
        }
        self.push_block(Block::Para(Para {
            kind,
            indent,
            quote,
            inlines,
            mark: None,
        }));
    }

    fn event(&mut self, event: Event<'_>) {
        // Inside an image, everything is its alt text.
        if let Some(img) = self.image.as_mut() {
            match event {
                Event::Start(Tag::Image { .. }) => img.depth += 1,
                Event::End(TagEnd::Image) if img.depth > 0 => img.depth -= 1,
                Event::End(TagEnd::Image) => {
                    if let Some(img) = self.image.take() {
                        let inline = Inline {
                            content: Content::Image {
                                alt: img.alt,
                                url: img.url,
                            },
                            style: self.style(),
                            link: self.link(),
                            change: None,
                        };
                        self.push_inline(inline);
                    }
                }
                Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                    img.alt.push_str(&t)
                }
                Event::InlineMath(t) | Event::DisplayMath(t) => img.alt.push_str(&t),
                Event::SoftBreak | Event::HardBreak => img.alt.push(' '),
                Event::FootnoteReference(l) => {
                    img.alt.push_str("[^");
                    img.alt.push_str(&l);
                    img.alt.push(']');
                }
                _ => {}
            }
            return;
        }
        if let Some(code) = self.code.as_mut() {
            match event {
                Event::End(TagEnd::CodeBlock) => {
                    let text = self.code.take().unwrap_or_default();
                    self.literal_block(Some(ParaKind::Code), &text);
                }
                Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) | Event::Code(t) => {
                    code.push_str(&t)
                }
                _ => {}
            }
            return;
        }
        if let Some(html) = self.html.as_mut() {
            match event {
                Event::End(TagEnd::HtmlBlock) => {
                    let text = self.html.take().unwrap_or_default();
                    self.literal_block(None, &text);
                }
                Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) | Event::Code(t) => {
                    html.push_str(&t)
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.push_text(&t, false),
            Event::Code(t) => self.push_text(&t, true),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.push_text(&t, false),
            Event::Html(t) | Event::InlineHtml(t) => self.push_text(&t, false),
            Event::FootnoteReference(label) => {
                let inline = Inline {
                    content: Content::FootnoteRef(label.to_string()),
                    style: self.style(),
                    link: None,
                    change: None,
                };
                self.push_inline(inline);
            }
            Event::SoftBreak => self.push_text(" ", false),
            Event::HardBreak => {
                let inline = Inline {
                    content: Content::LineBreak,
                    style: self.style(),
                    link: self.link(),
                    change: None,
                };
                self.push_inline(inline);
            }
            Event::Rule => {
                self.close_para();
                self.ensure_item_marker();
                self.push_block(Block::Rule(None));
            }
            Event::TaskListMarker(done) => {
                self.push_text(if done { "\u{2611} " } else { "\u{2610} " }, false)
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph if self.table.is_none() => {
                self.close_para();
                self.open_para();
            }
            Tag::Paragraph => {}
            Tag::Heading { level, .. } => {
                self.close_para();
                self.heading = Some(heading_level(level));
                self.open_para();
            }
            Tag::BlockQuote(_) => {
                self.close_para();
                self.ensure_item_marker();
                self.quote += 1;
            }
            Tag::CodeBlock(_) => {
                self.close_para();
                self.code = Some(String::new());
            }
            Tag::HtmlBlock => {
                self.close_para();
                self.html = Some(String::new());
            }
            Tag::List(start) => {
                self.close_para();
                self.ensure_item_marker();
                self.next_list += 1;
                self.lists.push(ListCtx {
                    ordered: start.is_some(),
                    start: start.unwrap_or(1),
                    id: self.next_list,
                    item_has_para: true,
                });
            }
            Tag::Item => {
                self.close_para();
                if let Some(top) = self.lists.last_mut() {
                    top.item_has_para = false;
                }
            }
            Tag::FootnoteDefinition(label) => {
                self.close_para();
                self.footnotes.push(Saved {
                    label: label.to_string(),
                    lists: std::mem::take(&mut self.lists),
                    quote: std::mem::take(&mut self.quote),
                });
                if self.sinks.is_empty() {
                    self.sinks.push(Vec::new());
                }
                self.sinks.push(Vec::new());
            }
            Tag::Table(align) => {
                self.close_para();
                self.ensure_item_marker();
                let align = align
                    .iter()
                    .map(|a| match a {
                        Alignment::None => Align::None,
                        Alignment::Left => Align::Left,
                        Alignment::Center => Align::Center,
                        Alignment::Right => Align::Right,
                    })
                    .collect();
                self.table = Some(TableBuild {
                    align,
                    ..TableBuild::default()
                });
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    t.row.clear();
                }
            }
            Tag::TableCell => {
                if let Some(t) = self.table.as_mut() {
                    t.cell = Some(Vec::new());
                }
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => self.links.push(classify_link(&dest_url)),
            Tag::Image { dest_url, .. } => {
                self.image = Some(ImageBuild {
                    url: dest_url.to_string(),
                    alt: String::new(),
                    depth: 0,
                })
            }
            Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.close_para()
            }
            Tag::Superscript | Tag::Subscript | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if self.table.is_none() => self.close_para(),
            TagEnd::Heading(_) => {
                if self.para.is_none() {
                    self.open_para();
                }
                self.close_para();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) => {
                self.close_para();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.close_para();
                self.lists.pop();
            }
            TagEnd::Item => {
                self.close_para();
                // An empty item still shows its bullet.
                self.ensure_item_marker();
            }
            TagEnd::FootnoteDefinition => {
                self.close_para();
                if let Some(saved) = self.footnotes.pop() {
                    let blocks = if self.sinks.len() > 1 {
                        self.sinks.pop().unwrap_or_default()
                    } else {
                        Vec::new()
                    };
                    self.lists = saved.lists;
                    self.quote = saved.quote;
                    self.push_block(Block::Footnote(FootnoteDef {
                        label: saved.label,
                        blocks,
                    }));
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    let header = t.header.unwrap_or(Row {
                        cells: Vec::new(),
                        change: None,
                    });
                    self.push_block(Block::Table(Table {
                        align: t.align,
                        header,
                        rows: t.rows,
                    }));
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.header = Some(Row {
                        cells: std::mem::take(&mut t.row),
                        change: None,
                    });
                }
            }
            TagEnd::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    let cells = std::mem::take(&mut t.row);
                    t.rows.push(Row {
                        cells,
                        change: None,
                    });
                }
            }
            TagEnd::TableCell => {
                if let Some(t) = self.table.as_mut() {
                    let cell = t.cell.take().unwrap_or_default();
                    t.row.push(cell);
                }
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => {
                self.links.pop();
            }
            TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::DefinitionList => self.close_para(),
            _ => {}
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(blocks: &[Block]) -> Vec<&Para> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para(p) => Some(p),
                _ => None,
            })
            .collect()
    }

    fn text(s: &str) -> Content {
        Content::Text(s.to_string())
    }

    #[test]
    fn headings_paragraphs_and_styles() {
        let blocks =
            parse("# Title\n\nSome **bold**, *italic*, ~~gone~~ and `code`.\n\n###### Six\n");
        let ps = paras(&blocks);
        assert_eq!(ps.len(), 3);
        assert_eq!(ps[0].kind, ParaKind::Heading(1));
        assert_eq!(ps[0].text(), "Title");
        assert_eq!(ps[2].kind, ParaKind::Heading(6));
        let body = &ps[1].inlines;
        assert_eq!(ps[1].text(), "Some bold, italic, gone and code.");
        let find = |t: &str| {
            body.iter()
                .find(|i| i.content == text(t))
                .unwrap_or_else(|| panic!("{t} in {body:?}"))
        };
        assert!(find("bold").style.bold);
        assert!(find("italic").style.italic);
        assert!(find("gone").style.strike);
        assert!(find("code").style.code);
        assert_eq!(find("Some ").style, Style::default());
    }

    #[test]
    fn lists_have_depth_instance_and_start() {
        let md = "1. one\n2. two\n   - inner\n   - inner two\n\n     more text\n3. three\n\nBreak.\n\n7. seven\n8. eight\n";
        let blocks = parse(md);
        let ps = paras(&blocks);
        let items: Vec<ListItem> = ps
            .iter()
            .filter_map(|p| match p.kind {
                ParaKind::ListItem(i) => Some(i),
                _ => None,
            })
            .collect();
        assert_eq!(items.len(), 7, "{ps:#?}");
        assert!(items[0].ordered && items[0].depth == 0 && items[0].start == 1);
        assert_eq!(items[1].list, items[0].list);
        assert!(!items[2].ordered && items[2].depth == 1);
        assert_ne!(items[2].list, items[0].list);
        assert_eq!(items[3].list, items[2].list);
        assert_eq!(items[4].list, items[0].list);
        // A separate ordered list is another instance and keeps its start number.
        assert_ne!(items[5].list, items[0].list);
        assert_eq!(items[5].start, 7);
        let more = ps.iter().find(|p| p.text() == "more text").unwrap();
        assert_eq!((more.kind, more.indent), (ParaKind::Normal, 2));
    }

    #[test]
    fn tables_quotes_code_rules_and_footnotes() {
        let md = "| A | B | C |\n|:--|:-:|--:|\n| **x** | y | z |\n\n> quoted\n>\n> > deeper\n\n```\nfn main() {\n    let x = 1;\n}\n```\n\n---\n\nSee note.[^n]\n\n[^n]: The note, with [a link](https://example.com).\n";
        let blocks = parse(md);
        let Block::Table(t) = &blocks[0] else {
            panic!("{blocks:#?}")
        };
        assert_eq!(t.align, vec![Align::Left, Align::Center, Align::Right]);
        assert_eq!(t.header.text(), "A | B | C");
        assert_eq!(t.rows.len(), 1);
        assert!(t.rows[0].cells[0][0].style.bold);
        assert_eq!(blocks[0].text(), "A | B | C\nx | y | z");
        let ps = paras(&blocks);
        assert!(ps
            .iter()
            .any(|p| p.kind == ParaKind::Quote(1) && p.text() == "quoted"));
        assert!(ps
            .iter()
            .any(|p| p.kind == ParaKind::Quote(2) && p.text() == "deeper"));
        let code = ps.iter().find(|p| p.kind == ParaKind::Code).unwrap();
        assert_eq!(code.text(), "fn main() {\n    let x = 1;\n}");
        assert!(blocks.iter().any(|b| matches!(b, Block::Rule(None))));
        let note = ps
            .iter()
            .find(|p| p.text().starts_with("See note"))
            .unwrap();
        assert_eq!(
            note.inlines.last().unwrap().content,
            Content::FootnoteRef("n".into())
        );
        let def = blocks
            .iter()
            .find_map(|b| match b {
                Block::Footnote(f) => Some(f),
                _ => None,
            })
            .unwrap();
        assert_eq!(def.label, "n");
        let Block::Para(dp) = &def.blocks[0] else {
            panic!()
        };
        assert_eq!(dp.kind, ParaKind::Normal);
        assert!(dp
            .inlines
            .iter()
            .any(|i| i.link == Some(Link::External("https://example.com".into()))));
    }

    #[test]
    fn links_images_and_breaks() {
        let md = "See [Refunds](policy:refunds), [site](https://example.com/a?b=1&c=2), [bad](javascript:alert(1)) and [rel](other.md).  \nNext line ![Map of the store](/no/such/map.png \"t\").";
        let blocks = parse(md);
        let p = paras(&blocks)[0];
        let link_of = |t: &str| {
            p.inlines
                .iter()
                .find(|i| i.text().contains(t))
                .unwrap()
                .link
                .clone()
        };
        assert_eq!(link_of("Refunds"), Some(Link::Policy("refunds".into())));
        assert_eq!(
            link_of("site"),
            Some(Link::External("https://example.com/a?b=1&c=2".into()))
        );
        // Links Policybook cannot follow keep their text, without a link.
        assert_eq!(link_of("bad"), None);
        assert_eq!(link_of("rel"), None);
        assert!(p.text().contains("bad and rel."));
        assert!(p.inlines.iter().any(|i| i.content == Content::LineBreak));
        assert!(p.inlines.iter().any(|i| i.content
            == Content::Image {
                alt: "Map of the store".into(),
                url: "/no/such/map.png".into()
            }));
        assert!(p.text().contains(OBJECT));
    }

    #[test]
    fn raw_html_is_literal_text() {
        let blocks = parse("<script>alert('x')</script>\n\nInline <b>bold?</b> & more.\n");
        let all: String = blocks
            .iter()
            .map(Block::text)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(all.contains("<script>alert('x')</script>"), "{all}");
        assert!(all.contains("<b>bold?</b> & more."), "{all}");
        for p in paras(&blocks) {
            assert!(p.inlines.iter().all(|i| i.style == Style::default()));
        }
    }

    #[test]
    fn deep_nesting_is_clamped() {
        let quotes = format!("{}deep\n", "> ".repeat(1000));
        let blocks = parse(&quotes);
        let ps = paras(&blocks);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].kind, ParaKind::Quote(MAX_DEPTH));
        let lists = format!("{}deep\n", "- ".repeat(1000));
        let blocks = parse(&lists);
        let ps = paras(&blocks);
        assert!(ps.iter().all(|p| match p.kind {
            ParaKind::ListItem(i) => i.depth < MAX_DEPTH,
            _ => true,
        }));
        assert!(ps.iter().any(|p| p.text() == "deep"));
        // Indented nesting, the other way to write deep lists.
        let mut nested = String::new();
        for d in 0..1000 {
            nested.push_str(&" ".repeat(d * 2));
            nested.push_str("- x\n");
        }
        let blocks = parse(&nested);
        assert!(!blocks.is_empty());
    }

    #[test]
    fn slices_and_objects() {
        let i = Inline::text_run("hello world");
        assert_eq!(i.slice(6..11).unwrap().content, text("world"));
        assert!(i.slice(3..3).is_none());
        let img = Inline {
            content: Content::Image {
                alt: "a".into(),
                url: "b".into(),
            },
            ..Inline::text_run("")
        };
        assert!(img.slice(0..OBJECT.len()).is_some());
        assert!(img.slice(1..OBJECT.len()).is_none());
    }
}
