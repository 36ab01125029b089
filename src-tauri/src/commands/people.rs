//! Who you are (this desk's identity) and, in a signed handbook, its people and roles.

use crate::state::{AppState, UiError};
use policybook_core::people::{Person, Role};
use policybook_core::WhoAmI;
use tauri::State;

/// This desk's identity, if it has one (with its role in the handbook).
#[tauri::command(rename_all = "snake_case")]
pub fn whoami(state: State<'_, AppState>) -> Result<Option<WhoAmI>, UiError> {
    state.with(|hb| hb.whoami())
}

/// Makes this desk's identity: an Ed25519 key pair that stays on this machine.
#[tauri::command(rename_all = "snake_case")]
pub fn new_identity(
    state: State<'_, AppState>,
    name: String,
    email: String,
) -> Result<WhoAmI, UiError> {
    state.with(|hb| hb.new_identity(&name, &email))
}

/// The handbook's people, one entry per key.
#[tauri::command(rename_all = "snake_case")]
pub fn people(state: State<'_, AppState>) -> Result<Vec<Person>, UiError> {
    state.with(|hb| hb.people())
}

/// Adds a person's key or changes their role (admins only; the core decides).
#[tauri::command(rename_all = "snake_case")]
pub fn add_person(
    state: State<'_, AppState>,
    name: String,
    email: String,
    role: Role,
    key: String,
) -> Result<Person, UiError> {
    state.writable()?;
    state.with(|hb| hb.add_person(&name, &email, role, &key))
}

/// Ends a person's keys from today (admins only).
#[tauri::command(rename_all = "snake_case")]
pub fn remove_person(state: State<'_, AppState>, who: String) -> Result<Vec<String>, UiError> {
    state.writable()?;
    state.with(|hb| hb.remove_person(&who, None))
}
