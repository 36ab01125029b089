//! The desk's git cache (a bare repository beside the handbook, `<handbook>.git`): fetching the
//! remote's branch, reading its trees, writing commits as objects (no working tree) and pushing.
//! The cache holds nothing the handbook needs: it can be deleted at any time.

use super::record::{self, Event, PathKind};
use super::SyncError;
use git2::{Commit, Cred, CredentialType, ErrorCode, FetchOptions, Oid, PushOptions, Repository};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::Path;

/// The remote branch that holds the handbook.
pub const BRANCH: &str = "refs/heads/main";
const OUTGOING: &str = "refs/policybook/outgoing";

/// A record that changed between two commits: its path, its old bytes (empty when new) and its
/// new bytes.
pub type ChangedRecord = (String, Vec<u8>, Vec<u8>);

/// The cache, with the address to reach the remote by (credentials included if the user gave
/// them in the address: they stay in the cache's config, never in the handbook).
pub struct Cache {
    pub(crate) repo: Repository,
    url: String,
    shown: String,
    /// The readers' acknowledgement references as the last fetch found them.
    ack_tips: RefCell<Vec<(String, Oid)>>,
}

/// How a push ended.
#[derive(Debug)]
pub enum Pushed {
    /// The remote took it.
    Done,
    /// The remote moved on meanwhile (not a fast-forward): fetch and try again.
    Behind(String),
    /// The remote refuses this desk's writes (read-only access): why.
    ReadOnly(String),
}

/// A Markdown file changed by a commit made without Policybook.
#[derive(Debug, Clone)]
pub struct GitEdit {
    /// `git:<commit>:<path>`.
    pub via: String,
    /// The policy.
    pub id: String,
    /// The language.
    pub lang: crate::Lang,
    /// The file's path.
    pub path: String,
    /// The file's content in that commit.
    pub bytes: Vec<u8>,
    /// The commit's author.
    pub author: String,
    /// The fingerprint of the key that signed the commit, if it is signed and the signature
    /// matches.
    pub key: Option<String>,
    /// The commit's time (RFC 3339 UTC).
    pub at: String,
    /// The commit's subject line.
    pub subject: String,
}

fn git_err(e: git2::Error) -> SyncError {
    SyncError::Cache(e.message().to_string())
}

/// The address without its password.
pub fn redact(url: &str) -> String {
    if let Some(start) = url.find("://").map(|i| i + 3) {
        let end = url[start..].find('/').map_or(url.len(), |i| start + i);
        if let Some(at) = url[start..end].rfind('@').map(|i| start + i) {
            let user = &url[start..at];
            let name = user.split(':').next().unwrap_or("");
            return format!("{}{}{}", &url[..start], name, &url[at..]);
        }
    }
    url.to_string()
}

/// A picture found on the remote, checked: its name is its bytes' hash, and it is a PNG or JPEG.
#[derive(Debug, Clone)]
pub struct Picture {
    /// Its name (SHA-256 of the bytes).
    pub hash: String,
    /// `image/png` or `image/jpeg`.
    pub mime: &'static str,
    /// The picture.
    pub bytes: Vec<u8>,
}

/// A file an event brings to the remote's tree: its path and bytes.
pub type TreeFile = (String, Vec<u8>);

/// The remote's branch as this desk last fetched or pushed it.
pub const REMOTE_MAIN: &str = "refs/remotes/origin/main";

impl Cache {
    /// Opens the cache at `dir` if there is one, changing nothing (for `check`).
    pub fn open_existing(dir: &Path, shown: &str) -> Option<Cache> {
        let repo = Repository::open_bare(dir).ok()?;
        Some(Cache {
            repo,
            url: shown.to_string(),
            shown: shown.to_string(),
            ack_tips: RefCell::new(Vec::new()),
        })
    }

    /// The remote's branch as this desk last fetched or pushed it.
    pub fn remote_main(&self) -> Option<Oid> {
        self.repo.refname_to_id(REMOTE_MAIN).ok()
    }

    /// Opens (creating it if needed) the cache at `dir` for the remote `shown` (without
    /// password); `given` is the address as the user typed it, kept when it names `shown`.
    pub fn open(dir: &Path, shown: &str, given: Option<&str>) -> Result<Cache, SyncError> {
        let repo = match Repository::open_bare(dir) {
            Ok(r) => r,
            Err(_) => {
                let _ = std::fs::remove_dir_all(dir);
                Repository::init_bare(dir).map_err(git_err)?
            }
        };
        let mut cfg = repo.config().map_err(git_err)?;
        if let Some(g) = given.filter(|g| redact(g) == shown) {
            cfg.set_str("policybook.url", g).map_err(git_err)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let _ = std::fs::set_permissions(
                    dir.join("config"),
                    std::fs::Permissions::from_mode(0o600),
                );
            }
        }
        let url = cfg
            .get_string("policybook.url")
            .ok()
            .filter(|u| redact(u) == shown)
            .unwrap_or_else(|| shown.to_string());
        Ok(Cache {
            repo,
            url,
            shown: shown.to_string(),
            ack_tips: RefCell::new(Vec::new()),
        })
    }

    fn unreachable(&self, e: &git2::Error) -> SyncError {
        SyncError::Unreachable {
            remote: self.shown.clone(),
            reason: e.message().trim().to_string(),
        }
    }

    /// Fetches the remote's branch; its commit, or `None` for an empty remote.
    pub fn fetch(&self) -> Result<Option<Oid>, SyncError> {
        let mut remote = self
            .repo
            .remote_anonymous(&self.url)
            .map_err(|e| SyncError::BadUrl {
                url: self.shown.clone(),
                reason: e.message().to_string(),
            })?;
        let refused = Cell::new(false);
        let mut fo = FetchOptions::new();
        fo.remote_callbacks(self.callbacks(&refused));
        remote
            .fetch(
                &[
                    format!("+{BRANCH}:{REMOTE_MAIN}"),
                    format!("+{}*:refs/remotes/origin/acks/*", record::ACK_REFS),
                ],
                Some(&mut fo),
                None,
            )
            .map_err(|e| {
                if refused.get() || e.code() == ErrorCode::Auth {
                    SyncError::Unreachable {
                        remote: self.shown.clone(),
                        reason: format!("access refused ({})", e.message().trim()),
                    }
                } else {
                    self.unreachable(&e)
                }
            })?;
        let heads = remote.list().map_err(git_err)?;
        let tip = heads.iter().find(|h| h.name() == BRANCH).map(|h| h.oid());
        *self.ack_tips.borrow_mut() = heads
            .iter()
            .filter(|h| h.name().starts_with(record::ACK_REFS))
            .filter(|h| self.repo.find_commit(h.oid()).is_ok())
            .map(|h| (h.name().to_string(), h.oid()))
            .collect();
        if let Some(t) = tip {
            // The objects must be here now.
            self.repo.find_commit(t).map_err(git_err)?;
        }
        Ok(tip)
    }

    fn callbacks<'a>(&'a self, refused: &'a Cell<bool>) -> git2::RemoteCallbacks<'a> {
        let mut cb = git2::RemoteCallbacks::new();
        let tries = Cell::new(0u32);
        let full = self.url.clone();
        cb.credentials(move |url, user, allowed| {
            tries.set(tries.get() + 1);
            if tries.get() > 2 {
                refused.set(true);
                return Err(git2::Error::from_str("the remote refused the credentials"));
            }
            credentials(&full, url, user, allowed)
        });
        cb
    }

    /// The readers' acknowledgement references as the last fetch found them: (name, tip).
    pub fn ack_tips(&self) -> Vec<(String, Oid)> {
        self.ack_tips.borrow().clone()
    }

    /// Pushes `new` to the remote's branch, as a fast-forward only.
    pub fn push(&self, new: Oid) -> Result<Pushed, SyncError> {
        self.push_to(new, BRANCH, false)
    }

    /// Pushes `new` to a reference of the remote, as a fast-forward only. Every reference's
    /// status is read: a push the server refuses can still return Ok.
    /// `force` replaces what the reference holds (a reader putting their own reference back
    /// after someone else wrote to it).
    pub fn push_to(&self, new: Oid, dest: &str, force: bool) -> Result<Pushed, SyncError> {
        self.repo
            .reference(OUTGOING, new, true, "policybook sync")
            .map_err(git_err)?;
        let mut remote = self.repo.remote_anonymous(&self.url).map_err(git_err)?;
        let refused = Cell::new(false);
        let status: RefCell<Vec<(String, Option<String>)>> = RefCell::new(Vec::new());
        let said: RefCell<String> = RefCell::new(String::new());
        let mut cb = self.callbacks(&refused);
        cb.sideband_progress(|text| {
            said.borrow_mut().push_str(&String::from_utf8_lossy(text));
            true
        });
        cb.push_update_reference(|name, st| {
            status
                .borrow_mut()
                .push((name.to_string(), st.map(str::to_string)));
            Ok(())
        });
        let mut po = PushOptions::new();
        po.remote_callbacks(cb);
        let plus = if force { "+" } else { "" };
        let result = remote.push(&[format!("{plus}{OUTGOING}:{dest}")], Some(&mut po));
        drop(po);
        if let Err(e) = result {
            let m = e.message().to_lowercase();
            if refused.get()
                || e.code() == ErrorCode::Auth
                || m.contains("403")
                || m.contains("401")
                || m.contains("not enabled")
                || m.contains("not permitted")
                || m.contains("denied")
                || m.contains("authentication")
            {
                return Ok(Pushed::ReadOnly(e.message().trim().to_string()));
            }
            if e.code() == ErrorCode::NotFastForward
                || m.contains("fast-forward")
                || m.contains("fetch first")
            {
                return Ok(Pushed::Behind(e.message().trim().to_string()));
            }
            return Err(self.unreachable(&e));
        }
        let status = status.into_inner();
        // What the server said on the way (a hook's message), in one line.
        let said = said
            .into_inner()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        let why = |s: &str| {
            if said.is_empty() {
                s.to_string()
            } else {
                format!("{s} ({said})")
            }
        };
        let ours = status.iter().find(|(n, _)| n == dest);
        match ours {
            Some((_, None)) => {
                if dest == BRANCH {
                    // As git does: the remote's branch as this desk last knew it (the anchor
                    // `check` compares the audit log with, see `sync::anchor_problems`).
                    self.repo
                        .reference(REMOTE_MAIN, new, true, "policybook sync: pushed")
                        .map_err(git_err)?;
                }
                Ok(Pushed::Done)
            }
            Some((_, Some(status))) => {
                let w = status.clone();
                let lower = status.to_lowercase();
                if lower.contains("fast-forward")
                    || lower.contains("fetch first")
                    || lower.contains("stale")
                {
                    Ok(Pushed::Behind(status.clone()))
                } else {
                    Err(SyncError::PushRefused {
                        remote: self.shown.clone(),
                        reason: why(w.as_str()),
                    })
                }
            }
            None => Err(SyncError::PushRefused {
                remote: self.shown.clone(),
                reason: "the remote did not say whether it took the changes".into(),
            }),
        }
    }

    /// Whether `tip` is a Policybook handbook (its tree has the format file).
    pub fn is_handbook(&self, tip: Oid) -> Result<bool, SyncError> {
        let tree = self.commit(tip)?.tree().map_err(git_err)?;
        Ok(self
            .blob_at(&tree, record::FORMAT_PATH)?
            .is_some_and(|b| b == record::FORMAT.as_bytes()))
    }

    /// Whether `tip` has `ancestor` in its history (or is it).
    pub fn contains(&self, tip: Oid, ancestor: Oid) -> Result<bool, SyncError> {
        if tip == ancestor {
            return Ok(true);
        }
        if self.repo.find_commit(ancestor).is_err() {
            return Ok(false);
        }
        self.repo
            .graph_descendant_of(tip, ancestor)
            .map_err(git_err)
    }

    /// Whether the cache has a commit.
    pub fn has(&self, oid: Oid) -> bool {
        self.repo.find_commit(oid).is_ok()
    }

    /// Whether two commits share any history.
    pub fn related(&self, a: Oid, b: Oid) -> bool {
        self.repo.find_commit(b).is_ok() && self.repo.merge_base(a, b).is_ok()
    }

    fn commit(&self, oid: Oid) -> Result<Commit<'_>, SyncError> {
        self.repo.find_commit(oid).map_err(git_err)
    }

    fn blob_at(&self, tree: &git2::Tree<'_>, path: &str) -> Result<Option<Vec<u8>>, SyncError> {
        match tree.get_path(Path::new(path)) {
            Ok(entry) => {
                let blob = self.repo.find_blob(entry.id()).map_err(git_err)?;
                Ok(Some(blob.content().to_vec()))
            }
            Err(_) => Ok(None),
        }
    }

    /// A file of a commit's tree.
    pub fn file(&self, at: Oid, path: &str) -> Result<Option<Vec<u8>>, SyncError> {
        let tree = self.commit(at)?.tree().map_err(git_err)?;
        self.blob_at(&tree, path)
    }

    /// The records that differ between `old` (none: empty) and `new`.
    pub fn changed_records(
        &self,
        old: Option<Oid>,
        new: Oid,
    ) -> Result<Vec<ChangedRecord>, SyncError> {
        let new_tree = self.commit(new)?.tree().map_err(git_err)?;
        let old_tree = match old {
            Some(o) => Some(self.commit(o)?.tree().map_err(git_err)?),
            None => None,
        };
        let mut out = Vec::new();
        match &old_tree {
            Some(ot) => {
                let diff = self
                    .repo
                    .diff_tree_to_tree(Some(ot), Some(&new_tree), None)
                    .map_err(git_err)?;
                for d in diff.deltas() {
                    let Some(path) = d.new_file().path().and_then(|p| p.to_str()) else {
                        continue;
                    };
                    if matches!(
                        record::path_kind(path),
                        PathKind::Record(_) | PathKind::Settings | PathKind::People
                    ) {
                        let old_bytes = self.blob_at(ot, path)?.unwrap_or_default();
                        let new_bytes = self.blob_at(&new_tree, path)?.unwrap_or_default();
                        out.push((path.to_string(), old_bytes, new_bytes));
                    }
                }
            }
            None => {
                for path in [record::SETTINGS_PATH, record::PEOPLE_PATH] {
                    if let Some(b) = self.blob_at(&new_tree, path)? {
                        out.push((path.to_string(), Vec::new(), b));
                    }
                }
                if let Ok(entry) = new_tree.get_path(Path::new("policies")) {
                    let policies = self.repo.find_tree(entry.id()).map_err(git_err)?;
                    for e in policies.iter() {
                        let Ok(name) = e.name() else { continue };
                        let path = record::record_path(name);
                        if let Some(b) = self.blob_at(&new_tree, &path)? {
                            out.push((path, Vec::new(), b));
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// The pictures (`images/<hash>`) that `new` holds and `old` (none: empty) does not, each
    /// checked against its name; a picture that is not what its name says is left out.
    pub fn new_images(&self, old: Option<Oid>, new: Oid) -> Result<Vec<Picture>, SyncError> {
        let dir = crate::images::REMOTE_DIR.trim_end_matches('/');
        let names = |at: Oid| -> Result<HashMap<String, Oid>, SyncError> {
            let tree = self.commit(at)?.tree().map_err(git_err)?;
            let mut out = HashMap::new();
            if let Ok(entry) = tree.get_path(Path::new(dir)) {
                if let Ok(t) = self.repo.find_tree(entry.id()) {
                    for e in t.iter() {
                        if let Some(name) = e.name().ok().filter(|n| crate::images::is_hash(n)) {
                            out.insert(name.to_string(), e.id());
                        }
                    }
                }
            }
            Ok(out)
        };
        let had = match old {
            Some(o) => names(o)?,
            None => HashMap::new(),
        };
        let mut out = Vec::new();
        for (name, id) in names(new)? {
            if had.contains_key(&name) {
                continue;
            }
            let Ok(blob) = self.repo.find_blob(id) else {
                continue;
            };
            let bytes = blob.content();
            if crate::images::hash(bytes) != name {
                continue;
            }
            if let Ok(kind) = crate::images::inspect(bytes) {
                out.push(Picture {
                    hash: name,
                    mime: kind.mime,
                    bytes: bytes.to_vec(),
                });
            }
        }
        out.sort_by(|a, b| a.hash.cmp(&b.hash));
        Ok(out)
    }

    /// The Markdown files changed by commits made without Policybook between `old` and `new`,
    /// oldest first.
    pub fn git_edits(&self, old: Option<Oid>, new: Oid) -> Result<Vec<GitEdit>, SyncError> {
        let mut walk = self.repo.revwalk().map_err(git_err)?;
        walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
            .map_err(git_err)?;
        walk.push(new).map_err(git_err)?;
        if let Some(o) = old {
            walk.hide(o).map_err(git_err)?;
        }
        let mut out = Vec::new();
        for oid in walk {
            let oid = oid.map_err(git_err)?;
            let c = self.commit(oid)?;
            let msg = c.message_raw().unwrap_or("");
            if msg.contains("\nPolicybook-Action: ") || c.parent_count() > 1 {
                continue;
            }
            let tree = c.tree().map_err(git_err)?;
            let parent_tree = match c.parent(0) {
                Ok(p) => Some(p.tree().map_err(git_err)?),
                Err(_) => None,
            };
            let diff = self
                .repo
                .diff_tree_to_tree(parent_tree.as_ref(), Some(&tree), None)
                .map_err(git_err)?;
            for d in diff.deltas() {
                if !matches!(d.status(), git2::Delta::Added | git2::Delta::Modified) {
                    continue;
                }
                let Some(path) = d.new_file().path().and_then(|p| p.to_str()) else {
                    continue;
                };
                if let PathKind::Markdown(id, lang) = record::path_kind(path) {
                    let bytes = self.blob_at(&tree, path)?.unwrap_or_default();
                    let key =
                        self.repo
                            .extract_signature(&oid, None)
                            .ok()
                            .and_then(|(sig, data)| {
                                crate::identity::verify(crate::identity::GIT_NAMESPACE, &data, &sig)
                                    .ok()
                            });
                    let author = c.author();
                    let when = chrono::DateTime::from_timestamp(author.when().seconds(), 0)
                        .unwrap_or_default();
                    out.push(GitEdit {
                        via: format!("git:{oid}:{path}"),
                        id,
                        lang,
                        path: path.to_string(),
                        bytes,
                        author: author.name().unwrap_or("unknown").to_string(),
                        key,
                        at: crate::store::timestamp(when),
                        subject: c.summary().ok().flatten().unwrap_or("").to_string(),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Writes one commit that appends `events` (acknowledgements) to the reader's record on top
    /// of `parent` (their reference's tip, if any), signed by `signer` if given.
    pub fn write_ack_commit(
        &self,
        parent: Option<Oid>,
        events: &[Event],
        signer: Option<&crate::identity::Identity>,
    ) -> Result<Oid, SyncError> {
        let last = events
            .last()
            .ok_or_else(|| SyncError::Cache("nothing to commit".into()))?;
        let parents: Vec<Commit<'_>> = match parent {
            Some(p) => vec![self.commit(p)?],
            None => vec![],
        };
        let mut content = match parents.first() {
            Some(c) => self
                .blob_at(&c.tree().map_err(git_err)?, record::ACKS_PATH)?
                .unwrap_or_default(),
            None => Vec::new(),
        };
        for e in events {
            content.extend_from_slice(e.line().as_bytes());
        }
        let blob = self.repo.blob(&content).map_err(git_err)?;
        let mut b = self.repo.treebuilder(None).map_err(git_err)?;
        b.insert(record::ACKS_PATH, blob, 0o100644)
            .map_err(git_err)?;
        let tree = self
            .repo
            .find_tree(b.write().map_err(git_err)?)
            .map_err(git_err)?;
        let message = if events.len() == 1 {
            message(last)
        } else {
            format!(
                "Read and understood: {} policies, by {}\n\nPolicybook-Action: ack\nPolicybook-Events: {}\n",
                events.len(),
                last.by,
                events.len()
            )
        };
        self.make_commit(&message, &tree, &parents, signer, &last.by, &last.at)
    }

    /// Writes a commit object (no reference moves): signed by `signer` in git's SSH format, or
    /// unsigned as `who`.
    fn make_commit(
        &self,
        message: &str,
        tree: &git2::Tree<'_>,
        parents: &[Commit<'_>],
        signer: Option<&crate::identity::Identity>,
        who: &str,
        at: &str,
    ) -> Result<Oid, SyncError> {
        let refs: Vec<&Commit<'_>> = parents.iter().collect();
        match signer {
            Some(id) => {
                let sig = signature(&id.name, &id.email, at)?;
                let buf = self
                    .repo
                    .commit_create_buffer(&sig, &sig, message, tree, &refs)
                    .map_err(git_err)?;
                let armored = id.sign(crate::identity::GIT_NAMESPACE, &buf);
                let text = std::str::from_utf8(&buf)
                    .map_err(|_| SyncError::Cache("a commit that is not UTF-8".into()))?;
                self.repo
                    .commit_signed(text, &armored, None)
                    .map_err(git_err)
            }
            None => {
                let sig = signature(who, "policybook@invalid", at)?;
                self.repo
                    .commit(None, &sig, &sig, message, tree, &refs)
                    .map_err(git_err)
            }
        }
    }

    /// Writes commits for `events` on top of `parent` and returns the new tip: one commit per
    /// event, or (`batch`) one commit for them all. `files(event)` gives the Markdown files an
    /// event changes, as (path, content). With a `signer`, each commit is made and signed by
    /// that person (git's SSH signature format).
    pub fn write_commits(
        &self,
        parent: Option<Oid>,
        events: &[Event],
        batch: bool,
        signer: Option<&crate::identity::Identity>,
        files: &mut dyn FnMut(&Event) -> Vec<TreeFile>,
    ) -> Result<Oid, SyncError> {
        let mut tip = parent;
        let mut records: HashMap<String, Vec<u8>> = HashMap::new();
        let mut tree = match parent {
            Some(p) => self.commit(p)?.tree().map_err(git_err)?,
            None => {
                let empty = self
                    .repo
                    .treebuilder(None)
                    .and_then(|b| b.write())
                    .map_err(git_err)?;
                let format = self.repo.blob(record::FORMAT.as_bytes()).map_err(git_err)?;
                let mut b = git2::build::TreeUpdateBuilder::new();
                b.upsert(record::FORMAT_PATH, format, git2::FileMode::Blob);
                let oid = b
                    .create_updated(&self.repo, &self.repo.find_tree(empty).map_err(git_err)?)
                    .map_err(git_err)?;
                self.repo.find_tree(oid).map_err(git_err)?
            }
        };
        let groups: Vec<&[Event]> = if batch {
            vec![events]
        } else {
            events.chunks(1).collect()
        };
        for group in groups {
            if group.is_empty() {
                continue;
            }
            let mut b = git2::build::TreeUpdateBuilder::new();
            let mut touched: Vec<String> = Vec::new();
            for e in group {
                let path = match (&e.policy, &e.what) {
                    (Some(id), _) => record::record_path(id),
                    (
                        None,
                        record::What::Person { .. }
                        | record::What::RemoveKey { .. }
                        | record::What::Groups { .. },
                    ) => record::PEOPLE_PATH.to_string(),
                    (None, _) => record::SETTINGS_PATH.to_string(),
                };
                if !records.contains_key(&path) {
                    let have = self.blob_at(&tree, &path)?.unwrap_or_default();
                    records.insert(path.clone(), have);
                }
                records
                    .get_mut(&path)
                    .expect("just read")
                    .extend_from_slice(e.line().as_bytes());
                if !touched.contains(&path) {
                    touched.push(path);
                }
                for (p, content) in files(e) {
                    let oid = self.repo.blob(&content).map_err(git_err)?;
                    b.upsert(p, oid, git2::FileMode::Blob);
                }
            }
            for path in &touched {
                let oid = self.repo.blob(&records[path]).map_err(git_err)?;
                b.upsert(path.as_str(), oid, git2::FileMode::Blob);
            }
            let tree_oid = b.create_updated(&self.repo, &tree).map_err(git_err)?;
            tree = self.repo.find_tree(tree_oid).map_err(git_err)?;
            let (message, who, at) = if group.len() == 1 {
                (
                    message(&group[0]),
                    group[0].by.as_str(),
                    group[0].at.as_str(),
                )
            } else {
                let last = group.last().expect("not empty");
                (
                    format!(
                        "Publish the handbook: {} actions\n\nPolicybook-Action: publish\nPolicybook-Events: {}\n",
                        group.len(),
                        group.len()
                    ),
                    last.by.as_str(),
                    last.at.as_str(),
                )
            };
            let parents: Vec<Commit<'_>> = match tip {
                Some(t) => vec![self.commit(t)?],
                None => vec![],
            };
            let oid = self.make_commit(&message, &tree, &parents, signer, who, at)?;
            tip = Some(oid);
        }
        tip.ok_or_else(|| SyncError::Cache("nothing to commit".into()))
    }
}

fn signature(who: &str, email: &str, at: &str) -> Result<git2::Signature<'static>, SyncError> {
    let name: String = who
        .chars()
        .map(|c| {
            if matches!(c, '<' | '>' | '\n' | '\r') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let name = name.trim();
    let name = if name.is_empty() { "unknown" } else { name };
    let secs = chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| t.timestamp())
        .unwrap_or(0);
    let email = if email.is_empty() {
        "policybook@invalid"
    } else {
        email
    };
    git2::Signature::new(name, email, &git2::Time::new(secs, 0)).map_err(git_err)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A commit's message: a readable subject, the author's words, and the trailers.
pub fn message(e: &Event) -> String {
    use record::What;
    let id = e.policy.as_deref().unwrap_or("");
    let (subject, body) = match &e.what {
        What::Policy { .. } => (format!("{id}: settings by {}", e.by), String::new()),
        What::Revise {
            lang,
            revision,
            summary,
            conflict,
            ..
        } => {
            let mut s = format!("{id} ({lang}): revision {revision} by {}", e.by);
            if !summary.trim().is_empty() {
                s.push_str(": ");
                s.push_str(&one_line(summary));
            }
            let body = match conflict {
                Some(c) => format!(
                    "Saved on top of revision {} while starting from revision {}: a conflict to resolve.",
                    c.theirs, c.base
                ),
                None => String::new(),
            };
            (s, body)
        }
        What::Submit { lang, revision } => (
            format!("{id} ({lang}): revision {revision} submitted by {}", e.by),
            String::new(),
        ),
        What::Approve {
            lang,
            revision,
            on,
            editorial,
        } => (
            format!(
                "{id} ({lang}): revision {revision} approved by {} on {on}{}",
                e.by,
                if *editorial { " (editorial)" } else { "" }
            ),
            String::new(),
        ),
        What::Reject {
            lang,
            revision,
            reason,
        } => (
            format!("{id} ({lang}): revision {revision} rejected by {}", e.by),
            reason.clone(),
        ),
        What::Retire => (format!("{id}: retired by {}", e.by), String::new()),
        What::Setting { key, value } => (
            format!("Setting {key} = {} by {}", one_line(value), e.by),
            String::new(),
        ),
        What::Person {
            name, email, role, ..
        } => (
            format!("People: {name} <{email}> is {role}, by {}", e.by),
            String::new(),
        ),
        What::RemoveKey { public_key, from } => (
            format!("People: a key removed from {from} by {}", e.by),
            public_key.clone(),
        ),
        What::Audience { groups } => (
            if groups.is_empty() {
                format!("{id}: for everyone, by {}", e.by)
            } else {
                format!("{id}: for {}, by {}", one_line(&groups.join(", ")), e.by)
            },
            String::new(),
        ),
        What::Groups { name, groups } => (
            format!(
                "People: {name} in {}, by {}",
                if groups.is_empty() {
                    "no group".to_string()
                } else {
                    one_line(&groups.join(", "))
                },
                e.by
            ),
            String::new(),
        ),
        What::Ack { lang, revision, .. } => (
            format!(
                "{id} ({lang}): revision {revision} read and understood by {}",
                e.by
            ),
            String::new(),
        ),
    };
    let mut m = subject;
    m.push_str("\n\n");
    if !body.trim().is_empty() {
        m.push_str(body.trim());
        m.push_str("\n\n");
    }
    m.push_str(&format!("Policybook-Action: {}\n", e.action()));
    if let Some(p) = &e.policy {
        m.push_str(&format!("Policybook-Policy: {p}\n"));
    }
    if let Some((lang, n)) = e.target() {
        m.push_str(&format!(
            "Policybook-Lang: {lang}\nPolicybook-Revision: {n}\n"
        ));
    }
    m.push_str(&format!("Policybook-Event: {}\n", e.id));
    m
}

/// Credentials, never from the handbook: the address as given, `POLICYBOOK_GIT_PASSWORD` (or
/// `POLICYBOOK_GIT_TOKEN`, with `POLICYBOOK_GIT_USER`), git's credential helpers, the SSH agent.
fn credentials(
    full: &str,
    url: &str,
    user: Option<&str>,
    allowed: CredentialType,
) -> Result<Cred, git2::Error> {
    if allowed.contains(CredentialType::USER_PASS_PLAINTEXT) {
        if let Some((u, p)) = userinfo(full) {
            return Cred::userpass_plaintext(&u, &p);
        }
        let secret = std::env::var("POLICYBOOK_GIT_PASSWORD")
            .or_else(|_| std::env::var("POLICYBOOK_GIT_TOKEN"))
            .ok()
            .filter(|s| !s.is_empty());
        if let Some(secret) = secret {
            let name = user
                .map(str::to_string)
                .or_else(|| std::env::var("POLICYBOOK_GIT_USER").ok())
                .unwrap_or_else(|| "git".to_string());
            return Cred::userpass_plaintext(&name, &secret);
        }
        if let Ok(cfg) = git2::Config::open_default() {
            if let Ok(c) = Cred::credential_helper(&cfg, url, user) {
                return Ok(c);
            }
        }
    }
    if allowed.contains(CredentialType::SSH_KEY) {
        return Cred::ssh_key_from_agent(user.unwrap_or("git"));
    }
    if allowed.contains(CredentialType::USERNAME) {
        return Cred::username(user.unwrap_or("git"));
    }
    if allowed.contains(CredentialType::DEFAULT) {
        return Cred::default();
    }
    Err(git2::Error::from_str("no credentials for the remote"))
}

/// The user and password written in an address, if both are.
fn userinfo(url: &str) -> Option<(String, String)> {
    let start = url.find("://")? + 3;
    let end = url[start..].find('/').map_or(url.len(), |i| start + i);
    let at = url[start..end].rfind('@')? + start;
    let (u, p) = url[start..at].split_once(':')?;
    Some((pct_decode(u), pct_decode(p)))
}

fn pct_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_kept_out_of_the_shown_address() {
        assert_eq!(
            redact("http://ann:s%40cret@127.0.0.1:8080/hb.git"),
            "http://ann@127.0.0.1:8080/hb.git"
        );
        assert_eq!(redact("git://127.0.0.1/hb.git"), "git://127.0.0.1/hb.git");
        assert_eq!(
            userinfo("http://ann:s%40cret@h/x"),
            Some(("ann".into(), "s@cret".into()))
        );
    }
}
