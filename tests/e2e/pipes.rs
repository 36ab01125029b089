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
