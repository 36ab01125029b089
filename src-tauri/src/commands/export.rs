//! The handbook and redline exports, with progress.

use crate::state::{AppState, UiError};
use policybook_core::export::handbook::{HandbookOptions, Missing};
use policybook_core::Lang;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Manager};

#[derive(Serialize, Clone)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Progress {
    done: usize,
    total: usize,
}

#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Exported {
    count: usize,
}

/// The handbook to export, and where.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    lang: Lang,
    /// Only these categories (empty: all).
    categories: Vec<String>,
    /// A policy with no approved text in the language.
    missing: Missing,
    /// The handbook's title (none: the localised "Employee Handbook").
    title: Option<String>,
    /// The file the user chose in the save dialog (its handle: the page never names a path).
    target: String,
    /// Embed the fonts the handbook's text uses (default: yes).
    embed_fonts: Option<bool>,
    /// The handbook as it stood on this day: the texts in force then.
    as_of: Option<chrono::NaiveDate>,
}

/// Exports the handbook off the window's thread, reporting "export-progress" events.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_handbook(app: AppHandle, request: ExportRequest) -> Result<Exported, UiError> {
    let r = request;
    let opts = HandbookOptions {
        lang: Some(r.lang),
        title: r.title,
        categories: r.categories,
        missing: r.missing,
        without_fonts: r.embed_fonts == Some(false),
        as_of: r.as_of,
    };
    let path = app.state::<AppState>().save_target(&r.target)?;
    let emitter = app.clone();
    crate::state::off_thread(&app, move |hb| {
        let mut progress = |done, total| {
            let _ = emitter.emit("export-progress", Progress { done, total });
        };
        let doc = hb.export_handbook(&opts, &mut progress)?;
        policybook_core::export::write_atomic(&path, &doc.bytes)?;
        Ok(Exported {
            count: doc.policies,
        })
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub async fn export_redline(
    app: AppHandle,
    id: String,
    lang: Lang,
    from: u32,
    to: u32,
    target: String,
) -> Result<(), UiError> {
    let path = app.state::<AppState>().save_target(&target)?;
    crate::state::off_thread(&app, move |hb| {
        let bytes = hb.redline(&id, lang, from, to)?;
        policybook_core::export::write_atomic(&path, &bytes)
    })
    .await
}
