//! Search through the facade, on real sentences in the four languages.

use policybook_core::import::ImportOptions;
use policybook_core::search::{SearchError, SearchQuery};
use policybook_core::{Error, FixedClock, Handbook, Lang, Status};

fn handbook(files: &[(&str, &str)]) -> (tempfile::TempDir, Handbook) {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir(&src).unwrap();
    for (name, text) in files {
        std::fs::write(src.join(name), text).unwrap();
    }
    let clock = FixedClock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    let mut hb = Handbook::open(&dir.path().join("h.db"), Box::new(clock)).unwrap();
    hb.import(
        &[src],
        &ImportOptions {
            lang: None,
            author: "Tester".into(),
        },
    )
    .unwrap();
    (dir, hb)
}

fn q(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.into(),
        limit: 10,
        ..Default::default()
    }
}

fn ids(hb: &mut Handbook, query: SearchQuery) -> Vec<(String, Lang)> {
    hb.search(&query)
        .unwrap()
        .into_iter()
        .map(|h| (h.id, h.lang))
        .collect()
}

const FILES: &[(&str, &str)] = &[
    ("refunds.en.md", "---\ncategory: Payments\n---\n# Refunds and returns\n\nA customer who returns an item within 30 days is refunded in full. Refunds go back to the card used.\n"),
    ("greeting.en.md", "---\ncategory: Service\n---\n# Greeting customers\n\nGreet every customer within thirty seconds. Mention our refund policy only when asked.\n"),
    ("refunds.bn.md", "---\ncategory: Payments\n---\n# মূল্য ফেরত\n\nকোনো গ্রাহক ৩০ দিনের মধ্যে পণ্য ফেরত দিলে পুরো টাকা ফেরত পাবেন। প্রত্যাবর্তনের সময় রসিদ দেখাতে হবে।\n"),
    ("complaints.bn.md", "---\ncategory: Service\n---\n# অভিযোগ নিষ্পত্তি\n\nগ্রাহকের অভিযোগ মনোযোগ দিয়ে শুনুন এবং ক্ষমা চান। প্রয়োজনে সুপারভাইজারকে জানান।\n"),
    ("privacy.bn.md", "---\ncategory: Privacy\n---\n# গোপনীয়তা\n\nগ্রাহকের ঠিকানা ও ফোন নম্বর কখনো তৃতীয় পক্ষকে দেবেন না। নিয়ম মেনে তথ্য রাখুন।\n"),
    ("refunds.ur.md", "---\ncategory: Payments\n---\n# ریفنڈ کی پالیسی\n\nاگر گاہک تیس دن کے اندر سامان واپس کرے تو اسے پوری رقم واپس کی جائے گی۔ رسید دکھانا ضروری ہے۔\n"),
    ("complaints.ur.md", "---\ncategory: Service\n---\n# شکایات\n\nگاہک کی شکایت توجہ سے سنیں اور معذرت کریں۔ ضرورت ہو تو سپروائزر کو بتائیں۔\n"),
    ("refunds.tl.md", "---\ncategory: Payments\n---\n# Mga refund at pagbabalik\n\nKapag ibinalik ng customer ang produkto sa loob ng 30 araw, ibabalik ang buong bayad. Kailangan ang resibo.\n"),
    ("complaints.tl.md", "---\ncategory: Service\n---\n# Pag-aasikaso ng mga reklamo\n\nPakinggan nang mabuti ang reklamo ng customer at humingi ng paumanhin.\n"),
];

#[test]
fn bengali_words_with_a_virama_are_found_whole() {
    let (_d, mut hb) = handbook(FILES);
    // গ্রাহক (customer) has a virama; as a whole word it is in two Bengali policies, as a prefix
    // of গ্রাহকের too.
    let found = ids(
        &mut hb,
        SearchQuery {
            lang: Some(Lang::Bn),
            ..q("গ্রাহক")
        },
    );
    assert_eq!(found.len(), 3, "{found:?}");
    // প্রত্যাবর্তনের: two viramas and a case ending; the whole word, exactly.
    assert_eq!(
        ids(&mut hb, q("প্রত্যাবর্তনের ")),
        [("refunds".to_string(), Lang::Bn)]
    );
    // "রাহক" alone (what a splitter at the virama would index) finds nothing.
    assert!(ids(&mut hb, q("রাহক ")).is_empty());
}

#[test]
fn bengali_ya_with_nukta_matches_either_encoding() {
    let (_d, mut hb) = handbook(FILES);
    // The text above was typed with U+09DF in গোপনীয়তা? Search both encodings for both.
    let one = "গোপনী\u{09DF}তা ";
    let two = "গোপনী\u{09AF}\u{09BC}তা ";
    assert_eq!(ids(&mut hb, q(one)), [("privacy".to_string(), Lang::Bn)]);
    assert_eq!(ids(&mut hb, q(two)), [("privacy".to_string(), Lang::Bn)]);
}

#[test]
fn urdu_found_when_typed_with_arabic_letters() {
    let (_d, mut hb) = handbook(FILES);
    // پالیسی typed on an Arabic keyboard: ي (U+064A) for ی; گاہک with ه (U+0647) for ہ.
    assert_eq!(
        ids(&mut hb, q("پاليسي ")),
        [("refunds".to_string(), Lang::Ur)]
    );
    // گاہک typed with Arabic heh (U+0647) and Arabic kaf (U+0643): both fold.
    let found = ids(&mut hb, q("گاهك "));
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn urdu_folding_of_kaf_and_heh() {
    let (_d, mut hb) = handbook(FILES);
    // گاہک spelled with Arabic heh (U+0647) and Urdu kaf: matches both Urdu policies.
    let found = ids(&mut hb, q("گاهک "));
    assert_eq!(found.len(), 2, "{found:?}");
    // شکایت with Arabic kaf (U+0643).
    assert_eq!(
        ids(&mut hb, q("شكايت ")),
        [("complaints".to_string(), Lang::Ur)]
    );
}

#[test]
fn english_is_stemmed() {
    let (_d, mut hb) = handbook(FILES);
    for word in ["refund ", "refunds ", "refunded ", "REFUNDING "] {
        let found = ids(
            &mut hb,
            SearchQuery {
                lang: Some(Lang::En),
                ..q(word)
            },
        );
        assert_eq!(found.len(), 2, "{word}: {found:?}");
    }
}

#[test]
fn titles_rank_above_bodies() {
    let (_d, mut hb) = handbook(FILES);
    let found = ids(
        &mut hb,
        SearchQuery {
            lang: Some(Lang::En),
            ..q("refund ")
        },
    );
    assert_eq!(found[0].0, "refunds", "{found:?}");
}

#[test]
fn tagalog_is_found_case_blind() {
    let (_d, mut hb) = handbook(FILES);
    assert_eq!(
        ids(&mut hb, q("RESIBO ")),
        [("refunds".to_string(), Lang::Tl)]
    );
    assert_eq!(
        ids(&mut hb, q("reklamo ")),
        [("complaints".to_string(), Lang::Tl)]
    );
}

#[test]
fn snippets_mark_whole_words_and_escape_the_rest() {
    let (_d, mut hb) = handbook(&[(
        "x.bn.md",
        "# নীতি\n\nসব গ্রাহকের <b>অভিযোগ</b> & প্রশ্ন লিখে রাখুন।\n",
    )]);
    let hits = hb.search(&q("গ্রাহকের ")).unwrap();
    assert_eq!(hits.len(), 1);
    let s = &hits[0].snippet;
    assert!(s.contains("<b>গ্রাহকের</b>"), "{s}");
    assert!(s.contains("&lt;b&gt;") && s.contains("&amp;"), "{s}");
    assert_eq!(s.matches("<b>").count(), 1, "{s}");
}

#[test]
fn snippets_of_long_texts_show_the_match_wherever_it_is() {
    // The match sits after 40 KB of other text, once as part of a longer word ("prefunding")
    // before it stands alone; and a Urdu text spelt with Arabic presentation forms is found and
    // marked when typed with Urdu letters (only the analysis knows they are the same).
    let filler = "Staff greet every visitor politely and answer questions. ".repeat(700);
    let english = format!("# Long\n\n{filler} Prefunding is not offered. {filler} A fund is kept for goodwill gestures.\n");
    let (_d, mut hb) = handbook(&[
        ("long.en.md", english.as_str()),
        (
            "forms.ur.md",
            "# پالیسی\n\nہر \u{FEDB}\u{FEE0}\u{FEF4}\u{FEE6} کو رسید دیں۔\n",
        ),
    ]);
    let hits = hb.search(&q("fund ")).unwrap();
    assert_eq!(hits.len(), 1);
    let s = &hits[0].snippet;
    assert!(s.contains("<b>fund</b>"), "{s}");
    assert!(!s.to_lowercase().contains("<b>prefunding"), "{s}");
    assert!(s.len() < 600, "a snippet, not the text: {} bytes", s.len());

    // The word being typed is marked where it is the start of a word.
    let s = &hb.search(&q("goodw")).unwrap()[0].snippet;
    assert!(s.contains("<b>goodwill</b>"), "{s}");

    let hits = hb.search(&q("کلین ")).unwrap();
    assert_eq!(hits.len(), 1, "presentation forms fold to letters");
    assert!(
        hits[0]
            .snippet
            .contains("<b>\u{FEDB}\u{FEE0}\u{FEF4}\u{FEE6}</b>"),
        "{}",
        hits[0].snippet
    );
}

#[test]
fn phrases_and_the_word_being_typed() {
    let (_d, mut hb) = handbook(FILES);
    assert_eq!(
        ids(&mut hb, q("\"within 30 days\"")),
        [("refunds".to_string(), Lang::En)]
    );
    assert!(ids(&mut hb, q("\"30 within days\"")).is_empty());
    // Typing "thirt" finds "thirty".
    assert_eq!(
        ids(&mut hb, q("seconds thirt")),
        [("greeting".to_string(), Lang::En)]
    );
}

#[test]
fn only_the_newest_revision_unless_asked() {
    let (_d, mut hb) = handbook(FILES);
    let draft = policybook_core::Draft {
        title: None,
        body: "# Refunds and returns\n\nStore credit only, within 14 days.\n".into(),
        author: "Imran".into(),
        summary: "Store credit".into(),
        source_revision: None,
    };
    hb.revise("refunds", Lang::En, &draft).unwrap();
    assert!(
        ids(&mut hb, q("card ")).is_empty(),
        "the old text is no longer the newest"
    );
    assert_eq!(
        ids(&mut hb, q("credit ")),
        [("refunds".to_string(), Lang::En)]
    );
    let all = hb
        .search(&SearchQuery {
            all_revisions: true,
            ..q("card ")
        })
        .unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].revision, 1);
}

#[test]
fn filters_by_language_category_and_status() {
    let (_d, mut hb) = handbook(FILES);
    assert_eq!(
        ids(
            &mut hb,
            SearchQuery {
                lang: Some(Lang::Tl),
                ..q("customer ")
            }
        )
        .len(),
        2
    );
    let cat = SearchQuery {
        categories: vec!["payments".into()],
        ..q("customer ")
    };
    let mut found = ids(&mut hb, cat);
    found.sort();
    assert_eq!(
        found,
        [
            ("refunds".to_string(), Lang::En),
            ("refunds".to_string(), Lang::Tl)
        ]
    );
    assert!(ids(
        &mut hb,
        SearchQuery {
            status: Some(Status::Approved),
            ..q("customer ")
        }
    )
    .is_empty());
    assert!(!ids(
        &mut hb,
        SearchQuery {
            status: Some(Status::Draft),
            ..q("customer ")
        }
    )
    .is_empty());
}

#[test]
fn bad_queries_get_clear_answers() {
    let (_d, mut hb) = handbook(FILES);
    for text in ["", "   ", "?!…", "\"\"", "—"] {
        match hb.search(&q(text)) {
            Err(Error::Search(SearchError::EmptyQuery)) => {}
            other => panic!("{text:?}: {other:?}"),
        }
    }
    let huge = "গ্রাহক ".repeat(20_000);
    assert!(matches!(
        hb.search(&q(&huge)),
        Err(Error::Search(SearchError::TooLong(_)))
    ));
    // Unbalanced quotes search the rest as a phrase.
    assert_eq!(
        ids(&mut hb, q("\"within 30")),
        [("refunds".to_string(), Lang::En)]
    );
    // A script no policy uses: no hits, no error.
    assert!(ids(&mut hb, q("ありがとう")).is_empty());
    assert!(ids(&mut hb, q("Привет мир")).is_empty());
}

#[test]
fn changes_by_another_program_are_seen() {
    let (dir, mut a) = handbook(FILES);
    assert!(ids(&mut a, q("zebra ")).is_empty());
    // A second program (the CLI while the app is open) saves a revision.
    let clock = FixedClock::on(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let mut b = Handbook::open(&dir.path().join("h.db"), Box::new(clock)).unwrap();
    let draft = policybook_core::Draft {
        title: None,
        body: "# Refunds\n\nOnly zebra-striped receipts.\n".into(),
        author: "Imran".into(),
        summary: String::new(),
        source_revision: None,
    };
    b.revise("refunds", Lang::En, &draft).unwrap();
    drop(b);
    assert_eq!(
        ids(&mut a, q("zebra ")),
        [("refunds".to_string(), Lang::En)]
    );
}
