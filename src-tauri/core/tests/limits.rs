//! Limits in the core: a database that runs out of room (SQLite's `max_page_count`, a full disk
//! without the disk), text larger than a policy can be, and Markdown nested 1,000 levels deep
//! through every path that parses it, on a small stack.

use policybook_core::export::handbook::{HandbookOptions, Missing};
use policybook_core::import::ImportOptions;
use policybook_core::store::{self, NewRevision, Policy, Read, Store, StoreError};
use policybook_core::{Draft, FixedClock, Handbook, Lang};

fn clock() -> Box<FixedClock> {
    Box::new(FixedClock::on(
        chrono::NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
    ))
}

fn revision<'a>(body: &'a str) -> NewRevision<'a> {
    NewRevision {
        title: "Refunds",
        body,
        author: "Nadia",
        summary: "",
        source_revision: None,
    }
}

#[test]
fn a_full_database_refuses_the_write_and_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("handbook.db");
    let mut store = Store::open(&path).unwrap();
    let at = "2026-02-01T09:00:00Z";
    {
        let w = store.write().unwrap();
        w.create_policy(
            &Policy {
                id: "refunds".into(),
                category: "Payments".into(),
                owner: "Nadia".into(),
                review_every_months: 12,
                source_lang: Lang::En,
                retired: None,
            },
            "Nadia",
            at,
        )
        .unwrap();
        w.add_revision("refunds", Lang::En, &revision("Within 30 days.\n"), at)
            .unwrap();
        w.commit().unwrap();
    }
    // No room for more pages than the database has now, and a few.
    let pages: i64 = store
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    store
        .conn()
        .pragma_update(None, "max_page_count", pages + 4)
        .unwrap();
    let before = store.revisions(None).unwrap();
    let log_before = store::audit::read(store.conn(), None).unwrap().len();
    let big = "refund customer receipt ".repeat(20_000);
    let mut full = None;
    for i in 0..20 {
        let w = store.write().unwrap();
        let result = w
            .add_revision("refunds", Lang::En, &revision(&format!("{i} {big}")), at)
            .and_then(|_| w.commit());
        if let Err(e) = result {
            full = Some(e);
            break;
        }
    }
    let e = full.expect("the database never filled up");
    assert!(matches!(e, StoreError::DiskFull), "{e:?}");
    assert_eq!(e.code(), "store.disk_full");
    let m = policybook_core::i18n::Messages::new(Lang::En);
    assert_eq!(m.error(&e.into()), "The disk is full; nothing was changed.");
    // Everything before the failed write is there, and checks out.
    assert_eq!(store.revisions(None).unwrap(), before);
    assert_eq!(
        store::audit::read(store.conn(), None).unwrap().len(),
        log_before
    );
    assert_eq!(store::check(&store).unwrap(), Vec::<String>::new());
    // With room again, writing works.
    store
        .conn()
        .pragma_update(None, "max_page_count", 1_073_741_823i64)
        .unwrap();
    let w = store.write().unwrap();
    assert_eq!(
        w.add_revision("refunds", Lang::En, &revision(&big), at)
            .unwrap(),
        2
    );
    w.commit().unwrap();
    assert!(store::check(&store).unwrap().is_empty());
}

#[test]
fn a_text_larger_than_a_policy_is_refused_by_revise_and_autosave() {
    let mut hb = Handbook::open_in_memory(clock()).unwrap();
    hb.import_texts(
        &[("refunds.en.md", b"# Refunds\n\nWithin 30 days.\n")],
        &ImportOptions {
            lang: None,
            author: "Nadia".into(),
        },
    )
    .unwrap();
    let huge = "x".repeat(policybook_core::import::MAX_FILE_BYTES as usize + 1);
    let e = hb
        .revise(
            "refunds",
            Lang::En,
            &Draft {
                title: None,
                body: huge.clone(),
                author: "Imran".into(),
                summary: String::new(),
                source_revision: None,
            },
        )
        .unwrap_err();
    assert_eq!(e.code(), "store.too_large");
    assert_eq!(e.kind(), policybook_core::ErrorKind::BadInput);
    for lang in Lang::ALL {
        // The sizes in the reader's digits (Bengali ones in Bengali).
        let m = policybook_core::i18n::Messages::new(lang);
        let text = m.error(&e);
        assert!(
            text.contains(&m.number(17)) && text.contains(&m.number(16)),
            "{lang}: {text}"
        );
    }
    let e = hb
        .autosave("refunds", Lang::En, "Imran", "Refunds", &huge)
        .unwrap_err();
    assert_eq!(e.code(), "store.too_large");
    assert_eq!(hb.history("refunds", None).unwrap().len(), 1);
    assert!(hb.check().unwrap().is_empty());
}

/// Markdown nested 1,000 levels deep, in the ways Markdown nests.
fn deep() -> Vec<String> {
    const N: usize = 1000;
    vec![
        format!("# Quotes\n\n{} deep\n", ">".repeat(N)),
        format!("# Quotes\n\n{}deep\n", "> ".repeat(N)),
        (0..N)
            .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
            .collect(),
        (0..N)
            .map(|i| format!("{}1. level {i}\n", "   ".repeat(i)))
            .collect(),
        format!("# Mixed\n\n{}deep\n", "> - 1. ".repeat(N / 3)),
        format!("Text {}x{}\n", "*_".repeat(N), "_*".repeat(N)),
        format!(
            "Text {}x{}\n",
            "[".repeat(N),
            "](https://example.com)".repeat(N)
        ),
        format!("Text {}x{}\n", "<span>".repeat(N), "</span>".repeat(N)),
        format!("Text {}x{}\n", "<div>".repeat(N), "</div>".repeat(N)),
        format!("Text {}x{}\n", "~~".repeat(N), "~~".repeat(N)),
    ]
}

/// Runs `f` on a thread with a quarter of the stack a program's main thread has, so that any
/// recursion as deep as the Markdown shows up here and not in a user's app.
fn on_a_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .expect("overflowed or panicked");
}

#[test]
fn deep_markdown_through_preview_search_text_diff_and_word() {
    on_a_small_stack(|| {
        for (i, md) in deep().into_iter().enumerate() {
            let html = policybook_core::markdown::to_safe_html(&md);
            assert!(!html.is_empty(), "{i}");
            let text = policybook_core::markdown::plain_text(&md);
            assert!(!text.is_empty(), "{i}");
            let changed = md.replacen("deep", "deeper", 1).replacen('x', "y", 1);
            policybook_core::diff::changes(&md, &changed, &Default::default());
            let docx = policybook_core::export::redline::redline(
                &md,
                &changed,
                Lang::En,
                "Imran",
                chrono::Utc::now(),
                "Deep",
            )
            .unwrap();
            assert!(docx.starts_with(b"PK"), "{i}");
        }
    });
}

#[test]
fn deep_markdown_through_a_whole_handbook_export() {
    on_a_small_stack(|| {
        let mut hb = Handbook::open_in_memory(clock()).unwrap();
        let docs: Vec<(String, Vec<u8>)> = deep()
            .into_iter()
            .enumerate()
            .map(|(i, md)| {
                (
                    format!("deep{i}.en.md"),
                    format!(
                        "---\nauthor: Nadia\napproved: 2026-01-10\napproved_by: Samuel\n---\n{md}"
                    )
                    .into_bytes(),
                )
            })
            .collect();
        let items: Vec<(&str, &[u8])> = docs
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        hb.import_texts(
            &items,
            &ImportOptions {
                lang: None,
                author: "Nadia".into(),
            },
        )
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("deep.docx");
        let n = hb
            .export_handbook(
                &HandbookOptions {
                    lang: Some(Lang::En),
                    title: None,
                    categories: vec![],
                    missing: Missing::Source,
                    without_fonts: false,
                    as_of: None,
                },
                &mut |_, _| {},
            )
            .unwrap();
        policybook_core::export::write_atomic(&out, &n.bytes).unwrap();
        assert_eq!(n.policies, docs.len());
        assert!(hb.check().unwrap().is_empty());
    });
}
