//! Who the user is, their language and mode, and the company name.

use crate::state::{AppState, UiError};
use policybook_core::Lang;
use serde::Serialize;
use tauri::State;

#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AppInfo {
    db_path: String,
    user: String,
    company: String,
    ui_lang: Lang,
    read_only: bool,
    today: String,
    /// The version and the commit the app was built from (the About line in Settings).
    version: &'static str,
}

/// Where the handbook is, who the user is, their language and mode, today, and the version.
#[tauri::command(rename_all = "snake_case")]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, UiError> {
    let prefs = state
        .prefs
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    let (company, today) =
        state.with(|hb| Ok((hb.setting("company")?.unwrap_or_default(), hb.today())))?;
    Ok(AppInfo {
        db_path: state.db_path.display().to_string(),
        user: state.user(),
        company,
        ui_lang: prefs.ui_lang,
        read_only: prefs.read_only,
        today: today.to_string(),
        version: concat!(
            env!("CARGO_PKG_VERSION"),
            " (",
            env!("POLICYBOOK_COMMIT"),
            ")"
        ),
    })
}

/// The window has drawn its first screen. With `POLICYBOOK_STARTUP_PROBE` set the shell says so on
/// standard error, with the time since it started: what start-up measurements wait for.
/// `marks` are the page's milestones (milliseconds since the epoch), printed relative to the start.
#[tauri::command(rename_all = "snake_case")]
pub fn app_ready(marks: std::collections::BTreeMap<String, f64>) {
    if std::env::var_os("POLICYBOOK_STARTUP_PROBE").is_some() {
        let (started, epoch) = crate::started();
        let start_ms = epoch
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0);
        let mut marks: Vec<(String, f64)> = marks.into_iter().collect();
        marks.sort_by(|a, b| a.1.total_cmp(&b.1));
        let marks: Vec<String> = marks
            .iter()
            .map(|(k, v)| format!("{k} {:.0}", v - start_ms))
            .collect();
        eprintln!(
            "policybook: ready after {} ms ({})",
            started.elapsed().as_millis(),
            marks.join(", ")
        );
    }
}

#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LocaleSources {
    en: &'static str,
    own: &'static str,
}

/// The Fluent files the interface formats its messages with (English is the fallback).
#[tauri::command(rename_all = "snake_case")]
pub fn locale_sources(lang: Lang) -> LocaleSources {
    LocaleSources {
        en: policybook_core::i18n::source(Lang::En),
        own: policybook_core::i18n::source(lang),
    }
}

/// Saves the user's name, language and mode; the app's information as it now is.
#[tauri::command(rename_all = "snake_case")]
pub fn save_prefs(
    state: State<'_, AppState>,
    user: String,
    ui_lang: Lang,
    read_only: bool,
) -> Result<AppInfo, UiError> {
    // The message is made after the lock is let go: it reads the user's language from it.
    let saved = {
        let mut prefs = state
            .prefs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        prefs.user = user.trim().to_string();
        prefs.ui_lang = ui_lang;
        prefs.read_only = read_only;
        prefs.save(&state.prefs_path)
    };
    saved.map_err(|e| {
        let path = state.prefs_path.display().to_string();
        state.refusal(
            "app.prefs",
            "ui-prefs-unsaved",
            &[("path", &path), ("reason", &e.to_string())],
        )
    })?;
    app_info(state)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_company(state: State<'_, AppState>, name: String) -> Result<(), UiError> {
    state.writable()?;
    let user = state.user();
    state.with(|hb| hb.set_setting("company", &name, &user))
}
