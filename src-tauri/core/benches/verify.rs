//! The signature benchmark: a signed handbook's remote of 10,000 signed commits (one revision
//! each, over 100 policies, by a manager and an editor whose keys are in the people list), then
//! - every commit checked as a desk checks what it pulls (signature, key, role, four eyes):
//!   goal under 2 s for 10,000;
//! - a new handbook cloned from it (verification included).
//!
//! `make bench` (or `cargo bench -p policybook-core --bench verify`). `PB_VERIFY_COMMITS` sets the
//! number of commits; `PB_VERIFY_NO_CLONE=1` stops after the check (for profiling it).

use policybook_core::identity::Identity;
use policybook_core::people::Role;
use policybook_core::sync::git::Cache;
use policybook_core::sync::record::{Event, What};
use policybook_core::sync::verify;
use policybook_core::{FixedClock, Handbook, Lang};
use std::time::Instant;

fn main() {
    let n: usize = std::env::var("PB_VERIFY_COMMITS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().unwrap();
    let bare = tmp.path().join("hb.git");
    let url = bare.display().to_string();
    let cache = Cache::open(&bare, &url, None).unwrap();
    let ann = Identity::generate("Ann", "ann@example.com").unwrap();
    let eve = Identity::generate("Eve", "eve@example.com").unwrap();
    let at = "2026-11-29T10:00:00Z";
    let event = |i: usize, who: &Identity, policy: Option<String>, what: What| Event {
        id: format!("bench/{i}"),
        at: at.into(),
        by: who.name.clone(),
        by_key: Some(who.public().fingerprint),
        policy,
        what,
    };
    let person = |i: usize, who: &Identity, role: Role| {
        event(
            i,
            &ann,
            None,
            What::Person {
                public_key: who.public().key,
                name: who.name.clone(),
                email: who.email.clone(),
                role,
            },
        )
    };
    // The first commit: the people and 100 policies, signed by the admin.
    let policies = 100;
    let mut first = vec![person(0, &ann, Role::Admin), person(1, &eve, Role::Editor)];
    for p in 0..policies {
        first.push(event(
            2 + p,
            &ann,
            Some(format!("policy-{p:03}")),
            What::Policy {
                category: "General".into(),
                owner: "Ann".into(),
                review_every_months: 12,
                source_lang: Lang::En,
            },
        ));
    }
    let mut files = |_: &Event| Vec::new();
    let mut tip = cache
        .write_commits(None, &first, true, Some(&ann), &mut files)
        .unwrap();
    // Then one signed commit per revision, alternately by Ann and Eve.
    let start = Instant::now();
    let mut revs = vec![0u32; policies];
    for i in 0..n {
        let p = i % policies;
        revs[p] += 1;
        let who = if i % 2 == 0 { &ann } else { &eve };
        let body = format!("# Policy {p}\n\nRevision {} of the text.\n", revs[p]);
        let e = event(
            1000 + i,
            who,
            Some(format!("policy-{p:03}")),
            What::Revise {
                lang: Lang::En,
                revision: revs[p],
                title: format!("Policy {p}"),
                summary: String::new(),
                source_revision: None,
                hash: policybook_core::store::sha256_hex(&body),
                body,
                conflict: None,
                via: None,
            },
        );
        tip = cache
            .write_commits(Some(tip), &[e], false, Some(who), &mut files)
            .unwrap();
    }
    let made = start.elapsed();
    println!(
        "verify: wrote {n} signed commits in {:.2} s",
        made.as_secs_f64()
    );
    // The branch, as a remote holds it (packed, as a server keeps it and a fetch brings it).
    let repo = git2::Repository::open_bare(&bare).unwrap();
    repo.reference("refs/heads/main", tip, true, "bench")
        .unwrap();
    drop(repo);
    let ok = std::process::Command::new("git")
        .args(["repack", "-adq"])
        .current_dir(&bare)
        .status()
        .unwrap()
        .success();
    assert!(ok, "git repack");
    let repo = git2::Repository::open_bare(&bare).unwrap();

    let start = Instant::now();
    let checked = verify::check_range(&repo, None, tip).unwrap();
    let took = start.elapsed();
    assert_eq!(checked.commits, n + 1);
    assert_eq!(checked.signed, n + 1);
    println!(
        "verify: checked {} signed commits in {:.3} s ({:.0} µs each; goal: under 2 s for 10,000)",
        checked.commits,
        took.as_secs_f64(),
        took.as_secs_f64() * 1e6 / checked.commits as f64
    );

    if std::env::var_os("PB_VERIFY_NO_CLONE").is_some() {
        return;
    }
    let start = Instant::now();
    let clock = Box::new(FixedClock::on(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    ));
    let policybook_core::Cloned {
        handbook: hb,
        report,
    } = Handbook::clone_remote(
        &format!("file://{}", bare.display()),
        &tmp.path().join("clone.db"),
        clock,
    )
    .unwrap();
    println!(
        "verify: cloned {} actions of {} signed commits in {:.2} s (verification included)",
        report.pulled,
        n + 1,
        start.elapsed().as_secs_f64()
    );
    assert_eq!(hb.people().unwrap().len(), 2);
}
