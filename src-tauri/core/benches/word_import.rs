//! Times importing a ~300-page Word handbook (`policybook import handbook.docx`): the document
//! is generated (150 policies of about 1,000 words, with headings, lists, tables, emphasis and
//! links, in four categories) as a Word file by the export's builder, then read, cut into
//! policies, converted to Markdown and stored with its search index.
//!
//! Run with `cargo bench -p policybook-core --bench word_import` (part of `make bench`).

use policybook_core::export::docx::DocBuilder;
use policybook_core::import::word::WordOptions;
use policybook_core::import::ImportOptions;
use policybook_core::{FixedClock, Handbook, Lang};
use std::time::{Duration, Instant};

const RUNS: usize = 5;
const POLICIES: usize = 150;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const WORDS: &[&str] = &[
    "the",
    "customer",
    "refund",
    "within",
    "days",
    "of",
    "purchase",
    "policy",
    "manager",
    "store",
    "receipt",
    "card",
    "cash",
    "colleague",
    "must",
    "should",
    "never",
    "always",
    "and",
    "or",
    "to",
    "a",
    "for",
    "with",
    "their",
    "order",
    "return",
    "item",
    "faulty",
    "exchange",
];

fn sentence(rng: &mut Rng) -> String {
    let n = 8 + (rng.next() % 12) as usize;
    let mut s: Vec<String> = (0..n)
        .map(|_| WORDS[(rng.next() % WORDS.len() as u64) as usize].to_string())
        .collect();
    s[0] = format!("{}{}", s[0][..1].to_uppercase(), &s[0][1..]);
    if rng.next().is_multiple_of(4) {
        let k = 1 + (rng.next() as usize % (n - 1));
        s[k] = format!("**{}**", s[k]);
    }
    format!("{}.", s.join(" "))
}

/// About 1,000 words: sections with paragraphs, a numbered list, a bulleted list and a table.
fn policy(rng: &mut Rng, i: usize) -> String {
    let mut md = String::new();
    for section in 0..4 {
        md.push_str(&format!("## Section {}.{section}\n\n", i + 1));
        for _ in 0..3 {
            let para: Vec<String> = (0..4).map(|_| sentence(rng)).collect();
            md.push_str(&para.join(" "));
            md.push_str("\n\n");
        }
        for k in 1..=4 {
            md.push_str(&format!("{k}. {}\n", sentence(rng)));
        }
        md.push_str("   - ");
        md.push_str(&sentence(rng));
        md.push_str("\n\n");
        if section % 2 == 0 {
            md.push_str("| Item | Window | Method |\n|---|---|---|\n");
            for _ in 0..4 {
                md.push_str("| Clothing | 30 days | Original payment |\n");
            }
            md.push('\n');
        }
        md.push_str(&format!(
            "See [policy {}](policy:p{}).\n\n",
            i,
            (i + 1) % POLICIES
        ));
    }
    md
}

fn main() {
    let mut rng = Rng(0x5EED_D0C5);
    let mut doc = DocBuilder::new(Lang::En);
    let mut words = 0;
    for c in 0..4 {
        doc.heading(1, &format!("Category {c}"), None);
        for i in (c..POLICIES).step_by(4) {
            doc.heading(
                2,
                &format!("Policy number {i}"),
                Some(&format!("policy-p{i}")),
            );
            let md = policy(&mut rng, i);
            words += md.split_whitespace().count();
            doc.markdown(&md, 2);
        }
    }
    let bytes = doc.finish().expect("a document");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("handbook.docx");
    std::fs::write(&file, &bytes).expect("written");
    println!(
        "word import: a generated handbook of {POLICIES} policies, {words} words (about {} pages), {} KB .docx",
        words / 500,
        bytes.len() / 1024
    );
    let opts = ImportOptions {
        lang: None,
        author: "bench".into(),
    };
    let word = WordOptions::default();
    let mut previews = Vec::new();
    let mut imports = Vec::new();
    for _ in 0..RUNS {
        let mut hb = Handbook::open_in_memory(Box::new(FixedClock::on(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date"),
        )))
        .expect("a handbook");
        let t = Instant::now();
        let p = hb
            .import_preview(std::slice::from_ref(&file), &opts, &word)
            .expect("a preview");
        previews.push(t.elapsed());
        assert_eq!(p.len(), POLICIES);
        let t = Instant::now();
        let r = hb
            .import_with(std::slice::from_ref(&file), &opts, &word)
            .expect("an import");
        imports.push(t.elapsed());
        assert_eq!(r.imported.len(), POLICIES);
    }
    let med = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64()
    };
    println!(
        "word import: read and convert (dry run) median {:.2} s; import with index median {:.2} s (goal < 3 s), {RUNS} runs",
        med(&mut previews),
        med(&mut imports)
    );
}
