//! What the user typed, turned into a tantivy query per language.

use super::analyzer;
use crate::lang::Lang;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

/// How much more a match in the title counts than one in the body.
const TITLE_BOOST: f32 = 4.0;
/// The fewest characters a word being typed needs before it matches as a prefix.
const MIN_PREFIX_CHARS: usize = 2;
/// Words beyond this many are ignored (a pasted page is not a search).
const MAX_PARTS: usize = 32;

/// One part of a query: a word or a quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPart {
    /// The text as typed.
    pub text: String,
    /// A quoted phrase: its words must stand together, in order.
    pub phrase: bool,
    /// The word being typed (the last, unquoted, with no space after it): it also matches as a prefix.
    pub prefix: bool,
}

/// Splits a query into words and "quoted phrases". An unclosed quote runs to the end.
pub fn parse_query(text: &str) -> Vec<QueryPart> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        if let Some(after) = rest.strip_prefix(['"', '“', '”', '«', '»']) {
            let end = after.find(['"', '“', '”', '«', '»']).unwrap_or(after.len());
            let phrase = &after[..end];
            if !phrase.trim().is_empty() {
                parts.push(QueryPart {
                    text: phrase.to_string(),
                    phrase: true,
                    prefix: false,
                });
            }
            rest = after
                .get(end..)
                .map(|r| {
                    r.get(r.chars().next().map_or(0, char::len_utf8)..)
                        .unwrap_or("")
                })
                .unwrap_or("");
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            parts.push(QueryPart {
                text: rest[..end].to_string(),
                phrase: false,
                prefix: false,
            });
            rest = &rest[end..];
        }
    }
    parts.truncate(MAX_PARTS);
    let typing = !text.ends_with(char::is_whitespace);
    if let Some(last) = parts.last_mut() {
        last.prefix = typing && !last.phrase;
    }
    parts
}

fn term_query(field: Field, t: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, t),
        IndexRecordOption::WithFreqs,
    ))
}

/// The query for one part in one field: a term, or a phrase of the part's terms.
fn field_query(field: Field, terms: &[String]) -> Box<dyn Query> {
    if terms.len() == 1 {
        term_query(field, &terms[0])
    } else {
        Box::new(PhraseQuery::new(
            terms
                .iter()
                .map(|t| Term::from_field_text(field, t))
                .collect(),
        ))
    }
}

/// A part of the query as one language analyses it. Made once per search and language, and shared
/// by the query, the snippet generator and the search for a likely match in a snippet.
#[derive(Debug)]
pub struct Analysed<'a> {
    pub part: &'a QueryPart,
    /// The part's index terms (none for a part that is only punctuation in this language).
    pub terms: Vec<String>,
    /// What the word being typed matches as a prefix, as the index holds terms: its analysed
    /// term and its plain normalised form (a stemmer may have cut it). Empty for other parts.
    pub prefixes: Vec<String>,
}

/// The parts as `lang` analyses them.
pub fn analyse(parts: &[QueryPart], lang: Lang) -> Vec<Analysed<'_>> {
    parts
        .iter()
        .map(|part| {
            let terms = analyzer::terms(lang, &part.text);
            let prefixes = prefixes(part, &terms);
            Analysed {
                part,
                terms,
                prefixes,
            }
        })
        .collect()
}

fn prefixes(part: &QueryPart, terms: &[String]) -> Vec<String> {
    if !part.prefix || terms.len() != 1 {
        return Vec::new();
    }
    let plain = analyzer::normalize(&part.text);
    let mut stems = vec![terms[0].clone()];
    if plain != terms[0] {
        stems.push(plain);
    }
    stems.retain(|s| s.chars().count() >= MIN_PREFIX_CHARS);
    stems
}

/// The query over one language's title and body for its analysed parts, or None when no part
/// has a word in that language's analysis (only punctuation, say). Every part must match.
pub fn for_language(parts: &[Analysed], title: Field, body: Field) -> Option<Box<dyn Query>> {
    let mut musts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for Analysed {
        terms, prefixes, ..
    } in parts
    {
        if terms.is_empty() {
            continue;
        }
        let mut shoulds: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for field in [title, body] {
            let q = field_query(field, terms);
            let q: Box<dyn Query> = if field == title {
                Box::new(BoostQuery::new(q, TITLE_BOOST))
            } else {
                q
            };
            shoulds.push((Occur::Should, q));
        }
        for stem in prefixes {
            for field in [title, body] {
                let q = Box::new(FuzzyTermQuery::new_prefix(
                    Term::from_field_text(field, stem),
                    0,
                    true,
                ));
                let boost = if field == title {
                    TITLE_BOOST * 0.5
                } else {
                    0.5
                };
                shoulds.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
            }
        }
        musts.push((Occur::Must, Box::new(BooleanQuery::new(shoulds))));
    }
    if musts.is_empty() {
        None
    } else {
        Some(Box::new(BooleanQuery::new(musts)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(q: &str) -> Vec<(String, bool, bool)> {
        parse_query(q)
            .into_iter()
            .map(|p| (p.text, p.phrase, p.prefix))
            .collect()
    }

    #[test]
    fn words_phrases_and_the_word_being_typed() {
        assert_eq!(
            texts("refund \"within 30 days\" recei"),
            [
                ("refund".into(), false, false),
                ("within 30 days".into(), true, false),
                ("recei".into(), false, true)
            ]
        );
        assert_eq!(texts("refund "), [("refund".into(), false, false)]);
    }

    #[test]
    fn unbalanced_quotes_and_empty_input() {
        assert_eq!(
            texts("\"open phrase"),
            [("open phrase".into(), true, false)]
        );
        assert_eq!(texts("\"\""), Vec::<(String, bool, bool)>::new());
        assert_eq!(texts("   "), Vec::<(String, bool, bool)>::new());
        assert_eq!(
            texts("a\"b"),
            [("a".into(), false, false), ("b".into(), true, false)]
        );
    }

    #[test]
    fn a_huge_query_is_cut_to_a_bounded_number_of_parts() {
        let q = "word ".repeat(20_000);
        assert_eq!(parse_query(&q).len(), MAX_PARTS);
    }
}
