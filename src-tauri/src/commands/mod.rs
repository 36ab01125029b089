//! The commands the window invokes: one file per capability, a few lines each.

mod acks;
#[cfg(test)]
mod bindings;
mod export;
mod files;
mod import;
mod people;
mod policies;
mod review;
mod search;
mod settings;
mod sync;

/// Every command, for `invoke_handler`.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        settings::app_info,
        settings::app_ready,
        settings::locale_sources,
        settings::save_prefs,
        settings::set_company,
        people::whoami,
        people::new_identity,
        people::people,
        people::add_person,
        people::remove_person,
        sync::sync_state,
        sync::sync_now,
        sync::set_remote,
        sync::clear_remote,
        sync::join_shared,
        files::open_external,
        files::choose_import_file,
        import::import_preview,
        import::import_file,
        policies::list_policies,
        policies::get_revision,
        policies::in_force,
        policies::install_demo,
        policies::history,
        policies::render_markdown,
        policies::add_image,
        policies::create_policy,
        policies::save_revision,
        policies::autosave,
        policies::autosaved,
        policies::discard_autosave,
        policies::diff,
        policies::translations,
        policies::translation_changes,
        review::act,
        review::review_options,
        acks::unread,
        acks::ack,
        acks::acks_report,
        acks::export_acks,
        acks::set_ack_due_days,
        acks::audience,
        acks::set_audience,
        acks::readers,
        acks::set_reader_groups,
        review::due,
        review::export_ics,
        search::search,
        export::export_handbook,
        export::export_redline,
        files::choose_save_path,
    ]
}
