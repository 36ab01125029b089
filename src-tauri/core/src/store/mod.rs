//! The handbook database: one SQLite file, source of truth for policies, their immutable revisions,
//! review states and the audit log.

pub mod audit;
mod schema;
mod synced;
pub use synced::{PendingEntry, StoredConflict, SyncRead, SHARED_ACTIONS};

use crate::error::ErrorKind;
use crate::lang::Lang;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::Path;

/// What can go wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not an SQLite database (or is damaged beyond reading).
    #[error("{path} is not a Policybook handbook (not an SQLite database, or damaged)")]
    NotADatabase {
        /// The file.
        path: String,
    },
    /// The database was written by a newer Policybook.
    #[error("this handbook was written by a newer Policybook (schema {found}, this one knows up to {known})")]
    TooNew {
        /// Schema version found.
        found: i64,
        /// Newest version known.
        known: i64,
    },
    /// The database or its disk refuses writes.
    #[error("the handbook cannot be written: {0}")]
    ReadOnly(String),
    /// The handbook was opened for reading only: its file, folder or disk cannot be written.
    #[error(
        "{path} can only be read (its file, folder or disk is read-only); nothing was changed"
    )]
    Unwritable {
        /// The file.
        path: String,
    },
    /// The disk is full.
    #[error("the disk is full; nothing was changed")]
    DiskFull,
    /// Another program holds the database.
    #[error("the handbook is busy in another program; try again")]
    Busy,
    /// No such policy.
    #[error("no policy `{0}`")]
    NoPolicy(String),
    /// No such revision.
    #[error("policy `{id}` has no revision {revision} in {lang}")]
    NoRevision {
        /// Policy id.
        id: String,
        /// Language.
        lang: Lang,
        /// Revision number (0 when it has none at all).
        revision: u32,
    },
    /// The policy has no text in that language.
    #[error("policy `{id}` has no text in {lang}")]
    NoLanguage {
        /// Policy id.
        id: String,
        /// Language.
        lang: Lang,
    },
    /// A policy with that id exists already.
    #[error("a policy `{0}` exists already")]
    Exists(String),
    /// A revision without text.
    #[error("a revision needs some text")]
    NoText,
    /// A revision without a title.
    #[error("a revision needs a title")]
    NoTitle,
    /// A revision without an author.
    #[error("a revision needs an author")]
    NoAuthor,
    /// A setting the handbook does not keep.
    #[error("unknown setting `{key}` (known: {known})")]
    UnknownSetting {
        /// The key given.
        key: String,
        /// The keys it keeps.
        known: String,
    },
    /// The demo into a handbook that has something in it.
    #[error("the demo goes into an empty handbook only; this one has policies or settings")]
    NotEmpty,
    /// A revision arriving out of order.
    #[error("policy `{id}` {lang} revision {revision} does not follow revision {newest}")]
    OutOfOrder {
        /// Policy.
        id: String,
        /// Language.
        lang: Lang,
        /// The revision arriving.
        revision: u32,
        /// The newest here.
        newest: u32,
    },
    /// A revision whose text does not match its hash.
    #[error("policy `{id}` {lang} revision {revision}: its text does not match its hash")]
    HashMismatch {
        /// Policy.
        id: String,
        /// Language.
        lang: Lang,
        /// Revision.
        revision: u32,
    },
    /// Retiring a retired policy.
    #[error("policy `{0}` is retired already")]
    RetiredAlready(String),
    /// A translation of a source revision that does not exist.
    #[error("policy `{id}` has no {lang} revision {revision} to translate")]
    NoSourceRevision {
        /// Policy.
        id: String,
        /// The source language.
        lang: Lang,
        /// The revision named.
        revision: u32,
    },
    /// An id that cannot be a policy's.
    #[error("`{0}` is not a usable policy id (letters, digits, '-', '_' and '.', starting with a letter or digit, at most 100)")]
    BadId(String),
    /// A review cycle outside 1–120 months.
    #[error("a policy is reviewed every 1 to 120 months, not {0}")]
    ReviewCycle(u32),
    /// A text larger than a policy can be.
    #[error("the text is {megabytes} MB, larger than a policy can be ({max} MB)")]
    TooLarge {
        /// Its size in MB (rounded up).
        megabytes: u64,
        /// The largest size, in MB.
        max: u64,
    },
    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// A file operation failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::NotADatabase) => StoreError::NotADatabase {
                path: String::new(),
            },
            Some(C::ReadOnly) | Some(C::CannotOpen) | Some(C::PermissionDenied) => {
                StoreError::ReadOnly(e.to_string())
            }
            Some(C::DiskFull) => StoreError::DiskFull,
            Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => StoreError::Busy,
            _ => StoreError::Sqlite(e),
        }
    }
}

impl StoreError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotADatabase { .. } => "store.not_a_database",
            StoreError::TooNew { .. } => "store.too_new",
            StoreError::ReadOnly(_) => "store.read_only",
            StoreError::Unwritable { .. } => "store.unwritable",
            StoreError::DiskFull => "store.disk_full",
            StoreError::Busy => "store.busy",
            StoreError::NoPolicy(_) => "store.no_policy",
            StoreError::NoRevision { .. } => "store.no_revision",
            StoreError::NoLanguage { .. } => "store.no_language",
            StoreError::Exists(_) => "store.exists",
            StoreError::ReviewCycle(_) => "store.review_cycle",
            StoreError::NoText => "store.no_text",
            StoreError::NoTitle => "store.no_title",
            StoreError::NoAuthor => "store.no_author",
            StoreError::UnknownSetting { .. } => "store.unknown_setting",
            StoreError::NotEmpty => "store.not_empty",
            StoreError::OutOfOrder { .. } => "store.out_of_order",
            StoreError::HashMismatch { .. } => "store.hash_mismatch",
            StoreError::RetiredAlready(_) => "store.retired_already",
            StoreError::NoSourceRevision { .. } => "store.no_source_revision",
            StoreError::BadId(_) => "store.bad_id",
            StoreError::TooLarge { .. } => "store.too_large",
            StoreError::Sqlite(_) => "store.sqlite",
            StoreError::Io { .. } => "store.io",
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            StoreError::NoPolicy(_)
            | StoreError::NoRevision { .. }
            | StoreError::NoLanguage { .. } => ErrorKind::NotFound,
            StoreError::Exists(_)
            | StoreError::ReviewCycle(_)
            | StoreError::NoText
            | StoreError::NoTitle
            | StoreError::NoAuthor
            | StoreError::UnknownSetting { .. }
            | StoreError::NotEmpty
            | StoreError::RetiredAlready(_)
            | StoreError::NoSourceRevision { .. }
            | StoreError::BadId(_)
            | StoreError::TooLarge { .. }
            | StoreError::NotADatabase { .. } => ErrorKind::BadInput,
            _ => ErrorKind::Failed,
        }
    }
}

/// The state of a revision in the review workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being written; may be submitted.
    Draft,
    /// Submitted, waiting for approval.
    InReview,
    /// Approved: the policy's current text.
    Approved,
}

impl Status {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InReview => "in_review",
            Status::Approved => "approved",
        }
    }

    /// The status a stored name names; an unknown name is an error, never a silent draft.
    fn parse(s: &str) -> rusqlite::Result<Status> {
        match s {
            "draft" => Ok(Status::Draft),
            "in_review" => Ok(Status::InReview),
            "approved" => Ok(Status::Approved),
            other => Err(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown review status `{other}`").into(),
            )),
        }
    }
}

/// A policy's settings (its text lives in revisions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// The id, e.g. `refunds`.
    pub id: String,
    /// The category (a chapter of the handbook).
    pub category: String,
    /// Who owns it and is reminded of its review.
    pub owner: String,
    /// Months between reviews.
    pub review_every_months: u32,
    /// The language it is written in first; others translate it.
    pub source_lang: Lang,
    /// When it was retired, if it was.
    pub retired: Option<String>,
}

/// One stored revision of a policy's body in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Revision {
    /// The policy.
    pub policy_id: String,
    /// The language.
    pub lang: Lang,
    /// Its number, from 1, per policy and language.
    pub revision: u32,
    /// The title in this language.
    pub title: String,
    /// The Markdown body, byte for byte as given.
    pub body: String,
    /// Who wrote it.
    pub author: String,
    /// When it was saved (RFC 3339 UTC).
    pub created: String,
    /// What changed, in the author's words.
    pub summary: String,
    /// SHA-256 of the body, hex.
    pub hash: String,
    /// For a translation: the source-language revision it translates.
    pub source_revision: Option<u32>,
}

/// A revision's place in the workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewState {
    /// Its status.
    pub status: Status,
    /// Who approved it.
    pub approved_by: Option<String>,
    /// The date it was approved.
    pub approved_on: Option<NaiveDate>,
}

impl ReviewState {
    /// A draft's state.
    pub fn draft() -> ReviewState {
        ReviewState {
            status: Status::Draft,
            approved_by: None,
            approved_on: None,
        }
    }
}

/// A revision with its review state, without the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RevisionInfo {
    /// The policy.
    pub policy_id: String,
    /// The language.
    pub lang: Lang,
    /// Its number.
    pub revision: u32,
    /// The title in this language.
    pub title: String,
    /// Who wrote it.
    pub author: String,
    /// When it was saved.
    pub created: String,
    /// The author's summary.
    pub summary: String,
    /// For a translation: the source revision it translates.
    pub source_revision: Option<u32>,
    /// Its review status.
    pub status: Status,
    /// Who approved it.
    pub approved_by: Option<String>,
    /// When it was approved.
    pub approved_on: Option<NaiveDate>,
    /// In the revision's history: the fingerprint of the key that signed its writing (none: not
    /// signed, made in a handbook without identities or before it had them).
    pub signed_by: Option<String>,
    /// In the revision's history: the fingerprint of the key that signed its approval.
    pub approval_signed_by: Option<String>,
}

/// What the audit entry of a change of review state notes besides the state.
#[derive(Debug, Clone, Copy, Default)]
pub struct StateNote<'a> {
    /// Why (a rejection).
    pub reason: Option<&'a str>,
    /// An approval that changes only the wording.
    pub editorial: bool,
    /// An approval recorded from paper: who recorded it (the approver is the actor).
    pub recorded_by: Option<&'a str>,
}

/// What a new revision carries.
#[derive(Debug, Clone)]
pub struct NewRevision<'a> {
    /// The title in this language.
    pub title: &'a str,
    /// The body, stored exactly.
    pub body: &'a str,
    /// Who wrote it.
    pub author: &'a str,
    /// What changed.
    pub summary: &'a str,
    /// For a translation: the source revision it translates (`None`: the newest one).
    pub source_revision: Option<u32>,
}

/// The SHA-256 of a text, hex.
pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// A time as stored: RFC 3339, UTC, seconds.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn revision_digest(r: &Revision) -> String {
    let src = r.source_revision.map(|s| s.to_string()).unwrap_or_default();
    let mut h = Sha256::new();
    for part in [&r.title, &r.hash, &r.author, &r.created, &r.summary, &src] {
        h.update(part.as_bytes());
        h.update(b"\0");
    }
    hex::encode(h.finalize())
}

fn policy_detail(p: &Policy) -> serde_json::Value {
    serde_json::json!({
        "category": p.category,
        "owner": p.owner,
        "review_every_months": p.review_every_months,
        "source_lang": p.source_lang.code(),
    })
}

fn parse_lang(s: String) -> rusqlite::Result<Lang> {
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn parse_date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

const REVISION_COLUMNS: &str =
    "policy_id, lang, revision, title, body, author, created, summary, hash, source_revision";

fn revision_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Revision> {
    Ok(Revision {
        policy_id: r.get(0)?,
        lang: parse_lang(r.get(1)?)?,
        revision: r.get(2)?,
        title: r.get(3)?,
        body: r.get(4)?,
        author: r.get(5)?,
        created: r.get(6)?,
        summary: r.get(7)?,
        hash: r.get(8)?,
        source_revision: r.get(9)?,
    })
}

fn policy_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Policy> {
    Ok(Policy {
        id: r.get(0)?,
        category: r.get(1)?,
        owner: r.get(2)?,
        review_every_months: r.get(3)?,
        source_lang: parse_lang(r.get(4)?)?,
        retired: r.get(5)?,
    })
}

/// An open handbook database.
pub struct Store {
    conn: Connection,
    /// Set (to the file's name) when the handbook could be opened for reading only.
    read_only: Option<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, applying any pending migrations.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let shown = path.display().to_string();
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.is_dir() {
                return Err(StoreError::NotADatabase { path: shown });
            }
            if meta.len() > 0 {
                let mut head = [0u8; 16];
                use std::io::Read;
                let ok = std::fs::File::open(path)
                    .and_then(|mut f| f.read_exact(&mut head))
                    .map(|_| &head == b"SQLite format 3\0")
                    .unwrap_or(false);
                if !ok {
                    return Err(StoreError::NotADatabase { path: shown });
                }
            }
        }
        let conn = Connection::open(path).map_err(|e| match StoreError::from(e) {
            StoreError::NotADatabase { .. } => StoreError::NotADatabase {
                path: shown.clone(),
            },
            other => other,
        })?;
        let opened = match Self::setup(conn, true) {
            // A handbook that exists but cannot be written (a read-only file, folder or disk) is
            // opened for reading: it can be listed, shown, searched and exported, not changed.
            Err(StoreError::ReadOnly(_))
                if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > 0) =>
            {
                Self::open_read_only(path)
            }
            other => other,
        };
        let mut store = opened.map_err(|e| match e {
            StoreError::NotADatabase { .. } => StoreError::NotADatabase {
                path: shown.clone(),
            },
            // A file that starts like SQLite but is not (or no longer) one.
            StoreError::Sqlite(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) =>
            {
                StoreError::NotADatabase {
                    path: shown.clone(),
                }
            }
            other => other,
        })?;
        // SQLite itself opens a file it may not write for reading only.
        if store.conn.is_readonly(rusqlite::MAIN_DB)? {
            store.read_only = Some(shown);
        }
        Ok(store)
    }

    /// Opens an existing handbook for reading only.
    fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        use rusqlite::OpenFlags as F;
        let flags = F::SQLITE_OPEN_READ_ONLY | F::SQLITE_OPEN_NO_MUTEX;
        // As it is: this works where the write-ahead log's index (`-shm`) exists or can be made.
        let conn = Connection::open_with_flags(path, flags)?;
        match Self::setup(conn, false) {
            Err(StoreError::ReadOnly(_)) => {}
            other => return other,
        }
        // A handbook closed cleanly on a read-only folder or disk has no `-wal` or `-shm` file,
        // and none can be made. Nothing can change it there, so SQLite may read it as immutable;
        // not if a log of committed changes lies beside it, which that would pass over.
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
            return Err(StoreError::Unwritable {
                path: path.display().to_string(),
            });
        }
        let uri = format!("{}?immutable=1", file_uri(path));
        let conn = Connection::open_with_flags(uri, flags | F::SQLITE_OPEN_URI)?;
        Self::setup(conn, false)
    }

    /// A database in memory, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::setup(Connection::open_in_memory()?, false)
    }

    fn setup(conn: Connection, wal: bool) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        identify(&conn)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        if wal {
            // A read-only file cannot switch to WAL: it is then read in its current mode.
            let _ = conn.pragma_update(None, "journal_mode", "WAL");
            // FULL: every commit reaches the disk before the call returns. A handbook is written
            // rarely, and a power cut must not lose an approval the user saw confirmed.
            conn.pragma_update(None, "synchronous", "FULL")?;
        }
        let mut store = Store {
            conn,
            read_only: None,
        };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let known = schema::MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew {
                found: version,
                known,
            });
        }
        if version == known {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The underlying connection, for read-only queries of sibling modules.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Whether the handbook was opened for reading only (its file, folder or disk is read-only).
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Starts a write transaction: everything done through it lands together or not at all.
    pub fn write(&mut self) -> Result<Writer<'_>, StoreError> {
        if let Some(path) = &self.read_only {
            return Err(StoreError::Unwritable { path: path.clone() });
        }
        Ok(Writer {
            tx: self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?,
        })
    }

    /// The database file's path (None in memory).
    pub fn path(&self) -> Option<&str> {
        self.conn.path().filter(|p| !p.is_empty())
    }

    /// Copies the database with SQLite's online backup, safe while it is in use.
    pub fn backup(&self, out: &Path) -> Result<(), StoreError> {
        // Written under a temporary name and renamed: a failed backup leaves nothing half
        // written where the copy is expected, and can simply be run again.
        let dir = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("backup");
        let io = |e: std::io::Error| StoreError::Io {
            path: out.display().to_string(),
            source: e,
        };
        let (tmp, file) = crate::export::exclusive_temp(dir, name).map_err(io)?;
        drop(file);
        let result = self
            .conn
            .backup(rusqlite::MAIN_DB, &tmp, None)
            .map_err(StoreError::from)
            .and_then(|_| std::fs::rename(&tmp, out).map_err(io));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result?;
        crate::export::sync_dir(dir);
        Ok(())
    }
}

/// Refuses an SQLite database of another program before anything is written to it (not even its
/// journal mode): a handbook is new (no tables, version 0) or has a handbook's tables.
fn identify(conn: &Connection) -> Result<(), StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )?;
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let ours = ["policy", "revision", "review_state", "audit", "setting"];
    let ok = if version == 0 {
        tables.is_empty()
    } else {
        ours.iter().all(|t| tables.iter().any(|have| have == t))
    };
    if ok {
        Ok(())
    } else {
        Err(StoreError::NotADatabase {
            path: String::new(),
        })
    }
}

/// A file's name as an SQLite URI (`file:` and the path, with anything unusual escaped).
fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file:");
    // A Windows path with a drive letter (C:/…) is written file:///C:/…
    if text.as_bytes().get(1) == Some(&b':') {
        out.push_str("///");
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The longest review cycle, in months (the database holds the same bound).
pub const MAX_REVIEW_MONTHS: u32 = 120;

/// Refuses a review cycle outside 1–[`MAX_REVIEW_MONTHS`] months.
pub fn review_cycle(months: u32) -> Result<(), StoreError> {
    if (1..=MAX_REVIEW_MONTHS).contains(&months) {
        Ok(())
    } else {
        Err(StoreError::ReviewCycle(months))
    }
}

/// Read access shared by the store and its write transactions.
pub trait Read {
    /// The connection to read from.
    fn db(&self) -> &Connection;

    /// One policy.
    fn policy(&self, id: &str) -> Result<Policy, StoreError> {
        self.db()
            .query_row(
                "SELECT id, category, owner, review_every_months, source_lang, retired FROM policy WHERE id = ?1",
                [id],
                policy_from_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::NoPolicy(id.to_string()))
    }

    /// Every policy, by id.
    fn policies(&self) -> Result<Vec<Policy>, StoreError> {
        let mut stmt = self.db().prepare(
            "SELECT id, category, owner, review_every_months, source_lang, retired FROM policy ORDER BY id",
        )?;
        let rows = stmt.query_map([], policy_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest revision number of a policy in a language (0 if none).
    fn newest_number(&self, id: &str, lang: Lang) -> Result<u32, StoreError> {
        Ok(self.db().query_row(
            "SELECT COALESCE(MAX(revision), 0) FROM revision WHERE policy_id = ?1 AND lang = ?2",
            params![id, lang.code()],
            |r| r.get(0),
        )?)
    }

    /// One revision; `None` for the newest.
    fn revision(
        &self,
        id: &str,
        lang: Lang,
        revision: Option<u32>,
    ) -> Result<Revision, StoreError> {
        self.policy(id)?;
        let n = match revision {
            Some(n) => n,
            None => {
                let n = self.newest_number(id, lang)?;
                if n == 0 {
                    return Err(StoreError::NoLanguage {
                        id: id.to_string(),
                        lang,
                    });
                }
                n
            }
        };
        self.db()
            .query_row(
                &format!("SELECT {REVISION_COLUMNS} FROM revision WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3"),
                params![id, lang.code(), n],
                revision_from_row,
            )
            .optional()?
            .ok_or_else(|| StoreError::NoRevision { id: id.to_string(), lang, revision: n })
    }

    /// Every revision of a policy (or of every policy when `id` is None), in order.
    fn revisions(&self, id: Option<&str>) -> Result<Vec<Revision>, StoreError> {
        let mut stmt = self.db().prepare(&format!(
            "SELECT {REVISION_COLUMNS} FROM revision WHERE ?1 IS NULL OR policy_id = ?1 ORDER BY policy_id, lang, revision"
        ))?;
        let rows = stmt.query_map(params![id], revision_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A revision's review state.
    fn state(&self, id: &str, lang: Lang, revision: u32) -> Result<ReviewState, StoreError> {
        let row = self
            .db()
            .query_row(
                "SELECT status, approved_by, approved_on FROM review_state WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3",
                params![id, lang.code(), revision],
                |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get::<_, Option<String>>(2)?)),
            )
            .optional()?;
        Ok(match row {
            Some((s, by, on)) => ReviewState {
                status: Status::parse(&s)?,
                approved_by: by,
                approved_on: parse_date(on),
            },
            None => ReviewState {
                status: Status::Draft,
                approved_by: None,
                approved_on: None,
            },
        })
    }

    /// Whether a revision's approval was editorial (only the wording changed).
    fn editorial(&self, id: &str, lang: Lang, revision: u32) -> Result<bool, StoreError> {
        Ok(self
            .db()
            .query_row(
                "SELECT editorial FROM review_state WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3",
                params![id, lang.code(), revision],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .is_some_and(|e| e != 0))
    }

    /// The revisions of one policy (optionally one language) with their states, oldest first.
    fn history(&self, id: &str, lang: Option<Lang>) -> Result<Vec<RevisionInfo>, StoreError> {
        self.policy(id)?;
        let mut stmt = self.db().prepare(
            "SELECT r.policy_id, r.lang, r.revision, r.title, r.author, r.created, r.summary, r.source_revision,
                    COALESCE(s.status, 'draft'), s.approved_by, s.approved_on,
                    (SELECT g.fingerprint FROM audit a JOIN signature g ON g.seq = a.seq
                     WHERE a.policy_id = r.policy_id AND a.lang = r.lang AND a.revision = r.revision
                       AND a.action = 'revise' ORDER BY a.seq DESC LIMIT 1),
                    (SELECT g.fingerprint FROM audit a JOIN signature g ON g.seq = a.seq
                     WHERE a.policy_id = r.policy_id AND a.lang = r.lang AND a.revision = r.revision
                       AND a.action = 'approve' ORDER BY a.seq DESC LIMIT 1)
             FROM revision r LEFT JOIN review_state s
               ON s.policy_id = r.policy_id AND s.lang = r.lang AND s.revision = r.revision
             WHERE r.policy_id = ?1 AND (?2 IS NULL OR r.lang = ?2)
             ORDER BY r.lang, r.revision",
        )?;
        let rows = stmt.query_map(params![id, lang.map(Lang::code)], info_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest revision of every policy in every language, with states (the list view).
    fn newest_infos(&self) -> Result<Vec<RevisionInfo>, StoreError> {
        let mut stmt = self.db().prepare(
            "SELECT r.policy_id, r.lang, r.revision, r.title, r.author, r.created, r.summary, r.source_revision,
                    COALESCE(s.status, 'draft'), s.approved_by, s.approved_on, NULL, NULL
             FROM revision r
             JOIN (SELECT policy_id, lang, MAX(revision) AS n FROM revision GROUP BY policy_id, lang) m
               ON m.policy_id = r.policy_id AND m.lang = r.lang AND m.n = r.revision
             LEFT JOIN review_state s
               ON s.policy_id = r.policy_id AND s.lang = r.lang AND s.revision = r.revision
             ORDER BY r.policy_id, r.lang",
        )?;
        let rows = stmt.query_map([], info_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest approved revision of each policy-language (the current texts), with states.
    fn current_infos(&self) -> Result<Vec<RevisionInfo>, StoreError> {
        let mut stmt = self.db().prepare(
            "SELECT r.policy_id, r.lang, r.revision, r.title, r.author, r.created, r.summary, r.source_revision,
                    s.status, s.approved_by, s.approved_on, NULL, NULL
             FROM revision r JOIN review_state s
               ON s.policy_id = r.policy_id AND s.lang = r.lang AND s.revision = r.revision
             WHERE s.status = 'approved' AND r.revision = (
                SELECT MAX(s2.revision) FROM review_state s2
                WHERE s2.policy_id = r.policy_id AND s2.lang = r.lang AND s2.status = 'approved')
             ORDER BY r.policy_id, r.lang",
        )?;
        let rows = stmt.query_map([], info_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The text a user's editor autosaved for a policy-language, if any.
    fn autosaved(
        &self,
        id: &str,
        lang: Lang,
        author: &str,
    ) -> Result<Option<crate::Autosaved>, StoreError> {
        Ok(self
            .db()
            .query_row(
                "SELECT title, body, saved FROM autosave WHERE policy_id = ?1 AND lang = ?2 AND author = ?3",
                params![id, lang.code(), author],
                |r| {
                    Ok(crate::Autosaved {
                        title: r.get(0)?,
                        body: r.get(1)?,
                        saved_at: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// A setting's value.
    fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .db()
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// A stored picture: its type and bytes.
    fn image(&self, hash: &str) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .db()
            .query_row(
                "SELECT mime, bytes FROM image WHERE hash = ?1",
                [hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// The names of every stored picture.
    fn image_hashes(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.db().prepare("SELECT hash FROM image ORDER BY hash")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The translated names of categories: (category in lower case, language) → name.
    fn category_titles(&self) -> Result<HashMap<(String, Lang), String>, StoreError> {
        let mut stmt = self
            .db()
            .prepare("SELECT category, lang, title FROM category_title")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = HashMap::new();
        for row in rows {
            let (category, lang, title) = row?;
            if let Ok(lang) = lang.parse::<Lang>() {
                out.insert((category, lang), title);
            }
        }
        Ok(out)
    }
}

fn info_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RevisionInfo> {
    Ok(RevisionInfo {
        policy_id: r.get(0)?,
        lang: parse_lang(r.get(1)?)?,
        revision: r.get(2)?,
        title: r.get(3)?,
        author: r.get(4)?,
        created: r.get(5)?,
        summary: r.get(6)?,
        source_revision: r.get(7)?,
        status: Status::parse(&r.get::<_, String>(8)?)?,
        approved_by: r.get(9)?,
        approved_on: parse_date(r.get(10)?),
        signed_by: r.get(11)?,
        approval_signed_by: r.get(12)?,
    })
}

impl Read for Store {
    fn db(&self) -> &Connection {
        &self.conn
    }
}

/// A write transaction. Every change goes through here together with its audit entry.
pub struct Writer<'a> {
    pub(crate) tx: Transaction<'a>,
}

impl Read for Writer<'_> {
    fn db(&self) -> &Connection {
        &self.tx
    }
}

impl Writer<'_> {
    /// Stores a picture (checked by the caller), once: returns whether it was new.
    pub fn add_image(
        &self,
        hash: &str,
        mime: &str,
        bytes: &[u8],
        at: &str,
    ) -> Result<bool, StoreError> {
        let n = self.tx.execute(
            "INSERT OR IGNORE INTO image (hash, mime, bytes, added) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![hash, mime, bytes, at],
        )?;
        Ok(n > 0)
    }

    /// Makes every change of this transaction permanent.
    pub fn commit(self) -> Result<(), StoreError> {
        Ok(self.tx.commit()?)
    }

    /// Creates a policy.
    pub fn create_policy(&self, p: &Policy, actor: &str, at: &str) -> Result<(), StoreError> {
        validate_id(&p.id)?;
        review_cycle(p.review_every_months)?;
        if self.policy(&p.id).is_ok() {
            return Err(StoreError::Exists(p.id.clone()));
        }
        self.tx.execute(
            "INSERT INTO policy (id, category, owner, review_every_months, source_lang, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![p.id, p.category, p.owner, p.review_every_months, p.source_lang.code(), at],
        )?;
        self.log_policy(p, actor, at)
    }

    /// Changes a policy's settings (category, owner, review cycle, source language).
    pub fn update_policy(&self, p: &Policy, actor: &str, at: &str) -> Result<(), StoreError> {
        review_cycle(p.review_every_months)?;
        let old = self.policy(&p.id)?;
        if old.category == p.category
            && old.owner == p.owner
            && old.review_every_months == p.review_every_months
            && old.source_lang == p.source_lang
        {
            return Ok(());
        }
        self.tx.execute(
            "UPDATE policy SET category = ?2, owner = ?3, review_every_months = ?4, source_lang = ?5 WHERE id = ?1",
            params![p.id, p.category, p.owner, p.review_every_months, p.source_lang.code()],
        )?;
        self.log_policy(p, actor, at)
    }

    fn log_policy(&self, p: &Policy, actor: &str, at: &str) -> Result<(), StoreError> {
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action: "policy",
                policy_id: Some(&p.id),
                lang: None,
                revision: None,
                detail: policy_detail(p),
            },
        )?;
        Ok(())
    }

    /// Retires a policy: it is kept with all its history but no longer exported.
    pub fn retire(&self, id: &str, actor: &str, at: &str) -> Result<(), StoreError> {
        let p = self.policy(id)?;
        if p.retired.is_some() {
            return Err(StoreError::RetiredAlready(id.to_string()));
        }
        self.tx.execute(
            "UPDATE policy SET retired = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action: "retire",
                policy_id: Some(id),
                lang: None,
                revision: None,
                detail: serde_json::json!({}),
            },
        )?;
        Ok(())
    }

    /// Stores a new revision (a draft) and returns its number.
    pub fn add_revision(
        &self,
        id: &str,
        lang: Lang,
        new: &NewRevision<'_>,
        at: &str,
    ) -> Result<u32, StoreError> {
        let policy = self.policy(id)?;
        if new.author.trim().is_empty() {
            return Err(StoreError::NoAuthor);
        }
        if new.title.trim().is_empty() {
            return Err(StoreError::NoTitle);
        }
        let source_revision = if lang == policy.source_lang {
            None
        } else {
            let newest_source = self.newest_number(id, policy.source_lang)?;
            match new.source_revision {
                Some(n) if n == 0 || n > newest_source => {
                    return Err(StoreError::NoSourceRevision {
                        id: id.to_string(),
                        lang: policy.source_lang,
                        revision: n,
                    })
                }
                Some(n) => Some(n),
                None if newest_source == 0 => None,
                None => Some(newest_source),
            }
        };
        let n = self.newest_number(id, lang)? + 1;
        let rev = Revision {
            policy_id: id.to_string(),
            lang,
            revision: n,
            title: new.title.to_string(),
            body: new.body.to_string(),
            author: new.author.to_string(),
            created: at.to_string(),
            summary: new.summary.to_string(),
            hash: sha256_hex(new.body),
            source_revision,
        };
        self.tx.execute(
            &format!("INSERT INTO revision ({REVISION_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
            params![rev.policy_id, lang.code(), n, rev.title, rev.body, rev.author, rev.created, rev.summary, rev.hash, rev.source_revision],
        )?;
        self.tx.execute(
            "INSERT INTO review_state (policy_id, lang, revision, status) VALUES (?1, ?2, ?3, 'draft')",
            params![id, lang.code(), n],
        )?;
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor: new.author,
                action: "revise",
                policy_id: Some(id),
                lang: Some(lang.code()),
                revision: Some(n),
                detail: serde_json::json!({ "digest": revision_digest(&rev), "summary": new.summary }),
            },
        )?;
        Ok(n)
    }

    /// Records a change of review state (the rules are the review module's).
    #[allow(clippy::too_many_arguments)]
    pub fn set_state(
        &self,
        id: &str,
        lang: Lang,
        revision: u32,
        state: &ReviewState,
        action: &str,
        actor: &str,
        at: &str,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        let note = StateNote {
            reason,
            ..StateNote::default()
        };
        self.set_state_noted(id, lang, revision, state, action, actor, at, &note)
    }

    /// [`Writer::set_state`], with what the audit entry notes besides: a reason, an editorial
    /// approval (only the wording changed: nobody is asked to read it again; see `crate::acks`),
    /// or an approval recorded from paper by someone (an import) for the approver.
    #[allow(clippy::too_many_arguments)]
    pub fn set_state_noted(
        &self,
        id: &str,
        lang: Lang,
        revision: u32,
        state: &ReviewState,
        action: &str,
        actor: &str,
        at: &str,
        note: &StateNote<'_>,
    ) -> Result<(), StoreError> {
        let reason = note.reason;
        let editorial = note.editorial && state.status == Status::Approved;
        let on = state.approved_on.map(|d| d.format("%Y-%m-%d").to_string());
        let changed = self.tx.execute(
            "UPDATE review_state SET status = ?4, approved_by = ?5, approved_on = ?6, editorial = ?7
             WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3",
            params![
                id,
                lang.code(),
                revision,
                state.status.as_str(),
                state.approved_by,
                on,
                editorial
            ],
        )?;
        if changed != 1 {
            return Err(StoreError::NoRevision {
                id: id.to_string(),
                lang,
                revision,
            });
        }
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action,
                policy_id: Some(id),
                lang: Some(lang.code()),
                revision: Some(revision),
                detail: {
                    let mut d = serde_json::json!({
                        "status": state.status.as_str(),
                        "approved_by": state.approved_by,
                        "approved_on": on,
                        "reason": reason,
                    });
                    if editorial {
                        d["editorial"] = serde_json::Value::Bool(true);
                    }
                    if let Some(who) = note.recorded_by {
                        d["paper"] = serde_json::Value::Bool(true);
                        d["recorded_by"] = serde_json::Value::String(who.to_string());
                    }
                    d
                },
            },
        )?;
        Ok(())
    }

    /// Keeps what a user is typing (replacing what was kept before); not a revision.
    pub fn autosave(
        &self,
        id: &str,
        lang: Lang,
        author: &str,
        title: &str,
        body: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        self.policy(id)?;
        self.tx.execute(
            "INSERT INTO autosave (policy_id, lang, author, title, body, saved) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(policy_id, lang, author) DO UPDATE SET title = excluded.title, body = excluded.body, saved = excluded.saved",
            params![id, lang.code(), author, title, body, at],
        )?;
        Ok(())
    }

    /// Drops what a user's editor autosaved (after saving a revision, or when they discard it).
    pub fn discard_autosave(&self, id: &str, lang: Lang, author: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "DELETE FROM autosave WHERE policy_id = ?1 AND lang = ?2 AND author = ?3",
            params![id, lang.code(), author],
        )?;
        Ok(())
    }

    /// Sets (or, with an empty title, removes) a category's name in a language, logged.
    pub fn set_category_title(
        &self,
        category: &str,
        lang: Lang,
        title: &str,
        actor: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        let key = category.trim().to_lowercase();
        if title.is_empty() {
            self.tx.execute(
                "DELETE FROM category_title WHERE category = ?1 AND lang = ?2",
                params![key, lang.code()],
            )?;
        } else {
            self.tx.execute(
                "INSERT INTO category_title (category, lang, title) VALUES (?1, ?2, ?3) ON CONFLICT(category, lang) DO UPDATE SET title = excluded.title",
                params![key, lang.code(), title],
            )?;
        }
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action: "category_title",
                policy_id: None,
                lang: Some(lang.code()),
                revision: None,
                detail: serde_json::json!({ "category": category.trim(), "title": title }),
            },
        )?;
        Ok(())
    }

    /// Sets a setting (company name and the like), logged.
    pub fn set_setting(
        &self,
        key: &str,
        value: &str,
        actor: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action: "setting",
                policy_id: None,
                lang: None,
                revision: None,
                detail: serde_json::json!({ "key": key, "value": value }),
            },
        )?;
        Ok(())
    }
}

/// Checks that an id is usable in file names and links: letters, digits, `-`, `_`, `.`; 1 to 100 long.
pub fn validate_id(id: &str) -> Result<(), StoreError> {
    let ok = !id.is_empty()
        && id.len() <= 100
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::BadId(id.to_string()))
    }
}

/// Checks the whole database: SQLite's own integrity check, the audit chain, and every revision,
/// policy and review state against what the log recorded. Returns one message per problem.
pub fn check(store: &Store) -> Result<Vec<String>, StoreError> {
    let conn = store.conn();
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if rows != ["ok"] {
        problems.extend(rows.into_iter().map(|r| format!("sqlite: {r}")));
    }
    let fk: i64 = conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if fk > 0 {
        problems.push(format!("sqlite: {fk} rows point at nothing"));
    }
    problems.extend(audit::verify_chain(conn)?);

    // Each stored picture is what its name says.
    let mut stmt = conn.prepare("SELECT hash, bytes FROM image ORDER BY hash")?;
    let pictures = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    for row in pictures {
        let (hash, bytes) = row?;
        if crate::images::hash(&bytes) != hash {
            problems.push(format!("picture {hash}: its bytes were changed"));
        }
    }

    // Replay the log.
    use std::collections::HashMap;
    let mut revised: HashMap<(String, String, u32), String> = HashMap::new();
    let mut states: HashMap<(String, String, u32), serde_json::Value> = HashMap::new();
    let mut policies: HashMap<String, serde_json::Value> = HashMap::new();
    let mut retired: HashMap<String, bool> = HashMap::new();
    for e in audit::read(conn, None)? {
        let pid = e.policy_id.clone().unwrap_or_default();
        match e.action.as_str() {
            "policy" => {
                policies.insert(pid, e.detail.clone());
            }
            "retire" => {
                retired.insert(pid, true);
            }
            "revise" => {
                let digest = e
                    .detail
                    .get("digest")
                    .and_then(|d| d.as_str())
                    .unwrap_or("")
                    .to_string();
                revised.insert(
                    (
                        pid,
                        e.lang.clone().unwrap_or_default(),
                        e.revision.unwrap_or(0),
                    ),
                    digest,
                );
            }
            "submit" | "approve" | "reject" | "reset" => {
                states.insert(
                    (
                        pid,
                        e.lang.clone().unwrap_or_default(),
                        e.revision.unwrap_or(0),
                    ),
                    e.detail.clone(),
                );
            }
            _ => {}
        }
    }
    for p in store.policies()? {
        match policies.remove(&p.id) {
            None => problems.push(format!("policy `{}` is not in the audit log", p.id)),
            Some(d) if d != policy_detail(&p) => {
                problems.push(format!("policy `{}` was changed outside Policybook", p.id))
            }
            Some(_) => {}
        }
        if p.retired.is_some() != retired.remove(&p.id).unwrap_or(false) {
            problems.push(format!(
                "policy `{}`: its retirement does not match the audit log",
                p.id
            ));
        }
    }
    for id in policies.keys() {
        problems.push(format!(
            "policy `{id}` is in the audit log but missing from the database"
        ));
    }
    for r in store.revisions(None)? {
        let key = (r.policy_id.clone(), r.lang.code().to_string(), r.revision);
        let label = format!(
            "policy `{}` {} revision {}",
            r.policy_id, r.lang, r.revision
        );
        if sha256_hex(&r.body) != r.hash {
            problems.push(format!("{label}: its text was changed outside Policybook"));
        }
        match revised.remove(&key) {
            None => problems.push(format!("{label} is not in the audit log")),
            Some(d) if d != revision_digest(&r) => {
                problems.push(format!("{label} was changed outside Policybook"))
            }
            Some(_) => {}
        }
        let st = store.state(&r.policy_id, r.lang, r.revision)?;
        let expected = states.remove(&key);
        let (status, by, on) = match &expected {
            Some(d) => (
                d.get("status")
                    .and_then(|v| v.as_str())
                    .unwrap_or("draft")
                    .to_string(),
                d.get("approved_by")
                    .and_then(|v| v.as_str())
                    .map(str::to_string),
                d.get("approved_on")
                    .and_then(|v| v.as_str())
                    .map(str::to_string),
            ),
            None => ("draft".to_string(), None, None),
        };
        let on_now = st.approved_on.map(|d| d.format("%Y-%m-%d").to_string());
        let editorial = expected
            .as_ref()
            .and_then(|d| d.get("editorial"))
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if status != st.status.as_str()
            || by != st.approved_by
            || on != on_now
            || editorial != store.editorial(&r.policy_id, r.lang, r.revision)?
        {
            problems.push(format!(
                "{label}: its review state was changed outside Policybook"
            ));
        }
    }
    for (id, lang, n) in revised.keys() {
        problems.push(format!(
            "policy `{id}` {lang} revision {n} is in the audit log but missing from the database"
        ));
    }
    problems.extend(check_acks(conn)?);
    problems.extend(check_settings(store)?);
    Ok(problems)
}

/// The handbook's settings, category names and audiences against the audit entries that set them.
fn check_settings(store: &Store) -> Result<Vec<String>, StoreError> {
    use std::collections::BTreeMap;
    let conn = store.conn();
    let mut settings: BTreeMap<String, String> = BTreeMap::new();
    let mut titles: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut audiences: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in audit::read(conn, None)? {
        let d = &e.detail;
        let text = |k: &str| d.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
        match e.action.as_str() {
            "setting" => {
                settings.insert(text("key"), text("value"));
            }
            "category_title" => {
                let key = (
                    text("category").trim().to_lowercase(),
                    e.lang.clone().unwrap_or_default(),
                );
                let title = text("title");
                if title.is_empty() {
                    titles.remove(&key);
                } else {
                    titles.insert(key, title);
                }
            }
            "audience" => {
                let mut groups: Vec<String> = d
                    .get("groups")
                    .and_then(|g| g.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                groups.sort();
                groups.dedup();
                audiences.insert(e.policy_id.clone().unwrap_or_default(), groups);
            }
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let rows = |sql: &str| -> Result<Vec<(String, String, String)>, StoreError> {
        let mut stmt = conn.prepare(sql)?;
        let r = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(r.collect::<Result<_, _>>()?)
    };
    let now: BTreeMap<String, String> = rows("SELECT key, value, '' FROM setting")?
        .into_iter()
        .map(|(k, v, _)| (k, v))
        .collect();
    if now != settings {
        problems.push(
            "the handbook's settings do not match the audit log (changed outside Policybook)"
                .into(),
        );
    }
    let now: BTreeMap<(String, String), String> =
        rows("SELECT category, lang, title FROM category_title")?
            .into_iter()
            .map(|(c, l, t)| ((c, l), t))
            .collect();
    if now != titles {
        problems.push(
            "the category names do not match the audit log (changed outside Policybook)".into(),
        );
    }
    let mut now: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, g, _) in rows("SELECT policy_id, grp, '' FROM audience ORDER BY policy_id, grp")? {
        now.entry(id).or_default().push(g);
    }
    audiences.retain(|_, g| !g.is_empty());
    if now != audiences {
        problems.push(
            "the policies' audiences do not match the audit log (changed outside Policybook)"
                .into(),
        );
    }
    Ok(problems)
}

/// Every acknowledgement against the audit entry that recorded it, and the other way round.
fn check_acks(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT k.seq, a.seq FROM ack k
         LEFT JOIN audit a ON a.seq = k.seq AND a.action = 'ack' AND a.policy_id = k.policy_id
              AND a.lang = k.lang AND a.revision = k.revision AND a.actor = k.person AND a.at = k.at
              AND json_extract(a.detail, '$.source_revision') = k.source_revision
         UNION ALL
         SELECT a.seq, NULL FROM audit a WHERE a.action = 'ack' AND a.seq NOT IN (SELECT seq FROM ack)",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
    })?;
    for row in rows {
        let (seq, matched) = row?;
        if matched.is_none() {
            problems.push(format!(
                "acknowledgement {seq} does not match the audit log (changed or removed outside Policybook)"
            ));
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::Store;

    #[test]
    fn a_handbook_file_is_written_through_to_the_disk() {
        // synchronous=FULL (2): a confirmed approval survives a power cut, not only a crash.
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("h.db")).unwrap();
        let mode: i64 = store
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, 2);
    }
}
