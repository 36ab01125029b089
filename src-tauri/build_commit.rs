// Shared by the build scripts of the CLI and the desktop app (`include!`d, not a module): the commit a
// binary is built from, for `policybook --version` and the window's About box.

/// Sets `POLICYBOOK_COMMIT` for the crate being built: `$POLICYBOOK_COMMIT` when the builder gives
/// one (a source tarball has no .git), else git's short hash of HEAD, else "unknown"; and asks
/// cargo to build again when HEAD moves.
fn set_commit_env() {
    println!("cargo:rerun-if-env-changed=POLICYBOOK_COMMIT");
    let git = |args: &[&str]| -> Option<String> {
        let out = std::process::Command::new("git").args(args).output().ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
    };
    let commit = std::env::var("POLICYBOOK_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]))
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=POLICYBOOK_COMMIT={commit}");
    // HEAD, the branch it names, and packed-refs: any of them moving changes the commit.
    if let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) {
        println!("cargo:rerun-if-changed={head}");
    }
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        if let Some(path) = git(&["rev-parse", "--git-path", &branch]) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    if let Some(packed) = git(&["rev-parse", "--git-path", "packed-refs"]) {
        println!("cargo:rerun-if-changed={packed}");
    }
}
