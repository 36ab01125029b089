//! What the window works on: the open handbook and the user's preferences.

use policybook_core::i18n::Messages;
use policybook_core::prefs::Prefs;
use policybook_core::{Handbook, Lang};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Mutex;

/// An error as the front end shows it: a stable code and a message in the user's language.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct UiError {
    /// The core's stable code, e.g. `review.own_revision`.
    pub code: String,
    /// The message, localised.
    pub message: String,
}

/// The app's state, shared by every command.
pub struct AppState {
    pub hb: Mutex<Handbook>,
    pub prefs: Mutex<Prefs>,
    pub prefs_path: PathBuf,
    pub db_path: PathBuf,
}

impl AppState {
    /// The user's interface language.
    pub fn ui_lang(&self) -> Lang {
        self.prefs().ui_lang
    }

    /// The user's preferences (a copy).
    pub fn prefs(&self) -> Prefs {
        self.prefs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The user's name (author and approver of what they do).
    pub fn user(&self) -> String {
        self.prefs().user
    }

    /// Runs `f` on the handbook, turning a core error into a localised [`UiError`]. A panic in
    /// the core is caught here: the window shows a message, and the handbook stays usable (its
    /// lock is taken back even when a panic poisoned it; SQLite rolled back what was unfinished).
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Handbook) -> policybook_core::Result<T>,
    ) -> Result<T, UiError> {
        let mut hb = self
            .hb
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut hb))) {
            Ok(result) => result.map_err(|e| self.error(&e)),
            Err(payload) => Err(self.internal(&panic_text(payload.as_ref()))),
        }
    }

    /// An internal failure (a panic), in the user's language.
    pub fn internal(&self, reason: &str) -> UiError {
        UiError {
            code: "app.internal".into(),
            message: Messages::new(self.ui_lang())
                .get("error-app-internal", &[("reason", reason.into())]),
        }
    }

    /// A core error for the front end.
    pub fn error(&self, e: &policybook_core::Error) -> UiError {
        UiError {
            code: e.code().to_string(),
            message: Messages::new(self.ui_lang()).error(e),
        }
    }

    /// Refuses changes in read-only (staff) mode.
    pub fn writable(&self) -> Result<(), UiError> {
        if self.prefs().read_only {
            let m = Messages::new(self.ui_lang());
            return Err(UiError {
                code: "app.read_only".into(),
                message: m.text("ui-read-only-refused"),
            });
        }
        Ok(())
    }
}

/// The text of a panic's payload.
pub fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// An error that is not the core's (a file dialog path, say).
pub fn app_error(code: &str, message: impl Into<String>) -> UiError {
    UiError {
        code: code.to_string(),
        message: message.into(),
    }
}
