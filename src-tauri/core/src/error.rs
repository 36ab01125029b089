//! The one error type of the facade, gathering each module's own error, with stable codes.

use crate::{
    acks, category, export, i18n, identity, images, import, people, review, search, store, sync,
};

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
    /// Category names.
    #[error(transparent)]
    Category(#[from] category::CategoryError),
    /// Sharing through a git remote.
    #[error(transparent)]
    Sync(#[from] sync::SyncError),
    /// This desk's identity.
    #[error(transparent)]
    Identity(#[from] identity::IdentityError),
    /// People and roles.
    #[error(transparent)]
    People(#[from] people::PeopleError),
    /// Acknowledgements, audiences and readers.
    #[error(transparent)]
    Ack(#[from] acks::AckError),
    /// Pictures stored in the handbook.
    #[error(transparent)]
    Image(#[from] images::ImageError),
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
            Error::Category(e) => e.code(),
            Error::Sync(e) => e.code(),
            Error::Identity(e) => e.code(),
            Error::People(e) => e.code(),
            Error::Ack(e) => e.code(),
            Error::Image(e) => e.code(),
        }
    }

    /// The values a localised message of this error fills in, by name (see `locales/`).
    pub fn args(&self) -> Vec<(&'static str, ErrArg)> {
        use export::ExportError as X;
        use import::ImportError as I;
        use review::ReviewError as R;
        use search::SearchError as S;
        let s = |v: &dyn std::fmt::Display| ErrArg::Text(v.to_string());
        match self {
            Error::Import(e) => match e {
                I::Unreadable { file, reason } => vec![("file", s(file)), ("reason", s(reason))],
                I::NotUtf8 { file, line } => vec![("file", s(file)), ("line", num(*line))],
                I::FrontMatter { file, line, reason } => {
                    vec![
                        ("file", s(file)),
                        ("line", num(*line)),
                        ("reason", s(reason)),
                    ]
                }
                I::UnknownLang { file, lang } => vec![("file", s(file)), ("lang", s(lang))],
                I::Invalid { file, reason } => vec![("file", s(file)), ("reason", s(reason))],
                I::NothingFound(path) => vec![("path", s(path))],
                I::TooLarge {
                    file,
                    megabytes,
                    max,
                } => vec![
                    ("file", s(file)),
                    ("size", num(*megabytes)),
                    ("max", num(*max)),
                ],
                I::Word(w) => w.args(),
            },
            Error::Store(e)
            | Error::Review(R::Store(e))
            | Error::Search(S::Store(e))
            | Error::Category(category::CategoryError::Store(e))
            | Error::Sync(sync::SyncError::Store(e)) => store_args(e),
            Error::Review(e) => match e {
                R::OwnRevision {
                    who,
                    id,
                    lang,
                    revision,
                } => {
                    vec![
                        ("who", s(who)),
                        ("id", s(id)),
                        ("lang", language(*lang)),
                        ("revision", num(*revision)),
                    ]
                }
                R::WrongStatus {
                    id,
                    lang,
                    revision,
                    status,
                    action,
                    needed,
                } => vec![
                    ("id", s(id)),
                    ("lang", language(*lang)),
                    ("revision", num(*revision)),
                    ("status", word(status_id(*status))),
                    ("action", word(action_id(*action))),
                    ("needed", word(status_id(*needed))),
                ],
                R::NotNewest {
                    id,
                    lang,
                    revision,
                    newest,
                    ..
                } => {
                    vec![
                        ("id", s(id)),
                        ("lang", language(*lang)),
                        ("revision", num(*revision)),
                        ("newest", num(*newest)),
                    ]
                }
                R::FutureDate(d) => vec![("date", date(*d))],
                R::BeforeRevision { date: on, written } => {
                    vec![("date", date(*on)), ("written", date(*written))]
                }
                R::Retired(id) => vec![("id", s(id))],
                R::NoReason | R::NoActor | R::Store(_) => vec![],
            },
            Error::Search(e) => match e {
                S::TooLong(n) => vec![("length", num(*n))],
                S::Index(reason) => vec![("reason", s(reason))],
                S::EmptyQuery | S::Busy | S::Store(_) => vec![],
            },
            Error::Export(e) => match e {
                X::Write { path, reason } => vec![("path", s(path)), ("reason", s(reason))],
                X::Build(reason) => vec![("reason", s(reason))],
                X::DiskFull { path } => vec![("path", s(path))],
                X::Tampered { id, lang, revision } => {
                    vec![
                        ("id", s(id)),
                        ("lang", language(*lang)),
                        ("revision", num(*revision)),
                    ]
                }
                _ => vec![],
            },
            Error::Sync(e) => e.args(),
            Error::Identity(e) => e.args(),
            Error::People(people::PeopleError::Store(e)) => store_args(e),
            Error::People(e) => e.args(),
            Error::Ack(acks::AckError::Store(e)) => store_args(e),
            Error::Ack(e) => e.args(),
            Error::Image(images::ImageError::TooLarge { size, max }) => {
                vec![("size", num(*size)), ("max", num(*max))]
            }
            Error::Image(images::ImageError::Unknown(h)) => vec![("hash", h.clone().into())],
            Error::Image(images::ImageError::NotAPicture) => vec![],
            Error::I18n(i18n::I18nError::Broken { locale, reason }) => {
                vec![("locale", s(locale)), ("reason", s(reason))]
            }
            Error::Category(e) => match e {
                category::CategoryError::Unknown(name) => vec![("category", s(name))],
                category::CategoryError::TooLong => {
                    vec![("max", num(category::MAX_TITLE))]
                }
                category::CategoryError::Store(_) => vec![],
            },
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
            Error::Category(e) => e.kind(),
            Error::Sync(e) => e.kind(),
            Error::Identity(e) => e.kind(),
            Error::People(e) => e.kind(),
            Error::Ack(e) => e.kind(),
            Error::Image(e) => e.kind(),
        }
    }
}

/// A value a localised error message fills in, typed so that each is shown in the reader's
/// language: numbers in its digits (and choosing plural forms), dates in its calendar words,
/// words (a status, an action) by their message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrArg {
    /// Text shown as it is (a name, an id, a file, a reason from below).
    Text(String),
    /// A number.
    Num(i64),
    /// A date.
    Date(chrono::NaiveDate),
    /// A word, by its message id (`status-draft`).
    Word(&'static str),
    /// A language, by its name in the message's language ("Bengali", "বাংলা").
    Lang(crate::Lang),
}

impl From<String> for ErrArg {
    fn from(s: String) -> Self {
        ErrArg::Text(s)
    }
}

impl From<&str> for ErrArg {
    fn from(s: &str) -> Self {
        ErrArg::Text(s.to_string())
    }
}

/// A number argument (one beyond `i64` is shown as text).
pub fn num<N: TryInto<i64> + std::fmt::Display + Copy>(n: N) -> ErrArg {
    n.try_into()
        .map(ErrArg::Num)
        .unwrap_or_else(|_| ErrArg::Text(n.to_string()))
}

/// A date argument.
pub fn date(d: chrono::NaiveDate) -> ErrArg {
    ErrArg::Date(d)
}

/// A language argument, named in the message's language.
pub fn language(l: crate::Lang) -> ErrArg {
    ErrArg::Lang(l)
}

/// A word argument, by its message id.
pub fn word(id: &'static str) -> ErrArg {
    ErrArg::Word(id)
}

/// The message id of a status's name.
pub fn status_id(s: crate::Status) -> &'static str {
    match s {
        crate::Status::Draft => "status-draft",
        crate::Status::InReview => "status-in_review",
        crate::Status::Approved => "status-approved",
    }
}

/// The message id of an action in a sentence ("approving").
pub fn action_id(a: review::Action) -> &'static str {
    match a {
        review::Action::Submit => "action-submitting",
        review::Action::Approve => "action-approving",
        review::Action::Reject => "action-rejecting",
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn store_args(e: &store::StoreError) -> Vec<(&'static str, ErrArg)> {
    use store::StoreError as T;
    match e {
        T::NotADatabase { path } | T::Unwritable { path } => vec![("path", path.clone().into())],
        T::ReadOnly(reason) => vec![("reason", reason.clone().into())],
        T::NoPolicy(id) | T::Exists(id) => vec![("id", id.clone().into())],
        T::NoRevision { id, lang, revision } => {
            vec![
                ("id", id.clone().into()),
                ("lang", language(*lang)),
                ("revision", num(*revision)),
            ]
        }
        T::NoLanguage { id, lang } => {
            vec![("id", id.clone().into()), ("lang", language(*lang))]
        }
        T::Sqlite(e) => vec![("reason", e.to_string().into())],
        T::Io { path, source } => vec![
            ("path", path.clone().into()),
            ("reason", source.to_string().into()),
        ],
        T::TooLarge { megabytes, max } => {
            vec![("size", num(*megabytes)), ("max", num(*max))]
        }
        T::ReviewCycle(m) => vec![("months", num(*m))],
        T::UnknownSetting { key, known } => {
            vec![("key", key.clone().into()), ("known", known.clone().into())]
        }
        T::OutOfOrder {
            id,
            lang,
            revision,
            newest,
        } => vec![
            ("id", id.clone().into()),
            ("lang", language(*lang)),
            ("revision", num(*revision)),
            ("newest", num(*newest)),
        ],
        T::HashMismatch { id, lang, revision } | T::NoSourceRevision { id, lang, revision } => {
            vec![
                ("id", id.clone().into()),
                ("lang", language(*lang)),
                ("revision", num(*revision)),
            ]
        }
        T::RetiredAlready(id) | T::BadId(id) => vec![("id", id.clone().into())],
        T::NoText | T::NoTitle | T::NoAuthor | T::NotEmpty => vec![],
        T::TooNew { .. } | T::DiskFull | T::Busy => vec![],
    }
}
