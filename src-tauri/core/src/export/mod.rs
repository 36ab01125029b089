//! Markdown to Word: the employee handbook and redlines.

use crate::error::ErrorKind;

/// What can go wrong while exporting.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Nothing approved to export.
    #[error("nothing to export: no policy has an approved revision{0}")]
    NothingApproved(String),
    /// Writing the file failed.
    #[error("{path}: {reason}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// Building the document failed.
    #[error("building the document failed: {0}")]
    Build(String),
}

impl ExportError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::NothingApproved(_) => "export.nothing_approved",
            ExportError::Write { .. } => "export.write",
            ExportError::Build(_) => "export.build",
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ExportError::NothingApproved(_) => ErrorKind::Refused,
            _ => ErrorKind::Failed,
        }
    }
}
