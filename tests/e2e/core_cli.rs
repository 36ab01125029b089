//! The core issue's contract: import, list, show, revise, history, check, exit codes.

use crate::support::{repo, Env};

const REFUNDS: &str = "---\nid: refunds\ntitle: Refunds\ncategory: Payments\nowner: Nadia\n---\n# Refunds\n\nRefunds are given within 30 days of purchase.\n";

#[test]
fn imports_the_demo_handbook() {
    let env = Env::new();
    let out = env
        .run(&[
            "import",
            "--json",
            repo().join("assets/demo").to_str().unwrap(),
        ])
        .ok()
        .json();
    let imported = out["imported"].as_array().unwrap();
    assert!(imported.len() >= 12, "{out}");
    let list = env.run(&["list", "--json"]).ok().json();
    let policies = list["policies"].as_array().unwrap();
    assert!(policies.len() >= 12);
    let refunds = policies
        .iter()
        .find(|p| p["id"] == "refunds")
        .expect("a refunds policy");
    for key in ["title", "category", "owner"] {
        assert!(
            refunds[key].as_str().is_some_and(|s| !s.is_empty()),
            "{key} in {refunds}"
        );
    }
    for lang in ["en", "bn", "tl", "ur"] {
        let l = &refunds["languages"][lang];
        assert_eq!(l["revision"], 1, "{lang}: {refunds}");
        assert_eq!(l["status"], "approved", "{lang}: {refunds}");
    }
    // The demo's README is documentation, not a policy.
    assert!(policies.iter().all(|p| p["id"] != "readme"));
    env.run(&["check"]).ok();
}

#[test]
fn identical_text_adds_nothing_and_changed_text_adds_a_revision() {
    let env = Env::new();
    let f = env.write("refunds.en.md", REFUNDS);
    let first = env
        .run(&["import", "--json", f.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(first["imported"][0]["revision"], 1);
    let again = env
        .run(&["import", "--json", f.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(again["imported"].as_array().unwrap().len(), 0);
    assert_eq!(again["unchanged"][0]["id"], "refunds");
    env.write("refunds.en.md", REFUNDS.replace("30 days", "14 days"));
    let changed = env
        .run(&["import", "--json", f.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(changed["imported"][0]["revision"], 2);
    let body = env.run(&["show", "refunds", "--rev", "1"]).ok().stdout;
    assert!(body.contains("30 days"));
}

#[test]
fn text_is_stored_byte_for_byte() {
    let env = Env::new();
    let body = "# গ্রাহক সেবা\r\n\r\nTrailing spaces   \r\n\tTab and য় (U+09DF) and য় (U+09AF U+09BC)\r\nNo final newline";
    let f = env.write("care.bn.md", body);
    env.run(&["import", f.to_str().unwrap()]).ok();
    let out = env
        .cmd()
        .args(["show", "care", "--lang", "bn"])
        .output()
        .unwrap();
    assert_eq!(out.stdout, body.as_bytes());
}

#[test]
fn file_names_give_id_and_language_and_folders_are_recursive() {
    let env = Env::new();
    env.write("hb/a/greeting.en.md", "# Greeting customers\n\nSmile.\n");
    env.write(
        "hb/a/greeting.tl.md",
        "# Pagbati sa mga customer\n\nNgumiti.\n",
    );
    env.write("hb/b/c/notes.txt", "Closing the till\n\nCount twice.\n");
    env.write("hb/b/ignored.pdf", "not text");
    let hb = env.path("hb");
    let out = env
        .run(&["import", "--json", "--lang", "ur", hb.to_str().unwrap()])
        .ok()
        .json();
    let mut got: Vec<(String, String)> = out["imported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                i["lang"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [("greeting", "en"), ("greeting", "tl"), ("notes", "ur")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let list = env.run(&["list", "--json"]).ok().json();
    let notes = list["policies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "notes")
        .unwrap()
        .clone();
    assert_eq!(notes["title"], "Closing the till");
}

/// Each bad file stops the whole import: exit 2, one line naming the file, the handbook unchanged.
#[test]
fn a_bad_file_stops_the_import_and_changes_nothing() {
    let env = Env::new();
    let good = env.write("start/refunds.en.md", REFUNDS);
    env.run(&["import", good.to_str().unwrap()]).ok();
    let before = env.snapshot();

    let cases: Vec<(&str, Vec<u8>, Option<&str>)> = vec![
        (
            "latin1.en.md",
            b"# Caf\xe9\n\nna\xefve text\n".to_vec(),
            Some(":1:"),
        ),
        (
            "utf16.en.md",
            "\u{feff}# Policy"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect(),
            None,
        ),
        (
            "broken.en.md",
            b"---\ntitle: [unclosed\ncategory: X\n---\nbody\n".to_vec(),
            None,
        ),
        (
            "unclosed.en.md",
            b"---\ntitle: Never closed\nbody text\n".to_vec(),
            Some(":1:"),
        ),
        (
            "months.en.md",
            b"---\nreview_every_months: 0\n---\nbody\n".to_vec(),
            None,
        ),
        (
            "baddate.en.md",
            b"---\napproved: 31/01/2025\napproved_by: Helen\n---\nbody\n".to_vec(),
            None,
        ),
        ("klingon.tlh.md", b"# Qapla'\n".to_vec(), None),
        (
            "fmlang.md",
            b"---\nlang: fr\n---\n# Bonjour\n".to_vec(),
            None,
        ),
        ("empty.en.md", b"".to_vec(), None),
        (
            "selfapproved.en.md",
            b"---\nauthor: Helen\napproved: 2025-01-01\napproved_by: Helen\n---\nbody\n".to_vec(),
            None,
        ),
        (
            "nul.en.md",
            b"# Title\n\nA NUL \0 byte\n".to_vec(),
            Some(":3:"),
        ),
    ];
    for (name, bytes, line) in cases {
        // The bad file sits in a folder with a good, changed file: neither lands.
        let dir = format!("batch-{name}");
        env.write(
            &format!("{dir}/refunds.en.md"),
            REFUNDS.replace("30 days", "60 days"),
        );
        env.write(&format!("{dir}/{name}"), &bytes);
        let run = env
            .run(&["import", env.path(&dir).to_str().unwrap()])
            .fails(2);
        assert!(run.stderr.contains(name), "{name}: {}", run.stderr);
        if let Some(line) = line {
            assert!(
                run.stderr.contains(&format!("{name}{line}")),
                "{name}: {}",
                run.stderr
            );
        }
        assert_eq!(env.snapshot(), before, "{name} changed the handbook");
    }
    // A file that does not exist, and a link to nowhere inside a folder.
    let run = env
        .run(&["import", env.path("missing.md").to_str().unwrap()])
        .fails(2);
    assert!(run.stderr.contains("missing.md"), "{}", run.stderr);
    env.write("dangling/ok.en.md", "# Ok\n");
    std::os::unix::fs::symlink(env.path("nowhere.md"), env.path("dangling/gone.en.md")).unwrap();
    let run = env
        .run(&["import", env.path("dangling").to_str().unwrap()])
        .fails(2);
    assert!(run.stderr.contains("gone.en.md"), "{}", run.stderr);
    // Two files for the same policy and language.
    env.write("twice/a/refunds.en.md", REFUNDS);
    env.write("twice/b/refunds.md", REFUNDS.replace("30", "31"));
    let run = env
        .run(&["import", env.path("twice").to_str().unwrap()])
        .fails(2);
    assert!(run.stderr.contains("refunds"), "{}", run.stderr);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn revise_adds_drafts_and_history_reports_them() {
    let env = Env::new();
    let f = env.write("refunds.en.md", REFUNDS);
    env.run(&["import", "--author", "Nadia", f.to_str().unwrap()])
        .ok();
    let new = env.write("new.md", REFUNDS.replace("30 days", "14 days"));
    let out = env
        .run(&[
            "revise",
            "refunds",
            "--lang",
            "en",
            "--file",
            new.to_str().unwrap(),
            "--author",
            "Imran",
            "--summary",
            "Shorter window",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(out["revision"], 2);
    let out = env
        .run_in(
            &[
                "revise", "refunds", "--lang", "bn", "--file", "-", "--author", "Farhana", "--json",
            ],
            "# ফেরত\n\nটাকা ফেরত।\n",
        )
        .ok()
        .json();
    assert_eq!(out["revision"], 1);
    let h = env.run(&["history", "refunds", "--json"]).ok().json();
    let revs = h["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 3);
    let en2 = revs
        .iter()
        .find(|r| r["lang"] == "en" && r["revision"] == 2)
        .unwrap();
    assert_eq!(en2["author"], "Imran");
    assert_eq!(en2["summary"], "Shorter window");
    assert_eq!(en2["status"], "draft");
    assert!(en2["created"].as_str().unwrap().ends_with('Z'));
    for key in ["approved_by", "approved_on"] {
        assert!(en2.get(key).is_some(), "{key} in {en2}");
    }
    let h = env
        .run(&["history", "refunds", "--lang", "bn", "--json"])
        .ok()
        .json();
    assert_eq!(h["revisions"].as_array().unwrap().len(), 1);
    // Revising a policy that does not exist, or with a file that is not UTF-8.
    env.revise("nosuch", "en", &new, "X", &[]).fails(1);
    let bad = env.write("bad.md", b"\xff\xfe");
    env.revise("refunds", "en", &bad, "X", &[]).fails(2);
    env.run(&["check"]).ok();
}

#[test]
fn approved_front_matter_brings_history_in() {
    let env = Env::new();
    let f = env.write(
        "privacy.en.md",
        "---\ntitle: Customer privacy\nauthor: Helen Parker\napproved: 2025-03-31\napproved_by: Samuel Cruz\n---\nKeep data safe.\n",
    );
    env.run(&["import", f.to_str().unwrap()]).ok();
    let h = env.run(&["history", "privacy", "--json"]).ok().json();
    let r = &h["revisions"][0];
    assert_eq!(r["status"], "approved");
    assert_eq!(r["approved_by"], "Samuel Cruz");
    assert_eq!(r["approved_on"], "2025-03-31");
    assert_eq!(r["author"], "Helen Parker");
}

#[test]
fn usage_errors_exit_2_and_unknown_things_exit_1() {
    let env = Env::new();
    env.run(&["frobnicate"])
        .code
        .eq(&2)
        .then_some(())
        .expect("unknown command exits 2");
    assert_eq!(env.run(&["show"]).code, 2);
    assert_eq!(env.run(&["list", "--lang", "xx"]).code, 2);
    env.run(&["show", "nosuch"]).fails(1);
}

#[test]
fn a_file_that_is_not_a_handbook_is_refused_and_left_alone() {
    let env = Env::new();
    std::fs::write(&env.db, "this is a text file, not SQLite").unwrap();
    let run = env.run(&["list"]).fails(2);
    assert!(
        run.stderr.contains("not a Policybook handbook"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&env.db).unwrap(),
        "this is a text file, not SQLite"
    );
}

#[test]
fn db_comes_from_the_environment() {
    let env = Env::new();
    let f = env.write("refunds.en.md", REFUNDS);
    let other = env.path("other.db");
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_policybook"));
    let st = c
        .args(["import", f.to_str().unwrap()])
        .env("POLICYBOOK_DB", &other)
        .output()
        .unwrap();
    assert!(st.status.success());
    assert!(other.exists());
    assert!(!env.db.exists());
}

#[test]
fn the_demo_goes_into_an_empty_handbook_only() {
    let env = Env::new();
    let out = env.run(&["demo", "--json"]).ok().json();
    assert!(out["imported"].as_u64().unwrap() >= 12, "{out}");
    let before = env.snapshot();
    let e = env.run(&["demo"]).fails(2);
    assert!(e.stderr.contains("empty handbook only"), "{}", e.stderr);
    // `make run` asks for it on every start: a handbook with anything in it is left alone.
    let out = env.run(&["demo", "--if-empty", "--json"]).ok().json();
    assert_eq!(out["imported"], 0);
    assert_eq!(env.snapshot(), before);
    let other = Env::new();
    other
        .run(&["new", "mine", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    other.run(&["demo"]).fails(2);
}

/// Approvals brought in by an import are honest: recorded as from paper, by whom; never in the
/// future; never of a draft already here; never on a retired policy.
#[test]
fn imported_approvals_are_recorded_as_from_paper_and_never_stretch() {
    let env = Env::new();
    let file = |name: &str, front: &str, body: &str| {
        env.write(
            name,
            format!("---\ntitle: Privacy\nauthor: Helen Parker\n{front}---\n{body}"),
        )
    };
    let f = file(
        "privacy.en.md",
        "approved: 2025-03-31\napproved_by: Samuel Cruz\n",
        "Keep data safe.\n",
    );
    env.run(&["import", f.to_str().unwrap(), "--author", "Ivy Importer"])
        .ok();
    let log = env.run(&["log", "privacy", "--json"]).ok().json();
    let approve = log["log"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "approve")
        .unwrap()
        .clone();
    assert_eq!(approve["actor"], "Samuel Cruz", "{approve}");
    assert_eq!(approve["detail"]["paper"], true, "{approve}");
    assert_eq!(
        approve["detail"]["recorded_by"], "Ivy Importer",
        "{approve}"
    );

    // A date in the future: refused, nothing changed.
    let before = env.snapshot();
    let f = file(
        "privacy.en.md",
        "approved: 2999-01-01\napproved_by: Samuel Cruz\n",
        "Keep data safer.\n",
    );
    let e = env.run(&["import", f.to_str().unwrap()]).fails(2);
    assert!(e.stderr.contains("future"), "{}", e.stderr);
    assert_eq!(env.snapshot(), before);

    // A draft saved here is not approved by a file with the same text.
    let draft = env.write("draft.md", "Keep data very safe.\n");
    env.revise(
        "privacy",
        "en",
        &draft,
        "Helen Parker",
        &["--title", "Privacy"],
    )
    .ok();
    let before = env.snapshot();
    let f = file(
        "privacy.en.md",
        "approved: 2025-04-01\napproved_by: Samuel Cruz\n",
        "Keep data very safe.\n",
    );
    let e = env.run(&["import", f.to_str().unwrap()]).fails(2);
    assert!(e.stderr.contains("never approves"), "{}", e.stderr);
    assert_eq!(env.snapshot(), before);

    // A retired policy is left alone.
    env.run(&["retire", "privacy", "--by", "Samuel Cruz"]).ok();
    let before = env.snapshot();
    let f = file("privacy.en.md", "", "Something new.\n");
    let e = env.run(&["import", f.to_str().unwrap()]).fails(2);
    assert!(e.stderr.contains("retired"), "{}", e.stderr);
    assert_eq!(env.snapshot(), before);
}
