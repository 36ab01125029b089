//! Text analysis for the search index: one tantivy analyzer per handbook language.
//!
//! Every analyzer does the same three things, and English adds a fourth:
//!
//! 1. **Words** are found by Unicode word boundaries (UAX #29, `unicode_word_indices`), so a
//!    grapheme cluster is never split: Bengali words with a virama (গ্রাহক, ক্ষমা, প্রত্যাবর্তন) or a
//!    nukta (য় ড় ঢ়) stay whole, where tantivy's default tokenizer cuts them at the virama and the
//!    nukta. Each token's `offset_from..offset_to` are byte offsets into the *original* text,
//!    so snippets highlight the original word; positions go up by one per word, so phrase
//!    queries work.
//! 2. **Normalisation** ([`normalize`]): NFKC, lower case, Urdu/Arabic letter folding, dropping
//!    of ZWJ/ZWNJ, tatweel and optional Arabic marks, digits of any script to ASCII.
//! 3. **Long words** of more than [`MAX_TERM_CHARS`] characters (counted in characters, not bytes:
//!    tantivy's `RemoveLongFilter` counts bytes and silently drops long Bengali words) are
//!    dropped. They still take a position, so phrases around them keep their gaps.
//! 4. **English** only: tantivy's English (Snowball) stemmer, so "refund", "refunds" and
//!    "refunded" are one term. Urdu has no stemmer (the Arabic one mangles Urdu: اہمیت → اہمی);
//!    Tagalog neither.
//!
//! # Bengali suffix stripping: measured, and switched on
//!
//! [`BENGALI_SUFFIX_STRIPPING`] turns on a light, dictionary-free stripper of Bengali plural and
//! case endings (-গুলো, -গুলি, -দের, -রা, -কে, -টি, -টা, -এর, -ের; -তে and bare genitive -র only after
//! a vowel sign), applied until nothing more comes off, and only while at least two grapheme
//! clusters remain and the stem does not end in a virama (so ছুটি, ধারা, থেকে, চারটি→চার never
//! shrink to one syllable and no conjunct is cut). Personal pronouns (আমরা, তাদের …) are left
//! alone.
//!
//! It was measured on 42 Bengali query/sentence pairs written for a policy handbook (the test
//! `bengali_suffix_stripping_measurement` recomputes these figures and fails if they change).
//! A query matches a sentence when every query term is among the sentence's terms. 30 pairs
//! are relevant: the sentence speaks of the query's subject, mostly in an inflected form
//! (গ্রাহক / গ্রাহকদের, ছুটি / ছুটির, কমিটি / কমিটির, পদ্ধতি / পদ্ধতিতে …), so the exact-word baseline
//! is low by construction. 12 are unrelated look-alikes chosen to probe the stripper's guards
//! (কর "tax" / করতে "to do", চা "tea" / চারটি "four", আম "mango" / আমরা "we", বার / সোমবার …).
//!
//! | | relevant pairs matched (recall) | unrelated pairs matched (false matches) |
//! |---|---|---|
//! | exact normalised words | 2 of 30 (7 %)   | 0 of 12 |
//! | with suffix stripping  | 28 of 30 (93 %) | 1 of 12 |
//!
//! The two misses: ব্যাংক vs ব্যাংকে (the locative -এ after a stem ending in ক looks like -কে) and
//! অনুচ্ছেদ vs অনুচ্ছেদের (-দের is taken for the plural ending). The one false match: the query
//! দেখা ("meeting", "seen") matches দেখাতে ("to show"). A word typed in the same form as the
//! text always still matches (both sides are stripped alike), so stripping loses no exact
//! match; it buys a large gain in recall for one rare homograph, and is enabled. Stems are
//! index keys, not words (সরকার → সরকা, দিনাজপুর → দিনাজপু); display always uses the original
//! text through the token offsets.
//!
//! Prefix search of the word being typed uses [`normalize`], which stops before stemming and
//! suffix stripping; a search layer should also try the word's full [`terms`].

use crate::lang::Lang;
use tantivy::tokenizer::{
    Language, Stemmer, TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager,
};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::{UnicodeSegmentation, UnicodeWordIndices};

/// Whether Bengali plural and case endings are stripped from Bengali terms (see the module
/// documentation for the measurement behind this choice).
pub const BENGALI_SUFFIX_STRIPPING: bool = true;

/// Words with more normalised characters than this are not indexed.
pub const MAX_TERM_CHARS: usize = 100;

/// Name under which the analyzer of `lang` is registered: "pb_en", "pb_bn", "pb_tl", "pb_ur".
pub fn tokenizer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "pb_en",
        Lang::Bn => "pb_bn",
        Lang::Tl => "pb_tl",
        Lang::Ur => "pb_ur",
    }
}

/// Registers the four analyzers on an index's TokenizerManager.
///
/// Call it on `index.tokenizers()` before indexing or searching a field that names one of
/// the [`tokenizer_name`]s.
pub fn register(manager: &TokenizerManager) {
    for lang in Lang::ALL {
        manager.register(tokenizer_name(lang), analyzer(lang));
    }
}

/// The analyzer for a language (what is registered).
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    let words = WordTokenizer {
        strip_bengali: lang == Lang::Bn && BENGALI_SUFFIX_STRIPPING,
    };
    match lang {
        Lang::En => TextAnalyzer::builder(words)
            .filter(Stemmer::new(Language::English))
            .build(),
        Lang::Bn | Lang::Tl | Lang::Ur => TextAnalyzer::from(words),
    }
}

/// Normalises one word the way the index does BEFORE stemming (used for prefix search of the
/// word being typed): NFKC, case folding, Urdu/Arabic letter folding, dropping of ZWJ/ZWNJ,
/// tatweel and optional Arabic diacritics, digits of any script folded to ASCII.
///
/// In detail, in this order:
/// - NFKC (folds Arabic presentation forms U+FB50–U+FEFF to letters, full-width Latin to ASCII,
///   and decomposes Bengali য় U+09DF, ড় U+09DC, ঢ় U+09DD to letter + nukta U+09BC, so the one-
///   and two-code-point spellings agree), then lower case (and ß → ss, ς → σ), then NFKC again;
/// - dropped: ZWNJ U+200C, ZWJ U+200D, tatweel U+0640, Arabic marks U+064B–U+065F and U+0670;
/// - letters carrying a hamza or madda (which NFKC keeps composed: آ أ إ ؤ ئ ۀ ۂ ۓ) lose it as
///   the separate mark would be dropped: ۂ → ہ, ئ → ی, ؤ → و, آ أ إ → ا, ۓ → ے;
/// - Arabic ي U+064A and ى U+0649 → Urdu ی U+06CC; ك U+0643 → ک U+06A9; ه U+0647, ھ U+06BE,
///   ۃ U+06C3, ة U+0629 → ہ U+06C1 (ۀ U+06C0 → ہ as well);
/// - decimal digits of every script (Arabic-Indic, Extended Arabic-Indic, Bengali, Devanagari …)
///   → ASCII 0–9;
/// - curly apostrophes ‘ ’ → ' (so "don’t" and "don't" agree).
///
/// The result is itself in NFKC and `normalize(normalize(w)) == normalize(w)`.
pub fn normalize(word: &str) -> String {
    use unicode_normalization::{is_nfkc_quick, IsNormalized};
    // ASCII is its own NFKC form and folds to itself: only the case changes (the common case
    // in English and Tagalog, and the hot path of indexing and snippets).
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let nfkc = |s: &str| is_nfkc_quick(s.chars()) == IsNormalized::Yes;
    let lower = |c: char, out: &mut String| match c {
        'ß' | 'ẞ' => out.push_str("ss"),
        'ς' => out.push('σ'),
        c => out.extend(c.to_lowercase()),
    };
    let mut lowered = String::with_capacity(word.len());
    if nfkc(word) {
        word.chars().for_each(|c| lower(c, &mut lowered));
    } else {
        word.nfkc().for_each(|c| lower(c, &mut lowered));
    }
    let mut out = String::with_capacity(lowered.len());
    if nfkc(&lowered) {
        lowered.chars().for_each(|c| push_folded(c, &mut out));
    } else {
        lowered.nfkc().for_each(|c| push_folded(c, &mut out));
    }
    out
}

/// Analyzes a text into the terms the index holds for `lang` (normalised and, for English,
/// stemmed), in order.
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    let mut analyzer = analyzer(lang);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// Appends `c`, folded, to `out` (or nothing, for a character that is dropped).
fn push_folded(c: char, out: &mut String) {
    let folded = match c {
        // Joiners, tatweel and the optional Arabic marks (harakat, tanwin, shadda, sukun,
        // hamza and madda above/below, superscript alef).
        '\u{200C}' | '\u{200D}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => return,
        // Letters that NFKC keeps composed with a hamza or madda: the mark goes as above.
        '\u{0622}' | '\u{0623}' | '\u{0625}' => '\u{0627}', // آ أ إ → ا
        '\u{0624}' => '\u{0648}',                           // ؤ → و
        '\u{0626}' => '\u{06CC}',                           // ئ → ی
        '\u{06C0}' | '\u{06C2}' => '\u{06C1}',              // ۀ ۂ → ہ
        '\u{06D3}' => '\u{06D2}',                           // ۓ → ے
        // Arabic letters as typed on Arabic keyboards → the Urdu letters.
        '\u{064A}' | '\u{0649}' => '\u{06CC}', // ي ى → ی
        '\u{0643}' => '\u{06A9}',              // ك → ک
        '\u{0647}' | '\u{06BE}' | '\u{06C3}' | '\u{0629}' => '\u{06C1}', // ه ھ ۃ ة → ہ
        '\u{2018}' | '\u{2019}' => '\'',
        c if !c.is_ascii() && c.is_numeric() => ascii_digit(c).unwrap_or(c),
        c => c,
    };
    out.push(folded);
}

/// The code points of the digit zero of every decimal-digit (Nd) range of Unicode 14 outside
/// ASCII that NFKC leaves alone; each range runs from zero to nine.
const DIGIT_ZEROS: [u32; 58] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1E140, 0x1E2F0, 0x1E950,
];

/// The ASCII digit of a decimal digit of another script.
fn ascii_digit(c: char) -> Option<char> {
    let cp = u32::from(c);
    let i = DIGIT_ZEROS
        .partition_point(|&zero| zero <= cp)
        .checked_sub(1)?;
    let value = cp - DIGIT_ZEROS[i];
    (value < 10).then(|| char::from(b'0' + value as u8))
}

/// Splits text into UAX #29 words and emits their normalised (for Bengali, optionally
/// suffix-stripped) forms.
#[derive(Clone, Copy, Debug)]
struct WordTokenizer {
    strip_bengali: bool,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        WordTokenStream {
            words: text.unicode_word_indices(),
            strip_bengali: self.strip_bengali,
            next_position: 0,
            token: Token::default(),
        }
    }
}

struct WordTokenStream<'a> {
    words: UnicodeWordIndices<'a>,
    strip_bengali: bool,
    next_position: usize,
    token: Token,
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        for (offset, word) in self.words.by_ref() {
            let mut term = normalize(word);
            if term.is_empty() {
                // Only tatweel or marks: not a word.
                continue;
            }
            let position = self.next_position;
            self.next_position += 1;
            if term.chars().count() > MAX_TERM_CHARS {
                continue;
            }
            if self.strip_bengali {
                term = strip_bengali_suffixes(term);
            }
            self.token.offset_from = offset;
            self.token.offset_to = offset + word.len();
            self.token.position = position;
            self.token.position_length = 1;
            self.token.text = term;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Bengali endings, longest first; `true` when the ending may only follow a vowel sign.
const BENGALI_SUFFIXES: [(&str, bool); 11] = [
    ("গুলো", false),
    ("গুলি", false),
    ("দের", false),
    ("রা", false),
    ("কে", false),
    ("তে", true),
    ("টি", false),
    ("টা", false),
    ("এর", false),
    ("ের", false),
    ("র", true),
];

/// Personal pronouns, which are left as they are.
const BENGALI_PRONOUNS: [&str; 16] = [
    "আমরা",
    "তোমরা",
    "তারা",
    "যারা",
    "এরা",
    "ওরা",
    "আপনারা",
    "তাহারা",
    "আমাদের",
    "তোমাদের",
    "তাদের",
    "যাদের",
    "এদের",
    "ওদের",
    "আপনাদের",
    "তাহাদের",
];

/// Whether `c` is a Bengali dependent vowel sign (া ি ী ু ূ ৃ ৄ ে ৈ ো ৌ ৗ ৢ ৣ).
fn is_bengali_vowel_sign(c: char) -> bool {
    matches!(
        c,
        '\u{09BE}'..='\u{09CC}' | '\u{09D7}' | '\u{09E2}' | '\u{09E3}'
    )
}

/// Strips Bengali plural and case endings from a normalised word until none is left, keeping
/// at least two grapheme clusters and never leaving a trailing virama.
fn strip_bengali_suffixes(mut term: String) -> String {
    if BENGALI_PRONOUNS.contains(&term.as_str()) {
        return term;
    }
    'strip: loop {
        for (suffix, after_vowel_sign) in BENGALI_SUFFIXES {
            let Some(stem) = term.strip_suffix(suffix) else {
                continue;
            };
            let Some(last) = stem.chars().next_back() else {
                continue;
            };
            if last == '\u{09CD}' || (after_vowel_sign && !is_bengali_vowel_sign(last)) {
                continue;
            }
            if stem.graphemes(true).nth(1).is_none() {
                continue;
            }
            let stem_len = stem.len();
            term.truncate(stem_len);
            continue 'strip;
        }
        return term;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use tantivy::collector::TopDocs;
    use tantivy::query::{QueryParser, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value};
    use tantivy::snippet::SnippetGenerator;
    use tantivy::{doc, Index, TantivyDocument, Term};

    /// The tokens of `text` as (term, original slice, position).
    fn tokens(lang: Lang, text: &str) -> Vec<(String, String, usize)> {
        let mut analyzer = analyzer(lang);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((
                t.text.clone(),
                text[t.offset_from..t.offset_to].to_string(),
                t.position,
            ));
        }
        out
    }

    /// Terms of a Bengali text without the suffix stripper (exact normalised words).
    fn exact_bn(text: &str) -> Vec<String> {
        text.unicode_words()
            .map(normalize)
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn names_are_stable_and_registered() {
        let names: Vec<_> = Lang::ALL.iter().map(|&l| tokenizer_name(l)).collect();
        assert_eq!(names, ["pb_en", "pb_bn", "pb_tl", "pb_ur"]);
        let manager = TokenizerManager::new();
        register(&manager);
        for lang in Lang::ALL {
            let mut a = manager.get(tokenizer_name(lang)).expect("registered");
            let mut s = a.token_stream("Refund");
            assert_eq!(s.next().map(|t| t.text.clone()), Some("refund".to_string()));
        }
    }

    #[test]
    fn bengali_virama_and_nukta_words_stay_whole() {
        let t = terms(Lang::Bn, "গ্রাহকের অভিযোগ");
        // গ্রাহকের is the genitive of গ্রাহক (customer); whole, never গ + রাহক.
        assert_eq!(t, ["গ্রাহক", "অভিযোগ"]);
        assert!(exact_bn("গ্রাহকের অভিযোগ").contains(&"গ্রাহকের".to_string()));
        let t = terms(Lang::Bn, "ক্ষমা চাওয়া, পণ্য প্রত্যাবর্তন ও রাষ্ট্রপতির আড়াই দিনের ছুটি।");
        for whole in [
            "ক্ষমা",
            "চাওয়া",
            "পণ্য",
            "প্রত্যাবর্তন",
            "রাষ্ট্রপতি",
            "আড়াই",
            "দিন",
            "ছুটি",
        ] {
            assert!(t.contains(&normalize(whole)), "{whole} missing from {t:?}");
        }
        assert!(!t
            .iter()
            .any(|w| w == "গ" || w == "রাহক" || w.starts_with('\u{09CD}')));
        // The danda is punctuation, not a word.
        assert!(!t.iter().any(|w| w.contains('।')));
    }

    #[test]
    fn precomposed_and_decomposed_nukta_letters_agree() {
        // সময় (time) with U+09DF য় and with U+09AF U+09BC.
        let one = "সম\u{09DF}সীমা";
        let two = "সম\u{09AF}\u{09BC}সীমা";
        assert_ne!(one, two);
        assert_eq!(normalize(one), normalize(two));
        assert_eq!(terms(Lang::Bn, one), terms(Lang::Bn, two));
        // ড় U+09DC and ঢ় U+09DD likewise.
        assert_eq!(normalize("ছা\u{09DC}"), normalize("ছা\u{09A1}\u{09BC}"));
        assert_eq!(normalize("আষা\u{09DD}"), normalize("আষা\u{09A2}\u{09BC}"));
    }

    #[test]
    fn zero_width_joiners_do_not_matter() {
        // র‍্যাব written with ZWJ (র + ZWJ + ্ + য) and without.
        assert_eq!(normalize("র\u{200D}\u{09CD}যাব"), normalize("র\u{09CD}যাব"));
        assert_eq!(terms(Lang::Bn, "র\u{200D}\u{09CD}যাব"), ["র\u{09CD}যাব"]);
        assert_eq!(normalize("রাষ্ট্রপতি\u{200C}র"), "রাষ্ট্রপতির");
    }

    #[test]
    fn urdu_typed_with_arabic_letters_gives_the_urdu_terms() {
        // "The customer's complaint will be resolved within seven days under this policy."
        let urdu = "اس پالیسی کے تحت کسٹمر کی شکایت سات دن کے اندر حل کی جائے گی۔";
        // The same typed on an Arabic keyboard: ي for ی, ك for ک, ه for ہ.
        let arabic = "اس پاليسي كے تحت كسٹمر كي شكايت سات دن كے اندر حل كي جائے گي۔";
        assert_ne!(urdu, arabic);
        assert_eq!(terms(Lang::Ur, urdu), terms(Lang::Ur, arabic));
        assert_eq!(normalize("پاليسي"), "پالیسی");
        assert_eq!(normalize("كسٹمر"), "کسٹمر");
        assert_eq!(terms(Lang::Ur, "يه پاليسي"), terms(Lang::Ur, "یہ پالیسی"));
        assert_eq!(normalize("تصديق"), normalize("تصدیق"));
        // ى, ة, ۃ and ھ fold as well.
        assert_eq!(normalize("مصطفى"), "مصطفی");
        assert_eq!(normalize("زکوة"), normalize("زکوۃ"));
        assert_eq!(normalize("زکوۃ"), "زکوہ");
        assert_eq!(normalize("بھی"), normalize("بهی"));
        // Arabic-Indic and Extended Arabic-Indic digits.
        assert_eq!(terms(Lang::Ur, "٣٠ دن"), terms(Lang::Ur, "۳۰ دن"));
        assert_eq!(terms(Lang::Ur, "۳۰ دن"), ["30", "دن"]);
    }

    #[test]
    fn heh_goal_with_hamza_ends_as_heh_goal() {
        // خلاصۂ پالیسی (summary of the policy): izafat ۂ U+06C2, or ہ + hamza U+0654 (which NFKC
        // composes into U+06C2), or Arabic ه, all give خلاصہ.
        assert_eq!(normalize("خلاصۂ"), "خلاصہ");
        assert_eq!(normalize("خلاص\u{06C1}\u{0654}"), "خلاصہ");
        assert_eq!(normalize("خلاصه"), "خلاصہ");
        assert_eq!(normalize("خلاص\u{06C0}"), "خلاصہ");
        assert!(!normalize("خلاصۂ").contains('\u{0654}'));
        // Hamza on yeh, as in گئی / لئے, folds like a dropped mark: لئے = لیے.
        assert_eq!(normalize("لئے"), normalize("لیے"));
        assert_eq!(normalize("\u{064A}\u{0654}"), "\u{06CC}");
    }

    #[test]
    fn arabic_presentation_forms_fold() {
        // پالیسی in presentation forms, as copied from a PDF: ﭘ ﺎ ﻟ ﯿ ﺴ ﯽ.
        let pdf = "\u{FB58}\u{FE8E}\u{FEDF}\u{FBFE}\u{FEB4}\u{FBFD}";
        assert_eq!(normalize(pdf), "پالیسی");
        // سات (seven) and the lam-alef ligature ﻻ.
        assert_eq!(normalize("\u{FEB3}\u{FE8E}\u{FE95}"), "سات");
        assert_eq!(normalize("\u{FEFB}"), "لا");
        // Arabic-shaped yeh (ﻴ) and kaf (ﻛ) reach the Urdu letters.
        assert_eq!(normalize("\u{FEDB}\u{FEB4}\u{FEF4}"), normalize("کسی"));
        let text = format!("یہ {pdf} ہے");
        assert_eq!(terms(Lang::Ur, &text), ["یہ", "پالیسی", "ہے"]);
    }

    #[test]
    fn urdu_diacritics_and_tatweel_do_not_matter() {
        assert_eq!(normalize("پالِیسی"), "پالیسی");
        assert_eq!(normalize("شِکایَت"), normalize("شکایت"));
        assert_eq!(normalize("پالـــیسی"), "پالیسی");
        assert_eq!(normalize("اِنْتِظامِیَّہ"), normalize("انتظامیہ"));
        assert_eq!(normalize("رحمٰن"), "رحمن");
        assert_eq!(
            terms(Lang::Ur, "رقم کی واپسی کی پالِیسی"),
            terms(Lang::Ur, "رقم کی واپسـی کی پالیسی")
        );
        // A "word" of tatweel only is no term and takes no position.
        assert_eq!(terms(Lang::Ur, "ـــ"), Vec::<String>::new());
    }

    #[test]
    fn english_is_stemmed() {
        let t = terms(Lang::En, "Refunds are refunded under the refund policy.");
        assert_eq!(
            t,
            ["refund", "are", "refund", "under", "the", "refund", "polici"]
        );
        assert_eq!(terms(Lang::En, "Policies"), terms(Lang::En, "policy"));
        assert_eq!(terms(Lang::En, "customer’s"), terms(Lang::En, "customer's"));
        // Full-width letters fold to ASCII first.
        assert_eq!(terms(Lang::En, "ＲＥＦＵＮＤＳ"), ["refund"]);
        // normalize stops before stemming.
        assert_eq!(normalize("Refunded"), "refunded");
    }

    #[test]
    fn tagalog_is_lower_cased_not_stemmed() {
        // "The Policy on Returning Products"
        let t = terms(Lang::Tl, "Ang Patakaran sa Pagbabalik ng mga Produkto");
        assert_eq!(
            t,
            [
                "ang",
                "patakaran",
                "sa",
                "pagbabalik",
                "ng",
                "mga",
                "produkto"
            ]
        );
        assert_eq!(
            terms(Lang::Tl, "MGA KARAPATAN NG MANGGAGAWA"),
            ["mga", "karapatan", "ng", "manggagawa"]
        );
        assert_eq!(terms(Lang::Tl, "Niño"), ["niño"]);
    }

    #[test]
    fn offsets_point_at_the_original_words() {
        let text = "গ্রাহকের অভিযোগ সম\u{09DF}মতো নিষ্পত্তি করা হবে।";
        let toks = tokens(Lang::Bn, text);
        let originals: Vec<&str> = toks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            originals,
            ["গ্রাহকের", "অভিযোগ", "সম\u{09DF}মতো", "নিষ্পত্তি", "করা", "হবে"]
        );
        let positions: Vec<usize> = toks.iter().map(|t| t.2).collect();
        assert_eq!(positions, [0, 1, 2, 3, 4, 5]);
        // The term is the normalised word, the slice the original with U+09DF.
        assert_eq!(toks[2].0, "সম\u{09AF}\u{09BC}মতো");

        let pdf = "یہ \u{FB58}\u{FE8E}\u{FEDF}\u{FBFE}\u{FEB4}\u{FBFD} ہے";
        let toks = tokens(Lang::Ur, pdf);
        assert_eq!(toks[1].0, "پالیسی");
        assert_eq!(
            toks[1].1,
            "\u{FB58}\u{FE8E}\u{FEDF}\u{FBFE}\u{FEB4}\u{FBFD}"
        );

        let toks = tokens(Lang::En, "Late refunds, sorry.");
        assert_eq!(toks[1], ("refund".to_string(), "refunds".to_string(), 1));
    }

    #[test]
    fn long_words_are_dropped_by_characters_not_bytes() {
        let long = "a".repeat(200);
        assert_eq!(
            terms(Lang::En, &format!("short {long} word")),
            ["short", "word"]
        );
        // 60 Bengali letters (180 bytes), which RemoveLongFilter::limit(40) would drop.
        let bengali60 = "কখগঘ".repeat(15);
        assert_eq!(bengali60.chars().count(), 60);
        assert_eq!(terms(Lang::Bn, &bengali60), vec![bengali60]);
        let exactly100 = "কখগঘ".repeat(25);
        assert_eq!(terms(Lang::Bn, &exactly100), vec![exactly100.clone()]);
        assert_eq!(
            terms(Lang::Bn, &format!("{exactly100}ক")),
            Vec::<String>::new()
        );
        // The dropped word keeps its position, so phrases keep their gap.
        let toks = tokens(Lang::En, &format!("one {long} two"));
        assert_eq!(toks.iter().map(|t| t.2).collect::<Vec<_>>(), [0, 2]);
    }

    #[test]
    fn empty_and_punctuation_give_no_terms() {
        for lang in Lang::ALL {
            for text in ["", "   ", "— … ! ? ।", "«»", "،؛؟۔", "\u{200D}\u{200C}"] {
                assert!(terms(lang, text).is_empty(), "{lang}: {text:?}");
            }
        }
    }

    #[test]
    fn digits_fold_to_ascii() {
        assert_eq!(normalize("৩০"), "30");
        assert_eq!(normalize("٢٠٢٤"), "2024");
        assert_eq!(normalize("۲۰۲۴"), "2024");
        assert_eq!(normalize("२०२४"), "2024");
        assert_eq!(normalize("２０２４"), "2024");
        // ৩০ দিনের মধ্যে (within 30 days)
        assert_eq!(
            terms(Lang::Bn, "৩০ দিনের মধ্যে"),
            terms(Lang::Bn, "30 দিনের মধ্যে")
        );
        for &zero in &DIGIT_ZEROS {
            for i in 0..10 {
                let c = char::from_u32(zero + i).expect("a char");
                assert!(c.is_numeric(), "U+{:04X}", zero + i);
                assert_eq!(ascii_digit(c), Some(char::from(b'0' + i as u8)));
            }
        }
        assert_eq!(ascii_digit('½'), None);
    }

    #[test]
    fn normalisation_is_idempotent_and_nfkc() {
        let samples = [
            "গ্রাহকের অভিযোগ",
            "সম\u{09DF}সীমা",
            "র\u{200D}\u{09CD}যাব",
            "پاليسي كسٹمر",
            "خلاصۂ",
            "خلاص\u{06C1}\u{0654}",
            "آپ کی رائے",
            "مؤثر",
            "\u{FEFB}",
            "پالـــیسی",
            "ＲＥＦＵＮＤ",
            "Straße",
            "ΟΔΟΣ",
            "İstanbul",
            "۳۰",
            "Ⅻ",
            "ﷲ",
        ];
        for s in samples {
            let n = normalize(s);
            assert_eq!(normalize(&n), n, "{s}");
            assert!(unicode_normalization::is_nfkc(&n), "{s} → {n}");
        }
    }

    #[test]
    fn bengali_suffix_stripper() {
        let strip = |w: &str| strip_bengali_suffixes(normalize(w));
        assert_eq!(strip("গ্রাহকদের"), "গ্রাহক");
        assert_eq!(strip("কর্মীরা"), "কর্মী");
        assert_eq!(strip("নথিগুলোর"), "নথি");
        assert_eq!(strip("ছুটির"), "ছুটি");
        assert_eq!(strip("ছুটি"), "ছুটি");
        assert_eq!(strip("কমিটির"), strip("কমিটি"));
        assert_eq!(strip("সরকারের"), strip("সরকার"));
        assert_eq!(strip("চারটি"), "চার");
        assert_eq!(strip("ধারা"), "ধারা");
        assert_eq!(strip("থেকে"), "থেকে");
        assert_eq!(strip("করতে"), "করতে");
        assert_eq!(strip("পার্টি"), "পার্টি");
        assert_eq!(strip("আমরা"), "আমরা");
        assert_eq!(strip("সময়ের"), normalize("সময়"));
        assert_eq!(strip("এর"), "এর");
    }

    /// Query, sentence: the sentence speaks of the query's subject in some inflected form.
    const RELEVANT: [(&str, &str); 30] = [
        ("গ্রাহক", "গ্রাহকদের ব্যক্তিগত তথ্য গোপন রাখতে হবে।"),
        (
            "অভিযোগ",
            "প্রতিটি অভিযোগের লিখিত উত্তর সাত দিনের মধ্যে দিতে হবে।",
        ),
        ("কর্মী", "কর্মীরা বছরে বিশ দিন বার্ষিক ছুটি পাবেন।"),
        ("ছুটি", "অসুস্থতাজনিত ছুটির জন্য চিকিৎসকের সনদ জমা দিতে হবে।"),
        ("নীতি", "এই নীতির কোনো পরিবর্তন হলে সবাইকে জানানো হবে।"),
        ("ব্যবস্থাপক", "ছুটির আবেদন ব্যবস্থাপককে ইমেইলে পাঠাতে হবে।"),
        ("রসিদ", "অর্থ ফেরতের জন্য রসিদগুলো সংরক্ষণ করুন।"),
        ("নথি", "সব নথিগুলি তিন বছর সংরক্ষণ করতে হবে।"),
        ("অফিস", "অফিসের সময় সকাল নয়টা থেকে বিকেল পাঁচটা।"),
        ("পদ্ধতি", "নতুন পদ্ধতিতে অর্থ ফেরতের আবেদন অনলাইনে করা যাবে।"),
        ("ফেরত", "পণ্য ফেরতের সময়সীমা ত্রিশ দিন।"),
        ("চুক্তি", "চুক্তিটি দুই পক্ষের স্বাক্ষরের পর কার্যকর হবে।"),
        ("সরবরাহকারী", "সরবরাহকারীদের পাওনা মাসের শেষে পরিশোধ করা হবে।"),
        ("বিভাগ", "মানবসম্পদ বিভাগের অনুমোদন ছাড়া কোনো নিয়োগ হবে না।"),
        ("প্রশিক্ষণ", "নতুন কর্মীদের প্রশিক্ষণের খরচ প্রতিষ্ঠান বহন করবে।"),
        ("গ্রাহকদের", "প্রত্যেক গ্রাহক একটি রসিদ পাবেন।"),
        ("তথ্য", "তথ্যগুলো এনক্রিপ্ট করে রাখা হয়।"),
        ("সদস্য", "কমিটির সদস্যরা প্রতি মাসে একবার বৈঠক করবেন।"),
        ("কমিটি", "কমিটির সদস্যরা প্রতি মাসে একবার বৈঠক করবেন।"),
        ("ঠিকাদার", "ঠিকাদারকে কাজ শুরুর আগে বিমার কাগজ দেখাতে হবে।"),
        ("হিসাব", "হিসাবগুলি প্রতি ত্রৈমাসিকে নিরীক্ষা করা হবে।"),
        ("বেতন", "কর্মীদের বেতনের তথ্য গোপনীয়।"),
        ("সময়সীমা", "আবেদনের সময়সীমার মধ্যে সব কাগজ জমা দিন।"),
        ("ব্যাংক", "বেতন সরাসরি কর্মীর ব্যাংকে জমা হবে।"),
        ("ঝুঁকি", "প্রতিটি প্রকল্পের ঝুঁকিগুলো আগে থেকে চিহ্নিত করতে হবে।"),
        ("দুর্ঘটনা", "কর্মস্থলে দুর্ঘটনার বিবরণ চব্বিশ ঘণ্টার মধ্যে জানাতে হবে।"),
        ("সরকার", "সরকারের নির্দেশনা অনুযায়ী অফিস বন্ধ থাকবে।"),
        ("অনুচ্ছেদ", "এই নীতির তৃতীয় অনুচ্ছেদের বিধান সব শাখায় প্রযোজ্য।"),
        ("বার্ষিক ছুটি", "কর্মীরা বছরে বিশ দিন বার্ষিক ছুটি পাবেন।"),
        ("পণ্য প্রত্যাবর্তন", "পণ্য প্রত্যাবর্তন নীতি সব শাখায় প্রযোজ্য।"),
    ];

    /// Query, sentence: the sentence does not speak of the query, though it has look-alike words.
    const UNRELATED: [(&str, &str); 12] = [
        ("কর", "অভিযোগ সাত দিনের মধ্যে নিষ্পত্তি করতে হবে।"),
        ("কর", "কর্মীরা বছরে বিশ দিন বার্ষিক ছুটি পাবেন।"),
        ("চা", "চারটি শাখায় নতুন নিয়ম চালু হবে।"),
        ("আম", "আমরা গ্রাহকদের গোপনীয়তাকে সম্মান করি।"),
        ("তিন", "তিনি এই নীতির দায়িত্বে আছেন।"),
        ("বার", "সোমবার থেকে শুক্রবার অফিস খোলা থাকবে।"),
        ("গুলি", "সব নথিগুলি তিন বছর সংরক্ষণ করতে হবে।"),
        ("দেখা", "ঠিকাদারকে কাজ শুরুর আগে বিমার কাগজ দেখাতে হবে।"),
        ("বা", "বার্ষিক সভার তারিখ পরে জানানো হবে।"),
        ("সভা", "সভাপতির অনুমতি ছাড়া কেউ বক্তব্য দেবেন না।"),
        ("পদ", "মানবসম্পদের নিয়ম সবার জন্য প্রযোজ্য।"),
        ("দিন", "দিনাজপুর শাখায় নতুন ব্যবস্থাপক যোগ দিয়েছেন।"),
    ];

    /// How many pairs match: every query term is among the sentence's terms.
    fn count_matches(pairs: &[(&str, &str)], analyze: &dyn Fn(&str) -> Vec<String>) -> usize {
        pairs
            .iter()
            .filter(|(query, sentence)| {
                let have: HashSet<String> = analyze(sentence).into_iter().collect();
                let want = analyze(query);
                !want.is_empty() && want.iter().all(|t| have.contains(t))
            })
            .count()
    }

    #[test]
    fn bengali_suffix_stripping_measurement() {
        let stripped = |t: &str| {
            let mut a = TextAnalyzer::from(WordTokenizer {
                strip_bengali: true,
            });
            let mut s = a.token_stream(t);
            let mut out = Vec::new();
            while let Some(tok) = s.next() {
                out.push(tok.text.clone());
            }
            out
        };
        let exact = |t: &str| exact_bn(t);
        let figures = (
            count_matches(&RELEVANT, &exact),
            count_matches(&UNRELATED, &exact),
            count_matches(&RELEVANT, &stripped),
            count_matches(&UNRELATED, &stripped),
        );
        // The figures in the module documentation.
        assert_eq!(
            figures,
            (2, 0, 28, 1),
            "exact: recall, false; stripped: recall, false"
        );
        assert_eq!(BENGALI_SUFFIX_STRIPPING, figures.2 > figures.0);
    }

    fn bengali_index() -> (Index, tantivy::schema::Field) {
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(tokenizer_name(Lang::Bn))
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let body = schema.add_text_field(
            "body",
            TextOptions::default()
                .set_indexing_options(indexing)
                .set_stored(),
        );
        let index = Index::create_in_ram(schema.build());
        register(index.tokenizers());
        (index, body)
    }

    const BN_DOC: &str =
        "গ্রাহকদের অভিযোগ সাত দিনের মধ্যে নিষ্পত্তি করতে হবে। পণ্য প্রত্যাবর্তনের জন্য রসিদ লাগবে।";

    #[test]
    fn tantivy_round_trip_finds_and_highlights_bengali_words() -> tantivy::Result<()> {
        let (index, body) = bengali_index();
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        writer.add_document(doc!(body => BN_DOC))?;
        writer.add_document(doc!(body => "Refund policy in English."))?;
        writer.commit()?;
        let searcher = index.reader()?.searcher();

        // The normalised word, as typed in another form (singular, not plural).
        let term = terms(Lang::Bn, "গ্রাহক").remove(0);
        let query = TermQuery::new(
            Term::from_field_text(body, &term),
            IndexRecordOption::WithFreqs,
        );
        let hits = searcher.search(&query, &TopDocs::with_limit(10).order_by_score())?;
        assert_eq!(hits.len(), 1);
        let doc: TantivyDocument = searcher.doc(hits[0].1)?;
        assert_eq!(doc.get_first(body).and_then(|v| v.as_str()), Some(BN_DOC));

        // The snippet marks the whole original word.
        let mut snippets = SnippetGenerator::create(&searcher, &query, body)?;
        snippets.set_max_num_chars(1000);
        let html = snippets.snippet_from_doc(&doc).to_html();
        assert!(html.contains("<b>গ্রাহকদের</b>"), "{html}");

        // A phrase through the query parser (which uses the same analyzer).
        let parser = QueryParser::for_index(&index, vec![body]);
        let phrase = parser.parse_query("\"পণ্য প্রত্যাবর্তন\"").expect("parses");
        assert_eq!(
            searcher
                .search(&phrase, &TopDocs::with_limit(10).order_by_score())?
                .len(),
            1
        );
        let wrong_order = parser.parse_query("\"প্রত্যাবর্তন পণ্য\"").expect("parses");
        assert!(searcher
            .search(&wrong_order, &TopDocs::with_limit(10).order_by_score())?
            .is_empty());

        // A word with a nukta, stored with U+09DF, found when typed as U+09AF U+09BC.
        writer.add_document(doc!(body => "আবেদনের সম\u{09DF}সীমা ত্রিশ দিন।"))?;
        writer.commit()?;
        let searcher = index.reader()?.searcher();
        let q = parser.parse_query("সম\u{09AF}\u{09BC}সীমা").expect("parses");
        let hits = searcher.search(&q, &TopDocs::with_limit(10).order_by_score())?;
        assert_eq!(hits.len(), 1);
        let doc: TantivyDocument = searcher.doc(hits[0].1)?;
        let mut snippets = SnippetGenerator::create(&searcher, &*q, body)?;
        snippets.set_max_num_chars(1000);
        assert!(snippets
            .snippet_from_doc(&doc)
            .to_html()
            .contains("<b>সম\u{09DF}সীমা</b>"));
        Ok(())
    }
}
