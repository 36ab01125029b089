//! Who you are, proven: an Ed25519 key pair per person, and the SSH signatures (git's
//! `gpg.format=ssh`, OpenSSH's `sshsig`) that every change shared through a remote carries.
//!
//! The private key never leaves the desk. It is an OpenSSH private-key file: the one named by
//! `$POLICYBOOK_IDENTITY`, else `identity` in the platform's data folder
//! (`~/.local/share/policybook/identity` on Linux), readable by its owner only. Its comment holds
//! the person's name and email (`Name <email>`), as `ssh-keygen -C` would write them. What others
//! see is the public key (`ssh-ed25519 AAAA…`) and its fingerprint (`SHA256:…`).

use crate::error::ErrArg;
use ssh_key::{Algorithm, HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};
use std::path::{Path, PathBuf};

/// The namespace git signs commits in (`ssh-keygen -Y verify -n git`).
pub const GIT_NAMESPACE: &str = "git";

/// Why an identity could not be made, read or used.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// No identity on this desk.
    #[error("this desk has no identity yet: make one with `policybook identity new --name NAME --email EMAIL`")]
    None,
    /// An identity exists already where a new one would go.
    #[error("an identity exists already in {0}: it is kept (move it away first to make another)")]
    Exists(String),
    /// The key file cannot be read or written.
    #[error("the identity file {path}: {reason}")]
    File {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// The key file is not an OpenSSH Ed25519 private key.
    #[error(
        "the identity file {path} is not an unencrypted OpenSSH Ed25519 private key: {reason}"
    )]
    BadKey {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// A public key given by a person is not usable.
    #[error("`{key}` is not an OpenSSH Ed25519 public key (ssh-ed25519 AAAA…): {reason}")]
    BadPublicKey {
        /// What was given (shortened).
        key: String,
        /// Why.
        reason: String,
    },
    /// A name or email is not usable.
    #[error("{0}")]
    Invalid(String),
}

impl IdentityError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            IdentityError::None => "identity.none",
            IdentityError::Exists(_) => "identity.exists",
            IdentityError::File { .. } => "identity.file",
            IdentityError::BadKey { .. } => "identity.bad_key",
            IdentityError::BadPublicKey { .. } => "identity.bad_public_key",
            IdentityError::Invalid(_) => "identity.invalid",
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> crate::ErrorKind {
        match self {
            IdentityError::BadPublicKey { .. } | IdentityError::Invalid(_) => {
                crate::ErrorKind::BadInput
            }
            IdentityError::None | IdentityError::Exists(_) => crate::ErrorKind::Refused,
            _ => crate::ErrorKind::Failed,
        }
    }

    /// The values its localised message fills in.
    pub fn args(&self) -> Vec<(&'static str, ErrArg)> {
        match self {
            IdentityError::None => vec![],
            IdentityError::Exists(p) => vec![("path", p.clone().into())],
            IdentityError::File { path, reason } | IdentityError::BadKey { path, reason } => {
                vec![
                    ("path", path.clone().into()),
                    ("reason", reason.clone().into()),
                ]
            }
            IdentityError::BadPublicKey { key, reason } => {
                vec![
                    ("key", key.clone().into()),
                    ("reason", reason.clone().into()),
                ]
            }
            IdentityError::Invalid(why) => vec![("reason", why.clone().into())],
        }
    }
}

/// Where this desk's identity lives: `$POLICYBOOK_IDENTITY`, else `identity` in the data folder.
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("POLICYBOOK_IDENTITY").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    Some(dirs::data_dir()?.join("policybook").join("identity"))
}

/// A person's public key: the OpenSSH line without comment, and its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PublicId {
    /// `ssh-ed25519 AAAA…`.
    pub key: String,
    /// `SHA256:…`.
    pub fingerprint: String,
}

impl PublicId {
    /// Reads a public key as a person gives it (`ssh-ed25519 AAAA… comment`); only Ed25519.
    pub fn parse(text: &str) -> Result<PublicId, IdentityError> {
        let text = text.trim();
        let short = || text.chars().take(40).collect::<String>();
        let key = PublicKey::from_openssh(text).map_err(|e| IdentityError::BadPublicKey {
            key: short(),
            reason: e.to_string(),
        })?;
        if key.algorithm() != Algorithm::Ed25519 {
            return Err(IdentityError::BadPublicKey {
                key: short(),
                reason: format!("a {} key; Policybook signs with Ed25519", key.algorithm()),
            });
        }
        Ok(PublicId::of(&key))
    }

    fn of(key: &PublicKey) -> PublicId {
        let mut bare = key.clone();
        bare.set_comment("");
        PublicId {
            key: bare
                .to_openssh()
                .expect("a public key encodes")
                .trim()
                .to_string(),
            fingerprint: key.fingerprint(HashAlg::Sha256).to_string(),
        }
    }
}

/// This desk's identity: a person's name, email and private key.
pub struct Identity {
    /// The person's name.
    pub name: String,
    /// The person's email.
    pub email: String,
    key: PrivateKey,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("name", &self.name)
            .field("email", &self.email)
            .field("fingerprint", &self.public().fingerprint)
            .finish()
    }
}

fn file_err(path: &Path, e: impl std::fmt::Display) -> IdentityError {
    IdentityError::File {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

/// Checks a person's name and email: one line each, a name of 1 to 200 characters, an email
/// with an `@`.
pub fn check_person(name: &str, email: &str) -> Result<(), IdentityError> {
    let bad = |s: &str| s.chars().any(|c| c.is_control() || c == '<' || c == '>');
    if name.trim().is_empty() || name.chars().count() > 200 || bad(name) {
        return Err(IdentityError::Invalid(format!(
            "`{}` is not a usable name (one line, 1 to 200 characters, no < or >)",
            name.escape_debug()
        )));
    }
    if !email.contains('@') || email.trim() != email || bad(email) || email.len() > 200 {
        return Err(IdentityError::Invalid(format!(
            "`{}` is not a usable email address",
            email.escape_debug()
        )));
    }
    Ok(())
}

impl Identity {
    /// A new key pair for a person.
    pub fn generate(name: &str, email: &str) -> Result<Identity, IdentityError> {
        check_person(name, email)?;
        let mut key = PrivateKey::random(&mut ssh_key::rand_core::OsRng, Algorithm::Ed25519)
            .map_err(|e| IdentityError::Invalid(format!("cannot make a key: {e}")))?;
        key.set_comment(format!("{} <{}>", name.trim(), email));
        Ok(Identity {
            name: name.trim().to_string(),
            email: email.to_string(),
            key,
        })
    }

    /// Writes the private key to `path` (readable by its owner only); never over another file.
    pub fn save(&self, path: &Path) -> Result<(), IdentityError> {
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(IdentityError::Exists(path.display().to_string()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| file_err(dir, e))?;
        }
        let text = self
            .key
            .to_openssh(LineEnding::LF)
            .map_err(|e| file_err(path, e))?;
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => IdentityError::Exists(path.display().to_string()),
            _ => file_err(path, e),
        })?;
        use std::io::Write;
        f.write_all(text.as_bytes())
            .and_then(|_| f.sync_all())
            .map_err(|e| file_err(path, e))?;
        Ok(())
    }

    /// Reads the identity at `path`; `None` when there is no file.
    pub fn load(path: &Path) -> Result<Option<Identity>, IdentityError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(file_err(path, e)),
        };
        let bad = |reason: String| IdentityError::BadKey {
            path: path.display().to_string(),
            reason,
        };
        let key = PrivateKey::from_openssh(text.trim_start()).map_err(|e| bad(e.to_string()))?;
        if key.is_encrypted() {
            return Err(bad("it is protected by a passphrase".into()));
        }
        if key.algorithm() != Algorithm::Ed25519 {
            return Err(bad(format!("a {} key", key.algorithm())));
        }
        let (name, email) = parse_comment(key.comment());
        Ok(Some(Identity { name, email, key }))
    }

    /// The same key under another name and email (as the people list gives them).
    pub fn as_person(&self, name: &str, email: &str) -> Identity {
        Identity {
            name: name.to_string(),
            email: email.to_string(),
            key: self.key.clone(),
        }
    }

    /// The public key and its fingerprint.
    pub fn public(&self) -> PublicId {
        PublicId::of(self.key.public_key())
    }

    /// An armored SSH signature (`-----BEGIN SSH SIGNATURE-----`) of `data` in `namespace`.
    pub fn sign(&self, namespace: &str, data: &[u8]) -> String {
        self.key
            .sign(namespace, HashAlg::Sha512, data)
            .and_then(|s| s.to_pem(LineEnding::LF))
            .expect("an Ed25519 key signs")
    }
}

/// `Name <email>` → (name, email); a bare comment is a name without email.
fn parse_comment(c: &str) -> (String, String) {
    match c.rsplit_once('<') {
        Some((name, rest)) if rest.ends_with('>') => (
            name.trim().to_string(),
            rest.trim_end_matches('>').trim().to_string(),
        ),
        _ => (c.trim().to_string(), String::new()),
    }
}

/// Checks an armored SSH signature of `data` in `namespace`; returns the signer's fingerprint.
pub fn verify(namespace: &str, data: &[u8], armored: &[u8]) -> Result<String, String> {
    let sig = SshSig::from_pem(armored).map_err(|e| format!("an unreadable signature ({e})"))?;
    let key = PublicKey::from(sig.public_key().clone());
    key.verify(namespace, data, &sig)
        .map_err(|_| "the signature does not match the content".to_string())?;
    Ok(key.fingerprint(HashAlg::Sha256).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_identity_signs_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("id");
        let id = Identity::generate("Nadia Rahman", "nadia@example.com").unwrap();
        id.save(&path).unwrap();
        assert!(matches!(id.save(&path), Err(IdentityError::Exists(_))));
        let back = Identity::load(&path).unwrap().unwrap();
        assert_eq!(back.name, "Nadia Rahman");
        assert_eq!(back.email, "nadia@example.com");
        assert_eq!(back.public(), id.public());
        assert!(id.public().key.starts_with("ssh-ed25519 AAAA"));
        assert_eq!(PublicId::parse(&id.public().key).unwrap(), id.public());

        let sig = back.sign(GIT_NAMESPACE, b"tree 1234\n");
        assert!(sig.starts_with("-----BEGIN SSH SIGNATURE-----"));
        assert_eq!(
            verify(GIT_NAMESPACE, b"tree 1234\n", sig.as_bytes()).unwrap(),
            id.public().fingerprint
        );
        assert!(verify(GIT_NAMESPACE, b"tree 1235\n", sig.as_bytes()).is_err());
        assert!(verify("file", b"tree 1234\n", sig.as_bytes()).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(Identity::load(&dir.path().join("none")).unwrap().is_none());
        assert!(Identity::generate("", "a@b").is_err());
        assert!(Identity::generate("A <x>", "a@b").is_err());
        assert!(PublicId::parse("ssh-rsa AAAAB3NzaC1yc2E nope").is_err());
    }
}
