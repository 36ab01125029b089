//! What the store keeps for sharing through a git remote (see `crate::sync`): the remote, the
//! last synced commit, which audit entries are on the remote, and conflicts. Sync decides; these
//! are the writes it asks for, each in the caller's transaction and logged where it changes the
//! handbook.

use super::{audit, revision_digest, Read, ReviewState, Revision, StoreError, Writer};
use crate::lang::Lang;
use rusqlite::{params, OptionalExtension};

/// An audit entry not yet on the remote.
#[derive(Debug, Clone)]
pub struct PendingEntry {
    /// Its place in the audit log.
    pub seq: i64,
    /// The audit record.
    pub record: audit::Record,
}

/// A revision saved on top of another desk's revision of the same text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredConflict {
    /// The policy.
    pub policy_id: String,
    /// The language.
    pub lang: Lang,
    /// The revision both started from.
    pub base: u32,
    /// The other desk's newest revision.
    pub theirs: u32,
    /// This text's revision.
    pub ours: u32,
}

/// The audit actions that travel to the remote.
pub const SHARED_ACTIONS: &[&str] = &[
    "policy",
    "revise",
    "submit",
    "approve",
    "reject",
    "retire",
    "setting",
    "person",
    "person_remove",
    "audience",
    "groups",
];

/// Read access to the sync bookkeeping.
pub trait SyncRead: Read {
    /// A sync setting (`remote`, `head`, `desk`, `read_only`).
    fn sync_value(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .db()
            .query_row("SELECT value FROM sync_state WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// The audit entries of shared actions that are not on the remote yet, oldest first.
    fn pending(&self) -> Result<Vec<PendingEntry>, StoreError> {
        let all = audit::read_after(self.db(), 0, true)?;
        Ok(all
            .into_iter()
            .filter(|r| SHARED_ACTIONS.contains(&r.action.as_str()))
            .map(|record| PendingEntry {
                seq: record.seq,
                record,
            })
            .collect())
    }

    /// The acknowledgements not on the remote yet, oldest first (they travel on each reader's
    /// own reference, not with the handbook's actions).
    fn pending_acks(&self) -> Result<Vec<PendingEntry>, StoreError> {
        Ok(audit::read_pending_action(self.db(), "ack")?
            .into_iter()
            .map(|record| PendingEntry {
                seq: record.seq,
                record,
            })
            .collect())
    }

    /// Whether an event of the remote is here already.
    fn has_event(&self, event: &str) -> Result<bool, StoreError> {
        Ok(self
            .db()
            .query_row(
                "SELECT 1 FROM sync_event WHERE event = ?1 LIMIT 1",
                [event],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Every conflict flag, of every revision.
    fn conflicts(&self) -> Result<Vec<StoredConflict>, StoreError> {
        let mut stmt = self.db().prepare(
            "SELECT policy_id, lang, base, theirs, ours FROM sync_conflict ORDER BY policy_id, lang, ours",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(StoredConflict {
                policy_id: r.get(0)?,
                lang: super::parse_lang(r.get(1)?)?,
                base: r.get(2)?,
                theirs: r.get(3)?,
                ours: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl<T: Read + ?Sized> SyncRead for T {}

impl Writer<'_> {
    /// Sets (or with `None` removes) a sync setting.
    pub fn set_sync_value(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.tx.execute(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, v],
            )?,
            None => self
                .tx
                .execute("DELETE FROM sync_state WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// Notes that the audit entries `from..=to` are on the remote as event `event` (`None`: they
    /// never go there).
    pub fn mark_synced(&self, from: i64, to: i64, event: Option<&str>) -> Result<(), StoreError> {
        let mut stmt = self
            .tx
            .prepare_cached("INSERT OR REPLACE INTO sync_event (seq, event) VALUES (?1, ?2)")?;
        for seq in from..=to {
            stmt.execute(params![seq, event])?;
        }
        Ok(())
    }

    /// Notes that the audit entries after `after` were signed by the key `fingerprint`.
    pub fn mark_signed(&self, after: i64, fingerprint: &str) -> Result<(), StoreError> {
        audit::mark_signed(&self.tx, after, fingerprint)
    }

    /// The audit log's newest entry number.
    pub fn last_seq(&self) -> Result<i64, StoreError> {
        audit::last_seq(&self.tx)
    }

    /// Forgets every sync bookkeeping (the handbook is no longer shared).
    pub fn forget_sync(&self) -> Result<(), StoreError> {
        self.tx.execute_batch(
            "DELETE FROM sync_state; DELETE FROM sync_event; DELETE FROM sync_conflict;",
        )?;
        Ok(())
    }

    /// Stores a revision exactly as another desk made it (its number must be the next one),
    /// as a draft, logged under its author and time; `via` names the git commit and file of a
    /// revision made with plain git.
    pub fn insert_revision_via(&self, rev: &Revision, via: Option<&str>) -> Result<(), StoreError> {
        self.policy(&rev.policy_id)?;
        // The next after those synced: this desk's own revisions not yet sent were moved on top.
        let exists = |n: u32| -> Result<bool, StoreError> {
            Ok(self.tx.query_row(
                "SELECT COUNT(*) FROM revision WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3",
                params![rev.policy_id, rev.lang.code(), n],
                |r| r.get::<_, i64>(0),
            )? > 0)
        };
        if rev.revision == 0
            || exists(rev.revision)?
            || (rev.revision > 1 && !exists(rev.revision - 1)?)
        {
            let newest = self.newest_number(&rev.policy_id, rev.lang)?;
            return Err(StoreError::OutOfOrder {
                id: rev.policy_id.clone(),
                lang: rev.lang,
                revision: rev.revision,
                newest,
            });
        }
        if super::sha256_hex(&rev.body) != rev.hash {
            return Err(StoreError::HashMismatch {
                id: rev.policy_id.clone(),
                lang: rev.lang,
                revision: rev.revision,
            });
        }
        self.tx.execute(
            &format!(
                "INSERT INTO revision ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                super::REVISION_COLUMNS
            ),
            params![
                rev.policy_id,
                rev.lang.code(),
                rev.revision,
                rev.title,
                rev.body,
                rev.author,
                rev.created,
                rev.summary,
                rev.hash,
                rev.source_revision
            ],
        )?;
        self.tx.execute(
            "INSERT INTO review_state (policy_id, lang, revision, status) VALUES (?1, ?2, ?3, 'draft')",
            params![rev.policy_id, rev.lang.code(), rev.revision],
        )?;
        self.log_revision(rev, None, via)
    }

    fn log_revision(
        &self,
        rev: &Revision,
        moved_from: Option<u32>,
        via: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut detail =
            serde_json::json!({ "digest": revision_digest(rev), "summary": rev.summary });
        if let Some(from) = moved_from {
            detail["moved_from"] = from.into();
        }
        if let Some(via) = via {
            detail["via"] = via.into();
        }
        audit::append(
            &self.tx,
            &audit::Entry {
                at: &rev.created,
                actor: &rev.author,
                action: "revise",
                policy_id: Some(&rev.policy_id),
                lang: Some(rev.lang.code()),
                revision: Some(rev.revision),
                detail,
            },
        )?;
        Ok(())
    }

    /// Moves the revisions `from..` of a policy-language up by `by` numbers, as drafts, to make
    /// room for revisions another desk saved first. Their review states are reset (logged as
    /// `reset` under `actor`); their new numbers are logged with [`Writer::log_moved`].
    pub fn move_revisions(
        &self,
        id: &str,
        lang: Lang,
        from: u32,
        by: u32,
        actor: &str,
        at: &str,
    ) -> Result<Vec<(u32, u32)>, StoreError> {
        let newest = self.newest_number(id, lang)?;
        let mut moved = Vec::new();
        for n in (from..=newest).rev() {
            let state = self.state(id, lang, n)?;
            self.tx.execute(
                "DELETE FROM review_state WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3",
                params![id, lang.code(), n],
            )?;
            self.tx.execute(
                "UPDATE revision SET revision = ?4 WHERE policy_id = ?1 AND lang = ?2 AND revision = ?3",
                params![id, lang.code(), n, n + by],
            )?;
            self.tx.execute(
                "INSERT INTO review_state (policy_id, lang, revision, status) VALUES (?1, ?2, ?3, 'draft')",
                params![id, lang.code(), n + by],
            )?;
            if state.status != super::Status::Draft {
                self.log_reset(id, lang, n, &ReviewState::draft(), actor, at)?;
            }
            moved.push((n, n + by));
        }
        moved.reverse();
        Ok(moved)
    }

    /// Logs a moved revision under its new number (see [`Writer::move_revisions`]).
    pub fn log_moved(&self, id: &str, lang: Lang, from: u32, to: u32) -> Result<(), StoreError> {
        let rev = self.revision(id, lang, Some(to))?;
        self.log_revision(&rev, Some(from), None)
    }

    /// Puts a revision's review state back to what the remote says (an action of this desk that
    /// raced another desk's was refused), logged as `reset`.
    pub fn reset_state(
        &self,
        id: &str,
        lang: Lang,
        revision: u32,
        state: &ReviewState,
        actor: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        self.set_state(id, lang, revision, state, "reset", actor, at, None)
    }

    fn log_reset(
        &self,
        id: &str,
        lang: Lang,
        revision: u32,
        state: &ReviewState,
        actor: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action: "reset",
                policy_id: Some(id),
                lang: Some(lang.code()),
                revision: Some(revision),
                detail: serde_json::json!({
                    "status": state.status.as_str(),
                    "approved_by": state.approved_by,
                    "approved_on": state.approved_on.map(|d| d.format("%Y-%m-%d").to_string()),
                    "reason": null,
                }),
            },
        )?;
        Ok(())
    }

    /// Flags a revision as saved on top of another desk's revision.
    pub fn flag_conflict(&self, c: &StoredConflict) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT OR REPLACE INTO sync_conflict (policy_id, lang, ours, base, theirs) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.policy_id, c.lang.code(), c.ours, c.base, c.theirs],
        )?;
        Ok(())
    }
}
