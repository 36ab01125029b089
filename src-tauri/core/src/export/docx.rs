//! A Word document in one language, built from plain lines and Markdown: the shared writer of
//! the employee handbook and of redlines.
//!
//! Everything is a native Word structure: styles with outline levels (Heading 1–6, found by the
//! table of contents), real numbering for lists (one `w:num` per Markdown list, ids from 2:
//! docx-rs always writes its own id 1), tables with a repeating header row, footnotes,
//! bookmarks and hyperlinks, a table of contents field, PAGE/NUMPAGES fields in the footer, and
//! tracked changes from the change marks of the [`ir`](super::ir).
//!
//! Per language: the complex-script font slot (`w:rFonts w:cs`) holds Noto Sans Bengali for
//! Bengali and Noto Nastaliq Urdu for Urdu; in Urdu every paragraph is right to left
//! (`w:bidi`), every run of Arabic script is marked `w:rtl` while Latin runs inside it
//! ("Riverbend Retail", a URL) are not, and tables are laid out right to left
//! (`w:bidiVisual`). Every run carries `w:lang` (e.g. `w:val="en-US" w:bidi="ur-PK"`). Text in
//! another language than the document's ([`DocBuilder::in_lang`], e.g. a policy shown in its
//! source language) has its own: every paragraph in its direction (styles carry none), every run
//! with its `w:lang` and complex-script font, its tables mirrored only when right to left. The
//! fonts of the scripts used can be embedded ([`super::fonts`]). What docx-rs cannot write is
//! added in one place, [`super::ooxml`], after [`docx_rs::Docx::build`].

use super::fonts::{self, Script, Scripts};
use super::ir::{
    self, Block, Change, ChangeKind, Content, FootnoteDef, Inline, Link, ListItem, Para, ParaKind,
};
use super::ooxml::{self, Part};
use super::ExportError;
use crate::lang::Lang;
use chrono::{DateTime, Utc};
use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, Delete, Docx, FieldCharType, Footer,
    Footnote, Hyperlink, HyperlinkData, IndentLevel, Insert, InstrText, InstrToC, Level, LevelJc,
    LevelText, LineSpacing, LineSpacingType, NumPages, NumberFormat, Numbering, NumberingId,
    PageMargin, PageNum, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders,
    ParagraphChild, Pic, Run, RunFonts, Shading, SpecialIndentType, Start, StructuredDataTag,
    Style, StyleType, Tab, TabLeaderType, TabValueType, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableRow, VertAlignType, WidthType,
};
use std::collections::{HashMap, HashSet};

/// The Latin font.
pub const LATIN_FONT: &str = "Noto Sans";
/// The monospace font (code).
pub const MONO_FONT: &str = "Noto Sans Mono";

/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11906, 16838);
/// Page margins (2 cm).
const MARGIN: i32 = 1134;
/// The width of the text between the margins.
const TEXT_WIDTH: usize = PAGE.0 as usize - 2 * MARGIN as usize;
/// One step of indentation (1 cm): list levels, quotes.
const STEP: i32 = 567;
/// The widest and highest a picture is shown, in EMU (text width; two thirds of the page).
const MAX_PICTURE: (u32, u32) = (TEXT_WIDTH as u32 * 635, 6_400_000);

/// The font for complex scripts (Bengali, Urdu) in a language.
pub fn complex_script_font(lang: Lang) -> &'static str {
    match lang {
        Lang::Bn => "Noto Sans Bengali",
        Lang::Ur => "Noto Nastaliq Urdu",
        Lang::En | Lang::Tl => LATIN_FONT,
    }
}

/// The `w:lang` of a language's runs: the Latin language and, for a complex script, its
/// language (`w:bidi`).
pub fn word_lang(lang: Lang) -> (String, Option<String>) {
    match lang {
        Lang::En => ("en-US".into(), None),
        Lang::Tl => ("fil-PH".into(), None),
        Lang::Bn => ("en-US".into(), Some("bn-BD".into())),
        Lang::Ur => ("en-US".into(), Some("ur-PK".into())),
    }
}

/// The name of a bookmark as Word accepts it: letters, digits, `_` and `-`, at most 40
/// characters (longer names are shortened with a hash, so that they stay distinct).
pub fn bookmark_name(name: &str) -> String {
    let valid = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let first_ok = |s: &str| s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    if name.len() <= 40 && first_ok(name) && name.chars().all(valid) {
        return name.to_string();
    }
    let mut clean: String = name
        .chars()
        .map(|c| if valid(c) { c } else { '_' })
        .collect();
    if !first_ok(&clean) {
        clean.insert(0, 'b');
    }
    clean.truncate(30);
    // FNV-1a of the original name keeps shortened or changed names apart.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{clean}_{:08x}", hash as u32)
}

/// The bookmark of a policy (the target of `policy:ID` links).
pub fn policy_bookmark(id: &str) -> String {
    bookmark_name(&format!("policy-{id}"))
}

/// A line of the title page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleLine {
    /// The title, large.
    Title,
    /// A subtitle.
    Subtitle,
    /// A plain line (date, organisation).
    Plain,
}

/// A top-level piece of the body, kept until [`DocBuilder::finish`] (the table of contents
/// needs every heading).
enum Item {
    Para(Box<Paragraph>),
    Table(Box<docx_rs::Table>),
    /// The table of contents: its heading, and whether it starts a page.
    Toc(String, bool),
}

struct TocEntry {
    level: u8,
    lang: Lang,
    text: String,
    bookmark: String,
}

/// What rendering one body (one [`DocBuilder::blocks`] call) needs.
struct Cx<'a> {
    notes: HashMap<&'a str, &'a FootnoteDef>,
    used: HashSet<String>,
    /// Markdown list → Word `w:numId`.
    lists: HashMap<u32, usize>,
    in_footnote: bool,
    offset: u8,
}

impl<'a> Cx<'a> {
    fn new(blocks: &'a [Block], offset: u8) -> Cx<'a> {
        let mut notes = HashMap::new();
        for b in blocks {
            if let Block::Footnote(f) = b {
                notes.entry(f.label.as_str()).or_insert(f);
            }
        }
        Cx {
            notes,
            used: HashSet::new(),
            lists: HashMap::new(),
            in_footnote: false,
            offset,
        }
    }
}

/// A Word document being built. See the module documentation.
pub struct DocBuilder {
    /// The document's language.
    doc_lang: Lang,
    /// The language of the text being added (another one inside [`DocBuilder::in_lang`]).
    text_lang: Lang,
    /// The scripts of the text, for the fonts to embed.
    scripts: Scripts,
    embed_fonts: bool,
    items: Vec<Item>,
    abstract_nums: Vec<AbstractNumbering>,
    nums: Vec<Numbering>,
    next_abstract: usize,
    next_num: usize,
    bullets: Option<usize>,
    toc_entries: Vec<TocEntry>,
    has_toc: bool,
    next_bookmark: usize,
    bookmark_names: HashSet<String>,
    next_footnote: usize,
    next_link: usize,
    next_image: usize,
    footer: Option<[String; 3]>,
    title: String,
    author: String,
    date: Option<DateTime<Utc>>,
    page_break: bool,
    /// The last item is a table: the next paragraph keeps some distance.
    after_table: bool,
    /// The handbook's pictures this document may show, by hash: nothing else is embedded.
    images: HashMap<String, Vec<u8>>,
}

impl DocBuilder {
    /// An empty A4 document in `lang`.
    pub fn new(lang: Lang) -> Self {
        DocBuilder {
            doc_lang: lang,
            text_lang: lang,
            scripts: Scripts::default(),
            embed_fonts: false,
            items: Vec::new(),
            abstract_nums: Vec::new(),
            nums: Vec::new(),
            next_abstract: 2,
            next_num: 2,
            bullets: None,
            toc_entries: Vec::new(),
            has_toc: false,
            next_bookmark: 1,
            bookmark_names: HashSet::new(),
            next_footnote: 1,
            next_link: 1,
            next_image: 1,
            footer: None,
            title: String::new(),
            author: String::new(),
            date: None,
            page_break: false,
            after_table: false,
            images: HashMap::new(),
        }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.doc_lang
    }

    /// Embeds the fonts of the scripts the text uses (see [`super::fonts`]); off by default.
    pub fn embed_fonts(&mut self, on: bool) {
        self.embed_fonts = on;
    }

    /// The handbook's pictures the text may show (`image:<hash>`), by hash. Any other picture
    /// address is shown as its description: no file is ever read from the exporting disk.
    pub fn images(&mut self, images: HashMap<String, Vec<u8>>) {
        self.images.extend(images);
    }

    /// The creation date written in the document properties (none by default: the core never
    /// reads the clock).
    pub fn date(&mut self, at: DateTime<Utc>) {
        self.date = Some(at);
    }

    /// The title page: its lines, centred, then a page break.
    pub fn title_page(&mut self, lines: &[(&str, TitleLine)]) {
        for (i, (text, kind)) in lines.iter().enumerate() {
            let style = match kind {
                TitleLine::Title => "Title",
                TitleLine::Subtitle => "Subtitle",
                TitleLine::Plain => "TitleInfo",
            };
            let mut p = self.para().style(style);
            if i == 0 {
                p = p.line_spacing(LineSpacing::new().before(3400));
            }
            p = self.add_text(p, text, &ir::Style::default());
            self.push_para(p);
        }
        self.page_break();
    }

    /// One line in a title style, without a page break (e.g. at the top of a redline).
    pub fn title_line(&mut self, text: &str, kind: TitleLine) {
        let style = match kind {
            TitleLine::Title => "Title",
            TitleLine::Subtitle => "Subtitle",
            TitleLine::Plain => "TitleInfo",
        };
        let p = self.para().style(style);
        let p = self.add_text(p, text, &ir::Style::default());
        self.push_para(p);
    }

    /// A table of contents over Heading 1–3 (a TOC field that Word refreshes on opening and
    /// LibreOffice shows as an index), under a heading; then a page break.
    pub fn toc(&mut self, heading: &str) {
        let new_page = std::mem::take(&mut self.page_break);
        self.items.push(Item::Toc(heading.to_string(), new_page));
        self.has_toc = true;
        self.page_break();
    }

    /// A heading (level 1–6); `bookmark` names it as the target of internal links (e.g.
    /// `policy-refunds`, see [`policy_bookmark`]).
    pub fn heading(&mut self, level: u8, text: &str, bookmark: Option<&str>) {
        let inlines = [Inline::text_run(self.line(text))];
        let mut cx = Cx::new(&[], 0);
        self.heading_para(level, &inlines, bookmark.map(bookmark_name), None, &mut cx);
    }

    /// A paragraph of plain text (a line break where the text has one).
    pub fn paragraph(&mut self, text: &str, italic: bool) {
        let p = self.para();
        let style = ir::Style {
            italic,
            ..ir::Style::default()
        };
        let p = self.add_text(p, text, &style);
        self.push_para(p);
    }

    /// A policy body written in another language than the document's (the source text of a
    /// pending translation): laid out in that language's direction, so English inside an Urdu
    /// handbook reads left to right.
    pub fn markdown_in(&mut self, lang: Lang, md: &str, heading_offset: u8) {
        self.in_lang(lang, |b| b.markdown(md, heading_offset));
    }

    /// Adds what `f` adds in `lang` rather than the document's language: every paragraph,
    /// heading (and its table of contents entry), list item, table cell, quote and footnote in
    /// that language's direction, every run with that language's `w:lang` and complex-script
    /// font, tables of right-to-left text mirrored.
    pub fn in_lang(&mut self, lang: Lang, f: impl FnOnce(&mut DocBuilder)) {
        let own = std::mem::replace(&mut self.text_lang, lang);
        f(self);
        self.text_lang = own;
    }

    /// A line about a policy (its approval and revision), in italics: the `PolicyMeta` style,
    /// by which an import of the handbook knows it is not the policy's text.
    pub fn meta_line(&mut self, text: &str) {
        let p = self.para().style("PolicyMeta");
        let p = self.add_text(p, text, &ir::Style::default());
        self.push_para(p);
    }

    /// A highlighted note (e.g. "Translation pending").
    pub fn note(&mut self, text: &str) {
        let p = self.para().style("Note");
        let p = self.add_text(p, text, &ir::Style::default());
        self.push_para(p);
    }

    /// A policy body in Markdown: a Markdown heading of level n becomes Heading n + offset (at
    /// most 6); `policy:ID` links go to the bookmark of policy ID.
    pub fn markdown(&mut self, md: &str, heading_offset: u8) {
        let blocks = ir::parse(md);
        self.blocks(&blocks, heading_offset);
    }

    /// A body given as blocks (with change marks, for a redline).
    pub fn blocks(&mut self, blocks: &[Block], heading_offset: u8) {
        let mut cx = Cx::new(blocks, heading_offset);
        for b in blocks {
            self.block(b, &mut cx);
        }
        // Footnotes never referenced are kept, as notes at the end.
        let mut orphans: Vec<&FootnoteDef> = cx
            .notes
            .values()
            .filter(|f| !cx.used.contains(&f.label))
            .copied()
            .collect();
        orphans.sort_by(|a, b| a.label.cmp(&b.label));
        for f in orphans {
            cx.in_footnote = true;
            let paras = self.footnote_paragraphs(f, &mut cx);
            cx.in_footnote = false;
            for p in paras {
                self.push_para(p);
            }
        }
    }

    /// The next paragraph starts on a new page.
    pub fn page_break(&mut self) {
        self.page_break = true;
    }

    /// Page numbers in the footer: `before` PAGE `between` NUMPAGES `after`, e.g. "Page ", " of ", "".
    pub fn footer_page_numbers(&mut self, before: &str, between: &str, after: &str) {
        self.footer = Some([before.to_string(), between.to_string(), after.to_string()]);
    }

    /// The document's title and author (docProps/core.xml, with its language).
    pub fn properties(&mut self, title: &str, author: &str) {
        self.title = title.to_string();
        self.author = author.to_string();
    }

    /// The .docx file.
    pub fn finish(mut self) -> Result<Vec<u8>, ExportError> {
        let lang = self.doc_lang;
        self.text_lang = lang;
        let cs = complex_script_font(lang);
        let mut docx = Docx::new()
            .page_size(PAGE.0, PAGE.1)
            .page_margin(PageMargin {
                top: MARGIN,
                left: MARGIN,
                bottom: MARGIN,
                right: MARGIN,
                header: STEP,
                footer: STEP,
                gutter: 0,
            })
            .default_fonts(
                RunFonts::new()
                    .ascii(LATIN_FONT)
                    .hi_ansi(LATIN_FONT)
                    .east_asia(LATIN_FONT)
                    .cs(cs),
            )
            .default_size(22)
            .default_line_spacing(
                LineSpacing::new()
                    .after(120)
                    .line(276)
                    .line_rule(LineSpacingType::Auto),
            );
        for s in styles() {
            docx = docx.add_style(s);
        }
        for a in std::mem::take(&mut self.abstract_nums) {
            docx = docx.add_abstract_numbering(a);
        }
        for n in std::mem::take(&mut self.nums) {
            docx = docx.add_numbering(n);
        }
        if self.items.is_empty() {
            let p = self.para();
            self.items.push(Item::Para(Box::new(p)));
        }
        for item in std::mem::take(&mut self.items) {
            docx = match item {
                Item::Para(p) => docx.add_paragraph(*p),
                Item::Table(t) => docx.add_table(*t),
                Item::Toc(heading, new_page) => {
                    docx.add_structured_data_tag(self.toc_sdt(&heading, new_page))
                }
            };
        }
        if let Some([before, between, after]) = self.footer.clone() {
            // The page numbers are Latin digits.
            self.scripts.add(Script::Latin);
            let mut p = self.para().style("Footer").align(AlignmentType::Center);
            p = self.add_text(p, &before, &ir::Style::default());
            p = p.add_page_num(PageNum::new());
            p = self.add_text(p, &between, &ir::Style::default());
            p = p.add_num_pages(NumPages::new());
            p = self.add_text(p, &after, &ir::Style::default());
            docx = docx.footer(Footer::new().add_paragraph(p));
        }

        let mut xml = docx.build();
        let wl = word_lang(lang);
        let build = |e: String| ExportError::Build(e);

        let mut document = Part::parse(&xml.document).map_err(build)?;
        let mut marks = HashSet::new();
        ooxml::bookmarks(&document.root, &mut marks);
        let mut fix = ooxml::Fix {
            lang: wl.clone(),
            rtl: lang.is_rtl(),
            bookmarks: Some(marks.clone()),
            // Annotation ids (bookmarks, tracked changes) are kept apart.
            next_change_id: self.next_bookmark,
            general_ppr: false,
        };
        fix.apply(&mut document.root);
        xml.document = document.write();

        let has_footnotes = self.next_footnote > 1;
        if has_footnotes {
            let mut notes = Part::parse(&xml.footnotes).map_err(build)?;
            ooxml::complete_footnotes(&mut notes.root);
            fix.bookmarks = Some(marks);
            fix.apply(&mut notes.root);
            xml.footnotes = notes.write();
        }
        fix.bookmarks = None;
        for footer in xml.footers.iter_mut() {
            let mut part = Part::parse(footer).map_err(build)?;
            fix.apply(&mut part.root);
            *footer = part.write();
        }
        let mut styles = Part::parse(&xml.styles).map_err(build)?;
        fix.general_ppr = true;
        fix.apply(&mut styles.root);
        xml.styles = styles.write();

        let mut numbering = Part::parse(&xml.numberings).map_err(build)?;
        fix.apply(&mut numbering.root);
        xml.numberings = numbering.write();

        let embedded = fonts::font_table(&self.scripts, self.embed_fonts);
        let embedding = !embedded.parts.is_empty();
        xml.font_table = embedded.font_table.clone();
        if embedding {
            xml.content_type = fonts::with_font_content_type(&xml.content_type);
        }

        let mut settings = Part::parse(&xml.settings).map_err(build)?;
        ooxml::complete_settings(
            &mut settings.root,
            self.has_toc,
            has_footnotes,
            embedding,
            &wl,
        );
        fix.apply(&mut settings.root);
        xml.settings = settings.write();

        let date = self
            .date
            .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string());
        xml.doc_props.core = ooxml::core_properties(
            &clean(&self.title),
            &clean(&self.author),
            lang.locale(),
            date.as_deref(),
        );

        let mut out = std::io::Cursor::new(Vec::new());
        xml.pack(&mut out)
            .map_err(|e| ExportError::Build(e.to_string()))?;
        fonts::append(out.into_inner(), &embedded).map_err(ExportError::Build)
    }

    // ----- paragraphs -------------------------------------------------------------------------

    /// An empty paragraph in the document's direction.
    fn para(&self) -> Paragraph {
        let mut p = Paragraph::new();
        if self.text_lang.is_rtl() {
            p.property = p.property.bidi(true);
        }
        p
    }

    fn push_para(&mut self, mut p: Paragraph) {
        if std::mem::take(&mut self.page_break) {
            p = p.page_break_before(true);
        }
        // Headings have space of their own.
        let heading = p
            .property
            .style
            .as_ref()
            .is_some_and(|s| s.val.starts_with("Heading"));
        if std::mem::take(&mut self.after_table) && p.property.line_spacing.is_none() && !heading {
            p = p.line_spacing(LineSpacing::new().before(200));
        }
        self.items.push(Item::Para(Box::new(p)));
    }

    fn push_table(&mut self, t: docx_rs::Table) {
        if self.page_break {
            let p = self.para();
            self.push_para(p);
        }
        self.items.push(Item::Table(Box::new(t)));
        self.after_table = true;
    }

    /// Plain text (with line breaks and tabs) appended to a paragraph.
    fn add_text(&mut self, mut p: Paragraph, text: &str, style: &ir::Style) -> Paragraph {
        let text = self.line(text);
        for run in self.text_runs(&text, style, false, false) {
            p = p.add_run(run);
        }
        p
    }

    /// A whole line of plain text as given to the builder. In a right-to-left document, a line
    /// with no right-to-left letter that starts with a digit or a neutral would be laid out from
    /// the right ("23 November 2026" as "November 2026 23"): a left-to-right mark in front makes
    /// it one left-to-right phrase.
    fn line(&self, text: &str) -> String {
        let mut text = text.to_string();
        if self.text_lang.is_rtl()
            && !text.chars().any(|c| dir_of(c) == Dir::R)
            && text.starts_with(|c: char| dir_of(c) != Dir::L)
        {
            text.insert(0, '\u{200E}');
        }
        text
    }

    /// A heading paragraph: its bookmark (if any), and, for levels 1–3, a bookmark that the
    /// table of contents links to.
    fn heading_para(
        &mut self,
        level: u8,
        inlines: &[Inline],
        bookmark: Option<String>,
        mark: Option<&Change>,
        cx: &mut Cx<'_>,
    ) {
        let level = level.clamp(1, 6);
        let mut p = self.para().style(&format!("Heading{level}"));
        let mut names = Vec::new();
        // A bookmark name is given once (Word keeps only the first of a name).
        names.extend(bookmark.filter(|b| self.bookmark_names.insert(b.clone())));
        let text = visible_text(inlines);
        if level <= 3 && !text.is_empty() {
            let name = format!("_Toc{:09}", self.toc_entries.len() + 1);
            self.toc_entries.push(TocEntry {
                level,
                lang: self.text_lang,
                text,
                bookmark: name.clone(),
            });
            names.push(name);
        }
        let ids: Vec<usize> = names.iter().map(|_| self.take_bookmark_id()).collect();
        for (id, name) in ids.iter().zip(&names) {
            p = p.add_bookmark_start(*id, name.clone());
        }
        for child in self.inline_children(inlines, cx) {
            p.children.push(child);
        }
        for id in &ids {
            p = p.add_bookmark_end(*id);
        }
        p = with_mark(p, mark);
        self.push_para(p);
    }

    fn take_bookmark_id(&mut self) -> usize {
        let id = self.next_bookmark;
        self.next_bookmark += 1;
        id
    }

    fn block(&mut self, b: &Block, cx: &mut Cx<'_>) {
        match b {
            Block::Para(p) => {
                if let ParaKind::Heading(level) = p.kind {
                    let level = level.saturating_add(cx.offset).min(6);
                    self.heading_para(level, &p.inlines, None, p.mark.as_ref(), cx);
                    return;
                }
                let para = self.body_para(p, cx);
                self.push_para(para);
            }
            Block::Table(t) => {
                let table = self.table(t, cx);
                self.push_table(table);
            }
            Block::Rule(mark) => {
                let mut p = self.para();
                p.property = p.property.set_borders(one_border(
                    ParagraphBorderPosition::Bottom,
                    6,
                    1,
                    "A6A6A6",
                ));
                p = with_mark(p, mark.as_ref());
                self.push_para(p);
            }
            Block::Footnote(_) => {}
        }
    }

    /// A body paragraph (not a heading).
    fn body_para(&mut self, para: &Para, cx: &mut Cx<'_>) -> Paragraph {
        let quote = i32::from(para.quote) * STEP;
        let indent = i32::from(para.indent) * STEP;
        let mut p = match para.kind {
            ParaKind::Code => {
                // Code reads left to right, whatever the language.
                let mut p = Paragraph::new().style("Code");
                if quote + indent > 0 {
                    p = p.indent(Some(quote + indent), None, None, None);
                }
                p
            }
            ParaKind::ListItem(item) => {
                let num = self.num_for(&item, cx);
                let mut p = self.para().style("ListParagraph").numbering(
                    NumberingId::new(num),
                    IndentLevel::new(usize::from(item.depth)),
                );
                if quote > 0 {
                    p = p.indent(
                        Some(level_indent(item.depth) + quote),
                        Some(SpecialIndentType::Hanging(425)),
                        None,
                        None,
                    );
                }
                p
            }
            ParaKind::Quote(_) => {
                self.para()
                    .style("Quote")
                    .indent(Some(quote.max(STEP) + indent), None, None, None)
            }
            ParaKind::Normal | ParaKind::Heading(_) => {
                let mut p = self.para();
                if cx.in_footnote {
                    p = p.style("FootnoteText");
                }
                if quote + indent > 0 {
                    p = p.indent(Some(quote + indent), None, None, None);
                }
                p
            }
        };
        let code = para.kind == ParaKind::Code;
        let children = if code {
            self.code_children(&para.inlines)
        } else {
            self.inline_children(&para.inlines, cx)
        };
        for child in children {
            p.children.push(child);
        }
        with_mark(p, para.mark.as_ref())
    }

    /// A code block's runs: never right to left.
    fn code_children(&mut self, inlines: &[Inline]) -> Vec<ParagraphChild> {
        let mut out = Vec::new();
        for group in change_groups(inlines) {
            let deleted = matches!(
                group[0].change,
                Some(Change {
                    kind: ChangeKind::Delete,
                    ..
                })
            );
            let mut runs = Vec::new();
            for inline in group {
                match &inline.content {
                    Content::LineBreak => runs.push(Run::new().add_break(BreakType::TextWrapping)),
                    _ => runs.extend(self.plain_runs(
                        inline.text(),
                        &inline.style,
                        false,
                        deleted,
                        false,
                    )),
                }
            }
            out.extend(wrap_change(runs, group[0].change.as_ref()));
        }
        out
    }

    fn num_for(&mut self, item: &ListItem, cx: &mut Cx<'_>) -> usize {
        // Numbers and bullets are drawn in the Latin font.
        self.scripts.add(Script::Latin);
        if let Some(&n) = cx.lists.get(&item.list) {
            return n;
        }
        let abstract_id = if item.ordered {
            let id = self.next_abstract;
            self.next_abstract += 1;
            self.abstract_nums
                .push(ordered_numbering(id, item.depth, item.start));
            id
        } else {
            match self.bullets {
                Some(id) => id,
                None => {
                    let id = self.next_abstract;
                    self.next_abstract += 1;
                    self.abstract_nums.push(bullet_numbering(id));
                    self.bullets = Some(id);
                    id
                }
            }
        };
        let num = self.next_num;
        self.next_num += 1;
        self.nums.push(Numbering::new(num, abstract_id));
        cx.lists.insert(item.list, num);
        num
    }

    // ----- tables -----------------------------------------------------------------------------

    fn table(&mut self, t: &ir::Table, cx: &mut Cx<'_>) -> docx_rs::Table {
        let columns = t.columns().max(1);
        let width = TEXT_WIDTH / columns;
        let mut rows = Vec::with_capacity(t.rows.len() + 1);
        rows.push(self.table_row(&t.header, &t.align, columns, width, true, cx));
        for r in &t.rows {
            rows.push(self.table_row(r, &t.align, columns, width, false, cx));
        }
        let mut borders = TableBorders::new();
        for pos in [
            TableBorderPosition::Top,
            TableBorderPosition::Left,
            TableBorderPosition::Bottom,
            TableBorderPosition::Right,
            TableBorderPosition::InsideH,
            TableBorderPosition::InsideV,
        ] {
            borders = borders.set(
                TableBorder::new(pos)
                    .border_type(BorderType::Single)
                    .size(4)
                    .color("8C8C8C"),
            );
        }
        docx_rs::Table::new(rows)
            .set_grid(vec![width; columns])
            .width(width * columns, WidthType::Dxa)
            .set_borders(borders)
    }

    fn table_row(
        &mut self,
        row: &ir::Row,
        align: &[ir::Align],
        columns: usize,
        width: usize,
        header: bool,
        cx: &mut Cx<'_>,
    ) -> TableRow {
        let mut cells = Vec::with_capacity(columns);
        for c in 0..columns {
            let inlines: Vec<Inline> = match row.cells.get(c) {
                Some(cell) if header => cell
                    .iter()
                    .cloned()
                    .map(|mut i| {
                        i.style.bold = true;
                        i
                    })
                    .collect(),
                Some(cell) => cell.clone(),
                None => Vec::new(),
            };
            let mut p = self.para().style("TableText");
            p = match align.get(c) {
                Some(ir::Align::Left) => p.align(AlignmentType::Left),
                Some(ir::Align::Center) => p.align(AlignmentType::Center),
                Some(ir::Align::Right) => p.align(AlignmentType::Right),
                _ => p,
            };
            for child in self.inline_children(&inlines, cx) {
                p.children.push(child);
            }
            if let Some(ch) = &row.change {
                p = with_mark(p, Some(ch));
            }
            let mut cell = TableCell::new()
                .width(width, WidthType::Dxa)
                .add_paragraph(p);
            if header {
                cell = cell.shading(Shading::new().fill("E7E6E6"));
            }
            cells.push(cell);
        }
        let mut tr = TableRow::new(cells);
        if header {
            // Marks the header row: the fix-up adds w:tblHeader next to it.
            tr = tr.cant_split();
        }
        match &row.change {
            Some(ch) if ch.kind == ChangeKind::Insert => tr.insert(
                Insert::new_with_empty()
                    .author(clean(&ch.author))
                    .date(word_date(ch)),
            ),
            Some(ch) => tr.delete(Delete::new().author(clean(&ch.author)).date(word_date(ch))),
            None => tr,
        }
    }

    // ----- inlines ----------------------------------------------------------------------------

    /// The children of a paragraph for its inlines: runs, grouped into hyperlinks and tracked
    /// changes.
    fn inline_children(&mut self, inlines: &[Inline], cx: &mut Cx<'_>) -> Vec<ParagraphChild> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < inlines.len() {
            let link = inlines[i].link.clone();
            let mut j = i + 1;
            while j < inlines.len() && inlines[j].link == link {
                j += 1;
            }
            let group = &inlines[i..j];
            let target = match &link {
                Some(Link::External(url)) if !cx.in_footnote => Some(HyperlinkData::External {
                    rid: {
                        let n = self.next_link;
                        self.next_link += 1;
                        format!("rIdPbLink{n}")
                    },
                    path: ooxml::escape(url),
                }),
                Some(Link::Policy(id)) => Some(HyperlinkData::Anchor {
                    anchor: policy_bookmark(id),
                }),
                _ => None,
            };
            let mut children = Vec::new();
            for changes in change_groups(group) {
                let deleted = matches!(
                    changes[0].change,
                    Some(Change {
                        kind: ChangeKind::Delete,
                        ..
                    })
                );
                let mut runs = Vec::new();
                for inline in changes {
                    runs.extend(self.inline_runs(inline, target.is_some(), deleted, cx));
                }
                children.extend(wrap_change(runs, changes[0].change.as_ref()));
            }
            // A link inside a footnote (whose part has no relationships) shows its address.
            if let (Some(Link::External(url)), true) = (&link, cx.in_footnote) {
                let shown = ir::inlines_text(group);
                if shown.trim() != url.trim() {
                    let deleted = matches!(
                        group[0].change,
                        Some(Change {
                            kind: ChangeKind::Delete,
                            ..
                        })
                    );
                    let runs = self.plain_runs(
                        &format!(" <{url}>"),
                        &ir::Style::default(),
                        false,
                        deleted,
                        true,
                    );
                    children.extend(wrap_change(runs, group[0].change.as_ref()));
                }
            }
            match target {
                Some(link) => out.push(ParagraphChild::Hyperlink(Hyperlink {
                    link,
                    history: Some(1),
                    children,
                })),
                None => out.extend(children),
            }
            i = j;
        }
        out
    }

    fn inline_runs(
        &mut self,
        inline: &Inline,
        linked: bool,
        deleted: bool,
        cx: &mut Cx<'_>,
    ) -> Vec<Run> {
        match &inline.content {
            Content::Text(t) => self.plain_runs(t, &inline.style, linked, deleted, true),
            Content::LineBreak => vec![Run::new().add_break(BreakType::TextWrapping)],
            Content::Image { alt, url } => match self.picture(url) {
                Some(pic) => vec![Run::new().add_image(pic)],
                None => self.plain_runs(alt, &inline.style, linked, deleted, true),
            },
            Content::FootnoteRef(label) => {
                let def = cx.notes.get(label.as_str()).copied();
                match def {
                    Some(def) if !cx.in_footnote => {
                        cx.used.insert(label.clone());
                        cx.in_footnote = true;
                        let content = self.footnote_paragraphs(def, cx);
                        cx.in_footnote = false;
                        let id = self.next_footnote;
                        self.next_footnote += 1;
                        vec![Run::new().add_footnote_reference(Footnote { id, content })]
                    }
                    _ => self.plain_runs(
                        &format!("[^{label}]"),
                        &inline.style,
                        linked,
                        deleted,
                        true,
                    ),
                }
            }
        }
    }

    /// The paragraphs of a footnote (tables become lines of text; a rule is dropped).
    fn footnote_paragraphs(&mut self, def: &FootnoteDef, cx: &mut Cx<'_>) -> Vec<Paragraph> {
        let mut out = Vec::new();
        for b in &def.blocks {
            match b {
                Block::Para(p) => {
                    let mut flat = p.clone();
                    if matches!(flat.kind, ParaKind::Heading(_)) {
                        flat.kind = ParaKind::Normal;
                    }
                    let para = self.body_para(&flat, cx);
                    out.push(if matches!(flat.kind, ParaKind::Normal) {
                        para.style("FootnoteText")
                    } else {
                        para
                    });
                }
                Block::Table(t) => {
                    for row in std::iter::once(&t.header).chain(&t.rows) {
                        let mut inlines = Vec::new();
                        for (i, cell) in row.cells.iter().enumerate() {
                            if i > 0 {
                                inlines.push(Inline {
                                    change: row.change.clone(),
                                    ..Inline::text_run(" | ")
                                });
                            }
                            inlines.extend(cell.iter().cloned());
                        }
                        let para = Para {
                            mark: row.change.clone(),
                            ..Para::new(ParaKind::Normal, inlines)
                        };
                        out.push(self.body_para(&para, cx).style("FootnoteText"));
                    }
                }
                Block::Rule(_) | Block::Footnote(_) => {}
            }
        }
        if out.is_empty() {
            out.push(self.para().style("FootnoteText"));
        }
        out
    }

    /// Runs for text: tabs and line breaks become Word's; in a right-to-left document the text
    /// is split by direction (`rtl_split`) and Arabic-script runs are marked right to left.
    fn text_runs(
        &mut self,
        text: &str,
        style: &ir::Style,
        linked: bool,
        deleted: bool,
    ) -> Vec<Run> {
        self.plain_runs(text, style, linked, deleted, true)
    }

    fn plain_runs(
        &mut self,
        text: &str,
        style: &ir::Style,
        linked: bool,
        deleted: bool,
        directional: bool,
    ) -> Vec<Run> {
        let text = clean(text);
        self.scripts.note(&text);
        let foreign = (self.text_lang != self.doc_lang).then_some(self.text_lang);
        let mut runs = Vec::new();
        // Inline code reads left to right, even in Urdu.
        let pieces: Vec<(&str, bool)> = if self.text_lang.is_rtl() && directional && !style.code {
            rtl_split(&text)
        } else {
            vec![(text.as_str(), false)]
        };
        for (piece, rtl) in pieces {
            // A number that starts with a currency sign ("£50") in right-to-left text:
            // LibreOffice shows "50£" unless a left-to-right mark leads it.
            let marked;
            let piece = if self.text_lang.is_rtl()
                && !rtl
                && piece.starts_with(|c: char| dir_of(c) == Dir::Term)
            {
                marked = format!("\u{200E}{piece}");
                marked.as_str()
            } else {
                piece
            };
            let mut run = styled_run(style, linked, rtl, foreign);
            let mut empty = true;
            for (i, line) in piece.split('\n').enumerate() {
                if i > 0 {
                    run = run.add_break(BreakType::TextWrapping);
                    empty = false;
                }
                for (j, part) in line.split('\t').enumerate() {
                    if j > 0 {
                        run = run.add_tab();
                        empty = false;
                    }
                    if !part.is_empty() {
                        run = if deleted {
                            run.add_delete_text(part)
                        } else {
                            run.add_text(part)
                        };
                        empty = false;
                    }
                }
            }
            if !empty {
                runs.push(run);
            }
        }
        runs
    }

    /// A picture for an image address: one of the handbook's stored pictures, PNG or JPEG.
    fn picture(&mut self, url: &str) -> Option<Pic> {
        let bytes = self.images.get(crate::images::hash_in(url)?)?.clone();
        let kind = crate::images::inspect(&bytes).ok()?;
        let pic = if kind.mime == "image/png" {
            Pic::new_with_dimensions(bytes, kind.width, kind.height)
        } else {
            // docx-rs stores PNG only: it converts, and panics on data it cannot decode.
            std::panic::catch_unwind(|| Pic::new(&bytes)).ok()?
        };
        let (w, h) = pic.size;
        if w == 0 || h == 0 {
            return None;
        }
        let scale = (f64::from(MAX_PICTURE.0) / f64::from(w))
            .min(f64::from(MAX_PICTURE.1) / f64::from(h))
            .min(1.0);
        let id = format!("rIdPbImage{}", self.next_image);
        self.next_image += 1;
        Some(
            pic.size((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32)
                .id(id),
        )
    }

    // ----- table of contents ------------------------------------------------------------------

    /// The table of contents: a TOC field (`\\o "1-3" \\h \\z \\u`) in a content control that
    /// Word and LibreOffice know as a table of contents. Its cached result lists the headings,
    /// each linked to its bookmark, without page numbers: Word recomputes the field on opening
    /// (`w:updateFields`), while LibreOffice shows the cached result as it is (page references
    /// inside it would show as empty text there).
    fn toc_sdt(&mut self, heading: &str, new_page: bool) -> StructuredDataTag {
        let mut sdt = StructuredDataTag::new();
        let mut title = self.para().style("TOCHeading");
        if new_page {
            title = title.page_break_before(true);
        }
        title = self.add_text(title, heading, &ir::Style::default());
        sdt = sdt.add_paragraph(title);
        let instr = InstrToC::new()
            .heading_styles_range(1, 3)
            .hyperlink()
            .hide_tab_and_page_numbers_in_webview()
            .use_applied_paragraph_line_level();
        let begin = Run::new()
            .add_field_char(FieldCharType::Begin, true)
            .add_instr_text(InstrText::TOC(instr))
            .add_field_char(FieldCharType::Separate, false);
        let end = Run::new().add_field_char(FieldCharType::End, false);
        let entries = std::mem::take(&mut self.toc_entries);
        if entries.is_empty() {
            return sdt.add_paragraph(self.para().style("TOC1").add_run(begin).add_run(end));
        }
        let last = entries.len() - 1;
        for (i, e) in entries.iter().enumerate() {
            let own = std::mem::replace(&mut self.text_lang, e.lang);
            let mut p = self.para().style(&format!("TOC{}", e.level));
            if i == 0 {
                p = p.add_run(begin.clone());
            }
            let mut link = Hyperlink {
                link: HyperlinkData::Anchor {
                    anchor: e.bookmark.clone(),
                },
                history: Some(1),
                children: Vec::new(),
            };
            for run in self.text_runs(&e.text, &ir::Style::default(), false, false) {
                link = link.add_run(run);
            }
            p = p.add_hyperlink(link);
            if i == last {
                p = p.add_run(end.clone());
            }
            self.text_lang = own;
            sdt = sdt.add_paragraph(p);
        }
        self.toc_entries = entries;
        sdt
    }
}

// ----- helpers ----------------------------------------------------------------------------------

/// Drops what XML cannot hold (C0 controls but tab and newline, DEL, C1 controls, U+FFFE/F).
fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| c != '\r' && ooxml::xml_char(c))
        .collect()
}

/// The text a reader sees (deleted text left out; objects and breaks as spaces).
fn visible_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .filter(|i| {
            !matches!(
                i.change,
                Some(Change {
                    kind: ChangeKind::Delete,
                    ..
                })
            )
        })
        .map(|i| match &i.content {
            Content::Text(t) => t.as_str(),
            _ => " ",
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn word_date(ch: &Change) -> String {
    ch.date.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn with_mark(p: Paragraph, mark: Option<&Change>) -> Paragraph {
    match mark {
        Some(ch) if ch.kind == ChangeKind::Insert => p.insert(clean(&ch.author), word_date(ch)),
        Some(ch) => p.delete(clean(&ch.author), word_date(ch)),
        None => p,
    }
}

/// Consecutive inlines with the same change mark.
fn change_groups(inlines: &[Inline]) -> Vec<&[Inline]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < inlines.len() {
        let mut j = i + 1;
        while j < inlines.len() && inlines[j].change == inlines[i].change {
            j += 1;
        }
        out.push(&inlines[i..j]);
        i = j;
    }
    out
}

/// Runs as paragraph children, inside `w:ins` or `w:del` when they carry a change.
fn wrap_change(runs: Vec<Run>, change: Option<&Change>) -> Vec<ParagraphChild> {
    if runs.is_empty() {
        return Vec::new();
    }
    match change {
        None => runs
            .into_iter()
            .map(|r| ParagraphChild::Run(Box::new(r)))
            .collect(),
        Some(ch) if ch.kind == ChangeKind::Insert => {
            let mut ins = Insert::new_with_empty()
                .author(clean(&ch.author))
                .date(word_date(ch));
            for r in runs {
                ins = ins.add_run(r);
            }
            vec![ParagraphChild::Insert(ins)]
        }
        Some(ch) => {
            let mut del = Delete::new().author(clean(&ch.author)).date(word_date(ch));
            for r in runs {
                del = del.add_run(r);
            }
            vec![ParagraphChild::Delete(del)]
        }
    }
}

/// A run with the look of `style`; `foreign` is the language of text that is not in the
/// document's language (its `w:lang` and complex-script font).
fn styled_run(style: &ir::Style, linked: bool, rtl: bool, foreign: Option<Lang>) -> Run {
    let mut run = Run::new();
    let mut fonts = None;
    if linked && style.code {
        fonts = Some(
            RunFonts::new()
                .ascii(MONO_FONT)
                .hi_ansi(MONO_FONT)
                .cs(MONO_FONT),
        );
    }
    if let Some(lang) = foreign {
        let f = fonts.unwrap_or_else(|| RunFonts::new().cs(complex_script_font(lang)));
        // Read by the fix-up, which writes the run's w:lang from it (see ooxml).
        let (val, bidi) = word_lang(lang);
        fonts = Some(f.cs_theme(ooxml::lang_sentinel(&val, bidi.as_deref())));
    }
    if let Some(f) = fonts {
        run = run.fonts(f);
    }
    if linked {
        run = run.style(ooxml::LINK_STYLE);
    } else if style.code {
        // "Verbatim Char": the name pandoc reads as code.
        run = run.style("VerbatimChar");
    }
    if style.bold {
        run = run.bold();
    }
    if style.italic {
        run = run.italic();
    }
    if style.strike {
        run = run.strike();
    }
    if rtl {
        // Marks the run for the fix-up, which writes w:rtl instead (see ooxml).
        run.run_property = run.run_property.spec_vanish();
    }
    run
}

/// A single border on one side of a paragraph (docx-rs's default borders are a full box).
fn one_border(
    pos: ParagraphBorderPosition,
    size: usize,
    space: usize,
    color: &str,
) -> ParagraphBorders {
    ParagraphBorders::with_empty().set(
        ParagraphBorder::new(pos)
            .val(BorderType::Single)
            .size(size)
            .space(space)
            .color(color),
    )
}

/// The left indentation of list level `depth` (its text, after the number).
fn level_indent(depth: u8) -> i32 {
    STEP * (i32::from(depth) + 1)
}

/// Word has nine list levels.
const LEVELS: usize = 9;

fn ordered_numbering(id: usize, depth: u8, start: u64) -> AbstractNumbering {
    let mut a = AbstractNumbering::new(id);
    let start = usize::try_from(start.min(999_999_999)).unwrap_or(1);
    for l in 0..LEVELS {
        let first = if l == usize::from(depth) { start } else { 1 };
        a = a.add_level(
            Level::new(
                l,
                Start::new(first),
                NumberFormat::new("decimal"),
                LevelText::new(format!("%{}.", l + 1)),
                LevelJc::new("left"),
            )
            .indent(
                Some(level_indent(l as u8)),
                Some(SpecialIndentType::Hanging(425)),
                None,
                None,
            ),
        );
    }
    a
}

fn bullet_numbering(id: usize) -> AbstractNumbering {
    let mut a = AbstractNumbering::new(id);
    for l in 0..LEVELS {
        let bullet = ["\u{2022}", "\u{25E6}", "\u{25AA}"][l % 3];
        a = a.add_level(
            Level::new(
                l,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(bullet),
                LevelJc::new("left"),
            )
            .indent(
                Some(level_indent(l as u8)),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            )
            .fonts(
                RunFonts::new()
                    .ascii(LATIN_FONT)
                    .hi_ansi(LATIN_FONT)
                    .cs(LATIN_FONT),
            ),
        );
    }
    a
}

/// The direction of a character for splitting runs: strong right to left, strong left to
/// right, a European digit, a terminator that sticks to numbers (currency, per cent), a
/// separator inside numbers, or neutral.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dir {
    R,
    L,
    Digit,
    Term,
    Sep,
    N,
    /// A number in right-to-left text: its own left-to-right run.
    Num,
}

fn dir_of(c: char) -> Dir {
    match c {
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}' => Dir::R,
        '0'..='9' => Dir::Digit,
        '%'
        | '\u{2030}'
        | '#'
        | '+'
        | '\u{B0}'
        | '$'
        | '\u{A2}'..='\u{A5}'
        | '\u{20A0}'..='\u{20CF}' => Dir::Term,
        ',' | '.' | ':' | '/' => Dir::Sep,
        c if c.is_alphabetic() => Dir::L,
        _ => Dir::N,
    }
}

/// Splits the text of a right-to-left paragraph into runs of one direction, resolving them
/// roughly as the Unicode bidi algorithm does: text without right-to-left letters is one
/// left-to-right run; digits after Latin letters belong to them ("Act 2015" stays one run);
/// a number in Urdu text ("£50", "1,000.50") is a left-to-right run of its own; neutrals
/// between two left-to-right runs join them; other neutrals are right to left. Returns the
/// pieces and whether each is right to left.
pub fn rtl_split(text: &str) -> Vec<(&str, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut dirs: Vec<Dir> = chars.iter().map(|&(_, c)| dir_of(c)).collect();
    if !dirs.contains(&Dir::R) {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![(text, false)]
        };
    }
    // Digits take the direction of the last strong letter: Latin, or a number island.
    let mut last = Dir::R;
    for d in dirs.iter_mut() {
        match *d {
            Dir::R | Dir::L => last = *d,
            Dir::Digit => *d = if last == Dir::L { Dir::L } else { Dir::Num },
            _ => {}
        }
    }
    // A separator between two digits of a number, and terminators next to one, join it.
    for i in 1..dirs.len().saturating_sub(1) {
        if dirs[i] == Dir::Sep && dirs[i - 1] == Dir::Num && dirs[i + 1] == Dir::Num {
            dirs[i] = Dir::Num;
        }
    }
    for i in 0..dirs.len() {
        if dirs[i] == Dir::Num {
            let mut j = i;
            while j > 0 && dirs[j - 1] == Dir::Term {
                dirs[j - 1] = Dir::Num;
                j -= 1;
            }
            let mut k = i + 1;
            while k < dirs.len() && dirs[k] == Dir::Term {
                dirs[k] = Dir::Num;
                k += 1;
            }
        }
    }
    // Neutrals (and stray terminators and separators): left to right only between two
    // left-to-right letters.
    let strong = |d: Dir| if d == Dir::L { Dir::L } else { Dir::R };
    let mut i = 0;
    while i < dirs.len() {
        if matches!(dirs[i], Dir::R | Dir::L | Dir::Num) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < dirs.len() && !matches!(dirs[j], Dir::R | Dir::L | Dir::Num) {
            j += 1;
        }
        let before = if i == 0 { Dir::R } else { strong(dirs[i - 1]) };
        let after = if j == dirs.len() {
            Dir::R
        } else {
            strong(dirs[j])
        };
        let d = if before == Dir::L && after == Dir::L {
            Dir::L
        } else {
            Dir::R
        };
        for slot in &mut dirs[i..j] {
            *slot = d;
        }
        i = j;
    }
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..=chars.len() {
        if k == chars.len() || dirs[k] != dirs[start] {
            let from = chars[start].0;
            let to = if k == chars.len() {
                text.len()
            } else {
                chars[k].0
            };
            out.push((&text[from..to], dirs[start] == Dir::R));
            start = k;
        }
    }
    out
}

/// The document's styles. docx-rs always writes an empty `Normal`; the document defaults
/// (fonts, size, spacing) give it its look.
///
/// Styles carry no direction: each paragraph has its own (`w:bidi` on right-to-left ones), so
/// that text of another language keeps its direction whatever style it has.
fn styles() -> Vec<Style> {
    let para = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
    };
    let dark = "1F3864";
    let mut out = Vec::new();
    for level in 1..=6u8 {
        let size = [32, 28, 26, 24, 22, 22][usize::from(level - 1)];
        let mut s = para(&format!("Heading{level}"), &format!("heading {level}"))
            .size(size)
            .bold()
            .color(dark)
            .outline_lvl(usize::from(level - 1))
            .line_spacing(
                LineSpacing::new()
                    .before(if level <= 2 { 360 } else { 240 })
                    .after(120),
            );
        if level >= 5 {
            s = s.italic();
        }
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        out.push(s);
    }
    out.push(
        para("Title", "Title")
            .size(56)
            .bold()
            .color(dark)
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().after(240)),
    );
    out.push(
        para("Subtitle", "Subtitle")
            .size(32)
            .color("404040")
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().after(240)),
    );
    out.push(
        para("TitleInfo", "Title Info")
            .size(24)
            .color("404040")
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().after(120)),
    );
    out.push(
        para("TOCHeading", "TOC Heading")
            .size(32)
            .bold()
            .color(dark)
            .line_spacing(LineSpacing::new().before(240).after(240)),
    );
    for level in 1..=3u8 {
        let mut s = para(&format!("TOC{level}"), &format!("toc {level}"))
            .indent(Some(i32::from(level - 1) * 360), None, None, None)
            .line_spacing(
                LineSpacing::new()
                    .before(if level == 1 { 120 } else { 0 })
                    .after(60),
            );
        if level == 1 {
            s = s.bold();
        }
        s.paragraph_property = s.paragraph_property.add_tab(
            Tab::new()
                .val(TabValueType::Right)
                .leader(TabLeaderType::Dot)
                .pos(TEXT_WIDTH),
        );
        out.push(s);
    }
    let mut quote =
        para("Quote", "Quote")
            .italic()
            .color("404040")
            .indent(Some(STEP), None, None, None);
    quote.paragraph_property = quote.paragraph_property.set_borders(one_border(
        ParagraphBorderPosition::Left,
        18,
        8,
        "BFBFBF",
    ));
    out.push(quote);
    let mut code = Style::new("Code", StyleType::Paragraph)
        .name("Code")
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .fonts(
            RunFonts::new()
                .ascii(MONO_FONT)
                .hi_ansi(MONO_FONT)
                .east_asia(MONO_FONT)
                .cs(MONO_FONT),
        )
        .size(19)
        .line_spacing(
            LineSpacing::new()
                .before(60)
                .after(120)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        );
    code.paragraph_property = code
        .paragraph_property
        .shading(Shading::new().fill("F2F2F2"));
    out.push(code);
    out.push(para("PolicyMeta", "Policy Meta").italic());
    let mut note = para("Note", "Note").italic().color("7F6000");
    note.paragraph_property = note
        .paragraph_property
        .shading(Shading::new().fill("FFF2CC"))
        .set_borders(one_border(ParagraphBorderPosition::Left, 24, 4, "BF9000"));
    out.push(note);
    out.push(para("ListParagraph", "List Paragraph").line_spacing(LineSpacing::new().after(60)));
    out.push(
        para("TableText", "Table Text").line_spacing(
            LineSpacing::new()
                .before(40)
                .after(40)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        ),
    );
    out.push(
        para("FootnoteText", "footnote text").size(18).line_spacing(
            LineSpacing::new()
                .after(0)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        ),
    );
    out.push(
        para("Footer", "footer")
            .size(18)
            .color("595959")
            .line_spacing(LineSpacing::new().after(0)),
    );
    let mut link = Style::new(ooxml::LINK_STYLE, StyleType::Character)
        .name("Hyperlink")
        .color("0563C1")
        .underline("single");
    link.ui_priority = Some(99);
    out.push(link);
    let mut verbatim = Style::new("VerbatimChar", StyleType::Character)
        .name("Verbatim Char")
        .fonts(
            RunFonts::new()
                .ascii(MONO_FONT)
                .hi_ansi(MONO_FONT)
                .east_asia(MONO_FONT)
                .cs(MONO_FONT),
        );
    verbatim.run_property = verbatim.run_property.shading(Shading::new().fill("F2F2F2"));
    out.push(verbatim);
    let mut fnref =
        Style::new("FootnoteReference", StyleType::Character).name("footnote reference");
    fnref.run_property = fnref.run_property.vert_align(VertAlignType::SuperScript);
    out.push(fnref);
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::export::check;
    use std::path::Path;

    fn demo(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../assets/demo")
            .join(name);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Drop the front matter and the first heading (the title).
        let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
        body.trim_start()
            .split_once('\n')
            .map(|(first, rest)| if first.starts_with("# ") { rest } else { body })
            .unwrap_or(body)
            .to_string()
    }

    fn demo_title(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../assets/demo")
            .join(name);
        let text = std::fs::read_to_string(path).unwrap_or_default();
        text.lines()
            .find_map(|l| l.strip_prefix("title: "))
            .unwrap_or(name)
            .to_string()
    }

    /// A small handbook: title page, contents, a category, policies in `lang`.
    pub(crate) fn handbook(lang: Lang, ids: &[&str]) -> Vec<u8> {
        let mut b = DocBuilder::new(lang);
        b.properties(
            "Riverbend Retail — Customer Service Handbook",
            "Policybook test",
        );
        b.title_page(&[
            ("Riverbend Retail", TitleLine::Title),
            ("Customer Service Handbook", TitleLine::Subtitle),
            ("23 November 2026", TitleLine::Plain),
        ]);
        b.toc(match lang {
            Lang::Bn => "সূচিপত্র",
            Lang::Ur => "فہرست",
            _ => "Contents",
        });
        b.heading(1, "Policies", None);
        for id in ids {
            let file = format!("{id}.{}.md", lang.code());
            b.heading(2, &demo_title(&file), Some(&format!("policy-{id}")));
            b.paragraph(
                "Effective 1 December 2025 · Revision 2 · Approved by Samuel Cruz",
                true,
            );
            if *id == "privacy" {
                b.note("Translation pending: the English text follows.");
            }
            b.markdown(&demo(&file), 2);
        }
        let (before, between) = match lang {
            Lang::Bn => ("পৃষ্ঠা ", " / "),
            Lang::Ur => ("صفحہ ", " از "),
            _ => ("Page ", " of "),
        };
        b.footer_page_numbers(before, between, "");
        b.finish().expect("a document")
    }

    #[test]
    fn english_handbook_has_native_structures() {
        let parts = check::docx(
            "docx",
            &handbook(Lang::En, &["refunds", "escalation", "greeting"]),
        );
        let doc = &parts["word/document.xml"];
        // Lists with our own numbering ids (from 2), and the numbering part defines them.
        assert!(
            doc.contains(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>"#),
            "numbering"
        );
        assert!(!doc.contains(r#"<w:numId w:val="1"/>"#));
        let numbering = &parts["word/numbering.xml"];
        assert!(
            numbering.contains(r#"<w:num w:numId="2">"#)
                && numbering.contains(r#"<w:abstractNum w:abstractNumId="2""#)
        );
        assert!(
            numbering.contains(r#"<w:numFmt w:val="bullet"/>"#)
                && numbering.contains(r#"<w:numFmt w:val="decimal"/>"#)
        );
        // Tables with a repeated header row.
        assert!(doc.contains("<w:tblHeader/>"));
        assert!(doc.contains("<w:tblGrid>"));
        // External and internal hyperlinks; bookmarks for headings and policies.
        assert!(doc.contains(r#"<w:hyperlink r:id="rIdPbLink"#));
        assert!(parts["word/_rels/document.xml.rels"].contains(r#"TargetMode="External""#));
        assert!(doc.contains(r#"<w:hyperlink w:anchor="policy-greeting""#));
        assert!(doc.contains(r#"<w:hyperlink w:anchor="policy-escalation""#));
        assert!(doc.contains(r#"w:name="policy-refunds""#));
        assert!(doc.contains("<w:bookmarkStart"));
        // Footnotes, with separators and their numbers.
        assert!(doc.contains("<w:footnoteReference"));
        let notes = &parts["word/footnotes.xml"];
        assert!(notes.contains(r#"w:type="separator""#) && notes.contains("<w:footnoteRef/>"));
        assert!(notes.contains("Consumer Rights Act 2015"));
        // Headings with outline levels; the table of contents.
        let styles = &parts["word/styles.xml"];
        assert!(styles.contains(
            r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>"#
        ));
        assert!(styles.contains(r#"<w:outlineLvl w:val="0"/>"#));
        assert_eq!(styles.matches(r#"w:styleId="Normal""#).count(), 1);
        // Style paragraph properties hold no run properties (the schema's CT_PPrGeneral).
        assert!(!styles.contains("<w:rPr><w:lang w:val=\"en-US\"/></w:rPr></w:pPr>"));
        assert!(!numbering.contains("</w:rPr></w:pPr>"));
        assert!(!doc.contains(r#"<w:gridCol w:w="4819" w:type"#));
        assert!(styles.contains(r#"w:cs="Noto Sans""#));
        assert!(doc.contains(r#"<w:docPartGallery w:val="Table of Contents"/>"#));
        assert!(doc.contains("TOC \\o &quot;1-3&quot;"));
        assert!(doc.contains(r#"<w:hyperlink w:anchor="_Toc000000001""#));
        assert!(parts["word/settings.xml"].contains(r#"<w:updateFields w:val="true"/>"#));
        // Formatting: bold, strike, monospace code.
        assert!(doc.contains("<w:b/>") && doc.contains("<w:strike/>"));
        assert!(doc.contains(r#"<w:rStyle w:val="VerbatimChar"/>"#));
        assert!(styles.contains(r#"w:ascii="Noto Sans Mono""#));
        assert!(doc.contains(r#"<w:rStyle w:val="Hyperlink"/>"#));
        // Page numbers.
        let footer = parts
            .iter()
            .find(|(k, _)| k.starts_with("word/footer"))
            .map(|(_, v)| v)
            .expect("a footer");
        assert!(footer.contains("PAGE") && footer.contains("NUMPAGES"));
        // Properties.
        let core = &parts["docProps/core.xml"];
        assert!(core.contains("<dc:title>Riverbend Retail — Customer Service Handbook</dc:title>"));
        assert!(
            core.contains("<dc:creator>Policybook test</dc:creator>")
                && core.contains("<dc:language>en-US</dc:language>")
        );
        // English runs are not right to left.
        assert!(!doc.contains("<w:rtl/>") && !doc.contains("<w:bidi/>"));
        assert!(doc.contains(r#"<w:lang w:val="en-US"/>"#));
    }

    #[test]
    fn urdu_is_right_to_left_with_latin_runs_left_to_right() {
        let parts = check::docx("docx", &handbook(Lang::Ur, &["refunds"]));
        let doc = &parts["word/document.xml"];
        assert!(doc.contains("<w:bidi/>"));
        assert!(doc.contains("<w:rtl/>"));
        assert!(doc.contains(r#"<w:lang w:val="en-US" w:bidi="ur-PK"/>"#));
        assert!(doc.contains("<w:bidiVisual/>"));
        assert!(!doc.contains(ooxml::RTL_SENTINEL));
        // "Riverbend Retail" is a run of its own, not right to left.
        let latin = doc.find(">Riverbend Retail<").expect("a Latin run");
        let run_start = doc[..latin].rfind("<w:r>").expect("its run");
        let rpr = &doc[run_start..latin];
        assert!(!rpr.contains("<w:rtl/>"), "{rpr}");
        assert!(rpr.contains(r#"w:bidi="ur-PK""#), "{rpr}");
        // An Urdu run is.
        let urdu = doc.find(">یہ پالیسی").expect("an Urdu run");
        let run_start = doc[..urdu].rfind("<w:r>").expect("its run");
        assert!(doc[run_start..urdu].contains("<w:rtl/>"));
        // rtl and lang come late in w:rPr, after everything else they follow in the schema.
        assert!(
            !doc.contains("<w:rtl/><w:b/>")
                && !doc.contains("<w:lang w:val=\"en-US\" w:bidi=\"ur-PK\"/><w:rtl/>")
        );
        let styles = &parts["word/styles.xml"];
        assert!(styles.contains(r#"w:cs="Noto Nastaliq Urdu""#));
        assert!(styles.contains(r#"<w:szCs w:val="22"/>"#));
        assert!(parts["docProps/core.xml"].contains("<dc:language>ur-PK</dc:language>"));
        // No explicit right alignment: LibreOffice would then align left.
        assert!(!doc.contains(r#"<w:jc w:val="right"/>"#));
        let sect = &doc[doc.rfind("<w:sectPr").expect("a section")..];
        assert!(sect.contains("<w:bidi/>"));
    }

    #[test]
    fn bengali_uses_the_bengali_font_and_language() {
        let parts = check::docx("docx", &handbook(Lang::Bn, &["refunds", "complaints"]));
        let doc = &parts["word/document.xml"];
        assert!(doc.contains(r#"<w:lang w:val="en-US" w:bidi="bn-BD"/>"#));
        assert!(!doc.contains("<w:rtl/>") && !doc.contains("<w:bidi/>"));
        assert!(parts["word/styles.xml"].contains(r#"w:cs="Noto Sans Bengali""#));
        assert!(doc.contains("গ্রাহক"));
    }

    #[test]
    fn text_in_another_language_keeps_its_direction() {
        let md = "1. Greet the customer.\n\n| Step | Time |\n|---|---|\n| Refund | 30 days |\n\n> Smile.\n";
        let mut b = DocBuilder::new(Lang::Ur);
        b.toc("فہرست");
        b.in_lang(Lang::En, |d| d.heading(2, "Greeting", None));
        b.markdown_in(Lang::En, md, 2);
        b.markdown("| مرحلہ | مدت |\n|---|---|\n| واپسی | تیس دن |\n", 2);
        let parts = check::docx("docx", &b.finish().expect("a document"));
        let doc = &parts["word/document.xml"];
        // Styles carry no direction: an English paragraph is left to right whatever its style.
        assert!(!parts["word/styles.xml"].contains("<w:bidi/>"));
        for text in [">Greet the customer.", ">30 days", ">Smile.", ">Greeting<"] {
            let at = doc.find(text).expect(text);
            let start = doc[..at].rfind("<w:p>").max(doc[..at].rfind("<w:p "));
            let p = &doc[start.expect("a paragraph")..at];
            assert!(!p.contains("<w:bidi/>"), "{text}: {p}");
            assert!(
                p.contains(r#"<w:lang w:val="en-US"/></w:rPr><w:t"#),
                "{text}: {p}"
            );
        }
        // Only the Urdu table is mirrored.
        assert_eq!(doc.matches("<w:bidiVisual/>").count(), 1);
        let urdu = doc.find("تیس دن").expect("Urdu");
        assert!(
            doc[doc[..urdu].rfind("<w:tbl>").expect("a table")..urdu].contains("<w:bidiVisual/>")
        );
        assert!(!doc.contains("pbLang"));
        // And Urdu inside a Bengali document: right to left, Urdu, in the Urdu font.
        let mut b = DocBuilder::new(Lang::Bn);
        b.markdown_in(Lang::Ur, "1. رسید دیکھیں۔\n", 0);
        let doc = &check::docx("docx", &b.finish().expect("a document"))["word/document.xml"];
        assert!(doc.contains("<w:bidi/>") && doc.contains("<w:rtl/>"));
        assert!(
            doc.contains(r#"<w:rFonts w:cs="Noto Nastaliq Urdu"/>"#),
            "{doc}"
        );
        assert!(doc.contains(r#"<w:lang w:val="en-US" w:bidi="ur-PK"/>"#));
        assert!(!doc.contains("bn-BD\"/></w:rPr><w:t"));
    }

    #[test]
    fn rtl_split_keeps_latin_phrases_together() {
        let s = "برطانیہ میں Consumer Rights Act 2015 (صارفین) کوڈ RFD-01 یا";
        let pieces = rtl_split(s);
        let latin: Vec<&str> = pieces.iter().filter(|p| !p.1).map(|p| p.0).collect();
        assert_eq!(latin, vec!["Consumer Rights Act 2015", "RFD-01"]);
        assert_eq!(pieces.iter().map(|p| p.0).collect::<String>(), s);
        assert_eq!(rtl_split(""), Vec::<(&str, bool)>::new());
        assert_eq!(rtl_split("30 دن"), vec![("30", false), (" دن", true)]);
        assert_eq!(
            rtl_split("زیادہ £50 تک"),
            vec![("زیادہ ", true), ("£50", false), (" تک", true)]
        );
        assert_eq!(
            rtl_split("کل 1,000.50 اور 3–5"),
            vec![
                ("کل ", true),
                ("1,000.50", false),
                (" اور ", true),
                ("3", false),
                ("–", true),
                ("5", false)
            ]
        );
        // A line without Urdu letters is one left-to-right run.
        assert_eq!(
            rtl_split("23 November 2026"),
            vec![("23 November 2026", false)]
        );
    }

    #[test]
    fn bookmark_names_are_words_names() {
        assert_eq!(bookmark_name("policy-refunds"), "policy-refunds");
        assert_eq!(policy_bookmark("refunds"), "policy-refunds");
        let long = bookmark_name(&format!("policy-{}", "x".repeat(60)));
        assert!(long.len() <= 40);
        assert_ne!(bookmark_name("a b"), bookmark_name("a_b"));
        assert!(bookmark_name("9x").starts_with('b'));
        assert!(bookmark_name("policy-ধ").is_ascii());
    }

    #[test]
    fn hostile_input_gives_a_well_formed_document() {
        let mut md = String::new();
        md.push_str(
            "<script>alert('x & y')</script>\n\n<div onclick=\"x\">raw <b>html</b></div>\n\n",
        );
        md.push_str("Controls: a\u{0}b\u{1}c\u{7}d\u{b}e\u{c}f\u{1b}g\u{7f}h\u{85}i\u{fffe}j\u{ffff}k \"quotes\" 'apos' <>&\n\n");
        md.push_str("[evil](javascript:alert(1)) [amp](https://example.com/?a=1&b=<2>\"3\") ![x](</etc/passwd>) [^nope]\n\n");
        md.push_str(&format!("{}deep quote\n\n", "> ".repeat(1000)));
        md.push_str(&format!("{}deep list\n\n", "- ".repeat(1000)));
        md.push_str("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| only |\n\n");
        md.push_str("Emoji 👩🏽‍💻, RTL \u{202E}override\u{202C}, ZWJ র\u{200D}্য, NUL-free.\n");
        let mut b = DocBuilder::new(Lang::Ur);
        b.properties("A <title> & \"more\"\u{1}", "Eve <eve@example.com>");
        b.toc("Contents & <more>");
        b.heading(1, "Heading <1> & \u{2}", Some("policy-<bad> id & more"));
        b.paragraph("line one\nline two\ttabbed\u{0}", false);
        b.note("<note>");
        b.markdown(&md, 1);
        b.footer_page_numbers("<", "&", ">");
        let parts = check::docx("docx", &b.finish().expect("a document"));
        let doc = &parts["word/document.xml"];
        assert!(doc.contains("alert(&apos;x &amp; y&apos;)"));
        assert!(doc.contains("deep quote") && doc.contains("deep list"));
        assert!(!doc.contains("javascript:"));
        assert!(parts["docProps/core.xml"].contains("A &lt;title&gt; &amp; &quot;more&quot;"));
    }

    #[test]
    fn a_ten_thousand_row_table_is_quick() {
        let mut md = String::from("| Code | Meaning | Amount |\n|---|---|--:|\n");
        for i in 0..10_000 {
            md.push_str(&format!("| RFD-{i:05} | Refund **{i}** | £{i}.00 |\n"));
        }
        let t = std::time::Instant::now();
        let mut b = DocBuilder::new(Lang::En);
        b.markdown(&md, 0);
        let bytes = b.finish().expect("a document");
        let took = t.elapsed();
        let parts = check::docx("docx", &bytes);
        assert_eq!(parts["word/document.xml"].matches("<w:tr>").count(), 10_001);
        assert!(took.as_secs_f64() < 20.0, "took {took:?}");
        eprintln!("10,000-row table: {took:?}, {} bytes", bytes.len());
    }

    #[test]
    fn lists_restart_and_nest() {
        let mut b = DocBuilder::new(Lang::En);
        b.markdown(
            "1. a\n2. b\n   - inner\n\ntext\n\n5. five\n6. six\n\n- x\n- y\n",
            0,
        );
        let parts = check::docx("docx", &b.finish().expect("a document"));
        let doc = &parts["word/document.xml"];
        let numbering = &parts["word/numbering.xml"];
        // Two ordered lists, two bullet lists: four nums, ids 2..=5.
        for id in 2..=5 {
            assert!(
                numbering.contains(&format!(r#"<w:num w:numId="{id}">"#)),
                "num {id}"
            );
        }
        assert!(numbering.contains(r#"<w:start w:val="5"/>"#));
        assert!(doc.contains(r#"<w:ilvl w:val="1"/>"#));
    }

    #[test]
    fn only_the_handbooks_pictures_are_embedded_never_a_file_on_disk() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let dot = crate::images::tests::DOT;
        // The same picture as a file: named by path, it is never read.
        let file = dir.path().join("dot.png");
        std::fs::write(&file, dot).expect("write");
        let h = crate::images::hash(&dot);
        let mut b = DocBuilder::new(Lang::En);
        b.images(HashMap::from([(h.clone(), dot.to_vec())]));
        b.markdown(
            &format!(
                "![A dot](image:{h}) ![On disk]({}) ![Remote](https://tracker.example/p.png) ![Unknown](image:{})\n",
                file.display(),
                "0".repeat(64)
            ),
            0,
        );
        let bytes = b.finish().expect("a document");
        let parts = check::docx("docx", &bytes);
        let doc = &parts["word/document.xml"];
        assert_eq!(doc.matches("<w:drawing>").count(), 1, "{doc}");
        assert!(doc.contains("On disk") && doc.contains("Remote") && doc.contains("Unknown"));
        assert!(!doc.contains("A dot<"));
        let zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("zip");
        let media: Vec<&str> = zip
            .file_names()
            .filter(|n| n.starts_with("word/media/") && !n.ends_with('/'))
            .collect();
        assert_eq!(media.len(), 1, "{media:?}");
    }

    /// Writes handbooks to /tmp/pb-export for looking at (LibreOffice, pandoc):
    /// `cargo test -p policybook-core export::docx::tests::write_demo_handbooks -- --ignored`.
    #[test]
    #[ignore]
    fn write_demo_handbooks() {
        let out = Path::new("/tmp/pb-export");
        std::fs::create_dir_all(out).expect("mkdir");
        for (lang, ids) in [
            (
                Lang::En,
                &[
                    "greeting",
                    "refunds",
                    "complaints",
                    "escalation",
                    "privacy",
                    "payments",
                ][..],
            ),
            (
                Lang::Bn,
                &["greeting", "refunds", "complaints", "escalation", "privacy"][..],
            ),
            (
                Lang::Ur,
                &["greeting", "refunds", "complaints", "escalation", "privacy"][..],
            ),
        ] {
            let bytes = handbook(lang, ids);
            std::fs::write(out.join(format!("handbook-{}.docx", lang.code())), bytes)
                .expect("write");
        }
        // Pictures, when the machine has some to show (Debian's documentation ships a few).
        let mut b = DocBuilder::new(Lang::En);
        b.heading(1, "Pictures", None);
        b.markdown(
            "A PNG:\n\n![Dependencies](/usr/share/doc/python3-pip/html/topics/deps.png)\n\nA JPEG: ![Stripe](file:///usr/share/doc/nodejs/thin-white-stripe.jpg) and a missing one: ![Store map](/no/such/map.png).\n",
            1,
        );
        std::fs::write(out.join("images-en.docx"), b.finish().expect("a document")).expect("write");
    }
}
