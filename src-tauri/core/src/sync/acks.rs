//! Acknowledgements through the remote: each reader writes only to a reference of their own
//! (`refs/heads/acks/k-…` per key in a signed handbook, `refs/heads/acks/n-…` per name in one
//! without people), which holds one append-only file, `acks.jsonl`. Staff need no write access
//! to the handbook's branch: a forge's protected-branch rules, or `policybook verify-push` as a
//! pre-receive hook, keep each reader to their own reference.
//!
//! Every desk fetches all readers' references, checks what is new ([`verify::check_ack_range`]:
//! signature, key, name, reference) and records each acknowledgement once. An acknowledgement
//! of a revision this desk does not have yet waits, with the rest of that reference, for a
//! later sync; one of a revision that was never approved is refused and reported.

use super::record::{self, Event, What};
use super::{git, verify, Refusal, SyncError, SyncReport};
use crate::identity::Identity;
use crate::lang::Lang;
use crate::store::{Read, Status, Store, StoreError, SyncRead};
use git2::Oid;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The sync setting that keeps the last tip of a reader's reference applied here.
fn tip_key(reference: &str) -> String {
    format!("ack:{reference}")
}

/// Pulls the readers' new acknowledgements (of every reference, or only `only`), then pushes
/// this desk's.
pub(super) fn sync_acks(
    store: &mut Store,
    cache: &git::Cache,
    desk: &str,
    identity: Option<&Identity>,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    pull_acks(store, cache, desk, None, report)?;
    push_acks(store, cache, desk, identity, report)
}

/// The people and the names each key had, as the handbook's branch last synced has them.
fn people_and_names(
    store: &Store,
    cache: &git::Cache,
) -> Result<verify::PeopleAndNames, SyncError> {
    let people = crate::people::list(store)?;
    let head = store
        .sync_value("head")?
        .and_then(|h| Oid::from_str(&h).ok());
    let names = match head {
        Some(h) => match cache.file(h, record::PEOPLE_PATH)? {
            Some(b) => verify::names_by_key(&record::parse_record(record::PEOPLE_PATH, &b)?),
            None => HashMap::new(),
        },
        None => HashMap::new(),
    };
    Ok((people, names))
}

fn refusal(reference: &str, e: Option<&Event>, reason: String) -> Refusal {
    let (id, lang, revision) = match e {
        Some(Event {
            policy: Some(id),
            what: What::Ack { lang, revision, .. },
            ..
        }) => (id.clone(), Some(*lang), Some(*revision)),
        _ => (String::new(), None, None),
    };
    Refusal {
        id,
        lang,
        revision,
        action: "ack".into(),
        by: e.map_or_else(|| reference.to_string(), |e| e.by.clone()),
        reason,
    }
}

fn pull_acks(
    store: &mut Store,
    cache: &git::Cache,
    desk: &str,
    only: Option<&str>,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let (people, names) = people_and_names(store, cache)?;
    let own_prefix = format!("{desk}/");
    // This desk's acknowledgements not marked as sent, read once: one sent by a sync stopped
    // before it could note it comes back on a reference, and is noted then.
    let pending: HashSet<i64> = store.pending_acks()?.iter().map(|p| p.seq).collect();
    for (reference, tip) in cache.ack_tips() {
        if only.is_some_and(|o| o != reference) {
            continue;
        }
        let key = tip_key(&reference);
        let last = store.sync_value(&key)?.and_then(|h| Oid::from_str(&h).ok());
        if last == Some(tip) {
            continue;
        }
        // A reference rewritten since: read again from its start (what arrived before stays).
        let old = last.filter(|l| cache.contains(tip, *l).unwrap_or(false));
        let range = verify::check_ack_range(&cache.repo, &reference, old, tip, &people, &names);
        if let Some(r) = &range.refused {
            let reason = format!("commit {}: {}", r.commit, r.reason);
            if !report.acks_refused.iter().any(|x| x.reason == reason) {
                report.acks_refused.push(refusal(&reference, None, reason));
            }
        }
        // What came before a refused commit stands; the reference is read from there again.
        let Some(good_tip) = range.good_tip else {
            continue;
        };
        let events = range.good;
        let w = store.write()?;
        let mut held = false;
        let mut applied = 0usize;
        for e in &events {
            if let Some(seq) =
                e.id.strip_prefix(&own_prefix)
                    .and_then(|s| s.parse::<i64>().ok())
                    .filter(|s| pending.contains(s))
            {
                w.mark_synced(seq, seq, Some(&e.id))?;
                continue;
            }
            if w.has_event(&e.id)? {
                continue;
            }
            let (
                Some(id),
                What::Ack {
                    lang,
                    revision,
                    source_revision,
                },
            ) = (&e.policy, &e.what)
            else {
                continue;
            };
            match approved(&w, id, *lang, *revision)? {
                Known::Missing => {
                    // Not here yet (its approval comes with a later sync): the whole reference
                    // waits.
                    held = true;
                    break;
                }
                Known::NotApproved => {
                    report.acks_refused.push(refusal(
                        &reference,
                        Some(e),
                        format!(
                            "acknowledges revision {revision} of `{id}` ({lang}), which was never approved"
                        ),
                    ));
                    continue;
                }
                Known::Approved => {}
            }
            let seq = w.record_ack(&e.by, id, *lang, *revision, *source_revision, &e.at)?;
            w.mark_synced(seq, seq, Some(&e.id))?;
            if let Some(k) = &e.by_key {
                w.mark_signed(seq - 1, k)?;
            }
            applied += 1;
        }
        if held {
            drop(w);
            continue;
        }
        w.set_sync_value(&key, Some(&good_tip.to_string()))?;
        w.commit()?;
        report.acks_pulled += applied;
    }
    Ok(())
}

enum Known {
    Approved,
    NotApproved,
    Missing,
}

fn approved(r: &impl Read, id: &str, lang: Lang, revision: u32) -> Result<Known, StoreError> {
    match r.policy(id) {
        Err(StoreError::NoPolicy(_)) => return Ok(Known::Missing),
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    if r.newest_number(id, lang)? < revision {
        return Ok(Known::Missing);
    }
    Ok(match r.state(id, lang, revision)?.status {
        Status::Approved => Known::Approved,
        _ => Known::NotApproved,
    })
}

fn push_acks(
    store: &mut Store,
    cache: &git::Cache,
    desk: &str,
    identity: Option<&Identity>,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let pending = store.pending_acks()?;
    if pending.is_empty() {
        return Ok(());
    }
    let people = crate::people::list(store)?;
    let signer = super::signer(&people, identity)?.filter(|_| !people.is_empty());
    // Per reference: the entries and their events.
    let mut groups: BTreeMap<String, (Vec<i64>, Vec<Event>)> = BTreeMap::new();
    for p in &pending {
        let r = &p.record;
        let (Some(id), Some(lang), Some(n)) = (
            r.policy_id.clone(),
            r.lang.as_deref().and_then(|l| l.parse::<Lang>().ok()),
            r.revision,
        ) else {
            continue;
        };
        let source_revision = r
            .detail
            .get("source_revision")
            .and_then(|v| v.as_u64())
            .unwrap_or(0) as u32;
        let (reference, by_key) = match &signer {
            Some(me) => {
                let fp = me.public().fingerprint;
                (record::ack_ref_for_key(&fp), Some(fp))
            }
            None => (record::ack_ref_for_name(&r.actor), None),
        };
        let e = Event {
            id: format!("{desk}/{}", p.seq),
            at: r.at.clone(),
            by: r.actor.clone(),
            by_key,
            policy: Some(id),
            what: What::Ack {
                lang,
                revision: n,
                source_revision,
            },
        };
        let g = groups.entry(reference).or_default();
        g.0.push(p.seq);
        g.1.push(e);
    }
    const TRIES: usize = 5;
    for (reference, (seqs, events)) in groups {
        let mut sent = false;
        for _ in 0..TRIES {
            let remote_tip = cache
                .ack_tips()
                .into_iter()
                .find(|(n, _)| *n == reference)
                .map(|(_, t)| t);
            // What another desk of the same reader sent meanwhile was recorded here first (pull).
            let (people, names) = people_and_names(store, cache)?;
            // Someone else wrote to this reader's reference (a server without the hook): put it
            // back to its last good commit, with this desk's acknowledgements on top.
            let stored_before = store
                .sync_value(&tip_key(&reference))?
                .and_then(|h| Oid::from_str(&h).ok());
            let (parent, force) = match remote_tip {
                Some(t) => {
                    let stored = stored_before.filter(|h| cache.contains(t, *h).unwrap_or(false));
                    let range = verify::check_ack_range(
                        &cache.repo,
                        &reference,
                        stored,
                        t,
                        &people,
                        &names,
                    );
                    match range.refused {
                        None => (Some(t), false),
                        Some(_) => (range.good_tip.or(stored), true),
                    }
                }
                None => (None, false),
            };
            let new = cache.write_ack_commit(parent, &events, signer.as_ref())?;
            verify::check_ack_range(&cache.repo, &reference, parent, new, &people, &names)
                .all()
                .map_err(|r| SyncError::CannotSend {
                    reason: r.to_string(),
                })?;
            match cache.push_to(new, &reference, force)? {
                git::Pushed::Done => {
                    let w = store.write()?;
                    for (seq, e) in seqs.iter().zip(&events) {
                        w.mark_synced(*seq, *seq, Some(&e.id))?;
                    }
                    // Only when everything under this desk's commit was recorded here: lines of
                    // another desk that are waiting for their revision are read again later.
                    if stored_before == parent {
                        w.set_sync_value(&tip_key(&reference), Some(&new.to_string()))?;
                    }
                    w.commit()?;
                    report.acks_pushed += events.len();
                    sent = true;
                    break;
                }
                git::Pushed::Behind(_) => {
                    cache.fetch()?;
                    pull_acks(store, cache, desk, Some(&reference), report)?;
                }
                git::Pushed::ReadOnly(why) => {
                    report.acks_read_only = Some(why);
                    sent = true;
                    break;
                }
            }
        }
        if !sent {
            return Err(SyncError::Busy {
                remote: report.remote.clone(),
            });
        }
    }
    Ok(())
}
