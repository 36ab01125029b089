//! Real git servers on 127.0.0.1 for the sharing tests, started by the tests and stopped by them
//! (also when a test fails: each server is killed, with its process group, when dropped).
//!
//! - `git daemon` with receive-pack enabled: `git://127.0.0.1:PORT/NAME.git`, running the
//!   repositories' hooks.
//! - `git http-backend` behind lighttpd (CGI) with basic authentication from an htpasswd file:
//!   `writer` may push, `reader` may only fetch.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const WRITER: (&str, &str) = ("writer", "w-secret");
pub const READER: (&str, &str) = ("reader", "r-secret");

/// A folder of bare repositories served by the servers started on it.
pub struct Repos {
    pub dir: tempfile::TempDir,
}

impl Repos {
    pub fn new() -> Repos {
        Repos {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("repos")
    }

    /// A new empty bare repository `NAME.git` whose default branch is `main`.
    pub fn bare(&self, name: &str) -> PathBuf {
        let p = self.root().join(format!("{name}.git"));
        git(
            self.dir.path(),
            &["init", "--bare", "-q", "-b", "main", p.to_str().unwrap()],
        );
        // Pushes over HTTP need this on the server's side.
        git(&p, &["config", "http.receivepack", "true"]);
        p
    }
}

/// A plain git working copy of `remote`, cloned as a person would, in `NAME` under the
/// repositories' folder: where the tests make commits without Policybook.
pub fn working_copy(repos: &Repos, remote: &Path, name: &str) -> PathBuf {
    let w = repos.dir.path().join(name);
    git(
        repos.dir.path(),
        &["clone", "-q", remote.to_str().unwrap(), w.to_str().unwrap()],
    );
    w
}

/// Runs git and returns its standard output; panics (with its output) if it fails.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("GIT_AUTHOR_NAME", "Tester")
        .env("GIT_AUTHOR_EMAIL", "tester@example.com")
        .env("GIT_COMMITTER_NAME", "Tester")
        .env("GIT_COMMITTER_EMAIL", "tester@example.com")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A free port on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_for(port: u16, child: &mut Child, what: &str) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("{what} stopped at start: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{what} did not answer on port {port}");
}

/// A server process (in its own process group), killed with its children when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
}

impl Server {
    /// Stops the server and every process it started (a receive-pack in progress too).
    pub fn stop(&mut self) {
        let pgid = self.child.id().to_string();
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pgid}")])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn spawn(cmd: &mut Command) -> Child {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// `git daemon` serving `repos` on `port` (0: a free one), with pushes allowed.
pub fn daemon(repos: &Repos, port: u16) -> Server {
    let port = if port == 0 { free_port() } else { port };
    let root = repos.root();
    let mut child = spawn(
        Command::new("git")
            .arg("daemon")
            .arg("--reuseaddr")
            .arg("--listen=127.0.0.1")
            .arg(format!("--port={port}"))
            .arg(format!("--base-path={}", root.display()))
            .arg("--export-all")
            .arg("--enable=receive-pack")
            .arg(&root),
    );
    wait_for(port, &mut child, "git daemon");
    Server { child, port }
}

/// lighttpd in front of `git http-backend`, with basic authentication: every request needs an
/// account, and pushing needs `writer`.
pub fn http(repos: &Repos) -> Server {
    let port = free_port();
    let dir = repos.dir.path().join(format!("http-{port}"));
    std::fs::create_dir_all(dir.join("www")).unwrap();
    let mut htpasswd = String::new();
    for (user, pass) in [WRITER, READER] {
        let out = Command::new("openssl")
            .args(["passwd", "-apr1", pass])
            .output()
            .unwrap();
        assert!(out.status.success());
        htpasswd.push_str(&format!(
            "{user}:{}\n",
            String::from_utf8_lossy(&out.stdout).trim()
        ));
    }
    std::fs::write(dir.join("htpasswd"), htpasswd).unwrap();
    let backend = [
        "/usr/lib/git-core/git-http-backend",
        "/usr/libexec/git-core/git-http-backend",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
    .expect("git http-backend");
    let conf = format!(
        r#"server.modules = ("mod_auth", "mod_authn_file", "mod_alias", "mod_cgi", "mod_setenv")
server.document-root = "{www}"
server.bind = "127.0.0.1"
server.port = {port}
server.errorlog = "{dir}/error.log"
auth.backend = "htpasswd"
auth.backend.htpasswd.userfile = "{dir}/htpasswd"
alias.url = ("/git" => "{backend}")
$HTTP["url"] =~ "^/git" {{
    cgi.assign = ("" => "")
    setenv.add-environment = ("GIT_PROJECT_ROOT" => "{root}", "GIT_HTTP_EXPORT_ALL" => "1")
    auth.require = ("/" => ("method" => "basic", "realm" => "handbook", "require" => "valid-user"))
}}
$HTTP["querystring"] =~ "service=git-receive-pack" {{
    auth.require = ("/" => ("method" => "basic", "realm" => "handbook", "require" => "user=writer"))
}}
$HTTP["url"] =~ "/git-receive-pack$" {{
    auth.require = ("/" => ("method" => "basic", "realm" => "handbook", "require" => "user=writer"))
}}
"#,
        www = dir.join("www").display(),
        dir = dir.display(),
        root = repos.root().display(),
    );
    let conf_path = dir.join("lighttpd.conf");
    std::fs::write(&conf_path, conf).unwrap();
    let lighttpd = ["/usr/sbin/lighttpd", "/usr/bin/lighttpd"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("lighttpd");
    let mut child = spawn(Command::new(lighttpd).arg("-D").arg("-f").arg(&conf_path));
    wait_for(port, &mut child, "lighttpd");
    Server { child, port }
}

/// The HTTP address of repository `name` for an account.
pub fn http_url(server: &Server, account: (&str, &str), name: &str) -> String {
    format!(
        "http://{}:{}@127.0.0.1:{}/git/{name}.git",
        account.0, account.1, server.port
    )
}

/// The git daemon's address of repository `name`.
pub fn git_url(server: &Server, name: &str) -> String {
    format!("git://127.0.0.1:{}/{name}.git", server.port)
}
