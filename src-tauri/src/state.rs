//! What the window works on: the open handbook and the user's preferences.

use policybook_core::i18n::Messages;
use policybook_core::prefs::Prefs;
use policybook_core::{Handbook, Lang};
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// An error as the front end shows it: a stable code and a message in the user's language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
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
    /// The files the user chose in the shell's save dialog, by the handle the page was given:
    /// the page never names a path, it hands back what the dialog gave it, once.
    pub save_targets: Chosen,
    /// The files the user chose in the shell's open dialog (to import), by handle.
    pub open_files: Chosen,
}

/// Files the user chose in one of the shell's dialogs, by the handle the page was given.
pub struct Chosen {
    kind: &'static str,
    files: Mutex<HashMap<String, PathBuf>>,
    next: AtomicU64,
}

impl Chosen {
    /// Chosen files of one `kind` (`save`, `open`).
    pub fn new(kind: &'static str) -> Chosen {
        Chosen {
            kind,
            files: Mutex::new(HashMap::new()),
            next: AtomicU64::new(0),
        }
    }

    /// Keeps a chosen file; returns its handle for the page.
    pub fn keep(&self, path: PathBuf) -> String {
        let handle = format!(
            "{}-{}",
            self.kind,
            self.next.fetch_add(1, Ordering::Relaxed) + 1
        );
        if let Ok(mut t) = self.files.lock() {
            t.insert(handle.clone(), path);
        }
        handle
    }

    /// The file a handle stands for, if the page was given it; `take` gives the handle up (an
    /// export writes once).
    pub fn get(&self, handle: &str, take: bool) -> Option<PathBuf> {
        self.files.lock().ok().and_then(|mut t| {
            if take {
                t.remove(handle)
            } else {
                t.get(handle).cloned()
            }
        })
    }
}

impl AppState {
    /// The user's interface language.
    pub fn ui_lang(&self) -> Lang {
        self.prefs.lock().map(|p| p.ui_lang).unwrap_or(Lang::En)
    }

    /// The user's name (author and approver of what they do): this desk's identity's, when it
    /// has one, else the name typed in Settings.
    pub fn user(&self) -> String {
        if let Ok(mut hb) = self.hb.lock() {
            if let Ok(Some(me)) = hb.whoami() {
                return me.name;
            }
        }
        self.prefs
            .lock()
            .map(|p| p.user.clone())
            .unwrap_or_default()
    }

    /// Runs `f` on the handbook, turning a core error into a localised [`UiError`]. A panic
    /// (a defect) becomes a message too, and the handbook stays usable: the panic is caught
    /// while the lock is held, so the lock is never poisoned, and every write is a SQLite
    /// transaction, rolled back when it did not finish.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut Handbook) -> policybook_core::Result<T>,
    ) -> Result<T, UiError> {
        let mut hb = self
            .hb
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut hb))) {
            Ok(r) => r.map_err(|e| self.error(&e)),
            Err(_) => Err(internal(self.ui_lang())),
        }
    }

    /// A refusal of the shell's own (not the core's): `code`, and the message `id` with `args`
    /// in the user's language.
    pub fn refusal(&self, code: &str, id: &str, args: &[(&str, &str)]) -> UiError {
        let args: Vec<(&str, policybook_core::i18n::Arg<'_>)> = args
            .iter()
            .map(|(k, v)| (*k, policybook_core::i18n::Arg::Str(v)))
            .collect();
        UiError {
            code: code.into(),
            message: Messages::new(self.ui_lang()).get(id, &args),
        }
    }

    /// A core error for the front end.
    pub fn error(&self, e: &policybook_core::Error) -> UiError {
        UiError {
            code: e.code().to_string(),
            message: Messages::new(self.ui_lang()).error(e),
        }
    }

    /// Keeps a file the user chose in the save dialog; returns its handle for the page.
    pub fn keep_save_target(&self, path: PathBuf) -> String {
        self.save_targets.keep(path)
    }

    /// The file a save-dialog handle stands for (each handle is used once).
    pub fn save_target(&self, handle: &str) -> Result<PathBuf, UiError> {
        self.save_targets
            .get(handle, true)
            .ok_or_else(|| self.refusal("app.no_save_target", "ui-no-save-target", &[]))
    }

    /// Keeps a file the user chose in the open dialog; returns its handle for the page.
    pub fn keep_open_file(&self, path: PathBuf) -> String {
        self.open_files.keep(path)
    }

    /// The file an open-dialog handle stands for (kept for the preview, given up by `take`).
    pub fn open_file(&self, handle: &str, take: bool) -> Result<PathBuf, UiError> {
        self.open_files
            .get(handle, take)
            .ok_or_else(|| self.refusal("app.no_open_file", "ui-no-open-file", &[]))
    }

    /// Whether the window is in read-only (staff) mode.
    pub fn read_only(&self) -> bool {
        self.prefs.lock().map(|p| p.read_only).unwrap_or(false)
    }

    /// Refuses changes in read-only (staff) mode.
    pub fn writable(&self) -> Result<(), UiError> {
        if self.read_only() {
            return Err(self.refusal("app.read_only", "ui-read-only-refused", &[]));
        }
        Ok(())
    }
}

/// Runs `f` on the handbook off the window's thread (long work: an export, an import), as
/// [`AppState::with`] does; a worker that ends without an answer is the internal-error message.
pub async fn off_thread<T: Send + 'static>(
    app: &tauri::AppHandle,
    f: impl FnOnce(&mut Handbook) -> policybook_core::Result<T> + Send + 'static,
) -> Result<T, UiError> {
    use tauri::Manager;
    let ui_lang = app.state::<AppState>().ui_lang();
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || worker.state::<AppState>().with(f))
        .await
        .map_err(|_| internal(ui_lang))?
}

/// A failure inside the shell's own work (a worker thread that ended without an answer): the
/// same message as a panic caught in [`AppState::with`].
pub fn internal(lang: Lang) -> UiError {
    UiError {
        code: "app.internal".into(),
        message: Messages::new(lang).text("ui-internal-error"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use policybook_core::SystemClock;

    fn state() -> AppState {
        AppState {
            hb: Mutex::new(Handbook::open_in_memory(Box::new(SystemClock)).expect("a handbook")),
            prefs: Mutex::new(Prefs::default()),
            prefs_path: PathBuf::from("/nonexistent/prefs.json"),
            db_path: PathBuf::from(":memory:"),
            save_targets: Chosen::new("save"),
            open_files: Chosen::new("open"),
        }
    }

    #[test]
    fn a_panic_is_a_message_and_the_handbook_stays_usable() {
        let s = state();
        let r: Result<(), UiError> = s.with(|_| panic!("a defect"));
        let e = r.expect_err("refused");
        assert_eq!(e.code, "app.internal");
        assert!(!e.message.is_empty() && !e.message.contains("a defect"));
        // The lock is still usable, and so is the handbook.
        assert!(s.with(|hb| hb.list()).expect("listed").is_empty());
    }

    #[test]
    fn a_save_target_is_the_users_choice_and_used_once() {
        let s = state();
        let h = s.keep_save_target(PathBuf::from("/tmp/chosen.docx"));
        assert_eq!(
            s.save_target("/tmp/chosen-by-the-page.docx")
                .expect_err("no")
                .code,
            "app.no_save_target"
        );
        assert_eq!(
            s.save_target(&h).expect("kept"),
            PathBuf::from("/tmp/chosen.docx")
        );
        assert!(s.save_target(&h).is_err(), "used once");
    }

    #[test]
    fn the_shells_own_refusals_are_in_the_users_language() {
        let s = state();
        for (lang, word) in [
            (Lang::En, "web or mail address"),
            (Lang::Bn, "ঠিকানা"),
            (Lang::Tl, "address ng web"),
            (Lang::Ur, "پتا"),
        ] {
            s.prefs.lock().expect("prefs").ui_lang = lang;
            let e = s.refusal("app.bad_link", "ui-bad-link", &[("url", "ftp://x")]);
            assert_eq!(e.code, "app.bad_link");
            assert!(
                e.message.contains(word) && e.message.contains("ftp://x"),
                "{lang:?}: {}",
                e.message
            );
        }
    }
}
