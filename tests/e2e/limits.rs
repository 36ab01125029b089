//! Limits, each with a clear message and nothing lost: a 10 MB policy, a 10,000-row table, Markdown
//! nested 1,000 levels deep, control characters, files that are not handbooks, a read-only
//! handbook and a full disk (the last two in a private mount namespace made with `unshare`).

use crate::support::{Env, Run};
use policybook_core::export::check;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Checks that a .docx is sound (every XML part well-formed, with no character the export never
/// writes, and every reference between parts with its target) and returns `word/document.xml`.
fn well_formed(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    check::docx(&path.display().to_string(), &bytes)
        .remove("word/document.xml")
        .unwrap()
}

/// Runs a command and reports how long it took.
fn timed(env: &Env, what: &str, args: &[&str]) -> (Run, Duration) {
    let t = Instant::now();
    let r = env.run(args);
    let took = t.elapsed();
    eprintln!("{what}: {took:?}");
    (r, took)
}

/// A generous bound for one command in a debug build on a busy two-core machine: a hang or a
/// runaway computation exceeds it; an honest slow build does not.
const SANE: Duration = Duration::from_secs(90);

/// `diff ID --from 1 --to 2 --docx`, within the bound; returns the sound redline's
/// `word/document.xml`.
fn redline(env: &Env, id: &str) -> String {
    let out = env.path(&format!("{id}-redline.docx"));
    let args = [
        "diff",
        id,
        "--from",
        "1",
        "--to",
        "2",
        "--docx",
        out.to_str().unwrap(),
    ];
    let (r, took) = timed(env, &format!("redline {id}"), &args);
    r.ok();
    assert!(took < SANE);
    well_formed(&out)
}

/// About `bytes` of an English policy: headings, paragraphs with bold words, lists, a small table
/// now and then, and a word `needleN` in each section.
fn big_policy(bytes: usize) -> String {
    let words = [
        "refund",
        "customer",
        "receipt",
        "manager",
        "within",
        "days",
        "exchange",
        "store",
        "credit",
        "apology",
        "damaged",
        "item",
        "policy",
        "escalate",
        "supervisor",
    ];
    let mut s = String::from(
        "---\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n# The big policy\n\n",
    );
    let mut seed = 7u64;
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&format!("## Section {i}\n\nThis section holds needle{i}. "));
        for w in 0..140 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let word = words[(seed >> 33) as usize % words.len()];
            if w % 37 == 0 {
                s.push_str(&format!("**{word}** "));
            } else {
                s.push_str(word);
                s.push(' ');
            }
        }
        s.push_str("\n\n- first point\n- second point\n\n");
        if i % 50 == 0 {
            s.push_str("| Item | Days |\n|---|---:|\n| receipt | 30 |\n\n");
        }
        i += 1;
    }
    s
}

#[test]
fn a_ten_megabyte_policy_is_accepted_and_every_command_copes() {
    let env = Env::new();
    let text = big_policy(10 * 1024 * 1024);
    let sections = text.matches("## Section").count();
    let f = env.write("big.en.md", &text);
    let (r, took) = timed(
        &env,
        "import a 10 MB policy",
        &["import", f.to_str().unwrap()],
    );
    r.ok();
    assert!(took < SANE);

    // Shown byte for byte.
    let out = env.cmd().args(["show", "big"]).output().unwrap();
    assert!(out.status.success());
    let body = &text[text.find("# The big policy").unwrap()..];
    assert!(out.stdout == body.as_bytes(), "show changed the text");

    // Found, at its end too.
    let last = format!("needle{}", sections - 1);
    let (r, took) = timed(&env, "search it", &["search", "--json", &last]);
    assert_eq!(r.ok().json()["hits"][0]["id"], "big");
    assert!(took < SANE);

    // A revision changing a few words, then diff (text, JSON, redline) and export.
    let changed = text
        .replace("needle7.", "needle7 (changed).")
        .replace(&format!("{last}."), &format!("{last}, revised."));
    let f2 = env.write("big2.md", &changed[changed.find("# The big").unwrap()..]);
    let (r, took) = timed(
        &env,
        "revise it",
        &[
            "revise",
            "big",
            "--lang",
            "en",
            "--file",
            f2.to_str().unwrap(),
            "--author",
            "Imran",
            "--json",
        ],
    );
    assert_eq!(r.ok().json()["revision"], 2);
    assert!(took < SANE);
    let (r, took) = timed(
        &env,
        "diff it",
        &["diff", "big", "--from", "1", "--to", "2"],
    );
    let unified = r.ok().stdout;
    assert!(
        unified.contains("+This section holds needle7 (changed)."),
        "{}",
        &unified[..unified.len().min(2000)]
    );
    assert!(took < SANE);
    let (r, took) = timed(
        &env,
        "diff it (JSON)",
        &["diff", "big", "--from", "1", "--to", "2", "--json"],
    );
    let changes = r.ok().json();
    assert!(changes["changes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["tag"] == "insert" && c["text"].as_str().unwrap().contains("revised")));
    assert!(took < SANE);
    let xml = redline(&env, "big");
    assert!(xml.contains("<w:ins ") && xml.contains("revised"));

    let out = env.path("big.docx");
    let (r, took) = timed(
        &env,
        "export it",
        &["export", "--lang", "en", "--out", out.to_str().unwrap()],
    );
    r.ok();
    assert!(took < SANE);
    let xml = well_formed(&out);
    assert!(xml.contains(&last), "the export lost the end of the policy");
    env.run(&["check"]).ok();
}

#[test]
fn a_policy_over_the_limit_is_refused_naming_it() {
    let env = Env::new();
    let small = env.write("refunds.en.md", "# Refunds\n\nWithin 30 days.\n");
    env.run(&["import", small.to_str().unwrap()]).ok();
    let before = env.snapshot();
    let huge = "# Huge\n\n".to_string() + &"word ".repeat(17 * 1024 * 1024 / 5);
    let f = env.write("huge.en.md", &huge);
    let r = env.run(&["import", f.to_str().unwrap()]).fails(2);
    assert!(
        r.stderr.contains("huge.en.md") && r.stderr.contains("16 MB"),
        "{}",
        r.stderr
    );
    let revise = [
        "revise", "refunds", "--lang", "en", "--author", "Imran", "--file",
    ];
    let r = env
        .run(&[&revise[..], &[f.to_str().unwrap()]].concat())
        .fails(2);
    assert!(
        r.stderr.contains("huge.en.md") && r.stderr.contains("16 MB"),
        "{}",
        r.stderr
    );
    let r = env
        .run_in(&[&revise[..], &["-"]].concat(), huge.as_bytes())
        .fails(2);
    assert!(r.stderr.contains("16 MB"), "{}", r.stderr);
    // In every language of the command line.
    // (The limit in the reader's digits: Bengali ones in Bengali.)
    for (locale, word, limit) in [
        ("bn", "MB", "১৬"),
        ("ur", "MB", "16"),
        ("tl", "patakaran", "16"),
    ] {
        let out = env
            .cmd()
            .args(["import", f.to_str().unwrap()])
            .env("POLICYBOOK_LOCALE", locale)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(word) && err.contains(limit), "{locale}: {err}");
    }
    assert_eq!(env.snapshot(), before);
    env.run(&["check"]).ok();
}

#[test]
fn a_ten_thousand_row_table_imports_exports_and_diffs() {
    let env = Env::new();
    let mut t = String::from("---\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n# Return windows\n\n| # | Item | Days | Note |\n|---:|---|---:|---|\n");
    for i in 0..10_000 {
        t.push_str(&format!("| {i} | item {i} | {} | *note* {i} |\n", i % 90));
    }
    let f = env.write("windows.en.md", &t);
    let (r, took) = timed(
        &env,
        "import a 10,000-row table",
        &["import", f.to_str().unwrap()],
    );
    r.ok();
    assert!(took < SANE);
    let out = env.path("table.docx");
    let (r, took) = timed(
        &env,
        "export a 10,000-row table",
        &["export", "--lang", "en", "--out", out.to_str().unwrap()],
    );
    r.ok();
    assert!(took < SANE);
    let xml = well_formed(&out);
    assert!(xml.matches("<w:tr>").count() + xml.matches("<w:tr ").count() >= 10_001);
    assert!(xml.contains("item 9999"));
    let hits = env.run(&["search", "--json", "item"]).ok().json();
    assert_eq!(hits["hits"][0]["id"], "windows");

    // One cell changed: the redline marks it.
    let f2 = env.write(
        "windows2.md",
        t.replace("| item 5000 |", "| thing 5000 |")
            .split_once("---\n#")
            .map(|(_, b)| format!("#{b}"))
            .unwrap(),
    );
    env.revise("windows", "en", &f2, "Imran", &[]).ok();
    let xml = redline(&env, "windows");
    assert!(xml.contains("thing") && xml.contains("<w:del "));
    env.run(&["check"]).ok();
}

/// Markdown nested 1,000 levels deep, in every way Markdown nests.
fn deep_documents() -> Vec<(&'static str, String)> {
    const N: usize = 1000;
    let open_close = |open: &str, close: &str| {
        format!("Text: {}inner word{}\n", open.repeat(N), close.repeat(N))
    };
    vec![
        (
            "quotes",
            format!("# Quotes\n\n{} deep text\n", ">".repeat(N)),
        ),
        (
            "spaced-quotes",
            format!("# Spaced quotes\n\n{}deep text\n", "> ".repeat(N)),
        ),
        (
            "bullets",
            format!(
                "# Bullets\n\n{}",
                (0..N)
                    .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
                    .collect::<String>()
            ),
        ),
        (
            "numbers",
            format!(
                "# Numbers\n\n{}",
                (0..N)
                    .map(|i| format!("{}1. level {i}\n", "   ".repeat(i)))
                    .collect::<String>()
            ),
        ),
        (
            "quoted-lists",
            format!("# Quoted lists\n\n{}deep text\n", "> - ".repeat(N / 2)),
        ),
        (
            "listed-quotes",
            format!("# Listed quotes\n\n{}deep text\n", "1. > ".repeat(N / 2)),
        ),
        (
            "emphasis",
            format!("# Emphasis\n\n{}", open_close("*_", "_*")),
        ),
        ("strong", format!("# Strong\n\n{}", open_close("**", "**"))),
        (
            "links",
            format!("# Links\n\n{}", open_close("[", "](https://example.com)")),
        ),
        (
            "images",
            format!("# Images\n\n{}", open_close("![", "](a.png)")),
        ),
        (
            "html",
            format!("# Html\n\n{}", open_close("<div>", "</div>")),
        ),
        ("strike", format!("# Strike\n\n{}", open_close("~~", "~~"))),
    ]
}

#[test]
fn markdown_nested_a_thousand_levels_deep() {
    let env = Env::new();
    let docs = deep_documents();
    for (id, text) in &docs {
        env.write(
            &format!("deep/{id}.en.md"),
            format!("---\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n{text}"),
        );
    }
    let (r, took) = timed(
        &env,
        "import 12 deeply nested policies",
        &["import", env.path("deep").to_str().unwrap()],
    );
    r.ok();
    assert!(took < SANE);
    for (id, text) in &docs {
        let shown = env.run(&["show", id]).ok().stdout;
        assert_eq!(&shown, text, "{id}");
        let changed = text
            .replace("inner word", "inner phrase")
            .replace("deep text", "deeper text")
            .replace("level 500", "level five hundred");
        let f = env.write(&format!("{id}-2.md"), &changed);
        env.revise(id, "en", &f, "Imran", &[]).ok();
        env.run(&["diff", id, "--from", "1", "--to", "2", "--json"])
            .ok();
        env.run(&["diff", id, "--from", "1", "--to", "2"]).ok();
        redline(&env, id);
    }
    let out = env.path("deep.docx");
    let (r, took) = timed(
        &env,
        "export them",
        &["export", "--lang", "en", "--out", out.to_str().unwrap()],
    );
    r.ok();
    assert!(took < SANE);
    let xml = well_formed(&out);
    assert!(xml.contains("deep text") && xml.contains("level 999"));
    let hits = env.run(&["search", "--json", "deeper"]).ok().json();
    assert_eq!(hits["hits"].as_array().unwrap().len(), 4, "{hits}");
    let hits = env.run(&["search", "--json", "phrase"]).ok().json();
    assert_eq!(hits["hits"].as_array().unwrap().len(), 6, "{hits}");
    env.run(&["check"]).ok();
}

#[test]
fn control_characters_never_reach_the_docx() {
    let env = Env::new();
    // Every C0 control but tab, newline and carriage return; DEL and the C1 controls; the two
    // non-characters; in the title, the body, a table, a list, a link, a footnote and settings.
    let controls: String = ('\u{1}'..='\u{1f}')
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .chain([
            '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{fffe}', '\u{ffff}',
        ])
        .collect();
    let text = format!(
        "---\ntitle: \"Bell\\a and escape\\e in a title\"\ncategory: \"Cat\\b\"\nowner: \"Own\\f\"\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n# Controls {controls} here\n\nBody {controls} text with a \u{1b}[31mcolour\u{1b}[0m escape.\n\n| A{controls} | B |\n|---|---|\n| c{controls} | d |\n\n- item {controls}\n\n[link {controls}](https://example.com/\u{7}) and a note.[^1]\n\n[^1]: Footnote {controls}.\n"
    );
    let f = env.write("controls.en.md", &text);
    env.run(&["import", f.to_str().unwrap()]).ok();
    let stored = env
        .cmd()
        .args(["show", "controls"])
        .output()
        .unwrap()
        .stdout;
    assert!(
        String::from_utf8(stored).unwrap().contains(&controls),
        "the text is stored as given"
    );
    env.run(&["set", "company", &format!("Riverbend{controls} Retail")])
        .ok();
    let out = env.path("controls.docx");
    env.run(&[
        "export",
        "--lang",
        "en",
        "--out",
        out.to_str().unwrap(),
        "--title",
        &format!("Handbook {controls}"),
    ])
    .ok();
    let xml = well_formed(&out);
    assert!(xml.contains("Body") && xml.contains("text with a"));
    // A revision with more of them, and its redline.
    let f2 = env.write("controls2.md", text.replace("Body", "New\u{2}body"));
    env.revise("controls", "en", &f2, "Imran", &[]).ok();
    redline(&env, "controls");
    // NUL is no text: refused by import (before) and by revise, naming the line.
    let before = env.snapshot();
    let nul = env.write("nul.md", "# Title\n\nA NUL \0 byte\n");
    let r = env
        .run(&[
            "revise",
            "controls",
            "--lang",
            "en",
            "--file",
            nul.to_str().unwrap(),
            "--author",
            "Imran",
        ])
        .fails(2);
    assert!(r.stderr.contains("nul.md:3:"), "{}", r.stderr);
    env.run_in(
        &[
            "revise", "controls", "--lang", "en", "--file", "-", "--author", "Imran",
        ],
        "a\0b",
    )
    .fails(2);
    assert_eq!(env.snapshot(), before);
    env.run(&["check"]).ok();
}

#[test]
fn files_that_are_not_handbooks_are_refused_and_left_alone() {
    let env = Env::new();
    // An SQLite database of another program: not a byte of it changes (not even its journal mode).
    let other = env.path("contacts.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Ann', '555');")
            .unwrap();
    }
    // A handbook cut short, random bytes, an SQLite header on garbage, and a folder.
    let real = Env::new();
    real.run(&[
        "import",
        crate::support::repo().join("assets/demo").to_str().unwrap(),
    ])
    .ok();
    let whole = std::fs::read(&real.db).unwrap();
    let cut = env.write("cut.db", &whole[..whole.len().min(100)]);
    let mut seed = 1u64;
    let noise: Vec<u8> = (0..65_536)
        .map(|_| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            (seed >> 56) as u8
        })
        .collect();
    let random = env.write("random.db", &noise);
    let mut headed = b"SQLite format 3\0".to_vec();
    headed.extend_from_slice(&noise);
    let headed = env.write("headed.db", &headed);
    let folder = env.path("folder.db");
    std::fs::create_dir(&folder).unwrap();
    let doc = env.write("refunds.en.md", "# Refunds\n\nWithin 30 days.\n");
    for file in [&other, &cut, &random, &headed, &folder] {
        let bytes_before = std::fs::read(file).ok();
        for args in [
            vec!["list"],
            vec!["check"],
            vec!["import", doc.to_str().unwrap()],
        ] {
            let mut c = Command::new(env!("CARGO_BIN_EXE_policybook"));
            c.arg("--db").arg(file).args(&args);
            let r: Run = c.output().unwrap().into();
            let r = r.fails(2);
            assert!(
                r.stderr.contains("not a Policybook handbook"),
                "{}: {}",
                file.display(),
                r.stderr
            );
        }
        assert_eq!(
            std::fs::read(file).ok(),
            bytes_before,
            "{} changed",
            file.display()
        );
        let mut beside = file.as_os_str().to_owned();
        beside.push("-wal");
        assert!(
            !PathBuf::from(&beside).exists(),
            "{}: a log was made beside it",
            file.display()
        );
    }
    let c = rusqlite::Connection::open(&other).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
}

/// A private mount namespace (`unshare -rm`) kept open by a sleeping process, in which
/// `policybook` runs through `nsenter`: a read-only or tiny file system without root's help.
/// When `unshare` cannot make one, the test fails: it must not pass without having run.
struct Namespace {
    child: Child,
}

impl Namespace {
    fn new(setup: &str) -> Namespace {
        let script = format!("{setup} && echo ready && exec sleep 600");
        let mut child = Command::new("unshare")
            .args(["-rm", "sh", "-c", &script])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("`unshare` is needed for this test (util-linux): {e}"));
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        if line.trim() != "ready" {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "`unshare -rm` could not make a mount namespace ({}); this test needs user and \
                 mount namespaces",
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        Namespace { child }
    }

    fn cmd(&self, env: &Env) -> Command {
        let mut c = Command::new("nsenter");
        c.args([
            "-t",
            &self.child.id().to_string(),
            "-U",
            "-m",
            "--preserve-credentials",
            "--",
        ])
        .arg(env!("CARGO_BIN_EXE_policybook"))
        .arg("--db")
        .arg(&env.db)
        .env_remove("POLICYBOOK_DB")
        .env("NO_COLOR", "1");
        c
    }

    fn run(&self, env: &Env, args: &[&str]) -> Run {
        self.cmd(env).args(args).output().unwrap().into()
    }

    fn sh(&self, script: &str) -> Run {
        Command::new("nsenter")
            .args([
                "-t",
                &self.child.id().to_string(),
                "-U",
                "-m",
                "--preserve-credentials",
                "--",
                "sh",
                "-c",
                script,
            ])
            .output()
            .unwrap()
            .into()
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A small handbook with an approved policy in two languages.
fn small_handbook(env: &Env) {
    env.write(
        "hb/refunds.en.md",
        "---\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n# Refunds\n\nRefunds are given within 30 days.\n",
    );
    env.write("hb/refunds.bn.md", "# ফেরত\n\n৩০ দিনের মধ্যে টাকা ফেরত।\n");
    env.run(&["import", env.path("hb").to_str().unwrap()]).ok();
}

#[test]
fn a_read_only_handbook_can_be_read_but_not_changed() {
    let env = Env::new();
    small_handbook(&env);
    let before = env.snapshot();
    let dir = env.dir.path().to_str().unwrap().to_string();
    let doc = env.write("new.md", "# Refunds\n\nWithin 14 days.\n");
    // The handbook's folder bound read-only onto itself: SQLite can make no `-wal` or `-shm` file.
    let ns = Namespace::new(&format!(
        "mount --bind {dir} {dir} && mount -o remount,bind,ro {dir}"
    ));
    assert!(
        ns.sh(&format!("touch {dir}/probe")).code != 0,
        "the folder is not read-only"
    );
    assert!(ns.run(&env, &["list"]).ok().stdout.contains("refunds"));
    assert!(ns
        .run(&env, &["show", "refunds", "--lang", "bn"])
        .ok()
        .stdout
        .contains("ফেরত"));
    let hits = ns.run(&env, &["search", "--json", "refunds"]).ok().json();
    assert_eq!(hits["hits"][0]["id"], "refunds");
    ns.run(&env, &["history", "refunds", "--json"]).ok();
    ns.run(&env, &["log"]).ok();
    ns.run(&env, &["check"]).ok();
    let out = std::env::temp_dir().join(format!("pb-ro-export-{}.docx", std::process::id()));
    ns.run(
        &env,
        &["export", "--lang", "en", "--out", out.to_str().unwrap()],
    )
    .ok();
    well_formed(&out);
    std::fs::remove_file(&out).unwrap();
    for args in [
        vec![
            "revise",
            "refunds",
            "--lang",
            "en",
            "--file",
            doc.to_str().unwrap(),
            "--author",
            "Imran",
        ],
        vec!["import", doc.to_str().unwrap()],
        vec!["submit", "refunds", "--lang", "bn", "--by", "Imran"],
        vec!["set", "company", "Riverbend"],
    ] {
        let r = ns.run(&env, &args).fails(1);
        assert!(
            r.stderr.contains("can only be read"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"));
    }
    // In Urdu too.
    let r: Run = ns
        .cmd(&env)
        .args(["set", "company", "Riverbend"])
        .env("POLICYBOOK_LOCALE", "ur")
        .output()
        .unwrap()
        .into();
    assert!(r.fails(1).stderr.contains("صرف پڑھی جا سکتی"));
    drop(ns);
    assert_eq!(env.snapshot(), before);
    env.run(&["check"]).ok();

    // A read-only file in a writable folder (SQLite opens it for reading by itself). Root may
    // write any file, so as root the command runs as `nobody`.
    let env = Env::new();
    small_handbook(&env);
    let before = env.snapshot();
    let doc = env.write("new.md", "# Refunds\n\nWithin 14 days.\n");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let as_reader = |args: &[&str]| -> Run {
        let mut c = if is_root() {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
            c.arg(env!("CARGO_BIN_EXE_policybook"));
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_policybook"))
        };
        c.arg("--db")
            .arg(&env.db)
            .args(args)
            .env_remove("POLICYBOOK_DB");
        c.output().unwrap().into()
    };
    assert!(as_reader(&["list"]).ok().stdout.contains("refunds"));
    as_reader(&["check"]).ok();
    let r = as_reader(&[
        "revise",
        "refunds",
        "--lang",
        "en",
        "--file",
        doc.to_str().unwrap(),
        "--author",
        "Imran",
    ])
    .fails(1);
    assert!(r.stderr.contains("can only be read"), "{}", r.stderr);
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(env.snapshot(), before);
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[test]
fn a_full_disk_changes_nothing() {
    let env = Env::new();
    let disk = env.path("disk");
    std::fs::create_dir(&disk).unwrap();
    let disk_s = disk.to_str().unwrap();
    let ns = Namespace::new(&format!("mount -t tmpfs -o size=2m tmpfs {disk_s}"));
    // The handbook lives on a 2 MB file system, with 1 MB of it taken by a file the user can remove.
    let hb = Env {
        dir: tempfile::tempdir().unwrap(),
        db: disk.join("handbook.db"),
    };
    let policy = env.write("refunds.en.md", "---\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n# Refunds\n\nWithin 30 days.\n");
    ns.run(&hb, &["import", policy.to_str().unwrap()]).ok();
    ns.sh(&format!(
        "dd if=/dev/zero of={disk_s}/ballast bs=1k count=1024 2>/dev/null"
    ))
    .ok();
    // Bigger and bigger revisions until the disk is full.
    let mut saved = Vec::new();
    let mut full = None;
    for i in 0..40 {
        let text = format!(
            "# Refunds {i}\n\n{}\n",
            format!("refund{i} customer receipt ").repeat(2000 * (i + 1))
        );
        let f = env.write(&format!("r{i}.md"), &text);
        let r = ns.run(
            &hb,
            &[
                "revise",
                "refunds",
                "--lang",
                "en",
                "--file",
                f.to_str().unwrap(),
                "--author",
                "Imran",
                "--json",
            ],
        );
        if r.code == 0 {
            saved.push((r.json()["revision"].as_u64().unwrap(), format!("refund{i}")));
            continue;
        }
        full = Some(r.fails(1));
        break;
    }
    let r = full.expect("the disk never filled up");
    assert!(r.stderr.contains("disk is full"), "{}", r.stderr);
    // Whatever room is left, taken too.
    ns.sh(&format!(
        "dd if=/dev/zero of={disk_s}/filler bs=4k 2>/dev/null; true"
    ))
    .ok();
    let list = |ns: &Namespace| ns.run(&hb, &["list", "--json"]).ok().json();
    let before = list(&ns);
    // An import of a folder of new policies: refused whole.
    for i in 0..30 {
        env.write(
            &format!("many/p{i}.en.md"),
            format!("# Policy {i}\n\n{}\n", "text ".repeat(4000)),
        );
    }
    let r = ns
        .run(&hb, &["import", env.path("many").to_str().unwrap()])
        .fails(1);
    assert!(r.stderr.contains("disk is full"), "{}", r.stderr);
    assert_eq!(list(&ns), before);
    // The database and its audit trail are whole even now (the search index, which the disk had
    // no room to update, may be behind).
    let check = ns.run(&hb, &["check", "--json"]).json();
    for p in check["problems"].as_array().unwrap() {
        assert!(p.as_str().unwrap().starts_with("search index:"), "{check}");
    }
    // An export to the full disk: a clear error and no file, whole or partial.
    let out = disk.join("handbook.docx");
    let r = ns
        .run(
            &hb,
            &["export", "--lang", "en", "--out", out.to_str().unwrap()],
        )
        .fails(1);
    assert!(r.stderr.contains("disk is full"), "{}", r.stderr);
    let left = ns.sh(&format!("ls -A {disk_s}")).ok().stdout;
    assert!(!left.contains(".docx"), "{left}");
    // Room again: every saved revision is there, and the handbook works as before.
    ns.sh(&format!("rm {disk_s}/ballast {disk_s}/filler")).ok();
    ns.run(&hb, &["check"]).ok();
    for (n, word) in &saved {
        let body = ns
            .run(&hb, &["show", "refunds", "--rev", &n.to_string()])
            .ok()
            .stdout;
        assert!(body.contains(word.as_str()), "revision {n}");
    }
    if let Some((n, word)) = saved.last() {
        let hits = ns.run(&hb, &["search", "--json", word]).ok().json();
        assert_eq!(hits["hits"][0]["revision"], *n, "{hits}");
    }
    let small = env.write("small.md", "# Refunds\n\nWithin 14 days.\n");
    ns.run(
        &hb,
        &[
            "revise",
            "refunds",
            "--lang",
            "en",
            "--file",
            small.to_str().unwrap(),
            "--author",
            "Imran",
        ],
    )
    .ok();
    ns.run(
        &hb,
        &["export", "--lang", "en", "--out", out.to_str().unwrap()],
    )
    .ok();
    ns.run(&hb, &["check"]).ok();
    eprintln!(
        "full disk: {} revisions saved before it filled",
        saved.len()
    );
}

#[test]
fn devices_and_pipes_are_refused_before_anything_is_read() {
    let env = Env::new();
    env.run(&["new", "p", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    let fifo = env.path("pipe.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let before = env.snapshot();
    // /dev/zero never ends and claims no size; a FIFO would wait for a writer forever.
    for file in ["/dev/zero", fifo.to_str().unwrap()] {
        let (run, took) = timed(
            &env,
            file,
            &[
                "revise", "p", "--lang", "en", "--file", file, "--author", "Nadia",
            ],
        );
        let run = run.fails(2);
        assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
        assert!(took < SANE, "{file}: {took:?}");
        let (run, _) = timed(&env, file, &["import", file]);
        run.fails(2);
    }
    assert_eq!(env.snapshot(), before);
}

/// YAML aliases in front matter are expanded only so far: a "billion laughs" (nine levels of
/// nine aliases each, 387 million strings once expanded) is refused at once, naming the file and
/// line, and nothing is imported.
#[test]
fn front_matter_aliases_are_limited_in_expansion() {
    let env = Env::new();
    small_handbook(&env);
    let before = env.snapshot();
    let mut fm = vec![
        "---".to_string(),
        r#"a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#.to_string(),
    ];
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(",");
        fm.push(format!("a{i}: &a{i} [{refs}]"));
    }
    fm.extend([
        "approved: *a9".into(),
        "approved_by: Bob".into(),
        "---".into(),
        "# Laughs\n\nText.\n".into(),
    ]);
    let f = env.write("laughs.md", fm.join("\n"));
    let (r, took) = timed(
        &env,
        "import laughs",
        &["import", f.to_str().unwrap(), "--author", "Ann"],
    );
    let r = r.fails(2);
    assert!(
        r.stderr.contains("laughs.md:2") && r.stderr.contains("repetition limit"),
        "{}",
        r.stderr
    );
    assert!(took < SANE, "{took:?}");
    assert_eq!(env.snapshot(), before);
}
