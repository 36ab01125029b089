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
