//! Crash safety: `import` and `revise` killed with SIGKILL at many random points. After every kill
//! `check` passes, every revision a finished command reported is there, an interrupted import left
//! all of its folder or none of it, and the handbook (search included) goes on working.
//!
//! The kill points are drawn from a seeded generator (set `POLICYBOOK_CRASH_SEED` to replay a run)
//! and spread over each command's own run time, measured first on this machine.

use crate::support::Env;
use serde_json::Value;
use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A small, seeded random generator (SplitMix64): the same seed, the same kill points.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A duration between zero and `max`, uniformly.
    fn delay(&mut self, max: Duration) -> Duration {
        max.mul_f64((self.next() >> 11) as f64 / (1u64 << 53) as f64)
    }
}

fn seed() -> u64 {
    std::env::var("POLICYBOOK_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_260_209)
}

const LANGS: [&str; 4] = ["en", "bn", "tl", "ur"];

fn words(lang: &str) -> &'static [&'static str] {
    match lang {
        "bn" => &[
            "গ্রাহক",
            "ফেরত",
            "রসিদ",
            "ব্যবস্থাপক",
            "দিন",
            "দোকান",
            "বিনিময়",
            "ক্ষমা",
        ],
        "tl" => &[
            "customer",
            "ibalik",
            "resibo",
            "tagapamahala",
            "araw",
            "tindahan",
            "palitan",
            "paumanhin",
        ],
        "ur" => &[
            "گاہک",
            "واپسی",
            "رسید",
            "مینیجر",
            "دن",
            "دکان",
            "تبادلہ",
            "معذرت",
        ],
        _ => &[
            "refund", "customer", "receipt", "manager", "within", "days", "exchange", "apology",
        ],
    }
}

fn paragraph(rng: &mut Rng, lang: &str, n: usize) -> String {
    let w = words(lang);
    (0..n)
        .map(|_| w[rng.below(w.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A folder of `count` policies in all four languages, with front matter and some approvals given
/// on paper; the English texts carry `marker`, a word found nowhere else.
fn write_folder(env: &Env, dir: &str, count: usize, marker: &str, rng: &mut Rng) {
    for i in 0..count {
        for lang in LANGS {
            let mut text = format!(
                "---\ncategory: Chapter {}\nowner: Owner {}\nauthor: Writer {}\n",
                i % 7,
                i % 5,
                i % 3
            );
            if lang != "en" {
                text.push_str("source_lang: en\n");
            }
            if i % 4 == 0 {
                text.push_str("approved: 2026-01-15\napproved_by: Approver\n");
            }
            text.push_str(&format!("---\n# Policy {i} ({lang})\n\n"));
            if lang == "en" {
                text.push_str(&format!("This policy mentions {marker}.\n\n"));
            }
            for _ in 0..6 {
                text.push_str(&paragraph(rng, lang, 50));
                text.push_str("\n\n");
            }
            text.push_str("| Item | Days |\n|---|---:|\n| a | 30 |\n\n- one\n- two\n");
            env.write(&format!("{dir}/p{i:03}.{lang}.md"), text);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// A fresh copy of the handbook of `base` (database and search index) in a new folder.
fn copy_handbook(base: &Env) -> Env {
    let env = Env::new();
    std::fs::copy(&base.db, &env.db).unwrap();
    let index = base.path("handbook.db.index");
    if index.is_dir() {
        copy_dir(&index, &env.path("handbook.db.index"));
    }
    env
}

fn list(env: &Env) -> Value {
    env.run(&["list", "--json"]).ok().json()
}

/// (id, lang) of the hits of a search.
fn found(env: &Env, query: &str, lang: &str) -> Vec<String> {
    let out = env
        .run(&["search", "--json", "--limit", "1000", "--lang", lang, query])
        .ok()
        .json();
    let mut ids: Vec<String> = out["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[track_caller]
fn assert_check_passes(env: &Env, when: &str) {
    let r = env.run(&["check", "--json"]);
    assert_eq!(
        r.code, 0,
        "{when}: check failed\nstdout: {}\nstderr: {}",
        r.stdout, r.stderr
    );
}

/// Revision numbers by (id, lang), from `list --json`.
fn newest(list: &Value) -> BTreeMap<(String, String), u64> {
    let mut out = BTreeMap::new();
    for p in list["policies"].as_array().unwrap() {
        for (lang, l) in p["languages"].as_object().unwrap() {
            out.insert(
                (p["id"].as_str().unwrap().to_string(), lang.clone()),
                l["revision"].as_u64().unwrap(),
            );
        }
    }
    out
}

/// How an interrupted run ended: killed (or stopped by itself before the kill).
struct Ended {
    killed: bool,
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the command and kills it with SIGKILL after `delay` (unless it ended before).
fn run_and_kill(env: &Env, args: &[&str], delay: Duration) -> Ended {
    let out = env.path(&format!("out-{}.txt", std::process::id()));
    let err = env.path(&format!("err-{}.txt", std::process::id()));
    let mut child = env
        .cmd()
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    // Child::kill sends SIGKILL; on a child that has ended already it does nothing.
    child.kill().unwrap();
    let status = child.wait().unwrap();
    Ended {
        killed: status.signal() == Some(9),
        code: status.code(),
        stdout: std::fs::read_to_string(&out).unwrap(),
        stderr: std::fs::read_to_string(&err).unwrap(),
    }
}

#[test]
fn import_and_revise_killed_at_random_points_lose_nothing() {
    let started = Instant::now();
    let seed = seed();
    eprintln!("crash test seed: {seed} (POLICYBOOK_CRASH_SEED replays it)");
    let mut rng = Rng(seed);

    // The handbook that exists before each import: ten of the folder's policies in an older
    // English text, and two policies of its own.
    let base = Env::new();
    write_folder(&base, "old", 10, "basalt", &mut rng);
    for i in 0..10 {
        for lang in ["bn", "tl", "ur"] {
            std::fs::remove_file(base.path(&format!("old/p{i:03}.{lang}.md"))).unwrap();
        }
    }
    base.write(
        "old/greeting.en.md",
        "# Greeting\n\nGreet every customer by name. basalt\n",
    );
    base.write("old/closing.bn.md", "# দোকান বন্ধ করা\n\nদুবার গুনুন।\n");
    base.run(&["import", base.path("old").to_str().unwrap()])
        .ok();
    assert_check_passes(&base, "the base handbook");
    let before = list(&base);

    // The folder: 80 policies in four languages (320 files), new text for the ten.
    const POLICIES: usize = 80;
    write_folder(&base, "folder", POLICIES, "zebrafold", &mut rng);
    let folder = base.path("folder").to_str().unwrap().to_string();
    let import_args = ["import", "--json", "--author", "Importer", &folder];

    // The import run to completion, twice: its time, and the handbook it leaves.
    let mut full_time = Duration::ZERO;
    let mut after = Value::Null;
    for _ in 0..2 {
        let env = copy_handbook(&base);
        let t = Instant::now();
        let report = env.run(&import_args).ok().json();
        full_time = full_time.max(t.elapsed());
        assert_eq!(
            report["imported"].as_array().unwrap().len(),
            POLICIES * 4,
            "{report}"
        );
        after = list(&env);
        assert_check_passes(&env, "a finished import");
    }
    let all_new = newest(&after);
    let old_revs = newest(&before);
    assert!(all_new.len() > old_revs.len());
    eprintln!("a whole import of {} files: {full_time:?}", POLICIES * 4);

    // How long an import takes to read and check the folder before it writes anything: the same
    // folder with one bad file at its end is read whole, then refused.
    let refused = copy_handbook(&base);
    base.write("folder/zzz-last.tlh.md", "# Unknown language\n");
    let mut plan_time = Duration::MAX;
    for _ in 0..2 {
        let t = Instant::now();
        refused.run(&import_args).fails(2);
        plan_time = plan_time.min(t.elapsed());
    }
    std::fs::remove_file(base.path("folder/zzz-last.tlh.md")).unwrap();
    eprintln!("reading and checking the folder: {plan_time:?}");

    // Kill the import at points spread over its run time (and a little past it). A third of the
    // points fall anywhere; a third between the end of the reading and the earliest kill seen to
    // leave everything (while the transaction is written); a third between the latest kill seen to
    // leave nothing and that earliest one (around the commit).
    const IMPORT_KILLS: usize = 21;
    let whole = full_time.mul_f64(1.15);
    let (mut nothing_until, mut everything_from) = (Duration::ZERO, whole);
    let (mut none, mut all, mut finished) = (0, 0, 0);
    for k in 0..IMPORT_KILLS {
        let env = copy_handbook(&base);
        let (lo, hi) = match k % 3 {
            0 => (Duration::ZERO, whole),
            1 => (plan_time.mul_f64(0.9).min(everything_from), everything_from),
            _ => (
                nothing_until.min(everything_from),
                nothing_until.max(everything_from),
            ),
        };
        let delay = lo + rng.delay(hi.saturating_sub(lo));
        let ended = run_and_kill(&env, &import_args, delay);
        let when = format!("import kill {k} after {delay:?}");
        assert_check_passes(&env, &when);
        let now = list(&env);
        if now == before {
            none += 1;
            assert!(
                ended.killed,
                "{when}: not killed, yet nothing imported: {}",
                ended.stderr
            );
            nothing_until = nothing_until.max(delay);
        } else {
            assert_eq!(
                now, after,
                "{when}: an interrupted import left part of the folder behind"
            );
            all += 1;
            everything_from = everything_from.min(delay);
        }
        if !ended.killed {
            // It finished before the kill: it must have said so, and its report must hold.
            assert_eq!(ended.code, Some(0), "{when}: {}", ended.stderr);
            finished += 1;
            let report: Value = serde_json::from_str(&ended.stdout).unwrap();
            let revs = newest(&now);
            for r in report["imported"].as_array().unwrap() {
                let key = (
                    r["id"].as_str().unwrap().to_string(),
                    r["lang"].as_str().unwrap().to_string(),
                );
                assert_eq!(
                    revs.get(&key).copied(),
                    r["revision"].as_u64(),
                    "{when}: reported {key:?} missing"
                );
            }
        }
        // The handbook goes on working: the search index caught up with what was committed.
        let expected: Vec<String> = if now == before {
            vec![]
        } else {
            (0..POLICIES).map(|i| format!("p{i:03}")).collect()
        };
        assert_eq!(found(&env, "zebrafold", "en"), expected, "{when}: search");
        assert!(
            found(&env, "basalt", "en").contains(&"greeting".to_string()),
            "{when}: search"
        );
        if k % 6 == 5 {
            // And it takes the import again, whole.
            env.run(&import_args).ok();
            assert_eq!(list(&env), after, "{when}: importing again");
            assert_check_passes(&env, &format!("{when}, imported again"));
        }
    }
    eprintln!(
        "import: {IMPORT_KILLS} kills: {none} left nothing, {all} everything ({finished} finished \
         first); the commit fell between {nothing_until:?} and {everything_from:?}"
    );
    assert!(
        none > 0 && all > 0,
        "the kill points missed the import's work"
    );

    // Revise, again and again, on one handbook; each run killed at a random point.
    let env = copy_handbook(&base);
    env.run(&import_args).ok();
    let targets = [
        ("p001", "en"),
        ("p002", "bn"),
        ("p003", "ur"),
        ("p004", "tl"),
        ("greeting", "en"),
    ];
    let mut reported: Vec<(String, String, u64, String)> = Vec::new();
    let revise = |env: &Env, id: &str, lang: &str, marker: &str, delay: Option<Duration>| {
        let file = env.write(
            &format!("{marker}.md"),
            format!("# Revised {marker}\n\nNew text {marker}.\n"),
        );
        let args = [
            "revise",
            id,
            "--lang",
            lang,
            "--file",
            file.to_str().unwrap(),
            "--author",
            "Reviser",
            "--summary",
            marker,
            "--json",
        ];
        match delay {
            Some(d) => run_and_kill(env, &args, d),
            None => {
                let r = env.run(&args).ok();
                Ended {
                    killed: false,
                    code: Some(r.code),
                    stdout: r.stdout,
                    stderr: r.stderr,
                }
            }
        }
    };
    // Revisions by number, with their summaries (each revise below has its own), from `history`.
    let history = |env: &Env, id: &str, lang: &str| -> BTreeMap<u64, String> {
        env.run(&["history", id, "--lang", lang, "--json"])
            .ok()
            .json()["revisions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["revision"].as_u64().unwrap(),
                    r["summary"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let mut times = Vec::new();
    for (i, (id, lang)) in targets.iter().enumerate() {
        let marker = format!("measure{i}");
        let t = Instant::now();
        let e = revise(&env, id, lang, &marker, None);
        times.push(t.elapsed());
        let n = serde_json::from_str::<Value>(&e.stdout).unwrap()["revision"]
            .as_u64()
            .unwrap();
        reported.push((id.to_string(), lang.to_string(), n, marker));
    }
    times.sort();
    let revise_time = times[times.len() / 2];
    eprintln!("one revise: {revise_time:?} (median of {})", times.len());

    // As for the import: a third of the points anywhere, two thirds from the latest kill seen to
    // save nothing to the earliest seen to save the revision.
    const REVISE_KILLS: usize = 30;
    let whole = revise_time.mul_f64(1.2);
    let (mut nothing_until, mut saved_from) = (Duration::ZERO, whole);
    let mut newest_of: BTreeMap<(String, String), u64> = newest(&list(&env));
    let (mut lost, mut landed, mut done) = (0, 0, 0);
    for k in 0..REVISE_KILLS {
        let (id, lang) = targets[rng.below(targets.len())];
        let key = (id.to_string(), lang.to_string());
        let marker = format!("kill{k}");
        let prev = newest_of[&key];
        let (lo, hi) = if k % 3 == 0 {
            (Duration::ZERO, whole)
        } else {
            (nothing_until.min(saved_from), nothing_until.max(saved_from))
        };
        let delay = lo + rng.delay(hi.saturating_sub(lo));
        let ended = revise(&env, id, lang, &marker, Some(delay));
        let when = format!("revise kill {k} ({id} {lang}) after {delay:?}");
        assert_check_passes(&env, &when);
        let revs = history(&env, id, lang);
        let now = *revs.keys().max().unwrap();
        if !ended.killed {
            assert_eq!(ended.code, Some(0), "{when}: {}", ended.stderr);
            let n = serde_json::from_str::<Value>(&ended.stdout).unwrap()["revision"]
                .as_u64()
                .unwrap();
            assert_eq!(n, prev + 1, "{when}");
            reported.push((id.to_string(), lang.to_string(), n, marker.clone()));
            done += 1;
        }
        if now == prev + 1 {
            landed += 1;
            assert_eq!(revs[&now], marker, "{when}: revision {now}");
            saved_from = saved_from.min(delay);
        } else {
            assert_eq!(now, prev, "{when}: {prev} -> {now}");
            assert!(ended.killed, "{when}: not killed, yet not saved");
            lost += 1;
            nothing_until = nothing_until.max(delay);
        }
        newest_of.insert(key, now);
        // Every revision reported as written is still there, with its text's summary.
        for (rid, rlang, n, m) in &reported {
            if rid == id && rlang == lang {
                assert_eq!(revs.get(n), Some(m), "{when}: reported revision {n}");
            }
        }
    }
    eprintln!(
        "revise: {REVISE_KILLS} kills: {lost} saved nothing, {landed} saved ({done} finished \
         first); the commit fell between {nothing_until:?} and {saved_from:?}"
    );
    assert!(
        lost > 0 && landed > 0,
        "the kill points missed the revise's work"
    );

    // At the end: everything reported is there, the search finds the newest texts, and the
    // handbook still takes writes.
    for (id, lang, n, marker) in &reported {
        let body = env
            .run(&["show", id, "--lang", lang, "--rev", &n.to_string()])
            .ok()
            .stdout;
        assert!(body.contains(marker.as_str()), "{id} {lang} {n}: {body:?}");
    }
    let hits = env.run(&["search", "--json", "Revised"]).ok().json();
    assert!(!hits["hits"].as_array().unwrap().is_empty());
    revise(&env, "p001", "en", "final", None);
    assert_check_passes(&env, "the end");
    eprintln!("crash test: {:?} in all", started.elapsed());
}
