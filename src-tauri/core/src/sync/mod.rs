//! Sharing a handbook through a git remote.
//!
//! Each desk keeps its own SQLite handbook, the one place the handbook is written. Sync turns the
//! store's audit entries (policies, revisions, submissions, approvals, rejections, retirements,
//! settings) into commits on the remote's `main` branch, one commit per action, and turns the
//! commits of other desks back into store changes, checked first and applied in one transaction.
//!
//! On the remote, a person reads `policies/<id>/<id>.<lang>.md` (front matter as `import` reads
//! it, then the newest revision's text); Policybook reads `policies/<id>/history.jsonl` and
//! `.policybook/settings.jsonl` ([`record`]), append-only records that rebuild the exact history.
//! Every commit's message ends with trailers (`Policybook-Action`, `Policybook-Policy`,
//! `Policybook-Lang`, `Policybook-Revision`, `Policybook-Event`). A commit made with plain git
//! that edits a policy's Markdown arrives as a new draft revision by the commit's author.
//!
//! A sync pulls, then pushes. The pull is one SQLite transaction: the handbook is as it was or
//! fully updated, whatever stops it. Two desks that revise the same policy-language while apart:
//! the first to push keeps the revision number; the other's revisions move on top, flagged as a
//! conflict (base, theirs, ours) until a newer revision is saved. A submission, approval or
//! rejection that raced a change on another desk is refused and reported. A remote whose history
//! was rewritten, or that holds another handbook, is refused and nothing changes.
//!
//! Commits are written in one place ([`git::Cache::write_commits`]) and signed there in a signed
//! handbook. Acknowledgements do not travel on `main`: each reader writes only to a reference of
//! their own (`refs/heads/acks/…`, see the `acks` module), which every desk fetches and checks.

mod acks;
pub mod git;
pub mod record;
pub mod verify;

use crate::error::{ErrArg, ErrorKind};
use crate::identity::Identity;
use crate::lang::Lang;
use crate::store::{self, audit, Read, ReviewState, Status, Store, StoreError, SyncRead, Writer};
use git2::Oid;
use record::{ConflictOf, Event, Replay, What};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Why a sync, or a change of remote, failed. Nothing local changed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No remote is set.
    #[error("this handbook is not shared: set its remote first (policybook remote set URL)")]
    NoRemote,
    /// The address is not one git can use.
    #[error("`{url}` is not a usable remote address: {reason}")]
    BadUrl {
        /// The address.
        url: String,
        /// Why.
        reason: String,
    },
    /// The remote cannot be reached (network, server down, access refused to read).
    #[error("cannot reach the remote {remote}: {reason}")]
    Unreachable {
        /// The remote (without password).
        remote: String,
        /// Why.
        reason: String,
    },
    /// The remote holds something other than a Policybook handbook.
    #[error("the remote {remote} holds no Policybook handbook; nothing was changed")]
    NotAHandbook {
        /// The remote.
        remote: String,
    },
    /// The remote's history no longer contains what this handbook synced.
    #[error("the remote {remote}'s history was rewritten (commit {commit}, synced here, is gone from it: a force-push?); nothing was changed")]
    Rewritten {
        /// The remote.
        remote: String,
        /// The commit synced here.
        commit: String,
    },
    /// The remote holds another handbook while this one has its own history.
    #[error("the remote {remote} holds another handbook, and this handbook has its own history; nothing was changed (clone the remote into a new handbook instead)")]
    Unrelated {
        /// The remote.
        remote: String,
    },
    /// What arrived breaks a rule.
    #[error("the remote's handbook is damaged: {what}; nothing was changed")]
    Damaged {
        /// What and where.
        what: String,
    },
    /// The remote refused the push for a reason other than access or a newer history.
    #[error("the remote {remote} refused the changes: {reason}")]
    PushRefused {
        /// The remote.
        remote: String,
        /// What it said.
        reason: String,
    },
    /// Other desks kept pushing while this one tried.
    #[error("the remote {remote} kept changing while syncing; try again")]
    Busy {
        /// The remote.
        remote: String,
    },
    /// A commit of the remote breaks a rule of the handbook (a signature, a role, four eyes).
    #[error("the remote's commit {commit} is refused: {reason}; nothing was changed")]
    Refused {
        /// The commit.
        commit: String,
        /// Why.
        reason: String,
    },
    /// This desk's changes would break a rule of the handbook on every other desk.
    #[error("this desk's changes cannot go out: {reason} (nothing was sent)")]
    CannotSend {
        /// Why.
        reason: String,
    },
    /// The desk's git cache failed.
    #[error("the sync cache: {0}")]
    Cache(String),
    /// Clone into a handbook that exists.
    #[error("{0} exists already: clone into a new file")]
    Exists(String),
    /// Joining another shared handbook from one that is shared already.
    #[error("this handbook is shared through {remote} already: stop sharing it first to open another shared handbook")]
    AlreadyShared {
        /// The remote it is shared through.
        remote: String,
    },
    /// A handbook in memory has no place for a cache.
    #[error("a handbook in memory cannot be shared")]
    InMemory,
    /// The database.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            SyncError::NoRemote => "sync.no_remote",
            SyncError::BadUrl { .. } => "sync.bad_url",
            SyncError::Unreachable { .. } => "sync.unreachable",
            SyncError::NotAHandbook { .. } => "sync.not_a_handbook",
            SyncError::Rewritten { .. } => "sync.rewritten",
            SyncError::Unrelated { .. } => "sync.unrelated",
            SyncError::Damaged { .. } => "sync.damaged",
            SyncError::PushRefused { .. } => "sync.push_refused",
            SyncError::Busy { .. } => "sync.busy",
            SyncError::Refused { .. } => "sync.refused",
            SyncError::CannotSend { .. } => "sync.cannot_send",
            SyncError::Cache(_) => "sync.cache",
            SyncError::Exists(_) => "sync.exists",
            SyncError::AlreadyShared { .. } => "sync.already_shared",
            SyncError::InMemory => "sync.in_memory",
            SyncError::Store(e) => e.code(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            SyncError::BadUrl { .. } | SyncError::Exists(_) => ErrorKind::BadInput,
            SyncError::NoRemote
            | SyncError::NotAHandbook { .. }
            | SyncError::Rewritten { .. }
            | SyncError::Unrelated { .. }
            | SyncError::Damaged { .. }
            | SyncError::Refused { .. }
            | SyncError::CannotSend { .. }
            | SyncError::AlreadyShared { .. }
            | SyncError::PushRefused { .. } => ErrorKind::Refused,
            SyncError::Store(e) => e.kind(),
            _ => ErrorKind::Failed,
        }
    }

    /// The values its localised message fills in.
    pub fn args(&self) -> Vec<(&'static str, ErrArg)> {
        match self {
            SyncError::BadUrl { url, reason } => {
                vec![
                    ("url", url.clone().into()),
                    ("reason", reason.clone().into()),
                ]
            }
            SyncError::Unreachable { remote, reason }
            | SyncError::PushRefused { remote, reason } => {
                vec![
                    ("remote", remote.clone().into()),
                    ("reason", reason.clone().into()),
                ]
            }
            SyncError::NotAHandbook { remote }
            | SyncError::Unrelated { remote }
            | SyncError::AlreadyShared { remote }
            | SyncError::Busy { remote } => vec![("remote", remote.clone().into())],
            SyncError::Rewritten { remote, commit } => {
                vec![
                    ("remote", remote.clone().into()),
                    ("commit", commit.clone().into()),
                ]
            }
            SyncError::Damaged { what } => vec![("what", what.clone().into())],
            SyncError::Refused { commit, reason } => {
                vec![
                    ("commit", commit.clone().into()),
                    ("reason", reason.clone().into()),
                ]
            }
            SyncError::CannotSend { reason } => vec![("reason", reason.clone().into())],
            SyncError::Cache(reason) => vec![("reason", reason.clone().into())],
            SyncError::Exists(path) => vec![("path", path.clone().into())],
            SyncError::NoRemote | SyncError::InMemory | SyncError::Store(_) => vec![],
        }
    }
}

/// A revision saved on top of another desk's revision of the same text, not yet resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Conflict {
    /// The policy.
    pub id: String,
    /// The language.
    pub lang: Lang,
    /// The revision both desks started from.
    pub base: u32,
    /// The other desk's revision.
    pub theirs: u32,
    /// This text's revision (the newest).
    pub ours: u32,
}

/// An action of this desk that raced another desk's and was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Refusal {
    /// The policy.
    pub id: String,
    /// The language.
    pub lang: Option<Lang>,
    /// The revision it concerned.
    pub revision: Option<u32>,
    /// The action (`submit`, `approve`, `reject`, `revise`).
    pub action: String,
    /// Who did it.
    pub by: String,
    /// Why it was refused.
    pub reason: String,
}

/// What a sync did.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncReport {
    /// Actions of other desks applied here.
    pub pulled: usize,
    /// Actions of this desk sent to the remote.
    pub pushed: usize,
    /// The open conflicts.
    pub conflicts: Vec<Conflict>,
    /// Actions of this desk refused because they raced another desk's.
    pub refused: Vec<Refusal>,
    /// Set when the remote refuses this desk's changes: the handbook only pulls, and why.
    pub read_only: Option<String>,
    /// Actions of this desk waiting to go out.
    pub waiting: usize,
    /// The remote.
    pub remote: String,
    /// Acknowledgements of readers on other desks recorded here.
    pub acks_pulled: usize,
    /// This desk's acknowledgements sent.
    pub acks_pushed: usize,
    /// Acknowledgements that arrived and were refused (forged, or of a revision never
    /// approved), and why.
    pub acks_refused: Vec<Refusal>,
    /// Set when the remote refuses this desk's acknowledgements: why.
    pub acks_read_only: Option<String>,
}

/// Whether and how a handbook is shared, for the window's Sync button.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SyncState {
    /// The remote (without password); none: not shared.
    pub remote: Option<String>,
    /// When the last sync ended well (RFC 3339).
    pub last_synced: Option<String>,
    /// Actions of this desk waiting to go out.
    pub waiting: usize,
    /// The open conflicts.
    pub conflicts: Vec<Conflict>,
    /// Set when the remote refuses this desk's changes: why.
    pub read_only: Option<String>,
}

/// The handbook's sharing state.
pub fn state(store: &Store) -> Result<SyncState, SyncError> {
    let remote = store.sync_value("remote")?;
    Ok(SyncState {
        last_synced: store.sync_value("last_synced")?,
        waiting: if remote.is_some() { waiting(store)? } else { 0 },
        conflicts: conflicts(store)?,
        read_only: store.sync_value("read_only")?,
        remote,
    })
}

/// The remote, as shown (without password).
pub fn remote(store: &impl Read) -> Result<Option<String>, SyncError> {
    Ok(store.sync_value("remote")?)
}

/// Sets the remote. A password in the address is kept in the desk's cache only.
pub fn set_remote(store: &mut Store, cache_dir: &Path, url: &str) -> Result<String, SyncError> {
    let url = url.trim();
    let ok_scheme = ["http://", "https://", "git://", "ssh://", "file://"]
        .iter()
        .any(|s| url.starts_with(s))
        || (url.contains(':') && !url.contains("://") && url.contains('@'))
        || url.starts_with('/');
    if url.is_empty() || url.chars().any(char::is_whitespace) || !ok_scheme {
        return Err(SyncError::BadUrl {
            url: git::redact(url),
            reason: "expected an address like https://host/team/handbook.git, ssh://git@host/handbook.git or git://host/handbook.git".into(),
        });
    }
    let shown = git::redact(url);
    git::Cache::open(cache_dir, &shown, Some(url))?;
    let w = store.write()?;
    w.set_sync_value("remote", Some(&shown))?;
    w.commit()?;
    Ok(shown)
}

/// Stops sharing: the remote is forgotten (what was synced stays known, so setting the same
/// remote again carries on).
pub fn clear_remote(store: &mut Store) -> Result<(), SyncError> {
    let w = store.write()?;
    w.set_sync_value("remote", None)?;
    w.set_sync_value("read_only", None)?;
    w.commit()?;
    Ok(())
}

/// The open conflicts: flagged revisions that are still the newest of their policy-language.
pub fn conflicts(store: &impl Read) -> Result<Vec<Conflict>, SyncError> {
    let mut out = Vec::new();
    for c in store.conflicts()? {
        if store.newest_number(&c.policy_id, c.lang)? == c.ours {
            out.push(Conflict {
                id: c.policy_id,
                lang: c.lang,
                base: c.base,
                theirs: c.theirs,
                ours: c.ours,
            });
        }
    }
    Ok(out)
}

/// How many of this desk's actions wait to go out.
pub fn waiting(store: &impl Read) -> Result<usize, SyncError> {
    Ok(store.pending()?.len() + store.pending_acks()?.len())
}

/// Pulls the remote's new actions into the handbook, then pushes this desk's. `now` is the time
/// written on local repairs (RFC 3339). With an `identity`, every commit this desk writes is
/// signed; a signed handbook (one with people) needs one to send anything.
pub fn sync(
    store: &mut Store,
    cache_dir: &Path,
    now: &str,
    identity: Option<&Identity>,
) -> Result<SyncReport, SyncError> {
    let shown = store.sync_value("remote")?.ok_or(SyncError::NoRemote)?;
    let cache = git::Cache::open(cache_dir, &shown, None)?;
    let desk = match store.sync_value("desk")? {
        Some(d) => d,
        None => {
            let seed = format!(
                "{now}\n{}\n{}\n{:p}",
                std::process::id(),
                cache_dir.display(),
                &shown
            );
            let d = store::sha256_hex(&seed)[..12].to_string();
            let w = store.write()?;
            w.set_sync_value("desk", Some(&d))?;
            w.commit()?;
            d
        }
    };
    let mut report = SyncReport {
        remote: shown.clone(),
        ..SyncReport::default()
    };
    sync_main(store, &cache, &shown, &desk, now, identity, &mut report)?;
    acks::sync_acks(store, &cache, &desk, identity, &mut report)?;
    finish(store, report)
}

/// Pulls the handbook's branch and pushes this desk's actions to it.
fn sync_main(
    store: &mut Store,
    cache: &git::Cache,
    shown: &str,
    desk: &str,
    now: &str,
    identity: Option<&Identity>,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    const TRIES: usize = 5;
    for _ in 0..TRIES {
        let tip = cache.fetch()?;
        pull(store, cache, shown, desk, tip, now, report)?;
        let head = store
            .sync_value("head")?
            .and_then(|h| Oid::from_str(&h).ok());
        if head.is_none() {
            first_admin(store, identity, now)?;
        }
        let pending = store.pending()?;
        if pending.is_empty() {
            return Ok(());
        }
        let people = crate::people::list(store)?;
        let signer = signer(&people, identity)?;
        let mut events = Vec::with_capacity(pending.len());
        for p in &pending {
            let mut e = event_of(store, &p.record, desk)?;
            if let Some(me) = &signer {
                stamp(cache, &mut e, me);
            }
            events.push(e);
        }
        let batch = head.is_none() || events.len() > 500;
        let policies: HashMap<String, store::Policy> = store
            .policies()?
            .into_iter()
            .map(|p| (p.id.clone(), p))
            .collect();
        let new_tip = cache.write_commits(head, &events, batch, signer.as_ref(), &mut |e| {
            files(store, &policies, e)
        })?;
        // What would be refused on every other desk is not sent.
        verify::check_range(&cache.repo, head, new_tip).map_err(|r| SyncError::CannotSend {
            reason: r.to_string(),
        })?;
        match cache.push(new_tip)? {
            git::Pushed::Done => {
                let w = store.write()?;
                for (p, e) in pending.iter().zip(&events) {
                    w.mark_synced(p.seq, p.seq, Some(&e.id))?;
                }
                w.set_sync_value("head", Some(&new_tip.to_string()))?;
                w.set_sync_value("read_only", None)?;
                w.commit()?;
                report.pushed += events.len();
                report.read_only = None;
                return Ok(());
            }
            git::Pushed::Behind(_) => continue,
            git::Pushed::ReadOnly(why) => {
                let w = store.write()?;
                w.set_sync_value("read_only", Some(&why))?;
                w.commit()?;
                report.read_only = Some(why);
                return Ok(());
            }
        }
    }
    Err(SyncError::Busy {
        remote: shown.to_string(),
    })
}

/// The first person to share a handbook, with an identity, is its admin: the handbook is signed
/// from its first commit.
fn first_admin(store: &mut Store, identity: Option<&Identity>, now: &str) -> Result<(), SyncError> {
    let Some(me) = identity else { return Ok(()) };
    if crate::people::is_signed(store)? {
        return Ok(());
    }
    let public = me.public();
    let person = crate::people::Person {
        name: me.name.clone(),
        email: me.email.clone(),
        role: crate::people::Role::Admin,
        key: public.key,
        fingerprint: public.fingerprint,
        removed_from: None,
    };
    let w = store.write()?;
    w.change_people(&crate::people::Change::Set(person), &me.name, now)?;
    w.commit()?;
    Ok(())
}

/// Who signs this desk's commits: the identity, under the name and email the people list gives
/// its key. A signed handbook needs a listed identity.
fn signer(
    people: &[crate::people::Person],
    identity: Option<&Identity>,
) -> Result<Option<Identity>, SyncError> {
    let Some(me) = identity else {
        if people.is_empty() {
            return Ok(None);
        }
        return Err(SyncError::CannotSend {
            reason: crate::people::PeopleError::NoIdentity.to_string(),
        });
    };
    let fp = me.public().fingerprint;
    match crate::people::by_fingerprint(people, &fp) {
        Some(p) => Ok(Some(me.as_person(&p.name, &p.email))),
        None if people.is_empty() => Ok(Some(me.as_person(&me.name, &me.email))),
        None => Err(SyncError::CannotSend {
            reason: crate::people::PeopleError::NotListed { fingerprint: fp }.to_string(),
        }),
    }
}

/// Marks an event with its author's key: this desk's, for what this desk's person did; the key
/// that signed a plain-git draft's commit, for that draft.
fn stamp(cache: &git::Cache, e: &mut Event, me: &Identity) {
    e.by_key = match &e.what {
        What::Revise { via: Some(via), .. } => verify::via_signer(&cache.repo, via).ok(),
        _ if crate::review::person_key(&e.by) == crate::review::person_key(&me.name) => {
            Some(me.public().fingerprint)
        }
        _ => None,
    };
}

fn finish(store: &Store, mut report: SyncReport) -> Result<SyncReport, SyncError> {
    report.conflicts = conflicts(store)?;
    report.waiting = waiting(store)?;
    if report.read_only.is_none() {
        report.read_only = store.sync_value("read_only")?;
    }
    Ok(report)
}

/// The files a revision brings to the remote's tree: its Markdown, and the pictures it shows.
fn files(
    store: &Store,
    policies: &HashMap<String, store::Policy>,
    e: &Event,
) -> Vec<git::TreeFile> {
    let (Some(id), What::Revise { lang, revision, .. }) = (&e.policy, &e.what) else {
        return Vec::new();
    };
    let (Some(p), Ok(rev)) = (policies.get(id), store.revision(id, *lang, Some(*revision))) else {
        return Vec::new();
    };
    let mut out = vec![(
        record::md_path(id, *lang),
        record::markdown(p, &rev).into_bytes(),
    )];
    for h in crate::images::referenced(&rev.body) {
        if let Ok(Some((_, bytes))) = crate::images::stored(store, &h) {
            out.push((format!("{}{h}", crate::images::REMOTE_DIR), bytes));
        }
    }
    out
}

fn parse_lang(s: Option<&str>) -> Result<Lang, SyncError> {
    s.and_then(|l| l.parse().ok())
        .ok_or_else(|| SyncError::Cache("an audit entry without a language".into()))
}

/// The event that carries an audit entry to the remote.
fn event_of(store: &Store, r: &audit::Record, desk: &str) -> Result<Event, SyncError> {
    let d = &r.detail;
    let s = |k: &str| d.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let id = r.policy_id.clone();
    let n = r.revision.unwrap_or(0);
    let what = match r.action.as_str() {
        "policy" => What::Policy {
            category: s("category"),
            owner: s("owner"),
            review_every_months: d
                .get("review_every_months")
                .and_then(|v| v.as_u64())
                .unwrap_or(12) as u32,
            source_lang: parse_lang(Some(&s("source_lang")))?,
        },
        "revise" => {
            let pid = id.clone().unwrap_or_default();
            let lang = parse_lang(r.lang.as_deref())?;
            let rev = store.revision(&pid, lang, Some(n))?;
            let conflict = store
                .conflicts()?
                .into_iter()
                .find(|c| c.policy_id == pid && c.lang == lang && c.ours == n)
                .map(|c| ConflictOf {
                    base: c.base,
                    theirs: c.theirs,
                });
            What::Revise {
                lang,
                revision: n,
                title: rev.title,
                summary: rev.summary,
                source_revision: rev.source_revision,
                hash: rev.hash,
                body: rev.body,
                conflict,
                via: d.get("via").and_then(|v| v.as_str()).map(str::to_string),
            }
        }
        "submit" => What::Submit {
            lang: parse_lang(r.lang.as_deref())?,
            revision: n,
        },
        "approve" => What::Approve {
            lang: parse_lang(r.lang.as_deref())?,
            revision: n,
            on: chrono::NaiveDate::parse_from_str(&s("approved_on"), "%Y-%m-%d")
                .map_err(|_| SyncError::Cache("an approval without a date".into()))?,
            editorial: d
                .get("editorial")
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
        },
        "audience" => What::Audience {
            groups: strings(d.get("groups")),
        },
        "groups" => What::Groups {
            name: s("name"),
            groups: strings(d.get("groups")),
        },
        "ack" => What::Ack {
            lang: parse_lang(r.lang.as_deref())?,
            revision: n,
            source_revision: d
                .get("source_revision")
                .and_then(|v| v.as_u64())
                .unwrap_or(0) as u32,
        },
        "reject" => What::Reject {
            lang: parse_lang(r.lang.as_deref())?,
            revision: n,
            reason: s("reason"),
        },
        "retire" => What::Retire,
        "setting" => What::Setting {
            key: s("key"),
            value: s("value"),
        },
        "person" => What::Person {
            public_key: s("key"),
            name: s("name"),
            email: s("email"),
            role: s("role")
                .parse()
                .map_err(|_| SyncError::Cache("a person without a role".into()))?,
        },
        "person_remove" => What::RemoveKey {
            public_key: s("key"),
            from: chrono::NaiveDate::parse_from_str(&s("from"), "%Y-%m-%d")
                .map_err(|_| SyncError::Cache("a key removal without a date".into()))?,
        },
        other => return Err(SyncError::Cache(format!("cannot share a `{other}` entry"))),
    };
    Ok(Event {
        id: format!("{desk}/{}", r.seq),
        at: r.at.clone(),
        by: r.actor.clone(),
        by_key: None,
        policy: id,
        what,
    })
}

fn strings(v: Option<&serde_json::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// What the remote, as this desk last saw it, says of this desk's audit log: each action this
/// desk sent went out under its audit entry's number (`<desk>/<seq>`), so a log that now ends
/// before the newest of them lost its newest entries. Nothing is fetched.
pub fn anchor_problems(store: &Store, cache_dir: &Path) -> Result<Vec<String>, SyncError> {
    let (Some(shown), Some(desk)) = (store.sync_value("remote")?, store.sync_value("desk")?) else {
        return Ok(Vec::new());
    };
    let Some(cache) = git::Cache::open_existing(cache_dir, &shown) else {
        return Ok(Vec::new());
    };
    let Some(tip) = cache.remote_main() else {
        return Ok(Vec::new());
    };
    let prefix = format!("{desk}/");
    let mut newest = 0i64;
    for (path, _, bytes) in cache.changed_records(None, tip)? {
        for e in record::parse_record(&path, &bytes)? {
            if let Some(n) =
                e.id.strip_prefix(&prefix)
                    .and_then(|n| n.parse::<i64>().ok())
            {
                newest = newest.max(n);
            }
        }
    }
    let last = audit::last_seq(store.conn())?;
    Ok(if newest > last {
        vec![format!(
            "audit log: its newest entries were removed (it ends at entry {last}; the remote holds this desk's entry {newest})"
        )]
    } else {
        Vec::new()
    })
}

/// What the remote has that this desk has not, checked.
struct Incoming {
    /// Per policy: its new events and its whole record replayed.
    policies: BTreeMap<String, (Vec<Event>, Replay)>,
    /// New handbook settings.
    settings: Vec<Event>,
    /// Changes to the people list.
    people: Vec<Event>,
    /// Markdown edits made with plain git, to become revisions here (and go out as such).
    edits: Vec<git::GitEdit>,
    /// Edits that cannot become revisions, and why.
    skipped: Vec<Refusal>,
    /// New pictures, checked against their names.
    images: Vec<git::Picture>,
}

fn incoming(cache: &git::Cache, head: Option<Oid>, tip: Oid) -> Result<Incoming, SyncError> {
    let mut inc = Incoming {
        policies: BTreeMap::new(),
        settings: Vec::new(),
        people: Vec::new(),
        edits: Vec::new(),
        skipped: Vec::new(),
        images: cache.new_images(head, tip)?,
    };
    for (path, old, new) in cache.changed_records(head, tip)? {
        if !new.starts_with(&old) {
            return Err(SyncError::Damaged {
                what: format!("{path} was rewritten, not appended to"),
            });
        }
        let all = record::parse_record(&path, &new)?;
        let before = old.iter().filter(|b| **b == b'\n').count();
        let fresh = all[before.min(all.len())..].to_vec();
        match record::path_kind(&path) {
            record::PathKind::Record(id) => {
                let replay = Replay::of(&path, &id, &all)?;
                inc.policies.insert(id, (fresh, replay));
            }
            record::PathKind::Settings => {
                record::check_settings(&path, &all)?;
                inc.settings = fresh;
            }
            record::PathKind::People => {
                record::replay_people(&path, &all)?;
                inc.people = fresh;
            }
            _ => {}
        }
    }
    // Markdown edited with plain git: a new draft unless the record has it already or the text
    // is the newest revision's.
    let mut replays: HashMap<String, Replay> = HashMap::new();
    let mut newest: HashMap<(String, Lang), (String, String)> = HashMap::new();
    for edit in cache.git_edits(head, tip)? {
        if !replays.contains_key(&edit.id) {
            let r = match inc.policies.get(&edit.id) {
                Some((_, r)) => r.clone(),
                None => {
                    let path = record::record_path(&edit.id);
                    match cache.file(tip, &path)? {
                        Some(b) => Replay::of(&path, &edit.id, &record::parse_record(&path, &b)?)?,
                        None => Replay::default(),
                    }
                }
            };
            replays.insert(edit.id.clone(), r);
        }
        let r = &replays[&edit.id];
        if r.vias.contains(&edit.via) {
            continue;
        }
        if !r.exists {
            inc.skipped.push(Refusal {
                id: edit.id.clone(),
                lang: Some(edit.lang),
                revision: None,
                action: "revise".into(),
                by: edit.author.clone(),
                reason: format!(
                    "{} was added with git, but the handbook has no policy `{}`: create it in Policybook first",
                    edit.path, edit.id
                ),
            });
            continue;
        }
        let opts = crate::import::ImportOptions {
            lang: Some(edit.lang),
            author: edit.author.clone(),
        };
        let name = edit.path.rsplit('/').next().unwrap_or(&edit.path);
        let doc = match crate::import::parse(&edit.path, name, &edit.bytes, &opts) {
            Ok(d) => d,
            Err(e) => {
                inc.skipped.push(Refusal {
                    id: edit.id.clone(),
                    lang: Some(edit.lang),
                    revision: None,
                    action: "revise".into(),
                    by: edit.author.clone(),
                    reason: format!("the git commit's text cannot be read: {e}"),
                });
                continue;
            }
        };
        let key = (edit.id.clone(), edit.lang);
        let current = newest.get(&key).cloned().or_else(|| {
            r.langs
                .get(&edit.lang)
                .and_then(|v| v.last())
                .map(|s| (s.title.clone(), s.body.clone()))
        });
        if current.as_ref() == Some(&(doc.title.clone(), doc.body.clone())) {
            continue;
        }
        newest.insert(key, (doc.title.clone(), doc.body.clone()));
        let mut edit = edit;
        // Keep what the file says, parsed: title and body travel in `bytes` as import reads them.
        edit.bytes = serde_json::to_vec(&(doc.title, doc.body)).expect("serialises");
        inc.edits.push(edit);
    }
    // The replays of policies only edited with git, for the checks below.
    for (id, r) in replays {
        inc.policies.entry(id).or_insert_with(|| (Vec::new(), r));
    }
    Ok(inc)
}

/// One local audit entry waiting to go out, sorted by what it touches.
struct Local {
    seq: i64,
    action: String,
    id: Option<String>,
    lang: Option<Lang>,
    revision: Option<u32>,
    by: String,
    detail: serde_json::Value,
}

#[allow(clippy::too_many_arguments)]
fn pull(
    store: &mut Store,
    cache: &git::Cache,
    shown: &str,
    desk: &str,
    tip: Option<Oid>,
    now: &str,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let head = store
        .sync_value("head")?
        .and_then(|h| Oid::from_str(&h).ok());
    let Some(tip) = tip else {
        return match head {
            Some(h) => Err(SyncError::Rewritten {
                remote: shown.to_string(),
                commit: h.to_string(),
            }),
            None => Ok(()),
        };
    };
    if Some(tip) == head {
        return Ok(());
    }
    if !cache.is_handbook(tip)? {
        return Err(SyncError::NotAHandbook {
            remote: shown.to_string(),
        });
    }
    match head {
        Some(h) => {
            if !cache.contains(tip, h)? {
                if !cache.related(tip, h) && cache.has(h) {
                    return Err(SyncError::Unrelated {
                        remote: shown.to_string(),
                    });
                }
                return Err(SyncError::Rewritten {
                    remote: shown.to_string(),
                    commit: h.to_string(),
                });
            }
        }
        None => {
            let has_history = !store.policies()?.is_empty() || store.setting("company")?.is_some();
            if has_history {
                return Err(SyncError::Unrelated {
                    remote: shown.to_string(),
                });
            }
        }
    }
    // Every new commit checked before anything is applied (signatures, roles, four eyes).
    verify::check_range(&cache.repo, head, tip).map_err(|r| SyncError::Refused {
        commit: r.commit,
        reason: r.reason,
    })?;
    let mut inc = incoming(cache, head, tip)?;
    // In a signed handbook, a draft made with plain git is by the person whose key signed it.
    let people_now = match cache.file(tip, record::PEOPLE_PATH)? {
        Some(b) => record::replay_people(
            record::PEOPLE_PATH,
            &record::parse_record(record::PEOPLE_PATH, &b)?,
        )?,
        None => Vec::new(),
    };
    for edit in &mut inc.edits {
        if let Some(p) = edit
            .key
            .as_deref()
            .and_then(|k| crate::people::by_fingerprint(&people_now, k))
        {
            edit.author = p.name.clone();
        }
    }

    let w = store.write()?;
    let own_prefix = format!("{desk}/");
    let mut locals: Vec<Local> = Vec::new();
    for p in w.pending()? {
        let r = p.record;
        locals.push(Local {
            seq: p.seq,
            action: r.action,
            id: r.policy_id,
            lang: r.lang.as_deref().and_then(|l| l.parse().ok()),
            revision: r.revision,
            by: r.actor,
            detail: r.detail,
        });
    }
    // This desk's own actions, pushed by a sync stopped before it could note it.
    let mut own: HashSet<i64> = HashSet::new();
    // An arriving event that is one of this desk's own entries is marked as synced (and known as
    // ours); any other is kept to apply.
    let mut ours = |e: &Event| -> Result<bool, SyncError> {
        match e
            .id
            .strip_prefix(&own_prefix)
            .and_then(|s| s.parse::<i64>().ok())
        {
            Some(seq) if locals.iter().any(|l| l.seq == seq) => {
                w.mark_synced(seq, seq, Some(&e.id))?;
                own.insert(seq);
                Ok(true)
            }
            _ => Ok(false),
        }
    };
    let mut new_policies: BTreeMap<String, (Vec<Event>, Replay)> = BTreeMap::new();
    for (id, (events, replay)) in inc.policies {
        let mut keep = Vec::new();
        for e in events {
            if !ours(&e)? {
                keep.push(e);
            }
        }
        new_policies.insert(id, (keep, replay));
    }
    let mut settings = Vec::new();
    for e in inc.settings {
        if !ours(&e)? {
            settings.push(e);
        }
    }
    let mut people_events = Vec::new();
    for e in inc.people {
        if !ours(&e)? {
            people_events.push(e);
        }
    }
    locals.retain(|l| !own.contains(&l.seq));

    // What the remote changed, per policy-language.
    let mut remote_revs: HashMap<(String, Lang), u32> = HashMap::new();
    let mut first_remote: HashMap<(String, Lang), u32> = HashMap::new();
    let mut remote_states: HashSet<(String, Lang, u32)> = HashSet::new();
    let mut remote_policy: HashSet<String> = HashSet::new();
    let mut remote_retired: HashSet<String> = HashSet::new();
    for (id, (events, _)) in &new_policies {
        for e in events {
            match &e.what {
                What::Revise { lang, revision, .. } => {
                    *remote_revs.entry((id.clone(), *lang)).or_default() += 1;
                    first_remote.entry((id.clone(), *lang)).or_insert(*revision);
                }
                What::Submit { lang, revision }
                | What::Approve { lang, revision, .. }
                | What::Reject { lang, revision, .. } => {
                    remote_states.insert((id.clone(), *lang, *revision));
                }
                What::Policy { .. } => {
                    remote_policy.insert(id.clone());
                }
                What::Retire => {
                    remote_retired.insert(id.clone());
                }
                What::Setting { .. }
                | What::Person { .. }
                | What::RemoveKey { .. }
                | What::Audience { .. }
                | What::Groups { .. }
                | What::Ack { .. } => {}
            }
        }
    }
    for e in &inc.edits {
        *remote_revs.entry((e.id.clone(), e.lang)).or_default() += 1;
    }
    let remote_keys: HashSet<String> = settings
        .iter()
        .filter_map(|e| match &e.what {
            What::Setting { key, .. } => Some(key.clone()),
            _ => None,
        })
        .collect();

    // 1. This desk's revisions of a text another desk revised first move on top.
    let mut superseded: Vec<i64> = Vec::new();
    // (policy, language, (old number, new number) of each moved revision, the first new number)
    type Move = (String, Lang, Vec<(u32, u32)>, u32);
    let mut moves: Vec<Move> = Vec::new();
    let mut moved_from: HashMap<(String, Lang), u32> = HashMap::new();
    let mut pending_revs: BTreeMap<(String, Lang), Vec<(i64, u32)>> = BTreeMap::new();
    for l in locals.iter().filter(|l| l.action == "revise") {
        if let (Some(id), Some(lang), Some(n)) = (&l.id, l.lang, l.revision) {
            pending_revs
                .entry((id.clone(), lang))
                .or_default()
                .push((l.seq, n));
        }
    }
    for ((id, lang), revs) in &pending_revs {
        let k = remote_revs.get(&(id.clone(), *lang)).copied().unwrap_or(0);
        if k == 0 {
            continue;
        }
        let from = revs.iter().map(|(_, n)| *n).min().expect("not empty");
        if let Some(first) = first_remote.get(&(id.clone(), *lang)) {
            if *first != from {
                return Err(SyncError::Damaged {
                    what: format!(
                        "policy `{id}` {lang}: the remote's revision {first} does not follow this handbook's revision {}",
                        from - 1
                    ),
                });
            }
        }
        let moved = w.move_revisions(id, *lang, from, k, "sync", now)?;
        for (seq, _) in revs {
            superseded.push(*seq);
        }
        moved_from.insert((id.clone(), *lang), from);
        moves.push((id.clone(), *lang, moved, from - 1 + k));
    }

    // 2. The pictures the remote's revisions show (named by their bytes: nothing to trust).
    for p in &inc.images {
        w.add_image(&p.hash, p.mime, &p.bytes, now)?;
    }

    // The remote's actions, in their order.
    let mut pulled = 0usize;
    for (id, (events, _)) in &new_policies {
        for e in events {
            let before = w.last_seq()?;
            apply(&w, id, e)?;
            let after = w.last_seq()?;
            if after > before {
                w.mark_synced(before + 1, after, Some(&e.id))?;
                if let Some(k) = &e.by_key {
                    w.mark_signed(before, k)?;
                }
            }
            pulled += 1;
        }
    }
    for e in &settings {
        if let What::Setting { key, value } = &e.what {
            let before = w.last_seq()?;
            w.set_setting(key, value, &e.by, &e.at)?;
            let after = w.last_seq()?;
            w.mark_synced(before + 1, after, Some(&e.id))?;
            if let Some(k) = &e.by_key {
                w.mark_signed(before, k)?;
            }
            pulled += 1;
        }
    }

    // The people list, as the remote's admins changed it.
    for e in &people_events {
        let mut list = crate::people::list(&w)?;
        record::apply_people(&mut list, e).map_err(|why| SyncError::Damaged {
            what: format!("{}: {why}", record::PEOPLE_PATH),
        })?;
        if let What::Groups { name, groups } = &e.what {
            let before = w.last_seq()?;
            w.set_groups(name, groups, false, None, &e.by, &e.at)?;
            w.mark_synced(before + 1, w.last_seq()?, Some(&e.id))?;
            if let Some(k) = &e.by_key {
                w.mark_signed(before, k)?;
            }
            continue;
        }
        let change = record::people_change(e).map_err(|why| SyncError::Damaged {
            what: format!("{}: {why}", record::PEOPLE_PATH),
        })?;
        let before = w.last_seq()?;
        w.change_people(&change, &e.by, &e.at)?;
        w.mark_synced(before + 1, w.last_seq()?, Some(&e.id))?;
        if let Some(k) = &e.by_key {
            w.mark_signed(before, k)?;
        }
        pulled += 1;
    }

    // 3. Markdown edited with plain git becomes a draft by the commit's author; it goes out as
    //    a revision like any made here.
    for edit in &inc.edits {
        let (title, body): (String, String) =
            serde_json::from_slice(&edit.bytes).expect("written above");
        let p = w.policy(&edit.id)?;
        let source_revision = if edit.lang == p.source_lang {
            None
        } else {
            Some(w.newest_number(&edit.id, p.source_lang)?).filter(|n| *n > 0)
        };
        let rev = store::Revision {
            policy_id: edit.id.clone(),
            lang: edit.lang,
            revision: w.newest_number(&edit.id, edit.lang)? + 1,
            hash: store::sha256_hex(&body),
            title,
            body,
            author: edit.author.clone(),
            created: edit.at.clone(),
            summary: edit.subject.clone(),
            source_revision,
        };
        let before = w.last_seq()?;
        w.insert_revision_via(&rev, Some(&edit.via))?;
        if let Some(k) = edit.key.as_deref().filter(|_| !people_now.is_empty()) {
            w.mark_signed(before, k)?;
        }
        pulled += 1;
    }

    // 4. The moved revisions under their new numbers, the newest flagged as a conflict.
    for (id, lang, moved, theirs) in &moves {
        for (from, to) in moved {
            w.log_moved(id, *lang, *from, *to)?;
        }
        let ours = moved.last().map(|(_, to)| *to).expect("moved some");
        w.flag_conflict(&store::StoredConflict {
            policy_id: id.clone(),
            lang: *lang,
            base: moved_from[&(id.clone(), *lang)] - 1,
            theirs: *theirs,
            ours,
        })?;
    }

    // 5. Submissions, approvals and rejections that raced another desk's change are refused.
    let mut refused = Vec::new();
    for l in &locals {
        if !matches!(l.action.as_str(), "submit" | "approve" | "reject") {
            continue;
        }
        let (Some(id), Some(lang), Some(n)) = (&l.id, l.lang, l.revision) else {
            continue;
        };
        let key = (id.clone(), lang);
        let reason = if moved_from.get(&key).is_some_and(|from| n >= *from) {
            let theirs = moves
                .iter()
                .find(|(i, la, _, _)| i == id && *la == lang)
                .map_or(0, |m| m.3);
            Some(format!(
                "another desk saved revision {n} of `{id}` ({lang}) first; this desk's text is now a conflicting draft on top of revision {theirs}"
            ))
        } else if remote_revs.contains_key(&key) {
            let newest = w.newest_number(id, lang)?;
            Some(format!(
                "a newer revision of `{id}` ({lang}) came from another desk meanwhile (now revision {newest}); {} again if it still holds",
                l.action
            ))
        } else if remote_states.contains(&(id.clone(), lang, n)) {
            let st = w.state(id, lang, n)?;
            Some(format!(
                "revision {n} of `{id}` ({lang}) was {} on another desk meanwhile{}",
                match st.status {
                    Status::Draft => "sent back to draft",
                    Status::InReview => "submitted",
                    Status::Approved => "approved",
                },
                st.approved_by
                    .map(|b| format!(" by {b}"))
                    .unwrap_or_default()
            ))
        } else {
            None
        };
        let Some(reason) = reason else { continue };
        superseded.push(l.seq);
        let moved = moved_from.get(&key).is_some_and(|from| n >= *from);
        if !moved && !remote_states.contains(&(id.clone(), lang, n)) {
            // Back to what the remote says.
            let state = new_policies
                .get(id)
                .and_then(|(_, r)| r.langs.get(&lang))
                .and_then(|v| v.get(n as usize - 1))
                .map(|s| s.state.clone())
                .unwrap_or_else(ReviewState::draft);
            let before = w.last_seq()?;
            w.reset_state(id, lang, n, &state, "sync", now)?;
            w.mark_synced(before + 1, w.last_seq()?, None)?;
        }
        refused.push(Refusal {
            id: id.clone(),
            lang: Some(lang),
            revision: Some(n),
            action: l.action.clone(),
            by: l.by.clone(),
            reason,
        });
    }

    // 6. This desk's settings changes made while apart come after the remote's (the last
    //    writer wins everywhere): applied again on top, and sent.
    for l in &locals {
        match l.action.as_str() {
            "policy" => {
                let Some(id) = &l.id else { continue };
                if !remote_policy.contains(id) {
                    continue;
                }
                superseded.push(l.seq);
                let d = &l.detail;
                let s = |k: &str| d.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
                let mut p = w.policy(id)?;
                p.category = s("category");
                p.owner = s("owner");
                p.review_every_months =
                    d.get("review_every_months")
                        .and_then(|v| v.as_u64())
                        .unwrap_or(p.review_every_months as u64) as u32;
                if let Ok(l) = s("source_lang").parse() {
                    p.source_lang = l;
                }
                w.update_policy(&p, &l.by, now)?;
            }
            "setting" => {
                let key = l.detail.get("key").and_then(|v| v.as_str()).unwrap_or("");
                if !remote_keys.contains(key) {
                    continue;
                }
                superseded.push(l.seq);
                let value = l.detail.get("value").and_then(|v| v.as_str()).unwrap_or("");
                w.set_setting(key, value, &l.by, now)?;
            }
            "retire" if l.id.as_ref().is_some_and(|id| remote_retired.contains(id)) => {
                superseded.push(l.seq);
            }
            _ => {}
        }
    }
    for seq in superseded {
        w.mark_synced(seq, seq, None)?;
    }
    w.set_sync_value("head", Some(&tip.to_string()))?;
    w.commit()?;
    report.pulled += pulled;
    report.refused.extend(inc.skipped);
    report.refused.extend(refused);
    Ok(())
}

/// Applies one checked event of another desk.
fn apply(w: &Writer<'_>, id: &str, e: &Event) -> Result<(), SyncError> {
    match &e.what {
        What::Policy {
            category,
            owner,
            review_every_months,
            source_lang,
        } => {
            let mut p = store::Policy {
                id: id.to_string(),
                category: category.clone(),
                owner: owner.clone(),
                review_every_months: *review_every_months,
                source_lang: *source_lang,
                retired: None,
            };
            match w.policy(id) {
                Ok(old) => {
                    p.retired = old.retired;
                    w.update_policy(&p, &e.by, &e.at)?;
                }
                Err(StoreError::NoPolicy(_)) => w.create_policy(&p, &e.by, &e.at)?,
                Err(other) => return Err(other.into()),
            }
        }
        What::Revise {
            lang,
            revision,
            title,
            summary,
            source_revision,
            hash,
            body,
            conflict,
            via,
        } => {
            let rev = store::Revision {
                policy_id: id.to_string(),
                lang: *lang,
                revision: *revision,
                title: title.clone(),
                body: body.clone(),
                author: e.by.clone(),
                created: e.at.clone(),
                summary: summary.clone(),
                hash: hash.clone(),
                source_revision: *source_revision,
            };
            w.insert_revision_via(&rev, via.as_deref())
                .map_err(|err| SyncError::Damaged {
                    what: err.to_string(),
                })?;
            if let Some(c) = conflict {
                w.flag_conflict(&store::StoredConflict {
                    policy_id: id.to_string(),
                    lang: *lang,
                    base: c.base,
                    theirs: c.theirs,
                    ours: *revision,
                })?;
            }
        }
        What::Submit { lang, revision } => {
            let st = ReviewState {
                status: Status::InReview,
                approved_by: None,
                approved_on: None,
            };
            w.set_state(id, *lang, *revision, &st, "submit", &e.by, &e.at, None)?;
        }
        What::Approve {
            lang,
            revision,
            on,
            editorial,
        } => {
            let st = ReviewState {
                status: Status::Approved,
                approved_by: Some(e.by.clone()),
                approved_on: Some(*on),
            };
            let note = store::StateNote {
                editorial: *editorial,
                ..Default::default()
            };
            w.set_state_noted(id, *lang, *revision, &st, "approve", &e.by, &e.at, &note)?;
        }
        What::Audience { groups } => {
            w.set_audience(id, groups, &e.by, &e.at)?;
        }
        What::Reject {
            lang,
            revision,
            reason,
        } => {
            w.set_state(
                id,
                *lang,
                *revision,
                &ReviewState::draft(),
                "reject",
                &e.by,
                &e.at,
                Some(reason.as_str()),
            )?;
        }
        What::Retire => {
            if w.policy(id)?.retired.is_none() {
                w.retire(id, &e.by, &e.at)?;
            }
        }
        What::Setting { .. }
        | What::Person { .. }
        | What::RemoveKey { .. }
        | What::Groups { .. }
        | What::Ack { .. } => {}
    }
    Ok(())
}
