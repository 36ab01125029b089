//! The command line at its edges, as ripgrep behaves: a reader that goes away is a normal end, a
//! user's text never reaches the terminal raw, a huge number is no panic, and an error in
//! Bengali is Bengali through and through.

use crate::support::Env;
use std::process::Stdio;

/// A handbook with a translation, a review due, an audit log and text to search.
fn handbook() -> Env {
    let env = Env::new();
    let en = env.write(
        "refunds.en.md",
        "---\nid: refunds\ntitle: Refunds\nowner: Nadia Rahman\nauthor: Nadia Rahman\napproved: 2025-01-15\napproved_by: Samuel Cruz\n---\n# Refunds\n\nWithin 30 days, with a receipt.\n",
    );
    let bn = env.write(
        "refunds.bn.md",
        "---\nid: refunds\ntitle: ফেরত\nauthor: Nadia Rahman\n---\n# ফেরত\n\nরসিদসহ ৩০ দিনের মধ্যে।\n",
    );
    env.run(&["import", en.to_str().unwrap(), bn.to_str().unwrap()])
        .ok();
    let v2 = env.write("v2.md", "# Refunds\n\nWithin 14 days, with a receipt.\n");
    env.revise(
        "refunds",
        "en",
        &v2,
        "Nadia Rahman",
        &["--summary", "shorter"],
    )
    .ok();
    env
}

/// Every command that lists something, in text and in JSON.
const LISTINGS: &[&[&str]] = &[
    &["list"],
    &["list", "--json"],
    &["log"],
    &["log", "--json"],
    &["log", "refunds"],
    &["history", "refunds"],
    &["history", "refunds", "--json"],
    &["due", "--within", "3650"],
    &["due", "--within", "3650", "--json"],
    &["search", "receipt"],
    &["search", "receipt", "--json"],
    &["translations"],
    &["translations", "--json"],
    &["translations", "refunds", "--lang", "bn"],
    &["diff", "refunds", "--from", "1", "--to", "2"],
    &["diff", "refunds", "--from", "1", "--to", "2", "--json"],
    &["show", "refunds"],
    &["check"],
    &["check", "--json"],
    &["set", "company"],
    &["--help"],
];

#[test]
fn every_listing_into_a_closed_pipe_ends_quietly() {
    let env = handbook();
    for args in LISTINGS {
        // The reader is gone before the first line is written: every write meets a closed pipe.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = env
            .cmd()
            .args(*args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[test]
fn every_listing_piped_into_head_ends_quietly() {
    let env = handbook();
    let bin = env!("CARGO_BIN_EXE_policybook");
    for args in LISTINGS {
        // `policybook … | head -1` in a shell; the command's own exit code and its stderr.
        let script =
            r#"bin=$1; shift; "$bin" "$@" 2>"$ERR" | head -1 >/dev/null; exit ${PIPESTATUS[0]}"#;
        let err = env.path("stderr.txt");
        let status = std::process::Command::new("bash")
            .arg("-c")
            .arg(script)
            .arg("policybook")
            .arg(bin)
            .arg("--db")
            .arg(&env.db)
            .args(*args)
            .env("ERR", &err)
            .env("NO_COLOR", "1")
            .status()
            .unwrap();
        let stderr = std::fs::read_to_string(&err).unwrap_or_default();
        assert_eq!(status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

/// No C0 or C1 control character but the line ends.
fn no_raw_controls(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(bad.is_empty(), "{what}: raw {bad:?} in {text:?}");
}

#[test]
fn control_characters_in_names_titles_summaries_and_reasons_are_escaped() {
    let env = Env::new();
    let owner = "Eve\u{1b}]0;owned\u{7}";
    env.run(&[
        "new",
        "trap",
        "--owner",
        owner,
        "--category",
        "Tricks\u{1b}[2J",
    ])
    .ok();
    let body = env.write(
        "trap.md",
        "# Trap\n\nText with \u{1b}[31mred\u{1b}[0m in it.\n",
    );
    env.revise(
        "trap",
        "en",
        &body,
        "Mallory\u{9b}31m",
        &["--title", "Title\u{1b}[31m", "--summary", "bell\u{7}\rover"],
    )
    .ok();
    env.run(&["submit", "trap", "--lang", "en", "--by", "Mallory"])
        .ok();
    env.run(&[
        "reject",
        "trap",
        "--lang",
        "en",
        "--by",
        "Samuel",
        "--reason",
        "no\u{1b}[1A\u{8}",
    ])
    .ok();
    for args in [
        &["list"][..],
        &["history", "trap"],
        &["log"],
        &["log", "trap"],
        &["search", "text"],
        &["translations"],
        &["set", "company"],
    ] {
        let out = env.run(args).ok();
        no_raw_controls(&format!("{args:?}"), &out.stdout);
    }
    let list = env.run(&["list"]).ok().stdout;
    assert!(list.contains("Title\\u{1b}[31m"), "{list}");
    assert!(list.contains("Tricks\\u{1b}[2J"), "{list}");
    let history = env.run(&["history", "trap"]).ok().stdout;
    assert!(history.contains("bell\\u{7}\\rover"), "{history}");
    assert!(history.contains("Mallory\\u{9b}31m"), "{history}");
    // JSON keeps the text exactly (escaped as JSON does).
    let json = env.run(&["list", "--json"]).ok().json();
    assert_eq!(
        json["policies"][0]["languages"]["en"]["title"],
        "Title\u{1b}[31m"
    );
    // Errors naming what the user typed are escaped too.
    let r = env.run(&["show", "no\u{1b}[2Jsuch"]).fails(1);
    no_raw_controls("error", &r.stderr);
    assert!(r.stderr.contains("no\\u{1b}[2Jsuch"), "{}", r.stderr);
}

#[test]
fn huge_numbers_are_no_panic() {
    let env = handbook();
    // A review cycle past what a handbook keeps is refused in one line.
    let r = env
        .run(&[
            "new",
            "forever",
            "--owner",
            "HR",
            "--review-every-months",
            "4294967295",
        ])
        .fails(2);
    assert!(r.stderr.contains("4294967295"), "{}", r.stderr);
    env.run(&[
        "new",
        "forever",
        "--owner",
        "HR",
        "--review-every-months",
        "120",
    ])
    .ok();
    let body = env.write("forever.md", "# Forever\n\nText.\n");
    env.revise("forever", "en", &body, "Nadia", &[]).ok();
    env.run(&["submit", "forever", "--lang", "en", "--by", "Nadia"])
        .ok();
    env.run(&["approve", "forever", "--lang", "en", "--by", "Samuel"])
        .ok();
    let ics = env.path("all.ics");
    for within in ["4000000000", "4294967295"] {
        let r = env
            .run(&[
                "due",
                "--within",
                within,
                "--json",
                "--ics",
                ics.to_str().unwrap(),
            ])
            .ok();
        let due = r.json()["due"].as_array().unwrap().clone();
        assert!(due.iter().any(|d| d["id"] == "forever"), "{}", r.stdout);
        assert!(due.iter().all(|d| d["days"].is_i64()), "{}", r.stdout);
        assert!(due.iter().all(|d| d["days"].is_i64()), "{}", r.stdout);
        let r = env.run(&["due", "--within", within]).ok();
        assert!(r.stderr.is_empty(), "{}", r.stderr);
    }
    assert!(std::fs::read_to_string(&ics).unwrap().contains("forever"));
    env.run(&["due", "--as-of", "9999-12-31", "--within", "4294967295"])
        .ok();
    env.run(&["search", "receipt", "--limit", "18446744073709551615"])
        .ok();
    // Numbers past what a revision can be: refused in one line, never a panic.
    env.run(&["show", "refunds", "--rev", "4294967295"])
        .fails(1);
    env.run(&["diff", "refunds", "--from", "0", "--to", "4294967295"])
        .fails(1);
    let r = env
        .run(&["due", "--within", "99999999999999999999"])
        .fails(2);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

#[test]
fn a_bengali_error_is_bengali_with_bengali_digits() {
    let env = handbook();
    // Revision 2 of q7 is a draft: approving it is refused.
    env.run(&["new", "q7", "--owner", "HR"]).ok();
    let body = env.write("q7.md", "# Q\n\nText.\n");
    env.revise("q7", "en", &body, "Nadia", &[]).ok();
    env.revise(
        "q7",
        "en",
        &env.write("q7b.md", "# Q\n\nMore.\n"),
        "Nadia",
        &[],
    )
    .ok();
    let r = env
        .cmd()
        .args(["approve", "q7", "--lang", "en", "--by", "Samuel"])
        .env("POLICYBOOK_LOCALE", "bn")
        .output()
        .unwrap();
    let run: crate::support::Run = r.into();
    let run = run.fails(1);
    let line = run
        .stderr
        .trim_end()
        .strip_prefix("policybook: ")
        .unwrap()
        .replace("q7", "");
    assert!(line.contains('২'), "the revision in Bengali digits: {line}");
    assert!(!line.chars().any(|c| c.is_ascii_digit()), "{line}");
    assert!(
        !line.chars().any(|c| c.is_ascii_alphabetic()),
        "an English word in {line}"
    );
    // The status and the action in Bengali words, the language by its Bengali name.
    assert!(line.contains("খসড়া") && line.contains("ইংরেজি"), "{line}");
    // A number in a message of the core (the length of a query) too.
    let long = "ক".repeat(1001);
    let r: crate::support::Run = env
        .cmd()
        .args(["search", &long])
        .env("POLICYBOOK_LOCALE", "bn_BD.UTF-8")
        .output()
        .unwrap()
        .into();
    let r = r.fails(2);
    assert!(
        r.stderr.contains("১০০১") && r.stderr.contains("১০০০"),
        "{}",
        r.stderr
    );
}
