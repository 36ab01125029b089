include!("build_commit.rs");

fn main() {
    set_commit_env();
    tauri_build::build()
}
