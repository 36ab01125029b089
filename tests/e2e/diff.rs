//! `policybook diff`: unified text, word-level JSON.

use crate::support::Env;

fn two_revisions(env: &Env, old: &str, new: &str) {
    let f = env.write("p.en.md", old);
    env.run(&["import", "--author", "Nadia", f.to_str().unwrap()])
        .ok();
    let f = env.write("new.md", new);
    env.revise("p", "en", &f, "Imran", &[]).ok();
}

#[test]
fn json_changes_rebuild_both_revisions() {
    let env = Env::new();
    let old = "# Refunds\n\nRefunds are given within 30 days of purchase.\nKeep the receipt.\n";
    let new = "# Refunds\n\nRefunds are given within 14 days of purchase.\nKeep the receipt.\n";
    two_revisions(&env, old, new);
    let out = env
        .run(&["diff", "p", "--from", "1", "--to", "2", "--json"])
        .ok()
        .json();
    let changes = out["changes"].as_array().unwrap();
    let side = |skip: &str| {
        changes
            .iter()
            .filter(|c| c["tag"] != skip)
            .map(|c| c["text"].as_str().unwrap())
            .collect::<String>()
    };
    assert_eq!(side("insert"), old);
    assert_eq!(side("delete"), new);
    let edits: Vec<_> = changes.iter().filter(|c| c["tag"] != "equal").collect();
    assert_eq!(edits.len(), 2, "{out}");
    assert_eq!(
        (edits[0]["tag"].as_str(), edits[0]["text"].as_str()),
        (Some("delete"), Some("30"))
    );
    assert_eq!(
        (edits[1]["tag"].as_str(), edits[1]["text"].as_str()),
        (Some("insert"), Some("14"))
    );
}

#[test]
fn unified_diff_is_plain_when_piped() {
    let env = Env::new();
    two_revisions(&env, "# A\n\none\ntwo\n", "# A\n\none\nthree\n");
    let out = env
        .run(&["diff", "p", "--lang", "en", "--from", "1", "--to", "2"])
        .ok()
        .stdout;
    assert!(out.contains("-two\n+three\n"), "{out}");
    assert!(!out.contains('\x1b'));
}

#[test]
fn bengali_words_are_not_split_inside_a_cluster() {
    let env = Env::new();
    let old = "# নীতি\n\nগ্রাহকের অভিযোগ শুনুন।\n";
    let new = "# নীতি\n\nগ্রাহকদের অভিযোগ শুনুন।\n";
    two_revisions(&env, old, new);
    let out = env
        .run(&["diff", "p", "--from", "1", "--to", "2", "--json"])
        .ok()
        .json();
    let edits: Vec<(String, String)> = out["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["tag"] != "equal")
        .map(|c| {
            (
                c["tag"].as_str().unwrap().to_string(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        edits,
        [
            ("delete".to_string(), "গ্রাহকের".to_string()),
            ("insert".to_string(), "গ্রাহকদের".to_string())
        ]
    );
}

#[test]
fn unknown_revisions_are_refused() {
    let env = Env::new();
    two_revisions(&env, "# A\n\none\n", "# A\n\ntwo\n");
    env.run(&["diff", "p", "--from", "1", "--to", "7"]).fails(1);
    env.run(&["diff", "nosuch", "--from", "1", "--to", "2"])
        .fails(1);
}
