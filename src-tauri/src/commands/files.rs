//! Where to save an export: the native dialog, shown by the shell so that the webview needs no
//! file-system permission. The page gets a handle for the file the user chose (and its name, to
//! show), never passes a path: the export commands take the handle. `POLICYBOOK_SAVE_DIR`
//! answers without a dialog (for automation and the end-to-end tests): the suggested name in that
//! folder.

use crate::state::AppState;
use serde::Serialize;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, FilePath};

/// The file the user chose: a handle for the export (or import) command, and the path to show.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SaveTarget {
    handle: String,
    shown: String,
}

/// The native save dialog, offering `default_path` (a file name) with a filter: the chosen file's
/// handle and the path to show, or none when the user cancels.
#[tauri::command(rename_all = "snake_case")]
pub async fn choose_save_path(
    app: AppHandle,
    default_path: String,
    filter_name: String,
    extensions: Vec<String>,
) -> Option<SaveTarget> {
    let path = chosen_path(&app, default_path, filter_name, extensions).await?;
    let shown = path.display().to_string();
    let handle = app.state::<AppState>().keep_save_target(path);
    Some(SaveTarget { handle, shown })
}

async fn chosen_path(
    app: &AppHandle,
    name: String,
    filter_name: String,
    extensions: Vec<String>,
) -> Option<std::path::PathBuf> {
    if let Some(dir) = std::env::var_os("POLICYBOOK_SAVE_DIR").filter(|d| !d.is_empty()) {
        let file = std::path::Path::new(&name)
            .file_name()
            .map(|f| f.to_os_string())
            .unwrap_or_default();
        return Some(std::path::Path::new(&dir).join(file));
    }
    let exts: Vec<&str> = extensions.iter().map(String::as_str).collect();
    answer(|done| {
        app.dialog()
            .file()
            .set_file_name(&name)
            .add_filter(&filter_name, &exts)
            .save_file(done)
    })
    .await
}

/// What the user chose in a native dialog: `show` opens it with the callback that answers, and
/// the answer is waited for off the async runtime.
async fn answer(
    show: impl FnOnce(Box<dyn FnOnce(Option<FilePath>) + Send>),
) -> Option<std::path::PathBuf> {
    let (tx, rx) = std::sync::mpsc::channel();
    show(Box::new(move |path| {
        let _ = tx.send(path.and_then(|p| p.into_path().ok()));
    }));
    tauri::async_runtime::spawn_blocking(move || rx.recv().ok().flatten())
        .await
        .ok()
        .flatten()
}

/// The file to import, chosen in the shell's open dialog (Word, Markdown or text):
/// a handle for the import commands, and the path to show. `POLICYBOOK_OPEN_FILE` answers without
/// a dialog (for automation and the end-to-end tests).
#[tauri::command(rename_all = "snake_case")]
pub async fn choose_import_file(app: AppHandle, filter_name: String) -> Option<SaveTarget> {
    let path = match std::env::var_os("POLICYBOOK_OPEN_FILE").filter(|f| !f.is_empty()) {
        Some(f) => Some(std::path::PathBuf::from(f)),
        None => {
            answer(|done| {
                app.dialog()
                    .file()
                    .add_filter(&filter_name, &["docx", "md", "markdown", "txt"])
                    .pick_file(done)
            })
            .await
        }
    }?;
    let shown = path.display().to_string();
    let handle = app.state::<AppState>().keep_open_file(path);
    Some(SaveTarget { handle, shown })
}

/// Opens a web or mail link of a policy in the system's browser or mail program. Only http,
/// https and mailto addresses (what the core's Markdown keeps), one line, at most 2,000 bytes.
#[tauri::command(rename_all = "snake_case")]
pub fn open_external(
    state: tauri::State<'_, AppState>,
    url: String,
) -> Result<(), crate::state::UiError> {
    // Shown in the message: without control characters, and not a page long.
    let shown: String = url.chars().filter(|c| !c.is_control()).take(200).collect();
    let ok =
        (url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:"))
            && url.len() <= 2000
            && !url.chars().any(|c| c.is_control() || c.is_whitespace());
    if !ok {
        return Err(state.refusal("app.bad_link", "ui-bad-link", &[("url", &shown)]));
    }
    #[cfg(target_os = "macos")]
    let mut cmd = std::process::Command::new("open");
    #[cfg(target_os = "windows")]
    let mut cmd = {
        let mut c = std::process::Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler");
        c
    };
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    let mut cmd = std::process::Command::new("xdg-open");
    cmd.arg(&url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|e| {
            state.refusal(
                "app.no_browser",
                "ui-no-browser",
                &[("url", &shown), ("reason", &e.to_string())],
            )
        })
}
