//! Any text as a search → the query parser, then a search of the demo handbook (built once, in
//! memory). A search may be refused (no words, too long), never panic; a snippet is HTML-escaped
//! apart from its `<b>` marks.
//!
//! The first byte picks the filters: language, status, older revisions, a category.

#![no_main]

use libfuzzer_sys::fuzz_target;
use policybook_core::search::{parse_query, SearchQuery};
use policybook_core::{demo, FixedClock, Handbook, Lang, Status};
use std::cell::RefCell;

thread_local! {
    static HANDBOOK: RefCell<Handbook> = RefCell::new({
        // After the demo's paper approvals (an import refuses an approval dated in the future).
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
        let mut hb = Handbook::open_in_memory(Box::new(FixedClock::on(day))).expect("a handbook");
        demo::install(&mut hb).expect("the demo handbook");
        hb
    });
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parts = parse_query(text);
    assert!(parts.len() <= 32, "a query has at most 32 parts");
    for (i, p) in parts.iter().enumerate() {
        assert!(
            text.contains(p.text.as_str()),
            "a part is a piece of the query"
        );
        assert!(!p.text.trim().is_empty(), "no empty part");
        assert!(!p.prefix || (i + 1 == parts.len() && !p.phrase));
    }

    let flags = data.first().copied().unwrap_or(0);
    let q = SearchQuery {
        text: text.to_string(),
        lang: match flags & 7 {
            n @ 0..=3 => Some(Lang::ALL[usize::from(n)]),
            _ => None,
        },
        status: match (flags >> 3) & 3 {
            1 => Some(Status::Approved),
            2 => Some(Status::Draft),
            _ => None,
        },
        all_revisions: flags & 0x20 != 0,
        in_force: data.get(1).is_some_and(|b| b & 1 != 0),
        include_retired: flags & 0x40 != 0,
        categories: if flags & 0x80 != 0 {
            vec!["Payments and refunds".into()]
        } else {
            Vec::new()
        },
        limit: 5,
    };
    let Ok(hits) = HANDBOOK.with(|hb| hb.borrow_mut().search(&q)) else {
        return;
    };
    assert!(hits.len() <= 5);
    for h in hits {
        let bare = h.snippet.replace("<b>", "").replace("</b>", "");
        assert!(
            !bare.contains(['<', '>']),
            "a snippet is HTML-escaped: {:?}",
            h.snippet
        );
    }
});
