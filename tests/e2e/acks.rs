//! Read and understood: staff acknowledge the text in force, again only when it changes in
//! substance; auditors see who did, in which language, and who is overdue; acknowledgements
//! travel through a real `git daemon` on each reader's own reference, and forged ones (another
//! person's name, key or reference) are refused by every desk and by the pre-receive hook.

use crate::gitserve::git;
use crate::identities::{commit, install_hook, team, work, Desk};
use crate::support::{Env, Run};
use chrono::{Days, NaiveDate};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn days_ago(n: u64) -> String {
    (today() - Days::new(n)).to_string()
}

/// Saves, submits and approves a revision (approved by Omar); `extra` goes to `approve` (e.g.
/// `--editorial`). With `on`, all three happen on that day (the clock stopped there).
fn approved(env: &Env, id: &str, lang: &str, text: &str, on: Option<&str>, extra: &[&str]) {
    let f = env.write(&format!("{id}-{lang}.md"), text);
    let run = |args: &[&str]| -> Run {
        let mut c = env.cmd();
        if let Some(d) = on {
            c.env("POLICYBOOK_NOW", d);
        }
        c.args(args).output().unwrap().into()
    };
    let f = f.to_str().unwrap();
    run(&[
        "revise", id, "--lang", lang, "--file", f, "--author", "Nadia",
    ])
    .ok();
    run(&["submit", id, "--lang", lang, "--by", "Nadia"]).ok();
    run(&[&["approve", id, "--lang", lang, "--by", "Omar"][..], extra].concat()).ok();
}

fn unread(env: &Env, who: &str) -> Vec<Value> {
    env.run(&["unread", "--as", who, "--json"]).ok().json()["unread"]
        .as_array()
        .unwrap()
        .clone()
}

fn report(env: &Env, extra: &[&str]) -> Value {
    env.run(&[&["acks", "--json"][..], extra].concat())
        .ok()
        .json()
}

/// Rebuilds the text a change list describes (equal + insert).
fn new_text(changes: &Value) -> String {
    changes
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["tag"] != "delete")
        .map(|c| c["text"].as_str().unwrap())
        .collect()
}

const R1: &str = "# Refunds\n\nCustomers may return goods within 30 days with a receipt.\n";
const R2: &str = "# Refunds\n\nCustomers may return goods within 30 days with a receipt or card.\n";
const R3: &str = "# Refunds\n\nCustomers may return goods within 14 days with a receipt or card.\n";

#[test]
fn a_material_change_asks_again_and_an_editorial_one_does_not() {
    let env = Env::new();
    env.run(&["new", "refunds", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    env.run(&["readers", "set", "Rahim", "--groups", "stores"])
        .ok();
    approved(&env, "refunds", "en", R1, None, &[]);

    // Never read: the whole text, due in 14 days.
    let u = unread(&env, "Rahim");
    assert_eq!(u.len(), 1, "{u:?}");
    assert_eq!(u[0]["revision"], 1);
    assert_eq!(u[0]["last_acknowledged"], Value::Null);
    assert_eq!(new_text(&u[0]["changes"]), R1);
    assert_eq!(u[0]["due"], (today() + Days::new(14)).to_string());
    let a = env
        .run(&["ack", "refunds", "--lang", "en", "--as", "Rahim", "--json"])
        .ok()
        .json();
    assert_eq!(
        (a["revision"].as_u64(), a["already"].as_bool()),
        (Some(1), Some(false))
    );
    // Twice is once.
    let again = env
        .run(&["ack", "refunds", "--lang", "en", "--as", "rahim", "--json"])
        .ok()
        .json();
    assert_eq!(again["already"], true, "{again}");
    assert!(unread(&env, "Rahim").is_empty());

    // An editorial approval asks nobody to read again.
    approved(&env, "refunds", "en", R2, None, &["--editorial"]);
    assert!(unread(&env, "Rahim").is_empty());
    let r = report(&env, &[]);
    assert_eq!(r["policies"][0]["revision"], 2, "{r}");
    assert_eq!(r["policies"][0]["required"], 1, "{r}");
    assert_eq!(r["policies"][0]["acknowledged"], 1, "{r}");

    // A material one does, showing only what changed since revision 1 (the one acknowledged).
    approved(&env, "refunds", "en", R3, None, &[]);
    let u = unread(&env, "Rahim");
    assert_eq!(u.len(), 1, "{u:?}");
    assert_eq!(
        (
            u[0]["revision"].as_u64(),
            u[0]["last_acknowledged"].as_u64()
        ),
        (Some(3), Some(1))
    );
    let changed: Vec<(&str, &str)> = u[0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["tag"] != "equal")
        .map(|c| (c["tag"].as_str().unwrap(), c["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        changed,
        vec![("delete", "30"), ("insert", "14"), ("insert", " or card")],
        "{u:?}"
    );
    assert_eq!(new_text(&u[0]["changes"]), R3);

    // Acknowledging an older revision does not count for the newer one: refused, nothing kept.
    let before = env.snapshot();
    let e = env
        .run(&[
            "ack", "refunds", "--lang", "en", "--rev", "1", "--as", "Rahim",
        ])
        .fails(1);
    assert!(e.stderr.contains("not the text in force"), "{}", e.stderr);
    assert_eq!(env.snapshot(), before);
    assert_eq!(unread(&env, "Rahim").len(), 1);
    env.run(&[
        "ack", "refunds", "--lang", "en", "--rev", "3", "--as", "Rahim",
    ])
    .ok();
    assert!(unread(&env, "Rahim").is_empty());

    // The report's figures are the events': one row per `ack` in the audit log.
    let r = report(&env, &[]);
    let log = env.run(&["log", "--json"]).ok().json();
    let logged: Vec<(String, u64)> = log["log"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "ack")
        .map(|e| {
            (
                e["actor"].as_str().unwrap().to_string(),
                e["revision"].as_u64().unwrap(),
            )
        })
        .collect();
    let listed: Vec<(String, u64)> = r["acks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["person"].as_str().unwrap().to_string(),
                a["revision"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed, logged);
    assert_eq!(
        listed,
        vec![("Rahim".to_string(), 1), ("Rahim".to_string(), 3)]
    );
    env.run(&["check"]).ok();
}

#[test]
fn audiences_due_dates_and_the_overdue() {
    let env = Env::new();
    for (id, groups) in [
        ("refunds", "stores"),
        ("phones", "contact centre"),
        ("safety", ""),
    ] {
        env.run(&["new", id, "--owner", "Nadia", "--by", "Nadia"])
            .ok();
        if !groups.is_empty() {
            env.run(&["audience", id, groups, "--by", "Omar"]).ok();
        }
    }
    let since = days_ago(365);
    for (who, groups) in [
        ("Rahim", "stores"),
        ("Maria", "contact centre,stores"),
        ("Ali", ""),
    ] {
        env.run(&["readers", "set", who, "--groups", groups, "--since", &since])
            .ok();
    }
    // Approved 30 days ago (on paper): due 16 days ago.
    approved(&env, "refunds", "en", R1, Some(&days_ago(30)), &[]);
    approved(
        &env,
        "phones",
        "en",
        "# Phones\n\nAnswer within three rings.\n",
        None,
        &[],
    );
    approved(
        &env,
        "safety",
        "en",
        "# Safety\n\nKeep exits clear.\n",
        Some(&days_ago(20)),
        &[],
    );

    let ids = |who: &str| -> Vec<String> {
        unread(&env, who)
            .iter()
            .map(|u| u["id"].as_str().unwrap().to_string())
            .collect()
    };
    // Overdue first (by due date), then the rest; each reader only their audience's.
    assert_eq!(ids("Rahim"), ["refunds", "safety"]);
    assert_eq!(ids("Maria"), ["refunds", "safety", "phones"]);
    assert_eq!(ids("Ali"), ["safety"]);
    let a = env.run(&["audience", "refunds", "--json"]).ok().json();
    assert_eq!(a["audience"], serde_json::json!(["stores"]));

    env.run(&["ack", "refunds", "--lang", "en", "--as", "Maria"])
        .ok();
    let r = report(&env, &[]);
    let overdue: Vec<(String, String, String)> = r["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["id"].as_str().unwrap().to_string(),
                o["person"].as_str().unwrap().to_string(),
                o["due"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        overdue,
        vec![
            ("refunds".into(), "Rahim".into(), days_ago(16)),
            ("safety".into(), "Ali".into(), days_ago(6)),
            ("safety".into(), "Maria".into(), days_ago(6)),
            ("safety".into(), "Rahim".into(), days_ago(6)),
        ],
        "{r}"
    );
    let figures = |id: &str| {
        let p = r["policies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .clone();
        (
            p["readers"].as_u64().unwrap(),
            p["acknowledged"].as_u64().unwrap(),
            p["pending"].as_u64().unwrap(),
            p["overdue"].as_u64().unwrap(),
        )
    };
    assert_eq!(figures("refunds"), (2, 1, 0, 1));
    assert_eq!(figures("phones"), (1, 0, 1, 0));
    assert_eq!(figures("safety"), (3, 0, 0, 3));

    // A longer period moves the due dates; a period out of range is bad input.
    env.run(&["set", "ack_due_days", "30", "--by", "Omar"]).ok();
    let r = report(&env, &[]);
    assert_eq!(r["due_days"], 30);
    assert_eq!(r["overdue"].as_array().unwrap().len(), 0, "{r}");
    env.run(&["set", "ack_due_days", "0", "--by", "Omar"])
        .fails(2);
    env.run(&["audience", "refunds", "a\u{7}b", "--by", "Omar"])
        .fails(2);

    // CSV: a header and one row per acknowledgement and per overdue reader (Rahim and =cmd()
    // on refunds, four on safety), formulas defused.
    env.run(&["set", "ack_due_days", "14", "--by", "Omar"]).ok();
    env.run(&[
        "readers", "set", "=cmd()", "--groups", "stores", "--since", &since,
    ])
    .ok();
    // A reader who joined today is not overdue on what was approved before: due in 14 days.
    env.run(&["readers", "set", "Noor", "--groups", "stores"])
        .ok();
    let u = unread(&env, "Noor");
    assert_eq!(u[0]["due"], (today() + Days::new(14)).to_string(), "{u:?}");
    let csv = env.run(&["acks", "--csv"]).ok().stdout;
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "record,id,lang,revision,person,date,source_revision,stale"
    );
    assert_eq!(
        rows.iter()
            .filter(|r| r.starts_with("acknowledged,"))
            .count(),
        1
    );
    assert_eq!(
        rows.iter().filter(|r| r.starts_with("overdue,")).count(),
        6,
        "{csv}"
    );
    assert!(csv.contains(",'=cmd(),"), "{csv}");
}

#[test]
fn a_stale_translation_is_said_and_its_acknowledgement_records_what_was_read() {
    let env = Env::new();
    env.run(&["new", "refunds", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    env.run(&["readers", "set", "Rahim"]).ok();
    approved(&env, "refunds", "en", R1, None, &[]);
    let bn = "# ফেরত\n\nরসিদসহ ৩০ দিনের মধ্যে পণ্য ফেরত দেওয়া যায়।\n";
    approved(&env, "refunds", "bn", bn, None, &[]);
    // The source changes in substance; the Bengali translation lags.
    approved(&env, "refunds", "en", R3, None, &[]);

    let u = env
        .run(&["unread", "--as", "Rahim", "--lang", "bn", "--json"])
        .ok()
        .json();
    let u = &u["unread"][0];
    assert_eq!(
        (u["lang"].as_str(), u["revision"].as_u64()),
        (Some("bn"), Some(1)),
        "{u}"
    );
    assert_eq!(
        (u["stale"].as_bool(), u["source_revision"].as_u64()),
        (Some(true), Some(2))
    );
    assert_eq!(new_text(&u["changes"]), bn);
    let text = env
        .run(&["unread", "--as", "Rahim", "--lang", "bn"])
        .ok()
        .stdout;
    assert!(text.contains("en revision 2"), "{text}");

    env.run(&["ack", "refunds", "--lang", "bn", "--as", "Rahim"])
        .ok();
    let r = report(&env, &[]);
    let a = &r["acks"][0];
    assert_eq!(
        (
            a["lang"].as_str(),
            a["revision"].as_u64(),
            a["source_revision"].as_u64(),
            a["stale"].as_bool()
        ),
        (Some("bn"), Some(1), Some(2), Some(true)),
        "{r}"
    );
    assert_eq!(r["policies"][0]["acknowledged"], 1);
    // A language with no approved text shows the source.
    let u = env
        .run(&["unread", "--as", "Ali", "--lang", "ur", "--json"])
        .ok()
        .json();
    assert_eq!(u["unread"][0]["lang"], "en");
    // Nothing approved in Urdu to acknowledge.
    env.run(&["ack", "refunds", "--lang", "ur", "--as", "Ali"])
        .fails(1);
}

#[test]
fn as_of_gives_exactly_the_text_in_force_and_the_handbook_as_it_stood() {
    let env = Env::new();
    env.run(&["new", "refunds", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    let (d1, d2) = (days_ago(200), days_ago(100));
    approved(&env, "refunds", "en", R1, Some(&d1), &[]);
    approved(&env, "refunds", "en", R3, Some(&d2), &[]);
    // A draft is never in force.
    let f = env.write("draft.md", "# Refunds\n\nA draft nobody approved.\n");
    env.revise("refunds", "en", &f, "Nadia", &[]).ok();

    let show = |day: &str| env.run(&["show", "refunds", "--as-of", day]);
    let e = show(&days_ago(201)).fails(1);
    assert!(e.stderr.contains("no approved text"), "{}", e.stderr);
    assert_eq!(show(&d1).ok().stdout, R1);
    assert_eq!(show(&days_ago(101)).ok().stdout, R1);
    assert_eq!(show(&d2).ok().stdout, R3);
    assert_eq!(show(&today().to_string()).ok().stdout, R3);
    env.run(&["show", "refunds", "--as-of", "yesterday"])
        .fails(2);

    // The handbook as it stood: the old text, dated.
    for (day, has, lacks) in [
        (days_ago(150), "30 days", "14 days"),
        (today().to_string(), "14 days", "30 days"),
    ] {
        let out = env.path(&format!("hb-{day}.docx"));
        env.run(&[
            "export",
            "--lang",
            "en",
            "--out",
            out.to_str().unwrap(),
            "--as-of",
            &day,
            "--no-embed-fonts",
        ])
        .ok();
        let xml = crate::export::document_xml(&out, "word/document.xml");
        assert!(xml.contains(has) && !xml.contains(lacks), "{day}: {xml}");
        assert!(!xml.contains("A draft nobody approved"));
    }
    let out = env.path("none.docx");
    env.run(&[
        "export",
        "--lang",
        "en",
        "--out",
        out.to_str().unwrap(),
        "--as-of",
        &days_ago(300),
    ])
    .fails(1);
    assert!(!out.exists());

    // The acknowledgement report as it stood: what had been given by then.
    env.run(&["readers", "set", "Rahim"]).ok();
    env.run(&["ack", "refunds", "--lang", "en", "--as", "Rahim"])
        .ok();
    let then = report(&env, &["--as-of", &days_ago(1)]);
    assert_eq!(then["acks"].as_array().unwrap().len(), 0, "{then}");
    assert_eq!(report(&env, &[])["acks"].as_array().unwrap().len(), 1);

    // The Word report opens: a title, the policy, the person.
    let docx = env.path("acks.docx");
    env.run(&["acks", "--docx", docx.to_str().unwrap(), "--lang", "ur"])
        .ok();
    let xml = crate::export::document_xml(&docx, "word/document.xml");
    assert!(xml.contains("Rahim") && xml.contains("refunds"), "{xml}");
    assert!(xml.contains("تصدیقات کی رپورٹ"), "{xml}");
    assert!(xml.contains("<w:bidi"), "Urdu runs right to left");
}

fn ack_refs(remote: &Path) -> Vec<(String, String)> {
    git(
        remote,
        &[
            "for-each-ref",
            "--format=%(objectname) %(refname)",
            "refs/heads/acks/",
        ],
    )
    .lines()
    .map(|l| {
        let (o, r) = l.split_once(' ').unwrap();
        (o.to_string(), r.to_string())
    })
    .collect()
}

fn approve_refunds(ann: &Desk, bob: &Desk) {
    ann.run(&["submit", "refunds", "--lang", "en"]).ok();
    ann.sync();
    bob.sync();
    bob.run(&["approve", "refunds", "--lang", "en"]).ok();
    bob.sync();
}

#[test]
fn an_acknowledgement_given_offline_arrives_after_sync_on_the_readers_own_reference() {
    let t = team();
    approve_refunds(&t.ann, &t.bob);
    t.ann
        .run(&["readers", "set", "Sam", "--groups", "stores"])
        .ok();
    t.ann.run(&["audience", "refunds", "stores"]).ok();
    t.ann.sync();
    t.sam.sync();
    // Sam's groups came with the people list.
    let readers = t.sam.run(&["readers", "--json"]).ok().json();
    let sam = readers["readers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Sam")
        .unwrap()
        .clone();
    assert_eq!(sam["groups"], serde_json::json!(["stores"]), "{readers}");
    let u = t.sam.run(&["unread", "--json"]).ok().json();
    assert_eq!(u["person"], "Sam");
    assert_eq!(u["unread"].as_array().unwrap().len(), 1, "{u}");

    // Offline: the acknowledgement waits, and is never lost.
    let a = t
        .sam
        .run(&["ack", "refunds", "--lang", "en", "--json"])
        .ok()
        .json();
    assert_eq!(a["signed_by"], t.sam.fingerprint());
    // In a signed handbook one reads as oneself only.
    let e = t
        .sam
        .run(&["ack", "refunds", "--lang", "en", "--as", "Bob"])
        .fails(1);
    assert!(e.stderr.contains("cannot act as Bob"), "{}", e.stderr);
    let state = t.sam.run(&["remote", "--json"]).ok().json();
    assert_eq!(state["waiting"], 1, "{state}");
    let before = report(&t.ann.env, &[]);
    assert_eq!(before["acks"].as_array().unwrap().len(), 0);

    // Sam syncs: the acknowledgement goes to Sam's own reference, not to the handbook's branch.
    let main_before = git(&t.remote, &["rev-parse", "main"]);
    let s = t.sam.sync();
    assert_eq!(
        (s["pushed"].as_u64(), s["acks_pushed"].as_u64()),
        (Some(0), Some(1)),
        "{s}"
    );
    assert_eq!(git(&t.remote, &["rev-parse", "main"]), main_before);
    let refs = ack_refs(&t.remote);
    assert_eq!(refs.len(), 1, "{refs:?}");
    // `people --json` names each key's reference, for a forge's branch rules.
    let people = t.ann.run(&["people", "--json"]).ok().json();
    let sam_ref = people["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Sam")
        .unwrap()["ack_ref"]
        .clone();
    assert_eq!(sam_ref, refs[0].1.as_str(), "{people}");
    // git itself verifies the signature with the people's allowed-signers file.
    let signers = t.ann.env.write(
        "allowed",
        t.ann.run(&["people", "--allowed-signers"]).ok().stdout,
    );
    let v = Command::new("git")
        .current_dir(&t.remote)
        .args([
            "-c",
            &format!("gpg.ssh.allowedSignersFile={}", signers.display()),
            "verify-commit",
            "-v",
            &refs[0].0,
        ])
        .output()
        .unwrap();
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    assert!(String::from_utf8_lossy(&v.stderr).contains("sam@example.com"));

    // The manager's report shows it after sync.
    let s = t.ann.sync();
    assert_eq!(s["acks_pulled"], 1, "{s}");
    let after = report(&t.ann.env, &[]);
    let a = &after["acks"][0];
    assert_eq!(
        (a["person"].as_str(), a["revision"].as_u64()),
        (Some("Sam"), Some(1)),
        "{after}"
    );
    assert_eq!(a["signed_by"], t.sam.fingerprint());
    assert_eq!(after["policies"][0]["acknowledged"], 1);
    // Again: nothing new, nothing twice.
    assert_eq!(t.ann.sync()["acks_pulled"], 0);
    assert_eq!(report(&t.ann.env, &[])["acks"].as_array().unwrap().len(), 1);
    t.ann.run(&["check"]).ok();
    assert!(t.sam.run(&["unread", "--json"]).ok().json()["unread"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// A reader's reference in a plain git clone, with one more line, committed as `author`
/// signed with `key`, pushed to `target` (with the hook, if the remote has one).
fn push_ack(
    t: &crate::identities::Team,
    name: &str,
    target: &str,
    line: &Value,
    key: &Path,
    author: &str,
) -> Run {
    let w = work(t, name);
    git(
        &w,
        &[
            "fetch",
            "-q",
            "origin",
            "+refs/heads/acks/*:refs/remotes/origin/acks/*",
        ],
    );
    let mine = target.strip_prefix("refs/heads/").unwrap();
    if git(&w, &["branch", "-r"]).contains(&format!("origin/{mine}")) {
        git(
            &w,
            &["checkout", "-q", "-B", "forge", &format!("origin/{mine}")],
        );
    } else {
        git(&w, &["checkout", "-q", "--orphan", "forge"]);
        git(&w, &["rm", "-rq", "--cached", "."]);
        for entry in std::fs::read_dir(&w).unwrap() {
            let p = entry.unwrap().path();
            if p.file_name().unwrap() != ".git" {
                let _ = std::fs::remove_dir_all(&p).or_else(|_| std::fs::remove_file(&p));
            }
        }
    }
    let p = w.join("acks.jsonl");
    let mut text = std::fs::read_to_string(&p).unwrap_or_default();
    text.push_str(&serde_json::to_string(line).unwrap());
    text.push('\n');
    std::fs::write(&p, text).unwrap();
    git(&w, &["add", "acks.jsonl"]);
    commit(&w, Some(key), author, "read and understood");
    Command::new("git")
        .current_dir(&w)
        .env("HOME", &w)
        .args(["push", &t.url, &format!("HEAD:{target}")])
        .output()
        .unwrap()
        .into()
}

#[test]
fn forged_acknowledgements_are_refused_by_every_desk_and_by_the_hook() {
    let t = team();
    approve_refunds(&t.ann, &t.bob);
    t.sam.sync();
    t.sam.run(&["ack", "refunds", "--lang", "en"]).ok();
    t.sam.sync();
    let sam_ref = ack_refs(&t.remote)[0].1.clone();
    let line = |by: &str, key: &str, id: &str| {
        serde_json::json!({
            "id": id, "at": "2026-11-29T12:00:00Z", "by": by, "by_key": key,
            "policy": "refunds", "action": "ack", "lang": "en", "revision": 1, "source_revision": 1,
        })
    };
    let eve = t.eve.fingerprint();
    let (eve_key, eve_author) = (t.eve.key_file(), "Eve <eve@example.com>");

    // 1. Eve writes to Sam's reference, in Sam's name and key, signed with her own key.
    push_ack(
        &t,
        "f1",
        &sam_ref,
        &line("Sam", &t.sam.fingerprint(), "forged/1"),
        &eve_key,
        eve_author,
    )
    .ok();
    let s = t.ann.sync();
    let refused = s["acks_refused"].to_string();
    assert!(refused.contains("another reader's reference"), "{s}");
    // 2. On a new reference of her own, Eve claims Sam acknowledged.
    let eve_ref = {
        // Eve's real reference: she acknowledges once, honestly.
        t.eve.sync();
        t.eve.run(&["ack", "refunds", "--lang", "en"]).ok();
        t.eve.sync();
        ack_refs(&t.remote)
            .into_iter()
            .map(|(_, r)| r)
            .find(|r| *r != sam_ref)
            .unwrap()
    };
    push_ack(
        &t,
        "f2",
        &eve_ref,
        &line("Sam", &eve, "forged/2"),
        &eve_key,
        eve_author,
    )
    .ok();
    let s = t.ann.sync();
    assert!(
        s["acks_refused"].to_string().contains("recorded as by Sam"),
        "{s}"
    );
    let r = report(&t.ann.env, &[]);
    let people: Vec<&str> = r["acks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["person"].as_str().unwrap())
        .collect();
    assert_eq!(people, ["Sam", "Eve"], "only the honest ones: {r}");
    t.ann.run(&["check"]).ok();

    // The hook refuses the same forgeries on the server, and a reader's reference deleted.
    install_hook(&t);
    let sam_tip = git(&t.remote, &["rev-parse", &sam_ref]);
    let run = push_ack(
        &t,
        "h1",
        &sam_ref,
        &line("Sam", &t.sam.fingerprint(), "forged/3"),
        &eve_key,
        eve_author,
    );
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("another reader's reference"),
        "{}",
        run.stderr
    );
    assert_eq!(git(&t.remote, &["rev-parse", &sam_ref]), sam_tip);
    let del = Command::new("git")
        .current_dir(&t.remote)
        .args(["push", &t.url, &format!(":{sam_ref}")])
        .output()
        .unwrap();
    assert!(!del.status.success());
    // An honest acknowledgement passes the hook.
    t.bob.sync();
    t.bob.run(&["ack", "refunds", "--lang", "en"]).ok();
    let s = t.bob.sync();
    assert_eq!(s["acks_pushed"], 1, "{s}");
}

/// Two desks of the same reader (a handbook without people: one reference per name) acknowledge
/// different policies offline: the second to push finds the reference moved, takes the first's
/// acknowledgement in and sends its own on top. Nothing is lost; a third desk sees both.
#[test]
fn two_desks_of_one_reader_both_arrive() {
    use crate::gitserve::{self, Repos};
    let repos = Repos::new();
    repos.bare("hb");
    let daemon = gitserve::daemon(&repos, 0);
    let url = gitserve::git_url(&daemon, "hb");
    let a = Env::new();
    for id in ["refunds", "phones"] {
        a.run(&["new", id, "--owner", "Nadia", "--by", "Nadia"])
            .ok();
        approved(
            &a,
            id,
            "en",
            &format!("# {id}\n\nThe rule of {id}.\n"),
            None,
            &[],
        );
    }
    a.run(&["remote", "set", &url]).ok();
    a.run(&["sync"]).ok();
    let desk = || {
        let d = Env::new();
        d.run(&["clone", &url]).ok();
        d
    };
    let (b, c) = (desk(), desk());
    b.run(&["ack", "refunds", "--lang", "en", "--as", "Rahim"])
        .ok();
    c.run(&["ack", "phones", "--lang", "en", "--as", "Rahim"])
        .ok();
    let sb = b.run(&["sync", "--json"]).ok().json();
    assert_eq!(sb["acks_pushed"], 1, "{sb}");
    let sc = c.run(&["sync", "--json"]).ok().json();
    assert_eq!(
        (sc["acks_pushed"].as_u64(), sc["acks_pulled"].as_u64()),
        (Some(1), Some(1)),
        "{sc}"
    );
    a.run(&["sync"]).ok();
    let r = report(&a, &[]);
    let got: Vec<(&str, &str)> = r["acks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["id"].as_str().unwrap(), x["person"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("phones", "Rahim"), ("refunds", "Rahim")], "{r}");
    // The reader's desks agree: nothing left to read on either.
    b.run(&["sync"]).ok();
    for d in [&b, &c] {
        assert!(unread(d, "Rahim").is_empty());
    }
}
