//! A reader that stops reading is a normal end: every listing command writing into a closed pipe
//! (`policybook log | head -1`) exits 0 and says nothing on standard error.

use crate::support::{repo, Env};
use std::process::Stdio;

#[test]
fn listing_commands_end_quietly_when_the_reader_has_gone() {
    let env = Env::new();
    let demo = repo().join("assets/demo");
    env.run(&["import", demo.to_str().unwrap()]).ok();
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--json"],
        &["log"],
        &["log", "--json"],
        &["history", "refunds"],
        &["history", "refunds", "--json"],
        &["search", "customer"],
        &["search", "customer", "--json"],
        &["due", "--within", "3650"],
        &["translations"],
        &["translations", "--json"],
        &["show", "refunds"],
        &[
            "diff", "refunds", "--lang", "en", "--from", "1", "--to", "1",
        ],
        &["generate", "bash"],
    ];
    for args in commands {
        let mut child = env
            .cmd()
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes before the first line is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} wrote to stderr: {stderr}");
    }
}

#[test]
fn through_a_shell_pipeline_into_head() {
    let env = Env::new();
    env.run(&["import", repo().join("assets/demo").to_str().unwrap()])
        .ok();
    let bin = env!("CARGO_BIN_EXE_policybook");
    let script = format!(
        "'{bin}' --db '{}' log | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        env.db.display()
    );
    let out = std::process::Command::new("bash")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// No panic reaches a user: numbers far beyond any calendar or handbook are checked (a clear
/// answer, never "internal error"); control characters in a name or a summary are shown escaped,
/// never sent raw to the terminal; an error in Bengali has Bengali digits and no English word.
#[test]
fn huge_numbers_control_characters_and_errors_in_the_users_language() {
    let env = Env::new();
    let demo = repo().join("assets/demo");
    env.run(&["import", demo.to_str().unwrap()]).ok();
    let ics = env.path("far.ics");
    let huge: &[&[&str]] = &[
        &["due", "--within", "4000000000"],
        &[
            "due",
            "--within",
            "4000000000",
            "--ics",
            ics.to_str().unwrap(),
        ],
        &["due", "--as-of", "262142-12-31", "--within", "4000000000"],
        &["show", "refunds", "--rev", "4000000000"],
        &["search", "refund", "--limit", "4000000000"],
        &[
            "diff",
            "refunds",
            "--lang",
            "en",
            "--from",
            "1",
            "--to",
            "4294967295",
        ],
        &[
            "new",
            "far",
            "--owner",
            "A",
            "--by",
            "A",
            "--review-every-months",
            "4000000000",
        ],
    ];
    for args in huge {
        let r = env.run(args);
        assert!(
            matches!(r.code, 0..=2),
            "{args:?}: exit {}: {}",
            r.code,
            r.stderr
        );
        assert!(
            !r.stderr.contains("internal error") && !r.stderr.contains("panicked"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stderr.lines().count() <= 1, "{args:?}: {}", r.stderr);
    }

    // Control characters in a name and a summary.
    let f = env.write("r.md", "# Refunds\n\nChanged.\n");
    env.revise(
        "refunds",
        "en",
        &f,
        "Ann\u{1b}[2J",
        &["--summary", "sum\u{1b}]0;pwned\u{7}\r"],
    )
    .ok();
    for args in [&["log"][..], &["history", "refunds"], &["list"]] {
        let out = env.run(args).ok().stdout;
        assert!(
            !out.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{args:?}: {out:?}"
        );
    }
    let log = env.run(&["log"]).ok().stdout;
    assert!(log.contains("Ann\\u{1b}[2J"), "shown escaped: {log}");

    // An error in Bengali: its digits, its words.
    let r = env
        .cmd()
        .env("POLICYBOOK_LOCALE", "bn")
        .args(["approve", "refunds", "--lang", "en", "--by", "Bob"])
        .output()
        .unwrap();
    let r: crate::support::Run = r.into();
    let r = r.fails(1);
    let said = r.stderr.trim();
    assert!(said.chars().any(|c| ('০'..='৯').contains(&c)), "{said}");
    assert!(!said.chars().any(|c| c.is_ascii_digit()), "{said}");
    // Only the program's name and the policy's id are in Latin letters: the language is named in
    // Bengali ("ইংরেজি", English), not by its code.
    let latin: Vec<&str> = said
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    assert_eq!(latin, ["policybook", "refunds"], "{said}");
    assert!(said.contains("ইংরেজি"), "{said}");
}
