//! The TypeScript declarations of every value the window receives or sends, generated from the
//! Rust types (ts-rs) into `ui/src/lib/bindings/`: the window's types are these, never written by
//! hand. This test fails when the committed files are not what the Rust types give;
//! `UPDATE_BINDINGS=1 cargo test -p policybook-desktop bindings` writes them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings")
}

/// Every root type, exported with what it uses into `out`.
fn export(out: &Path) {
    // JSON numbers are numbers in the window (no value reaches 2^53).
    let cfg = Config::new().with_large_int("number").with_out_dir(out);
    macro_rules! all {
        ($($t:ty),* $(,)?) => {
            $( <$t as TS>::export_all(&cfg).expect(stringify!($t)); )*
        };
    }
    use policybook_core as core;
    all!(
        core::PolicySummary,
        core::Revision,
        core::RevisionInfo,
        core::InForce,
        core::StoredImage,
        core::SourceChanges,
        core::RevisionDiff,
        core::WhoAmI,
        core::Acknowledged,
        core::translation::PolicyTranslations,
        core::review::Due,
        core::search::Hit,
        core::sync::SyncReport,
        core::sync::SyncState,
        core::people::Person,
        core::people::Role,
        core::acks::Reader,
        core::acks::Report,
        core::import::Preview,
        core::import::ImportReport,
        crate::state::UiError,
        super::acks::UnreadList,
        super::export::Exported,
        super::export::Progress,
        super::files::SaveTarget,
        super::import::ImportRequest,
        super::policies::Autosaved,
        super::settings::AppInfo,
        super::settings::LocaleSources,
        super::sync::Joined,
    );
}

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".ts") {
            out.insert(name, std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    out
}

#[test]
fn the_typescript_bindings_are_the_rust_types() {
    let fresh = std::env::temp_dir().join(format!("policybook-bindings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&fresh);
    export(&fresh);
    let made = files(&fresh);
    let _ = std::fs::remove_dir_all(&fresh);
    assert!(made.len() > 30, "{:?}", made.keys());
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(dir());
        std::fs::create_dir_all(dir()).expect("the bindings folder");
        for (name, text) in &made {
            std::fs::write(dir().join(name), text).expect("a binding");
        }
    }
    let committed = files(&dir());
    let stale: Vec<&String> = made
        .keys()
        .chain(committed.keys())
        .filter(|k| made.get(*k) != committed.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "ui/src/lib/bindings/ is out of date ({stale:?}): run `UPDATE_BINDINGS=1 cargo test -p policybook-desktop bindings`"
    );
}
