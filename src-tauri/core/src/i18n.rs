//! Messages in the four languages, from the Fluent files in `locales/`, embedded in the binary.

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
