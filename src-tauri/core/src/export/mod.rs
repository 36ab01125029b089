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
    /// An approved text no longer matches the hash recorded when it was written: changed outside
    /// Policybook. It is not printed as approved.
    #[error("policy `{id}` ({lang}) revision {revision} was changed outside Policybook since it was approved; nothing was exported (a check of the handbook lists what changed)")]
    Tampered {
        /// The policy.
        id: String,
        /// The language.
        lang: crate::Lang,
        /// The revision.
        revision: u32,
    },
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
            ExportError::Tampered { .. } => "export.tampered",
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
    // Created exclusively: never a file (or a symlink planted) by someone else under that name.
    let (tmp, file) = exclusive_temp(dir, name).map_err(fail)?;
    let result = (|| {
        let mut f = file;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // The rename itself is on the disk once the folder is.
        sync_dir(dir);
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e).into());
    }
    Ok(())
}

/// A new temporary file beside `name` in `dir`, created exclusively (`O_EXCL`, so a symlink or a
/// file already there is never followed or overwritten), readable by its owner only until renamed.
pub fn exclusive_temp(
    dir: &std::path::Path,
    name: &str,
) -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let pid = std::process::id();
    let mut last = None;
    for n in 0..100u32 {
        let tmp = dir.join(format!(".{name}.{pid}.{n}.part"));
        match opts.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary name left")))
}

/// Flushes a folder's entries (a rename) to the disk; where a folder cannot be opened this way,
/// nothing more can be done.
pub fn sync_dir(dir: &std::path::Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn a_symlink_planted_at_the_temporary_name_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep me").unwrap();
        // Where the first temporary file of this process would go.
        let planted = dir
            .path()
            .join(format!(".out.docx.{}.0.part", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let out = dir.path().join("out.docx");
        super::write_atomic(&out, b"the export").unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert_eq!(std::fs::read(&out).unwrap(), b"the export");
        assert!(std::fs::symlink_metadata(&planted)
            .unwrap()
            .file_type()
            .is_symlink());
    }
}
