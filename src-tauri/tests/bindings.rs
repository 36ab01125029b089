//! The window's TypeScript bindings (`ui/src/lib/bindings.ts`) are generated from the Rust
//! commands and types: this test fails when the committed file is out of date.
//! `UPDATE_BINDINGS=1 cargo test -p policybook-desktop --test bindings` (or `make bindings`)
//! rewrites it.

use std::path::Path;

#[test]
fn bindings_are_up_to_date() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
    let dir = std::env::temp_dir().join(format!("policybook-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fresh = dir.join("bindings.ts");
    policybook_desktop::commands::export_bindings(&fresh).unwrap();
    let fresh_text = std::fs::read_to_string(&fresh).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed, &fresh_text).unwrap();
        return;
    }
    let old = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        old == fresh_text,
        "ui/src/lib/bindings.ts is out of date with the Rust commands and types: run `make bindings` and commit it"
    );
}
