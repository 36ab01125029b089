//! The one error type of the facade, gathering each module's own error, with stable codes.

use crate::{export, i18n, import, review, search, store};

/// What kind of failure an error is, which decides the CLI's exit code and how the UI shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The input was bad (a file, an argument, a query): exit code 2.
    BadInput,
    /// The thing named does not exist: exit code 1.
    NotFound,
    /// The action is not allowed (a workflow rule): exit code 1.
    Refused,
    /// Something failed (disk, database, damaged data): exit code 1.
    Failed,
}

/// Any error the Policybook core reports.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database.
    #[error(transparent)]
    Store(#[from] store::StoreError),
    /// Importing files.
    #[error(transparent)]
    Import(#[from] import::ImportError),
    /// The search index.
    #[error(transparent)]
    Search(#[from] search::SearchError),
    /// The review workflow.
    #[error(transparent)]
    Review(#[from] review::ReviewError),
    /// Exporting documents.
    #[error(transparent)]
    Export(#[from] export::ExportError),
    /// Translations and messages.
    #[error(transparent)]
    I18n(#[from] i18n::I18nError),
}

impl Error {
    /// A stable, machine-readable code such as `import.not_utf8`, which front ends translate.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Store(e) => e.code(),
            Error::Import(e) => e.code(),
            Error::Search(e) => e.code(),
            Error::Review(e) => e.code(),
            Error::Export(e) => e.code(),
            Error::I18n(e) => e.code(),
        }
    }

    /// The values a localised message of this error fills in, by name (see `locales/`), typed so
    /// that each locale writes them its own way: numbers in its digits, dates in its words,
    /// statuses, actions and languages translated.
    pub fn args(&self) -> Vec<(&'static str, Arg<'_>)> {
        use export::ExportError as X;
        use import::ImportError as I;
        use review::ReviewError as R;
        use search::SearchError as S;
        let t = |v: &str| Arg::Text(v.to_string());
        let n = |v: u64| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
        match self {
            Error::Import(e) => match e {
                I::Unreadable { file, reason } => vec![("file", t(file)), ("reason", t(reason))],
                I::NotUtf8 { file, line } => vec![("file", t(file)), ("line", n(*line as u64))],
                I::FrontMatter { file, line, reason } => vec![
                    ("file", t(file)),
                    ("line", n(*line as u64)),
                    ("reason", t(reason)),
                ],
                I::UnknownLang { file, lang } => vec![("file", t(file)), ("lang", t(lang))],
                I::NotText { file }
                | I::NoText { file }
                | I::NoApprover { file }
                | I::NoApprovalDate { file } => vec![("file", t(file))],
                I::LangConflict {
                    file,
                    front_matter,
                    file_name,
                } => vec![
                    ("file", t(file)),
                    ("front_matter", Arg::Lang(*front_matter)),
                    ("file_name", Arg::Lang(*file_name)),
                ],
                I::BadMonths { file, months } => {
                    vec![("file", t(file)), ("months", n(u64::from(*months)))]
                }
                I::BadDate { file, value } => vec![("file", t(file)), ("value", t(value))],
                I::ApproverIsAuthor { file, who } => vec![("file", t(file)), ("who", t(who))],
                I::Twice {
                    file,
                    id,
                    lang,
                    other,
                } => vec![
                    ("file", t(file)),
                    ("id", t(id)),
                    ("lang", Arg::Lang(*lang)),
                    ("other", t(other)),
                ],
                I::Refused { file, source } => {
                    vec![("file", t(file)), ("reason", Arg::Error(source))]
                }
                I::NothingFound(path) => vec![("path", t(path))],
                I::TooLarge {
                    file,
                    megabytes,
                    max,
                } => vec![("file", t(file)), ("size", n(*megabytes)), ("max", n(*max))],
            },
            Error::Store(e) | Error::Review(R::Store(e)) | Error::Search(S::Store(e)) => {
                store_args(e)
            }
            Error::Review(e) => match e {
                R::OwnRevision {
                    who,
                    id,
                    lang,
                    revision,
                } => vec![
                    ("who", t(who)),
                    ("id", t(id)),
                    ("lang", Arg::Lang(*lang)),
                    ("revision", n(u64::from(*revision))),
                ],
                R::WrongStatus {
                    id,
                    lang,
                    revision,
                    status,
                    action,
                    needed,
                } => vec![
                    ("id", t(id)),
                    ("lang", Arg::Lang(*lang)),
                    ("revision", n(u64::from(*revision))),
                    ("status", Arg::Status(*status)),
                    ("action", Arg::Action(*action)),
                    ("needed", Arg::Status(*needed)),
                ],
                R::FutureDate(d) => vec![("date", Arg::Date(*d))],
                R::Retired(id) => vec![("id", t(id))],
                R::NoReason | R::NoActor | R::Store(_) => vec![],
            },
            Error::Search(e) => match e {
                S::TooLong(len) => vec![
                    ("length", n(*len as u64)),
                    ("max", n(search::MAX_QUERY_CHARS as u64)),
                ],
                S::Index(reason) => vec![("reason", t(reason))],
                S::EmptyQuery | S::Store(_) => vec![],
            },
            Error::Export(e) => match e {
                X::Write { path, reason } => vec![("path", t(path)), ("reason", t(reason))],
                X::Build(reason) => vec![("reason", t(reason))],
                X::DiskFull { path } => vec![("path", t(path))],
                X::NothingApproved(_) => vec![],
            },
            Error::I18n(i18n::I18nError::Broken { locale, reason }) => {
                vec![("locale", t(locale)), ("reason", t(reason))]
            }
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Store(e) => e.kind(),
            Error::Import(_) => ErrorKind::BadInput,
            Error::Search(e) => e.kind(),
            Error::Review(e) => e.kind(),
            Error::Export(e) => e.kind(),
            Error::I18n(_) => ErrorKind::Failed,
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A value an error message fills in.
#[derive(Debug)]
pub enum Arg<'a> {
    /// Text as it is (a name, a file, a reason the system gave).
    Text(String),
    /// A number, written in the locale's digits (and choosing its plural forms).
    Number(i64),
    /// A date, written out in the locale.
    Date(chrono::NaiveDate),
    /// A workflow status, in the locale's words.
    Status(store::Status),
    /// A workflow action, in the locale's words.
    Action(review::Action),
    /// A language, by its name in the locale.
    Lang(crate::Lang),
    /// Another error, by its own message in the locale.
    Error(&'a Error),
}

fn store_args(e: &store::StoreError) -> Vec<(&'static str, Arg<'_>)> {
    use store::StoreError as T;
    let t = |v: &str| Arg::Text(v.to_string());
    let n = |v: u64| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    match e {
        T::NotADatabase { path } | T::Unwritable { path } => vec![("path", t(path))],
        T::ReadOnly(reason) => vec![("reason", t(reason))],
        T::NoPolicy(id) | T::Exists(id) | T::BadId(id) | T::RetiredAlready(id) => {
            vec![("id", t(id))]
        }
        T::NoRevision { id, lang, revision } | T::NoSourceRevision { id, lang, revision } => {
            vec![
                ("id", t(id)),
                ("lang", Arg::Lang(*lang)),
                ("revision", n(u64::from(*revision))),
            ]
        }
        T::NoLanguage { id, lang } => vec![("id", t(id)), ("lang", Arg::Lang(*lang))],
        T::BadMonths(m) => vec![("months", n(u64::from(*m)))],
        T::UnknownSetting { key, known } => vec![("key", t(key)), ("known", t(known))],
        T::Sqlite(e) => vec![("reason", Arg::Text(e.to_string()))],
        T::Io { path, source } => {
            vec![("path", t(path)), ("reason", Arg::Text(source.to_string()))]
        }
        T::TooLarge { megabytes, max } => vec![("size", n(*megabytes)), ("max", n(*max))],
        T::TooNew { .. } | T::DiskFull | T::Busy | T::NoAuthor | T::NoTitle | T::NoText => {
            vec![]
        }
    }
}
