//! Messages in the four languages, from the Fluent files in `locales/`, embedded in the binary.
//!
//! en-US is the source of truth; a message another locale lacks falls back to English. Plural
//! categories come from each locale's CLDR rules (Bengali `one` covers 0 and 1; Filipino `one` covers
//! whole numbers not ending in 4, 6 or 9), never from `n == 1` in code. Bengali numbers are written
//! with Bengali digits.

use crate::lang::Lang;
use chrono::{Datelike, NaiveDate};
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// What can go wrong with messages.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// A Fluent file does not parse.
    #[error("locale {locale}: {reason}")]
    Broken {
        /// The locale.
        locale: String,
        /// What is wrong.
        reason: String,
    },
}

impl I18nError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        "i18n.broken"
    }
}

/// The Fluent source of each locale, as translators edit it.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../locales/en-US/policybook.ftl"),
        Lang::Bn => include_str!("../../../locales/bn-BD/policybook.ftl"),
        Lang::Tl => include_str!("../../../locales/tl-PH/policybook.ftl"),
        Lang::Ur => include_str!("../../../locales/ur-PK/policybook.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Result<Bundle, I18nError> {
    make_bundle(lang, source(lang))
}

fn make_bundle(lang: Lang, text: &str) -> Result<Bundle, I18nError> {
    let broken = |reason: String| I18nError::Broken {
        locale: lang.locale().to_string(),
        reason,
    };
    let res = FluentResource::try_new(text.to_string()).map_err(|(_, errs)| {
        broken(format!(
            "{} syntax error(s), first: {:?}",
            errs.len(),
            errs.first()
        ))
    })?;
    // Plural rules know Tagalog as Filipino.
    let tag = if lang == Lang::Tl {
        "fil"
    } else {
        lang.locale()
    };
    let id: unic_langid::LanguageIdentifier = tag.parse().map_err(|e| broken(format!("{e}")))?;
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // The text is shown in one direction per paragraph already; isolation marks would only get in the
    // way of files, terminals and Word.
    b.set_use_isolating(false);
    if lang == Lang::Bn {
        b.set_formatter(Some(bengali_numbers));
    }
    b.add_resource(res)
        .map_err(|errs| broken(format!("{errs:?}")))?;
    Ok(b)
}

fn bengali_numbers(
    v: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(localize_digits(Lang::Bn, &n.as_string())),
        _ => None,
    }
}

/// Writes ASCII digits in the digits a language's readers expect: Bengali digits for Bengali;
/// the others keep Western digits (common and accepted in Urdu and Tagalog print).
pub fn localize_digits(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Bn => s
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x09E6 + d).unwrap_or(c),
                _ => c,
            })
            .collect(),
        _ => s.to_string(),
    }
}

/// The messages of one language.
pub struct Messages {
    lang: Lang,
    bundle: &'static Bundle,
    english: &'static Bundle,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

fn bundles() -> &'static [Bundle; 4] {
    static BUNDLES: OnceLock<[Bundle; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        // The files are embedded and checked by the tests: a broken one is a build defect.
        Lang::ALL.map(|l| bundle(l).unwrap_or_else(|e| panic!("{e}")))
    })
}

/// Checks that every locale's file parses (the tests call it; front ends may at start).
pub fn validate() -> Result<(), I18nError> {
    for l in Lang::ALL {
        bundle(l)?;
    }
    Ok(())
}

/// A message argument.
pub enum Arg<'a> {
    /// Text.
    Str(&'a str),
    /// A number (chooses plural forms).
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl Messages {
    /// The messages of `lang` (English where it lacks one).
    pub fn new(lang: Lang) -> Messages {
        let all = bundles();
        Messages {
            lang,
            bundle: &all[lang_index(lang)],
            english: &all[0],
        }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message exists in this language or in English.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.english.has_message(id)
    }

    /// A message with arguments; the id itself when no locale has it.
    pub fn get(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        for b in [self.bundle, self.english] {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b
                    .format_pattern(pattern, Some(&fa), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.get(id, &[])
    }

    /// A date written out in this language, e.g. "November 23, 2026" or "২৩ নভেম্বর ২০২৬".
    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.text(&format!("month-{}", d.month()));
        let day = localize_digits(self.lang, &d.day().to_string());
        let year = localize_digits(self.lang, &d.year().to_string());
        self.get(
            "date-long",
            &[
                ("month", Arg::Str(&month)),
                ("day", Arg::Str(&day)),
                ("year", Arg::Str(&year)),
            ],
        )
    }

    /// A language's name in this language.
    pub fn language_name(&self, l: Lang) -> String {
        self.text(&format!("lang-{}", l.code()))
    }

    /// A number in this language's digits.
    pub fn number(&self, n: i64) -> String {
        localize_digits(self.lang, &n.to_string())
    }

    /// The message for an error, by its stable code, in this language; the error's own English
    /// text when no message matches.
    pub fn error(&self, e: &crate::Error) -> String {
        let id = format!("error-{}", e.code().replace(['.', '_'], "-"));
        if !self.has(&id) {
            return e.to_string();
        }
        use crate::error::ErrArg;
        // Dates and words become text in this language; numbers stay numbers.
        enum Shown {
            Text(String),
            Num(i64),
        }
        let shown: Vec<(&str, Shown)> = e
            .args()
            .into_iter()
            .map(|(k, v)| {
                let v = match v {
                    ErrArg::Text(t) => Shown::Text(t),
                    ErrArg::Num(n) => Shown::Num(n),
                    ErrArg::Date(d) => Shown::Text(self.date(d)),
                    ErrArg::Word(w) => Shown::Text(self.text(w)),
                    ErrArg::Lang(l) => Shown::Text(self.language_name(l)),
                };
                (k, v)
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = shown
            .iter()
            .map(|(k, v)| match v {
                Shown::Num(n) => (*k, Arg::Num(*n)),
                Shown::Text(t) => (*k, Arg::Str(t)),
            })
            .collect();
        self.get(&id, &args)
    }
}

fn lang_index(l: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|x| *x == l)
        .expect("one of the four")
}

/// Each message of a locale's file with the variables it uses (for the consistency test).
pub fn inventory(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast;
    let mut out = BTreeMap::new();
    let Ok(res) = fluent_syntax::parser::parse(source(lang)) else {
        return out;
    };
    fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                walk_expr(expression, vars);
            }
        }
    }
    fn walk_inline(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, vars);
                }
            }
            _ => {}
        }
    }
    fn walk_expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, vars);
                for v in variants {
                    walk_pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => walk_inline(i, vars),
        }
    }
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_parses() {
        validate().unwrap();
    }

    #[test]
    fn locales_have_the_same_messages_and_variables_as_english() {
        let en = inventory(Lang::En);
        assert!(en.len() > 50);
        for l in [Lang::Bn, Lang::Tl, Lang::Ur] {
            let other = inventory(l);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", l.locale());
            assert!(
                extra.is_empty(),
                "{} has messages English lacks: {extra:?}",
                l.locale()
            );
            for (id, vars) in &en {
                assert_eq!(
                    &other[id],
                    vars,
                    "{} uses other variables in {id}",
                    l.locale()
                );
            }
        }
    }

    /// A message's text without its unfilled variables (which print as `{$name}`).
    fn without_variables(t: &str) -> String {
        let mut out = String::new();
        let mut rest = t;
        while let Some(i) = rest.find("{$") {
            out.push_str(&rest[..i]);
            rest = rest[i..].split_once('}').map(|(_, r)| r).unwrap_or("");
        }
        out + rest
    }

    #[test]
    fn no_english_left_in_bengali_and_urdu() {
        // Words of Latin letters that may stand in any language: the product and its command.
        let allowed = [
            "policybook",
            "Policybook",
            "import",
            "remote",
            "clone",
            "FOLDER",
            "UTF",
            "SQLite",
            // Picture formats.
            "PNG",
            "JPEG",
            // Microsoft Word, its file kinds and the --accept-changes option.
            "Word",
            "docx",
            "docm",
            "accept",
            "changes",
            // Keys and the identity and people commands, as typed.
            "OpenSSH",
            "AAAA",
            "identity",
            "NAME",
            "EMAIL",
            "name",
            "email",
            "role",
            "people",
            "admin",
            "manager",
            "editor",
            "staff",
            // The readers' command, as typed.
            "readers",
            "groups",
            "GROUP",
            // Forges, by their names.
            "GitLab",
            "GitHub",
            "Gitea",
        ];
        let en = Messages::new(Lang::En);
        for l in [Lang::Bn, Lang::Ur] {
            let m = Messages::new(l);
            for id in inventory(Lang::En).keys() {
                let ours = without_variables(&m.get(id, &[]));
                let theirs = without_variables(&en.get(id, &[]));
                let latin_words: Vec<&str> = ours
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
                    .filter(|w| !allowed.contains(w))
                    .collect();
                assert!(
                    latin_words.is_empty(),
                    "{}: {id} has English words {latin_words:?}: {ours}",
                    l.locale()
                );
                if theirs.chars().any(char::is_alphabetic) {
                    assert_ne!(ours, theirs, "{}: {id} is English", l.locale());
                }
            }
        }
    }

    #[test]
    fn error_messages_name_no_command_line_flag() {
        // The window shows the core's messages too: how to do it at the command line is the
        // command line's own hint (`cli-hint-*`), added there.
        for lang in Lang::ALL {
            for line in source(lang).lines() {
                if line.starts_with("error-") {
                    let flag = line
                        .split_whitespace()
                        .any(|w| w.starts_with("--") && w[2..].starts_with(char::is_alphabetic));
                    assert!(!flag && !line.contains("policybook "), "{lang:?}: {line}");
                }
            }
        }
    }

    #[test]
    fn plural_rules_differ_by_locale() {
        // The bundles as the app builds them, each with a probe message.
        let probe = "p = { $n ->\n    [one] ONE\n   *[other] OTHER\n}\n";
        let category = |l: Lang, n: i64| {
            let b = make_bundle(l, probe).unwrap();
            let mut args = FluentArgs::new();
            args.set("n", FluentValue::from(n));
            let pattern = b.get_message("p").unwrap().value().unwrap();
            b.format_pattern(pattern, Some(&args), &mut vec![])
                .into_owned()
        };
        let ones = |l: Lang| {
            (0..=12)
                .filter(|&n| category(l, n) == "ONE")
                .collect::<Vec<_>>()
        };
        assert_eq!(ones(Lang::En), [1]);
        assert_eq!(ones(Lang::Ur), [1]);
        assert_eq!(ones(Lang::Bn), [0, 1]);
        assert_eq!(ones(Lang::Tl), [0, 1, 2, 3, 5, 7, 8, 10, 11, 12]);
        // And in the real messages, with each locale's digits.
        let m = |l: Lang, n: i64| Messages::new(l).get("cli-problems", &[("count", Arg::Num(n))]);
        assert_eq!(m(Lang::En, 1), "One problem found.");
        assert_eq!(m(Lang::En, 2), "2 problems found.");
        assert!(m(Lang::Bn, 5).contains('৫'), "{}", m(Lang::Bn, 5));
    }

    #[test]
    fn dates_and_digits_per_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(Messages::new(Lang::En).date(d), "November 23, 2026");
        let bn = Messages::new(Lang::Bn).date(d);
        assert!(bn.contains("২৩") && bn.contains("২০২৬"), "{bn}");
        assert!(!bn.chars().any(|c| c.is_ascii_digit()), "{bn}");
        let ur = Messages::new(Lang::Ur).date(d);
        assert!(ur.contains("23") && ur.contains("2026"), "{ur}");
        assert_eq!(localize_digits(Lang::Bn, "Page 12"), "Page ১২");
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_to_the_id() {
        let m = Messages::new(Lang::Ur);
        assert_eq!(m.text("no-such-message"), "no-such-message");
    }

    #[test]
    fn errors_are_localised_by_code() {
        let e = crate::Error::Search(crate::search::SearchError::EmptyQuery);
        let bn = Messages::new(Lang::Bn).error(&e);
        assert_ne!(bn, e.to_string());
        assert!(
            bn.chars().any(|c| ('\u{0980}'..='\u{09FF}').contains(&c)),
            "{bn}"
        );
        let e = crate::Error::Import(crate::import::ImportError::NotUtf8 {
            file: "a.md".into(),
            line: 3,
        });
        assert!(Messages::new(Lang::Ur).error(&e).contains("a.md"));
    }
}
