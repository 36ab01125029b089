//! The desktop user's own preferences (name, interface language, read-only mode), kept in a small
//! JSON file in their configuration folder — not in the shared handbook.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A user's preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Prefs {
    /// The name recorded as author and approver.
    pub user: String,
    /// The interface language.
    pub ui_lang: Lang,
    /// Staff mode: reading and searching only.
    pub read_only: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            user: String::new(),
            ui_lang: Lang::En,
            read_only: false,
        }
    }
}

impl Prefs {
    /// Reads the preferences; a missing or unreadable file gives the defaults (with `user`).
    pub fn load(path: &Path, default_user: &str) -> Prefs {
        let mut p: Prefs = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        if p.user.trim().is_empty() {
            p.user = default_user.to_string();
        }
        p
    }

    /// Writes the preferences through a temporary file and a rename.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(
            &tmp,
            serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?,
        )?;
        std::fs::rename(tmp, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("prefs.json");
        assert_eq!(Prefs::load(&path, "nadia").user, "nadia");
        let p = Prefs {
            user: "Ayesha".into(),
            ui_lang: Lang::Ur,
            read_only: true,
        };
        p.save(&path).unwrap();
        assert_eq!(Prefs::load(&path, "x"), p);
        std::fs::write(&path, "not json").unwrap();
        assert_eq!(Prefs::load(&path, "x").ui_lang, Lang::En);
    }
}
