//! Snippets that cost little: the full analysis (UAX #29 words, NFKC, folding, stemming) runs on a
//! window of the text around a likely match, not on the whole text of every hit.
//!
//! A likely match is found by a plain substring search (ASCII case-blind, so byte offsets stay
//! those of the text) for what the query's words look like as typed, normalised and analysed.
//! tantivy's snippet generator then marks the real matches, whole words, in that window. When the
//! window holds no real match (the substring was part of another word) the next occurrence is
//! tried, and after a few, or when nothing is found literally (a spelling only the analysis
//! folds), the whole text is analysed as before: the result is never worse, only usually cheaper.

use super::analyzer;
use super::query::Analysed;
use std::collections::BTreeMap;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Searcher, Term};
use unicode_segmentation::UnicodeSegmentation;

/// Occurrences tried before the whole text is analysed.
const TRIES: usize = 4;
/// Bytes of context on each side of a likely match: more than the longest fragment.
const RADIUS: usize = 480;
/// Index terms a word being typed may stand for, at most, in the marking.
const MAX_PREFIX_TERMS: usize = 64;

/// The snippet generator of one language's body field: it marks the query's terms and, for the
/// word being typed, the words of the index that start with it (tantivy's own generator knows only
/// whole terms, so "recei" would mark nothing). Rarer terms count more when fragments are ranked.
pub fn generator(
    searcher: &Searcher,
    query: &dyn Query,
    parts: &[Analysed],
    field: Field,
    max_bytes: usize,
) -> tantivy::Result<SnippetGenerator> {
    let mut freqs: BTreeMap<String, u64> = BTreeMap::new();
    let mut terms: Vec<&Term> = Vec::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.push(term);
        }
    });
    for term in terms {
        if let Some(text) = term.value().as_str() {
            let df = searcher.doc_freq(term)?;
            if df > 0 {
                freqs.insert(text.to_string(), df);
            }
        }
    }
    for prefix in parts.iter().flat_map(|p| &p.prefixes) {
        let mut found = 0;
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()?;
            while found < MAX_PREFIX_TERMS && stream.advance() {
                let Ok(key) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if !key.starts_with(prefix.as_str()) {
                    break;
                }
                let df = u64::from(stream.value().doc_freq);
                let entry = freqs.entry(key.to_string()).or_insert(0);
                if *entry == 0 {
                    found += 1;
                }
                *entry += df;
            }
        }
    }
    let scored = freqs
        .into_iter()
        .map(|(t, df)| (t, 1.0 / (1.0 + df as f32)))
        .collect();
    let tokenizer = searcher.index().tokenizer_for_field(field)?;
    Ok(SnippetGenerator::new(scored, tokenizer, field, max_bytes))
}

/// Strings that may appear literally where a query's words match, for one language: the words as
/// typed and normalised, and the terms the language's analysis made of them (ASCII lower-cased),
/// longest first.
pub fn needles(parts: &[Analysed]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for Analysed { part, terms, .. } in parts {
        let typed = part
            .text
            .unicode_words()
            .flat_map(|word| [word.to_string(), analyzer::normalize(word)]);
        for c in typed.chain(terms.iter().cloned()) {
            let c = c.to_ascii_lowercase();
            // English stems may end in "i" where the text has "y" (polici ← policy).
            let c = match c.strip_suffix('i') {
                Some(s) if c.is_ascii() && s.len() >= 3 => s.to_string(),
                _ => c,
            };
            if !c.is_empty() && !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out.sort_by_key(|n| std::cmp::Reverse(n.len()));
    out
}

/// The snippet of `body`, as HTML with the matches in `<b>…</b>`, or None when nothing in it
/// matches (the hit matched in its title only).
pub fn snippet(generator: &SnippetGenerator, needles: &[String], body: &str) -> Option<String> {
    let lowered = body.to_ascii_lowercase();
    let mut from = 0;
    for _ in 0..TRIES {
        let Some((at, len)) = first_of(&lowered, needles, from) else {
            break;
        };
        let window = window(body, at, at + len, RADIUS);
        let s = generator.snippet(window);
        if !s.fragment().is_empty() {
            return Some(s.to_html());
        }
        from = at + len;
    }
    let s = generator.snippet(body);
    (!s.fragment().is_empty()).then(|| s.to_html())
}

/// The earliest occurrence at or after `from` of any needle: (byte offset, byte length).
fn first_of(haystack: &str, needles: &[String], from: usize) -> Option<(usize, usize)> {
    let rest = haystack.get(from..)?;
    needles
        .iter()
        .filter_map(|n| rest.find(n.as_str()).map(|i| (from + i, n.len())))
        .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)))
}

/// The part of `text` from about `radius` bytes before `start` to `radius` after `end`, cut at
/// white space where there is some near the edges, always at character boundaries.
fn window(text: &str, start: usize, end: usize, radius: usize) -> &str {
    let mut a = start.saturating_sub(radius);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    if a > 0 {
        // Start after a space, so that no word is cut in two.
        if let Some(i) = text[a..start].find(char::is_whitespace) {
            a += i;
        }
    }
    let mut b = (end + radius).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    if b < text.len() {
        if let Some(i) = text[end..b].rfind(char::is_whitespace) {
            b = end + i;
        }
    }
    &text[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::search::parse_query;
    use crate::search::query::analyse;

    #[test]
    fn needles_cover_typed_normalised_and_analysed_forms() {
        let needles = |q: &str, lang| needles(&analyse(&parse_query(q), lang));
        let n = needles("Policies", Lang::En);
        assert!(n.contains(&"policies".to_string()), "{n:?}");
        assert!(n.contains(&"polic".to_string()), "{n:?}");
        // Arabic yeh typed for an Urdu word: the folded spelling is searched as well.
        let n = needles("واپسي", Lang::Ur);
        assert!(n.contains(&"واپسی".to_string()), "{n:?}");
        // Longest first, so that the longer of two overlapping needles wins at one offset.
        assert!(n.windows(2).all(|w| w[0].len() >= w[1].len()), "{n:?}");
    }

    #[test]
    fn windows_stay_on_character_and_word_boundaries() {
        let text = "গ্রাহকের অভিযোগ এক দিনের মধ্যে নথিভুক্ত করুন এবং গ্রাহককে জানান";
        let at = text.find("নথিভুক্ত").unwrap();
        for radius in 0..40 {
            let w = window(text, at, at + "নথিভুক্ত".len(), radius);
            assert!(w.contains("নথিভুক্ত"), "{radius}: {w}");
            assert!(text.contains(w));
            let start = text.find(w).unwrap();
            assert!(
                start == 0
                    || text[..start].ends_with(char::is_whitespace)
                    || w.starts_with(char::is_whitespace),
                "{radius}: cut inside a word: {w}"
            );
        }
        assert_eq!(window("abc", 0, 3, 100), "abc");
    }

    #[test]
    fn first_of_prefers_the_earliest_then_the_longest() {
        let needles = vec![
            "refunds".to_string(),
            "refund".to_string(),
            "days".to_string(),
        ];
        assert_eq!(first_of("we refund in 30 days", &needles, 0), Some((3, 6)));
        assert_eq!(first_of("refunds take days", &needles, 0), Some((0, 7)));
        assert_eq!(first_of("refunds take days", &needles, 1), Some((13, 4)));
        assert_eq!(first_of("nothing", &needles, 0), None);
        assert_eq!(first_of("short", &needles, 99), None);
    }
}
