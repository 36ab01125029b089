//! The fonts a handbook brings with it, embedded the way Word embeds them (ECMA-376 Part 1,
//! 17.8.1 and 17.8.3.3), so that Bengali and Urdu read right on a PC without Noto fonts.
//!
//! Each face is stored obfuscated at `word/fonts/fontN.odttf`, referenced from
//! `word/fontTable.xml` by `w:embedRegular`/`w:embedBold` with its `w:fontKey`, through a
//! relationship of type [`FONT_REL`] in `word/_rels/fontTable.xml.rels`; the content type of
//! `odttf` is declared, and `word/settings.xml` gets `w:embedTrueTypeFonts`.
//!
//! Only the fonts of the scripts the document's text uses are embedded (an English handbook gets
//! Noto Sans only). They are embedded whole: the Rust subsetters at hand (`subsetter`,
//! `allsorts`) write fonts for PDF, dropping or not keeping the layout tables (GSUB, GPOS, GDEF)
//! that Word and LibreOffice shape Bengali conjuncts and Nastaliq from. The font files are part
//! of the binary (`include_bytes!` from `assets/fonts`, 2.6 MB), so an export never depends on
//! where the program was installed.

use std::collections::BTreeSet;
use std::io::Write;

/// The relationship type of an embedded font.
pub const FONT_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
/// The content type of an obfuscated font part.
pub const OBFUSCATED_FONT: &str = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

/// A script whose font a document may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    /// Latin letters, digits and punctuation (Noto Sans).
    Latin,
    /// Bengali (Noto Sans Bengali).
    Bengali,
    /// Arabic script, for Urdu (Noto Nastaliq Urdu).
    Arabic,
}

impl Script {
    /// The script of a character that needs a font of its own, if any (spaces and controls
    /// need none).
    pub fn of(c: char) -> Option<Script> {
        match c {
            '\u{0980}'..='\u{09FF}' => Some(Script::Bengali),
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => Some(Script::Arabic),
            c if c.is_whitespace() || c.is_control() => None,
            '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' => None,
            _ => Some(Script::Latin),
        }
    }

    /// The font family of the script.
    pub fn family(self) -> &'static str {
        match self {
            Script::Latin => "Noto Sans",
            Script::Bengali => "Noto Sans Bengali",
            Script::Arabic => "Noto Nastaliq Urdu",
        }
    }

    /// The font files: regular, bold.
    fn faces(self) -> [Face; 2] {
        match self {
            Script::Latin => [LATIN_REGULAR, LATIN_BOLD],
            Script::Bengali => [BENGALI_REGULAR, BENGALI_BOLD],
            Script::Arabic => [URDU_REGULAR, URDU_BOLD],
        }
    }
}

/// The scripts a document's text uses.
#[derive(Debug, Clone, Default)]
pub struct Scripts(BTreeSet<Script>);

impl Scripts {
    /// Notes the scripts of a piece of text.
    pub fn note(&mut self, text: &str) {
        for c in text.chars() {
            if let Some(s) = Script::of(c) {
                self.0.insert(s);
            }
        }
    }

    /// Notes one script (e.g. Latin digits of list numbers and page numbers).
    pub fn add(&mut self, s: Script) {
        self.0.insert(s);
    }

    /// The scripts, in a stable order.
    pub fn iter(&self) -> impl Iterator<Item = Script> + '_ {
        self.0.iter().copied()
    }
}

/// One font file.
#[derive(Clone, Copy)]
struct Face {
    bytes: &'static [u8],
    /// The `w:fontKey`: fixed per face, so that the same handbook gives the same file.
    key: &'static str,
}

macro_rules! face {
    ($file:literal, $key:literal) => {
        Face {
            bytes: include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../assets/fonts/",
                $file
            )),
            key: $key,
        }
    };
}

const LATIN_REGULAR: Face = face!(
    "NotoSans-Regular.ttf",
    "{5B6C1D2E-7A41-4C3F-9E21-0D8B6A4F1C01}"
);
const LATIN_BOLD: Face = face!(
    "NotoSans-Bold.ttf",
    "{5B6C1D2E-7A41-4C3F-9E21-0D8B6A4F1C02}"
);
const BENGALI_REGULAR: Face = face!(
    "NotoSansBengali-Regular.ttf",
    "{5B6C1D2E-7A41-4C3F-9E21-0D8B6A4F1C03}"
);
const BENGALI_BOLD: Face = face!(
    "NotoSansBengali-Bold.ttf",
    "{5B6C1D2E-7A41-4C3F-9E21-0D8B6A4F1C04}"
);
const URDU_REGULAR: Face = face!(
    "NotoNastaliqUrdu-Regular.ttf",
    "{5B6C1D2E-7A41-4C3F-9E21-0D8B6A4F1C05}"
);
const URDU_BOLD: Face = face!(
    "NotoNastaliqUrdu-Bold.ttf",
    "{5B6C1D2E-7A41-4C3F-9E21-0D8B6A4F1C06}"
);

/// The 16 key bytes of a `w:fontKey` GUID: its 32 hex digits read from the end, two at a time.
fn key_bytes(guid: &str) -> Option<[u8; 16]> {
    let hex: Vec<u8> = guid
        .chars()
        .filter(char::is_ascii_hexdigit)
        .map(|c| c.to_digit(16).map_or(0, |d| d as u8))
        .collect();
    if hex.len() != 32 {
        return None;
    }
    let mut key = [0u8; 16];
    for (i, k) in key.iter_mut().enumerate() {
        *k = hex[30 - 2 * i] << 4 | hex[31 - 2 * i];
    }
    Some(key)
}

/// Obfuscates (or, applied again, restores) a font: its first 32 bytes XORed with the key of
/// the GUID (ECMA-376 Part 1, 17.8.1).
pub fn obfuscate(font: &[u8], guid: &str) -> Vec<u8> {
    let mut out = font.to_vec();
    if let Some(key) = key_bytes(guid) {
        for (i, b) in out.iter_mut().take(32).enumerate() {
            *b ^= key[i % 16];
        }
    }
    out
}

/// What embedding adds to a package.
pub(crate) struct Embedded {
    /// `word/fontTable.xml`.
    pub font_table: Vec<u8>,
    /// `word/_rels/fontTable.xml.rels`.
    pub rels: Vec<u8>,
    /// The font parts: name in the package, obfuscated bytes.
    pub parts: Vec<(String, Vec<u8>)>,
}

/// The font table, its relationships and the font parts for the scripts used (`embed`), or
/// just a font table naming the fonts (no embedding).
pub(crate) fn font_table(scripts: &Scripts, embed: bool) -> Embedded {
    let mut table = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut parts = Vec::new();
    let mut all: BTreeSet<Script> = scripts.iter().collect();
    all.insert(Script::Latin);
    for script in all {
        table.push_str(&format!(
            r#"<w:font w:name="{}"><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/>"#,
            script.family()
        ));
        if embed && scripts.iter().any(|s| s == script) {
            for (face, element) in script.faces().iter().zip(["w:embedRegular", "w:embedBold"]) {
                let n = parts.len() + 1;
                let id = format!("rIdPbFont{n}");
                table.push_str(&format!(
                    r#"<{element} r:id="{id}" w:fontKey="{}"/>"#,
                    face.key
                ));
                rels.push_str(&format!(
                    r#"<Relationship Id="{id}" Type="{FONT_REL}" Target="fonts/font{n}.odttf"/>"#
                ));
                parts.push((
                    format!("word/fonts/font{n}.odttf"),
                    obfuscate(face.bytes, face.key),
                ));
            }
        }
        table.push_str("</w:font>");
    }
    table.push_str("</w:fonts>");
    rels.push_str("</Relationships>");
    Embedded {
        font_table: table.into_bytes(),
        rels: rels.into_bytes(),
        parts,
    }
}

/// `[Content_Types].xml` with the obfuscated font type declared.
pub(crate) fn with_font_content_type(content_types: &[u8]) -> Vec<u8> {
    let s = String::from_utf8_lossy(content_types);
    if s.contains(r#"Extension="odttf""#) {
        return content_types.to_vec();
    }
    let default = format!(r#"<Default Extension="odttf" ContentType="{OBFUSCATED_FONT}"/>"#);
    match s.find("<Default ").or_else(|| s.find("<Override ")) {
        Some(at) => format!("{}{default}{}", &s[..at], &s[at..]).into_bytes(),
        None => s
            .replacen("</Types>", &format!("{default}</Types>"), 1)
            .into_bytes(),
    }
}

/// Adds the font parts and the font table's relationships to a finished package. The package is
/// written anew (its parts copied as they are, not recompressed): a zip appended to in place
/// is read by Word and LibreOffice but refused by pandoc's reader.
pub(crate) fn append(package: Vec<u8>, embedded: &Embedded) -> Result<Vec<u8>, String> {
    if embedded.parts.is_empty() {
        return Ok(package);
    }
    let fail = |e: zip::result::ZipError| e.to_string();
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(package)).map_err(fail)?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..src.len() {
        zip.raw_copy_file(src.by_index_raw(i).map_err(fail)?)
            .map_err(fail)?;
    }
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6));
    zip.start_file("word/_rels/fontTable.xml.rels", stored)
        .map_err(fail)?;
    zip.write_all(&embedded.rels).map_err(|e| e.to_string())?;
    for (name, bytes) in &embedded.parts {
        zip.start_file(name.as_str(), deflated).map_err(fail)?;
        zip.write_all(bytes).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(fail)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_guid_read_backwards() {
        let key = key_bytes("{00112233-4455-6677-8899-AABBCCDDEEFF}").expect("a key");
        assert_eq!(key[0], 0xFF);
        assert_eq!(key[1], 0xEE);
        assert_eq!(key[15], 0x00);
        assert!(key_bytes("{nope}").is_none());
    }

    #[test]
    fn obfuscation_touches_the_first_32_bytes_and_undoes_itself() {
        let font = LATIN_REGULAR.bytes;
        let o = obfuscate(font, LATIN_REGULAR.key);
        assert_ne!(&o[..32], &font[..32]);
        assert_eq!(&o[32..], &font[32..]);
        assert_eq!(obfuscate(&o, LATIN_REGULAR.key), font);
        // A TrueType font starts with version 1.0.
        assert_eq!(&font[..4], &[0, 1, 0, 0]);
    }

    #[test]
    fn only_the_scripts_used_are_embedded() {
        let mut s = Scripts::default();
        s.note("Refunds within 30 days");
        let e = font_table(&s, true);
        assert_eq!(e.parts.len(), 2);
        let table = String::from_utf8(e.font_table).expect("utf-8");
        assert!(table.contains(r#"<w:font w:name="Noto Sans">"#));
        assert!(!table.contains("Bengali") && !table.contains("Nastaliq"));
        s.note("গ্রাহক ফেরত");
        s.note("واپسی");
        let e = font_table(&s, true);
        assert_eq!(e.parts.len(), 6);
        let table = String::from_utf8(e.font_table).expect("utf-8");
        assert!(table.contains(r#"<w:font w:name="Noto Nastaliq Urdu">"#));
        assert!(table.contains(r#"w:embedBold r:id="rIdPbFont6""#));
        let off = font_table(&s, false);
        assert!(off.parts.is_empty());
        assert!(!String::from_utf8(off.font_table)
            .expect("utf-8")
            .contains("w:embed"));
    }
}
