//! Any UTF-8 text as a policy body → a Word document, as the handbook export lays out a policy
//! and as a redline of two revisions. Every XML part must be well-formed, every reference
//! between parts must have its target, and the redline with all its changes accepted (rejected)
//! must read as the new (old) text does on its own.
//!
//! The first byte picks the document's language (bits 0-1), the redline (bit 2) or the handbook,
//! and in the handbook the body laid out in another language, as a pending translation is (bit 3).
//! The redline compares the text before a form feed with the text after it (without one: the
//! first half with the second).

#![no_main]

use libfuzzer_sys::fuzz_target;
use policybook_core::export::docx::{DocBuilder, TitleLine};
use policybook_core::export::redline::redline;
use policybook_core::import::derive_title;
use policybook_core::Lang;
use quick_xml::events::Event;
use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::Read;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let first = usize::from(data.first().copied().unwrap_or(0));
    let lang = Lang::ALL[first % 4];
    let title = derive_title(text);
    if first & 4 == 0 {
        // The handbook: what export::handbook::build writes around each policy.
        let mut doc = DocBuilder::new(lang);
        doc.properties(&title, "Fuzz & <Co>");
        doc.title_page(&[
            ("Company", TitleLine::Subtitle),
            (&title, TitleLine::Title),
            ("English", TitleLine::Plain),
        ]);
        doc.toc("Contents");
        doc.heading(1, "General", None);
        doc.heading(2, &title, Some("policy-fuzz"));
        doc.paragraph("Approved 1 January 2026, revision 1, by someone", true);
        if first & 8 == 0 {
            doc.markdown_in(lang, text, 2);
        } else {
            // A pending translation: the source text, laid out in its own direction.
            doc.note("Translation pending");
            doc.markdown_in(Lang::ALL[(first + 1) % 4], text, 2);
        }
        doc.footer_page_numbers("Page ", " of ", "");
        let bytes = doc.finish().expect("the handbook document builds");
        check_docx("handbook", &bytes);
    } else {
        // The redline of the text before a form feed against the text after it.
        let (old, new) = match text.split_once('\u{c}') {
            Some(pair) => pair,
            None => {
                let mut mid = text.len() / 2;
                while !text.is_char_boundary(mid) {
                    mid -= 1;
                }
                text.split_at(mid)
            }
        };
        let when = chrono::DateTime::from_timestamp(1_767_268_800, 0).expect("a valid time");
        let bytes =
            redline(old, new, lang, "Fuzz <Author>", when, &title).expect("the redline builds");
        check_docx("redline", &bytes);
        // "Accept all" gives the new revision's text, "Reject all" the old one's.
        let plain = |md: &str| {
            let mut doc = DocBuilder::new(lang);
            doc.properties(&title, "Fuzz <Author>");
            doc.date(when);
            doc.title_line(&title, TitleLine::Subtitle);
            doc.markdown(md, 0);
            doc.footer_page_numbers("", " / ", "");
            doc.finish().expect("the document builds")
        };
        assert_eq!(
            visible_text(&bytes, true),
            visible_text(&plain(new), true),
            "the redline, all changes accepted, is the new text"
        );
        assert_eq!(
            visible_text(&bytes, false),
            visible_text(&plain(old), false),
            "the redline, all changes rejected, is the old text"
        );
    }
});

/// Panics unless the bytes are a zip whose XML parts are all well-formed XML 1.0 and refer
/// to one another correctly.
fn check_docx(what: &str, bytes: &[u8]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap_or_else(|e| panic!("{what}: not a zip: {e}"));
    let mut parts: HashMap<String, String> = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("a zip entry");
        let name = f.name().to_string();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut raw = Vec::new();
        f.read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{what} {name}: unreadable: {e}"));
        let xml =
            String::from_utf8(raw).unwrap_or_else(|e| panic!("{what} {name}: not UTF-8: {e}"));
        // The same bytes checked before (styles, settings, the theme: most parts are the same
        // every time) are not checked again, which would only slow the fuzzer down.
        if first_time(xml.as_bytes()) {
            well_formed(&format!("{what} {name}"), &xml);
        }
        parts.insert(name, xml);
    }
    for part in [
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
        "word/_rels/document.xml.rels",
    ] {
        assert!(parts.contains_key(part), "{what}: {part} missing");
    }
    references(what, &parts);
}

/// The text of a document's body, with its tracked changes accepted or rejected. (Footnotes
/// are left out: a note referenced only from inserted text stays in the footnotes part when the
/// insertion is rejected, unreferenced, which Word does not show.)
fn visible_text(bytes: &[u8], accept: bool) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = String::new();
    {
        let mut f = zip.by_name("word/document.xml").expect("a body");
        let mut xml = String::new();
        f.read_to_string(&mut xml).expect("UTF-8");
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut stack: Vec<String> = Vec::new();
        loop {
            let keep = |stack: &[String]| {
                matches!(stack.last().map(String::as_str), Some("w:t" | "w:delText"))
                    && !stack
                        .iter()
                        .any(|n| n == if accept { "w:del" } else { "w:ins" })
            };
            match reader.read_event().expect("well-formed") {
                Event::Start(e) => {
                    stack.push(String::from_utf8_lossy(e.name().as_ref()).into_owned())
                }
                Event::End(_) => {
                    stack.pop();
                }
                // Left-to-right marks are the writer's layout hints in right-to-left text (it
                // puts one before a run that starts with a currency sign, say), not text.
                Event::Text(t) if keep(&stack) => out.extend(
                    t.decode()
                        .expect("text")
                        .chars()
                        .filter(|&c| c != '\u{200E}'),
                ),
                Event::GeneralRef(r) if keep(&stack) => {
                    match (r.resolve_char_ref().expect("a reference"), &*r) {
                        (Some('\u{200E}'), _) => {}
                        (Some(c), _) => out.push(c),
                        (None, b"amp") => out.push('&'),
                        (None, b"lt") => out.push('<'),
                        (None, b"gt") => out.push('>'),
                        (None, b"quot") => out.push('"'),
                        (None, b"apos") => out.push('\''),
                        (None, other) => panic!("entity {other:?}"),
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
    }
    out
}

/// The elements of a (well-formed) part: name and attributes, in document order.
fn elements(xml: &str) -> Vec<(String, HashMap<String, String>)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let attrs = e
                    .attributes()
                    .flatten()
                    .map(|a| {
                        (
                            String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                            String::from_utf8_lossy(&a.value).into_owned(),
                        )
                    })
                    .collect();
                out.push((
                    String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs,
                ));
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// What the document's parts promise one another: every relationship id a part uses is in its
/// relationships; every footnote reference, list number and internal link has its target;
/// bookmarks open and close in pairs under unique names; tracked changes have unique ids.
fn references(what: &str, parts: &HashMap<String, String>) {
    let ids_of = |part: &str, element: &str, attr: &str| -> HashSet<String> {
        parts
            .get(part)
            .map(|xml| {
                elements(xml)
                    .into_iter()
                    .filter(|(n, _)| n == element)
                    .filter_map(|(_, mut a)| a.remove(attr))
                    .collect()
            })
            .unwrap_or_default()
    };
    let footnotes = ids_of("word/footnotes.xml", "w:footnote", "w:id");
    let nums = ids_of("word/numbering.xml", "w:num", "w:numId");
    let mut bookmark_names = HashSet::new();
    let mut open_bookmarks = HashSet::new();
    let mut anchors = Vec::new();
    let mut change_ids = HashSet::new();
    for (name, xml) in parts {
        let Some(file) = name.strip_prefix("word/").filter(|f| !f.contains('/')) else {
            continue;
        };
        let rels = ids_of(&format!("word/_rels/{file}.rels"), "Relationship", "Id");
        for (el, attrs) in elements(xml) {
            for key in ["r:id", "r:embed", "r:link"] {
                if let Some(id) = attrs.get(key) {
                    assert!(
                        rels.contains(id),
                        "{what} {name}: {el} {key}={id} has no relationship"
                    );
                }
            }
            let attr = |k: &str| attrs.get(k).cloned().unwrap_or_default();
            match el.as_str() {
                "w:footnoteReference" => assert!(
                    footnotes.contains(&attr("w:id")),
                    "{what} {name}: footnote {} missing",
                    attr("w:id")
                ),
                "w:numId" if file != "numbering.xml" && attr("w:val") != "0" => assert!(
                    nums.contains(&attr("w:val")),
                    "{what} {name}: list numbering {} missing",
                    attr("w:val")
                ),
                "w:bookmarkStart" => {
                    assert!(
                        bookmark_names.insert(attr("w:name")),
                        "{what} {name}: bookmark {} twice",
                        attr("w:name")
                    );
                    assert!(
                        open_bookmarks.insert(attr("w:id")),
                        "{what} {name}: bookmark id {} twice",
                        attr("w:id")
                    );
                }
                "w:bookmarkEnd" => assert!(
                    open_bookmarks.remove(&attr("w:id")),
                    "{what} {name}: bookmark end {} without a start",
                    attr("w:id")
                ),
                "w:hyperlink" if !attrs.contains_key("r:id") => {
                    anchors.push(attr("w:anchor"));
                }
                "w:ins" | "w:del" if attrs.contains_key("w:id") => assert!(
                    change_ids.insert(attr("w:id")),
                    "{what} {name}: tracked change id {} twice",
                    attr("w:id")
                ),
                _ => {}
            }
        }
    }
    assert!(
        open_bookmarks.is_empty(),
        "{what}: bookmarks never closed: {open_bookmarks:?}"
    );
    for a in anchors {
        assert!(
            bookmark_names.contains(&a),
            "{what}: link to a missing bookmark {a:?}"
        );
    }
}

thread_local! {
    static CHECKED: RefCell<HashSet<u64>> = RefCell::new(HashSet::new());
}

/// Whether these bytes are new to this process (by a 64-bit hash; at most 100,000 are kept).
fn first_time(bytes: &[u8]) -> bool {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    let key = h.finish();
    CHECKED.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 100_000 {
            c.clear();
        }
        c.insert(key)
    })
}

/// XML 1.0's Char production.
fn xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Panics unless `xml` is one well-formed element: names, nesting and attributes checked,
/// references known, every character one XML allows.
fn well_formed(name: &str, xml: &str) {
    if let Some(c) = xml.chars().find(|&c| !xml_char(c)) {
        panic!("{name}: U+{:04X} is not allowed in XML", c as u32);
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    reader.config_mut().check_comments = true;
    let mut depth = 0usize;
    let mut roots = 0;
    let decoder = reader.decoder();
    let check_attrs = |e: &quick_xml::events::BytesStart| {
        let mut attrs = e.attributes();
        attrs.with_checks(true);
        for a in attrs {
            let a = a.unwrap_or_else(|err| panic!("{name}: bad attribute: {err}"));
            assert!(
                !a.value.contains(&b'<'),
                "{name}: `<` in an attribute value"
            );
            a.decoded_and_normalized_value(quick_xml::XmlVersion::Explicit1_0, decoder)
                .unwrap_or_else(|err| panic!("{name}: bad attribute value: {err}"));
        }
    };
    loop {
        let at = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                check_attrs(&e);
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
            }
            Ok(Event::Empty(e)) => {
                check_attrs(&e);
                if depth == 0 {
                    roots += 1;
                }
            }
            Ok(Event::End(_)) => {
                depth = depth
                    .checked_sub(1)
                    .unwrap_or_else(|| panic!("{name}: end tag without a start at {at}"));
            }
            Ok(Event::Text(t)) => {
                let s = t
                    .decode()
                    .unwrap_or_else(|e| panic!("{name}: bad text at {at}: {e}"));
                assert!(
                    depth > 0 || s.trim().is_empty(),
                    "{name}: text outside the root element at {at}"
                );
                assert!(!s.contains('<'), "{name}: `<` in text at {at}");
                assert!(!s.contains("]]>"), "{name}: `]]>` in text at {at}");
            }
            Ok(Event::GeneralRef(r)) => {
                assert!(depth > 0, "{name}: a reference outside the root at {at}");
                let s = std::str::from_utf8(&r).unwrap_or("");
                match r.resolve_char_ref() {
                    Ok(Some(c)) => assert!(xml_char(c), "{name}: &{s}; is not an XML character"),
                    Ok(None) => assert!(
                        matches!(s, "amp" | "lt" | "gt" | "quot" | "apos"),
                        "{name}: unknown entity &{s}; at {at}"
                    ),
                    Err(e) => panic!("{name}: bad character reference &{s}; at {at}: {e}"),
                }
            }
            Ok(Event::CData(_)) => assert!(depth > 0, "{name}: CDATA outside the root at {at}"),
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed at {at}: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unclosed elements");
    assert_eq!(roots, 1, "{name}: not exactly one root element");
}
