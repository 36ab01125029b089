//! Times `policybook_core::diff::changes` on a 100-page policy and its yearly
//! revision.
//!
//! Run with `cargo bench -p policybook-core --bench diff`. The texts are
//! generated deterministically (a small xorshift, no `rand`), so the figures
//! are comparable between runs and machines.

use std::hint::black_box;
use std::time::{Duration, Instant};

use policybook_core::diff::{changes, Options, Tag};

const RUNS: usize = 20;

const WORDS: &[&str] = &[
    "the",
    "customer",
    "company",
    "shall",
    "may",
    "not",
    "within",
    "days",
    "of",
    "purchase",
    "refund",
    "policy",
    "request",
    "written",
    "notice",
    "employee",
    "manager",
    "data",
    "personal",
    "records",
    "retention",
    "period",
    "access",
    "security",
    "incident",
    "report",
    "review",
    "annual",
    "approval",
    "is",
    "are",
    "be",
    "to",
    "and",
    "or",
    "for",
    "with",
    "any",
    "all",
    "such",
    "this",
    "that",
    "on",
    "by",
    "in",
    "a",
    "an",
    "unless",
    "otherwise",
    "agreed",
    "applicable",
    "law",
    "requires",
    "reasonable",
    "steps",
    "ensure",
    "information",
    "processed",
    "lawfully",
    "fairly",
    "transparent",
    "manner",
    "subject",
    "rights",
    "complaint",
    "escalated",
    "supervisor",
    "training",
    "completed",
    "each",
    "year",
    "contractor",
    "supplier",
    "invoice",
    "payment",
    "terms",
    "confidential",
    "disclosed",
    "third",
    "party",
    "consent",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn word(&mut self) -> &'static str {
        WORDS[self.below(WORDS.len())]
    }
}

fn sentence(rng: &mut Rng) -> String {
    let n = 8 + rng.below(17);
    let mut s = String::new();
    for i in 0..n {
        let w = rng.word();
        if i == 0 {
            let mut c = w.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            s.push(first);
            s.push_str(c.as_str());
        } else {
            s.push(' ');
            if rng.below(40) == 0 {
                s.push_str(&(1 + rng.below(90)).to_string());
                continue;
            }
            s.push_str(w);
        }
        if i + 1 < n && rng.below(12) == 0 {
            s.push(',');
        }
    }
    s.push('.');
    s
}

fn paragraph(rng: &mut Rng) -> String {
    let n = 3 + rng.below(5);
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

/// Blocks of Markdown (headings, paragraphs, list items), one line each.
fn policy(rng: &mut Rng, target_words: usize) -> Vec<String> {
    let mut blocks = vec!["# Acme Ltd. Operations Policy".to_owned()];
    let mut words = 0;
    let mut section = 0;
    while words < target_words {
        section += 1;
        blocks.push(format!(
            "## {section}. {}",
            sentence(rng).trim_end_matches('.')
        ));
        for sub in 1..=(2 + rng.below(3)) {
            blocks.push(format!("### {section}.{sub} {}", rng.word()));
            for _ in 0..(1 + rng.below(3)) {
                let p = paragraph(rng);
                words += p.split(' ').count();
                blocks.push(p);
            }
            if rng.below(2) == 0 {
                for _ in 0..(2 + rng.below(5)) {
                    let item = format!("- {}", sentence(rng));
                    words += item.split(' ').count();
                    blocks.push(item);
                }
            }
        }
    }
    blocks
}

fn render(blocks: &[String]) -> String {
    let mut s = String::new();
    for (i, b) in blocks.iter().enumerate() {
        s.push_str(b);
        s.push('\n');
        // Blank lines between blocks, but list items stay together.
        let next_is_item = blocks.get(i + 1).is_some_and(|n| n.starts_with("- "));
        if !(b.starts_with("- ") && next_is_item) {
            s.push('\n');
        }
    }
    s
}

/// The yearly revision: edited sentences, a moved paragraph, a new section.
fn revise(rng: &mut Rng, blocks: &[String]) -> Vec<String> {
    let mut out = blocks.to_vec();
    let paragraphs: Vec<usize> = (0..out.len())
        .filter(|&i| !out[i].starts_with('#'))
        .collect();
    for _ in 0..40 {
        let i = paragraphs[rng.below(paragraphs.len())];
        let mut words: Vec<String> = out[i].split(' ').map(str::to_owned).collect();
        // Never before the first word, so list markers stay in place.
        let w = 1 + rng.below(words.len() - 1);
        match rng.below(3) {
            0 => words[w] = rng.word().to_owned(),
            1 => words.insert(w, rng.word().to_owned()),
            _ => {
                let extra = sentence(rng);
                words.insert(w, extra);
            }
        }
        out[i] = words.join(" ");
    }
    // Move a paragraph from the first third to the last third.
    let from = paragraphs[paragraphs.len() / 5];
    let moved = out.remove(from);
    let to = paragraphs[paragraphs.len() * 4 / 5];
    out.insert(to, moved);
    // Insert a new section in the middle.
    let at = (from..out.len())
        .find(|&i| i > out.len() / 2 && out[i].starts_with("## "))
        .unwrap_or(out.len());
    let mut section = vec!["## 9a. Artificial intelligence tools".to_owned()];
    for _ in 0..4 {
        section.push(paragraph(rng));
    }
    section.extend((0..5).map(|_| format!("- {}", sentence(rng))));
    out.splice(at..at, section);
    out
}

fn main() {
    let mut rng = Rng(0x5eed_2024_cafe_f00d);
    let blocks = policy(&mut rng, 50_000);
    let old = render(&blocks);
    let new = render(&revise(&mut rng, &blocks));
    let opts = Options::default();

    let first = changes(&old, &new, &opts);
    let count = |t: Tag| first.iter().filter(|c| c.tag == t).count();
    println!(
        "policy: {} words, {} lines, {} KB old / {} KB new",
        old.split_whitespace().count(),
        old.lines().count(),
        old.len() / 1024,
        new.len() / 1024
    );
    println!(
        "changes: {} ({} equal, {} delete, {} insert)",
        first.len(),
        count(Tag::Equal),
        count(Tag::Delete),
        count(Tag::Insert)
    );

    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            black_box(changes(black_box(&old), black_box(&new), &opts));
            t.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "changes() over {RUNS} runs: min {:.2} ms, median {:.2} ms, max {:.2} ms",
        ms(times[0]),
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1])
    );
}
