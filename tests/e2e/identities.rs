//! Signed identities and roles on a shared handbook: several desks, each with its own key pair,
//! a real `git daemon` on 127.0.0.1, and forgeries made the way an attacker would, with plain
//! git and ssh-keygen. What every desk accepts is accepted by `git verify-commit` and
//! `ssh-keygen -Y verify`; what it refuses leaves the handbook as it was, and the `pre-receive`
//! hook (`policybook verify-push`) refuses the same pushes on the server.

use crate::gitserve::{self, git, Repos};
use crate::support::{Env, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A desk with an identity of its own.
pub(crate) struct Desk {
    pub(crate) env: Env,
    pub(crate) name: String,
    pub(crate) email: String,
}

impl Desk {
    pub(crate) fn new(name: &str) -> Desk {
        let d = Desk {
            env: Env::new(),
            name: name.to_string(),
            email: format!("{}@example.com", name.to_lowercase()),
        };
        let me = d
            .run(&[
                "identity", "new", "--name", name, "--email", &d.email, "--json",
            ])
            .ok()
            .json();
        assert_eq!(me["identity"]["name"], name, "{me}");
        d
    }

    pub(crate) fn run(&self, args: &[&str]) -> Run {
        self.env.run(args)
    }

    pub(crate) fn key_file(&self) -> PathBuf {
        self.env.path("identity")
    }

    pub(crate) fn public_key(&self) -> String {
        self.run(&["identity", "--json"]).ok().json()["identity"]["key"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub(crate) fn fingerprint(&self) -> String {
        self.run(&["identity", "--json"]).ok().json()["identity"]["fingerprint"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub(crate) fn sync(&self) -> Value {
        self.run(&["sync", "--json"]).ok().json()
    }

    pub(crate) fn revise(&self, id: &str, text: &str) -> u64 {
        let f = self.env.write(&format!("in-{id}.md"), text);
        self.run(&[
            "revise",
            id,
            "--lang",
            "en",
            "--file",
            f.to_str().unwrap(),
            "--json",
        ])
        .ok()
        .json()["revision"]
            .as_u64()
            .unwrap()
    }

    pub(crate) fn clone_into(url: &str, name: &str) -> Desk {
        let d = Desk::new(name);
        d.run(&["clone", url, "--json"]).ok();
        d
    }
}

/// Ann (admin) shares a handbook with Bob (manager), Eve (editor) and Sam (staff).
pub(crate) struct Team {
    pub(crate) repos: Repos,
    pub(crate) remote: PathBuf,
    pub(crate) _daemon: gitserve::Server,
    pub(crate) url: String,
    pub(crate) ann: Desk,
    pub(crate) bob: Desk,
    pub(crate) eve: Desk,
    pub(crate) sam: Desk,
}

const EN: &str = "# Refunds\n\nCustomers may return goods within **30 days**.\n";

pub(crate) fn team() -> Team {
    let repos = Repos::new();
    let remote = repos.bare("hb");
    let daemon = gitserve::daemon(&repos, 0);
    let url = gitserve::git_url(&daemon, "hb");
    let ann = Desk::new("Ann");
    ann.run(&["new", "refunds", "--owner", "Ann", "--category", "Money"])
        .ok();
    ann.revise("refunds", EN);
    ann.run(&["remote", "set", &url]).ok();
    let s = ann.sync();
    assert!(s["pushed"].as_u64().unwrap() >= 3, "{s}");
    // The first to share is the admin.
    let people = ann.run(&["people", "--json"]).ok().json();
    assert_eq!(people["people"][0]["role"], "admin", "{people}");
    assert_eq!(people["people"][0]["name"], "Ann", "{people}");

    let bob = Desk::clone_into(&url, "Bob");
    let eve = Desk::clone_into(&url, "Eve");
    let sam = Desk::clone_into(&url, "Sam");
    for (d, role) in [(&bob, "manager"), (&eve, "editor"), (&sam, "staff")] {
        ann.run(&[
            "people",
            "add",
            &d.name,
            "--email",
            &d.email,
            "--role",
            role,
            "--key",
            &d.public_key(),
        ])
        .ok();
    }
    ann.sync();
    for d in [&bob, &eve, &sam] {
        d.sync();
        let me = d.run(&["identity", "--json"]).ok().json();
        assert!(me["identity"]["role"].is_string(), "{me}");
    }
    Team {
        repos,
        remote,
        _daemon: daemon,
        url,
        ann,
        bob,
        eve,
        sam,
    }
}

/// Installs `policybook verify-push` as the remote's pre-receive hook (the daemon runs it).
pub(crate) fn install_hook(t: &Team) {
    install_hook_in(&t.remote);
}

/// Makes `policybook verify-push` the pre-receive hook of the bare repository `remote`.
pub(crate) fn install_hook_in(remote: &Path) {
    let hook = remote.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\nexec '{}' verify-push\n",
            env!("CARGO_BIN_EXE_policybook")
        ),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// A plain git clone of the remote to forge commits in.
pub(crate) fn work(t: &Team, name: &str) -> PathBuf {
    gitserve::working_copy(&t.repos, &t.remote, name)
}

/// Commits what is staged in `w`, signed with `key` (none: unsigned), as `author`.
pub(crate) fn commit(w: &Path, key: Option<&Path>, author: &str, message: &str) {
    let mut args: Vec<String> = vec![
        "-c".into(),
        "gpg.format=ssh".into(),
        "-c".into(),
        format!("user.name={}", author.split(" <").next().unwrap()),
        "-c".into(),
        "user.email=forger@example.com".into(),
    ];
    if let Some(k) = key {
        args.extend(["-c".into(), format!("user.signingkey={}", k.display())]);
    }
    args.extend([
        "commit".into(),
        "-q".into(),
        format!("--author={author}"),
        "-m".into(),
        message.into(),
    ]);
    if key.is_some() {
        args.push("-S".into());
    } else {
        args.push("--no-gpg-sign".into());
    }
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    git(w, &refs);
}

/// Appends a line to a record of the working tree and stages it.
fn append(w: &Path, path: &str, line: &Value) {
    let p = w.join(path);
    let mut text = std::fs::read_to_string(&p).unwrap_or_default();
    text.push_str(&serde_json::to_string(line).unwrap());
    text.push('\n');
    std::fs::write(&p, text).unwrap();
    git(w, &["add", path]);
}

/// Edits the policy's English Markdown in the working tree and stages it.
fn edit_markdown(w: &Path, from: &str, to: &str) {
    let p = w.join("policies/refunds/refunds.en.md");
    let md = std::fs::read_to_string(&p).unwrap();
    assert!(md.contains(from), "{md}");
    std::fs::write(&p, md.replace(from, to)).unwrap();
    git(w, &["add", "-A"]);
}

fn head(dir: &Path) -> String {
    git(dir, &["rev-parse", "HEAD"]).trim().to_string()
}

/// Pushes the forgery straight into the bare repository (no hook there), has Bob's desk sync,
/// and checks that it is refused with one line naming the commit and `why`, Bob's handbook
/// unchanged; then puts the remote back.
fn refused(t: &Team, w: &Path, why: &str) {
    let before = git(&t.remote, &["rev-parse", "main"]).trim().to_string();
    let forged = head(w);
    git(w, &["push", "-q", "origin", "main"]);
    let snapshot = t.bob.env.snapshot();
    let run = t.bob.run(&["sync", "--json"]).fails(1);
    let line = run.stderr.trim();
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(
        line.contains(&forged[..12]),
        "the message names the commit: {line}"
    );
    assert!(line.contains(why), "expected `{why}` in: {line}");
    assert_eq!(t.bob.env.snapshot(), snapshot, "the handbook changed");
    t.bob.run(&["check"]).ok();
    git(&t.remote, &["update-ref", "refs/heads/main", &before]);
    t.bob.sync();
}

/// The newest English revision's number on a desk.
fn newest(d: &Desk) -> u64 {
    let h = d
        .run(&["history", "refunds", "--lang", "en", "--json"])
        .ok()
        .json();
    h["revisions"].as_array().unwrap().len() as u64
}

#[test]
fn signed_changes_are_verified_by_git_and_ssh_keygen_and_four_eyes_is_by_key() {
    let t = team();
    // Eve (editor) drafts and submits; Eve may not approve, Bob (manager) may.
    let n = t.eve.revise("refunds", &EN.replace("30", "21"));
    t.eve.run(&["submit", "refunds", "--lang", "en"]).ok();
    let e = t.eve.run(&["approve", "refunds", "--lang", "en"]).fails(1);
    assert!(e.stderr.contains("editor"), "{}", e.stderr);
    // Nobody acts under another name.
    let e = t
        .eve
        .run(&["submit", "refunds", "--lang", "en", "--by", "Bob"])
        .fails(1);
    assert!(e.stderr.contains("Eve"), "{}", e.stderr);
    t.eve.sync();
    t.bob.sync();
    let a = t
        .bob
        .run(&["approve", "refunds", "--lang", "en", "--json"])
        .ok()
        .json();
    assert_eq!(a["revision"].as_u64(), Some(n), "{a}");
    t.bob.sync();
    t.ann.sync();
    let h = t
        .ann
        .run(&["history", "refunds", "--lang", "en", "--json"])
        .ok()
        .json();
    let last = h["revisions"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["author"], "Eve", "{h}");
    assert_eq!(last["status"], "approved", "{h}");
    assert_eq!(last["approved_by"], "Bob", "{h}");
    // Ann wrote the first revision before the handbook was shared: under her identity's name.
    assert_eq!(h["revisions"][0]["author"], "Ann", "{h}");
    // Who signed the writing and the approval, on every desk.
    t.eve.sync();
    for d in [&t.ann, &t.bob, &t.eve] {
        let h = d
            .run(&["history", "refunds", "--lang", "en", "--json"])
            .ok()
            .json();
        let last = h["revisions"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["signed_by"], t.eve.fingerprint().as_str(), "{h}");
        assert_eq!(
            last["approval_signed_by"],
            t.bob.fingerprint().as_str(),
            "{h}"
        );
    }
    let log = t.bob.run(&["log", "refunds"]).ok().stdout;
    assert!(
        log.contains(&format!("Eve [signed {}]", t.eve.fingerprint())),
        "{log}"
    );
    // A handbook without identities marks its entries as not signed.
    let plain = Env::new();
    plain
        .run(&["new", "p", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    let log = plain.run(&["log"]).ok().stdout;
    assert!(log.contains("Nadia [not signed]"), "{log}");
    // Staff read; they do not write.
    let draft = t.sam.env.write("sam.md", "# Refunds\n\nSam's idea.\n");
    let e = t
        .sam
        .run(&[
            "revise",
            "refunds",
            "--lang",
            "en",
            "--file",
            draft.to_str().unwrap(),
        ])
        .fails(1);
    assert!(
        e.stderr.contains("staff") || e.stderr.contains("cannot"),
        "{}",
        e.stderr
    );

    // git verify-commit accepts every commit after the first, with an allowed-signers file
    // printed by Policybook.
    let signers = t.ann.env.write(
        "allowed_signers",
        t.ann.run(&["people", "--allowed-signers"]).ok().stdout,
    );
    let text = std::fs::read_to_string(&signers).unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    let w = work(&t, "verify");
    let commits = git(&w, &["rev-list", "HEAD"]);
    assert!(commits.lines().count() >= 6, "{commits}");
    for c in commits.lines() {
        let out = Command::new("git")
            .current_dir(&w)
            .args([
                "-c",
                "gpg.format=ssh",
                "-c",
                &format!("gpg.ssh.allowedSignersFile={}", signers.display()),
                "verify-commit",
                "--raw",
                c,
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git verify-commit {c}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // ssh-keygen -Y verify, on the newest commit's signature and signed content.
    let raw = git(&w, &["cat-file", "commit", "HEAD"]);
    let (data, sig) = split_signature(&raw);
    let sig_file = t.ann.env.write("commit.sig", sig);
    let out = Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f"])
        .arg(&signers)
        .args(["-I", "bob@example.com", "-n", "git", "-s"])
        .arg(&sig_file)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(data.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(
        out.status.success(),
        "ssh-keygen -Y verify: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A raw commit object split into what was signed and the armored signature.
fn split_signature(raw: &str) -> (String, String) {
    let mut data = String::new();
    let mut sig = String::new();
    let mut in_sig = false;
    for line in raw.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("gpgsig ") {
            in_sig = true;
            sig.push_str(rest);
        } else if in_sig && line.starts_with(' ') {
            sig.push_str(&line[1..]);
        } else {
            in_sig = false;
            data.push_str(line);
        }
    }
    assert!(sig.starts_with("-----BEGIN SSH SIGNATURE-----"), "{raw}");
    (data, sig)
}

/// The record of the policy, its newest event id, and a new event id.
fn approve_line(t: &Team, by: &str, key: &str) -> Value {
    serde_json::json!({
        "id": format!("forged/{by}"),
        "at": "2026-11-29T12:00:00Z",
        "by": by,
        "by_key": key,
        "policy": "refunds",
        "action": "approve",
        "lang": "en",
        "revision": newest(&t.bob),
        "on": "2026-11-29",
    })
}

#[test]
fn forged_commits_are_refused_and_the_handbook_is_unchanged() {
    let t = team();
    // A draft in review, written by Ann, for the approval forgeries.
    t.ann.revise("refunds", &EN.replace("30", "45"));
    t.ann.run(&["submit", "refunds", "--lang", "en"]).ok();
    t.ann.sync();
    t.bob.sync();
    let record = "policies/refunds/history.jsonl";

    // An unsigned commit.
    let w = work(&t, "unsigned");
    edit_markdown(&w, "45", "31");
    commit(&w, None, "Ann <ann@example.com>", "unsigned");
    refused(&t, &w, "not signed");

    // Signed by a key nobody listed.
    let stranger = t.repos.dir.path().join("stranger");
    let st = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "stranger", "-f"])
        .arg(&stranger)
        .status()
        .unwrap();
    assert!(st.success());
    let w = work(&t, "unknown");
    edit_markdown(&w, "45", "32");
    commit(&w, Some(&stranger), "Ann <ann@example.com>", "unknown key");
    refused(&t, &w, "not in the handbook's people list");

    // Another person's name with Eve's key.
    let w = work(&t, "forged-author");
    edit_markdown(&w, "45", "33");
    commit(
        &w,
        Some(&t.eve.key_file()),
        "Ann <ann@example.com>",
        "as Ann",
    );
    refused(&t, &w, "signed with Eve's key");

    // Ann approves her own revision under a new name (her key).
    let w = work(&t, "own-approval");
    append(&w, record, &approve_line(&t, "Annie", &t.ann.fingerprint()));
    commit(
        &w,
        Some(&t.ann.key_file()),
        "Ann <ann@example.com>",
        "approve",
    );
    refused(&t, &w, "approved with the key that wrote it");

    // Ann approves her own revision under her own name.
    let w = work(&t, "own-approval-2");
    append(&w, record, &approve_line(&t, "Ann", &t.ann.fingerprint()));
    commit(
        &w,
        Some(&t.ann.key_file()),
        "Ann <ann@example.com>",
        "approve",
    );
    refused(&t, &w, "approved by its own author");

    // A staff member's approval, and an editor's.
    for (d, role) in [(&t.sam, "staff"), (&t.eve, "editor")] {
        let w = work(&t, &format!("approve-{role}"));
        append(&w, record, &approve_line(&t, &d.name, &d.fingerprint()));
        commit(
            &w,
            Some(&d.key_file()),
            &format!("{} <{}>", d.name, d.email),
            "approve",
        );
        refused(&t, &w, &format!("a {role} may not approve"));
    }

    // Bob (manager) makes himself admin.
    let w = work(&t, "people");
    append(
        &w,
        ".policybook/people.jsonl",
        &serde_json::json!({
            "id": "forged/people", "at": "2026-11-29T12:00:00Z", "by": "Bob",
            "by_key": t.bob.fingerprint(), "action": "person", "public_key": t.bob.public_key(),
            "name": "Bob", "email": "bob@example.com", "role": "admin",
        }),
    );
    commit(
        &w,
        Some(&t.bob.key_file()),
        "Bob <bob@example.com>",
        "promote",
    );
    refused(&t, &w, "changes the people list, but Bob is manager");

    // A valid signature on altered content: Eve's signed commit with another text.
    let w = work(&t, "altered");
    edit_markdown(&w, "45", "34");
    commit(
        &w,
        Some(&t.eve.key_file()),
        "Eve <eve@example.com>",
        "a real edit",
    );
    let raw = git(&w, &["cat-file", "commit", "HEAD"]);
    let altered = raw.replace("a real edit", "a forged edit");
    let f = t.ann.env.write("altered-commit", &altered);
    let oid = git(
        &w,
        &["hash-object", "-t", "commit", "-w", f.to_str().unwrap()],
    );
    git(&w, &["reset", "-q", "--hard", oid.trim()]);
    refused(&t, &w, "does not match");

    // Eve's key removed from today: her commit dated after is refused; one dated before passes.
    t.ann
        .run(&["people", "remove", "Eve", "--from", "2026-11-01"])
        .ok();
    t.ann.sync();
    t.bob.sync();
    let w = work(&t, "removed");
    edit_markdown(&w, "45", "35");
    let mut c = Command::new("git");
    c.current_dir(&w)
        .env("GIT_COMMITTER_DATE", "2026-11-15T10:00:00Z")
        .env("GIT_AUTHOR_DATE", "2026-11-15T10:00:00Z")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", &w)
        .args(["-c", "gpg.format=ssh", "-c"])
        .arg(format!("user.signingkey={}", t.eve.key_file().display()))
        .args([
            "-c",
            "user.name=Eve",
            "-c",
            "user.email=eve@example.com",
            "commit",
            "-q",
            "-S",
            "-m",
            "after removal",
        ]);
    assert!(c.status().unwrap().success());
    refused(&t, &w, "removed from 2026-11-01");

    // A genuine plain-git draft signed by a listed editor is still welcome, as that person's.
    t.ann
        .run(&[
            "people",
            "add",
            "Eve",
            "--email",
            "eve@example.com",
            "--role",
            "editor",
            "--key",
            &t.eve.public_key(),
        ])
        .ok();
    t.ann.sync();
    t.bob.sync();
    let before = newest(&t.bob);
    let w = work(&t, "welcome");
    edit_markdown(&w, "45", "60");
    commit(
        &w,
        Some(&t.eve.key_file()),
        "Eve <eve@example.com>",
        "sixty days",
    );
    git(&w, &["push", "-q", "origin", "main"]);
    let s = t.bob.sync();
    assert_eq!(s["pulled"], 1, "{s}");
    assert_eq!(newest(&t.bob), before + 1);
    let h = t
        .bob
        .run(&["history", "refunds", "--lang", "en", "--json"])
        .ok()
        .json();
    assert_eq!(
        h["revisions"].as_array().unwrap().last().unwrap()["author"],
        "Eve",
        "{h}"
    );
    // Its revision goes out (by Bob's desk) and every desk accepts it.
    t.ann.sync();
    t.eve.sync();
    assert_eq!(newest(&t.ann), before + 1);
}

#[test]
fn the_pre_receive_hook_refuses_the_same_pushes() {
    let t = team();
    install_hook(&t);
    // Desks push through the hook as before.
    t.eve.revise("refunds", &EN.replace("30", "28"));
    let s = t.eve.sync();
    assert_eq!(s["pushed"], 1, "{s}");

    // Forgeries pushed to the daemon (which runs the hook) are refused there.
    let push = |w: &Path, why: &str| {
        let before = git(&t.remote, &["rev-parse", "main"]);
        let out = Command::new("git")
            .current_dir(w)
            .env("HOME", w)
            .args(["push", &t.url, "HEAD:main"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "the push went through: {err}");
        assert!(err.contains(why), "expected `{why}` in: {err}");
        assert_eq!(git(&t.remote, &["rev-parse", "main"]), before);
    };
    let w = work(&t, "hook-unsigned");
    edit_markdown(&w, "28", "29");
    commit(&w, None, "Eve <eve@example.com>", "unsigned");
    push(&w, "not signed");

    let w = work(&t, "hook-staff");
    append(
        &w,
        "policies/refunds/history.jsonl",
        &serde_json::json!({
            "id": "forged/sam", "at": "2026-11-29T12:00:00Z", "by": "Sam",
            "by_key": t.sam.fingerprint(), "policy": "refunds", "action": "retire",
        }),
    );
    commit(
        &w,
        Some(&t.sam.key_file()),
        "Sam <sam@example.com>",
        "retire",
    );
    push(&w, "a staff may not retire");

    let w = work(&t, "hook-force");
    git(&w, &["reset", "-q", "--hard", "HEAD~1"]);
    let out = Command::new("git")
        .current_dir(&w)
        .env("HOME", &w)
        .args(["push", "--force", &t.url, "HEAD:main"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("rewrites"), "{err}");

    // A signed, allowed plain-git edit passes the hook.
    let w = work(&t, "hook-ok");
    edit_markdown(&w, "28", "27");
    commit(&w, Some(&t.eve.key_file()), "Eve <eve@example.com>", "fine");
    let out = Command::new("git")
        .current_dir(&w)
        .env("HOME", &w)
        .args(["push", &t.url, "HEAD:main"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
