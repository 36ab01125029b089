//! The handbook and redline exports, with progress.

use crate::state::{AppState, UiError};
use policybook_core::export::handbook::{HandbookOptions, Missing};
use policybook_core::Lang;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

/// The "export-progress" event: `done` policies of `total` written.
#[derive(Serialize, Clone, specta::Type)]
pub struct ExportProgress {
    done: u32,
    total: u32,
}

/// A finished handbook export.
#[derive(Serialize, specta::Type)]
pub struct Exported {
    /// How many policies it holds.
    count: u32,
}

/// Exports the handbook off the window's thread, reporting "export-progress" events.
#[tauri::command]
#[specta::specta]
pub async fn export_handbook(
    app: AppHandle,
    lang: Lang,
    categories: Vec<String>,
    missing: Missing,
    title: Option<String>,
    path: String,
) -> Result<Exported, UiError> {
    let opts = HandbookOptions {
        lang: Some(lang),
        title,
        categories,
        missing,
    };
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let state = worker.state::<AppState>();
        let mut progress = |done: usize, total: usize| {
            let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
            let p = ExportProgress {
                done: n(done),
                total: n(total),
            };
            let _ = worker.emit("export-progress", p);
        };
        state.with(|hb| hb.export_handbook(&opts, std::path::Path::new(&path), &mut progress))
    })
    .await
    .map_err(|e| app.state::<AppState>().internal(&e.to_string()))?
    .map(|count| Exported {
        count: u32::try_from(count).unwrap_or(u32::MAX),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn export_redline(
    app: AppHandle,
    id: String,
    lang: Lang,
    from: u32,
    to: u32,
    path: String,
) -> Result<(), UiError> {
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let state = worker.state::<AppState>();
        state.with(|hb| hb.export_redline(&id, lang, from, to, std::path::Path::new(&path)))
    })
    .await
    .map_err(|e| app.state::<AppState>().internal(&e.to_string()))?
}
