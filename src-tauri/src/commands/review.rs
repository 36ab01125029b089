//! Submit, approve, reject; reviews due; calendar export.

use crate::state::{AppState, UiError};
use policybook_core::review::{Action, Due, Options};
use policybook_core::Lang;
use serde::Deserialize;
use tauri::State;

/// A workflow action on the revision the window shows.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct ActRequest {
    action: Action,
    id: String,
    lang: Lang,
    /// The revision on screen: the action is refused if it is no longer the newest.
    revision: Option<u32>,
    /// Why (a rejection needs one).
    reason: Option<String>,
    /// An approval that changes only the wording: staff are not asked to read it again.
    editorial: Option<bool>,
}

/// Submits, approves or rejects the revision the window shows (refused if another was saved
/// meanwhile); the revision's number.
#[tauri::command(rename_all = "snake_case")]
pub fn act(state: State<'_, AppState>, request: ActRequest) -> Result<u32, UiError> {
    state.writable()?;
    let user = state.user();
    let r = request;
    state.with(|hb| {
        hb.act(
            r.action,
            &r.id,
            r.lang,
            r.revision,
            &user,
            None,
            r.reason.as_deref(),
            r.editorial.unwrap_or(false),
        )
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn due(state: State<'_, AppState>, within_days: u32) -> Result<Vec<Due>, UiError> {
    state.with(|hb| hb.due(None, within_days))
}

/// Writes the reviews due in the coming year as an iCalendar file where the user chose.
#[tauri::command(rename_all = "snake_case")]
pub fn export_ics(state: State<'_, AppState>, target: String) -> Result<(), UiError> {
    let path = state.save_target(&target)?;
    state.with(|hb| {
        let items = hb.due(None, 366)?;
        policybook_core::export::write_atomic(&path, hb.due_ics(&items).as_bytes())
    })
}

/// What the user may do to the revision on screen (the buttons the window offers), and whether
/// they wrote it (the hint beside Approve). The core still decides when they act.
#[tauri::command(rename_all = "snake_case")]
pub fn review_options(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    revision: u32,
) -> Result<Options, UiError> {
    let user = state.user();
    state.with(|hb| hb.review_options(&id, lang, revision, &user))
}
