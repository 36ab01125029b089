//! Embeds the demo handbook (assets/demo) so that a first start has a real handbook to show.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let demo =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../assets/demo");
    println!("cargo:rerun-if-changed={}", demo.display());
    let mut names: Vec<String> = std::fs::read_dir(&demo)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".md") && !n.eq_ignore_ascii_case("README.md"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from("/// The demo handbook's files, as (file name, text).\npub const FILES: &[(&str, &str)] = &[\n");
    for n in names {
        let path = demo.join(&n).canonicalize().unwrap();
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    ({n:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("demo_files.rs");
    std::fs::write(dest, out).unwrap();
}
