//! WordprocessingML to blocks of CommonMark: styles resolved through their `basedOn` chains and
//! outline levels, numbering as Word counts it, runs to emphasis, links, footnotes and tables.

use super::xml::{El, Node};
use super::Counts;
use std::collections::HashMap;

/// Marks the start and end of a placeholder in converted text (footnote references and
/// internal links are resolved once the document is cut into policies). Private-use
/// characters: removed from the document's own text first.
pub const MARK_OPEN: char = '\u{F8F0}';
/// See [`MARK_OPEN`].
pub const MARK_CLOSE: char = '\u{F8F1}';

/// What a paragraph is, from its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Body text.
    Normal,
    /// A heading of that level (1–9).
    Heading(u8),
    /// The document's title (a title page).
    Title,
    /// A subtitle or a title-page line.
    Subtitle,
    /// A block quote.
    Quote,
    /// Preformatted code.
    Code,
    /// A line of a table of contents.
    Toc,
    /// A line Policybook's export writes about a policy (its approval, a pending translation).
    Meta,
}

/// A list paragraph: which list and how deep, ordered or not, and its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRef {
    /// The list instance (`w:numId`).
    pub num_id: String,
    /// The depth (0 = top).
    pub level: u8,
    /// Numbered (not bulleted).
    pub ordered: bool,
    /// Its number, as Word counts it.
    pub number: u32,
}

/// A block of the document.
#[derive(Debug, Clone)]
pub enum Block {
    /// A paragraph, its text already Markdown.
    Para {
        /// What it is.
        kind: Kind,
        /// Its Markdown (inline).
        md: String,
        /// Its plain text.
        plain: String,
        /// The list it belongs to.
        list: Option<ListRef>,
        /// Bookmarks that start in it.
        bookmarks: Vec<String>,
        /// What was lost or dropped in it.
        counts: Counts,
    },
    /// A table: rows of cells (Markdown), the first the header.
    Table {
        /// The cells.
        rows: Vec<Vec<String>>,
        /// What was lost or dropped in it (merged cells among them).
        counts: Counts,
    },
    /// A horizontal rule (an empty paragraph with a bottom border).
    Rule,
}

impl Block {
    /// What was lost or dropped in it.
    pub fn counts(&self) -> Counts {
        match self {
            Block::Para { counts, .. } | Block::Table { counts, .. } => *counts,
            Block::Rule => Counts::default(),
        }
    }
}

#[derive(Debug, Default, Clone)]
struct StyleDef {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num: Option<(String, u8)>,
    bold: Option<bool>,
    italic: Option<bool>,
    strike: Option<bool>,
    underline: Option<bool>,
    mono: bool,
}

/// The document's styles.
#[derive(Debug, Default)]
pub struct Styles {
    defs: HashMap<String, StyleDef>,
    default_para: Option<String>,
}

fn is_mono_font(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        "courier",
        "consolas",
        "mono",
        "menlo",
        "monaco",
        "lucida console",
    ]
    .iter()
    .any(|m| n.contains(m))
}

/// A heading level from a style name or id in any of the languages Word and LibreOffice name
/// them in (`heading 1`, `Heading1`, `Überschrift 1`, `berschrift1`, `Titre 1`, `Título 1`…).
fn heading_from_name(name: &str) -> Option<u8> {
    let n: String = name
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .collect();
    let digits: String = n.chars().rev().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 1 {
        return None;
    }
    let stem = &n[..n.len() - digits.len()];
    const STEMS: [&str; 14] = [
        "heading",
        "überschrift",
        "berschrift",
        "titre",
        "título",
        "titulo",
        "titolo",
        "kop",
        "rubrik",
        "nagłówek",
        "otsikko",
        "overskrift",
        "заголовок",
        "标题",
    ];
    if STEMS.contains(&stem) {
        let level: u8 = digits.parse().ok()?;
        (1..=9).contains(&level).then_some(level)
    } else {
        None
    }
}

impl Styles {
    /// Reads `styles.xml`.
    pub fn read(root: Option<&El>) -> Styles {
        let mut s = Styles::default();
        let Some(root) = root else {
            return s;
        };
        for st in root.els().filter(|e| e.name == "style") {
            let Some(id) = st.attr("styleId") else {
                continue;
            };
            let ppr = st.child("pPr");
            let rpr = st.child("rPr");
            let def = StyleDef {
                name: st
                    .child("name")
                    .and_then(El::val)
                    .unwrap_or(id)
                    .to_lowercase(),
                based_on: st.child("basedOn").and_then(El::val).map(str::to_string),
                outline: ppr
                    .and_then(|p| p.child("outlineLvl"))
                    .and_then(El::val)
                    .and_then(|v| v.parse().ok()),
                num: ppr.and_then(|p| p.child("numPr")).and_then(|n| {
                    let id = n.child("numId").and_then(El::val)?.to_string();
                    let lvl = n
                        .child("ilvl")
                        .and_then(El::val)
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    Some((id, lvl))
                }),
                bold: rpr.and_then(|r| r.on("b")),
                italic: rpr.and_then(|r| r.on("i")),
                strike: rpr.and_then(|r| r.on("strike").or_else(|| r.on("dstrike"))),
                underline: rpr
                    .and_then(|r| r.child("u"))
                    .map(|u| u.val() != Some("none")),
                mono: rpr
                    .and_then(|r| r.child("rFonts"))
                    .and_then(|f| f.attr("ascii"))
                    .is_some_and(is_mono_font),
            };
            if st.attr("type") == Some("paragraph")
                && matches!(st.attr("default"), Some("1" | "true"))
            {
                s.default_para = Some(id.to_string());
            }
            s.defs.insert(id.to_string(), def);
        }
        s
    }

    /// The chain of a style and those it is based on (at most 20, cycles cut).
    fn chain(&self, id: &str) -> Vec<(&str, &StyleDef)> {
        let mut out: Vec<(&str, &StyleDef)> = Vec::new();
        let mut at = Some(id.to_string());
        while let Some(cur) = at {
            if out.len() >= 20 || out.iter().any(|(i, _)| *i == cur) {
                break;
            }
            let Some((k, def)) = self.defs.get_key_value(&cur) else {
                break;
            };
            out.push((k.as_str(), def));
            at = def.based_on.clone();
        }
        out
    }

    /// What a paragraph of this style is (ignoring its own outline level).
    pub fn kind(&self, id: Option<&str>) -> Kind {
        let Some(id) = id.or(self.default_para.as_deref()) else {
            return Kind::Normal;
        };
        for (sid, def) in self.chain(id) {
            match def.outline {
                Some(l @ 0..=8) => return Kind::Heading(l + 1),
                Some(_) => {}
                None => {}
            }
            if let Some(l) = heading_from_name(&def.name).or_else(|| heading_from_name(sid)) {
                return Kind::Heading(l);
            }
            let name = def.name.replace([' ', '_', '-'], "");
            let sid_l = sid.to_lowercase();
            let is =
                |names: &[&str]| names.contains(&name.as_str()) || names.contains(&sid_l.as_str());
            if is(&["title", "titel", "titre", "título"]) {
                return Kind::Title;
            }
            if is(&["subtitle", "untertitel", "soustitre", "titleinfo"]) {
                return Kind::Subtitle;
            }
            if is(&["policymeta"]) {
                return Kind::Meta;
            }
            if is(&[
                "quote",
                "intensequote",
                "blocktext",
                "quotations",
                "zitat",
                "citation",
                "citazione",
                "cita",
            ]) {
                return Kind::Quote;
            }
            if is(&[
                "sourcecode",
                "code",
                "preformattedtext",
                "htmlpreformatted",
                "plaintext",
                "macrotext",
            ]) {
                return Kind::Code;
            }
            if name.starts_with("toc") || name.starts_with("contents") {
                return Kind::Toc;
            }
        }
        Kind::Normal
    }

    /// The list a style puts its paragraphs in.
    fn num(&self, id: &str) -> Option<(String, u8)> {
        self.chain(id).into_iter().find_map(|(_, d)| d.num.clone())
    }

    /// The character formatting a (character) style gives: bold, italic, strike, underline, code.
    fn run_format(&self, id: &str) -> Fmt {
        // pandoc's and Policybook's inline code, even where the style is not defined.
        let mut f = Fmt {
            code: id.eq_ignore_ascii_case("VerbatimChar"),
            ..Fmt::default()
        };
        let (mut b, mut i, mut s, mut u) = (None, None, None, None);
        for (sid, d) in self.chain(id) {
            b = b.or(d.bold);
            i = i.or(d.italic);
            s = s.or(d.strike);
            u = u.or(d.underline);
            let n = d.name.replace(' ', "");
            if d.mono
                || [
                    "verbatimchar",
                    "sourcetext",
                    "code",
                    "htmlcode",
                    "inlinecode",
                ]
                .contains(&n.as_str())
                || sid.eq_ignore_ascii_case("VerbatimChar")
            {
                f.code = true;
            }
            if n == "strong" || n == "strongemphasis" {
                b = b.or(Some(true));
            }
            if n == "emphasis" {
                i = i.or(Some(true));
            }
        }
        // A style's underline is a link's look (Hyperlink, Internet Link), not emphasis.
        let _ = u;
        f.bold = b.unwrap_or(false);
        f.italic = i.unwrap_or(false);
        f.strike = s.unwrap_or(false);
        f
    }
}

#[derive(Debug, Clone)]
struct Level {
    ordered: bool,
    /// Numbers nothing (`w:numFmt="none"`, as LibreOffice's outline numbering): not a list.
    none: bool,
    start: u32,
}

/// The document's numbering: list instances, their levels, and the counters as Word keeps them.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, HashMap<u8, u32>)>,
    /// Counters per abstract numbering: per level, the last number given.
    counters: HashMap<String, Vec<u32>>,
    /// The nums whose overrides have been applied (they restart once, at first use).
    started: std::collections::HashSet<String>,
}

impl Numbering {
    /// Reads `numbering.xml`.
    pub fn read(root: Option<&El>) -> Numbering {
        let mut n = Numbering::default();
        let Some(root) = root else {
            return n;
        };
        for a in root.els().filter(|e| e.name == "abstractNum") {
            let Some(id) = a.attr("abstractNumId") else {
                continue;
            };
            let mut levels = vec![
                Level {
                    ordered: false,
                    none: false,
                    start: 1
                };
                9
            ];
            for l in a.els().filter(|e| e.name == "lvl") {
                let Some(i) = l.attr("ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if i >= 9 {
                    continue;
                }
                let fmt = l.child("numFmt").and_then(El::val).unwrap_or("decimal");
                levels[i] = Level {
                    ordered: !matches!(fmt, "bullet" | "none"),
                    none: fmt == "none",
                    start: l
                        .child("start")
                        .and_then(El::val)
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1),
                };
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in root.els().filter(|e| e.name == "num") {
            let (Some(id), Some(abs)) = (
                num.attr("numId"),
                num.child("abstractNumId").and_then(El::val),
            ) else {
                continue;
            };
            let mut over = HashMap::new();
            for o in num.els().filter(|e| e.name == "lvlOverride") {
                let lvl: Option<u8> = o.attr("ilvl").and_then(|v| v.parse().ok());
                let start = o
                    .child("startOverride")
                    .and_then(El::val)
                    .and_then(|v| v.parse().ok())
                    .or_else(|| {
                        o.path(&["lvl", "start"])
                            .and_then(El::val)
                            .and_then(|v| v.parse().ok())
                    });
                if let (Some(l), Some(s)) = (lvl, start) {
                    over.insert(l, s);
                }
            }
            n.nums.insert(id.to_string(), (abs.to_string(), over));
        }
        n
    }

    /// The next item of list `num_id` at `level`: whether it is numbered, and its number.
    /// None when the list does not exist or numbers nothing (`numId` 0 removes a style's list).
    fn next(&mut self, num_id: &str, level: u8) -> Option<(bool, u32)> {
        let (abs, over) = self.nums.get(num_id)?.clone();
        let levels = self.abstracts.get(&abs)?.clone();
        let level = usize::from(level.min(8));
        let counters = self
            .counters
            .entry(abs.clone())
            .or_insert_with(|| vec![0; 9]);
        if self.started.insert(num_id.to_string()) && !over.is_empty() {
            for (l, s) in &over {
                let l = usize::from(*l).min(8);
                counters[l] = s.saturating_sub(1);
                for c in counters.iter_mut().skip(l + 1) {
                    *c = 0;
                }
            }
        }
        let lv = &levels[level];
        if lv.none {
            return None;
        }
        let n = if counters[level] == 0 {
            over.get(&(level as u8)).copied().unwrap_or(lv.start)
        } else {
            counters[level] + 1
        };
        counters[level] = n;
        for c in counters.iter_mut().skip(level + 1) {
            *c = 0;
        }
        Some((lv.ordered, n))
    }
}

/// Character formatting that Markdown can say.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Fmt {
    bold: bool,
    italic: bool,
    strike: bool,
    code: bool,
}

/// A piece of a paragraph.
#[derive(Debug, Clone)]
enum Piece {
    Text(String, Fmt, Option<String>),
    Break,
    /// An already-Markdown token (a footnote reference placeholder).
    Token(String, Option<String>),
}

/// What reading the document needs besides the body.
pub struct Context<'a> {
    /// The styles.
    pub styles: &'a Styles,
    /// The numbering and its counters.
    pub numbering: &'a mut Numbering,
    /// The body's relationships: hyperlinks and images.
    pub rels: &'a HashMap<String, super::package::Rel>,
    /// The pictures kept: relationship id → stored picture's address (`image:<hash>`).
    pub pictures: &'a HashMap<String, String>,
    /// Accept tracked changes (else they are counted, and the import refused).
    pub accept_changes: bool,
    /// Tracked changes found: how many, and the heading (or paragraph number) of the first.
    pub changes: (usize, Option<String>),
    /// The last heading's text (where a change is reported).
    pub last_heading: Option<String>,
    /// Paragraphs read so far.
    pub paragraphs: usize,
    /// Whether Policybook wrote the document (its own meta lines and notes are dropped).
    pub from_policybook: bool,
    /// Reading a table's first row (its bold is the header's look, not emphasis).
    pub header_row: bool,
}

/// The text of a run, with formatting and link.
struct Para<'c> {
    pieces: Vec<Piece>,
    bookmarks: Vec<String>,
    counts: Counts,
    /// A complex field being read: its instruction, and whether its result is being read.
    field: Vec<(String, bool)>,
    para_fmt: Fmt,
    cx_link: Option<String>,
    _p: std::marker::PhantomData<&'c ()>,
}

impl Context<'_> {
    /// A kept picture as Markdown (`![description](image:<hash>)`), for a drawing (DrawingML's
    /// `a:blip r:embed`) or a VML picture (`v:imagedata r:id`).
    fn picture(&self, el: &El) -> Option<String> {
        let mut found = Vec::new();
        el.descendants("blip", &mut found);
        let mut id = found.iter().find_map(|b| b.attr("r:embed"));
        if id.is_none() {
            found.clear();
            el.descendants("imagedata", &mut found);
            id = found.iter().find_map(|b| b.attr("r:id"));
        }
        let url = self.pictures.get(id?)?;
        found.clear();
        el.descendants("docPr", &mut found);
        let alt = found
            .first()
            .and_then(|p| {
                p.attr("descr")
                    .filter(|d| !d.trim().is_empty())
                    .or(p.attr("title"))
            })
            .unwrap_or("");
        let alt: String = alt
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .flat_map(|c| {
                let esc = matches!(c, '[' | ']' | '\\' | '*' | '_' | '`' | '<' | '!');
                esc.then_some('\\').into_iter().chain(std::iter::once(c))
            })
            .collect();
        Some(format!("![{alt}]({url})"))
    }

    fn change(&mut self) {
        self.changes.0 += 1;
        if self.changes.1.is_none() {
            self.changes.1 = Some(match &self.last_heading {
                Some(h) => format!("“{h}”"),
                None => format!("paragraph {}", self.paragraphs + 1),
            });
        }
    }

    /// The blocks of a body (`w:body`, a cell, a footnote).
    pub fn blocks(&mut self, parent: &El, out: &mut Vec<Block>) {
        for el in parent.els() {
            match el.name.as_str() {
                "p" => self.paragraph(el, out),
                "tbl" => {
                    let t = self.table(el);
                    out.push(t);
                }
                "sdt" => {
                    let gallery = el
                        .path(&["sdtPr", "docPartObj", "docPartGallery"])
                        .and_then(El::val)
                        .unwrap_or("");
                    if gallery.eq_ignore_ascii_case("Table of Contents") {
                        continue;
                    }
                    if let Some(c) = el.child("sdtContent") {
                        self.blocks(c, out);
                    }
                }
                "customXml" | "ins" | "moveTo" => {
                    if el.name != "customXml" {
                        self.change();
                    }
                    self.blocks(el, out);
                }
                "del" | "moveFrom" => self.change(),
                "altChunk" => out.push(Block::Para {
                    kind: Kind::Normal,
                    md: String::new(),
                    plain: String::new(),
                    list: None,
                    bookmarks: Vec::new(),
                    counts: Counts {
                        unsupported: 1,
                        ..Counts::default()
                    },
                }),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: &El, out: &mut Vec<Block>) {
        let ppr = p.child("pPr");
        let style = ppr.and_then(|x| x.child("pStyle")).and_then(El::val);
        let mut kind = self.styles.kind(style);
        if let Some(l) = ppr
            .and_then(|x| x.child("outlineLvl"))
            .and_then(El::val)
            .and_then(|v| v.parse::<u8>().ok())
        {
            kind = if l <= 8 {
                Kind::Heading(l + 1)
            } else if matches!(kind, Kind::Heading(_)) {
                Kind::Normal
            } else {
                kind
            };
        }
        if let Some(rpr) = ppr.and_then(|x| x.child("rPr")) {
            // A paragraph mark inserted or deleted is part of a change already counted by its
            // runs, unless the paragraph is otherwise empty.
            let marked = rpr.child("ins").is_some() || rpr.child("del").is_some();
            if marked && p.els().all(|e| e.name == "pPr") {
                self.change();
            }
        }
        if ppr.and_then(|x| x.child("pPrChange")).is_some() {
            self.change();
        }
        // A list from the paragraph, else from its style.
        let num = ppr.and_then(|x| x.child("numPr")).and_then(|n| {
            let id = n.child("numId").and_then(El::val).map(str::to_string);
            let lvl = n
                .child("ilvl")
                .and_then(El::val)
                .and_then(|v| v.parse().ok());
            match (id, lvl) {
                (Some(id), l) => Some((id, l.unwrap_or(0))),
                (None, Some(l)) => style
                    .and_then(|s| self.styles.num(s))
                    .map(|(id, _)| (id, l)),
                (None, None) => None,
            }
        });
        let num = num.or_else(|| style.and_then(|s| self.styles.num(s)));
        let bordered = ppr
            .and_then(|x| x.path(&["pBdr", "bottom"]))
            .is_some_and(|b| b.val() != Some("none") && b.val() != Some("nil"));

        let mut para = Para {
            pieces: Vec::new(),
            bookmarks: Vec::new(),
            counts: Counts::default(),
            field: Vec::new(),
            para_fmt: Fmt::default(),
            cx_link: None,
            _p: std::marker::PhantomData,
        };
        self.inline(p, &mut para);
        self.paragraphs += 1;
        let code = kind == Kind::Code;
        let md = render(
            &para.pieces,
            code,
            matches!(kind, Kind::Heading(_)) || self.header_row,
        );
        let plain = plain_of(&para.pieces);
        if plain.trim().is_empty() && md.trim().is_empty() {
            if bordered && kind == Kind::Normal {
                out.push(Block::Rule);
            } else if para.counts != Counts::default() || !para.bookmarks.is_empty() {
                out.push(Block::Para {
                    kind: Kind::Normal,
                    md: String::new(),
                    plain: String::new(),
                    list: None,
                    bookmarks: para.bookmarks,
                    counts: para.counts,
                });
            }
            return;
        }
        if let Kind::Heading(_) = kind {
            self.last_heading = Some(plain.trim().to_string());
        }
        if self.from_policybook && kind == Kind::Normal && style == Some("Note") {
            kind = Kind::Meta;
        }
        let list = match (kind, num) {
            (Kind::Normal | Kind::Quote, Some((id, lvl))) => {
                self.numbering
                    .next(&id, lvl)
                    .map(|(ordered, number)| ListRef {
                        num_id: id,
                        level: lvl.min(8),
                        ordered,
                        number,
                    })
            }
            _ => None,
        };
        out.push(Block::Para {
            kind,
            md,
            plain,
            list,
            bookmarks: para.bookmarks,
            counts: para.counts,
        });
    }

    /// Runs, links, fields and changes inside a paragraph (or a hyperlink, a change…).
    fn inline(&mut self, parent: &El, para: &mut Para<'_>) {
        for el in parent.els() {
            match el.name.as_str() {
                "r" => self.run(el, para),
                "hyperlink" => {
                    let target = if let Some(id) = el.attr("r:id") {
                        self.rels
                            .get(id)
                            .filter(|r| r.external)
                            .map(|r| r.target.clone())
                            .map(|t| match el.attr("anchor") {
                                Some(a) if !t.contains('#') => format!("{t}#{a}"),
                                _ => t,
                            })
                    } else {
                        el.attr("anchor")
                            .map(|a| format!("{MARK_OPEN}anchor:{a}{MARK_CLOSE}"))
                    };
                    let outer = std::mem::replace(&mut para.cx_link, target);
                    self.inline(el, para);
                    para.cx_link = outer;
                }
                "ins" | "moveTo" => {
                    self.change();
                    self.inline(el, para);
                }
                "del" | "moveFrom" => {
                    self.change();
                }
                "smartTag" | "customXml" | "dir" | "bdo" => self.inline(el, para),
                "sdt" => {
                    if let Some(c) = el.child("sdtContent") {
                        self.inline(c, para);
                    }
                }
                "fldSimple" => {
                    let instr = el.attr("instr").unwrap_or("").to_string();
                    let link = field_link(&instr);
                    let outer = match link {
                        Some(l) => para.cx_link.replace(l),
                        None => para.cx_link.clone(),
                    };
                    self.inline(el, para);
                    para.cx_link = outer;
                }
                "bookmarkStart" => {
                    if let Some(n) = el.attr("name") {
                        para.bookmarks.push(n.to_string());
                    }
                }
                "commentRangeStart" => para.counts.comments += 1,
                "oMath" | "oMathPara" => {
                    para.counts.unsupported += 1;
                    para.pieces
                        .push(Piece::Text(el.text(), para.para_fmt, para.cx_link.clone()));
                }
                _ => {}
            }
        }
    }

    fn run(&mut self, r: &El, para: &mut Para<'_>) {
        let rpr = r.child("rPr");
        if rpr.and_then(|x| x.child("rPrChange")).is_some() {
            self.change();
        }
        if rpr.and_then(|x| x.on("vanish")).unwrap_or(false) {
            return;
        }
        let mut fmt = rpr
            .and_then(|x| x.child("rStyle"))
            .and_then(El::val)
            .map(|s| self.styles.run_format(s))
            .unwrap_or_default();
        if let Some(rpr) = rpr {
            if let Some(b) = rpr.on("b").or_else(|| rpr.on("bCs")) {
                fmt.bold = b;
            }
            if let Some(i) = rpr.on("i").or_else(|| rpr.on("iCs")) {
                fmt.italic = i;
            }
            if let Some(s) = rpr.on("strike").or_else(|| rpr.on("dstrike")) {
                fmt.strike = s;
            }
            if para.cx_link.is_none() && rpr.child("u").is_some_and(|u| u.val() != Some("none")) {
                fmt.italic = true;
            }
            if rpr
                .child("rFonts")
                .and_then(|f| f.attr("ascii"))
                .is_some_and(is_mono_font)
            {
                fmt.code = true;
            }
        }
        for el in r.els() {
            let in_result = para.field.last().is_none_or(|(_, result)| *result);
            match el.name.as_str() {
                "t" if in_result => {
                    let mut s = String::new();
                    for k in &el.kids {
                        if let Node::Text(t) = k {
                            s.push_str(t);
                        }
                    }
                    // Policybook's export marks the direction of Latin text inside Urdu
                    // (U+200E, U+200F): layout, not text.
                    let pb = self.from_policybook;
                    let s: String = s
                        .chars()
                        .filter(|c| *c != MARK_OPEN && *c != MARK_CLOSE)
                        .filter(|c| !(pb && matches!(c, '\u{200E}' | '\u{200F}')))
                        .collect();
                    let link = para.cx_link.clone().or_else(|| {
                        para.field
                            .iter()
                            .rev()
                            .find_map(|(instr, _)| field_link(instr))
                    });
                    para.pieces.push(Piece::Text(s, fmt, link));
                }
                "tab" | "ptab" if in_result => {
                    para.pieces
                        .push(Piece::Text(" ".into(), fmt, para.cx_link.clone()))
                }
                "noBreakHyphen" if in_result => {
                    para.pieces
                        .push(Piece::Text("-".into(), fmt, para.cx_link.clone()))
                }
                // Page and column breaks are dropped.
                "br" | "cr" if in_result && !matches!(el.attr("type"), Some("page" | "column")) => {
                    para.pieces.push(Piece::Break);
                }
                "instrText" => {
                    if let Some((instr, false)) = para.field.last_mut() {
                        instr.push_str(&el.text_of_self());
                    }
                }
                "fldChar" => match el.attr("fldCharType") {
                    Some("begin") => para.field.push((String::new(), false)),
                    Some("separate") => {
                        if let Some(f) = para.field.last_mut() {
                            f.1 = true;
                        }
                    }
                    Some("end") => {
                        para.field.pop();
                    }
                    _ => {}
                },
                "footnoteReference" | "endnoteReference" if in_result => {
                    if let Some(id) = el.attr("id") {
                        let kind = if el.name == "footnoteReference" {
                            "fn"
                        } else {
                            "en"
                        };
                        para.pieces.push(Piece::Token(
                            format!("{MARK_OPEN}{kind}:{id}{MARK_CLOSE}"),
                            None,
                        ));
                    }
                }
                "drawing" | "pict" | "object" => match self.picture(el) {
                    Some(md) => para.pieces.push(Piece::Token(md, None)),
                    None => para.counts.images += 1,
                },
                "commentReference" => {
                    // Counted at its range start; a comment without a range is counted here.
                }
                _ => {}
            }
        }
    }

    fn table(&mut self, tbl: &El) -> Block {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut counts = Counts::default();
        for tr in tbl.els().filter(|e| e.name == "tr") {
            let trpr = tr.child("trPr");
            if trpr.and_then(|t| t.child("del")).is_some() {
                self.change();
                continue;
            }
            if trpr.and_then(|t| t.child("ins")).is_some() {
                self.change();
            }
            let mut row = Vec::new();
            self.header_row = rows.is_empty();
            for tc in tr.els().filter(|e| e.name == "tc" || e.name == "sdt") {
                let tc = if tc.name == "sdt" {
                    match tc.path(&["sdtContent", "tc"]) {
                        Some(t) => t,
                        None => continue,
                    }
                } else {
                    tc
                };
                let tcpr = tc.child("tcPr");
                let span: usize = tcpr
                    .and_then(|t| t.child("gridSpan"))
                    .and_then(El::val)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, 64);
                let vcont = tcpr
                    .and_then(|t| t.child("vMerge"))
                    .is_some_and(|v| v.val().is_none_or(|x| x == "continue"));
                let mut blocks = Vec::new();
                self.blocks(tc, &mut blocks);
                let mut texts = Vec::new();
                for b in &blocks {
                    counts.add(&b.counts());
                    match b {
                        Block::Para { md, .. } if !md.trim().is_empty() => {
                            texts.push(md.replace('\n', " "))
                        }
                        Block::Table { rows, .. } => {
                            counts.unsupported += 1;
                            for r in rows {
                                texts.push(r.join(" "));
                            }
                        }
                        _ => {}
                    }
                }
                let text = texts.join(" ");
                if vcont {
                    counts.merged += 1;
                    row.push(String::new());
                } else {
                    row.push(text);
                }
                if span > 1 {
                    counts.merged += 1;
                    for _ in 1..span {
                        row.push(String::new());
                    }
                }
            }
            rows.push(row);
        }
        self.header_row = false;
        Block::Table { rows, counts }
    }
}

impl El {
    /// The text directly inside this element.
    fn text_of_self(&self) -> String {
        self.kids
            .iter()
            .filter_map(|k| match k {
                Node::Text(t) => Some(t.as_str()),
                Node::El(_) => None,
            })
            .collect()
    }
}

/// The target of a `HYPERLINK "url" \l "anchor"` field.
fn field_link(instr: &str) -> Option<String> {
    let t = instr.trim();
    let rest = t.strip_prefix("HYPERLINK")?.trim();
    let mut url = None;
    let mut anchor = None;
    let mut prev_switch = "";
    for (i, part) in rest.split('"').enumerate() {
        if i % 2 == 1 {
            if prev_switch == "\\l" {
                anchor = Some(part.to_string());
            } else if url.is_none() {
                url = Some(part.to_string());
            }
        } else {
            prev_switch = part.split_whitespace().last().unwrap_or("");
        }
    }
    match (url, anchor) {
        (Some(u), Some(a)) => Some(format!("{u}#{a}")),
        (Some(u), None) => Some(u),
        (None, Some(a)) => Some(format!("{MARK_OPEN}anchor:{a}{MARK_CLOSE}")),
        (None, None) => None,
    }
}

fn plain_of(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t, _, _) => s.push_str(t),
            Piece::Break => s.push('\n'),
            Piece::Token(..) => {}
        }
    }
    s
}

/// Escapes text for Markdown: characters that would start markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A line's start that Markdown would take for a block (`1. `, `- `, `+ `, `=`), escaped.
pub fn escape_line_start(line: &str) -> String {
    let t = line.trim_start();
    let lead = &line[..line.len() - t.len()];
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 9 {
        let rest = &t[digits..];
        if rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")" {
            return format!("{lead}{}\\{}", &t[..digits], &t[digits..]);
        }
    }
    if t.starts_with("- ") || t.starts_with("+ ") || t == "-" || t == "+" || t.starts_with('=') {
        return format!("{lead}\\{t}");
    }
    line.to_string()
}

/// Markdown for a paragraph's pieces: emphasis opened and closed as the formatting changes
/// (spaces kept outside the markers), links around their text, line breaks as `\`.
fn render(pieces: &[Piece], code_block: bool, heading: bool) -> String {
    if code_block {
        return plain_of(pieces);
    }
    // Group consecutive pieces of the same link.
    let mut out = String::new();
    let mut i = 0;
    while i < pieces.len() {
        let link = piece_link(&pieces[i]);
        let mut j = i + 1;
        while j < pieces.len() && piece_link(&pieces[j]) == link {
            j += 1;
        }
        let inner = render_formatted(&pieces[i..j], heading);
        match link {
            Some(url) if !inner.trim().is_empty() && url.starts_with(MARK_OPEN) => {
                // An internal link: resolved to `policy:ID` once the document is cut.
                let name = url
                    .trim_start_matches(MARK_OPEN)
                    .trim_end_matches(MARK_CLOSE)
                    .trim_start_matches("anchor:");
                out.push_str(&format!("{MARK_OPEN}a[{MARK_CLOSE}"));
                out.push_str(inner.trim());
                out.push_str(&format!("{MARK_OPEN}a]:{name}{MARK_CLOSE}"));
            }
            Some(url) if !inner.trim().is_empty() => {
                let lead = inner.len() - inner.trim_start().len();
                let trail = inner.trim_end().len();
                out.push_str(&inner[..lead]);
                out.push('[');
                out.push_str(inner[lead..trail].trim());
                out.push_str("](");
                out.push_str(&link_dest(&url));
                out.push(')');
                out.push_str(&inner[trail..]);
            }
            _ => out.push_str(&inner),
        }
        i = j;
    }
    let out = out.trim().to_string();
    escape_line_start(&out)
}

fn piece_link(p: &Piece) -> Option<String> {
    match p {
        Piece::Text(_, _, l) | Piece::Token(_, l) => l.clone(),
        Piece::Break => None,
    }
}

fn link_dest(url: &str) -> String {
    if url.contains(' ') || url.contains('(') || url.contains(')') || url.contains('<') {
        format!("<{}>", url.replace('<', "%3C").replace('>', "%3E"))
    } else {
        url.to_string()
    }
}

fn render_formatted(pieces: &[Piece], heading: bool) -> String {
    // Merge text pieces of equal formatting.
    let mut segs: Vec<(String, Fmt, bool)> = Vec::new(); // (markdown, fmt, is_text)
    for p in pieces {
        match p {
            Piece::Text(t, f, _) => {
                let mut f = *f;
                if heading {
                    f.bold = false;
                }
                match segs.last_mut() {
                    Some((s, lf, true)) if *lf == f => s.push_str(t),
                    _ => segs.push((t.clone(), f, true)),
                }
            }
            Piece::Break => segs.push(("\\\n".into(), Fmt::default(), false)),
            Piece::Token(t, _) => segs.push((t.clone(), Fmt::default(), false)),
        }
    }
    let mut out = String::new();
    for (text, f, is_text) in segs {
        if !is_text {
            out.push_str(&text);
            continue;
        }
        if f.code {
            let t = text.trim();
            if t.is_empty() {
                out.push_str(&text);
                continue;
            }
            let lead = &text[..text.len() - text.trim_start().len()];
            let trail = &text[text.trim_end().len()..];
            let ticks = if t.contains('`') { "``" } else { "`" };
            let pad = if t.starts_with('`') || t.ends_with('`') {
                " "
            } else {
                ""
            };
            out.push_str(lead);
            out.push_str(&format!("{ticks}{pad}{t}{pad}{ticks}"));
            out.push_str(trail);
            continue;
        }
        let t = text.trim();
        if t.is_empty() || !(f.bold || f.italic || f.strike) {
            out.push_str(&escape(&text));
            continue;
        }
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        let mut open = String::new();
        let mut close = String::new();
        if f.strike {
            open.push_str("~~");
        }
        if f.bold {
            open.push_str("**");
        }
        if f.italic {
            open.push('*');
        }
        if f.italic {
            close.push('*');
        }
        if f.bold {
            close.push_str("**");
        }
        if f.strike {
            close.push_str("~~");
        }
        out.push_str(&escape(lead));
        // Two emphasis runs side by side would merge their markers: a zero-width gap is not
        // needed when a space or the start comes before.
        out.push_str(&open);
        out.push_str(&escape(t));
        out.push_str(&close);
        out.push_str(&escape(trail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_names_in_many_languages() {
        assert_eq!(heading_from_name("heading 1"), Some(1));
        assert_eq!(heading_from_name("berschrift2"), Some(2));
        assert_eq!(heading_from_name("Überschrift 3"), Some(3));
        assert_eq!(heading_from_name("Titre1"), Some(1));
        assert_eq!(heading_from_name("Heading"), None);
        assert_eq!(heading_from_name("List 2"), None);
    }

    #[test]
    fn emphasis_keeps_spaces_outside() {
        let b = Fmt {
            bold: true,
            ..Fmt::default()
        };
        let pieces = vec![
            Piece::Text("a ".into(), Fmt::default(), None),
            Piece::Text("bold ".into(), b, None),
            Piece::Text("c*d".into(), Fmt::default(), None),
        ];
        assert_eq!(render(&pieces, false, false), "a **bold** c\\*d");
    }

    #[test]
    fn field_links() {
        assert_eq!(
            field_link(r#" HYPERLINK "https://x.org/a" "#).as_deref(),
            Some("https://x.org/a")
        );
        assert_eq!(
            field_link(r#"HYPERLINK \l "_Toc1""#).as_deref(),
            Some("\u{F8F0}anchor:_Toc1\u{F8F1}")
        );
    }
}
