//! Submit, approve, reject; reviews due; calendar export.

use crate::state::{AppState, UiError};
use policybook_core::review::{Action, Allowed, Due};
use policybook_core::Lang;
use tauri::State;

#[tauri::command]
#[specta::specta]
pub fn act(
    state: State<'_, AppState>,
    action: Action,
    id: String,
    lang: Lang,
    reason: Option<String>,
) -> Result<u32, UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.act(action, &id, lang, &user, None, reason.as_deref()))
}

/// What the user may do with the newest revision (the buttons the review panel offers).
#[tauri::command]
#[specta::specta]
pub fn allowed(state: State<'_, AppState>, id: String, lang: Lang) -> Result<Allowed, UiError> {
    let user = state.user();
    state.with(|hb| hb.allowed(&id, lang, &user))
}

#[tauri::command]
#[specta::specta]
pub fn due(state: State<'_, AppState>, within_days: u32) -> Result<Vec<Due>, UiError> {
    state.with(|hb| hb.due(None, within_days))
}

/// Writes the reviews due in the coming year as an iCalendar file where the user chose.
#[tauri::command]
#[specta::specta]
pub fn export_ics(state: State<'_, AppState>, path: String) -> Result<(), UiError> {
    state.with(|hb| {
        let items = hb.due(None, 366)?;
        hb.export_calendar(&items, std::path::Path::new(&path))
    })
}
