//! Markdown to Word: the employee handbook and redlines.

use crate::error::ErrorKind;

#[cfg(any(test, feature = "docx-check"))]
#[doc(hidden)]
pub mod check;
pub mod docx;
pub mod fonts;
pub mod handbook;
pub mod ir;
mod ooxml;
pub mod redline;

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
    /// The disk is full: nothing was written.
    #[error("{path}: the disk is full; nothing was written")]
    DiskFull {
        /// The file.
        path: String,
    },
}

impl ExportError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::NothingApproved(_) => "export.nothing_approved",
            ExportError::Write { .. } => "export.write",
            ExportError::Build(_) => "export.build",
            ExportError::DiskFull { .. } => "export.disk_full",
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

/// Writes a file through a temporary name in the same folder and a rename, so that a failed
/// export never leaves a broken or half-written file where the user expects a document.
pub fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    use std::io::Write;
    let fail = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            ExportError::DiskFull {
                path: path.display().to_string(),
            }
        }
        _ => ExportError::Write {
            path: path.display().to_string(),
            reason: e.to_string(),
        },
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export");
    let tmp = dir.join(format!(".{name}.{}.part", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
        .and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e).into());
    }
    Ok(())
}
