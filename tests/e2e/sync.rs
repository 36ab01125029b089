//! Sharing one handbook through a git remote: real servers (`git daemon`, and `git http-backend`
//! behind lighttpd with basic authentication) on 127.0.0.1, several desks (separate handbooks),
//! the `policybook` command as users run it.

use crate::gitserve::{self, git, Repos, READER, WRITER};
use crate::support::{Env, Run};
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

/// A desk: a handbook of its own.
struct Desk {
    env: Env,
}

impl Desk {
    fn new() -> Desk {
        Desk { env: Env::new() }
    }

    /// A desk started with `policybook clone URL`.
    fn clone_of(url: &str) -> Desk {
        let d = Desk::new();
        let run: Run = d
            .env
            .cmd()
            .args(["clone", url, "--json"])
            .output()
            .unwrap()
            .into();
        run.ok();
        d
    }

    fn run(&self, args: &[&str]) -> Run {
        self.env.run(args)
    }

    fn sync(&self) -> Value {
        self.run(&["sync", "--json"]).ok().json()
    }

    fn revise(&self, id: &str, lang: &str, text: &str, author: &str) -> u64 {
        let f = self.env.write(&format!("in-{id}-{lang}.md"), text);
        self.env
            .revise(id, lang, &f, author, &["--json"])
            .ok()
            .json()["revision"]
            .as_u64()
            .unwrap()
    }

    fn show(&self, id: &str, lang: &str) -> String {
        self.run(&["show", id, "--lang", lang]).ok().stdout
    }

    fn history(&self, id: &str) -> Value {
        self.run(&["history", id, "--json"]).ok().json()
    }

    /// Everything `list`, `history` and `show` say about every policy: the same on every desk
    /// once synced.
    fn everything(&self) -> String {
        let list = self.run(&["list", "--json"]).ok().json();
        let mut out = serde_json::to_string_pretty(&list).unwrap();
        for p in list["policies"].as_array().unwrap() {
            let id = p["id"].as_str().unwrap();
            out.push_str(&serde_json::to_string_pretty(&self.history(id)).unwrap());
            for lang in p["languages"].as_object().unwrap().keys() {
                out.push_str(&self.show(id, lang));
            }
        }
        out
    }

    fn check(&self) {
        self.run(&["check"]).ok();
    }
}

const EN: &str =
    "# Refunds\n\nCustomers may return goods within **30 days**.  \r\nKeep the receipt.\n";
const BN: &str = "# ফেরত\n\nগ্রাহক ৩০ দিনের মধ্যে পণ্য ফেরত দিতে পারেন।\n";
const UR: &str = "# واپسی\n\nگاہک تیس دن میں سامان واپس کر سکتے ہیں۔\n";

/// A first desk with two policies in three languages, one approved, shared through `url`.
fn first_desk(url: &str) -> Desk {
    let a = Desk::new();
    a.run(&[
        "new",
        "refunds",
        "--owner",
        "Nadia",
        "--category",
        "Money",
        "--by",
        "Nadia",
    ])
    .ok();
    a.revise("refunds", "en", EN, "Ann");
    a.revise("refunds", "bn", BN, "Rahim");
    a.revise("refunds", "ur", UR, "Sana");
    a.run(&["submit", "refunds", "--lang", "en", "--by", "Ann"])
        .ok();
    a.run(&["approve", "refunds", "--lang", "en", "--by", "Bob"])
        .ok();
    a.run(&["new", "greeting", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    a.revise("greeting", "en", "# Greeting\n\nSay hello.\n", "Ann");
    a.run(&["set", "company", "Acme Stores", "--by", "Nadia"])
        .ok();
    let r = a.run(&["remote", "set", url, "--json"]).ok().json();
    assert!(!r["remote"].as_str().unwrap().contains("secret"), "{r}");
    let s = a.sync();
    assert_eq!(s["pushed"].as_u64().unwrap(), 9, "{s}");
    a
}

#[test]
fn an_edit_on_one_desk_reaches_the_others_byte_for_byte() {
    let repos = Repos::new();
    let remote = repos.bare("hb");
    let http = gitserve::http(&repos);
    let daemon = gitserve::daemon(&repos, 0);
    let a = first_desk(&gitserve::http_url(&http, WRITER, "hb"));
    // The password stays out of the handbook file.
    let db = std::fs::read(&a.env.db).unwrap();
    assert!(!db.windows(8).any(|w| w == b"w-secret"));

    let b = Desk::clone_of(&gitserve::http_url(&http, WRITER, "hb"));
    let c = Desk::clone_of(&gitserve::git_url(&daemon, "hb"));
    assert_eq!(b.everything(), a.everything());
    assert_eq!(c.everything(), a.everything());
    // Searchable at once.
    let hits = c.run(&["search", "receipt", "--json"]).ok().json();
    assert_eq!(hits["hits"][0]["id"], "refunds", "{hits}");

    // B revises, C submits, A approves: each arrives everywhere.
    let text =
        "# Refunds\n\nCustomers may return goods within **45 days**.\r\n\tKeep the receipt.  \n";
    assert_eq!(b.revise("refunds", "en", text, "Bea"), 2);
    assert_eq!(b.sync()["pushed"], 1);
    let s = c.sync();
    assert_eq!(s["pulled"], 1, "{s}");
    assert_eq!(c.show("refunds", "en").as_bytes(), text.as_bytes());
    c.run(&["submit", "refunds", "--lang", "en", "--by", "Cid"])
        .ok();
    c.sync();
    a.sync();
    a.run(&["approve", "refunds", "--lang", "en", "--by", "Ann"])
        .ok();
    a.sync();
    b.sync();
    c.sync();
    for d in [&a, &b, &c] {
        assert_eq!(d.show("refunds", "en").as_bytes(), text.as_bytes());
        d.check();
    }
    let h = a.history("refunds");
    assert_eq!(b.history("refunds"), h);
    assert_eq!(c.history("refunds"), h);
    let newest = h["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["lang"] == "en" && r["revision"] == 2)
        .unwrap();
    assert_eq!(newest["status"], "approved");
    assert_eq!(newest["approved_by"], "Ann");
    assert_eq!(newest["author"], "Bea");
    assert_eq!(c.run(&["set", "company"]).ok().stdout.trim(), "Acme Stores");

    // The remote is a repository people can read: git clone and git fsck are clean, the files
    // are the policies, and every action is one commit with trailers.
    let work = gitserve::working_copy(&repos, &remote, "people");
    git(&work, &["fsck", "--strict", "--no-progress"]);
    git(&remote, &["fsck", "--strict", "--no-progress"]);
    let md = std::fs::read_to_string(work.join("policies/refunds/refunds.en.md")).unwrap();
    assert!(md.starts_with("---\n") && md.ends_with(text), "{md}");
    assert!(md.contains("owner: Nadia"), "{md}");
    let log = git(
        &work,
        &[
            "log",
            "--format=%an|%s",
            "--",
            "policies/refunds/refunds.en.md",
        ],
    );
    assert!(log.contains("Bea|refunds (en): revision 2 by Bea"), "{log}");
    let trailers = git(&work, &["log", "-1", "--format=%(trailers:only,unfold)"]);
    assert!(
        trailers.contains("Policybook-Action: approve"),
        "{trailers}"
    );
    assert!(
        trailers.contains("Policybook-Policy: refunds"),
        "{trailers}"
    );
    assert!(trailers.contains("Policybook-Lang: en"), "{trailers}");
    assert!(trailers.contains("Policybook-Revision: 2"), "{trailers}");

    // Nothing new: a sync moves nothing.
    let s = b.sync();
    assert_eq!(
        (s["pulled"].as_u64(), s["pushed"].as_u64()),
        (Some(0), Some(0))
    );
}

#[test]
fn the_first_to_sync_wins_the_number_and_the_other_text_is_a_conflict() {
    let repos = Repos::new();
    repos.bare("hb");
    let daemon = gitserve::daemon(&repos, 0);
    let url = gitserve::git_url(&daemon, "hb");
    let a = first_desk(&url);
    let b = Desk::clone_of(&url);
    let c = Desk::clone_of(&url);

    // While apart: A and B both write revision 2 of refunds (en); C changes another policy.
    let theirs = "# Refunds\n\nWithin 60 days.\n";
    let ours = "# Refunds\n\nWithin 14 days, with a receipt.\n";
    assert_eq!(a.revise("refunds", "en", theirs, "Ann"), 2);
    assert_eq!(b.revise("refunds", "en", ours, "Bea"), 2);
    b.run(&["submit", "refunds", "--lang", "en", "--by", "Bea"])
        .ok();
    assert_eq!(
        c.revise(
            "greeting",
            "en",
            "# Greeting\n\nSay hello and smile.\n",
            "Cid"
        ),
        2
    );
    assert_eq!(a.sync()["pushed"], 1);
    let s = c.sync();
    assert_eq!(
        (s["pulled"].as_u64(), s["pushed"].as_u64()),
        (Some(1), Some(1)),
        "{s}"
    );
    assert_eq!(s["conflicts"], serde_json::json!([]));

    let s = b.sync();
    assert_eq!(
        s["conflicts"],
        serde_json::json!([{"id": "refunds", "lang": "en", "base": 1, "theirs": 2, "ours": 3}]),
        "{s}"
    );
    // B's submission of the text that lost its number is withdrawn, with the reason.
    let refused = s["refused"].as_array().unwrap();
    assert!(
        refused
            .iter()
            .any(|r| r["action"] == "submit" && r["reason"].as_str().unwrap().contains("first")),
        "{s}"
    );
    // Nothing is lost: both texts are there, and B's is revision 3, a draft.
    assert_eq!(b.show("refunds", "en"), ours);
    assert_eq!(
        b.run(&["show", "refunds", "--lang", "en", "--rev", "2"])
            .ok()
            .stdout,
        theirs
    );
    assert_eq!(
        b.run(&["show", "refunds", "--lang", "en", "--rev", "1"])
            .ok()
            .stdout,
        EN
    );
    assert_eq!(
        b.show("greeting", "en"),
        "# Greeting\n\nSay hello and smile.\n"
    );
    let conflicts = b.run(&["conflicts", "--json"]).ok().json();
    assert_eq!(conflicts["conflicts"][0]["ours"], 3);
    b.check();

    // Every desk reads the same history, the conflict included, once synced.
    a.sync();
    c.sync();
    assert_eq!(a.everything(), b.everything());
    assert_eq!(c.everything(), b.everything());
    assert_eq!(a.run(&["conflicts", "--json"]).ok().json(), conflicts);
    a.check();

    // Its author resolves it by saving a new revision.
    assert_eq!(
        b.revise("refunds", "en", "# Refunds\n\nWithin 30 days.\n", "Bea"),
        4
    );
    assert_eq!(
        b.run(&["conflicts", "--json"]).ok().json()["conflicts"],
        serde_json::json!([])
    );
    b.sync();
    a.sync();
    assert_eq!(
        a.run(&["conflicts", "--json"]).ok().json()["conflicts"],
        serde_json::json!([])
    );

    // An approval that raced another change is refused with a reason, and can be given again.
    a.run(&["submit", "refunds", "--lang", "en", "--by", "Bea"])
        .ok();
    a.sync();
    b.sync();
    c.sync();
    b.run(&["approve", "refunds", "--lang", "en", "--by", "Bob"])
        .ok();
    assert_eq!(
        c.revise("refunds", "en", "# Refunds\n\nWithin 31 days.\n", "Cid"),
        5
    );
    c.sync();
    let s = b.sync();
    let r = &s["refused"][0];
    assert_eq!(r["action"], "approve", "{s}");
    assert!(r["reason"].as_str().unwrap().contains("revision 5"), "{s}");
    let h = b.history("refunds");
    let rev4 = h["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["lang"] == "en" && r["revision"] == 4)
        .unwrap();
    assert_eq!(rev4["status"], "in_review", "{h}");
    assert_eq!(b.sync()["pushed"], 0);
    a.sync();
    c.sync();
    assert_eq!(a.everything(), b.everything());
    assert_eq!(c.everything(), b.everything());
    b.check();
}

#[test]
fn a_read_only_account_pulls_and_keeps_a_working_handbook() {
    let repos = Repos::new();
    repos.bare("hb");
    let http = gitserve::http(&repos);
    let a = first_desk(&gitserve::http_url(&http, WRITER, "hb"));
    let staff = Desk::clone_of(&gitserve::http_url(&http, READER, "hb"));
    assert_eq!(staff.everything(), a.everything());

    a.revise(
        "greeting",
        "en",
        "# Greeting\n\nSay hello, then listen.\n",
        "Ann",
    );
    a.sync();
    staff.revise("greeting", "en", "# Greeting\n\nStaff text.\n", "Sam");
    let s = staff.sync();
    assert_eq!(s["pulled"], 1, "{s}");
    assert_eq!(s["pushed"], 0, "{s}");
    assert!(
        s["read_only"].as_str().is_some_and(|r| !r.is_empty()),
        "{s}"
    );
    let out = staff.run(&["sync"]).ok().stdout;
    assert!(out.contains("Read-only"), "{out}");
    // The staff member's handbook still works: the remote's revision 2, their own on top.
    assert_eq!(
        staff
            .run(&["show", "greeting", "--lang", "en", "--rev", "2"])
            .ok()
            .stdout,
        "# Greeting\n\nSay hello, then listen.\n"
    );
    let hits = staff.run(&["search", "staff", "--json"]).ok().json();
    assert_eq!(hits["hits"][0]["id"], "greeting");
    staff.check();
    // And the remote did not change.
    let s = a.sync();
    assert_eq!(s["pulled"], 0, "{s}");
    // Without an account at all, the remote cannot even be read: one line that names it.
    let anon = Desk::new();
    let url = format!("http://127.0.0.1:{}/git/hb.git", http.port);
    let r = anon.run(&["clone", &url]).fails(1);
    assert!(r.stderr.contains(&url), "{}", r.stderr);
    assert!(!anon.env.db.exists());
}

/// Installs a pre-receive hook that says it started and then waits `secs` seconds.
fn slow_hook(remote: &Path, marker: &Path, secs: u32) {
    let hook = remote.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\ncat >/dev/null\ntouch '{}'\nsleep {secs}\n",
            marker.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn wait_file(p: &Path) {
    let start = Instant::now();
    while !p.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{} never appeared",
            p.display()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_server_stopped_mid_push_or_a_killed_sync_loses_nothing() {
    let repos = Repos::new();
    let remote = repos.bare("hb");
    let mut daemon = gitserve::daemon(&repos, 0);
    let port = daemon.port;
    let url = gitserve::git_url(&daemon, "hb");
    let a = first_desk(&url);
    let b = Desk::clone_of(&url);

    // A refusing server: the push status says so (libgit2 returns Ok), nothing is lost.
    std::fs::write(
        remote.join("hooks/pre-receive"),
        "#!/bin/sh\necho 'frozen for audit' >&2\nexit 1\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        remote.join("hooks/pre-receive"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    a.revise("refunds", "bn", "# ফেরত\n\nনতুন নিয়ম।\n", "Rahim");
    let tip = git(&remote, &["rev-parse", "main"]);
    let r = a.run(&["sync"]).fails(1);
    assert!(r.stderr.contains("frozen for audit"), "{}", r.stderr);
    assert_eq!(git(&remote, &["rev-parse", "main"]), tip);

    // The server stops in the middle of the push.
    let marker = repos.dir.path().join("push-started");
    slow_hook(&remote, &marker, 30);
    let child = a
        .env
        .cmd()
        .args(["sync"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_file(&marker);
    daemon.stop();
    let r: Run = child.wait_with_output().unwrap().into();
    let r = r.fails(1);
    assert!(r.stderr.contains(&url), "{}", r.stderr);
    a.check();
    assert_eq!(a.show("refunds", "bn"), "# ফেরত\n\nনতুন নিয়ম।\n");

    // A sync killed with SIGKILL while its push is in flight.
    std::fs::remove_file(&marker).unwrap();
    slow_hook(&remote, &marker, 2);
    let mut daemon = gitserve::daemon(&repos, port);
    a.revise("refunds", "ur", "# واپسی\n\nنیا اصول۔\n", "Sana");
    let mut child = a
        .env
        .cmd()
        .args(["sync"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_file(&marker);
    child.kill().unwrap();
    child.wait().unwrap();
    a.check();
    // The server may have taken the push after the desk died: the next sync knows its own.
    std::thread::sleep(Duration::from_secs(3));
    std::fs::remove_file(remote.join("hooks/pre-receive")).unwrap();
    let s = a.sync();
    assert_eq!(s["waiting"], 0, "{s}");
    let s = b.sync();
    assert_eq!(s["pulled"], 2, "{s}");
    assert_eq!(a.everything(), b.everything());
    b.check();

    // SIGKILL at points spread over a sync that pulls: the handbook is as it was or updated,
    // and the next sync completes.
    for i in 0..5 {
        a.revise(
            "greeting",
            "en",
            &format!("# Greeting\n\nVersion {i}.\n"),
            "Ann",
        );
    }
    a.sync();
    let start = Instant::now();
    b.sync();
    let took = start.elapsed();
    assert_eq!(b.everything(), a.everything());
    let d = Desk::clone_of(&url);
    for k in 1..=4u32 {
        a.revise(
            "greeting",
            "en",
            &format!("# Greeting\n\nKill {k}.\n"),
            "Ann",
        );
        a.sync();
        let before = d.everything();
        let mut child = d
            .env
            .cmd()
            .args(["sync"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(took.mul_f64(k as f64 / 5.0));
        let _ = child.kill();
        child.wait().unwrap();
        d.check();
        let now = d.everything();
        assert!(
            now == before || now == a.everything(),
            "half a sync after a kill"
        );
        d.sync();
        d.check();
        assert_eq!(d.everything(), a.everything());
    }
    daemon.stop();
}

#[test]
fn a_rewritten_or_foreign_remote_is_refused_and_nothing_changes() {
    let repos = Repos::new();
    let remote = repos.bare("hb");
    repos.bare("other");
    let plain = repos.bare("plain");
    let daemon = gitserve::daemon(&repos, 0);
    let url = gitserve::git_url(&daemon, "hb");
    let a = first_desk(&url);
    a.revise("greeting", "en", "# Greeting\n\nSay hello twice.\n", "Ann");
    a.sync();
    let b = Desk::clone_of(&url);
    let before = b.env.snapshot();

    // Someone rewrites the remote's history (a force-push).
    let work = gitserve::working_copy(&repos, &remote, "rewrite");
    git(&work, &["commit", "-q", "--amend", "-m", "rewritten"]);
    git(&work, &["push", "-q", "--force", "origin", "main"]);
    let r = b.run(&["sync"]).fails(1);
    assert!(r.stderr.contains("rewritten"), "{}", r.stderr);
    assert!(r.stderr.contains(&url), "{}", r.stderr);
    assert_eq!(b.env.snapshot(), before);

    // Another handbook's remote.
    let other = gitserve::git_url(&daemon, "other");
    let o = first_desk(&other);
    drop(o);
    a.run(&["remote", "set", &other]).ok();
    let before_a = a.env.snapshot();
    let r = a.run(&["sync"]).fails(1);
    assert!(r.stderr.contains("another handbook"), "{}", r.stderr);
    assert_eq!(a.env.snapshot(), before_a);

    // A repository that is not a handbook at all.
    let work = gitserve::working_copy(&repos, &plain, "plainwork");
    std::fs::write(work.join("README.md"), "not a handbook\n").unwrap();
    git(&work, &["add", "README.md"]);
    git(&work, &["commit", "-q", "-m", "readme"]);
    git(&work, &["push", "-q", "origin", "main"]);
    let fresh = Desk::new();
    let r = fresh
        .run(&["clone", &gitserve::git_url(&daemon, "plain")])
        .fails(1);
    assert!(r.stderr.contains("no Policybook handbook"), "{}", r.stderr);
    assert!(!fresh.env.db.exists());

    // An unreachable remote: exit 1, one line that names it.
    let dead = format!("http://127.0.0.1:{}/hb.git", gitserve::free_port());
    b.run(&["remote", "set", &dead]).ok();
    let r = b.run(&["sync"]).fails(1);
    assert!(r.stderr.contains(&dead), "{}", r.stderr);
    assert_eq!(b.env.snapshot(), before);
}

#[test]
fn a_markdown_commit_made_with_git_arrives_as_a_draft() {
    let repos = Repos::new();
    let remote = repos.bare("hb");
    let daemon = gitserve::daemon(&repos, 0);
    let url = gitserve::git_url(&daemon, "hb");
    let a = first_desk(&url);
    let b = Desk::clone_of(&url);

    let work = gitserve::working_copy(&repos, &remote, "mr");
    let path = work.join("policies/refunds/refunds.en.md");
    let md = std::fs::read_to_string(&path).unwrap();
    let edited = md.replace("**30 days**", "**21 days**");
    std::fs::write(&path, &edited).unwrap();
    git(&work, &["add", "-A"]);
    git(
        &work,
        &[
            "-c",
            "user.name=Grace Hopper",
            "-c",
            "user.email=grace@example.com",
            "commit",
            "-q",
            "--author=Grace Hopper <grace@example.com>",
            "-m",
            "Shorter refund window",
        ],
    );
    git(&work, &["push", "-q", "origin", "main"]);

    let s = a.sync();
    assert_eq!(s["pulled"], 1, "{s}");
    let h = a.history("refunds");
    let newest = h["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|r| r["lang"] == "en")
        .unwrap()
        .clone();
    assert_eq!(newest["revision"], 2, "{h}");
    assert_eq!(newest["author"], "Grace Hopper");
    assert_eq!(newest["status"], "draft");
    assert_eq!(newest["summary"], "Shorter refund window");
    assert_eq!(
        a.show("refunds", "en"),
        EN.replace("**30 days**", "**21 days**")
    );
    a.check();
    // Recorded once: the other desk gets the same revision 2, not a second one.
    b.sync();
    a.sync();
    assert_eq!(b.everything(), a.everything());
    let s = b.sync();
    assert_eq!(
        (s["pulled"].as_u64(), s["pushed"].as_u64()),
        (Some(0), Some(0)),
        "{s}"
    );
}

/// A shared handbook's audit head is anchored on the remote too: removing the newest entries
/// (and the search index that anchors them on this desk) is still reported, from what the remote
/// holds of this desk, without reaching the remote.
#[test]
fn the_remote_anchors_this_desks_audit_log() {
    let repos = Repos::new();
    let _remote = repos.bare("hb");
    let daemon = gitserve::daemon(&repos, 0);
    let a = first_desk(&gitserve::git_url(&daemon, "hb"));
    a.run(&["submit", "greeting", "--lang", "en", "--by", "Ann"])
        .ok();
    assert_eq!(a.sync()["pushed"], 1);
    a.check();
    drop(daemon);
    a.env.sql(
        "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit);
         UPDATE review_state SET status = 'draft' WHERE policy_id = 'greeting';",
    );
    std::fs::remove_dir_all(a.env.path("handbook.db.index")).unwrap();
    let r = a.run(&["check"]).fails(1);
    assert!(
        r.stdout.contains("the remote holds this desk's entry"),
        "{}",
        r.stdout
    );
}
