//! The handbook and redline exports, with progress.

use crate::state::{AppState, UiError};
use policybook_core::export::handbook::{HandbookOptions, Missing};
use policybook_core::Lang;
use serde::Serialize;
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

/// Exports the handbook off the window's thread, reporting "export-progress" events.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn export_handbook(
    app: AppHandle,
    lang: Lang,
    categories: Vec<String>,
    missing: String,
    title: Option<String>,
    target: String,
    embed_fonts: Option<bool>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Exported, UiError> {
    let opts = HandbookOptions {
        lang: Some(lang),
        title,
        categories,
        missing: if missing == "skip" {
            Missing::Skip
        } else {
            Missing::Source
        },
        without_fonts: embed_fonts == Some(false),
        as_of,
    };
    let path = app.state::<AppState>().save_target(&target)?;
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let state = worker.state::<AppState>();
        let mut progress = |done, total| {
            let _ = worker.emit("export-progress", Progress { done, total });
        };
        state.with(|hb| {
            let doc = hb.export_handbook(&opts, &mut progress)?;
            policybook_core::export::write_atomic(&path, &doc.bytes)?;
            Ok(doc.policies)
        })
    })
    .await
    .map_err(|e| crate::state::app_error("app.export", e.to_string()))?
    .map(|count| Exported { count })
}

#[tauri::command]
pub async fn export_redline(
    app: AppHandle,
    id: String,
    lang: Lang,
    from: u32,
    to: u32,
    target: String,
) -> Result<(), UiError> {
    let path = app.state::<AppState>().save_target(&target)?;
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.with(|hb| {
            let bytes = hb.redline(&id, lang, from, to)?;
            policybook_core::export::write_atomic(&path, &bytes)
        })
    })
    .await
    .map_err(|e| crate::state::app_error("app.export", e.to_string()))?
}
