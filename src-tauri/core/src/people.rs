//! People and roles: who may do what in a signed handbook.
//!
//! A handbook with people is *signed*: every person has a name, an email, a role and one or more
//! Ed25519 public keys, and every action is done by the identity of the desk (see
//! [`crate::identity`]), checked against that person's role here and, once shared, against the
//! signature of the commit that carries it on every other desk (see `sync::verify`). A handbook
//! without people works as before: a typed name, marked "not signed".
//!
//! The list lives in the store (table `person`, one row per key) and travels through the remote
//! as `.policybook/people.jsonl`; only an admin may change it, and the first person to share a
//! handbook is its admin.

use crate::error::{date, ErrArg};
use crate::review::person_key;
use crate::store::{audit, Read, StoreError, Writer};
use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// What a person may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything a manager may, and changes the people list.
    Admin,
    /// Drafts, reviews, approves; policy settings, retirement, handbook settings.
    Manager,
    /// Drafts and submits.
    Editor,
    /// Reads and acknowledges.
    Staff,
}

impl Role {
    /// Every role, from the most to the least allowed.
    pub const ALL: [Role; 4] = [Role::Admin, Role::Manager, Role::Editor, Role::Staff];

    /// The role's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Editor => "editor",
            Role::Staff => "staff",
        }
    }

    /// Whether the role may do an action (`revise`, `submit`, `approve`, `reject`, `policy`,
    /// `retire`, `setting`, `category_title`, `audience`, `person`, `person_remove`, `groups`,
    /// `ack`).
    pub fn may(self, action: &str) -> bool {
        match action {
            "revise" | "submit" => self != Role::Staff,
            "approve" | "reject" | "policy" | "retire" | "setting" | "category_title" => {
                matches!(self, Role::Admin | Role::Manager)
            }
            "person" | "person_remove" | "groups" => self == Role::Admin,
            "audience" => matches!(self, Role::Admin | Role::Manager),
            "ack" => true,
            _ => false,
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Role {
    type Err = PeopleError;
    fn from_str(s: &str) -> Result<Role, PeopleError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "admin" => Ok(Role::Admin),
            "manager" => Ok(Role::Manager),
            "editor" => Ok(Role::Editor),
            "staff" => Ok(Role::Staff),
            other => Err(PeopleError::BadRole(other.to_string())),
        }
    }
}

/// One key of one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Person {
    /// The name, as shown and as recorded on every action.
    pub name: String,
    /// The email.
    pub email: String,
    /// The role.
    pub role: Role,
    /// The public key, `ssh-ed25519 AAAA…`.
    pub key: String,
    /// Its fingerprint, `SHA256:…`.
    pub fingerprint: String,
    /// From this day the key is no longer valid (lost, or the person left); signatures made
    /// before stay valid.
    pub removed_from: Option<NaiveDate>,
}

impl Person {
    /// Whether the key is valid on a day.
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        self.removed_from.is_none_or(|from| day < from)
    }
}

/// Why a change of the people list, or an action in a signed handbook, was refused.
#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    /// Not a role.
    #[error("`{0}` is not a role: admin, manager, editor or staff")]
    BadRole(String),
    /// The handbook is signed and this desk has no identity.
    #[error("this handbook is signed: make your identity first (policybook identity new --name NAME --email EMAIL) and ask an admin to add its key")]
    NoIdentity,
    /// The desk's key is not in the people list.
    #[error("your key {fingerprint} is not in this handbook's people list: ask an admin to add it (policybook people add)")]
    NotListed {
        /// The desk's key.
        fingerprint: String,
    },
    /// The desk's key was removed.
    #[error("your key {fingerprint} was removed from this handbook from {from}")]
    Removed {
        /// The desk's key.
        fingerprint: String,
        /// Since when.
        from: NaiveDate,
    },
    /// The role does not allow the action.
    #[error("{who} is {role}: a {role} may not {action}")]
    NotAllowed {
        /// Who.
        who: String,
        /// Their role.
        role: Role,
        /// The action.
        action: String,
    },
    /// Acting under another name than the identity's.
    #[error("you are {me} (key {fingerprint}) in this signed handbook: you cannot act as {other}")]
    NotYou {
        /// The identity's name.
        me: String,
        /// Its key.
        fingerprint: String,
        /// The name given.
        other: String,
    },
    /// Nobody with that name or key.
    #[error("nobody named or keyed `{0}` in this handbook's people list")]
    Unknown(String),
    /// The name belongs to another person (another email).
    #[error("the name {0} belongs to another person in this handbook (another email): choose a distinct name")]
    NameTaken(String),
    /// The key is listed already, for someone else.
    #[error("the key {fingerprint} is already {name}'s")]
    KeyTaken {
        /// The key.
        fingerprint: String,
        /// Whose.
        name: String,
    },
    /// The last admin would go.
    #[error("{0} is the handbook's last admin: add another admin first")]
    LastAdmin(String),
    /// The identity.
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    /// The database.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PeopleError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            PeopleError::BadRole(_) => "people.bad_role",
            PeopleError::NoIdentity => "people.no_identity",
            PeopleError::NotListed { .. } => "people.not_listed",
            PeopleError::Removed { .. } => "people.removed",
            PeopleError::NotAllowed { .. } => "people.not_allowed",
            PeopleError::NotYou { .. } => "people.not_you",
            PeopleError::Unknown(_) => "people.unknown",
            PeopleError::NameTaken(_) => "people.name_taken",
            PeopleError::KeyTaken { .. } => "people.key_taken",
            PeopleError::LastAdmin(_) => "people.last_admin",
            PeopleError::Identity(e) => e.code(),
            PeopleError::Store(e) => e.code(),
        }
    }

    /// The values its localised message fills in.
    pub fn args(&self) -> Vec<(&'static str, ErrArg)> {
        match self {
            PeopleError::BadRole(r) => vec![("role", r.clone().into())],
            PeopleError::NotListed { fingerprint } => vec![("key", fingerprint.clone().into())],
            PeopleError::Removed { fingerprint, from } => {
                vec![("key", fingerprint.clone().into()), ("date", date(*from))]
            }
            PeopleError::NotAllowed { who, role, action } => vec![
                ("who", who.clone().into()),
                ("role", role.to_string().into()),
                ("action", action.clone().into()),
            ],
            PeopleError::NotYou {
                me,
                fingerprint,
                other,
            } => vec![
                ("me", me.clone().into()),
                ("key", fingerprint.clone().into()),
                ("other", other.clone().into()),
            ],
            PeopleError::Unknown(w) | PeopleError::NameTaken(w) | PeopleError::LastAdmin(w) => {
                vec![("who", w.clone().into())]
            }
            PeopleError::KeyTaken { fingerprint, name } => {
                vec![
                    ("key", fingerprint.clone().into()),
                    ("who", name.clone().into()),
                ]
            }
            PeopleError::Identity(e) => e.args(),
            PeopleError::NoIdentity | PeopleError::Store(_) => vec![],
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> crate::ErrorKind {
        match self {
            PeopleError::BadRole(_) => crate::ErrorKind::BadInput,
            PeopleError::Unknown(_) => crate::ErrorKind::NotFound,
            PeopleError::Identity(e) => e.kind(),
            PeopleError::Store(e) => e.kind(),
            _ => crate::ErrorKind::Refused,
        }
    }
}

/// Every key of every person, by name.
pub fn list(store: &impl Read) -> Result<Vec<Person>, StoreError> {
    let mut stmt = store.db().prepare(
        "SELECT name, email, role, key, fingerprint, removed_from FROM person ORDER BY name COLLATE NOCASE, fingerprint",
    )?;
    let rows = stmt.query_map([], |r| {
        let role: String = r.get(2)?;
        let removed: Option<String> = r.get(5)?;
        Ok(Person {
            name: r.get(0)?,
            email: r.get(1)?,
            role: role.parse().unwrap_or(Role::Staff),
            key: r.get(3)?,
            fingerprint: r.get(4)?,
            removed_from: removed.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Whether the handbook is signed (has people).
pub fn is_signed(store: &impl Read) -> Result<bool, StoreError> {
    let n: i64 = store
        .db()
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM person)")?
        .query_row([], |r| r.get(0))?;
    Ok(n > 0)
}

/// The person a key belongs to.
pub fn by_fingerprint<'a>(people: &'a [Person], fingerprint: &str) -> Option<&'a Person> {
    people.iter().find(|p| p.fingerprint == fingerprint)
}

/// The lines of an allowed-signers file (`git config gpg.ssh.allowedSignersFile`,
/// `ssh-keygen -Y verify -f`): one per key, the email as principal, limited to git's namespace,
/// with `valid-before` for a removed key.
pub fn allowed_signers(people: &[Person]) -> String {
    let mut out = String::new();
    for p in people {
        let principal = if p.email.is_empty() {
            p.fingerprint.clone()
        } else {
            p.email.clone()
        };
        out.push_str(&format!("{principal} namespaces=\"git\""));
        if let Some(from) = p.removed_from {
            out.push_str(&format!(",valid-before={}", from.format("%Y%m%d")));
        }
        out.push(' ');
        out.push_str(&p.key);
        out.push('\n');
    }
    out
}

/// Checks a change to the people list against the list as it is: one name per person (by email),
/// one person per key, and always an admin left. Returns the list after the change.
pub fn check_change(people: &[Person], change: &Change) -> Result<Vec<Person>, PeopleError> {
    let mut after: Vec<Person> = people.to_vec();
    match change {
        Change::Set(p) => {
            if let Some(other) = after.iter().find(|o| {
                o.fingerprint == p.fingerprint && person_key(&o.name) != person_key(&p.name)
            }) {
                return Err(PeopleError::KeyTaken {
                    fingerprint: p.fingerprint.clone(),
                    name: other.name.clone(),
                });
            }
            if after.iter().any(|o| {
                person_key(&o.name) == person_key(&p.name)
                    && !o.email.eq_ignore_ascii_case(&p.email)
            }) {
                return Err(PeopleError::NameTaken(p.name.clone()));
            }
            after.retain(|o| o.fingerprint != p.fingerprint);
            // One person, one role: every key of the person takes the new role and spelling.
            for o in after.iter_mut() {
                if person_key(&o.name) == person_key(&p.name) {
                    o.role = p.role;
                    o.name = p.name.clone();
                }
            }
            after.push(p.clone());
        }
        Change::Remove { fingerprint, from } => {
            let Some(p) = after.iter_mut().find(|o| &o.fingerprint == fingerprint) else {
                return Err(PeopleError::Unknown(fingerprint.clone()));
            };
            p.removed_from = Some(*from);
        }
    }
    let today_admins = after
        .iter()
        .filter(|p| p.role == Role::Admin && p.removed_from.is_none())
        .count();
    if today_admins == 0 && !people.is_empty() {
        let name = match change {
            Change::Set(p) => p.name.clone(),
            Change::Remove { fingerprint, .. } => {
                by_fingerprint(people, fingerprint).map_or(fingerprint.clone(), |p| p.name.clone())
            }
        };
        return Err(PeopleError::LastAdmin(name));
    }
    Ok(after)
}

/// A change to the people list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A key added for a person, or a person's name, email or role changed.
    Set(Person),
    /// A key no longer valid from a day.
    Remove {
        /// The key.
        fingerprint: String,
        /// From when.
        from: NaiveDate,
    },
}

impl Writer<'_> {
    /// Applies a checked change to the people list, logged (and shared) as `person` or
    /// `person_remove`.
    pub fn change_people(&self, change: &Change, actor: &str, at: &str) -> Result<(), StoreError> {
        match change {
            Change::Set(p) => {
                self.tx.execute(
                    "INSERT INTO person (key, fingerprint, name, email, role, removed_from) VALUES (?1, ?2, ?3, ?4, ?5, NULL)
                     ON CONFLICT(key) DO UPDATE SET name = excluded.name, email = excluded.email, role = excluded.role, removed_from = NULL",
                    params![p.key, p.fingerprint, p.name, p.email, p.role.as_str()],
                )?;
                self.note_joined(&p.name, at)?;
                // One person, one role.
                let mut stmt = self.tx.prepare("SELECT key, name FROM person")?;
                let keys: Vec<(String, String)> = stmt
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()?;
                for (key, name) in keys {
                    if person_key(&name) == person_key(&p.name) && key != p.key {
                        self.tx.execute(
                            "UPDATE person SET role = ?1, name = ?2 WHERE key = ?3",
                            params![p.role.as_str(), p.name, key],
                        )?;
                    }
                }
                audit::append(
                    &self.tx,
                    &audit::Entry {
                        at,
                        actor,
                        action: "person",
                        policy_id: None,
                        lang: None,
                        revision: None,
                        detail: serde_json::json!({
                            "key": p.key, "name": p.name, "email": p.email, "role": p.role.as_str(),
                        }),
                    },
                )?;
            }
            Change::Remove { fingerprint, from } => {
                let key: String = self.tx.query_row(
                    "SELECT key FROM person WHERE fingerprint = ?1",
                    [fingerprint],
                    |r| r.get(0),
                )?;
                let from_s = from.format("%Y-%m-%d").to_string();
                self.tx.execute(
                    "UPDATE person SET removed_from = ?1 WHERE key = ?2",
                    params![from_s, key],
                )?;
                audit::append(
                    &self.tx,
                    &audit::Entry {
                        at,
                        actor,
                        action: "person_remove",
                        policy_id: None,
                        lang: None,
                        revision: None,
                        detail: serde_json::json!({ "key": key, "from": from_s }),
                    },
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, email: &str, role: Role, fp: &str) -> Person {
        Person {
            name: name.into(),
            email: email.into(),
            role,
            key: format!("ssh-ed25519 {fp}"),
            fingerprint: fp.into(),
            removed_from: None,
        }
    }

    #[test]
    fn roles_and_the_last_admin() {
        assert!(Role::Manager.may("approve") && !Role::Editor.may("approve"));
        assert!(Role::Editor.may("submit") && !Role::Staff.may("revise"));
        assert!(Role::Admin.may("person") && !Role::Manager.may("person"));
        let people = vec![person("Ann", "ann@x", Role::Admin, "A")];
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let e = check_change(
            &people,
            &Change::Remove {
                fingerprint: "A".into(),
                from: day,
            },
        )
        .unwrap_err();
        assert!(matches!(e, PeopleError::LastAdmin(_)), "{e}");
        let two = check_change(
            &people,
            &Change::Set(person("Bob", "bob@x", Role::Manager, "B")),
        )
        .unwrap();
        assert_eq!(two.len(), 2);
        let e = check_change(
            &two,
            &Change::Set(person("bob", "other@x", Role::Staff, "C")),
        )
        .unwrap_err();
        assert!(matches!(e, PeopleError::NameTaken(_)), "{e}");
        let e =
            check_change(&two, &Change::Set(person("Cy", "cy@x", Role::Staff, "B"))).unwrap_err();
        assert!(matches!(e, PeopleError::KeyTaken { .. }), "{e}");
        // A second key for Bob makes him an admin on both keys.
        let three = check_change(
            &two,
            &Change::Set(person("Bob", "bob@x", Role::Admin, "B2")),
        )
        .unwrap();
        assert!(three
            .iter()
            .filter(|p| p.name == "Bob")
            .all(|p| p.role == Role::Admin));
        let signers = allowed_signers(&[Person {
            removed_from: Some(day),
            ..person("Ann", "ann@x", Role::Admin, "A")
        }]);
        assert_eq!(
            signers,
            "ann@x namespaces=\"git\",valid-before=20261201 ssh-ed25519 A\n"
        );
    }
}
