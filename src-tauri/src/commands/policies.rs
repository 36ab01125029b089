//! Policies, their revisions, drafts and differences.

use crate::state::{AppState, UiError};
use policybook_core::translation::PolicyTranslations;
use policybook_core::{
    Draft, Lang, NewPolicy, PolicySummary, Revision, RevisionDiff, RevisionInfo,
};
use serde::Deserialize;
use tauri::State;

#[tauri::command(rename_all = "snake_case")]
pub fn list_policies(state: State<'_, AppState>) -> Result<Vec<PolicySummary>, UiError> {
    state.with(|hb| hb.list())
}

#[tauri::command(rename_all = "snake_case")]
pub fn get_revision(
    state: State<'_, AppState>,
    id: String,
    lang: Option<Lang>,
    rev: Option<u32>,
) -> Result<Revision, UiError> {
    state.with(|hb| hb.show(&id, lang, rev))
}

/// Fills the (empty) handbook with the demo policies, on the user's request.
#[tauri::command(rename_all = "snake_case")]
pub fn install_demo(state: State<'_, AppState>) -> Result<usize, UiError> {
    state.writable()?;
    state.with(|hb| hb.install_demo())
}

/// The text in force in a language (the newest approved revision), with its approval; none when
/// nothing is approved there.
#[tauri::command(rename_all = "snake_case")]
pub fn in_force(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
) -> Result<Option<policybook_core::InForce>, UiError> {
    state.with(|hb| hb.in_force(&id, lang))
}

#[tauri::command(rename_all = "snake_case")]
pub fn history(
    state: State<'_, AppState>,
    id: String,
    lang: Option<Lang>,
) -> Result<Vec<RevisionInfo>, UiError> {
    // Staff (read-only mode) see approved texts only, never a draft or a text in review.
    let staff = state.read_only();
    state.with(|hb| {
        if staff {
            hb.approved_history(&id, lang)
        } else {
            hb.history(&id, lang)
        }
    })
}

/// The preview: Markdown rendered and sanitised by the core, with the handbook's own pictures.
#[tauri::command(rename_all = "snake_case")]
pub fn render_markdown(state: State<'_, AppState>, md: String) -> Result<String, UiError> {
    state.with(|hb| Ok(hb.preview_html(&md)))
}

/// Stores a picture pasted or dropped into the editor: its bytes (the request's raw body), never
/// a path.
#[tauri::command(rename_all = "snake_case")]
pub fn add_image(
    state: State<'_, AppState>,
    request: tauri::ipc::Request<'_>,
) -> Result<policybook_core::StoredImage, UiError> {
    state.writable()?;
    state.with(|hb| match request.body() {
        tauri::ipc::InvokeBody::Raw(bytes) => hb.add_image(bytes),
        tauri::ipc::InvokeBody::Json(_) => {
            Err(policybook_core::images::ImageError::NotAPicture.into())
        }
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn create_policy(state: State<'_, AppState>, policy: NewPolicy) -> Result<(), UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.create_policy(&policy, &user))
}

/// A revision the editor saves.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    id: String,
    lang: Lang,
    /// None: the core keeps the previous revision's title, or takes the text's first heading.
    title: Option<String>,
    body: String,
    summary: String,
    /// The source revision a translation translates.
    source_revision: Option<u32>,
}

/// Saves a new revision of a policy-language; its number.
#[tauri::command(rename_all = "snake_case")]
pub fn save_revision(state: State<'_, AppState>, draft: DraftRequest) -> Result<u32, UiError> {
    state.writable()?;
    let DraftRequest {
        id,
        lang,
        title,
        body,
        summary,
        source_revision,
    } = draft;
    let draft = Draft {
        title,
        body,
        author: state.user(),
        summary,
        source_revision,
    };
    state.with(|hb| hb.revise(&id, lang, &draft))
}

#[tauri::command(rename_all = "snake_case")]
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

#[tauri::command(rename_all = "snake_case")]
pub fn autosaved(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
) -> Result<Option<policybook_core::Autosaved>, UiError> {
    let user = state.user();
    state.with(|hb| hb.autosaved(&id, lang, &user))
}

#[tauri::command(rename_all = "snake_case")]
pub fn discard_autosave(state: State<'_, AppState>, id: String, lang: Lang) -> Result<(), UiError> {
    let user = state.user();
    state.with(|hb| hb.discard_autosave(&id, lang, &user))
}

#[tauri::command(rename_all = "snake_case")]
pub fn diff(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
    from: u32,
    to: u32,
) -> Result<RevisionDiff, UiError> {
    state.with(|hb| hb.diff(&id, lang, from, to))
}

#[tauri::command(rename_all = "snake_case")]
pub fn translations(state: State<'_, AppState>) -> Result<Vec<PolicyTranslations>, UiError> {
    state.with(|hb| hb.translations())
}

/// What the source of a stale translation said since the revision it translates (none: the
/// translation is not stale).
#[tauri::command(rename_all = "snake_case")]
pub fn translation_changes(
    state: State<'_, AppState>,
    id: String,
    lang: Lang,
) -> Result<Option<policybook_core::SourceChanges>, UiError> {
    state.with(|hb| hb.translation_changes(&id, lang))
}
