//! Policybook's desktop shell: Tauri commands of a few lines each over the core's facade.
//! No rule lives here: the core decides, the shell connects it to the window.

mod commands;
mod state;

use policybook_core::i18n::Messages;
use policybook_core::prefs::Prefs;
use policybook_core::{Handbook, SystemClock};
use state::AppState;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::{Instant, SystemTime};
use tauri::Manager;

/// Opens the handbook (`$POLICYBOOK_DB`, else the data folder; one that does not exist yet is
/// created empty, and the window offers the demo: a missing drive never turns silently into a
/// demo handbook) and the user's preferences.
pub fn open_state(db_path: PathBuf, prefs_path: PathBuf) -> Result<AppState, String> {
    if let Some(dir) = db_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut hb = Handbook::open(&db_path, Box::new(SystemClock)).map_err(|e| e.to_string())?;
    // Who this desk is, in a signed (shared) handbook: its key pair, read when first needed.
    hb.use_identity(policybook_core::identity::default_path());
    let default_user = std::env::var("POLICYBOOK_USER")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_default();
    let prefs = Prefs::load(&prefs_path, &default_user);
    Ok(AppState {
        hb: Mutex::new(hb),
        prefs: Mutex::new(prefs),
        prefs_path,
        db_path,
        save_targets: state::Chosen::new("save"),
        open_files: state::Chosen::new("open"),
    })
}

/// Tells the owner, once at start, how many reviews are overdue, and the reader how many
/// policies they have to read (desktop notifications).
fn notify_overdue(app: &tauri::AppHandle) {
    use tauri_plugin_notification::NotificationExt;
    let state = app.state::<AppState>();
    let m = Messages::new(state.ui_lang());
    let show = |body: String| {
        let _ = app
            .notification()
            .builder()
            .title("Policybook")
            .body(body)
            .show();
    };
    let overdue = state
        .with(|hb| hb.due(None, 0))
        .map(|d| d.iter().filter(|x| x.overdue).count())
        .unwrap_or(0);
    if overdue > 0 {
        show(m.get("notify-overdue", &[("count", overdue.into())]));
    }
    let user = state.user();
    let lang = state.ui_lang();
    let unread = state
        .with(|hb| hb.unread(&user, Some(lang)))
        .map(|list| list.unread.len())
        .unwrap_or(0);
    if unread > 0 {
        show(m.get("notify-unread", &[("count", unread.into())]));
    }
}

/// When the shell started (the first call fixes it), on the monotonic and the wall clock.
pub fn started() -> (Instant, SystemTime) {
    static STARTED: OnceLock<(Instant, SystemTime)> = OnceLock::new();
    *STARTED.get_or_init(|| (Instant::now(), SystemTime::now()))
}

/// With `POLICYBOOK_STARTUP_PROBE` set, says on standard error how long after the start `what` happened.
pub fn probe(what: &str) {
    if std::env::var_os("POLICYBOOK_STARTUP_PROBE").is_some() {
        eprintln!(
            "policybook: {what} after {} ms",
            started().0.elapsed().as_millis()
        );
    }
}

/// Starts the app.
pub fn run() {
    started();
    probe("start");
    // WebKitGTK's accelerated compositing brings an OpenGL stack (Mesa, LLVM) into both processes:
    // about 70 MB more memory and a slower start, for nothing a handbook shows (no 3D, no video).
    // Set before GTK starts and before any thread exists; a value the user set is kept.
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    tauri::Builder::default()
        // First: a second start focuses the running window instead of opening the handbook twice.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        // The webview never leaves the app: a link followed by any other way than the page's own
        // handler (which opens web links in the system browser after showing the address) is
        // refused here.
        .plugin(
            tauri::plugin::Builder::<tauri::Wry, ()>::new("navigation-guard")
                .on_navigation(|_, url| own_page(url))
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            probe("setup");
            let db = policybook_core::default_db_path()
                .or_else(|| {
                    app.path()
                        .app_data_dir()
                        .ok()
                        .map(|d| d.join("handbook.db"))
                })
                .ok_or("no data folder")?;
            let prefs = app.path().app_config_dir()?.join("prefs.json");
            app.manage(open_state(db, prefs)?);
            probe("handbook open");
            // Off the start-up path: the window does not wait for the desktop's notification service.
            let handle = app.handle().clone();
            std::thread::spawn(move || notify_overdue(&handle));
            Ok(())
        })
        .on_page_load(|_, payload| {
            probe(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page load started",
                tauri::webview::PageLoadEvent::Finished => "page load finished",
            })
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("Policybook could not start");
}

/// Whether a URL is the app's own page (the bundled interface, or the development server).
fn own_page(url: &tauri::Url) -> bool {
    match url.scheme() {
        "tauri" => true,
        "http" | "https" => {
            matches!(url.host_str(), Some("tauri.localhost") | Some("localhost"))
                && (url.host_str() != Some("localhost") || cfg!(debug_assertions))
        }
        _ => url.as_str() == "about:blank",
    }
}
