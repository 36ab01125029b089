//! Translation status: source, current, stale, missing; and what a stale translation missed.

use crate::support::Env;

fn statuses(env: &Env) -> serde_json::Value {
    let out = env.run(&["translations", "--json"]).ok().json();
    out["translations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "refunds")
        .unwrap()
        .clone()
}

fn write_revise(env: &Env, lang: &str, author: &str, text: &str) {
    let f = env.write(&format!("rev-{lang}.md"), text);
    env.revise("refunds", lang, &f, author, &[]).ok();
}

fn approve(env: &Env, lang: &str, by: &str) {
    env.run(&["submit", "refunds", "--lang", lang, "--by", "Someone"])
        .ok();
    env.run(&["approve", "refunds", "--lang", lang, "--by", by])
        .ok();
}

#[test]
fn every_status_transition() {
    let env = Env::new();
    let f = env.write("refunds.en.md", "# Refunds\n\nWithin 30 days.\n");
    env.run(&["import", "--author", "Nadia", f.to_str().unwrap()])
        .ok();
    let t = statuses(&env);
    assert_eq!(t["source"], "en");
    assert_eq!(
        t["languages"],
        serde_json::json!({"en": "source", "bn": "missing", "tl": "missing", "ur": "missing"})
    );

    // A translation of a source with nothing approved yet is current.
    write_revise(&env, "bn", "Farhana", "# ফেরত\n\n৩০ দিনের মধ্যে।\n");
    assert_eq!(statuses(&env)["languages"]["bn"], "current");

    // The source is approved: the bn translation translates revision 1, which is that one: current.
    approve(&env, "en", "Samuel");
    assert_eq!(statuses(&env)["languages"]["bn"], "current");

    // The source gets a new revision, not yet approved: still current.
    write_revise(&env, "en", "Nadia", "# Refunds\n\nWithin 14 days.\n");
    assert_eq!(statuses(&env)["languages"]["bn"], "current");

    // Approved: the translation is now stale, and says what changed in the source.
    approve(&env, "en", "Samuel");
    assert_eq!(statuses(&env)["languages"]["bn"], "stale");
    let why = env
        .run(&["translations", "refunds", "--lang", "bn", "--json"])
        .ok()
        .json();
    assert_eq!(why["stale"], true);
    assert_eq!(
        (why["from"].as_u64(), why["to"].as_u64()),
        (Some(1), Some(2))
    );
    let changes = why["changes"].as_array().unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c["tag"] == "delete" && c["text"] == "30"),
        "{why}"
    );
    assert!(
        changes
            .iter()
            .any(|c| c["tag"] == "insert" && c["text"] == "14"),
        "{why}"
    );

    // A new translation revision made now translates source revision 2: current again.
    write_revise(&env, "bn", "Farhana", "# ফেরত\n\n১৪ দিনের মধ্যে।\n");
    assert_eq!(statuses(&env)["languages"]["bn"], "current");
    let why = env
        .run(&["translations", "refunds", "--lang", "bn", "--json"])
        .ok()
        .json();
    assert_eq!(why["stale"], false);

    // --source-rev records an older source revision: stale.
    let f = env.write("tl.md", "# Mga refund\n\nSa loob ng 30 araw.\n");
    env.revise("refunds", "tl", &f, "Jose", &["--source-rev", "1"])
        .ok();
    assert_eq!(statuses(&env)["languages"]["tl"], "stale");
    env.revise("refunds", "tl", &f, "Jose", &["--source-rev", "9"])
        .fails(2);
}

#[test]
fn source_lang_in_front_matter() {
    let env = Env::new();
    env.write(
        "hb/notice.bn.md",
        "---\nsource_lang: bn\n---\n# নোটিশ\n\nসবাই পড়ুন।\n",
    );
    env.write(
        "hb/notice.en.md",
        "---\nsource_lang: bn\n---\n# Notice\n\nEveryone reads this.\n",
    );
    env.run(&["import", env.path("hb").to_str().unwrap()]).ok();
    let out = env.run(&["translations", "notice", "--json"]).ok().json();
    let t = &out["translations"][0];
    assert_eq!(t["source"], "bn");
    assert_eq!(t["languages"]["bn"], "source");
    assert_eq!(t["languages"]["en"], "current");
}
