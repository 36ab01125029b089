//! Sharing through a git remote: the remote, the Sync button and its state.

use crate::state::{AppState, UiError};
use policybook_core::sync::{SyncReport, SyncState};
use policybook_core::Joined;
use tauri::State;

/// Whether and how the handbook is shared (the Sync button's state).
#[tauri::command(rename_all = "snake_case")]
pub fn sync_state(state: State<'_, AppState>) -> Result<SyncState, UiError> {
    state.with(|hb| hb.sync_state())
}

/// Pulls what other desks did and pushes what this desk did. Off the main thread: the network
/// may take a while, and the window stays responsive.
#[tauri::command(rename_all = "snake_case")]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncReport, UiError> {
    state.with(|hb| hb.sync())
}

/// Shares the handbook through a git remote (the address as the user typed it); returns it as
/// kept, without a password.
#[tauri::command(rename_all = "snake_case")]
pub fn set_remote(state: State<'_, AppState>, url: String) -> Result<String, UiError> {
    state.writable()?;
    state.with(|hb| hb.set_remote(&url))
}

/// Stops sharing.
#[tauri::command(rename_all = "snake_case")]
pub fn clear_remote(state: State<'_, AppState>) -> Result<(), UiError> {
    state.with(|hb| hb.clear_remote())
}

/// Opens a shared handbook in place of this one (which is kept beside it). Off the main thread.
#[tauri::command(rename_all = "snake_case")]
pub async fn join_shared(state: State<'_, AppState>, url: String) -> Result<Joined, UiError> {
    state.writable()?;
    state.with(|hb| hb.join_remote(&url))
}
