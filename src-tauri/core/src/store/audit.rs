//! The append-only, hash-chained audit log: every revision and every change of state, with who and when.
//!
//! Each entry's hash covers the previous entry's hash and all of its own fields, so an entry changed,
//! removed or inserted behind the app's back breaks the chain. The entries also carry digests of what
//! they record (a revision's full content, a policy's settings, a review decision), so that `check` can
//! replay the log and find a revision, policy or review state changed directly in the database.

use super::StoreError;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The hash that stands before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry to append.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// When, as RFC 3339 UTC.
    pub at: &'a str,
    /// Who did it.
    pub actor: &'a str,
    /// What: `policy`, `revise`, `submit`, `approve`, `reject`, `retire`, `setting`.
    pub action: &'a str,
    /// The policy concerned, if any.
    pub policy_id: Option<&'a str>,
    /// The language concerned, if any.
    pub lang: Option<&'a str>,
    /// The revision concerned, if any.
    pub revision: Option<u32>,
    /// The details, as a JSON object.
    pub detail: serde_json::Value,
}

/// One entry as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// Its place in the log, from 1.
    pub seq: i64,
    /// When, as RFC 3339 UTC.
    pub at: String,
    /// Who did it.
    pub actor: String,
    /// What was done.
    pub action: String,
    /// The policy concerned.
    pub policy_id: Option<String>,
    /// The language concerned.
    pub lang: Option<String>,
    /// The revision concerned.
    pub revision: Option<u32>,
    /// The details, as JSON.
    pub detail: serde_json::Value,
    /// The hash of the entry before.
    #[serde(skip)]
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
    /// The fingerprint of the key that signed it (none: not signed).
    pub signed_by: Option<String>,
}

/// The hash of an entry: SHA-256 over the previous hash and every field, each on its own line.
pub fn entry_hash(prev_hash: &str, seq: i64, e: &Entry<'_>, detail: &str) -> String {
    let mut h = Sha256::new();
    for part in [
        prev_hash,
        &seq.to_string(),
        e.at,
        e.actor,
        e.action,
        e.policy_id.unwrap_or(""),
        e.lang.unwrap_or(""),
        &e.revision.map(|r| r.to_string()).unwrap_or_default(),
        detail,
    ] {
        h.update(part.as_bytes());
        h.update(b"\n");
    }
    hex::encode(h.finalize())
}

/// Appends an entry (call inside the transaction that makes the change it records).
pub fn append(conn: &Connection, e: &Entry<'_>) -> Result<i64, StoreError> {
    // Prepared once per connection: a pull of many actions appends many entries.
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_string()),
    };
    let detail = e.detail.to_string();
    let hash = entry_hash(&prev, seq, e, &detail);
    conn.prepare_cached(
        "INSERT INTO audit (seq, at, actor, action, policy_id, lang, revision, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![seq, e.at, e.actor, e.action, e.policy_id, e.lang, e.revision, detail, prev, hash])?;
    Ok(seq)
}

/// The newest entry's number (0 for an empty log).
pub fn last_seq(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM audit", [], |r| r.get(0))?)
}

/// The newest entry's number and hash (0 and [`GENESIS`] for an empty log): the log's head, which
/// the search index keeps as an anchor (see `crate::search`).
pub fn head(conn: &Connection) -> Result<(i64, String), StoreError> {
    Ok(conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, GENESIS.to_string())))
}

/// The hash of entry `seq`, if the log has it.
pub fn hash_at(conn: &Connection, seq: i64) -> Result<Option<String>, StoreError> {
    if seq == 0 {
        return Ok(Some(GENESIS.to_string()));
    }
    Ok(conn
        .query_row("SELECT hash FROM audit WHERE seq = ?1", [seq], |r| r.get(0))
        .optional()?)
}

/// The columns a [`Record`] is read from (`audit a`, with its signature if any).
const RECORD_COLUMNS: &str = "a.seq, a.at, a.actor, a.action, a.policy_id, a.lang, a.revision, a.detail, a.prev_hash, a.hash, g.fingerprint
     FROM audit a LEFT JOIN signature g ON g.seq = a.seq";

fn record_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Record> {
    let detail: String = r.get(7)?;
    Ok(Record {
        seq: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        policy_id: r.get(4)?,
        lang: r.get(5)?,
        revision: r.get(6)?,
        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::String(detail)),
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
        signed_by: r.get(10)?,
    })
}

/// Reads the log, optionally for one policy, oldest first.
pub fn read(conn: &Connection, policy_id: Option<&str>) -> Result<Vec<Record>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RECORD_COLUMNS} WHERE ?1 IS NULL OR a.policy_id = ?1 ORDER BY a.seq"
    ))?;
    let rows = stmt.query_map(params![policy_id], record_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Reads the entries after `after`, oldest first; with `pending`, only those not yet on the
/// shared remote (see `crate::sync`).
pub fn read_after(conn: &Connection, after: i64, pending: bool) -> Result<Vec<Record>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RECORD_COLUMNS} WHERE a.seq > ?1
           AND (?2 = 0 OR NOT EXISTS (SELECT 1 FROM sync_event e WHERE e.seq = a.seq))
         ORDER BY a.seq"
    ))?;
    let rows = stmt.query_map(params![after, pending as i64], record_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The entries of one action not yet on the remote, oldest first.
pub fn read_pending_action(conn: &Connection, action: &str) -> Result<Vec<Record>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RECORD_COLUMNS} WHERE a.action = ?1
           AND NOT EXISTS (SELECT 1 FROM sync_event e WHERE e.seq = a.seq)
         ORDER BY a.seq"
    ))?;
    let rows = stmt.query_map([action], record_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Checks the chain: each entry follows its predecessor and hashes to what it says.
/// Returns one message per broken link.
pub fn verify_chain(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor, action, policy_id, lang, revision, detail, prev_hash, hash
         FROM audit ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1i64;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let at: String = r.get(1)?;
        let actor: String = r.get(2)?;
        let action: String = r.get(3)?;
        let policy_id: Option<String> = r.get(4)?;
        let lang: Option<String> = r.get(5)?;
        let revision: Option<u32> = r.get(6)?;
        let detail: String = r.get(7)?;
        let prev_hash: String = r.get(8)?;
        let hash: String = r.get(9)?;
        if seq != expected_seq {
            problems.push(format!(
                "audit log: entry {expected_seq} is missing (next is {seq})"
            ));
        }
        if prev_hash != prev {
            problems.push(format!(
                "audit log: entry {seq} does not follow the entry before it"
            ));
        }
        let e = Entry {
            at: &at,
            actor: &actor,
            action: &action,
            policy_id: policy_id.as_deref(),
            lang: lang.as_deref(),
            revision,
            detail: serde_json::Value::Null,
        };
        if entry_hash(&prev_hash, seq, &e, &detail) != hash {
            problems.push(format!(
                "audit log: entry {seq} ({action}) was changed after it was written"
            ));
        }
        prev = hash;
        expected_seq = seq + 1;
    }
    Ok(problems)
}

/// Notes that the entries after `after` were signed by the key `fingerprint`.
pub fn mark_signed(conn: &Connection, after: i64, fingerprint: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO signature (seq, fingerprint) SELECT seq, ?2 FROM audit WHERE seq > ?1",
        params![after, fingerprint],
    )?;
    Ok(())
}
