//! Importing a Word handbook (or Markdown and text files) the user chose in the shell's open
//! dialog: a preview of the policies it would make, then the import, all or nothing.

use crate::state::{AppState, UiError};
use policybook_core::import::word::WordOptions;
use policybook_core::import::{ImportOptions, ImportReport, Preview};
use policybook_core::Lang;
use serde::Deserialize;
use tauri::{AppHandle, Manager};

/// What to import and how: the chosen file's handle and the Word options.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportRequest {
    handle: String,
    #[cfg_attr(test, ts(optional))]
    lang: Option<Lang>,
    #[cfg_attr(test, ts(optional))]
    split_level: Option<u8>,
    #[cfg_attr(test, ts(optional))]
    category: Option<String>,
    #[serde(default)]
    accept_changes: bool,
    #[serde(default = "yes")]
    pair: bool,
}

fn yes() -> bool {
    true
}

impl ImportRequest {
    fn options(&self, author: String) -> (ImportOptions, WordOptions) {
        (
            ImportOptions {
                lang: self.lang,
                author,
            },
            WordOptions {
                split_level: self.split_level.unwrap_or(1).clamp(1, 9),
                category: self
                    .category
                    .as_deref()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string),
                accept_changes: self.accept_changes,
                pair: self.pair,
            },
        )
    }
}

/// The policies the file would make (nothing is written), off the window's thread.
#[tauri::command(rename_all = "snake_case")]
pub async fn import_preview(
    app: AppHandle,
    request: ImportRequest,
) -> Result<Vec<Preview>, UiError> {
    let state = app.state::<AppState>();
    let path = state.open_file(&request.handle, false)?;
    let (opts, word) = request.options(state.user());
    crate::state::off_thread(&app, move |hb| hb.import_preview(&[path], &opts, &word)).await
}

/// Imports the file, all or nothing, by the user.
#[tauri::command(rename_all = "snake_case")]
pub async fn import_file(app: AppHandle, request: ImportRequest) -> Result<ImportReport, UiError> {
    let state = app.state::<AppState>();
    state.writable()?;
    let path = state.open_file(&request.handle, true)?;
    let (opts, word) = request.options(state.user());
    crate::state::off_thread(&app, move |hb| hb.import_with(&[path], &opts, &word)).await
}
