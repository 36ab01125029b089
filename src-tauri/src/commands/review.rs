//! Submit, approve, reject; reviews due; calendar export.

use crate::state::{app_error, AppState, UiError};
use policybook_core::review::{Action, Due};
use policybook_core::Lang;
use tauri::State;

/// A workflow action on the revision the window shows (refused if another was saved meanwhile).
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub fn act(
    state: State<'_, AppState>,
    action: String,
    id: String,
    lang: Lang,
    revision: Option<u32>,
    reason: Option<String>,
    editorial: Option<bool>,
) -> Result<u32, UiError> {
    state.writable()?;
    let action = match action.as_str() {
        "submit" => Action::Submit,
        "approve" => Action::Approve,
        "reject" => Action::Reject,
        other => {
            return Err(app_error(
                "app.bad_action",
                format!("unknown action {other}"),
            ))
        }
    };
    let user = state.user();
    let editorial = editorial.unwrap_or(false);
    state.with(|hb| {
        hb.act(
            action,
            &id,
            lang,
            revision,
            &user,
            None,
            reason.as_deref(),
            editorial,
        )
    })
}

#[tauri::command]
pub fn due(state: State<'_, AppState>, within_days: u32) -> Result<Vec<Due>, UiError> {
    state.with(|hb| hb.due(None, within_days))
}

/// Writes the reviews due in the coming year as an iCalendar file where the user chose.
#[tauri::command]
pub fn export_ics(state: State<'_, AppState>, target: String) -> Result<(), UiError> {
    let path = state.save_target(&target)?;
    state.with(|hb| {
        let items = hb.due(None, 366)?;
        policybook_core::export::write_atomic(&path, hb.due_ics(&items).as_bytes())
    })
}

/// Whether the user wrote this revision (the core's four-eyes comparison), for the hint beside
/// the Approve button; the core refuses the approval itself.
#[tauri::command]
pub fn is_own_revision(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    revision: u32,
) -> Result<bool, UiError> {
    let user = state.user();
    state.with(|hb| hb.is_own_revision(&id, lang, revision, &user))
}
