//! Read and understood: what the reader has to read, their acknowledgement, and the report for
//! managers. The rules are the core's.

use crate::state::{AppState, UiError};
use policybook_core::acks::{Report, Unread};
use policybook_core::{Acknowledged, Lang};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};

/// What the window's reader has to read.
#[derive(Serialize)]
pub struct UnreadList {
    /// The reader.
    person: String,
    /// Due first.
    unread: Vec<Unread>,
}

/// The window's reader's unread policies, in `lang` where a policy has approved text in it.
#[tauri::command]
pub fn unread(state: State<'_, AppState>, lang: Option<Lang>) -> Result<UnreadList, UiError> {
    let user = state.user();
    state.with(|hb| {
        let (person, unread) = hb.unread(&user, lang)?;
        Ok(UnreadList { person, unread })
    })
}

/// "I have read and understood" the revision on screen (refused if it is no longer in force).
#[tauri::command]
pub fn ack(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    revision: u32,
) -> Result<Acknowledged, UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.ack(&id, lang, Some(revision), &user))
}

/// Who acknowledged what and who is overdue (today, or as of a day).
#[tauri::command]
pub fn acks_report(
    state: State<'_, AppState>,
    id: Option<String>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Report, UiError> {
    state.with(|hb| hb.acks(id.as_deref(), as_of))
}

/// Sets the days staff have to acknowledge an approved policy (the core checks the range).
#[tauri::command]
pub fn set_ack_due_days(state: State<'_, AppState>, days: u32) -> Result<(), UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| {
        hb.set_setting(
            policybook_core::acks::DUE_DAYS_KEY,
            &days.to_string(),
            &user,
        )
    })
}

/// Writes the acknowledgement report as a Word document where the user chose (in the shell's
/// own save dialog), labelled in `lang`.
#[tauri::command]
pub async fn export_acks(
    app: AppHandle,
    path: String,
    lang: Lang,
    as_of: Option<chrono::NaiveDate>,
) -> Result<(), UiError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.with(|hb| {
            let report = hb.acks(None, as_of)?;
            let bytes = hb.acks_docx(&report, lang)?;
            policybook_core::export::write_atomic(std::path::Path::new(&path), &bytes)
        })
    })
    .await
    .map_err(|e| crate::state::app_error("app.export", e.to_string()))?
}
