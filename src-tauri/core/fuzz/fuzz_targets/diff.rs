//! Two texts (split at the first record separator U+001E, else in the middle) → the word diff.
//! Its pieces must rebuild both texts exactly, its segments must cover both texts in order and at
//! character boundaries, and applying the changes to the old text must give the new one.

#![no_main]

use libfuzzer_sys::fuzz_target;
use policybook_core::diff::{apply, changes, segments, unified, Options, Tag};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (old, new) = match text.split_once('\u{1e}') {
        Some(pair) => pair,
        None => {
            let mut mid = text.len() / 2;
            while !text.is_char_boundary(mid) {
                mid -= 1;
            }
            text.split_at(mid)
        }
    };
    let opts = Options::default();

    let cs = changes(old, new, &opts);
    let mut rebuilt_old = String::new();
    let mut rebuilt_new = String::new();
    for c in &cs {
        assert!(!c.text.is_empty(), "no empty piece");
        match c.tag {
            Tag::Equal => {
                rebuilt_old.push_str(&c.text);
                rebuilt_new.push_str(&c.text);
            }
            Tag::Delete => rebuilt_old.push_str(&c.text),
            Tag::Insert => rebuilt_new.push_str(&c.text),
        }
    }
    assert_eq!(rebuilt_old, old, "equal + delete rebuild the old text");
    assert_eq!(rebuilt_new, new, "equal + insert rebuild the new text");
    assert_eq!(
        apply(old, &cs).as_deref(),
        Ok(new),
        "apply gives the new text"
    );
    if old == new && !old.is_empty() {
        assert!(
            cs.len() == 1 && cs[0].tag == Tag::Equal,
            "identical texts are one piece"
        );
    }

    let segs = segments(old, new, &opts);
    let (mut o, mut n) = (0, 0);
    for s in &segs {
        assert_eq!(
            (s.old.start, s.new.start),
            (o, n),
            "segments are contiguous"
        );
        assert!(old.is_char_boundary(s.old.end) && new.is_char_boundary(s.new.end));
        match s.tag {
            Tag::Equal => assert_eq!(old[s.old.clone()], new[s.new.clone()]),
            Tag::Delete => assert!(s.new.is_empty()),
            Tag::Insert => assert!(s.old.is_empty()),
        }
        (o, n) = (s.old.end, s.new.end);
    }
    assert_eq!((o, n), (old.len(), new.len()), "segments cover both texts");

    let _ = unified(old, new, "old", "new", 3);
});
