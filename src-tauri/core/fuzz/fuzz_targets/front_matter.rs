//! Any bytes as a file to import → the import parser (UTF-8 check, front matter, id, language,
//! title, approval). It may refuse the file, never panic; what it accepts keeps the body exactly
//! as it stands at the end of the file.
//!
//! The first byte picks the file name (which can carry the id and the language).

#![no_main]

use libfuzzer_sys::fuzz_target;
use policybook_core::import::{parse, ImportOptions};
use policybook_core::Lang;

const NAMES: [&str; 6] = [
    "policy.md",
    "refunds.bn.md",
    "complaints.ur.markdown",
    "notes.txt",
    "Refund Policy (2025).tl.md",
    "x.de.md",
];

fuzz_target!(|data: &[u8]| {
    let name = NAMES[usize::from(data.first().copied().unwrap_or(0)) % NAMES.len()];
    let opts = ImportOptions {
        lang: data.get(1).map(|b| Lang::ALL[usize::from(*b) % 4]),
        author: "Fuzz Importer".into(),
    };
    let Ok(doc) = parse(&format!("dir/{name}"), name, data, &opts) else {
        return;
    };
    let text = std::str::from_utf8(data).expect("accepted text is UTF-8");
    assert!(text.ends_with(&doc.body), "the body is the end of the file");
    assert!(!doc.body.trim().is_empty(), "an accepted policy has text");
    assert!(!doc.id.is_empty(), "an accepted policy has an id");
});
