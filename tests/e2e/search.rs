//! Search from the command line, and an index that repairs itself.

use crate::support::{repo, Env};

fn demo() -> Env {
    let env = Env::new();
    env.run(&["import", repo().join("assets/demo").to_str().unwrap()])
        .ok();
    env
}

fn hit_ids(env: &Env, args: &[&str]) -> Vec<(String, String)> {
    let mut a = vec!["search", "--json"];
    a.extend_from_slice(args);
    env.run(&a).ok().json()["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["id"].as_str().unwrap().to_string(),
                h["lang"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn search_json_has_the_contract_fields() {
    let env = demo();
    let out = env
        .run(&["search", "refund", "--json", "--limit", "3"])
        .ok()
        .json();
    let hits = out["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    for h in hits {
        for key in ["id", "lang", "title", "score", "snippet"] {
            assert!(h.get(key).is_some(), "{key} in {h}");
        }
    }
    assert_eq!(hits[0]["id"], "refunds");
    let bn = hit_ids(&env, &["গ্রাহক", "--lang", "bn"]);
    assert!(
        !bn.is_empty() && bn.iter().all(|(_, l)| l == "bn"),
        "{bn:?}"
    );
}

#[test]
fn bad_queries_exit_2_with_one_line() {
    let env = demo();
    env.run(&["search", ""]).fails(2);
    env.run(&["search", "?!?"]).fails(2);
    env.run(&["search", &"x".repeat(100_000)]).fails(2);
    env.run(&["search", "\"unbalanced"]).ok();
    let out = env.run(&["search", "ありがとう", "--json"]).ok().json();
    assert_eq!(out["hits"].as_array().unwrap().len(), 0);
}

#[test]
fn a_deleted_index_is_rebuilt() {
    let env = demo();
    let before = hit_ids(&env, &["refund"]);
    let index = env.path("handbook.db.index");
    assert!(index.is_dir());
    std::fs::remove_dir_all(&index).unwrap();
    // Any command rebuilds it instead of failing: a search,
    assert_eq!(hit_ids(&env, &["refund"]), before);
    assert!(index.is_dir());
    env.run(&["check"]).ok();
    // and `check` too (the index is derived from the database: a restored backup has none).
    std::fs::remove_dir_all(&index).unwrap();
    env.run(&["check"]).ok();
    assert!(index.is_dir(), "check rebuilt the index");
    assert_eq!(hit_ids(&env, &["refund"]), before);
}

#[test]
fn a_damaged_index_is_rebuilt() {
    for (victim, first) in [
        ("meta.json", "search"),
        ("segment", "search"),
        ("version", "search"),
        ("meta.json", "check"),
        ("segment", "check"),
    ] {
        let env = demo();
        let before = hit_ids(&env, &["গ্রাহক"]);
        let index = env.path("handbook.db.index");
        let files: Vec<_> = std::fs::read_dir(&index)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        let target = match victim {
            "meta.json" => index.join("meta.json"),
            "version" => index.join("policybook-version"),
            _ => files
                .iter()
                .filter(|p| {
                    p.extension()
                        .is_some_and(|e| e == "idx" || e == "pos" || e == "store")
                })
                .max_by_key(|p| std::fs::metadata(p).unwrap().len())
                .unwrap()
                .clone(),
        };
        let mut bytes = std::fs::read(&target).unwrap();
        let (mid, len) = (bytes.len() / 2, bytes.len());
        for b in &mut bytes[mid..(mid + 64).min(len)] {
            *b ^= 0x5a;
        }
        bytes.truncate(bytes.len() * 3 / 4);
        std::fs::write(&target, &bytes).unwrap();
        if first == "check" {
            env.run(&["check"]).ok();
        }
        assert_eq!(hit_ids(&env, &["গ্রাহক"]), before, "after damaging {victim}");
        env.run(&["check"]).ok();
    }
}

#[test]
fn reindex_rebuilds_on_demand() {
    let env = demo();
    let out = env.run(&["reindex"]).ok();
    assert!(out.stdout.contains("revisions"), "{}", out.stdout);
    env.run(&["check"]).ok();
}

#[test]
fn in_force_finds_the_approved_text_and_never_a_newer_draft() {
    let env = Env::new();
    env.run(&["new", "refunds", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    let f = env.write("r1.md", "# Refunds\n\nA receipt is always needed.\n");
    env.revise("refunds", "en", &f, "Nadia", &[]).ok();
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia"])
        .ok();
    env.run(&["approve", "refunds", "--lang", "en", "--by", "Omar"])
        .ok();
    let f = env.write("r2.md", "# Refunds\n\nA voucher replaces the receipt.\n");
    env.revise("refunds", "en", &f, "Nadia", &[]).ok();

    let revs = |args: &[&str]| -> Vec<u64> {
        let mut a = vec!["search", "--json"];
        a.extend_from_slice(args);
        env.run(&a).ok().json()["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["revision"].as_u64().unwrap())
            .collect()
    };
    // Staff search the text in force: revision 1, never the draft.
    assert_eq!(revs(&["receipt", "--in-force"]), [1]);
    assert!(revs(&["voucher", "--in-force"]).is_empty());
    // Editors search the newest text.
    assert_eq!(revs(&["voucher"]), [2]);
    // Once the draft is approved, it is the text in force.
    env.run(&["submit", "refunds", "--lang", "en", "--by", "Nadia"])
        .ok();
    env.run(&["approve", "refunds", "--lang", "en", "--by", "Omar"])
        .ok();
    assert_eq!(revs(&["voucher", "--in-force"]), [2]);
    assert!(revs(&["always", "--in-force"]).is_empty());
    env.run(&["search", "x", "--in-force", "--all-revisions"])
        .fails(2);
}

/// Another program holding the index's write lock (the app indexing, say) is waited for and
/// never taken as damage: the index is not deleted and rebuilt under it. Writes still succeed
/// (the index catches up later), searches answer from the index as it is, and once the lock is
/// released the new text is found.
#[test]
fn a_locked_index_is_waited_for_never_rebuilt_under_its_writer() {
    let env = demo();
    let index = std::path::PathBuf::from(format!("{}.index", env.db.display()));
    assert!(!hit_ids(&env, &["refunds"]).is_empty());
    let marker = index.join("policybook-test-marker");
    std::fs::write(&marker, "still here").unwrap();
    // `flock` takes the same BSD lock tantivy's writer does, for longer than a writer waits.
    let mut holder = std::process::Command::new("flock")
        .arg("-x")
        .arg(index.join(".tantivy-writer.lock"))
        .args(["sleep", "14"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let f = env.write(
        "new.md",
        "# Zebra crossings\n\nHelp customers cross to the car park.\n",
    );
    env.run(&["new", "zebra", "--owner", "Nadia", "--by", "Nadia"])
        .ok();
    env.revise("zebra", "en", &f, "Nadia", &[]).ok();
    // Searched while locked: an answer (from the index as it is), and the index left alone.
    let r = env.run(&["search", "zebra", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        marker.exists(),
        "the index was deleted and rebuilt under its writer"
    );
    holder.wait().unwrap();
    // Released: the index catches up, and the new policy is found.
    assert_eq!(
        hit_ids(&env, &["zebra"]),
        [("zebra".to_string(), "en".to_string())]
    );
    assert!(marker.exists());
    env.run(&["check"]).ok();
}
