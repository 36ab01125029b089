//! Search as you type.

use crate::state::{AppState, UiError};
use policybook_core::search::{Hit, SearchQuery};
use policybook_core::{Lang, Status};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub fn search(
    state: State<'_, AppState>,
    text: String,
    lang: Option<Lang>,
    categories: Option<Vec<String>>,
    status: Option<Status>,
    limit: Option<u32>,
) -> Result<Vec<Hit>, UiError> {
    let q = SearchQuery {
        text,
        lang,
        categories: categories.unwrap_or_default(),
        status,
        limit: limit.map_or(20, |n| n as usize),
        ..Default::default()
    };
    state.with(|hb| hb.search(&q))
}
