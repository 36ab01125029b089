//! The commands the window invokes: one file per capability, a few lines each.
//!
//! [`contract`] lists every command and every type that crosses to the window, once: the invoke
//! handler is built from it, and so are the window's TypeScript bindings
//! (`ui/src/lib/bindings.ts`, regenerated with `make bindings`; a test fails when they are out of
//! date). A new command: `#[tauri::command]` and `#[specta::specta]` on it, its name in the list
//! below; a new type: `#[derive(specta::Type)]` beside its `Serialize`.

mod export;
mod files;
mod policies;
mod review;
mod search;
mod settings;

pub use export::ExportProgress;

/// Every command and event type the window uses.
pub fn contract() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            settings::app_info,
            settings::app_ready,
            settings::locale_sources,
            settings::save_prefs,
            settings::set_company,
            policies::list_policies,
            policies::get_revision,
            policies::history,
            policies::render_markdown,
            policies::create_policy,
            policies::save_revision,
            policies::autosave,
            policies::autosaved,
            policies::discard_autosave,
            policies::diff,
            policies::translations,
            policies::translation_changes,
            review::act,
            review::allowed,
            review::due,
            review::export_ics,
            search::search,
            export::export_handbook,
            export::export_redline,
            files::choose_save_path,
        ])
        .constant("LANGS", policybook_core::Lang::ALL)
        .typ::<ExportProgress>()
        .typ::<crate::state::UiError>()
        // Commands reject with a `UiError`; the generated functions throw it.
        .error_handling(tauri_specta::ErrorHandlingMode::Throw)
}

/// Writes the window's TypeScript bindings to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), String> {
    let ts = specta_typescript::Typescript::default().header(
        "// Generated from the Rust definitions by `make bindings` (src-tauri/src/commands/mod.rs).\n// Do not edit: a test fails when this file is out of date.\n",
    );
    contract().export(ts, path).map_err(|e| e.to_string())
}
