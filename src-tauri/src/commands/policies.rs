//! Policies, their revisions, drafts and differences.

use crate::state::{AppState, UiError};
use policybook_core::translation::{PolicyTranslations, SourceChanges};
use policybook_core::{
    Autosaved, Draft, Lang, NewPolicy, PolicySummary, Revision, RevisionDiff, RevisionInfo,
};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub fn list_policies(state: State<'_, AppState>) -> Result<Vec<PolicySummary>, UiError> {
    state.with(|hb| hb.list())
}

#[tauri::command]
#[specta::specta]
pub fn get_revision(
    state: State<'_, AppState>,
    id: String,
    lang: Option<Lang>,
    rev: Option<u32>,
) -> Result<Revision, UiError> {
    state.with(|hb| hb.show(&id, lang, rev))
}

#[tauri::command]
#[specta::specta]
pub fn history(
    state: State<'_, AppState>,
    id: String,
    lang: Option<Lang>,
) -> Result<Vec<RevisionInfo>, UiError> {
    state.with(|hb| hb.history(&id, lang))
}

/// The preview: Markdown rendered and sanitised by the core.
#[tauri::command]
#[specta::specta]
pub fn render_markdown(md: String) -> String {
    policybook_core::markdown::to_safe_html(&md)
}

#[tauri::command]
#[specta::specta]
pub fn create_policy(
    state: State<'_, AppState>,
    id: String,
    category: String,
    owner: String,
    review_every_months: u32,
    source_lang: Lang,
) -> Result<(), UiError> {
    state.writable()?;
    let user = state.user();
    let p = NewPolicy {
        id,
        category,
        owner,
        review_every_months,
        source_lang,
    };
    state.with(|hb| hb.create_policy(&p, &user))
}

#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)]
pub fn save_revision(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    title: Option<String>,
    body: String,
    summary: String,
    source_revision: Option<u32>,
) -> Result<u32, UiError> {
    state.writable()?;
    let draft = Draft {
        title,
        body,
        author: state.user(),
        summary,
        source_revision,
    };
    state.with(|hb| hb.revise(&id, lang, &draft))
}

#[tauri::command]
#[specta::specta]
pub fn autosave(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    title: String,
    body: String,
) -> Result<(), UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.autosave(&id, lang, &user, &title, &body))
}

#[tauri::command]
#[specta::specta]
pub fn autosaved(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
) -> Result<Option<Autosaved>, UiError> {
    let user = state.user();
    state.with(|hb| hb.autosaved(&id, lang, &user))
}

#[tauri::command]
#[specta::specta]
pub fn discard_autosave(state: State<'_, AppState>, id: String, lang: Lang) -> Result<(), UiError> {
    let user = state.user();
    state.with(|hb| hb.discard_autosave(&id, lang, &user))
}

#[tauri::command]
#[specta::specta]
pub fn diff(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    from: u32,
    to: u32,
) -> Result<RevisionDiff, UiError> {
    state.with(|hb| hb.diff(&id, lang, from, to))
}

#[tauri::command]
#[specta::specta]
pub fn translations(state: State<'_, AppState>) -> Result<Vec<PolicyTranslations>, UiError> {
    state.with(|hb| hb.translations())
}

#[tauri::command]
#[specta::specta]
pub fn translation_changes(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
) -> Result<Option<SourceChanges>, UiError> {
    state.with(|hb| hb.translation_changes(&id, lang))
}
