//! The acknowledgement report: 2,000 readers × 200 policies (goal: the report under 1 s).
//!
//! Builds a handbook of 200 approved policies (half for the group "stores", half for everyone;
//! 20 revised since with a material change, 20 with an editorial one), 2,000 readers (half in
//! "stores") and about 300,000 acknowledgements, then times:
//! - the whole report (who acknowledged, who is overdue, per-policy figures), as `acks` runs it;
//! - its CSV;
//! - one reader's unread list with the changes since what they read (`unread`).
//!
//! `make bench` (or `cargo bench -p policybook-core --bench acks`). `PB_ACKS_PEOPLE` and
//! `PB_ACKS_POLICIES` change the sizes; `PB_ACKS_DB=FILE` keeps the handbook.

use policybook_core::acks;
use policybook_core::store::{NewRevision, Policy, ReviewState, StateNote, Status, Store};
use policybook_core::Lang;
use std::time::Instant;

fn main() {
    let env = |k: &str, d: usize| {
        std::env::var(k)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(d)
    };
    let people = env("PB_ACKS_PEOPLE", 2_000);
    let policies = env("PB_ACKS_POLICIES", 200);
    let tmp = tempfile::tempdir().unwrap();
    // PB_ACKS_DB keeps the handbook there (for profiling the queries).
    let path = std::env::var_os("PB_ACKS_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| tmp.path().join("h.db"));
    let _ = std::fs::remove_file(&path);
    let mut store = Store::open(&path).unwrap();
    let day =
        |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(d.into());
    let at = |d: u32| format!("{}T10:00:00Z", day(d));
    let approve =
        |w: &policybook_core::store::Writer<'_>, id: &str, n: u32, d: u32, editorial: bool| {
            let st = ReviewState {
                status: Status::Approved,
                approved_by: Some("Omar".into()),
                approved_on: Some(day(d)),
            };
            let note = StateNote {
                editorial,
                ..StateNote::default()
            };
            w.set_state_noted(id, Lang::En, n, &st, "approve", "Omar", &at(d), &note)
                .unwrap();
        };
    let t = Instant::now();
    let w = store.write().unwrap();
    let text = |i: usize, v: u32| {
        format!(
            "# Policy {i}\n\nStaff must follow rule {i} in every store, version {v}.\n\n{}\n",
            "Customers are served politely and promptly. ".repeat(20)
        )
    };
    for i in 0..policies {
        let id = format!("policy-{i:03}");
        w.create_policy(
            &Policy {
                id: id.clone(),
                category: "General".into(),
                owner: "Nadia".into(),
                review_every_months: 12,
                source_lang: Lang::En,
                retired: None,
            },
            "Nadia",
            &at(0),
        )
        .unwrap();
        let body = text(i, 1);
        fn rev(body: &str) -> NewRevision<'_> {
            NewRevision {
                title: "Policy",
                body,
                author: "Nadia",
                summary: "",
                source_revision: None,
            }
        }
        w.add_revision(&id, Lang::En, &rev(&body), &at(1)).unwrap();
        approve(&w, &id, 1, 10, false);
        if i % 2 == 0 {
            w.set_audience(&id, &["stores".to_string()], "Omar", &at(1))
                .unwrap();
        }
        // A tenth revised in substance after most had read it, a tenth only in wording.
        if i % 10 == 3 || i % 10 == 7 {
            let body = text(i, 2);
            w.add_revision(&id, Lang::En, &rev(&body), &at(60)).unwrap();
            approve(&w, &id, 2, 60, i % 10 == 7);
        }
    }
    for p in 0..people {
        let groups: Vec<String> = if p % 2 == 0 {
            vec!["stores".into()]
        } else {
            vec![]
        };
        w.set_groups(
            &format!("Reader {p:04}"),
            &groups,
            true,
            Some(day(0)),
            "Omar",
            &at(0),
        )
        .unwrap();
    }
    // Three readers in four read each policy (revision 1, before any change).
    let mut count = 0usize;
    for i in 0..policies {
        let id = format!("policy-{i:03}");
        for p in 0..people {
            if (p + i) % 4 == 0 {
                continue;
            }
            w.record_ack(&format!("Reader {p:04}"), &id, Lang::En, 1, 1, &at(20))
                .unwrap();
            count += 1;
        }
    }
    w.commit().unwrap();
    println!(
        "acks: {policies} policies, {people} readers, {count} acknowledgements built in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let as_of = day(120);
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..5 {
        let t = Instant::now();
        let r = acks::report(&store, None, as_of).unwrap();
        best = best.min(t.elapsed().as_secs_f64());
        last = Some(r);
    }
    let r = last.unwrap();
    let figures: (usize, usize, usize) = r.policies.iter().fold((0, 0, 0), |a, p| {
        (a.0 + p.readers, a.1 + p.acknowledged, a.2 + p.overdue)
    });
    println!(
        "        report: {:.0} ms (best of 5): {} acknowledgements, {} overdue; {} reader-policies, {} acknowledged (goal: under 1,000 ms)",
        best * 1000.0,
        r.acks.len(),
        r.overdue.len(),
        figures.0,
        figures.1
    );
    assert_eq!(figures.2, r.overdue.len());
    let t = Instant::now();
    let csv = acks::csv(&r);
    println!(
        "        CSV: {:.0} ms, {:.1} MB",
        t.elapsed().as_secs_f64() * 1000.0,
        csv.len() as f64 / 1e6
    );
    let t = Instant::now();
    let u = acks::unread(&store, "Reader 0000", Some(Lang::En), as_of).unwrap();
    println!(
        "        unread for one reader: {:.0} ms, {} policies",
        t.elapsed().as_secs_f64() * 1000.0,
        u.len()
    );
}
