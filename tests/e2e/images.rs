//! Pictures are part of the handbook: stored when a text is imported (only a picture beside the
//! text, never a path elsewhere or a remote address), embedded by the export from the handbook
//! only (never from the exporting disk), carried to other desks through the remote, and a forged
//! picture is refused by every desk and by the remote's hook.

use crate::gitserve::{self, git, Repos};
use crate::identities::install_hook_in;
use crate::support::{Env, Run};
use std::path::Path;

/// A 1×1 PNG; `tag` bytes after its end make pictures that differ (readers ignore them).
fn png(tag: &[u8]) -> Vec<u8> {
    let mut b = vec![
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, 0x49, 0x44,
        0x41, 0x54, 0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0,
        0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];
    b.extend_from_slice(tag);
    b
}

fn sha(b: &[u8]) -> String {
    policybook_core::images::hash(b)
}

/// The pictures a Word document holds.
fn media(docx: &Path) -> Vec<Vec<u8>> {
    use std::io::Read;
    let f = std::fs::File::open(docx).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    let names: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("word/media/") && !n.ends_with('/'))
        .map(str::to_string)
        .collect();
    names
        .iter()
        .map(|n| {
            let mut out = Vec::new();
            zip.by_name(n).unwrap().read_to_end(&mut out).unwrap();
            out
        })
        .collect()
}

/// Exports the English handbook to `name`; returns its path.
fn export_to(env: &Env, name: &str) -> std::path::PathBuf {
    let out = env.path(name);
    env.run(&[
        "export",
        "--lang",
        "en",
        "--out",
        out.to_str().unwrap(),
        "--no-embed-fonts",
    ])
    .ok();
    out
}

/// The pictures of the English handbook exported to `name`.
fn export(env: &Env, name: &str) -> Vec<Vec<u8>> {
    media(&export_to(env, name))
}

/// A text naming a picture beside it, one outside its folder, one by absolute path and one on
/// the web; returns the picture beside it.
fn write_text(env: &Env) -> Vec<u8> {
    let receipt = png(b"receipt");
    env.write("texts/receipt.png", &receipt);
    env.write("outside.png", png(b"outside"));
    let abs = env.write("elsewhere/secret.png", png(b"secret"));
    env.write(
        "texts/refunds.en.md",
        format!(
            "# Refunds\n\nShow the receipt:\n\n![A receipt](receipt.png)\n\n![Up](../outside.png) ![Abs]({}) ![Pixel](https://tracker.example/p.png)\n",
            abs.display()
        ),
    );
    receipt
}

fn approve(env: &Env, id: &str) {
    env.run(&["submit", id, "--lang", "en", "--by", "Ann"]).ok();
    env.run(&["approve", id, "--lang", "en", "--by", "Bob"])
        .ok();
}

#[test]
fn a_picture_beside_the_text_is_stored_and_the_export_reads_no_file() {
    let env = Env::new();
    let receipt = write_text(&env);
    let texts = env.path("texts");
    let texts = texts.to_str().unwrap();

    // The preview names what will not be stored, and why.
    let plan = env
        .run(&["import", texts, "--dry-run", "--json", "--author", "Ann"])
        .ok()
        .json();
    let warnings = plan["policies"][0]["warnings"].as_array().unwrap();
    let warned: Vec<&str> = warnings.iter().map(|w| w.as_str().unwrap()).collect();
    assert_eq!(warned.len(), 3, "{warned:?}");
    assert!(warned[0].contains("../outside.png") && warned[0].contains("outside the folder"));
    assert!(warned[1].contains("absolute path"), "{warned:?}");
    assert!(warned[2].contains("tracker.example"), "{warned:?}");

    env.run(&["import", texts, "--author", "Ann"]).ok();
    let h = sha(&receipt);
    let body = env.run(&["show", "refunds"]).ok().stdout;
    assert!(body.contains(&format!("![A receipt](image:{h})")), "{body}");
    assert!(body.contains("](../outside.png)"), "{body}");

    // The files are gone: the handbook still has its picture, and only it.
    std::fs::remove_dir_all(env.path("texts")).unwrap();
    std::fs::remove_file(env.path("outside.png")).unwrap();
    approve(&env, "refunds");
    let pictures = export(&env, "hb.docx");
    assert_eq!(pictures, [receipt]);
    // A picture named by path in a later revision is never read from this disk, even if there.
    let secret = env.path("elsewhere/secret.png");
    let f = env.write(
        "r2.md",
        format!("# Refunds\n\n![Secret]({})\n", secret.display()),
    );
    env.revise("refunds", "en", &f, "Ann", &[]).ok();
    approve(&env, "refunds");
    let out = export_to(&env, "hb2.docx");
    assert!(media(&out).is_empty());
    let xml = crate::export::document_xml(&out, "word/document.xml");
    assert!(xml.contains("Secret"), "the description stands in: {xml}");

    // `image` stores a picture and prints the Markdown that shows it; a non-picture is bad input.
    let dot = env.write("dot.png", png(b"dot"));
    let out = env.run(&["image", dot.to_str().unwrap()]).ok().stdout;
    assert_eq!(out.trim(), format!("![dot](image:{})", sha(&png(b"dot"))));
    let j = env
        .run(&["image", dot.to_str().unwrap(), "--json"])
        .ok()
        .json();
    assert_eq!(j["new"], false);
    assert_eq!(j["mime"], "image/png");
    let fake = env.write("fake.png", "not a picture");
    let r = env.run(&["image", fake.to_str().unwrap()]).fails(2);
    assert!(r.stderr.contains("not a PNG or JPEG"), "{}", r.stderr);
    env.run(&["image", "/dev/zero"]).fails(2);

    // A picture's bytes changed in the database: `check` says so.
    env.run(&["check"]).ok();
    let other: String = png(b"other").iter().map(|b| format!("{b:02x}")).collect();
    env.sql(&format!(
        "UPDATE image SET bytes = x'{other}' WHERE hash = '{h}'"
    ));
    let r = env.run(&["check"]).fails(1);
    assert!(
        r.stdout.contains(&h) || r.stderr.contains(&h),
        "{}{}",
        r.stdout,
        r.stderr
    );
}

#[test]
fn a_word_documents_pictures_are_stored() {
    // pandoc writes the document, with the picture inside it.
    let env = Env::new();
    let pic = png(b"word");
    env.write("w/map.png", &pic);
    env.write(
        "w/in.md",
        "# Store map\n\nThe exits:\n\n![The exits](map.png)\n",
    );
    let docx = env.path("w/map.docx");
    let st = std::process::Command::new("pandoc")
        .current_dir(env.path("w"))
        .args(["in.md", "-o", docx.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(st.success());
    env.run(&[
        "import",
        docx.to_str().unwrap(),
        "--lang",
        "en",
        "--author",
        "Ann",
    ])
    .ok();
    let body = env.run(&["show", "store-map"]).ok().stdout;
    assert!(body.contains(&format!("(image:{})", sha(&pic))), "{body}");
    assert!(body.contains("![The exits]"), "{body}");
    approve(&env, "store-map");
    assert_eq!(export(&env, "map-out.docx"), [pic]);
}

#[test]
fn pictures_travel_with_the_handbook_and_a_forged_one_is_refused() {
    let repos = Repos::new();
    let remote = repos.bare("hb");
    let daemon = gitserve::daemon(&repos, 0);
    let url = gitserve::git_url(&daemon, "hb");
    let a = Env::new();
    let receipt = write_text(&a);
    a.run(&[
        "import",
        a.path("texts").to_str().unwrap(),
        "--author",
        "Ann",
    ])
    .ok();
    approve(&a, "refunds");
    a.run(&["remote", "set", &url]).ok();
    a.run(&["sync", "--json"]).ok();
    let h = sha(&receipt);
    let size = git(&remote, &["cat-file", "-s", &format!("main:images/{h}")]);
    assert_eq!(size.trim(), receipt.len().to_string());

    // Another desk gets the picture with the text.
    let b = Env::new();
    let run: Run = b
        .cmd()
        .args(["clone", &url, "--json"])
        .output()
        .unwrap()
        .into();
    run.ok();
    assert_eq!(export(&b, "b.docx"), [receipt]);
    b.run(&["check"]).ok();

    // A picture whose name is not its bytes, pushed with plain git: the remote's hook refuses it,
    let w = gitserve::working_copy(&repos, &remote, "forger");
    std::fs::create_dir_all(w.join("images")).unwrap();
    let forged = "0".repeat(64);
    std::fs::write(w.join("images").join(&forged), png(b"forged")).unwrap();
    git(&w, &["add", "-A"]);
    git(&w, &["commit", "-q", "-m", "A picture"]);
    install_hook_in(&remote);
    let out = std::process::Command::new("git")
        .current_dir(&w)
        .args(["push", "-q", "origin", "HEAD:main"])
        .env("HOME", &w)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the hook let a forged picture in");
    assert!(
        said.contains("is not the PNG or JPEG picture its name says"),
        "{said}"
    );

    // and where no hook runs, every desk refuses it, changing nothing.
    std::fs::remove_file(remote.join("hooks/pre-receive")).unwrap();
    git(&w, &["push", "-q", "origin", "HEAD:main"]);
    let before = b.run(&["list", "--json"]).ok().stdout;
    let r = b.run(&["sync", "--json"]).fails(1);
    assert!(
        r.stderr
            .contains("is not the PNG or JPEG picture its name says"),
        "{}",
        r.stderr
    );
    assert_eq!(b.run(&["list", "--json"]).ok().stdout, before);
    b.run(&["check"]).ok();
}
