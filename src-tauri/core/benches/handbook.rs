//! The handbook benchmark: over generated handbooks of 1,000 and 10,000 policy-languages (a quarter
//! in each of English, Bengali, Tagalog and Urdu, sentences taken from the demo handbook), it measures
//! import, index build, in-process search (p50, p99), diff of a revision against the one before
//! (through the facade), and the handbook export of each language; and, in the same run, pandoc
//! turning the same Markdown into DOCX, and ripgrep searching the same files, as ratios.
//!
//! `make bench` (or `cargo bench -p policybook-core --bench handbook` after
//! `cargo build --release --bin policybook`). Settings: `PB_BENCH_SIZES=1000,10000`,
//! `PB_BENCH_ROUNDS=50` (search rounds), `PB_BENCH_PANDOC=100` (policies per language given to
//! pandoc: pandoc takes minutes for a few hundred Bengali or Tagalog policies, so it gets the first
//! N of each language and policybook's time on exactly those is measured beside it).

use policybook_core::import::ImportOptions;
use policybook_core::search::SearchQuery;
use policybook_core::{FixedClock, Handbook, Lang};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

/// Sentences of the demo handbook, per language: realistic words for generated policies.
fn sentences(repo: &Path) -> Vec<(Lang, Vec<String>)> {
    Lang::ALL
        .iter()
        .map(|&l| {
            let mut out = Vec::new();
            for e in std::fs::read_dir(repo.join("assets/demo")).unwrap() {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_str().unwrap().to_string();
                if !name.ends_with(&format!(".{l}.md")) {
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text).to_string();
                out.extend(
                    body.lines()
                        .map(str::trim)
                        .filter(|s| {
                            s.chars().count() > 30 && !s.starts_with('|') && !s.starts_with('#')
                        })
                        .map(str::to_string),
                );
            }
            (l, out)
        })
        .collect()
}

/// Writes `n` policy-language files (a quarter per language) and returns the folder.
fn generate(dir: &Path, n: usize, pools: &[(Lang, Vec<String>)]) -> PathBuf {
    let root = dir.join(format!("handbook-{n}"));
    std::fs::create_dir_all(&root).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ n as u64);
    let categories = [
        "Serving customers",
        "Payments and refunds",
        "Complaints and escalation",
        "Privacy and safety",
    ];
    for i in 0..n {
        let (lang, pool) = &pools[i % 4];
        let id = format!("policy-{:05}", i / 4);
        let mut body = format!(
            "# {} {}\n\n",
            rng.pick(pool)
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" "),
            i / 4
        );
        for s in 0..(8 + rng.next() % 16) {
            if s % 5 == 4 {
                body.push_str(&format!(
                    "## {}\n\n",
                    rng.pick(pool)
                        .split_whitespace()
                        .take(3)
                        .collect::<Vec<_>>()
                        .join(" ")
                ));
            }
            body.push_str(rng.pick(pool).as_str());
            body.push_str("\n\n");
        }
        let fm = format!(
            "---\ncategory: {}\nowner: Owner {}\nauthor: Author {}\napproved: 2026-0{}-1{}\napproved_by: Approver\n---\n",
            categories[(i / 4) % 4],
            i % 7,
            i % 5,
            1 + i % 9,
            i % 10
        );
        std::fs::write(root.join(format!("{id}.{lang}.md")), fm + &body).unwrap();
    }
    root
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let sizes: Vec<usize> = std::env::var("PB_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let pools = sentences(&repo);
    let tmp = tempfile::tempdir().unwrap();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    println!(
        "machine: {} cores, {cpu}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );
    let queries = [
        "refund",
        "customer complaint",
        "গ্রাহক",
        "অভিযোগ",
        "ریفنڈ",
        "شکایت",
        "pagbabalik",
        "reklamo",
        "\"within 30 days\"",
        "recei",
    ];
    for n in sizes {
        let folder = generate(tmp.path(), n, &pools);
        let db = tmp.path().join(format!("bench-{n}.db"));
        let clock = FixedClock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let mut hb = Handbook::open(&db, Box::new(clock)).unwrap();
        let t = Instant::now();
        let report = hb
            .import(
                std::slice::from_ref(&folder),
                &ImportOptions {
                    lang: None,
                    author: "bench".into(),
                },
            )
            .unwrap();
        let import = t.elapsed();
        assert_eq!(report.imported.len(), n);
        let t = Instant::now();
        let docs = hb.reindex().unwrap();
        let index = t.elapsed();
        let mut times = Vec::new();
        let mut slowest: std::collections::BTreeMap<&str, Duration> = Default::default();
        let mut found = 0;
        let rounds: usize = std::env::var("PB_BENCH_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(50);
        for round in 0..rounds {
            for q in queries {
                let t = Instant::now();
                let hits = hb
                    .search(&SearchQuery {
                        text: q.to_string(),
                        limit: 10,
                        ..Default::default()
                    })
                    .unwrap();
                times.push(t.elapsed());
                let e = slowest.entry(q).or_default();
                *e = (*e).max(t.elapsed());
                if round == 0 {
                    found += hits.len();
                }
            }
        }
        times.sort();
        let worst: Vec<String> = slowest
            .iter()
            .map(|(q, d)| format!("{q} {:.1}", ms(*d)))
            .collect();
        println!(
            "        slowest run of each query (ms): {}",
            worst.join(", ")
        );
        // The same queries for one hit only: the part of the time that goes into snippets and
        // stored documents, per hit.
        let mut one = Vec::new();
        for _ in 0..20 {
            for q in queries {
                let t = Instant::now();
                hb.search(&SearchQuery {
                    text: q.to_string(),
                    limit: 1,
                    ..Default::default()
                })
                .unwrap();
                one.push(t.elapsed());
            }
        }
        one.sort();
        println!(
            "        one hit per query: p50 {:.2} ms",
            ms(percentile(&one, 0.5))
        );
        println!(
            "{n:>6} policy-languages: import {:.0} ms (index included), rebuild index {:.0} ms ({docs} docs), search p50 {:.2} ms, p99 {:.2} ms ({} queries, {found} hits in the first round)",
            ms(import),
            ms(index),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.99)),
            times.len()
        );
        diffs(&mut hb, n, &pools);
        export_all(&hb, tmp.path(), n);
        let per_lang = std::env::var("PB_BENCH_PANDOC")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(100usize);
        if per_lang > 0 {
            against_pandoc(&folder, tmp.path(), n, per_lang);
        }
        drop(hb);
        whole_process(&repo, &db, &folder);
    }
}

/// Revises 1 policy-language in 50 (at most 200) and diffs each new revision against the one before,
/// through the facade (both revisions read from the database, then compared word by word).
fn diffs(hb: &mut Handbook, n: usize, pools: &[(Lang, Vec<String>)]) {
    let mut rng = Rng(0xD1FF ^ n as u64);
    let mut picked = Vec::new();
    for i in (0..n).step_by(50).take(200) {
        let (lang, pool) = &pools[i % 4];
        let id = format!("policy-{:05}", i / 4);
        let old = hb.show(&id, Some(*lang), None).unwrap();
        // A yearly revision: one sentence replaced, one added, one number changed.
        let mut body = old.body.replacen("30", "14", 1);
        if let Some(line) = body.lines().nth(2).map(str::to_string) {
            body = body.replacen(&line, rng.pick(pool).as_str(), 1);
        }
        body.push_str("\n\n");
        body.push_str(rng.pick(pool).as_str());
        body.push('\n');
        let draft = policybook_core::Draft {
            title: None,
            body,
            author: "Reviser".into(),
            summary: "yearly review".into(),
            source_revision: None,
        };
        let rev = hb.revise(&id, *lang, &draft).unwrap();
        picked.push((id, *lang, rev));
    }
    let mut times = Vec::new();
    let mut changes = 0;
    for _ in 0..5 {
        for (id, lang, rev) in &picked {
            let t = Instant::now();
            let d = hb.diff(id, *lang, rev - 1, *rev).unwrap();
            times.push(t.elapsed());
            changes += d.changes.len();
        }
    }
    times.sort();
    println!(
        "        diff of a revision against the one before ({} policies, {} changes each on average): p50 {:.2} ms, p99 {:.2} ms",
        picked.len(),
        changes / times.len().max(1),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99))
    );
}

/// The handbook of each language, every policy in it.
fn export_all(hb: &Handbook, tmp: &Path, n: usize) {
    use policybook_core::export::handbook::HandbookOptions;
    for lang in Lang::ALL {
        let out = tmp.join(format!("bench-{n}-{lang}.docx"));
        let opts = HandbookOptions {
            lang: Some(lang),
            ..Default::default()
        };
        let t = Instant::now();
        let doc = hb.export_handbook(&opts, &mut |_, _| {}).unwrap();
        policybook_core::export::write_atomic(&out, &doc.bytes).unwrap();
        let count = doc.policies;
        let took = t.elapsed();
        let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
        println!(
            "        export {lang}: {count} policies in {:.0} ms ({:.1} MB)",
            ms(took),
            size as f64 / 1e6
        );
        std::fs::remove_file(&out).ok();
    }
}

/// The first `per_lang` policies of each language as a handbook of their own, exported by
/// policybook and, from the same Markdown, by pandoc (`pandoc --toc -o x.docx`).
fn against_pandoc(folder: &Path, tmp: &Path, n: usize, per_lang: usize) {
    use policybook_core::export::handbook::HandbookOptions;
    if std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("        (pandoc not installed: export comparison skipped)");
        return;
    }
    let small = tmp.join(format!("small-{n}"));
    std::fs::create_dir_all(&small).unwrap();
    for e in std::fs::read_dir(folder).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let i: usize = name
            .trim_start_matches("policy-")
            .split('.')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        if i < per_lang {
            std::fs::copy(&p, small.join(&name)).unwrap();
        }
    }
    let clock = FixedClock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    let mut hb = Handbook::open(&tmp.join(format!("small-{n}.db")), Box::new(clock)).unwrap();
    hb.import(
        std::slice::from_ref(&small),
        &ImportOptions {
            lang: None,
            author: "bench".into(),
        },
    )
    .unwrap();
    for lang in Lang::ALL {
        let opts = HandbookOptions {
            lang: Some(lang),
            ..Default::default()
        };
        let t = Instant::now();
        let doc = hb.export_handbook(&opts, &mut |_, _| {}).unwrap();
        policybook_core::export::write_atomic(
            &tmp.join(format!("small-{n}-{lang}.docx")),
            &doc.bytes,
        )
        .unwrap();
        let count = doc.policies;
        let ours = t.elapsed();
        let mut md = String::new();
        let mut names: Vec<_> = std::fs::read_dir(&small)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        for p in names {
            if p.to_string_lossy().ends_with(&format!(".{lang}.md")) {
                let text = std::fs::read_to_string(&p).unwrap();
                md.push_str(text.splitn(3, "---\n").nth(2).unwrap_or(&text));
                md.push_str("\n\n");
            }
        }
        let src = tmp.join(format!("small-{n}-{lang}.md"));
        std::fs::write(&src, md).unwrap();
        let t = Instant::now();
        let pandoc = std::process::Command::new("timeout")
            .args(["900", "pandoc"])
            .arg(&src)
            .args(["--toc", "-o"])
            .arg(tmp.join(format!("pandoc-{n}-{lang}.docx")))
            // pandoc warns about every repeated footnote label of the generated policies.
            .stderr(std::process::Stdio::null())
            .status();
        let theirs = t.elapsed();
        match pandoc {
            Ok(st) if st.success() => println!(
                "        the same Markdown, {count} policies in {lang}: policybook {:.0} ms, pandoc {:.0} ms (pandoc/policybook {:.0}x)",
                ms(ours),
                ms(theirs),
                ms(theirs) / ms(ours)
            ),
            other => println!("        the same Markdown, {count} policies in {lang}: policybook {:.0} ms; pandoc failed ({other:?})", ms(ours)),
        }
    }
}

/// `policybook search` as a process against `rg` over the same files.
fn whole_process(repo: &Path, db: &Path, folder: &Path) {
    let bin = repo.join("target/release/policybook");
    if !bin.exists() {
        println!("        (whole-process search skipped: build target/release/policybook first)");
        return;
    }
    let rg = std::process::Command::new("rg")
        .arg("--version")
        .output()
        .is_ok();
    let time = |f: &mut dyn FnMut()| {
        let mut v: Vec<Duration> = (0..15)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect();
        v.sort();
        v[v.len() / 2]
    };
    for q in ["refund", "গ্রাহক"] {
        let pb = time(&mut || {
            let out = std::process::Command::new(&bin)
                .arg("--db")
                .arg(db)
                .args(["search", q, "--json"])
                .output()
                .unwrap();
            assert!(out.status.success());
        });
        if rg {
            let r = time(&mut || {
                std::process::Command::new("rg")
                    .args(["-i", "-l", q])
                    .arg(folder)
                    .output()
                    .unwrap();
            });
            println!(
                "        whole process `{q}`: policybook {:.1} ms, ripgrep {:.1} ms (ratio {:.2})",
                ms(pb),
                ms(r),
                ms(pb) / ms(r)
            );
        } else {
            println!(
                "        whole process `{q}`: policybook {:.1} ms (ripgrep not installed)",
                ms(pb)
            );
        }
    }
}
