//! A test aid, not part of the API: panics unless a .docx is sound. Every XML part is
//! well-formed XML 1.0 with only the characters the export writes, and every reference between
//! parts has its target. The core's tests, the command line's end-to-end tests and the fuzzers
//! share it (feature `docx-check`, always on in the core's own tests).
//!
//! # Panics
//! Every function here panics, naming the part and the place, where the document is unsound.

use super::ooxml::xml_char;
use quick_xml::events::Event;
use std::collections::{HashMap, HashSet};
use std::io::Read;

/// The parts every document the export writes has.
const REQUIRED: [&str; 7] = [
    "[Content_Types].xml",
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "docProps/core.xml",
    "word/_rels/document.xml.rels",
];

/// Checks a whole .docx (`what` names it in the messages) and returns its XML parts by name.
pub fn docx(what: &str, bytes: &[u8]) -> HashMap<String, String> {
    let parts = parts(what, bytes);
    for (name, xml) in &parts {
        well_formed(&format!("{what} {name}"), xml);
    }
    references(what, &parts);
    fonts(what, bytes, &parts);
    parts
}

/// Embedded fonts (ECMA-376 Part 1, 17.8.3.3): every `w:embedRegular` (and bold, italic) of the
/// font table has a `w:fontKey` GUID and a relationship to a part that is in the package, whose
/// type is declared, and which, with the key undone, is a TrueType or OpenType font.
pub fn fonts(what: &str, bytes: &[u8], parts: &HashMap<String, String>) {
    let Some(table) = parts.get("word/fontTable.xml") else {
        return;
    };
    let rels: HashMap<String, (String, String)> = parts
        .get("word/_rels/fontTable.xml.rels")
        .map(|xml| {
            elements(xml)
                .into_iter()
                .filter(|(n, _)| n == "Relationship")
                .map(|(_, mut a)| {
                    (
                        a.remove("Id").unwrap_or_default(),
                        (
                            a.remove("Type").unwrap_or_default(),
                            a.remove("Target").unwrap_or_default(),
                        ),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap_or_else(|e| panic!("{what}: not a zip: {e}"));
    let types = parts
        .get("[Content_Types].xml")
        .cloned()
        .unwrap_or_default();
    for (el, attrs) in elements(table) {
        if !matches!(
            el.as_str(),
            "w:embedRegular" | "w:embedBold" | "w:embedItalic" | "w:embedBoldItalic"
        ) {
            continue;
        }
        let id = attrs.get("r:id").cloned().unwrap_or_default();
        let key = attrs.get("w:fontKey").cloned().unwrap_or_default();
        let hex: Vec<u8> = key
            .chars()
            .filter(char::is_ascii_hexdigit)
            .map(|c| c.to_digit(16).unwrap_or(0) as u8)
            .collect();
        assert!(
            hex.len() == 32 && key.starts_with('{') && key.ends_with('}'),
            "{what} word/fontTable.xml: {el} has no GUID w:fontKey ({key:?})"
        );
        let (kind, target) = rels.get(&id).unwrap_or_else(|| {
            panic!("{what} word/fontTable.xml: {el} r:id={id} has no relationship")
        });
        assert!(
            kind.ends_with("/relationships/font"),
            "{what}: font relationship {id} of type {kind}"
        );
        let name = format!("word/{target}");
        let mut raw = Vec::new();
        zip.by_name(&name)
            .unwrap_or_else(|_| panic!("{what}: the font part {name} is missing"))
            .read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{what} {name}: unreadable: {e}"));
        let ext = name.rsplit('.').next().unwrap_or("");
        assert!(
            types.contains(&format!("Extension=\"{ext}\""))
                || types.contains(&format!("PartName=\"/{name}\"")),
            "{what}: no content type for {name}"
        );
        let mut head = raw.get(..4).unwrap_or_default().to_vec();
        for (i, b) in head.iter_mut().enumerate() {
            // Key byte i is the GUID's hex pair 15 - i (the GUID read backwards).
            *b ^= hex[30 - 2 * i] << 4 | hex[31 - 2 * i];
        }
        assert!(
            head == [0, 1, 0, 0] || head == *b"OTTO" || head == *b"true",
            "{what} {name}: not a font once its key is undone ({head:02x?})"
        );
    }
}

/// The XML parts (`.xml` and `.rels`) of a .docx by name, which must be UTF-8.
pub fn parts(what: &str, bytes: &[u8]) -> HashMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap_or_else(|e| panic!("{what}: not a zip: {e}"));
    let mut parts = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip
            .by_index(i)
            .unwrap_or_else(|e| panic!("{what}: a bad zip entry: {e}"));
        let name = f.name().to_string();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut raw = Vec::new();
        f.read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{what} {name}: unreadable: {e}"));
        let xml =
            String::from_utf8(raw).unwrap_or_else(|e| panic!("{what} {name}: not UTF-8: {e}"));
        parts.insert(name, xml);
    }
    parts
}

/// Panics unless `xml` is one well-formed element: names, nesting and attributes checked,
/// references known, every character one XML 1.0 allows and the export writes (no C1 controls,
/// no DEL).
pub fn well_formed(name: &str, xml: &str) {
    if let Some(c) = xml.chars().find(|&c| !xml_char(c)) {
        panic!(
            "{name}: U+{:04X} is not allowed in XML (or never written)",
            c as u32
        );
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
                    Ok(Some(c)) => assert!(
                        xml_char(c),
                        "{name}: &{s}; is not a character the export writes"
                    ),
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

/// What the document's parts promise one another: every relationship id a part uses is in its
/// relationships; every footnote reference, list number and internal link has its target;
/// bookmarks open and close in pairs under unique names; tracked changes have unique ids. The
/// parts every document has are there.
pub fn references(what: &str, parts: &HashMap<String, String>) {
    for part in REQUIRED {
        assert!(parts.contains_key(part), "{what}: {part} missing");
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::docx::DocBuilder;
    use crate::Lang;
    use std::io::Write;

    /// A small sound document: a list, a link to a bookmark, a footnote.
    fn sound() -> Vec<u8> {
        let mut doc = DocBuilder::new(Lang::En);
        doc.properties("Refunds", "Test");
        doc.heading(1, "Refunds", Some("policy-refunds"));
        doc.markdown(
            "Within 30 days.[^1] See [refunds](policy:refunds).\n\n- one\n- two\n\n[^1]: With a receipt.\n",
            1,
        );
        doc.finish().expect("a document")
    }

    /// The sound document with each part passed through `f` (None leaves the part out).
    fn rezip(f: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>) -> Vec<u8> {
        let bytes = sound();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let name = entry.name().to_string();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            if let Some(data) = f(&name, data) {
                out.start_file(name, zip::write::SimpleFileOptions::default())
                    .unwrap();
                out.write_all(&data).unwrap();
            }
        }
        out.finish().unwrap().into_inner()
    }

    /// The sound document with the text of `part` changed by `f`.
    fn altered(part: &str, f: impl Fn(&str) -> String) -> Vec<u8> {
        rezip(|name, data| {
            Some(if name == part {
                f(std::str::from_utf8(&data).unwrap()).into_bytes()
            } else {
                data
            })
        })
    }

    #[test]
    fn a_sound_document_passes() {
        let parts = docx("sound", &sound());
        assert!(parts["word/document.xml"].contains("<w:footnoteReference"));
        assert!(parts["word/document.xml"].contains("w:anchor=\"policy-refunds\""));
    }

    #[test]
    #[should_panic(expected = "not well-formed")]
    fn an_unclosed_element_fails() {
        docx(
            "bad",
            &altered("word/document.xml", |x| x.replacen("</w:body>", "", 1)),
        );
    }

    #[test]
    #[should_panic(expected = "U+0085 is not allowed")]
    fn a_control_character_fails() {
        docx(
            "bad",
            &altered("word/document.xml", |x| {
                x.replacen("30 days", "30\u{85}days", 1)
            }),
        );
    }

    #[test]
    #[should_panic(expected = "footnote")]
    fn a_footnote_without_its_note_fails() {
        docx(
            "bad",
            &altered("word/footnotes.xml", |x| {
                x.replace("w:id=\"1\"", "w:id=\"99\"")
            }),
        );
    }

    #[test]
    #[should_panic(expected = "missing bookmark")]
    fn a_link_to_a_missing_bookmark_fails() {
        docx(
            "bad",
            &altered("word/document.xml", |x| {
                x.replace("w:name=\"policy-refunds\"", "w:name=\"elsewhere\"")
            }),
        );
    }

    #[test]
    fn embedded_fonts_pass() {
        let mut doc = DocBuilder::new(Lang::Bn);
        doc.embed_fonts(true);
        doc.markdown("গ্রাহক সেবা and refunds.\n", 0);
        let parts = docx("fonts", &doc.finish().expect("a document"));
        assert!(parts["word/fontTable.xml"].contains("w:embedRegular"));
    }

    #[test]
    #[should_panic(expected = "not a font once its key is undone")]
    fn a_font_with_the_wrong_key_fails() {
        let mut doc = DocBuilder::new(Lang::En);
        doc.embed_fonts(true);
        doc.markdown("Refunds.\n", 0);
        let bytes = doc.finish().expect("a document");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let name = entry.name().to_string();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            if name == "word/fontTable.xml" {
                data = String::from_utf8(data)
                    .unwrap()
                    .replacen("1C01}", "1C0F}", 1)
                    .into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&data).unwrap();
        }
        docx("bad", &out.finish().unwrap().into_inner());
    }

    #[test]
    #[should_panic(expected = "word/styles.xml missing")]
    fn a_missing_part_fails() {
        docx(
            "bad",
            &rezip(|name, data| (name != "word/styles.xml").then_some(data)),
        );
    }
}
