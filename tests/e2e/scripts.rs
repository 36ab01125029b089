//! Every script right on any machine: the handbook embeds the fonts its text uses, text of another
//! language (a missing translation shown in its source language) keeps its own direction and
//! language tag, and chapters are named in the reader's language. LibreOffice renders the
//! handbooks with a font configuration that hides every font but DejaVu, as on a PC without Noto.

use crate::support::Env;
use policybook_core::export::check;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// English only: in the Urdu handbook it comes in English, left to right.
const GREET_EN: &str = "---\ncategory: Serving customers\nauthor: Helen Parker\napproved: 2026-01-31\napproved_by: Samuel Cruz\n---\n# Greeting customers\n\n1. Greet the customer within a minute.\n2. Offer help with the purchase.\n\n| Step | Time limit |\n|---|---|\n| Refund | 30 days |\n\n> Smile when you greet.[^1]\n\n[^1]: Every customer, every time.\n";

/// Urdu only: in the Bengali handbook it comes in Urdu, right to left.
const SALAM_UR: &str = "---\ncategory: Payments and refunds\nauthor: Imran Qureshi\napproved: 2026-01-31\napproved_by: Samuel Cruz\n---\n# رقم کی واپسی\n\n1. رسید دیکھیں۔\n2. رقم واپس کریں۔\n\n| مرحلہ | مدت |\n|---|---|\n| واپسی | تیس دن |\n\n> ہمیشہ شکریہ ادا کریں۔\n";

/// In all four languages; its English file names the chapter in the other three.
fn care(lang: &str) -> String {
    let (title, body, names) = match lang {
        "bn" => ("গ্রাহক সেবা", "গ্রাহককে শুভেচ্ছা জানান।", ""),
        "ur" => ("گاہک کی خدمت", "گاہک کو خوش آمدید کہیں۔", ""),
        "tl" => ("Serbisyo sa customer", "Batiin ang customer.", ""),
        _ => (
            "Customer care",
            "Welcome every customer.",
            "category_bn: গ্রাহক সেবা\ncategory_tl: Paglilingkod sa mga customer\ncategory_ur: گاہکوں کی خدمت\n",
        ),
    };
    format!("---\ncategory: Serving customers\n{names}author: Helen Parker\napproved: 2026-01-31\napproved_by: Samuel Cruz\n---\n# {title}\n\n{body}\n")
}

fn mixed() -> Env {
    let env = Env::new();
    for lang in ["en", "bn", "tl", "ur"] {
        env.write(&format!("hb/care.{lang}.md"), care(lang));
    }
    env.write("hb/greet.en.md", GREET_EN);
    env.write("hb/salam.ur.md", SALAM_UR);
    env.run(&["import", env.path("hb").to_str().unwrap()]).ok();
    env
}

fn export(env: &Env, lang: &str, extra: &[&str]) -> PathBuf {
    let out = env.path(&format!("handbook-{lang}{}.docx", extra.len()));
    let mut args = vec!["export", "--lang", lang, "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    env.run(&args).ok();
    out
}

fn parts(path: &Path) -> HashMap<String, String> {
    check::docx(&path.display().to_string(), &std::fs::read(path).unwrap())
}

fn zip_names(path: &Path) -> Vec<String> {
    let z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    z.file_names().map(str::to_string).collect()
}

/// The `w:p` elements of a part that contain `text`.
fn paragraphs_with<'a>(xml: &'a str, text: &str) -> Vec<&'a str> {
    let starts = xml
        .match_indices("<w:p>")
        .chain(xml.match_indices("<w:p "))
        .map(|(i, _)| i);
    let found: Vec<&str> = starts
        .map(|i| {
            let end = xml[i..].find("</w:p>").map_or(xml.len(), |e| i + e);
            &xml[i..end]
        })
        .filter(|p| p.contains(text))
        .collect();
    assert!(!found.is_empty(), "no paragraph holds {text:?}");
    found
}

/// The run properties of the run holding `text`.
fn run_props<'a>(xml: &'a str, text: &str) -> &'a str {
    let at = xml
        .find(text)
        .unwrap_or_else(|| panic!("no {text:?} in the part"));
    let start = xml[..at].rfind("<w:r>").expect("its run");
    &xml[start..at]
}

/// The table (`w:tbl`) that holds `text`.
fn table_with<'a>(xml: &'a str, text: &str) -> &'a str {
    let at = xml.find(text).unwrap();
    let start = xml[..at].rfind("<w:tbl>").expect("in a table");
    &xml[start..at]
}

#[test]
fn text_of_another_language_keeps_its_direction_and_language() {
    let env = mixed();
    // English inside the Urdu handbook: left to right, English, its table not mirrored.
    let ur = parts(&export(&env, "ur", &[]));
    let doc = &ur["word/document.xml"];
    for text in [
        "Greet the customer",
        "30 days",
        "Smile when you greet.",
        "Step",
    ] {
        let rpr = run_props(doc, text);
        assert!(rpr.contains(r#"<w:lang w:val="en-US"/>"#), "{text}: {rpr}");
        assert!(
            !rpr.contains("<w:rtl/>") && !rpr.contains("ur-PK"),
            "{text}: {rpr}"
        );
        for p in paragraphs_with(doc, text) {
            assert!(
                !p.contains("<w:bidi/>"),
                "{text} in a right-to-left paragraph: {p}"
            );
        }
    }
    assert!(!table_with(doc, "30 days").contains("<w:bidiVisual/>"));
    // The policy's title heading and its entry in the table of contents too.
    for p in paragraphs_with(doc, "Greeting customers") {
        assert!(!p.contains("<w:bidi/>"), "{p}");
    }
    assert!(
        doc.matches(">Greeting customers<").count() >= 2,
        "heading and TOC entry"
    );
    // The footnote.
    let notes = &ur["word/footnotes.xml"];
    assert!(run_props(notes, "Every customer").contains(r#"<w:lang w:val="en-US"/>"#));
    // The Urdu around it stays Urdu, right to left, its tables mirrored.
    let own = run_props(doc, "گاہک کو خوش آمدید");
    assert!(
        own.contains("<w:rtl/>") && own.contains(r#"w:bidi="ur-PK""#),
        "{own}"
    );
    assert!(table_with(doc, "تیس دن").contains("<w:bidiVisual/>"));

    // Urdu inside the Bengali handbook: right to left, Urdu, in its own font, its table mirrored.
    let bn = parts(&export(&env, "bn", &[]));
    let doc = &bn["word/document.xml"];
    for text in ["رسید دیکھیں", "تیس دن", "ہمیشہ شکریہ", "رقم کی واپسی"]
    {
        let rpr = run_props(doc, text);
        assert!(
            rpr.contains(r#"<w:lang w:val="en-US" w:bidi="ur-PK"/>"#),
            "{text}: {rpr}"
        );
        assert!(
            rpr.contains("<w:rtl/>") && !rpr.contains("bn-BD"),
            "{text}: {rpr}"
        );
        assert!(
            rpr.contains(r#"w:cs="Noto Nastaliq Urdu""#),
            "{text}: {rpr}"
        );
        assert!(!rpr.contains("pbLang"), "the marker is gone: {rpr}");
        for p in paragraphs_with(doc, text) {
            assert!(
                p.contains("<w:bidi/>"),
                "{text} in a left-to-right paragraph: {p}"
            );
        }
    }
    assert!(table_with(doc, "تیس دن").contains("<w:bidiVisual/>"));
    let own = run_props(doc, "গ্রাহককে শুভেচ্ছা");
    assert!(own.contains(r#"w:bidi="bn-BD""#) && !own.contains("<w:rtl/>"));
    assert!(!doc.contains("pbLang"));
}

#[test]
fn the_handbook_embeds_the_fonts_its_text_uses() {
    let env = mixed();
    let mut sizes = Vec::new();
    for lang in ["en", "bn", "tl", "ur"] {
        let with = export(&env, lang, &[]);
        let without = export(&env, lang, &["--no-embed-fonts"]);
        let p = parts(&with);
        let table = &p["word/fontTable.xml"];
        let rels = &p["word/_rels/fontTable.xml.rels"];
        assert!(p["word/settings.xml"].contains("<w:embedTrueTypeFonts/>"));
        assert!(p["[Content_Types].xml"].contains(
            r#"<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>"#
        ));
        let fonts: Vec<String> = zip_names(&with)
            .into_iter()
            .filter(|n| n.starts_with("word/fonts/") && n.ends_with(".odttf"))
            .collect();
        assert_eq!(
            fonts.len(),
            rels.matches("relationships/font\"").count(),
            "{lang}: {rels}"
        );
        let embeds = |family: &str| {
            table
                .split("<w:font ")
                .find(|f| f.starts_with(&format!("w:name=\"{family}\"")))
                .is_some_and(|f| f.contains("<w:embedRegular") && f.contains("<w:embedBold"))
        };
        assert!(embeds("Noto Sans"), "{lang}: {table}");
        // Urdu is in every handbook (the Urdu-only policy); Bengali only in the Bengali one.
        assert!(embeds("Noto Nastaliq Urdu"), "{lang}: {table}");
        assert_eq!(embeds("Noto Sans Bengali"), lang == "bn", "{lang}: {table}");
        // Without fonts: none, and nothing that refers to them.
        let q = parts(&without);
        assert!(!zip_names(&without).iter().any(|n| n.contains("odttf")));
        assert!(!q["word/fontTable.xml"].contains("w:embed"));
        assert!(!q["word/settings.xml"].contains("embedTrueTypeFonts"));
        let (a, b) = (
            std::fs::metadata(&with).unwrap().len(),
            std::fs::metadata(&without).unwrap().len(),
        );
        sizes.push(format!("{lang}: {b} → {a} bytes (+{} KB)", (a - b) / 1024));
    }
    eprintln!("handbook sizes without → with fonts: {}", sizes.join("; "));
}

#[test]
fn chapters_are_named_in_the_readers_language() {
    let env = mixed();
    // A name set on the command line, one from front matter; an unknown category is refused.
    let r = env
        .run(&[
            "category",
            "payments AND refunds",
            "--lang",
            "bn",
            "--title",
            "অর্থপ্রদান ও মূল্য ফেরত",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r["titles"]["bn"]["title"], "অর্থপ্রদান ও মূল্য ফেরত", "{r}");
    assert_eq!(r["titles"]["bn"]["missing"], false);
    assert_eq!(r["titles"]["ur"]["missing"], true);
    assert_eq!(r["titles"]["ur"]["title"], "Payments and refunds");
    assert_eq!(r["titles"]["en"]["missing"], false);
    env.run(&[
        "category",
        "Payments and refunds",
        "--lang",
        "ur",
        "--title",
        "ادائیگیاں اور رقم کی واپسی",
    ])
    .ok();
    let e = env
        .run(&["category", "Nowhere", "--lang", "bn", "--title", "x"])
        .fails(1);
    assert!(
        e.stderr.contains("Nowhere") && e.stderr.lines().count() == 1,
        "{}",
        e.stderr
    );
    // The list carries each category's name per language, computed by the core.
    let list = env.run(&["list", "--json"]).ok().json();
    let care = list
        .as_array()
        .or_else(|| list["policies"].as_array())
        .expect("a list")
        .iter()
        .find(|p| p["id"] == "care")
        .expect("care")
        .clone();
    let names = &care["category_titles"];
    assert_eq!(names["bn"]["title"], "গ্রাহক সেবা", "{care}");
    assert_eq!(names["tl"]["title"], "Paglilingkod sa mga customer");
    assert_eq!(names["ur"]["title"], "گاہکوں کی خدمت");
    assert_eq!(names["en"]["title"], "Serving customers");
    // The four handbooks: chapters and the table of contents in the language; a missing name is
    // the source name.
    for (lang, serving, payments) in [
        ("en", "Serving customers", "Payments and refunds"),
        ("bn", "গ্রাহক সেবা", "অর্থপ্রদান ও মূল্য ফেরত"),
        ("tl", "Paglilingkod sa mga customer", "Payments and refunds"),
        ("ur", "گاہکوں کی خدمت", "ادائیگیاں اور رقم کی واپسی"),
    ] {
        let p = parts(&export(&env, lang, &["--no-embed-fonts"]));
        let doc = &p["word/document.xml"];
        for name in [serving, payments] {
            // Heading 1 and its entry in the table of contents.
            assert!(
                doc.matches(&format!(">{name}<")).count() >= 2,
                "{lang}: {name} twice"
            );
        }
        if lang != "en" {
            assert!(!doc.contains(">Serving customers<"), "{lang}");
        }
    }
}

/// A font configuration that knows only DejaVu, as on a machine without Noto fonts.
fn dejavu_only(env: &Env) -> PathBuf {
    env.write(
        "fonts.conf",
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{}</cachedir></fontconfig>\n",
            env.path("fc-cache").display()
        ),
    )
}

fn output(cmd: &str, args: &[&str]) -> String {
    let o = Command::new(cmd).args(args).output().unwrap();
    assert!(
        o.status.success(),
        "{cmd}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn libreoffice_without_noto_fonts_renders_the_embedded_ones_in_order() {
    if !crate::export::tool("soffice") || !crate::export::tool("pdftotext") {
        return;
    }
    let env = mixed();
    let bn = export(&env, "bn", &[]);
    let ur = export(&env, "ur", &[]);
    let conf = dejavu_only(&env);
    // One LibreOffice run for both documents (each start costs seconds).
    let st = Command::new("soffice")
        .env("FONTCONFIG_FILE", &conf)
        .args([
            "--headless",
            "--norestore",
            &format!("-env:UserInstallation=file://{}", env.path("lo").display()),
        ])
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(env.path("pdf"))
        .arg(&bn)
        .arg(&ur)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let pdf = |docx: &Path| {
        env.path("pdf")
            .join(docx.with_extension("pdf").file_name().unwrap())
    };
    let (bn_pdf, ur_pdf) = (pdf(&bn), pdf(&ur));
    if std::env::var_os("POLICYBOOK_KEEP_PDF").is_some() {
        let keep = Path::new("/tmp/pb-scripts");
        std::fs::create_dir_all(keep).unwrap();
        std::fs::copy(&bn_pdf, keep.join("handbook-bn.pdf")).unwrap();
        std::fs::copy(&ur_pdf, keep.join("handbook-ur.pdf")).unwrap();
    }
    for (p, want) in [
        (
            &bn_pdf,
            &["NotoSansBengali", "NotoNastaliqUrdu", "NotoSans-"][..],
        ),
        (&ur_pdf, &["NotoNastaliqUrdu", "NotoSans-"][..]),
    ] {
        let fonts = output("pdffonts", &[p.to_str().unwrap()]);
        for f in want {
            assert!(fonts.contains(f), "{}: {f} not in\n{fonts}", p.display());
        }
    }
    // The English in the Urdu handbook reads in order, as laid out on the page (`-layout` keeps
    // each line's visual order): the number before the text, the number before its word, the
    // table's first column on the left.
    let text = output("pdftotext", &["-layout", ur_pdf.to_str().unwrap(), "-"]);
    let flat = visible(&text, " ");
    for want in [
        "1. Greet the customer",
        "2. Offer help",
        "Step Time limit",
        "Refund 30 days",
        "Smile when you greet.",
    ] {
        assert!(flat.contains(want), "{want:?} not in:\n{text}");
    }
    assert!(
        !flat.contains(".Greet") && !flat.contains("days 30"),
        "{text}"
    );
    // The Urdu in the Bengali handbook, and the Bengali around it (Nastaliq comes out of the PDF
    // with spaces inside words: compared without spaces).
    let text = output("pdftotext", &[bn_pdf.to_str().unwrap(), "-"]);
    let flat = visible(&text, "");
    for want in ["تیس دن", "ہمیشہ شکریہ", "رقم کی واپسی", "গ্রাহককে শুভেচ্ছা"]
    {
        assert!(
            flat.contains(&visible(want, "")),
            "{want:?} not in:\n{text}"
        );
    }
}

/// Text without its bidi marks, its runs of white space as `sep`.
fn visible(text: &str, sep: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}
