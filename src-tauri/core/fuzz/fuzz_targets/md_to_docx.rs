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
use policybook_core::export::check;
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

/// Panics unless the bytes are a sound .docx (export::check), skipping the well-formedness
/// walk over parts this process has checked before (styles, settings, the theme: most parts are
/// the same every time), which would only slow the fuzzer down.
fn check_docx(what: &str, bytes: &[u8]) {
    let parts = check::parts(what, bytes);
    for (name, xml) in &parts {
        if first_time(xml.as_bytes()) {
            check::well_formed(&format!("{what} {name}"), xml);
        }
    }
    check::references(what, &parts);
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
