//! Categories: a handbook's chapters, named in each language.
//!
//! A category is the name policies give it (its source name). Each language may have its own
//! name for it (`policybook category NAME --lang L --title T`, or `category_bn:` and the like in
//! front matter); where one is missing, the source name stands in, marked as missing, the way a
//! policy's source text stands in for a missing translation.

use crate::error::ErrorKind;
use crate::lang::Lang;
use crate::store::{Read, StoreError};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The longest category name accepted, in characters.
pub const MAX_TITLE: usize = 200;

/// What can go wrong with categories.
#[derive(Debug, thiserror::Error)]
pub enum CategoryError {
    /// No policy is in this category.
    #[error("no policy is in the category `{0}`")]
    Unknown(String),
    /// The name is longer than [`MAX_TITLE`].
    #[error("a category name is at most {MAX_TITLE} characters")]
    TooLong,
    /// The database.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CategoryError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            CategoryError::Unknown(_) => "category.unknown",
            CategoryError::TooLong => "category.too_long",
            CategoryError::Store(e) => e.code(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            CategoryError::Unknown(_) => ErrorKind::NotFound,
            CategoryError::TooLong => ErrorKind::BadInput,
            CategoryError::Store(e) => e.kind(),
        }
    }
}

/// A category's name in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CategoryTitle {
    /// The name to show.
    pub title: String,
    /// The language the name is written in.
    pub lang: Lang,
    /// Set when the language has no name of its own: `title` is the source name.
    pub missing: bool,
}

/// The language a source name is written in, read from its letters: Bengali or Arabic script,
/// else English.
pub fn source_lang(name: &str) -> Lang {
    for c in name.chars() {
        match c {
            '\u{0980}'..='\u{09FF}' => return Lang::Bn,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => return Lang::Ur,
            _ => {}
        }
    }
    Lang::En
}

/// The translated names of every category, read once.
#[derive(Debug, Clone, Default)]
pub struct Titles(HashMap<(String, Lang), String>);

impl Titles {
    /// Reads the names from the store.
    pub fn load(store: &impl Read) -> Result<Titles, StoreError> {
        Ok(Titles(store.category_titles()?))
    }

    /// The name of `category` in `lang`: its own, else the source name (marked missing unless
    /// the source name is in `lang`).
    pub fn title(&self, category: &str, lang: Lang) -> CategoryTitle {
        let key = category.trim().to_lowercase();
        match self.0.get(&(key, lang)) {
            Some(t) => CategoryTitle {
                title: t.clone(),
                lang,
                missing: false,
            },
            None => {
                let own = source_lang(category);
                CategoryTitle {
                    title: category.to_string(),
                    lang: own,
                    missing: own != lang,
                }
            }
        }
    }

    /// The name of `category` in every language.
    pub fn all(&self, category: &str) -> BTreeMap<Lang, CategoryTitle> {
        Lang::ALL
            .iter()
            .map(|&l| (l, self.title(category, l)))
            .collect()
    }
}

/// Checks a new name and finds the category it names among the policies' categories (any case):
/// returns the category as policies give it.
pub fn check_title(
    store: &impl Read,
    category: &str,
    title: &str,
) -> Result<String, CategoryError> {
    if title.chars().count() > MAX_TITLE {
        return Err(CategoryError::TooLong);
    }
    let key = category.trim().to_lowercase();
    store
        .policies()?
        .into_iter()
        .map(|p| p.category)
        .find(|c| c.trim().to_lowercase() == key)
        .ok_or_else(|| CategoryError::Unknown(category.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_name_falls_back_to_the_source_name() {
        let mut t = Titles::default();
        t.0.insert(
            ("payments and refunds".into(), Lang::Bn),
            "অর্থপ্রদান ও মূল্য ফেরত".into(),
        );
        let bn = t.title("Payments and refunds", Lang::Bn);
        assert_eq!(bn.title, "অর্থপ্রদান ও মূল্য ফেরত");
        assert!(!bn.missing && bn.lang == Lang::Bn);
        let ur = t.title("Payments and refunds", Lang::Ur);
        assert_eq!(ur.title, "Payments and refunds");
        assert!(ur.missing && ur.lang == Lang::En);
        assert!(!t.title("Payments and refunds", Lang::En).missing);
        assert_eq!(t.all("Payments and refunds").len(), 4);
        assert_eq!(source_lang("شکایات"), Lang::Ur);
        assert_eq!(source_lang("অভিযোগ"), Lang::Bn);
    }
}
