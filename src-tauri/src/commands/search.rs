//! Search as you type.

use crate::state::{AppState, UiError};
use policybook_core::search::{Hit, SearchQuery};
use policybook_core::{Lang, Status};
use serde::Deserialize;
use tauri::State;

/// What the user searches for.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct SearchRequest {
    /// What the user typed.
    text: String,
    /// Only this language (none: all four).
    lang: Option<Lang>,
    /// Only these categories (none: all).
    categories: Option<Vec<String>>,
    /// Only revisions in this status.
    status: Option<Status>,
    /// How many hits at most (default 20).
    limit: Option<usize>,
}

/// The policies that match, best first.
#[tauri::command(rename_all = "snake_case")]
pub fn search(state: State<'_, AppState>, query: SearchRequest) -> Result<Vec<Hit>, UiError> {
    let q = SearchQuery {
        text: query.text,
        lang: query.lang,
        categories: query.categories.unwrap_or_default(),
        status: query.status,
        limit: query.limit.unwrap_or(20),
        // Staff (read-only mode) find the text in force only, as they read it.
        in_force: state.read_only(),
        ..Default::default()
    };
    state.with(|hb| hb.search(&q))
}
