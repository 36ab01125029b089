//! The machine-readable record on the remote: one JSON line per action, per policy
//! (`policies/<id>/history.jsonl`) and for the handbook's settings (`.policybook/settings.jsonl`),
//! appended to and never rewritten. Replayed from its first line it rebuilds the exact history
//! (revision texts included); [`Replay`] checks every line as it goes.

use super::SyncError;
use crate::lang::Lang;
use crate::store::{self, Status};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The record's format, in `.policybook/format`.
pub const FORMAT: &str = "policybook 1\n";
/// Where the format is written.
pub const FORMAT_PATH: &str = ".policybook/format";
/// The record of the handbook's settings.
pub const SETTINGS_PATH: &str = ".policybook/settings.jsonl";
/// The record of the handbook's people (a signed handbook; see `crate::people`).
pub const PEOPLE_PATH: &str = ".policybook/people.jsonl";
/// Where a reader's acknowledgements are, on their own reference.
pub const ACKS_PATH: &str = "acks.jsonl";
/// The references that carry acknowledgements: one per reader (per key in a signed handbook).
pub const ACK_REFS: &str = "refs/heads/acks/";

/// The reference of the reader with this key (a signed handbook).
pub fn ack_ref_for_key(fingerprint: &str) -> String {
    format!("{ACK_REFS}k-{}", &store::sha256_hex(fingerprint)[..16])
}

/// The reference of the reader with this name (a handbook without people).
pub fn ack_ref_for_name(name: &str) -> String {
    format!(
        "{ACK_REFS}n-{}",
        &store::sha256_hex(&crate::review::person_key(name))[..16]
    )
}

/// The record of one policy.
pub fn record_path(id: &str) -> String {
    format!("policies/{id}/history.jsonl")
}

/// The Markdown file of one policy in one language.
pub fn md_path(id: &str, lang: Lang) -> String {
    format!("policies/{id}/{id}.{}.md", lang.code())
}

/// What a path of the remote's tree is: a policy's record, its Markdown in a language, the
/// settings' record, or something else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathKind {
    /// `policies/<id>/history.jsonl`
    Record(String),
    /// `policies/<id>/<id>.<lang>.md`
    Markdown(String, Lang),
    /// `.policybook/settings.jsonl`
    Settings,
    /// `.policybook/people.jsonl`
    People,
    /// `images/<hash>`: a picture the policies show, named by the SHA-256 of its bytes.
    Image(String),
    /// Anything else.
    Other,
}

/// Sorts a path of the remote's tree.
pub fn path_kind(path: &str) -> PathKind {
    if path == SETTINGS_PATH {
        return PathKind::Settings;
    }
    if path == PEOPLE_PATH {
        return PathKind::People;
    }
    if let Some(h) = path.strip_prefix(crate::images::REMOTE_DIR) {
        if crate::images::is_hash(h) {
            return PathKind::Image(h.to_string());
        }
    }
    let parts: Vec<&str> = path.split('/').collect();
    if parts.len() != 3 || parts[0] != "policies" || store::validate_id(parts[1]).is_err() {
        return PathKind::Other;
    }
    let id = parts[1];
    if parts[2] == "history.jsonl" {
        return PathKind::Record(id.to_string());
    }
    if let Some(rest) = parts[2]
        .strip_prefix(id)
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_suffix(".md"))
    {
        if let Ok(lang) = rest.parse::<Lang>() {
            return PathKind::Markdown(id.to_string(), lang);
        }
    }
    PathKind::Other
}

/// A conflict carried by a revision: it was saved on top of another desk's revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictOf {
    /// The revision both desks started from.
    pub base: u32,
    /// The other desk's revision it was saved on top of.
    pub theirs: u32,
}

/// One action, as recorded on the remote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Unique: `<desk>/<audit seq>` of the desk that made it.
    pub id: String,
    /// When (RFC 3339 UTC).
    pub at: String,
    /// Who.
    pub by: String,
    /// The fingerprint of the key of who did it (`SHA256:…`), in a signed handbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_key: Option<String>,
    /// The policy (none for a handbook setting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// What.
    #[serde(flatten)]
    pub what: What,
}

/// What an [`Event`] did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum What {
    /// A policy created, or its settings changed.
    Policy {
        /// Its category.
        category: String,
        /// Its owner.
        owner: String,
        /// Months between reviews.
        review_every_months: u32,
        /// Its source language.
        source_lang: Lang,
    },
    /// A new revision (a draft).
    Revise {
        /// The language.
        lang: Lang,
        /// Its number.
        revision: u32,
        /// Its title.
        title: String,
        /// Its summary.
        summary: String,
        /// For a translation: the source revision.
        source_revision: Option<u32>,
        /// SHA-256 of the body.
        hash: String,
        /// The Markdown body, exactly.
        body: String,
        /// Saved on top of another desk's revision.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conflict: Option<ConflictOf>,
        /// Made with plain git: `git:<commit>:<path>`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        via: Option<String>,
    },
    /// Submitted for review.
    Submit {
        /// The language.
        lang: Lang,
        /// The revision.
        revision: u32,
    },
    /// Approved.
    Approve {
        /// The language.
        lang: Lang,
        /// The revision.
        revision: u32,
        /// The date of the approval.
        on: NaiveDate,
        /// Only the wording changed: staff are not asked to read it again.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        editorial: bool,
    },
    /// Sent back to draft.
    Reject {
        /// The language.
        lang: Lang,
        /// The revision.
        revision: u32,
        /// Why.
        reason: String,
    },
    /// The policy retired.
    Retire,
    /// The policy's audience set (no group: everyone).
    Audience {
        /// The groups.
        groups: Vec<String>,
    },
    /// A handbook setting changed.
    Setting {
        /// The setting.
        key: String,
        /// Its value.
        value: String,
    },
    /// A person's key added, or their name, email or role changed.
    Person {
        /// The public key (`ssh-ed25519 AAAA…`).
        public_key: String,
        /// The name.
        name: String,
        /// The email.
        email: String,
        /// The role.
        role: crate::people::Role,
    },
    /// A key no longer valid from a day.
    RemoveKey {
        /// The public key.
        public_key: String,
        /// From when.
        from: NaiveDate,
    },
    /// A person's groups set (whom a policy's audience reaches).
    Groups {
        /// The person's name.
        name: String,
        /// The groups.
        groups: Vec<String>,
    },
    /// Read and understood: carried on the reader's own reference
    /// (`refs/heads/acks/…`, see [`ACKS_PATH`]), never on the handbook's branch.
    Ack {
        /// The language read.
        lang: Lang,
        /// The revision read.
        revision: u32,
        /// The source revision in force it counts for.
        source_revision: u32,
    },
}

impl Event {
    /// The language and revision it concerns, if any.
    pub fn target(&self) -> Option<(Lang, u32)> {
        match &self.what {
            What::Revise { lang, revision, .. }
            | What::Submit { lang, revision }
            | What::Approve { lang, revision, .. }
            | What::Reject { lang, revision, .. } => Some((*lang, *revision)),
            _ => None,
        }
    }

    /// The action's name, as in the audit log and the commit trailers.
    pub fn action(&self) -> &'static str {
        match self.what {
            What::Policy { .. } => "policy",
            What::Revise { .. } => "revise",
            What::Submit { .. } => "submit",
            What::Approve { .. } => "approve",
            What::Reject { .. } => "reject",
            What::Retire => "retire",
            What::Setting { .. } => "setting",
            What::Person { .. } => "person",
            What::RemoveKey { .. } => "person_remove",
            What::Audience { .. } => "audience",
            What::Groups { .. } => "groups",
            What::Ack { .. } => "ack",
        }
    }

    /// One line of the record (with its newline).
    pub fn line(&self) -> String {
        let mut s = serde_json::to_string(self).expect("an event serialises");
        s.push('\n');
        s
    }
}

/// Reads a record's lines.
pub fn parse_record(path: &str, bytes: &[u8]) -> Result<Vec<Event>, SyncError> {
    let text = std::str::from_utf8(bytes).map_err(|_| SyncError::Damaged {
        what: format!("{path} is not UTF-8 text"),
    })?;
    let mut out = Vec::new();
    for (i, line) in text.split_terminator('\n').enumerate() {
        let e: Event = serde_json::from_str(line).map_err(|e| SyncError::Damaged {
            what: format!("{path} line {}: {e}", i + 1),
        })?;
        out.push(e);
    }
    Ok(out)
}

/// One revision's state while replaying.
#[derive(Debug, Clone)]
pub struct RevState {
    /// Its author.
    pub author: String,
    /// The fingerprint of its author's key, in a signed handbook.
    pub author_key: Option<String>,
    /// Its title.
    pub title: String,
    /// Its body.
    pub body: String,
    /// Its review state.
    pub state: store::ReviewState,
}

/// A policy's record replayed: every rule checked, the state at the end.
#[derive(Debug, Clone, Default)]
pub struct Replay {
    /// Whether the policy exists (its first line creates it).
    pub exists: bool,
    /// Its source language.
    pub source_lang: Option<Lang>,
    /// Whether it is retired.
    pub retired: bool,
    /// Per language, its revisions in order (index 0 is revision 1).
    pub langs: BTreeMap<Lang, Vec<RevState>>,
    /// The ids of the events seen.
    pub ids: std::collections::HashSet<String>,
    /// The `via` of revisions made with plain git.
    pub vias: std::collections::HashSet<String>,
}

impl Replay {
    /// Replays a policy's whole record; `Err` names the first line that breaks a rule.
    pub fn of(path: &str, id: &str, events: &[Event]) -> Result<Replay, SyncError> {
        let mut r = Replay::default();
        for (i, e) in events.iter().enumerate() {
            r.apply(id, e).map_err(|why| SyncError::Damaged {
                what: format!("{path} line {}: {why}", i + 1),
            })?;
        }
        Ok(r)
    }

    /// The newest revision number in a language (0: none).
    pub fn newest(&self, lang: Lang) -> u32 {
        self.langs.get(&lang).map_or(0, |v| v.len() as u32)
    }

    /// Checks one event against the state so far and applies it.
    pub fn apply(&mut self, id: &str, e: &Event) -> Result<(), String> {
        if e.policy.as_deref() != Some(id) {
            return Err(format!("an event of another policy ({:?})", e.policy));
        }
        if e.by.trim().is_empty() {
            return Err("an event without a person".into());
        }
        if chrono::DateTime::parse_from_rfc3339(&e.at).is_err() {
            return Err(format!("`{}` is not a time", e.at));
        }
        if !self.ids.insert(e.id.clone()) {
            return Err(format!("event {} twice", e.id));
        }
        if !self.exists && !matches!(e.what, What::Policy { .. }) {
            return Err("the policy is used before it is created".into());
        }
        match &e.what {
            What::Policy {
                review_every_months,
                source_lang,
                ..
            } => {
                if !(1..=120).contains(review_every_months) {
                    return Err("a review cycle outside 1 to 120 months".into());
                }
                self.exists = true;
                self.source_lang = Some(*source_lang);
            }
            What::Revise {
                lang,
                revision,
                title,
                hash,
                body,
                via,
                ..
            } => {
                let newest = self.newest(*lang);
                if *revision != newest + 1 {
                    return Err(format!(
                        "revision {revision} in {lang} does not follow revision {newest}"
                    ));
                }
                if store::sha256_hex(body) != *hash {
                    return Err(format!(
                        "revision {revision} in {lang}: the text does not match its hash"
                    ));
                }
                if title.trim().is_empty() {
                    return Err(format!("revision {revision} in {lang} has no title"));
                }
                if let Some(v) = via {
                    self.vias.insert(v.clone());
                }
                self.langs.entry(*lang).or_default().push(RevState {
                    author: e.by.clone(),
                    author_key: e.by_key.clone(),
                    title: title.clone(),
                    body: body.clone(),
                    state: store::ReviewState::draft(),
                });
            }
            What::Submit { lang, revision }
            | What::Approve { lang, revision, .. }
            | What::Reject { lang, revision, .. } => {
                let newest = self.newest(*lang);
                if *revision != newest || newest == 0 {
                    return Err(format!(
                        "{} of revision {revision} in {lang}, which is not the newest ({newest})",
                        e.action()
                    ));
                }
                let rev =
                    &mut self.langs.get_mut(lang).expect("has revisions")[*revision as usize - 1];
                let status = rev.state.status;
                rev.state = match &e.what {
                    What::Submit { .. } if status == Status::Draft => store::ReviewState {
                        status: Status::InReview,
                        approved_by: None,
                        approved_on: None,
                    },
                    // An approval recorded on paper (an import) skips the submission.
                    What::Approve { on, .. } if status != Status::Approved => {
                        if same_person(&rev.author, &e.by) {
                            return Err(format!(
                                "revision {revision} in {lang} approved by its own author"
                            ));
                        }
                        if e.by_key.is_some() && e.by_key == rev.author_key {
                            return Err(format!(
                                "revision {revision} in {lang} approved with the key that wrote it ({})",
                                e.by_key.as_deref().unwrap_or("")
                            ));
                        }
                        store::ReviewState {
                            status: Status::Approved,
                            approved_by: Some(e.by.clone()),
                            approved_on: Some(*on),
                        }
                    }
                    What::Reject { reason, .. }
                        if status == Status::InReview && !reason.trim().is_empty() =>
                    {
                        store::ReviewState::draft()
                    }
                    _ => {
                        return Err(format!(
                            "{} of revision {revision} in {lang}, which is {}",
                            e.action(),
                            status.as_str()
                        ))
                    }
                };
            }
            What::Retire => {
                if self.retired {
                    return Err("retired twice".into());
                }
                self.retired = true;
            }
            What::Audience { groups } => {
                crate::acks::parse_groups(groups).map_err(|err| err.to_string())?;
            }
            What::Setting { .. }
            | What::Person { .. }
            | What::RemoveKey { .. }
            | What::Groups { .. }
            | What::Ack { .. } => return Err(format!("a `{}` in a policy's record", e.action())),
        }
        Ok(())
    }
}

/// Replays the people's record: the list it makes, or the first line that breaks a rule.
pub fn replay_people(
    path: &str,
    events: &[Event],
) -> Result<Vec<crate::people::Person>, SyncError> {
    let mut people = Vec::new();
    for (i, e) in events.iter().enumerate() {
        apply_people(&mut people, e).map_err(|why| SyncError::Damaged {
            what: format!("{path} line {}: {why}", i + 1),
        })?;
    }
    Ok(people)
}

/// The change to the people list that a line of the people's record makes, checked on its own.
pub fn people_change(e: &Event) -> Result<crate::people::Change, String> {
    use crate::people::{Change, Person};
    let key_of = |k: &str| crate::identity::PublicId::parse(k).map_err(|err| err.to_string());
    if e.policy.is_some() {
        return Err("a person tied to a policy".into());
    }
    Ok(match &e.what {
        What::Person {
            public_key,
            name,
            email,
            role,
        } => {
            let id = key_of(public_key)?;
            crate::identity::check_person(name, email).map_err(|err| err.to_string())?;
            Change::Set(Person {
                name: name.clone(),
                email: email.clone(),
                role: *role,
                key: id.key,
                fingerprint: id.fingerprint,
                removed_from: None,
            })
        }
        What::RemoveKey { public_key, from } => Change::Remove {
            fingerprint: key_of(public_key)?.fingerprint,
            from: *from,
        },
        _ => return Err(format!("a `{}` in the people's record", e.action())),
    })
}

/// Checks one line of the people's record against the list so far and applies it.
pub fn apply_people(people: &mut Vec<crate::people::Person>, e: &Event) -> Result<(), String> {
    use crate::people::{check_change, Change, Role};
    if let What::Groups { name, groups } = &e.what {
        if e.policy.is_some() {
            return Err("groups tied to a policy".into());
        }
        if !people.iter().any(|p| same_person(&p.name, name)) {
            return Err(format!("groups for {name}, who is not in the people list"));
        }
        crate::acks::parse_groups(groups).map_err(|err| err.to_string())?;
        return Ok(());
    }
    let change = people_change(e)?;
    if let Change::Set(p) = &change {
        if people.is_empty() && p.role != Role::Admin {
            return Err("the first person of a handbook is not its admin".into());
        }
    }
    *people = check_change(people, &change).map_err(|err| err.to_string())?;
    Ok(())
}

/// Checks the settings' record.
pub fn check_settings(path: &str, events: &[Event]) -> Result<(), SyncError> {
    for (i, e) in events.iter().enumerate() {
        let ok = matches!(&e.what, What::Setting { key, .. } if crate::SETTINGS.contains(&key.as_str()))
            && e.policy.is_none();
        if !ok {
            return Err(SyncError::Damaged {
                what: format!("{path} line {}: not a known handbook setting", i + 1),
            });
        }
    }
    Ok(())
}

fn same_person(a: &str, b: &str) -> bool {
    crate::review::person_key(a) == crate::review::person_key(b)
}

/// The front matter of a policy's Markdown file, as `import` reads it.
#[derive(Serialize)]
struct FrontMatter<'a> {
    title: &'a str,
    category: &'a str,
    owner: &'a str,
    review_every_months: u32,
    source_lang: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_revision: Option<u32>,
    author: &'a str,
    revision: u32,
}

/// A policy's Markdown file for a revision: front matter, then the body exactly.
pub fn markdown(policy: &store::Policy, rev: &store::Revision) -> String {
    let fm = FrontMatter {
        title: &rev.title,
        category: &policy.category,
        owner: &policy.owner,
        review_every_months: policy.review_every_months,
        source_lang: policy.source_lang,
        source_revision: rev.source_revision,
        author: &rev.author,
        revision: rev.revision,
    };
    let yaml = serde_yaml::to_string(&fm).expect("front matter serialises");
    format!("---\n{yaml}---\n{}", rev.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_reads_back_through_import() {
        let p = store::Policy {
            id: "refunds".into(),
            category: "Money: \"in\" & out".into(),
            owner: "Nadia".into(),
            review_every_months: 6,
            source_lang: Lang::En,
            retired: None,
        };
        let body = "---\n# Refunds\n\n  Within 30 days.\r\n";
        let rev = store::Revision {
            policy_id: "refunds".into(),
            lang: Lang::En,
            revision: 3,
            title: "Refunds: the rules".into(),
            body: body.into(),
            author: "Ann".into(),
            created: "2026-11-29T10:00:00Z".into(),
            summary: String::new(),
            hash: store::sha256_hex(body),
            source_revision: None,
        };
        let text = markdown(&p, &rev);
        let opts = crate::import::ImportOptions {
            lang: None,
            author: "x".into(),
        };
        let d =
            crate::import::parse("refunds.en.md", "refunds.en.md", text.as_bytes(), &opts).unwrap();
        assert_eq!(d.body, body);
        assert_eq!(d.title, "Refunds: the rules");
        assert_eq!(d.category.as_deref(), Some("Money: \"in\" & out"));
        assert_eq!(
            path_kind("policies/refunds/refunds.en.md"),
            PathKind::Markdown("refunds".into(), Lang::En)
        );
        assert_eq!(
            path_kind("policies/refunds/history.jsonl"),
            PathKind::Record("refunds".into())
        );
        assert_eq!(path_kind("policies/refunds/other.en.md"), PathKind::Other);
        let h = "0".repeat(64);
        assert_eq!(
            path_kind(&format!("images/{h}")),
            PathKind::Image(h.clone())
        );
        assert_eq!(path_kind("images/dot.png"), PathKind::Other);
        assert_eq!(path_kind(&format!("images/{h}/x")), PathKind::Other);
    }

    #[test]
    fn replay_refuses_gaps_and_own_approvals() {
        let ev = |id: &str, by: &str, what: What| Event {
            id: id.into(),
            at: "2026-11-29T10:00:00Z".into(),
            by: by.into(),
            by_key: None,
            policy: Some("p".into()),
            what,
        };
        let policy = ev(
            "d/1",
            "Ann",
            What::Policy {
                category: "c".into(),
                owner: "Ann".into(),
                review_every_months: 12,
                source_lang: Lang::En,
            },
        );
        let rev = |n: u32| {
            ev(
                &format!("d/r{n}"),
                "Ann",
                What::Revise {
                    lang: Lang::En,
                    revision: n,
                    title: "T".into(),
                    summary: String::new(),
                    source_revision: None,
                    hash: store::sha256_hex("b"),
                    body: "b".into(),
                    conflict: None,
                    via: None,
                },
            )
        };
        assert!(Replay::of("x", "p", &[policy.clone(), rev(1)]).is_ok());
        let e = Replay::of("x", "p", &[policy.clone(), rev(2)]).unwrap_err();
        assert!(e.to_string().contains("does not follow"), "{e}");
        let own = ev(
            "d/a",
            "ann ",
            What::Approve {
                lang: Lang::En,
                revision: 1,
                on: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
                editorial: false,
            },
        );
        let e = Replay::of("x", "p", &[policy, rev(1), own]).unwrap_err();
        assert!(e.to_string().contains("own author"), "{e}");
    }
}
