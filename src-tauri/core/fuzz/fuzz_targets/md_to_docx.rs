//! Any UTF-8 text as a policy body → a Word document, as the handbook export lays out a policy
//! and as a redline of two revisions; every XML part of both documents must be well-formed.
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
use std::collections::HashSet;
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
    }
});

/// Panics unless the bytes are a zip whose XML parts are all well-formed XML 1.0.
fn check_docx(what: &str, bytes: &[u8]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap_or_else(|e| panic!("{what}: not a zip: {e}"));
    let mut seen = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("a zip entry");
        let name = f.name().to_string();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut raw = Vec::new();
        f.read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{what} {name}: unreadable: {e}"));
        seen.push(name.clone());
        if !first_time(&raw) {
            // The same bytes were checked before (styles, settings, the theme: most parts are
            // the same every time); checking them again would only slow the fuzzer down.
            continue;
        }
        let xml =
            std::str::from_utf8(&raw).unwrap_or_else(|e| panic!("{what} {name}: not UTF-8: {e}"));
        well_formed(&format!("{what} {name}"), xml);
    }
    for part in [
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
        "word/_rels/document.xml.rels",
    ] {
        assert!(seen.iter().any(|n| n == part), "{what}: {part} missing");
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
