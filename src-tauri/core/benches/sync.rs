//! The sharing benchmark: a handbook of 10,000 policy-languages (2,500 policies in English,
//! Bengali, Tagalog and Urdu) published to a git remote served by `git http-backend` behind
//! lighttpd on 127.0.0.1 with basic authentication, then
//! - cloned into a new handbook, search ready (goal: under 20 s),
//! - one new revision synced out from one desk and into the other (goal: under 0.5 s each).
//!
//! `make bench` (or `cargo bench -p policybook-core --bench sync`). `PB_SYNC_SIZE=10000` sets the
//! number of policy-languages. Needs lighttpd and git (see .ci/deps.sh).

use policybook_core::import::ImportOptions;
use policybook_core::search::SearchQuery;
use policybook_core::{Draft, FixedClock, Handbook, Lang};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WORDS: [&[&str]; 4] = [
    &[
        "customer", "refund", "receipt", "manager", "within", "days", "exchange", "store",
        "policy", "staff",
    ],
    &[
        "গ্রাহক",
        "ফেরত",
        "রসিদ",
        "ব্যবস্থাপক",
        "দিন",
        "দোকান",
        "বিনিময়",
        "নীতি",
    ],
    &[
        "customer",
        "ibalik",
        "resibo",
        "tagapamahala",
        "araw",
        "tindahan",
        "palitan",
        "patakaran",
    ],
    &[
        "گاہک",
        "واپسی",
        "رسید",
        "مینیجر",
        "دن",
        "دکان",
        "تبادلہ",
        "پالیسی",
    ],
];

struct Server(Child);
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn lighttpd(dir: &Path, root: &Path) -> (Server, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let hash = Command::new("openssl")
        .args(["passwd", "-apr1", "secret"])
        .output()
        .expect("openssl");
    std::fs::write(
        dir.join("htpasswd"),
        format!("writer:{}\n", String::from_utf8_lossy(&hash.stdout).trim()),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("www")).unwrap();
    let conf = format!(
        r#"server.modules = ("mod_auth", "mod_authn_file", "mod_alias", "mod_cgi", "mod_setenv")
server.document-root = "{d}/www"
server.bind = "127.0.0.1"
server.port = {port}
server.errorlog = "{d}/error.log"
auth.backend = "htpasswd"
auth.backend.htpasswd.userfile = "{d}/htpasswd"
alias.url = ("/git" => "/usr/lib/git-core/git-http-backend")
$HTTP["url"] =~ "^/git" {{
    cgi.assign = ("" => "")
    setenv.add-environment = ("GIT_PROJECT_ROOT" => "{r}", "GIT_HTTP_EXPORT_ALL" => "1")
    auth.require = ("/" => ("method" => "basic", "realm" => "handbook", "require" => "valid-user"))
}}
"#,
        d = dir.display(),
        r = root.display()
    );
    std::fs::write(dir.join("lighttpd.conf"), conf).unwrap();
    let child = Command::new("/usr/sbin/lighttpd")
        .arg("-D")
        .arg("-f")
        .arg(dir.join("lighttpd.conf"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("lighttpd");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "lighttpd did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    (Server(child), port)
}

fn clock() -> Box<FixedClock> {
    Box::new(FixedClock::on(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    ))
}

fn main() {
    let n: usize = std::env::var("PB_SYNC_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("repos");
    std::fs::create_dir_all(&root).unwrap();
    let bare = root.join("hb.git");
    let ok = Command::new("git")
        .args(["init", "-q", "--bare", "-b", "main"])
        .arg(&bare)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    Command::new("git")
        .args(["config", "http.receivepack", "true"])
        .current_dir(&bare)
        .status()
        .unwrap();
    let (_server, port) = lighttpd(tmp.path(), &root);
    let url = format!("http://writer:secret@127.0.0.1:{port}/git/hb.git");
    // The publishing desk pushes through git daemon (a push of the whole handbook over HTTP
    // through lighttpd's CGI fails with a broken pipe: see the README); the other desk clones
    // and pulls over HTTP.
    let daemon_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let daemon = Command::new("git")
        .arg("daemon")
        .arg("--reuseaddr")
        .arg("--listen=127.0.0.1")
        .arg(format!("--port={daemon_port}"))
        .arg(format!("--base-path={}", root.display()))
        .arg("--export-all")
        .arg("--enable=receive-pack")
        .arg(&root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("git daemon");
    let _daemon = Server(daemon);
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", daemon_port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "git daemon did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let publish_url = format!("git://127.0.0.1:{daemon_port}/hb.git");

    // The handbook: n policy-languages, imported.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    for i in 0..n {
        let l = i % 4;
        let lang = Lang::ALL[l];
        let mut body = format!("# {} {}\n\n", WORDS[l][i % WORDS[l].len()], i / 4);
        for _ in 0..120 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            body.push_str(WORDS[l][(seed % WORDS[l].len() as u64) as usize]);
            body.push(if seed.is_multiple_of(11) { '\n' } else { ' ' });
        }
        files.push((
            format!("policy-{:05}.{}.md", i / 4, lang.code()),
            body.into_bytes(),
        ));
    }
    let items: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_slice()))
        .collect();
    let db_a = tmp.path().join("a.db");
    let mut a = Handbook::open(&db_a, clock()).unwrap();
    let opts = ImportOptions {
        lang: None,
        author: "Importer".into(),
    };
    let t = Instant::now();
    a.import_texts(&items, &opts).unwrap();
    println!(
        "import of {n} policy-languages: {:.2} s",
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    a.set_remote(&publish_url).unwrap();
    let r = a.sync().unwrap();
    println!(
        "publish (first sync, {} actions): {:.2} s",
        r.pushed,
        t.elapsed().as_secs_f64()
    );
    let size: u64 = walkdir::WalkDir::new(&bare)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    println!("remote repository: {:.1} MB", size as f64 / 1e6);

    let db_b = tmp.path().join("b.db");
    let t = Instant::now();
    let policybook_core::Cloned {
        handbook: mut b,
        report: r,
    } = Handbook::clone_remote(&url, &db_b, clock()).unwrap();
    let hits = b
        .search(&SearchQuery {
            text: "refund".into(),
            limit: 5,
            ..SearchQuery::default()
        })
        .unwrap();
    let clone = t.elapsed();
    assert!(!hits.is_empty());
    assert_eq!(b.list().unwrap().len(), n / 4);
    println!(
        "clone over HTTP ({} actions), search ready: {:.2} s (goal < 20 s)",
        r.pulled,
        clone.as_secs_f64()
    );

    // One new revision, out and in.
    let mut outs = Vec::new();
    let mut ins = Vec::new();
    for round in 0..5 {
        a.revise(
            "policy-00007",
            Lang::En,
            &Draft {
                title: None,
                body: format!("# Refunds\n\nRound {round}: within 30 days.\n"),
                author: "Ann".into(),
                summary: format!("round {round}"),
                source_revision: None,
            },
        )
        .unwrap();
        let t = Instant::now();
        let r = a.sync().unwrap();
        outs.push(t.elapsed());
        assert_eq!(r.pushed, 1);
        let t = Instant::now();
        let r = b.sync().unwrap();
        ins.push(t.elapsed());
        assert_eq!(r.pulled, 1);
    }
    outs.sort();
    ins.sort();
    println!(
        "sync of one new revision: out (push) median {:.0} ms, max {:.0} ms; in (pull + index) median {:.0} ms, max {:.0} ms (goal < 500 ms)",
        outs[2].as_secs_f64() * 1e3,
        outs[4].as_secs_f64() * 1e3,
        ins[2].as_secs_f64() * 1e3,
        ins[4].as_secs_f64() * 1e3
    );
}
