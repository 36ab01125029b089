//! The review workflow, due dates, calendar files and the audit trail.

use crate::support::Env;

fn handbook() -> Env {
    let env = Env::new();
    let f = env.write(
        "refunds.en.md",
        "---\nid: refunds\ntitle: Refunds\nowner: Nadia Rahman\nauthor: Nadia Rahman\n---\n# Refunds\n\nWithin 30 days.\n",
    );
    env.run(&["import", f.to_str().unwrap()]).ok();
    env
}

#[test]
fn each_transition_and_each_refusal() {
    let env = handbook();
    // Not submitted yet: approving is refused.
    let r = env
        .run(&["approve", "refunds", "--lang", "en", "--by", "Samuel"])
        .fails(1);
    assert!(r.stderr.contains("draft"), "{}", r.stderr);
    let out = env
        .run(&[
            "submit",
            "refunds",
            "--lang",
            "en",
            "--by",
            "Nadia Rahman",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(out["status"], "in_review");
    // Submitting twice is refused.
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .fails(1);
    // The author cannot approve, in any case or spacing.
    let r = env
        .run(&[
            "approve",
            "refunds",
            "--lang",
            "en",
            "--by",
            " nadia rahman ",
        ])
        .fails(1);
    assert!(r.stderr.contains("someone else"), "{}", r.stderr);
    // Rejecting needs a reason, then sends it back to draft.
    env.run(&[
        "reject", "refunds", "--lang", "en", "--by", "Samuel", "--reason", " ",
    ])
    .fails(2);
    let out = env
        .run(&[
            "reject",
            "refunds",
            "--lang",
            "en",
            "--by",
            "Samuel",
            "--reason",
            "Say which days",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(out["status"], "draft");
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .ok();
    // An approval dated in the future is refused; one given on paper earlier is recorded.
    env.run(&[
        "approve",
        "refunds",
        "--lang",
        "en",
        "--by",
        "Samuel",
        "--on",
        "2999-01-01",
    ])
    .fails(2);
    // So is one dated before the revision was written, and nothing changes.
    let r = env
        .run(&[
            "approve",
            "refunds",
            "--lang",
            "en",
            "--by",
            "Samuel",
            "--on",
            "2025-01-31",
        ])
        .fails(2);
    assert!(
        r.stderr.contains("before the revision was written"),
        "{}",
        r.stderr
    );
    let h = env.run(&["history", "refunds", "--json"]).ok().json();
    assert_eq!(h["revisions"][0]["status"], "in_review");
    // The day it was written is early enough for an approval given then on paper.
    let written = h["revisions"][0]["created"].as_str().expect("created")[..10].to_string();
    let out = env
        .run(&[
            "approve", "refunds", "--lang", "en", "--by", "Samuel", "--on", &written, "--json",
        ])
        .ok()
        .json();
    assert_eq!(out["status"], "approved");
    let h = env.run(&["history", "refunds", "--json"]).ok().json();
    assert_eq!(h["revisions"][0]["approved_by"], "Samuel");
    assert_eq!(h["revisions"][0]["approved_on"], written.as_str());
    // Approving again is refused.
    env.run(&["approve", "refunds", "--lang", "en", "--by", "Samuel"])
        .fails(1);
    // A new revision: the old one cannot be approved any more; the new one goes through the steps.
    let f = env.write("r2.md", "# Refunds\n\nWithin 14 days.\n");
    env.revise("refunds", "en", &f, "Imran", &[]).ok();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Imran"])
        .ok();
    env.run(&["approve", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .ok();
    // Unknown policy, unknown language text.
    env.run(&["submit", "nosuch", "--lang", "en", "--by", "X"])
        .fails(1);
    env.run(&["submit", "refunds", "--lang", "ur", "--by", "X"])
        .fails(1);
    // Retired: kept, but no longer moves.
    env.run(&["retire", "refunds", "--by", "Helen"]).ok();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "X"])
        .fails(1);
    let list = env.run(&["list", "--json"]).ok().json();
    assert_eq!(list["policies"][0]["retired"], true);
    env.run(&["check"]).ok();
}

fn approved_on(env: &Env, id: &str, date: &str, months: u32) {
    let f = env.write(
        &format!("{id}.en.md"),
        format!("---\ntitle: {id}\nowner: Owner of {id}\nauthor: A\nreview_every_months: {months}\napproved: {date}\napproved_by: B\n---\nText of {id}.\n"),
    );
    env.run(&["import", f.to_str().unwrap()]).ok();
}

#[test]
fn due_lists_overdue_first_with_month_end_arithmetic() {
    let env = Env::new();
    approved_on(&env, "jan31", "2026-01-31", 1); // due 2026-02-28: overdue
    approved_on(&env, "soon", "2025-12-10", 12); // due 2026-12-10: within 30 days of 2026-11-23
    approved_on(&env, "later", "2026-06-01", 12); // due 2027-06-01: not listed
    approved_on(&env, "leap", "2024-02-29", 12); // due 2025-02-28: overdue, earlier
    let out = env
        .run(&["due", "--as-of", "2026-11-23", "--json"])
        .ok()
        .json();
    let due = out["due"].as_array().unwrap();
    let got: Vec<(&str, &str, bool)> = due
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["due"].as_str().unwrap(),
                d["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("leap", "2025-02-28", true),
            ("jan31", "2026-02-28", true),
            ("soon", "2026-12-10", false)
        ]
    );
    assert_eq!(due[0]["owner"], "Owner of leap");
    assert_eq!(due[0]["lang"], "en");
    assert_eq!(due[0]["title"], "leap");
    let out = env
        .run(&["due", "--as-of", "2026-11-23", "--within", "0", "--json"])
        .ok()
        .json();
    assert_eq!(out["due"].as_array().unwrap().len(), 2);
    env.run(&["due", "--as-of", "not-a-date"]).fails(2);
}

#[test]
fn ics_parses_with_a_real_icalendar_parser() {
    use icalendar::{Component, DatePerhapsTime};
    let env = Env::new();
    approved_on(&env, "jan31", "2026-01-31", 1);
    approved_on(&env, "soon", "2025-12-10", 12);
    let ics = env.path("reviews.ics");
    env.run(&[
        "due",
        "--as-of",
        "2026-11-23",
        "--ics",
        ics.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.contains("\r\n"));
    let cal: icalendar::Calendar = text.parse().expect("a valid calendar");
    let events: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(events.len(), 2);
    let e = events
        .iter()
        .find(|e| e.get_uid().unwrap().contains("soon"))
        .unwrap();
    match e.get_start().unwrap() {
        DatePerhapsTime::Date(d) => assert_eq!(d.to_string(), "2026-12-10"),
        other => panic!("not an all-day event: {other:?}"),
    }
    assert!(e.get_summary().unwrap().contains("soon"));
    assert!(e.property_value("DTSTAMP").is_some());
    // Same reviews, same UIDs.
    let ics2 = env.path("again.ics");
    env.run(&[
        "due",
        "--as-of",
        "2026-11-23",
        "--ics",
        ics2.to_str().unwrap(),
    ])
    .ok();
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&text), uids(&std::fs::read_to_string(&ics2).unwrap()));
}

#[test]
fn check_reports_changes_made_behind_the_apps_back() {
    let tampering = [
        "UPDATE revision SET body = 'Refunds within 365 days.' WHERE policy_id = 'refunds'",
        "UPDATE revision SET author = 'Mallory' WHERE policy_id = 'refunds'",
        "UPDATE review_state SET status = 'approved', approved_by = 'Mallory', approved_on = '2026-01-01'",
        "UPDATE policy SET owner = 'Mallory'",
        "UPDATE audit SET actor = 'Mallory' WHERE seq = 1",
        "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)",
        "INSERT INTO revision VALUES ('refunds','en',2,'T','B','M','2026-01-01T00:00:00Z','',''||hex(randomblob(32)),NULL)",
    ];
    for sql in tampering {
        let env = handbook();
        env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
            .ok();
        env.run(&["check"]).ok();
        env.sql(sql);
        let r = env.run(&["check"]);
        assert_eq!(r.code, 1, "{sql} went unnoticed: {}", r.stdout);
        assert!(!r.stdout.trim().is_empty());
    }
}

#[test]
fn check_covers_settings_names_audiences_and_acknowledgements() {
    let tampering = [
        "UPDATE setting SET value = 'Mallory Ltd' WHERE key = 'company'",
        "INSERT INTO setting VALUES ('ack_due_days', '365')",
        "UPDATE category_title SET title = 'Geld'",
        "DELETE FROM audience",
        "INSERT INTO audience VALUES ('refunds', 'nobody')",
        "UPDATE ack SET revision = 2",
        "DELETE FROM ack",
        "UPDATE review_state SET editorial = 1",
    ];
    for sql in tampering {
        let env = handbook();
        for args in [
            &["set", "company", "Riverbend", "--by", "Nadia Rahman"][..],
            &[
                "category",
                "General",
                "--lang",
                "bn",
                "--title",
                "সাধারণ",
                "--by",
                "Nadia Rahman",
            ],
            &["audience", "refunds", "stores", "--by", "Nadia Rahman"],
            &["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"],
            &["approve", "refunds", "--lang", "en", "--by", "Samuel"],
            &["ack", "refunds", "--lang", "en", "--as", "Rahim"],
        ] {
            env.run(args).ok();
        }
        env.run(&["check"]).ok();
        env.sql(sql);
        let r = env.run(&["check"]);
        assert_eq!(r.code, 1, "{sql} went unnoticed: {}", r.stdout);
    }
}

/// An approved text changed behind the app's back is never printed as approved.
#[test]
fn export_refuses_an_approved_text_changed_behind_the_apps_back() {
    let env = handbook();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .ok();
    env.run(&["approve", "refunds", "--lang", "en", "--by", "Samuel"])
        .ok();
    env.sql("UPDATE revision SET body = 'Refunds within 365 days.' WHERE policy_id = 'refunds'");
    let out = env.path("handbook.docx");
    let r = env
        .run(&["export", "--lang", "en", "--out", out.to_str().unwrap()])
        .fails(1);
    assert!(
        r.stderr.contains("changed outside Policybook"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
}

/// A backup goes through a temporary file and a rename, and leaves none behind.
#[test]
fn backups_and_exports_write_whole_files_only() {
    let env = handbook();
    let out = env.path("copy.db");
    env.run(&["backup", out.to_str().unwrap()]).ok();
    let copy = Env {
        dir: tempfile::tempdir().unwrap(),
        db: out.clone(),
    };
    assert_eq!(
        copy.run(&["list", "--json"]).ok().json()["policies"][0]["id"],
        "refunds"
    );
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty());
    // A backup onto an unwritable folder fails cleanly and can be run again elsewhere.
    env.run(&["backup", "/proc/no-such/copy.db"]).fails(1);
}

#[test]
fn the_log_records_who_did_what() {
    let env = handbook();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .ok();
    env.run(&["approve", "refunds", "--lang", "en", "--by", "Samuel"])
        .ok();
    let log = env.run(&["log", "refunds", "--json"]).ok().json();
    let actions: Vec<(&str, &str)> = log["log"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["actor"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actions,
        [
            ("policy", "Nadia Rahman"),
            ("revise", "Nadia Rahman"),
            ("submit", "Nadia Rahman"),
            ("approve", "Samuel")
        ]
    );
}

/// An approval names the revision that was read: Bob read revision 1, Nadia saved and submitted
/// revision 2 meanwhile; Bob's approval of revision 1 is refused and changes nothing, and without
/// `--rev` the command acts on the newest and says which.
#[test]
fn an_approval_names_the_revision_that_was_read() {
    let env = handbook();
    env.run(&[
        "submit",
        "refunds",
        "--lang",
        "en",
        "--rev",
        "1",
        "--by",
        "Nadia Rahman",
    ])
    .ok();
    let f = env.write("r2.md", "# Refunds\n\nWithin 14 days.\n");
    env.revise("refunds", "en", &f, "Nadia Rahman", &[]).ok();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .ok();
    let before = env.snapshot();
    let r = env
        .run(&[
            "approve", "refunds", "--lang", "en", "--rev", "1", "--by", "Bob",
        ])
        .fails(1);
    assert!(
        r.stderr.contains("Revision 1") && r.stderr.contains("newest (that is 2)"),
        "{}",
        r.stderr
    );
    assert_eq!(
        env.snapshot(),
        before,
        "a refused approval changed the handbook"
    );
    // A revision that does not exist is refused too.
    env.run(&[
        "approve", "refunds", "--lang", "en", "--rev", "9", "--by", "Bob",
    ])
    .fails(1);
    let out = env
        .run(&[
            "approve", "refunds", "--lang", "en", "--rev", "2", "--by", "Bob", "--json",
        ])
        .ok()
        .json();
    assert_eq!(
        (out["revision"].as_u64(), out["status"].as_str()),
        (Some(2), Some("approved"))
    );
    // Without --rev: the newest, named in the output.
    let f = env.write("r3.md", "# Refunds\n\nWithin 10 days.\n");
    env.revise("refunds", "en", &f, "Nadia Rahman", &[]).ok();
    let out = env
        .run(&["submit", "refunds", "--lang", "en", "--by", "Nadia Rahman"])
        .ok();
    assert!(out.stdout.contains('3'), "{}", out.stdout);
}

/// The audit log's head is anchored outside the handbook's rows (in the search index's
/// metadata): removing its newest entries, with the rows they explain, is reported.
#[test]
fn removing_the_newest_audit_entries_is_reported() {
    let env = Env::new();
    env.run(&["new", "refunds", "--owner", "Ann", "--by", "Ann"])
        .ok();
    let f = env.write("r.md", "# Refunds\n\nKeep the receipt.\n");
    env.revise("refunds", "en", &f, "Ann", &[]).ok();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Ann"])
        .ok();
    env.run(&["check"]).ok();
    // The submission's trace removed, row and entry alike: the rest of the chain is intact.
    env.sql(
        "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit);
         UPDATE review_state SET status = 'draft';",
    );
    let r = env.run(&["check"]).fails(1);
    assert!(
        r.stdout.contains("newest entries were removed"),
        "{}",
        r.stdout
    );
    // Writing on top of the gap (another entry under the removed one's number) does not cover
    // it up.
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Bob"])
        .ok();
    let r = env.run(&["check"]).fails(1);
    assert!(
        r.stdout.contains("is not the one this desk recorded"),
        "{}",
        r.stdout
    );
}
