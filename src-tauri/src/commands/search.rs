//! Search as you type.

use crate::state::{app_error, AppState, UiError};
use policybook_core::search::{Hit, SearchQuery};
use policybook_core::Lang;
use tauri::State;

#[tauri::command]
pub fn search(
    state: State<'_, AppState>,
    text: String,
    lang: Option<Lang>,
    categories: Option<Vec<String>>,
    status: Option<String>,
    limit: Option<usize>,
) -> Result<Vec<Hit>, UiError> {
    let status = match status.as_deref() {
        None | Some("") => None,
        Some(s) => Some(
            serde_json::from_value(serde_json::json!(s))
                .map_err(|_| app_error("app.bad_status", s))?,
        ),
    };
    let q = SearchQuery {
        text,
        lang,
        categories: categories.unwrap_or_default(),
        status,
        limit: limit.unwrap_or(20),
        // Staff (read-only mode) find the text in force only, as they read it.
        in_force: state.read_only(),
        ..Default::default()
    };
    state.with(|hb| hb.search(&q))
}
