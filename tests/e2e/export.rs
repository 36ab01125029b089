//! `policybook export` and `diff --docx`: Word documents checked in their XML, read back by pandoc
//! and rendered by LibreOffice.

use crate::support::Env;
use policybook_core::export::check;
use policybook_core::i18n::Messages;
use policybook_core::Lang;
use std::path::Path;
use std::process::Command;

/// Markdown with every element the handbook must carry as Word structure.
fn every_element(lang: &str) -> String {
    let words = match lang {
        "bn" => ["গ্রাহক সেবা", "ফেরত দেওয়ার নিয়ম", "রসিদ", "ক্ষমা চাওয়া"],
        "ur" => ["گاہک کی خدمت", "واپسی کے اصول", "رسید", "معذرت"],
        "tl" => [
            "Serbisyo sa customer",
            "Mga tuntunin sa refund",
            "Resibo",
            "Paghingi ng paumanhin",
        ],
        _ => ["Customer service", "Refund rules", "Receipt", "Apologising"],
    };
    format!(
        "# {w0}\n\nA paragraph with **bold**, *italic*, ~~struck~~ and `TILL-42` text, and Riverbend Retail.\n\n\
         ## {w1}\n\n1. First step\n2. Second step\n   - nested bullet\n   - another\n3. Third step\n\n\
         - {w2}\n- {w3}\n\n| Item | Days |\n|---|---:|\n| {w2} | 30 |\n| {w3} | 14 |\n\n\
         > A quoted rule.\n\n```\nGood morning, Riverbend Retail.\n```\n\n\
         See [the website](https://example.com/returns) and [Escalation](policy:escalation).\n\n\
         <script>alert('x')</script> stays text.\n\n---\n\nA note.[^1]\n\n[^1]: The footnote text.\n",
        w0 = words[0],
        w1 = words[1],
        w2 = words[2],
        w3 = words[3]
    )
}

fn handbook() -> Env {
    let env = Env::new();
    for lang in ["en", "bn", "tl", "ur"] {
        env.write(
            &format!("hb/care.{lang}.md"),
            format!(
                "---\ncategory: Serving customers\nauthor: Helen Parker\napproved: 2026-01-31\napproved_by: Samuel Cruz\n---\n{}",
                every_element(lang)
            ),
        );
    }
    env.write(
        "hb/escalation.en.md",
        "---\ncategory: Complaints\nauthor: Imran\napproved: 2026-02-01\napproved_by: Helen\n---\n# Escalation\n\nCall a supervisor.\n",
    );
    env.run(&["import", env.path("hb").to_str().unwrap()]).ok();
    env
}

/// One XML part of a .docx, after checking that the whole document is sound.
pub(crate) fn document_xml(path: &Path, part: &str) -> String {
    let bytes = std::fs::read(path).unwrap();
    check::docx(&path.display().to_string(), &bytes)
        .remove(part)
        .unwrap_or_else(|| panic!("no {part}"))
}

fn parts(path: &Path) -> Vec<String> {
    let z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    z.file_names().map(str::to_string).collect()
}

fn export(env: &Env, lang: &str) -> std::path::PathBuf {
    let out = env.path(&format!("handbook-{lang}.docx"));
    let r = env
        .run(&[
            "export",
            "--lang",
            lang,
            "--out",
            out.to_str().unwrap(),
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r["policies"], 2, "{r}");
    out
}

/// A reader the tests need: present, or (in CI, where `make test` installs it) a failure.
pub(crate) fn tool(name: &str) -> bool {
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
fn every_element_becomes_word_structure_in_all_four_languages() {
    let env = handbook();
    for lang in ["en", "bn", "tl", "ur"] {
        let out = export(&env, lang);
        let xml = document_xml(&out, "word/document.xml");
        let m = Messages::new(lang.parse::<Lang>().unwrap());
        for (what, needle) in [
            ("a table of contents", "docPartGallery"),
            ("the TOC field", "TOC \\o"),
            ("a bookmark per policy", "w:bookmarkStart"),
            ("an internal link", "w:anchor=\"policy-escalation\""),
            ("an external link", "r:id="),
            ("list numbering", "w:numPr"),
            ("a table header row", "w:tblHeader"),
            ("bold", "<w:b/>"),
            ("italic", "<w:i/>"),
            ("strikethrough", "<w:strike/>"),
            ("raw HTML as text", "&lt;script&gt;"),
            ("a footnote", "w:footnoteReference"),
        ] {
            assert!(xml.contains(needle), "{lang}: no {what} ({needle})");
        }
        assert!(!xml.contains("<script"), "{lang}: raw HTML interpreted");
        assert!(
            xml.contains(&m.text("handbook-contents")),
            "{lang}: the Contents label is not localised"
        );
        assert!(xml.contains("Samuel Cruz"), "{lang}: no approver line");
        let footers: Vec<String> = parts(&out)
            .into_iter()
            .filter(|p| p.starts_with("word/footer"))
            .collect();
        let footer: String = footers.iter().map(|f| document_xml(&out, f)).collect();
        assert!(
            footer.contains("PAGE") && footer.contains("NUMPAGES"),
            "{lang}: no page numbers"
        );
        let core = document_xml(&out, "docProps/core.xml");
        assert!(
            core.contains(&m.text("handbook-default-title")),
            "{lang}: document title: {core}"
        );
        let rels = document_xml(&out, "word/_rels/document.xml.rels");
        assert!(
            rels.contains("https://example.com/returns") && rels.contains("External"),
            "{lang}"
        );
        // Fonts may be set on each run or, for the whole document, in the default run properties.
        let fonts = format!("{xml}{}", document_xml(&out, "word/styles.xml"));
        match lang {
            "ur" => {
                for needle in [
                    "<w:bidi/>",
                    "<w:rtl/>",
                    "w:bidi=\"ur-PK\"",
                    "<w:bidiVisual/>",
                ] {
                    assert!(xml.contains(needle), "ur: no {needle}");
                }
                assert!(
                    fonts.contains("w:cs=\"Noto Nastaliq Urdu\""),
                    "ur: no Urdu complex-script font"
                );
            }
            "bn" => {
                assert!(
                    xml.contains("w:bidi=\"bn-BD\""),
                    "bn: no Bengali language on runs"
                );
                assert!(
                    fonts.contains("w:cs=\"Noto Sans Bengali\""),
                    "bn: no Bengali complex-script font"
                );
                assert!(!xml.contains("<w:rtl/>"));
            }
            _ => assert!(!xml.contains("<w:rtl/>"), "{lang}: right to left"),
        }
    }
}

#[test]
fn pandoc_reads_back_headings_lists_tables_and_links() {
    if !tool("pandoc") {
        return;
    }
    let env = handbook();
    for lang in ["en", "ur"] {
        let out = export(&env, lang);
        let md = Command::new("pandoc")
            .args(["-f", "docx", "-t", "markdown"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(md.status.success());
        let md = String::from_utf8(md.stdout).unwrap();
        let words = if lang == "ur" {
            "واپسی کے اصول"
        } else {
            "Refund rules"
        };
        assert!(md.contains(words), "{lang}: heading: {md}");
        assert!(
            md.contains("1.  First step") || md.contains("1. First step"),
            "{lang}: numbered list: {md}"
        );
        assert!(md.contains("nested bullet"), "{lang}");
        assert!(md.contains("https://example.com/returns"), "{lang}: link");
        // pandoc names the target after the heading the bookmark marks.
        assert!(
            md.contains("[Escalation](#") && md.contains("escalation)"),
            "{lang}: internal link: {md}"
        );
        assert!(
            md.contains("30") && (md.contains("-----") || md.contains("+---")),
            "{lang}: table: {md}"
        );
        assert!(md.contains("[^1]"), "{lang}: footnote");
    }
}

#[test]
fn libreoffice_renders_bengali_and_urdu_to_pdf() {
    if !tool("soffice") {
        return;
    }
    let env = handbook();
    for lang in ["bn", "ur"] {
        let out = export(&env, lang);
        let st = Command::new("soffice")
            .args([
                "--headless",
                "--norestore",
                &format!("-env:UserInstallation=file://{}", env.path("lo").display()),
            ])
            .args(["--convert-to", "pdf", "--outdir"])
            .arg(env.path("pdf"))
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            st.status.success(),
            "{}",
            String::from_utf8_lossy(&st.stderr)
        );
        let pdf = env.path(&format!("pdf/handbook-{lang}.pdf"));
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.starts_with(b"%PDF"));
        let pages = String::from_utf8_lossy(&bytes)
            .matches("/Type /Page\n")
            .count()
            + String::from_utf8_lossy(&bytes)
                .matches("/Type/Page/")
                .count();
        assert!(
            bytes.len() > 10_000,
            "{lang}: a {} byte PDF ({pages} pages)",
            bytes.len()
        );
    }
}

#[test]
fn missing_translations_source_or_skip() {
    let env = handbook();
    // escalation has only English: in the Bengali handbook it comes in English with a note, or not at all.
    let out = export(&env, "bn");
    let xml = document_xml(&out, "word/document.xml");
    assert!(xml.contains("Call a supervisor."));
    let note = Messages::new(Lang::Bn).get(
        "handbook-translation-pending",
        &[(
            "language",
            Messages::new(Lang::Bn)
                .language_name(Lang::En)
                .as_str()
                .into(),
        )],
    );
    assert!(xml.contains(&note), "no pending note: {note}");
    let skip = env.path("skip.docx");
    let r = env
        .run(&[
            "export",
            "--lang",
            "bn",
            "--missing",
            "skip",
            "--out",
            skip.to_str().unwrap(),
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r["policies"], 1);
    assert!(!document_xml(&skip, "word/document.xml").contains("Call a supervisor."));
    // One category only.
    let one = env.path("one.docx");
    let r = env
        .run(&[
            "export",
            "--lang",
            "en",
            "--category",
            "complaints",
            "--out",
            one.to_str().unwrap(),
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r["policies"], 1);
}

#[test]
fn nothing_approved_is_a_clear_error_and_no_file() {
    let env = Env::new();
    let f = env.write("draft.en.md", "# Draft\n\nNot approved yet.\n");
    env.run(&["import", f.to_str().unwrap()]).ok();
    let out = env.path("h.docx");
    let r = env
        .run(&["export", "--lang", "en", "--out", out.to_str().unwrap()])
        .fails(1);
    assert!(r.stderr.contains("approved"), "{}", r.stderr);
    assert!(!out.exists());
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let env = handbook();
    let dir = env.path("out");
    std::fs::create_dir(&dir).unwrap();
    // The target is a folder: the rename fails, the temporary file is removed.
    let target = dir.join("taken.docx");
    std::fs::create_dir(&target).unwrap();
    env.run(&["export", "--lang", "en", "--out", target.to_str().unwrap()])
        .fails(1);
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, [std::ffi::OsString::from("taken.docx")]);
    // A folder that does not exist.
    env.run(&[
        "export",
        "--lang",
        "en",
        "--out",
        env.path("nowhere/h.docx").to_str().unwrap(),
    ])
    .fails(1);
}

#[test]
fn redline_has_tracked_changes_by_the_new_revisions_author() {
    let env = handbook();
    let f = env.write(
        "r2.md",
        every_element("en")
            .replace("30", "21")
            .replace("Second step", "Second, careful step"),
    );
    env.revise("care", "en", &f, "Imran Qureshi", &[]).ok();
    let out = env.path("redline.docx");
    env.run(&[
        "diff",
        "care",
        "--lang",
        "en",
        "--from",
        "1",
        "--to",
        "2",
        "--docx",
        out.to_str().unwrap(),
    ])
    .ok();
    let xml = document_xml(&out, "word/document.xml");
    assert!(
        xml.contains("<w:ins ") && xml.contains("<w:del "),
        "no tracked changes"
    );
    assert!(xml.contains("w:author=\"Imran Qureshi\""));
    assert!(xml.contains("<w:delText") && xml.contains(">30<"));
    if tool("pandoc") {
        let md = Command::new("pandoc")
            .args(["--track-changes=all", "-f", "docx", "-t", "markdown"])
            .arg(&out)
            .output()
            .unwrap();
        let md = String::from_utf8(md.stdout).unwrap();
        assert!(
            md.contains(".insertion") && md.contains(".deletion"),
            "{md}"
        );
        assert!(md.contains("Imran Qureshi"));
    }
}
