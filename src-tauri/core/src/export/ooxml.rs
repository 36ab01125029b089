//! The one place where the XML that docx-rs writes is completed and corrected.
//!
//! docx-rs 0.4.22 lacks some WordprocessingML that a multilingual handbook needs (run `w:rtl`
//! and `w:lang`, table `w:bidiVisual`, row `w:tblHeader`, section `w:bidi`, the table of
//! contents' `w:docPartObj`, `w:updateFields`, footnote separators and numbers, settable core
//! properties), and it writes the children of several property elements in an order that is not
//! the schema's. Each part is parsed here into a small tree (docx-rs's output is regular: no
//! comments, no DTD), corrected, and written back:
//!
//! - every `w:rPr`, `w:pPr`, `w:tblPr`, `w:trPr`, `w:tcPr`, `w:sectPr`, `w:style`, `w:lvl`,
//!   `w:abstractNum` and `w:settings` gets its children in schema order;
//! - the run property [`RTL_SENTINEL`] (`w:specVanish`, which the Word writer never uses
//!   otherwise) becomes `<w:rtl/>`; every `w:rPr` gets the document's `w:lang`, or, in a run of
//!   another language (marked by [`LANG_SENTINEL`] in `w:rFonts w:cstheme`), that language's;
//!   a header row, marked by `w:cantSplit`, also gets `w:tblHeader`;
//! - a table whose first cell is right to left (`w:bidi`) gets `w:bidiVisual`; in a
//!   right-to-left document, sections get `w:bidi`;
//! - `w:sdtPr` (only the table of contents uses a content control) gets
//!   `w:docPartObj/w:docPartGallery="Table of Contents"`;
//! - tracked changes get ids unique in the document (docx-rs counts them process-wide);
//! - internal hyperlinks to bookmarks that the document does not have are unwrapped (their text
//!   stays, as plain text).

use std::collections::HashSet;

/// The run property that marks a right-to-left run (docx-rs writes `w:specVanish`, not
/// `w:rtl`); replaced by `<w:rtl/>`.
pub(crate) const RTL_SENTINEL: &str = "w:specVanish";

/// The start of the marker of a run in another language than the document's: docx-rs writes
/// it as the run's `w:rFonts w:cstheme`; the fix-up removes it and writes the run's `w:lang`.
const LANG_SENTINEL: &str = "pbLang:";

/// The marker of a run in another language, `w:lang` values `val` and `bidi` (see
/// [`LANG_SENTINEL`]).
pub(crate) fn lang_sentinel(val: &str, bidi: Option<&str>) -> String {
    match bidi {
        Some(b) => format!("{LANG_SENTINEL}{val}:{b}"),
        None => format!("{LANG_SENTINEL}{val}"),
    }
}

/// The character style of links (removed from links whose target is not in the document).
pub(crate) const LINK_STYLE: &str = "Hyperlink";

/// An XML element.
#[derive(Debug, Clone)]
pub(crate) struct El {
    pub name: String,
    /// Attributes, values as escaped in the file.
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A node of the tree.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    El(El),
    /// Character data, escaped as in the file.
    Text(String),
}

impl El {
    pub fn new(name: &str) -> El {
        El {
            name: name.to_string(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(mut self, key: &str, value: &str) -> El {
        self.attrs.push((key.to_string(), escape(value)));
        self
    }

    pub fn child(mut self, el: El) -> El {
        self.children.push(Node::El(el));
        self
    }

    pub fn text(mut self, text: &str) -> El {
        self.children.push(Node::Text(escape(text)));
        self
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn set(&mut self, key: &str, value: String) {
        match self.attrs.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((key.to_string(), value)),
        }
    }

    fn has_child(&self, name: &str) -> bool {
        self.elements().any(|e| e.name == name)
    }

    pub fn elements(&self) -> impl Iterator<Item = &El> {
        self.children.iter().filter_map(|n| match n {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn elements_mut(&mut self) -> impl Iterator<Item = &mut El> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn push_el(&mut self, el: El) {
        self.children.push(Node::El(el));
    }
}

/// A parsed part: its XML declaration and its root element.
#[derive(Debug)]
pub(crate) struct Part {
    decl: String,
    pub root: El,
}

/// Escapes text for XML character data and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if !xml_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether XML 1.0 allows the character (C1 controls and DEL are allowed but never wanted: they
/// are dropped too).
pub(crate) fn xml_char(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => true,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => false,
        _ => true,
    }
}

impl Part {
    /// Parses a part as docx-rs writes it.
    pub fn parse(bytes: &[u8]) -> Result<Part, String> {
        let s = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}"))?;
        let mut decl = String::new();
        let mut stack: Vec<El> = vec![El::new("#root")];
        let mut i = 0;
        let b = s.as_bytes();
        while i < b.len() {
            if b[i] == b'<' {
                if s[i..].starts_with("<?") {
                    let end = s[i..].find("?>").ok_or("unterminated declaration")? + i + 2;
                    if decl.is_empty() {
                        decl = s[i..end].to_string();
                    }
                    i = end;
                } else if s[i..].starts_with("<!--") {
                    i = s[i..].find("-->").ok_or("unterminated comment")? + i + 3;
                } else if s[i..].starts_with("</") {
                    let end = s[i..].find('>').ok_or("unterminated end tag")? + i;
                    let name = s[i + 2..end].trim();
                    let el = stack.pop().ok_or("unbalanced end tag")?;
                    if el.name != name {
                        return Err(format!("</{name}> closes <{}>", el.name));
                    }
                    stack.last_mut().ok_or("unbalanced end tag")?.push_el(el);
                    i = end + 1;
                } else {
                    let (el, empty, next) = start_tag(s, i)?;
                    if empty {
                        stack.last_mut().ok_or("no parent")?.push_el(el);
                    } else {
                        stack.push(el);
                    }
                    i = next;
                }
            } else {
                let end = s[i..].find('<').map_or(s.len(), |n| n + i);
                let text = &s[i..end];
                if !text.is_empty() {
                    stack
                        .last_mut()
                        .ok_or("no parent")?
                        .children
                        .push(Node::Text(text.to_string()));
                }
                i = end;
            }
        }
        if stack.len() != 1 {
            return Err("unclosed elements".into());
        }
        let mut top = stack.pop().ok_or("empty")?;
        let root = top
            .children
            .drain(..)
            .find_map(|n| match n {
                Node::El(e) => Some(e),
                Node::Text(_) => None,
            })
            .ok_or("no root element")?;
        Ok(Part { decl, root })
    }

    /// Writes the part back.
    pub fn write(&self) -> Vec<u8> {
        let mut out = String::with_capacity(1 << 16);
        if self.decl.is_empty() {
            out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
        } else {
            out.push_str(&self.decl);
        }
        write_el(&self.root, &mut out);
        out.into_bytes()
    }
}

fn start_tag(s: &str, at: usize) -> Result<(El, bool, usize), String> {
    let b = s.as_bytes();
    let mut i = at + 1;
    let name_start = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let mut el = El::new(&s[name_start..i]);
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            return Err("unterminated start tag".into());
        }
        match b[i] {
            b'/' => {
                if b.get(i + 1) != Some(&b'>') {
                    return Err("stray / in a tag".into());
                }
                return Ok((el, true, i + 2));
            }
            b'>' => return Ok((el, false, i + 1)),
            _ => {
                let key_start = i;
                while i < b.len() && b[i] != b'=' && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                let key = s[key_start..i].to_string();
                while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'=') {
                    i += 1;
                }
                let quote = *b.get(i).ok_or("attribute without a value")?;
                if quote != b'"' && quote != b'\'' {
                    return Err(format!("unquoted attribute {key}"));
                }
                let end = s[i + 1..]
                    .find(quote as char)
                    .ok_or("unterminated attribute")?
                    + i
                    + 1;
                el.attrs.push((key, s[i + 1..end].to_string()));
                i = end + 1;
            }
        }
    }
}

fn write_el(el: &El, out: &mut String) {
    out.push('<');
    out.push_str(&el.name);
    for (k, v) in &el.attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        out.push_str(v);
        out.push('"');
    }
    if el.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for c in &el.children {
        match c {
            Node::El(e) => write_el(e, out),
            Node::Text(t) => out.push_str(t),
        }
    }
    out.push_str("</");
    out.push_str(&el.name);
    out.push('>');
}

/// Schema order (ECMA-376 part 1) of the children of the property elements docx-rs writes out
/// of order. Names not listed keep their place relative to each other, after the listed ones.
const RPR: &[&str] = &[
    "w:ins",
    "w:del",
    "w:moveFrom",
    "w:moveTo",
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
    "w:rPrChange",
];
const PPR: &[&str] = &[
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
];
const TBLPR: &[&str] = &[
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
];
const TRPR: &[&str] = &[
    "w:cnfStyle",
    "w:divId",
    "w:gridBefore",
    "w:gridAfter",
    "w:wBefore",
    "w:wAfter",
    "w:cantSplit",
    "w:trHeight",
    "w:tblHeader",
    "w:tblCellSpacing",
    "w:jc",
    "w:hidden",
    "w:ins",
    "w:del",
    "w:trPrChange",
];
const TCPR: &[&str] = &[
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
];
const SECTPR: &[&str] = &[
    "w:headerReference",
    "w:footerReference",
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
];
const STYLE: &[&str] = &[
    "w:name",
    "w:aliases",
    "w:basedOn",
    "w:next",
    "w:link",
    "w:autoRedefine",
    "w:hidden",
    "w:uiPriority",
    "w:semiHidden",
    "w:unhideWhenUsed",
    "w:qFormat",
    "w:locked",
    "w:personal",
    "w:personalCompose",
    "w:personalReply",
    "w:rsid",
    "w:pPr",
    "w:rPr",
    "w:tblPr",
    "w:trPr",
    "w:tcPr",
    "w:tblStylePr",
];
const LVL: &[&str] = &[
    "w:start",
    "w:numFmt",
    "w:lvlRestart",
    "w:pStyle",
    "w:isLgl",
    "w:suff",
    "w:lvlText",
    "w:lvlPicBulletId",
    "w:legacy",
    "w:lvlJc",
    "w:pPr",
    "w:rPr",
];
const NUMPR: &[&str] = &["w:ilvl", "w:numId", "w:numberingChange", "w:ins"];
const BORDERS: &[&str] = &[
    "w:top",
    "w:left",
    "w:start",
    "w:bottom",
    "w:right",
    "w:end",
    "w:between",
    "w:bar",
    "w:insideH",
    "w:insideV",
    "w:tl2br",
    "w:tr2bl",
];
const MARGINS: &[&str] = &["w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end"];
const ABSTRACT_NUM: &[&str] = &[
    "w:nsid",
    "w:multiLevelType",
    "w:tmpl",
    "w:name",
    "w:styleLink",
    "w:numStyleLink",
    "w:lvl",
];
const SETTINGS: &[&str] = &[
    "w:writeProtection",
    "w:view",
    "w:zoom",
    "w:removePersonalInformation",
    "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries",
    "w:displayBackgroundShape",
    "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth",
    "w:printFormsData",
    "w:embedTrueTypeFonts",
    "w:embedSystemFonts",
    "w:saveSubsetFonts",
    "w:saveFormsData",
    "w:mirrorMargins",
    "w:alignBordersAndEdges",
    "w:bordersDoNotSurroundHeader",
    "w:bordersDoNotSurroundFooter",
    "w:gutterAtTop",
    "w:hideSpellingErrors",
    "w:hideGrammaticalErrors",
    "w:activeWritingStyle",
    "w:proofState",
    "w:formsDesign",
    "w:attachedTemplate",
    "w:linkStyles",
    "w:stylePaneFormatFilter",
    "w:stylePaneSortMethod",
    "w:documentType",
    "w:mailMerge",
    "w:revisionView",
    "w:trackRevisions",
    "w:doNotTrackMoves",
    "w:doNotTrackFormatting",
    "w:documentProtection",
    "w:autoFormatOverride",
    "w:styleLockTheme",
    "w:styleLockQFSet",
    "w:defaultTabStop",
    "w:autoHyphenation",
    "w:consecutiveHyphenLimit",
    "w:hyphenationZone",
    "w:doNotHyphenateCaps",
    "w:showEnvelope",
    "w:summaryLength",
    "w:clickAndTypeStyle",
    "w:defaultTableStyle",
    "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting",
    "w:bookFoldPrinting",
    "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing",
    "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery",
    "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin",
    "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin",
    "w:doNotShadeFormData",
    "w:noPunctuationKerning",
    "w:characterSpacingControl",
    "w:printTwoOnOne",
    "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter",
    "w:noLineBreaksBefore",
    "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema",
    "w:saveInvalidXml",
    "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving",
    "w:saveThroughXslt",
    "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace",
    "w:updateFields",
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
];

fn order_for(name: &str) -> Option<&'static [&'static str]> {
    Some(match name {
        "w:rPr" => RPR,
        "w:pPr" => PPR,
        "w:tblPr" => TBLPR,
        "w:trPr" => TRPR,
        "w:tcPr" => TCPR,
        "w:sectPr" => SECTPR,
        "w:style" => STYLE,
        "w:lvl" => LVL,
        "w:abstractNum" => ABSTRACT_NUM,
        "w:settings" => SETTINGS,
        "w:numPr" => NUMPR,
        "w:pBdr" | "w:tblBorders" | "w:tcBorders" => BORDERS,
        "w:tblCellMar" | "w:tcMar" => MARGINS,
        _ => return None,
    })
}

/// Sorts the children of an element into schema order (stable: equal names keep their order).
fn reorder(el: &mut El, order: &[&str]) {
    let rank = |n: &Node| match n {
        Node::El(e) => order
            .iter()
            .position(|o| *o == e.name)
            .unwrap_or(order.len()),
        Node::Text(_) => order.len(),
    };
    if el.children.windows(2).any(|w| rank(&w[0]) > rank(&w[1])) {
        el.children.sort_by_key(rank);
    }
}

/// What the fix-up needs to know about the document.
pub(crate) struct Fix {
    /// The `w:lang` every run gets: `(val, bidi)`.
    pub lang: (String, Option<String>),
    /// A right-to-left document (tables get `w:bidiVisual`, sections `w:bidi`).
    pub rtl: bool,
    /// Bookmarks defined in the document (internal links elsewhere are unwrapped); `None` leaves
    /// links alone.
    pub bookmarks: Option<HashSet<String>>,
    /// The next id for a tracked change.
    pub next_change_id: usize,
    /// The part holds style-like paragraph properties (styles, numbering), whose `w:pPr`
    /// cannot hold a `w:rPr` (docx-rs writes an empty one).
    pub general_ppr: bool,
}

impl Fix {
    fn lang_el(&self) -> El {
        let mut e = El::new("w:lang").attr("w:val", &self.lang.0);
        if let Some(b) = &self.lang.1 {
            e = e.attr("w:bidi", b);
        }
        e
    }

    /// Corrects an element and everything under it.
    pub fn apply(&mut self, el: &mut El) {
        if let Some(bookmarks) = &self.bookmarks {
            if el
                .children
                .iter()
                .any(|n| matches!(n, Node::El(e) if is_dead_anchor(e, bookmarks)))
            {
                let children = std::mem::take(&mut el.children);
                for n in children {
                    match n {
                        Node::El(mut e) if is_dead_anchor(&e, bookmarks) => {
                            strip_link_look(&mut e);
                            el.children.extend(e.children)
                        }
                        other => el.children.push(other),
                    }
                }
            }
        }
        for child in el.elements_mut() {
            self.apply(child);
        }
        match el.name.as_str() {
            "w:rPr" => {
                let before = el.children.len();
                el.children
                    .retain(|n| !matches!(n, Node::El(e) if e.name == RTL_SENTINEL));
                if el.children.len() != before && !el.has_child("w:rtl") {
                    el.push_el(El::new("w:rtl"));
                }
                let own = own_lang(el);
                if !el.has_child("w:lang") {
                    let lang = match own {
                        Some((val, bidi)) => {
                            let mut e = El::new("w:lang").attr("w:val", &val);
                            if let Some(b) = bidi {
                                e = e.attr("w:bidi", &b);
                            }
                            e
                        }
                        None => self.lang_el(),
                    };
                    el.push_el(lang);
                }
            }
            "w:tbl" if first_cell_rtl(el) => {
                if let Some(pr) = el.elements_mut().find(|e| e.name == "w:tblPr") {
                    if !pr.has_child("w:bidiVisual") {
                        pr.push_el(El::new("w:bidiVisual"));
                        reorder(pr, TBLPR);
                    }
                }
            }
            "w:pPr" if self.general_ppr => {
                el.children
                    .retain(|n| !matches!(n, Node::El(e) if e.name == "w:rPr"));
            }
            // docx-rs writes w:type on grid columns, which the schema does not have.
            "w:gridCol" => el.attrs.retain(|(k, _)| k != "w:type"),
            "w:trPr" if el.has_child("w:cantSplit") && !el.has_child("w:tblHeader") => {
                el.push_el(El::new("w:tblHeader"))
            }
            "w:sectPr" if self.rtl && !el.has_child("w:bidi") => el.push_el(El::new("w:bidi")),
            "w:sdtPr" if !el.has_child("w:docPartObj") => el.push_el(
                El::new("w:docPartObj")
                    .child(El::new("w:docPartGallery").attr("w:val", "Table of Contents"))
                    .child(El::new("w:docPartUnique")),
            ),
            "w:ins" | "w:del" if el.get("w:id").is_some() => {
                el.set("w:id", self.next_change_id.to_string());
                self.next_change_id += 1;
            }
            _ => {}
        }
        if let Some(order) = order_for(&el.name) {
            reorder(el, order);
        }
    }
}

/// The language marked on a run's fonts (see [`LANG_SENTINEL`]), removed from them: `w:lang`'s
/// `val` and `bidi`.
fn own_lang(rpr: &mut El) -> Option<(String, Option<String>)> {
    let fonts = rpr.elements_mut().find(|e| e.name == "w:rFonts")?;
    let at = fonts
        .attrs
        .iter()
        .position(|(k, v)| k == "w:cstheme" && v.starts_with(LANG_SENTINEL))?;
    let (_, value) = fonts.attrs.remove(at);
    let mut parts = value[LANG_SENTINEL.len()..].split(':');
    let val = parts.next().unwrap_or("en-US").to_string();
    let bidi = parts.next().map(str::to_string);
    Some((val, bidi))
}

/// Whether a table's first cell starts with a right-to-left paragraph.
fn first_cell_rtl(tbl: &El) -> bool {
    let Some(tr) = tbl.elements().find(|e| e.name == "w:tr") else {
        return false;
    };
    let Some(tc) = tr.elements().find(|e| e.name == "w:tc") else {
        return false;
    };
    tc.elements()
        .find(|e| e.name == "w:p")
        .and_then(|p| p.elements().find(|e| e.name == "w:pPr"))
        .is_some_and(|ppr| {
            ppr.elements()
                .any(|e| e.name == "w:bidi" && !matches!(e.get("w:val"), Some("0" | "false")))
        })
}

/// Removes the look of a link (its character style) from the runs under an element.
fn strip_link_look(el: &mut El) {
    if el.name == "w:rPr" {
        el.children.retain(|n| !matches!(n, Node::El(c) if c.name == "w:rStyle" && c.get("w:val") == Some(LINK_STYLE)));
        return;
    }
    for c in el.elements_mut() {
        strip_link_look(c);
    }
}

fn is_dead_anchor(e: &El, bookmarks: &HashSet<String>) -> bool {
    e.name == "w:hyperlink"
        && e.get("r:id").is_none()
        && e.get("w:anchor").is_some_and(|a| !bookmarks.contains(a))
}

/// The names of all bookmarks under an element.
pub(crate) fn bookmarks(el: &El, out: &mut HashSet<String>) {
    if el.name == "w:bookmarkStart" {
        if let Some(n) = el.get("w:name") {
            out.insert(n.to_string());
        }
    }
    for c in el.elements() {
        bookmarks(c, out);
    }
}

/// Footnotes as Word writes them: the separator and continuation separator first (ids -1 and
/// 0), and each note starting with its own number (`w:footnoteRef`).
pub(crate) fn complete_footnotes(root: &mut El) {
    for note in root.elements_mut().filter(|e| e.name == "w:footnote") {
        if let Some(p) = note.elements_mut().find(|e| e.name == "w:p") {
            let at = p
                .children
                .iter()
                .position(|n| matches!(n, Node::El(e) if e.name == "w:pPr"))
                .map_or(0, |i| i + 1);
            let number = El::new("w:r")
                .child(
                    El::new("w:rPr").child(El::new("w:rStyle").attr("w:val", "FootnoteReference")),
                )
                .child(El::new("w:footnoteRef"));
            let space =
                El::new("w:r").child(El::new("w:t").attr("xml:space", "preserve").text(" "));
            p.children.insert(at, Node::El(space));
            p.children.insert(at, Node::El(number));
        }
    }
    let sep = |ty: &str, id: &str, mark: &str| {
        El::new("w:footnote")
            .attr("w:type", ty)
            .attr("w:id", id)
            .child(
                El::new("w:p")
                    .child(
                        El::new("w:pPr").child(
                            El::new("w:spacing")
                                .attr("w:after", "0")
                                .attr("w:line", "240")
                                .attr("w:lineRule", "auto"),
                        ),
                    )
                    .child(El::new("w:r").child(El::new(mark))),
            )
    };
    root.children.insert(
        0,
        Node::El(sep("continuationSeparator", "0", "w:continuationSeparator")),
    );
    root.children
        .insert(0, Node::El(sep("separator", "-1", "w:separator")));
}

/// Settings additions: refresh fields (the table of contents) on open, the footnote
/// separators, embedded fonts, the languages of the theme fonts.
pub(crate) fn complete_settings(
    root: &mut El,
    update_fields: bool,
    footnotes: bool,
    embedded_fonts: bool,
    lang: &(String, Option<String>),
) {
    if embedded_fonts && !root.has_child("w:embedTrueTypeFonts") {
        root.push_el(El::new("w:embedTrueTypeFonts"));
    }
    if update_fields && !root.has_child("w:updateFields") {
        root.push_el(El::new("w:updateFields").attr("w:val", "true"));
    }
    if footnotes && !root.has_child("w:footnotePr") {
        root.push_el(
            El::new("w:footnotePr")
                .child(El::new("w:footnote").attr("w:id", "-1"))
                .child(El::new("w:footnote").attr("w:id", "0")),
        );
    }
    if !root.has_child("w:themeFontLang") {
        let mut e = El::new("w:themeFontLang").attr("w:val", &lang.0);
        if let Some(b) = &lang.1 {
            e = e.attr("w:bidi", b);
        }
        root.push_el(e);
    }
}

/// docProps/core.xml with a title, an author and a language.
pub(crate) fn core_properties(
    title: &str,
    author: &str,
    language: &str,
    date: Option<&str>,
) -> Vec<u8> {
    let mut root = El::new("cp:coreProperties")
        .attr(
            "xmlns:cp",
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        )
        .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
        .attr("xmlns:dcmitype", "http://purl.org/dc/dcmitype/")
        .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        .child(El::new("dc:title").text(title))
        .child(El::new("dc:creator").text(author))
        .child(El::new("cp:lastModifiedBy").text(author))
        .child(El::new("dc:language").text(language))
        .child(El::new("cp:revision").text("1"));
    if let Some(d) = date {
        root = root
            .child(
                El::new("dcterms:created")
                    .attr("xsi:type", "dcterms:W3CDTF")
                    .text(d),
            )
            .child(
                El::new("dcterms:modified")
                    .attr("xsi:type", "dcterms:W3CDTF")
                    .text(d),
            );
    }
    Part {
        decl: String::new(),
        root,
    }
    .write()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_reorder() {
        let xml = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x"><w:body><w:p><w:pPr><w:rPr /><w:pStyle w:val="A" /><w:bidi /></w:pPr><w:r><w:rPr><w:sz w:val="2" /><w:specVanish /><w:b /></w:rPr><w:t xml:space="preserve">a &amp; b &lt; c</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto" /></w:tblPr><w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc><w:p><w:pPr><w:bidi /></w:pPr></w:p></w:tc></w:tr></w:tbl><w:tbl><w:tblPr><w:tblW w:w="1" w:type="auto" /></w:tblPr><w:tr><w:tc><w:p><w:r><w:rPr><w:rFonts w:cs="Noto Sans" w:cstheme="pbLang:en-US" /></w:rPr><w:t>30 days</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let mut part = Part::parse(xml).unwrap();
        let mut fix = Fix {
            lang: ("en-US".into(), Some("ur-PK".into())),
            rtl: true,
            bookmarks: None,
            next_change_id: 1,
            general_ppr: false,
        };
        fix.apply(&mut part.root);
        let out = String::from_utf8(part.write()).unwrap();
        assert!(out.contains(r#"<w:pPr><w:pStyle w:val="A"/><w:bidi/><w:rPr><w:lang w:val="en-US" w:bidi="ur-PK"/></w:rPr></w:pPr>"#), "{out}");
        assert!(out.contains(r#"<w:rPr><w:b/><w:sz w:val="2"/><w:rtl/><w:lang w:val="en-US" w:bidi="ur-PK"/></w:rPr><w:t xml:space="preserve">a &amp; b &lt; c</w:t>"#), "{out}");
        assert!(out.contains("<w:tblPr><w:bidiVisual/><w:tblW"), "{out}");
        // A table of left-to-right text is not mirrored; a run of another language has its own
        // w:lang, and the marker is gone.
        assert!(out.contains(r#"<w:tblPr><w:tblW w:w="1""#), "{out}");
        assert!(
            out.contains(
                r#"<w:rPr><w:rFonts w:cs="Noto Sans"/><w:lang w:val="en-US"/></w:rPr><w:t>30 days"#
            ),
            "{out}"
        );
        assert!(
            out.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"),
            "{out}"
        );
    }

    #[test]
    fn dead_anchors_are_unwrapped() {
        let xml = br#"<w:p><w:hyperlink w:anchor="gone"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>x</w:t></w:r></w:hyperlink><w:hyperlink w:anchor="here"><w:r><w:t>y</w:t></w:r></w:hyperlink><w:bookmarkStart w:id="1" w:name="here"/></w:p>"#;
        let mut part = Part::parse(xml).unwrap();
        let mut set = HashSet::new();
        bookmarks(&part.root, &mut set);
        let mut fix = Fix {
            lang: ("en-US".into(), None),
            rtl: false,
            bookmarks: Some(set),
            next_change_id: 1,
            general_ppr: false,
        };
        fix.apply(&mut part.root);
        let out = String::from_utf8(part.write()).unwrap();
        assert!(
            !out.contains(r#"w:anchor="gone""#) && out.contains(r#"w:anchor="here""#),
            "{out}"
        );
        assert!(
            out.contains("<w:t>x</w:t>") && !out.contains("Hyperlink"),
            "{out}"
        );
    }

    #[test]
    fn escape_drops_illegal_characters() {
        assert_eq!(
            escape("a\u{0}b\u{1b}c<&>\"'\u{fffe}"),
            "abc&lt;&amp;&gt;&quot;&apos;"
        );
    }
}
