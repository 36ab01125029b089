//! A temporary handbook and a way to run the built `policybook` on it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Env {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn fails(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        assert_eq!(
            self.stderr.trim_end().lines().count(),
            1,
            "one line on stderr: {}",
            self.stderr
        );
        self
    }
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

/// The repository's root (where assets/ and locales/ are).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("handbook.db");
        Env { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file under the temporary folder and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_policybook"));
        c.arg("--db")
            .arg(&self.db)
            .env_remove("POLICYBOOK_DB")
            // Each handbook's desk has its own identity file (none until `identity new`), never
            // the one of whoever runs the tests.
            .env("POLICYBOOK_IDENTITY", self.dir.path().join("identity"))
            .env("NO_COLOR", "1");
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.cmd().args(args).output().unwrap().into()
    }

    /// `policybook revise ID --lang LANG --file FILE --author AUTHOR EXTRA…`
    pub fn revise(&self, id: &str, lang: &str, file: &Path, author: &str, extra: &[&str]) -> Run {
        let file = file.to_str().unwrap();
        let args = [
            "revise", id, "--lang", lang, "--file", file, "--author", author,
        ];
        self.run(&[&args[..], extra].concat())
    }

    /// Runs a command with `input` on its standard input. The command may stop reading early (a
    /// refused oversized input, say): the broken pipe is not an error.
    pub fn run_in(&self, args: &[&str], input: impl AsRef<[u8]>) -> Run {
        use std::io::Write;
        use std::process::Stdio;
        let mut child = self
            .cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = input.as_ref().to_vec();
        // From a thread, so that a command writing much before it reads cannot deadlock.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out.into()
    }

    /// Everything the handbook holds, to show that a refused operation changed nothing.
    pub fn snapshot(&self) -> String {
        if !self.db.exists() {
            return String::new();
        }
        let list = self.run(&["list", "--json"]).ok().stdout;
        let log = self.run(&["log", "--json"]).ok().stdout;
        format!("{list}\n{log}")
    }

    pub fn sql(&self, sql: &str) {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        conn.execute_batch(sql).unwrap();
    }
}
