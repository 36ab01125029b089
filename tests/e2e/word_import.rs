//! `policybook import FILE.docx`: Word handbooks written as Word writes them (built here, part by
//! part), by pandoc and by LibreOffice, in English, Bengali and Urdu; every kind of bad file
//! refused with the handbook unchanged; and the demo handbook exported and imported back.

use crate::support::{repo, Env};
use std::io::Write;
use std::process::Command;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/// A .docx as Word lays it out: the parts given, with content types and relationships.
fn package(document: &str, extra: &[(&str, &[u8])], rels: &str, main_type: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, bytes: &[u8]| {
        zip.start_file(name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    };
    put(
        "[Content_Types].xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="{main_type}"/></Types>"#
        )
        .as_bytes(),
    );
    put(
        "_rels/.rels",
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>"#).as_bytes(),
    );
    put(
        "word/_rels/document.xml.rels",
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rIdN" Type="{REL}/numbering" Target="numbering.xml"/><Relationship Id="rIdF" Type="{REL}/footnotes" Target="footnotes.xml"/><Relationship Id="rIdC" Type="{REL}/comments" Target="comments.xml"/>{rels}</Relationships>"#).as_bytes(),
    );
    put("word/document.xml", document.as_bytes());
    for (name, bytes) in extra {
        put(name, bytes);
    }
    zip.finish().unwrap().into_inner()
}

/// Styles as a German Word names them: ids `berschrift1`, `berschrift2`, a quote style, and a
/// house style known only by its outline level.
fn german_styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Kapitel Hausstil"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Abschnitt"><w:name w:val="Abschnitt"/><w:basedOn w:val="berschrift2"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Zitat"><w:name w:val="Quote"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standard"/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
</w:styles>"#
    )
}

/// Numbering: a decimal list (abstract 1) used by two list instances, the second restarting at
/// 1; a bullet list (abstract 2).
fn numbering() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"#
    )
}

fn footnotes(text: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    )
}

fn comments() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Helen"><w:p><w:r><w:t>Is this right?</w:t></w:r></w:p></w:comment></w:comments>"#
    )
}

fn p(style: &str, runs: &str) -> String {
    let ppr = if style.is_empty() {
        String::new()
    } else {
        format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#)
    };
    format!("<w:p>{ppr}{runs}</w:p>")
}

fn t(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

fn fmt(props: &str, text: &str) -> String {
    format!(r#"<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

fn item(num: u32, lvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Listenabsatz"/><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}</w:p>"#,
        t(text)
    )
}

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

/// A handbook as a German Word writes it, with every element the import knows.
fn word_handbook(body_extra: &str) -> Vec<u8> {
    let cell = |props: &str, text: &str| {
        format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p("", &t(text)))
    };
    let body = [
        p("Kapitel", &t("Serving customers")),
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="berschrift2"/></w:pPr><w:bookmarkStart w:id="1" w:name="_Greeting"/>{}<w:bookmarkEnd w:id="1"/></w:p>"#,
            t("Greeting customers")
        ),
        p(
            "",
            &[
                t("Greet every customer "),
                fmt("<w:b/>", "within ten seconds"),
                t(", say your name "),
                fmt("<w:i/>", "clearly"),
                t(", never "),
                fmt("<w:strike/>", "ignore"),
                t(" anyone, and "),
                fmt(r#"<w:u w:val="single"/>"#, "smile"),
                t(".&lt;"),
            ]
            .concat(),
        ),
        p("Abschnitt", &t("Steps")),
        item(5, 0, "Look up."),
        item(5, 1, "Make eye contact."),
        item(5, 0, "Say hello."),
        p("", &t("Then, for a phone call:")),
        item(6, 0, "Answer within three rings."),
        item(6, 0, "Give the store's name."),
        item(7, 0, "Be kind."),
        item(7, 1, "Always."),
        p("Zitat", &t("A smile costs nothing.")),
        format!(
            r#"<w:p><w:commentRangeStart w:id="0"/>{}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:br w:type="page"/></w:r></w:p>"#,
            t("Comments are not policy text.")
        ),
        p("Kapitel", &t("Payments")),
        // A heading known only by the paragraph's own outline level.
        r#"<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Refunds</w:t></w:r></w:p>"#.to_string(),
        p(
            "",
            &[
                t("See "),
                r#"<w:hyperlink w:anchor="_Greeting"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>greeting</w:t></w:r></w:hyperlink>"#.to_string(),
                t(" and "),
                r#"<w:hyperlink r:id="rIdL"><w:r><w:t>the law</w:t></w:r></w:hyperlink>"#.to_string(),
                t("."),
                r#"<w:r><w:footnoteReference w:id="1"/></w:r>"#.to_string(),
            ]
            .concat(),
        ),
        format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
            cell("", "Item"),
            cell("", "Window"),
            cell("", "Method"),
            cell(r#"<w:vMerge w:val="restart"/>"#, "Clothing"),
            cell(r#"<w:gridSpan w:val="2"/>"#, "30 days, card"),
            cell("<w:vMerge/>", ""),
            cell("", "14 days"),
            cell("", "Cash | card"),
        ),
        p(
            "",
            &[
                t("A picture: "),
                r#"<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Logo" descr="The logo"/><a:graphic/></wp:inline></w:drawing></w:r>"#.to_string(),
            ]
            .concat(),
        ),
        body_extra.to_string(),
    ]
    .concat();
    package(
        &document(&body),
        &[
            ("word/styles.xml", german_styles().as_bytes()),
            ("word/numbering.xml", numbering().as_bytes()),
            (
                "word/footnotes.xml",
                footnotes("Consumer Rights Act 2015.").as_bytes(),
            ),
            ("word/comments.xml", comments().as_bytes()),
            ("word/media/image1.png", b"\x89PNG\r\n\x1a\n"),
        ],
        &format!(
            r#"<Relationship Id="rIdL" Type="{REL}/hyperlink" Target="https://example.com/law" TargetMode="External"/><Relationship Id="rIdI" Type="{REL}/image" Target="media/image1.png"/>"#
        ),
        MAIN,
    )
}

fn show(env: &Env, id: &str) -> String {
    env.run(&["show", id]).ok().stdout
}

#[test]
fn a_german_word_handbook_becomes_policies_with_their_structure() {
    let env = Env::new();
    let file = env.write("Handbuch.docx", word_handbook(""));
    let f = file.to_str().unwrap();
    let before = env.snapshot();
    let preview = env.run(&["import", f, "--dry-run", "--json"]).ok().json();
    assert_eq!(env.snapshot(), before, "a dry run writes nothing");
    let list = preview["policies"].as_array().unwrap();
    let ids: Vec<&str> = list.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["greeting-customers", "refunds"], "{preview}");
    assert_eq!(list[0]["title"], "Greeting customers");
    assert_eq!(list[0]["category"], "Serving customers");
    assert_eq!(list[1]["category"], "Payments");
    assert_eq!(list[0]["lang"], "en");
    assert!(list[0]["chars"].as_u64().unwrap() > 100, "{preview}");
    let warnings = |i: usize| list[i]["warnings"].to_string();
    assert!(warnings(0).contains("1 comment dropped"), "{preview}");
    assert!(warnings(1).contains("1 image not imported"), "{preview}");
    assert!(warnings(1).contains("merged table cells"), "{preview}");

    let report = env.run(&["import", f, "--json"]).ok().json();
    assert_eq!(report["imported"].as_array().unwrap().len(), 2, "{report}");
    let greeting = show(&env, "greeting-customers");
    let expected = "# Greeting customers\n\n\
        Greet every customer **within ten seconds**, say your name *clearly*, never ~~ignore~~ anyone, and *smile*.\\<\n\n\
        ## Steps\n\n\
        1. Look up.\n   1. Make eye contact.\n2. Say hello.\n\n\
        Then, for a phone call:\n\n\
        1. Answer within three rings.\n2. Give the store's name.\n\n\
        - Be kind.\n  - Always.\n\n\
        > A smile costs nothing.\n\n\
        Comments are not policy text.\n";
    assert_eq!(greeting, expected);
    let refunds = show(&env, "refunds");
    assert!(
        refunds.starts_with("# Refunds\n\nSee [greeting](policy:greeting-customers) and [the law](https://example.com/law).[^1]\n"),
        "{refunds}"
    );
    assert!(
        refunds.contains("| Item | Window | Method |\n|---|---|---|\n| Clothing | 30 days, card |  |\n|  | 14 days | Cash \\| card |\n"),
        "{refunds}"
    );
    assert!(
        refunds.ends_with("[^1]: Consumer Rights Act 2015.\n"),
        "{refunds}"
    );
    assert!(
        !refunds.contains("Is this right"),
        "comments dropped: {refunds}"
    );
    let listed = env.run(&["list", "--json"]).ok().json();
    assert_eq!(listed["policies"][0]["category"], "Payments", "{listed}");

    // Imported again, nothing changes; --category puts every policy in one category.
    let again = env.run(&["import", f, "--json"]).ok().json();
    assert_eq!(again["unchanged"].as_array().unwrap().len(), 2, "{again}");
    let cat = env
        .run(&[
            "import",
            f,
            "--category",
            "Shop floor",
            "--dry-run",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(cat["policies"][1]["category"], "Shop floor");
    // Cut at level 3 ("Steps" is then a policy of its own, in its parent's category).
    let l2 = env
        .run(&["import", f, "--split-level", "3", "--dry-run", "--json"])
        .ok()
        .json();
    let ids: Vec<&str> = l2["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["greeting-customers", "steps", "refunds"], "{l2}");
    assert_eq!(l2["policies"][0]["category"], "Serving customers", "{l2}");
    assert_eq!(l2["policies"][1]["category"], "Greeting customers", "{l2}");
}

#[test]
fn tracked_changes_are_refused_or_accepted() {
    let env = Env::new();
    let changes = [
        p(
            "",
            &[
                t("Refunds take "),
                r#"<w:del w:id="91" w:author="Helen" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>ten</w:delText></w:r></w:del>"#.to_string(),
                r#"<w:ins w:id="92" w:author="Helen" w:date="2026-01-01T00:00:00Z"><w:r><w:t>five</w:t></w:r></w:ins>"#.to_string(),
                t(" days."),
            ]
            .concat(),
        ),
        p(
            "",
            r#"<w:moveFrom w:id="93" w:author="Helen"><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom>"#,
        ),
    ]
    .concat();
    let file = env.write("changes.docx", word_handbook(&changes));
    let f = file.to_str().unwrap();
    env.write("a.md", "# A\n\nText.\n");
    env.run(&["import", env.path("a.md").to_str().unwrap()])
        .ok();
    let before = env.snapshot();
    let r = env.run(&["import", f]).fails(2);
    assert!(
        r.stderr
            .contains("3 tracked changes, the first under “Refunds”")
            && r.stderr.contains("accept or reject them in Word first")
            // The core's message names no flag (the window shows it too); the command line's own
            // hint does, on the same line.
            && r.stderr.trim_end().ends_with("import them accepted. (with --accept-changes)")
            && r.stderr.trim_end().lines().count() == 1,
        "{}",
        r.stderr
    );
    assert_eq!(env.snapshot(), before);
    env.run(&["import", f, "--accept-changes"]).ok();
    let refunds = show(&env, "refunds");
    assert!(refunds.contains("Refunds take five days."), "{refunds}");
    assert!(
        !refunds.contains("ten") && !refunds.contains("Moved away"),
        "{refunds}"
    );
}

/// A one-section Word document in a language, no headings: titled from its first line.
fn plain_word(lines: &[&str]) -> Vec<u8> {
    let body: String = lines.iter().map(|l| p("", &t(l))).collect();
    package(
        &document(&body),
        &[("word/styles.xml", german_styles().as_bytes())],
        "",
        MAIN,
    )
}

#[test]
fn bengali_and_urdu_handbooks_get_their_language_and_ascii_ids() {
    let env = Env::new();
    let bn = env.write(
        "bn.docx",
        package(
            &document(
                &[
                    p("berschrift1", &t("গ্রাহকদের শুভেচ্ছা")),
                    p("", &t("প্রত্যেক গ্রাহককে দশ সেকেন্ডের মধ্যে শুভেচ্ছা জানান।")),
                    p("berschrift1", &t("ফেরত নীতি")),
                    p("", &t("ত্রিশ দিনের মধ্যে টাকা ফেরত দেওয়া হয়।")),
                ]
                .concat(),
            ),
            &[("word/styles.xml", german_styles().as_bytes())],
            "",
            MAIN,
        ),
    );
    let ur = env.write(
        "ur.docx",
        plain_word(&["رقم کی واپسی", "تیس دن کے اندر رقم واپس کی جاتی ہے۔"]),
    );
    let r = env
        .run(&["import", bn.to_str().unwrap(), "--dry-run", "--json"])
        .ok()
        .json();
    let ids: Vec<&str> = r["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["grahokoder-shubheccha", "pherot-niti"], "{r}");
    assert_eq!(r["policies"][0]["lang"], "bn");
    let r = env
        .run(&["import", ur.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(r["imported"][0]["id"], "rqm-ki-wapsi", "{r}");
    assert_eq!(r["imported"][0]["lang"], "ur", "{r}");
    let body = env.run(&["show", "rqm-ki-wapsi"]).ok().stdout;
    assert_eq!(
        body,
        "# رقم کی واپسی\n\nتیس دن کے اندر رقم واپس کی جاتی ہے۔\n"
    );
    // --lang overrides the script.
    let r = env
        .run(&[
            "import",
            bn.to_str().unwrap(),
            "--lang",
            "tl",
            "--dry-run",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r["policies"][1]["lang"], "tl");
}

fn ole(stream: &str) -> Vec<u8> {
    let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    b.resize(512, 0);
    b.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
    b.resize(2048, 0);
    b
}

#[test]
fn bad_files_are_one_line_exit_2_and_the_handbook_unchanged() {
    let env = Env::new();
    env.write("ok/a.md", "# A\n\nText.\n");
    env.run(&["import", env.path("ok").to_str().unwrap()]).ok();
    let before = env.snapshot();

    let macro_types = "application/vnd.ms-word.document.macroEnabled.main+xml";
    let docm = package(
        &document(&p("", &t("Hello"))),
        &[("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros")],
        "",
        macro_types,
    );
    let malformed = package("<w:document><w:body><w:p></w:body>", &[], "", MAIN);
    // A zip bomb: 300 MB of zeros, a third of a megabyte packed.
    let bomb = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("[Content_Types].xml", opts).unwrap();
        zip.write_all(format!(r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="{MAIN}"/></Types>"#).as_bytes()).unwrap();
        zip.start_file("word/document.xml", opts).unwrap();
        let zeros = vec![b' '; 1 << 20];
        for _ in 0..300 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap().into_inner()
    };
    assert!(bomb.len() < 2 << 20, "{}", bomb.len());
    let many_parts = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for i in 0..10_001 {
            zip.start_file(format!("p{i}"), opts).unwrap();
        }
        zip.finish().unwrap().into_inner()
    };
    let cases: [(&str, Vec<u8>, &str); 7] = [
        (
            "protected.docx",
            ole("EncryptedPackage"),
            "protected by a password",
        ),
        (
            "old.doc",
            ole("WordDocument"),
            "Word 97–2003 document (.doc)",
        ),
        ("macros.docm", docm, "macros were neither run nor kept"),
        ("bomb.docx", bomb, "inflate to more than 256 MB"),
        ("parts.docx", many_parts, "10001 parts (at most 10000)"),
        ("broken.docx", malformed, "word/document.xml: malformed"),
        (
            "notes.docx",
            b"just some text, renamed".to_vec(),
            "not a Word document (a .docx is a zip package)",
        ),
    ];
    for (name, bytes, says) in cases {
        let file = env.write(name, bytes);
        let r = env.run(&["import", file.to_str().unwrap()]).fails(2);
        assert!(r.stderr.contains(says), "{name}: {}", r.stderr);
        assert!(r.stderr.contains(name), "{name}: {}", r.stderr);
        assert_eq!(env.snapshot(), before, "{name} changed the handbook");
        env.run(&["import", file.to_str().unwrap(), "--dry-run"])
            .fails(2);
    }
    // In the user's language.
    let r = env
        .cmd()
        .args(["import", env.path("old.doc").to_str().unwrap()])
        .env("POLICYBOOK_LOCALE", "bn")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(stderr.contains("Word 97–2003 নথি"), "{stderr}");
}

/// A tool the tests need: present, or (in CI, where `make test` installs it) a failure.
fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("--version").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{name} is missing in CI: .ci/deps.sh installs it"
        );
        eprintln!("note: {name} is not installed; that part of the test is skipped");
    }
    found
}

#[test]
fn a_handbook_written_by_pandoc() {
    if !tool("pandoc") {
        return;
    }
    let env = Env::new();
    let md = env.write(
        "in.md",
        "# Handling complaints\n\nListen **first**, then *act*.[^n]\n\n## Steps\n\n1. Listen.\n2. Apologise.\n    - sincerely\n3. Act.\n\n> The customer is upset, not you.\n\n| Kind | Owner |\n|---|---|\n| Refund | Till |\n\nSee [the law](https://example.com/law).\n\n[^n]: Within a day.\n\n# অভিযোগ\n\nগ্রাহকের কথা মন দিয়ে শুনুন।\n",
    );
    let docx = env.path("pandoc.docx");
    let st = Command::new("pandoc")
        .arg(&md)
        .arg("-o")
        .arg(&docx)
        .status()
        .unwrap();
    assert!(st.success());
    let r = env
        .run(&["import", docx.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(r["imported"].as_array().unwrap().len(), 2, "{r}");
    let body = show(&env, "handling-complaints");
    assert_eq!(
        body,
        "# Handling complaints\n\nListen **first**, then *act*.[^1]\n\n## Steps\n\n1. Listen.\n2. Apologise.\n   - sincerely\n3. Act.\n\n> The customer is upset, not you.\n\n| Kind | Owner |\n|---|---|\n| Refund | Till |\n\nSee [the law](https://example.com/law).\n\n[^1]: Within a day.\n"
    );
    let list = env.run(&["list", "--json"]).ok().json();
    let bn = list["policies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "obhijog")
        .unwrap_or_else(|| panic!("{list}"));
    assert!(bn["languages"]["bn"].is_object(), "{list}");
}

#[test]
fn a_handbook_written_by_libreoffice_in_english_and_urdu() {
    if !tool("soffice") {
        return;
    }
    let env = Env::new();
    env.write(
        "en.html",
        "<html><body><h1>Lost property</h1><p>Keep items <b>safe</b> for <i>30 days</i>.</p><h2>Steps</h2><ol><li>Label it.<ul><li>Date and place.</li></ul></li><li>Log it.</li></ol><blockquote><p>Never open bags alone.</p></blockquote><table border=\"1\"><tr><th>Item</th><th>Days</th></tr><tr><td>Phone</td><td>90</td></tr></table><p>See <a href=\"https://example.com/lost\">the list</a>.</p><h1>Damaged goods</h1><p>Photograph the damage.</p></body></html>",
    );
    env.write(
        "ur.html",
        "<html><body><h1>گمشدہ سامان</h1><p>سامان تیس دن تک محفوظ رکھیں۔</p></body></html>",
    );
    let profile = env.path("lo-profile");
    let st = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
        ])
        .arg(env.path("out"))
        .arg(env.path("en.html"))
        .arg(env.path("ur.html"))
        .output()
        .unwrap();
    assert!(st.status.success(), "{st:?}");
    let en = env.path("out/en.docx");
    let r = env
        .run(&["import", en.to_str().unwrap(), "--json"])
        .ok()
        .json();
    let ids: Vec<&str> = r["imported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    // In the document's order (as they are created, which pairing another language relies on).
    assert_eq!(ids, ["lost-property", "damaged-goods"], "{r}");
    let body = show(&env, "lost-property");
    for part in [
        "# Lost property\n\n",
        "Keep items **safe** for *30 days*.",
        "## Steps",
        "1. Label it.\n   - Date and place.\n2. Log it.",
        "> Never open bags alone.",
        "| Item | Days |\n|---|---|\n| Phone | 90 |",
        "See [the list](https://example.com/lost).",
    ] {
        assert!(body.contains(part), "{part:?} missing from:\n{body}");
    }
    let ur = env.path("out/ur.docx");
    let r = env
        .run(&["import", ur.to_str().unwrap(), "--dry-run", "--json"])
        .ok()
        .json();
    assert_eq!(r["policies"][0]["lang"], "ur", "{r}");
    assert_eq!(r["policies"][0]["title"], "گمشدہ سامان", "{r}");
}

/// Markdown compared as a reader sees it: blank lines, trailing spaces and a code block's
/// language tag (Word has no place for it) aside.
fn normalised(md: &str) -> String {
    md.lines()
        .map(str::trim_end)
        .map(|l| if l.starts_with("```") { "```" } else { l })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Links to policies that are not in `ids` (not exported: not approved) as their text.
fn unlink_missing(md: &str, ids: &[String]) -> String {
    let mut out = md.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("](policy:").map(|i| i + from) {
        let id_start = at + "](policy:".len();
        let id_end = out[id_start..].find(')').map(|i| i + id_start).unwrap();
        let id = out[id_start..id_end].to_string();
        let open = out[..at].rfind('[').unwrap();
        if ids.contains(&id) {
            from = id_end;
        } else {
            out.replace_range(at..=id_end, "");
            out.remove(open);
            from = open;
        }
    }
    out
}

/// The body of a demo file, after its front matter.
fn demo_body(text: &str) -> String {
    let rest = text.strip_prefix("---\n").unwrap();
    let end = rest.find("\n---\n").unwrap();
    rest[end + 5..].to_string()
}

#[test]
fn the_demo_handbook_exported_to_word_imports_back_as_the_same_policies() {
    let env = Env::new();
    let demo = repo().join("assets/demo");
    env.run(&["import", demo.to_str().unwrap()]).ok();
    for lang in ["en", "bn", "ur"] {
        let out = env.path(&format!("demo-{lang}.docx"));
        env.run(&[
            "export",
            "--lang",
            lang,
            "--missing",
            "skip",
            "--out",
            out.to_str().unwrap(),
        ])
        .ok();
        let back = Env::new();
        let r = back
            .run(&["import", out.to_str().unwrap(), "--json"])
            .ok()
            .json();
        let imported = r["imported"].as_array().unwrap();
        assert!(imported.len() >= 5, "{lang}: {r}");
        let ids: Vec<String> = imported
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect();
        for p in imported {
            let id = p["id"].as_str().unwrap();
            assert_eq!(p["lang"], lang, "{r}");
            let original = std::fs::read_to_string(demo.join(format!("{id}.{lang}.md")))
                .unwrap_or_else(|_| panic!("{lang}: no demo policy {id}"));
            let got = back.run(&["show", id, "--lang", lang]).ok().stdout;
            assert_eq!(
                normalised(&got),
                normalised(&unlink_missing(&demo_body(&original), &ids)),
                "{lang}: {id} differs after export and import"
            );
            let orig_list = env.run(&["list", "--json"]).ok().json();
            let new_list = back.run(&["list", "--json"]).ok().json();
            let find = |l: &serde_json::Value| {
                l["policies"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|x| x["id"] == id)
                    .cloned()
                    .unwrap_or_else(|| panic!("{id} is not in the list: {l}"))
            };
            // The handbook's chapters are named in its language: the import takes the chapter as
            // the document names it, the category's name in that language.
            let chapter = &find(&orig_list)["category_titles"][lang]["title"];
            assert!(chapter.is_string(), "{id}: no {lang} chapter name");
            assert_eq!(&find(&new_list)["category"], chapter, "{id}: category");
        }
    }
}

/// A company's handbook in one Word document per language: imported one after another, the
/// sections of the second pair with the policies of the first as their translations when their
/// order and headings line up (shown by `--dry-run` first); a document that does not line up
/// says why and stays policies of its own, and `--no-pair` never pairs.
#[test]
fn handbooks_per_language_pair_up_as_translations() {
    if !tool("pandoc") {
        return;
    }
    let env = Env::new();
    let word = |name: &str, md: &str| -> String {
        let src = env.write(&format!("{name}.md"), md);
        let docx = env.path(&format!("{name}.docx"));
        let st = Command::new("pandoc")
            .arg(&src)
            .arg("-o")
            .arg(&docx)
            .status()
            .unwrap();
        assert!(st.success());
        docx.to_str().unwrap().to_string()
    };
    let en = word(
        "en",
        "# Refunds\n\nWithin 30 days.\n\n## Receipts\n\nKeep them.\n\n# Complaints\n\n- Listen.\n- Act.\n",
    );
    let bn = word(
        "bn",
        "# ফেরত\n\n৩০ দিনের মধ্যে।\n\n## রসিদ\n\nরেখে দিন।\n\n# অভিযোগ\n\n- শুনুন।\n- ব্যবস্থা নিন।\n",
    );
    // Urdu: the second section has a sub-heading the English one has not.
    let ur = word(
        "ur",
        "# واپسی\n\nتیس دن میں۔\n\n## رسید\n\nرکھیں۔\n\n# شکایات\n\nتوجہ سے۔\n\n## پہلے\n\n- سنیں۔\n- عمل کریں۔\n",
    );
    env.run(&["import", &en, "--author", "Ann"]).ok();

    let plan = env
        .run(&["import", &bn, "--author", "Rahim", "--dry-run", "--json"])
        .ok()
        .json();
    let pairs: Vec<(String, String)> = plan["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().to_string(),
                p["translation_of"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("refunds".to_string(), "refunds".to_string()),
            ("complaints".to_string(), "complaints".to_string())
        ],
        "{plan}"
    );
    env.run(&["import", &bn, "--author", "Rahim"]).ok();
    let list = env.run(&["list", "--json"]).ok().json();
    assert_eq!(list["policies"].as_array().unwrap().len(), 2, "{list}");
    assert!(show(&env, "refunds").starts_with("# Refunds"));
    let bn_text = env.run(&["show", "refunds", "--lang", "bn"]).ok().stdout;
    assert!(bn_text.contains("রসিদ"), "{bn_text}");
    // A current translation of the English text.
    let tr = env.run(&["translations", "--json"]).ok().json();
    let refunds = tr["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "refunds")
        .cloned()
        .unwrap_or_else(|| panic!("{tr}"));
    assert_eq!(refunds["languages"]["bn"], "current", "{refunds}");

    // Urdu does not line up: said, and imported as policies of their own.
    let plan = env.run(&["import", &ur, "--dry-run", "--json"]).ok().json();
    let first = &plan["policies"][0];
    assert!(first["translation_of"].is_null(), "{plan}");
    let said = first["warnings"].to_string();
    assert!(
        said.contains("do not line up") && said.contains("complaints"),
        "{said}"
    );
    // Nor does --no-pair pair Bengali again (a fresh handbook).
    let other = Env::new();
    other.run(&["import", &en, "--author", "Ann"]).ok();
    let plan = other
        .run(&["import", &bn, "--no-pair", "--dry-run", "--json"])
        .ok()
        .json();
    assert!(plan["policies"][0]["translation_of"].is_null(), "{plan}");
    assert_ne!(plan["policies"][0]["id"], "refunds");
}
