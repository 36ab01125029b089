//! Read and understood: what the reader has to read, their acknowledgement, and the report for
//! managers. The rules are the core's.

use crate::state::{AppState, UiError};
use policybook_core::acks::{Reader, Report, UnreadList};
use policybook_core::{Acknowledged, Lang};
use tauri::{AppHandle, Manager, State};

/// The window's reader's unread policies, in `lang` where a policy has approved text in it.
#[tauri::command(rename_all = "snake_case")]
pub fn unread(state: State<'_, AppState>, lang: Option<Lang>) -> Result<UnreadList, UiError> {
    let user = state.user();
    state.with(|hb| hb.unread(&user, lang))
}

/// "I have read and understood" the revision on screen (refused if it is no longer in force).
#[tauri::command(rename_all = "snake_case")]
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
#[tauri::command(rename_all = "snake_case")]
pub fn acks_report(
    state: State<'_, AppState>,
    id: Option<String>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Report, UiError> {
    state.with(|hb| hb.acks(id.as_deref(), as_of))
}

/// Whom a policy concerns (no group: everyone).
#[tauri::command(rename_all = "snake_case")]
pub fn audience(state: State<'_, AppState>, id: String) -> Result<Vec<String>, UiError> {
    state.with(|hb| hb.audience(&id))
}

/// Sets whom a policy concerns (managers; the core decides).
#[tauri::command(rename_all = "snake_case")]
pub fn set_audience(
    state: State<'_, AppState>,
    id: String,
    groups: Vec<String>,
) -> Result<Vec<String>, UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.set_audience(&id, &groups, &user))
}

/// The readers and their groups.
#[tauri::command(rename_all = "snake_case")]
pub fn readers(state: State<'_, AppState>) -> Result<Vec<Reader>, UiError> {
    state.with(|hb| hb.readers())
}

/// Sets a reader's groups (a local list: adds the name; a signed handbook: an admin's change).
#[tauri::command(rename_all = "snake_case")]
pub fn set_reader_groups(
    state: State<'_, AppState>,
    name: String,
    groups: Vec<String>,
) -> Result<Reader, UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.set_groups(&name, &groups, &user, None))
}

/// Sets the days staff have to acknowledge an approved policy (the core checks the range).
#[tauri::command(rename_all = "snake_case")]
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
#[tauri::command(rename_all = "snake_case")]
pub async fn export_acks(
    app: AppHandle,
    target: String,
    lang: Lang,
    as_of: Option<chrono::NaiveDate>,
) -> Result<(), UiError> {
    let path = app.state::<AppState>().save_target(&target)?;
    crate::state::off_thread(&app, move |hb| {
        let report = hb.acks(None, as_of)?;
        let bytes = hb.acks_docx(&report, lang)?;
        policybook_core::export::write_atomic(&path, &bytes)
    })
    .await
}
