//! Read and understood: who must read which policy, who acknowledged which revision, and who is
//! overdue.
//!
//! - A policy's **audience** is everyone (no group named) or the readers of the groups it names.
//! - The **readers** are the people of a signed handbook (a person with a key valid that day),
//!   or, in a handbook without people, a local list of names. Either may belong to groups.
//! - An approval is **material** (the default: staff must read again) or **editorial** (only the
//!   wording changed). What a policy asks its audience to read is its newest material approval
//!   in its source language (the first approval always counts as material).
//! - An **acknowledgement** records person, policy, language, revision and time, and the source
//!   revision in force when it was given: that is what it counts for. A reader of a stale
//!   translation acknowledges the translation they read (recorded as such), which counts for the
//!   source in force, since they were told it is stale and shown the source. An acknowledgement
//!   of an older revision never counts for a newer material one.
//! - An acknowledgement is **due** a number of days (the handbook setting `ack_due_days`,
//!   default 14) after the approval, or after the reader joined if that is later.

use crate::diff;
use crate::error::ErrorKind;
use crate::error::{date, num, ErrArg};
use crate::lang::Lang;
use crate::review::person_key;
use crate::store::{audit, Policy, Read, StoreError, Writer};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The handbook setting: days from an approval until its acknowledgement is due.
pub const DUE_DAYS_KEY: &str = "ack_due_days";
/// Days until an acknowledgement is due, when the handbook does not say.
pub const DEFAULT_DUE_DAYS: u32 = 14;
/// The largest due period a handbook may set, in days.
pub const MAX_DUE_DAYS: u32 = 365;
/// The longest group name.
pub const MAX_GROUP: usize = 60;

/// Why an acknowledgement (or a change of audience or groups) was refused.
#[derive(Debug, thiserror::Error)]
pub enum AckError {
    /// The revision named is not the one in force in that language.
    #[error("revision {revision} of `{id}` ({lang}) is not the text in force (that is revision {in_force}): read revision {in_force} and acknowledge it")]
    NotInForce {
        /// The policy.
        id: String,
        /// The language.
        lang: Lang,
        /// The revision named.
        revision: u32,
        /// The revision in force.
        in_force: u32,
    },
    /// Nothing approved to read in that language.
    #[error("policy `{id}` has no approved text in {lang} to acknowledge")]
    NothingApproved {
        /// The policy.
        id: String,
        /// The language.
        lang: Lang,
    },
    /// Nothing approved and in force on a day.
    #[error("policy `{id}` had no approved text in {lang} in force on {day}")]
    NothingInForce {
        /// The policy.
        id: String,
        /// The language.
        lang: Lang,
        /// The day.
        day: NaiveDate,
    },
    /// The policy is retired.
    #[error("policy `{0}` is retired: there is nothing to acknowledge")]
    Retired(String),
    /// No name to act under.
    #[error("say who is reading (--as NAME)")]
    NoName,
    /// A name that cannot be used.
    #[error("`{0}` is not a usable name (one line, 1 to 200 characters)")]
    BadName(String),
    /// A group name that cannot be used.
    #[error("`{0}` is not a usable group name (1 to 60 characters, no commas or line breaks)")]
    BadGroup(String),
    /// A due period out of range.
    #[error("an acknowledgement period of `{0}` days: give a whole number of days from 1 to 365")]
    BadDays(String),
    /// Not in the reader list (a handbook without people).
    #[error("nobody named `{0}` in the readers' list")]
    UnknownReader(String),
    /// A signed handbook's readers are its people.
    #[error("this handbook is signed: its readers are its people (policybook people add), and an admin sets their groups")]
    Signed,
    /// The database.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AckError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            AckError::NotInForce { .. } => "ack.not_in_force",
            AckError::NothingApproved { .. } => "ack.nothing_approved",
            AckError::NothingInForce { .. } => "ack.nothing_in_force",
            AckError::Retired(_) => "ack.retired",
            AckError::NoName => "ack.no_name",
            AckError::BadName(_) => "ack.bad_name",
            AckError::BadGroup(_) => "ack.bad_group",
            AckError::BadDays(_) => "ack.bad_days",
            AckError::UnknownReader(_) => "ack.unknown_reader",
            AckError::Signed => "ack.signed",
            AckError::Store(e) => e.code(),
        }
    }

    /// The values its localised message fills in.
    pub fn args(&self) -> Vec<(&'static str, ErrArg)> {
        match self {
            AckError::NotInForce {
                id,
                lang,
                revision,
                in_force,
            } => vec![
                ("id", id.clone().into()),
                ("lang", crate::error::language(*lang)),
                ("revision", num(*revision)),
                ("newest", num(*in_force)),
            ],
            AckError::NothingApproved { id, lang } => {
                vec![
                    ("id", id.clone().into()),
                    ("lang", crate::error::language(*lang)),
                ]
            }
            AckError::NothingInForce { id, lang, day } => vec![
                ("id", id.clone().into()),
                ("lang", crate::error::language(*lang)),
                ("date", date(*day)),
            ],
            AckError::Retired(id) => vec![("id", id.clone().into())],
            AckError::BadName(n) => vec![("who", n.clone().into())],
            AckError::BadGroup(g) => vec![("group", g.clone().into())],
            AckError::BadDays(d) => vec![("days", d.clone().into())],
            AckError::UnknownReader(w) => vec![("who", w.clone().into())],
            AckError::NoName | AckError::Signed | AckError::Store(_) => vec![],
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            AckError::NoName
            | AckError::BadName(_)
            | AckError::BadGroup(_)
            | AckError::BadDays(_) => ErrorKind::BadInput,
            AckError::UnknownReader(_) | AckError::NothingInForce { .. } => ErrorKind::NotFound,
            AckError::Store(e) => e.kind(),
            _ => ErrorKind::Refused,
        }
    }
}

/// One acknowledgement, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Ack {
    /// The policy.
    pub id: String,
    /// The language read.
    pub lang: Lang,
    /// The revision read, in that language.
    pub revision: u32,
    /// Who (the name as recorded).
    pub person: String,
    /// When (RFC 3339 UTC).
    pub at: String,
    /// The source-language revision in force when it was given: what it counts for.
    pub source_revision: u32,
    /// A translation read while it lagged behind the source in force.
    pub stale: bool,
    /// The fingerprint of the key that signed it (a signed handbook).
    pub signed_by: Option<String>,
}

/// A reader who has not acknowledged what a policy asks, past its due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Overdue {
    /// The policy.
    pub id: String,
    /// Its source language.
    pub lang: Lang,
    /// The revision in force, to read.
    pub revision: u32,
    /// Who.
    pub person: String,
    /// The day it was due.
    pub due: NaiveDate,
}

/// One policy's figures in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PolicyAcks {
    /// The policy.
    pub id: String,
    /// Its title in the source language.
    pub title: String,
    /// Its source language.
    pub lang: Lang,
    /// The source revision in force.
    pub revision: u32,
    /// The revision readers are asked to have read (the newest material approval).
    pub required: u32,
    /// When that was approved.
    pub approved_on: NaiveDate,
    /// Its audience (empty: everyone).
    pub audience: Vec<String>,
    /// Readers in the audience.
    pub readers: usize,
    /// Of whom have acknowledged.
    pub acknowledged: usize,
    /// Have not, and are not due yet.
    pub pending: usize,
    /// Have not, past their due date.
    pub overdue: usize,
}

/// Who acknowledged what, and who is overdue, as of a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    /// The day.
    pub as_of: NaiveDate,
    /// Days until an acknowledgement is due.
    pub due_days: u32,
    /// The acknowledgements given by that day, by policy, language, revision and time.
    pub acks: Vec<Ack>,
    /// The readers overdue on that day, by policy and name.
    pub overdue: Vec<Overdue>,
    /// Per policy, its figures.
    pub policies: Vec<PolicyAcks>,
}

/// What a reader has to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UnreadList {
    /// The reader.
    pub person: String,
    /// Due first.
    pub unread: Vec<Unread>,
}

/// A policy a reader is asked to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Unread {
    /// The policy.
    pub id: String,
    /// Its title in `lang`.
    pub title: String,
    /// The language to read it in (the reader's, when the policy has approved text in it).
    pub lang: Lang,
    /// The revision in force in that language.
    pub revision: u32,
    /// The newest revision in that language the reader acknowledged (or that translates what
    /// they acknowledged in another language); `None`: never read.
    pub last_acknowledged: Option<u32>,
    /// What changed since then, word by word (the whole text as inserted if never read).
    pub changes: Vec<diff::Change>,
    /// The source language.
    pub source_lang: Lang,
    /// The source revision in force.
    pub source_revision: u32,
    /// The translation lags behind the source in force.
    pub stale: bool,
    /// When it is due.
    pub due: NaiveDate,
    /// Whether it is past due.
    pub overdue: bool,
}

/// A reader: a person who may be asked to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Reader {
    /// The name.
    pub name: String,
    /// The name folded as names are compared ([`person_key`]).
    #[serde(skip)]
    pub who: String,
    /// Their groups.
    pub groups: Vec<String>,
    /// Since when they read (acknowledgements fall due from then at the earliest).
    pub since: NaiveDate,
}

/// An approved revision, as the rules need it.
#[derive(Debug, Clone)]
struct Approved {
    revision: u32,
    on: NaiveDate,
    editorial: bool,
    source_revision: Option<u32>,
}

/// The approved revisions of one policy, per language, oldest first.
#[derive(Debug, Clone, Default)]
struct Approvals {
    langs: HashMap<Lang, Vec<Approved>>,
}

impl Approvals {
    /// The revision in force in `lang` on `day`.
    fn in_force(&self, lang: Lang, day: NaiveDate) -> Option<&Approved> {
        self.langs
            .get(&lang)?
            .iter()
            .filter(|a| a.on <= day)
            .max_by_key(|a| a.revision)
    }

    /// The source revision readers must have read on `day`: the newest material approval.
    fn required(&self, source: Lang, day: NaiveDate) -> Option<&Approved> {
        let list = self.langs.get(&source)?;
        let mut live: Vec<&Approved> = list.iter().filter(|a| a.on <= day).collect();
        live.sort_by_key(|a| a.revision);
        let first = live.first().map(|a| a.revision);
        live.into_iter()
            .rev()
            .find(|a| !a.editorial || Some(a.revision) == first)
    }
}

/// A policy as the rules see it.
struct PolicyView {
    policy: Policy,
    title: String,
    audience: Vec<String>,
    approvals: Approvals,
    retired_on: Option<NaiveDate>,
}

fn date_of(at: &str) -> NaiveDate {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| t.with_timezone(&chrono::Utc).date_naive())
        .or_else(|_| NaiveDate::parse_from_str(at.get(..10).unwrap_or(at), "%Y-%m-%d"))
        .unwrap_or(NaiveDate::MIN)
}

/// Checks a reader's name.
pub fn check_name(name: &str) -> Result<(), AckError> {
    let t = name.trim();
    if t.is_empty() {
        return Err(AckError::NoName);
    }
    if t.chars().count() > 200 || t.chars().any(char::is_control) {
        return Err(AckError::BadName(name.escape_debug().to_string()));
    }
    Ok(())
}

/// Splits and checks a list of group names (comma-separated, or given one by one).
pub fn parse_groups<S: AsRef<str>>(given: &[S]) -> Result<Vec<String>, AckError> {
    let mut out: Vec<String> = Vec::new();
    for g in given.iter().flat_map(|s| {
        s.as_ref()
            .split(',')
            .map(str::to_string)
            .collect::<Vec<_>>()
    }) {
        let t = g.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            continue;
        }
        if t.chars().count() > MAX_GROUP || t.chars().any(char::is_control) {
            return Err(AckError::BadGroup(g));
        }
        if !out.iter().any(|o| group_key(o) == group_key(&t)) {
            out.push(t);
        }
    }
    Ok(out)
}

fn group_key(g: &str) -> String {
    person_key(g)
}

fn join_groups(groups: &[String]) -> String {
    groups.join(",")
}

fn split_groups(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .map(str::to_string)
        .collect()
}

/// The days until an acknowledgement is due, as the handbook sets it.
pub fn due_days(store: &impl Read) -> Result<u32, StoreError> {
    Ok(store
        .setting(DUE_DAYS_KEY)?
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|d| (1..=MAX_DUE_DAYS).contains(d))
        .unwrap_or(DEFAULT_DUE_DAYS))
}

/// Checks a value for the `ack_due_days` setting.
pub fn check_due_days(value: &str) -> Result<(), AckError> {
    match value.trim().parse::<u32>() {
        Ok(d) if (1..=MAX_DUE_DAYS).contains(&d) => Ok(()),
        _ => Err(AckError::BadDays(value.to_string())),
    }
}

/// A policy's audience (empty: everyone).
pub fn audience(store: &impl Read, id: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = store
        .db()
        .prepare_cached("SELECT grp FROM audience WHERE policy_id = ?1 ORDER BY grp")?;
    let rows = stmt.query_map([id], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn audiences(store: &impl Read) -> Result<HashMap<String, Vec<String>>, StoreError> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut stmt = store
        .db()
        .prepare("SELECT policy_id, grp FROM audience ORDER BY policy_id, grp")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, g) = row?;
        out.entry(id).or_default().push(g);
    }
    Ok(out)
}

/// The readers on `day`: the people of a signed handbook with a key valid that day, else the
/// local list (which whoever acknowledged a policy joins); by name.
pub fn readers(store: &impl Read, day: NaiveDate) -> Result<Vec<Reader>, StoreError> {
    let rows: Vec<(String, String, String, String, bool)> = {
        let mut stmt = store
            .db()
            .prepare("SELECT who, name, groups, since, local FROM reader")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get::<_, i64>(4)? != 0,
            ))
        })?;
        rows.collect::<Result<_, _>>()?
    };
    let people = crate::people::list(store)?;
    let mut out: BTreeMap<String, Reader> = BTreeMap::new();
    if people.is_empty() {
        for (who, name, groups, since, _) in rows {
            out.insert(
                who.clone(),
                Reader {
                    name,
                    who,
                    groups: split_groups(&groups),
                    since: date_of(&since),
                },
            );
        }
    } else {
        let info: HashMap<String, (String, String)> = rows
            .into_iter()
            .filter(|r| !r.4)
            .map(|(who, _, groups, since, _)| (who, (groups, since)))
            .collect();
        for p in people.iter().filter(|p| p.valid_on(day)) {
            let who = person_key(&p.name);
            let (groups, since) = info
                .get(&who)
                .map(|(g, s)| (split_groups(g), date_of(s)))
                .unwrap_or((Vec::new(), NaiveDate::MIN));
            out.entry(who.clone()).or_insert(Reader {
                name: p.name.clone(),
                who,
                groups,
                since,
            });
        }
    }
    Ok(out
        .into_values()
        .filter(|r| r.since <= day || r.since == NaiveDate::MIN)
        .collect())
}

fn in_audience(audience: &[String], groups: &[String]) -> bool {
    audience.is_empty()
        || audience
            .iter()
            .any(|a| groups.iter().any(|g| group_key(g) == group_key(a)))
}

/// Every policy with its approvals, audience and title.
fn views(store: &impl Read, only: Option<&str>) -> Result<Vec<PolicyView>, StoreError> {
    let mut approvals: HashMap<String, Approvals> = HashMap::new();
    let mut titles: HashMap<(String, Lang), (u32, String)> = HashMap::new();
    {
        let mut stmt = store.db().prepare(
            "SELECT s.policy_id, s.lang, s.revision, s.approved_on, s.editorial, r.source_revision, r.title
             FROM review_state s JOIN revision r USING (policy_id, lang, revision)
             WHERE s.status = 'approved' AND (?1 IS NULL OR s.policy_id = ?1)
             ORDER BY s.policy_id, s.lang, s.revision",
        )?;
        let rows = stmt.query_map([only], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, i64>(4)? != 0,
                r.get::<_, Option<u32>>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        for row in rows {
            let (id, lang, revision, on, editorial, source_revision, title) = row?;
            let Ok(lang) = lang.parse::<Lang>() else {
                continue;
            };
            let on = on.as_deref().map(date_of).unwrap_or(NaiveDate::MIN);
            titles.insert((id.clone(), lang), (revision, title));
            approvals
                .entry(id)
                .or_default()
                .langs
                .entry(lang)
                .or_default()
                .push(Approved {
                    revision,
                    on,
                    editorial,
                    source_revision,
                });
        }
    }
    let mut aud = audiences(store)?;
    let mut out = Vec::new();
    for p in store.policies()? {
        if only.is_some_and(|o| o != p.id) {
            continue;
        }
        let Some(a) = approvals.remove(&p.id) else {
            continue;
        };
        let title = titles
            .get(&(p.id.clone(), p.source_lang))
            .map(|t| t.1.clone())
            .unwrap_or_else(|| p.id.clone());
        out.push(PolicyView {
            retired_on: p.retired.as_deref().map(date_of),
            audience: aud.remove(&p.id).unwrap_or_default(),
            title,
            approvals: a,
            policy: p,
        });
    }
    Ok(out)
}

impl PolicyView {
    fn live_on(&self, day: NaiveDate) -> bool {
        self.retired_on.is_none_or(|r| day < r)
    }

    /// What the policy asks its readers on `day`: the source revision they must have read and
    /// the one in force (none when it is retired or has nothing approved by then).
    fn asked(&self, day: NaiveDate) -> Option<(&Approved, &Approved)> {
        if !self.live_on(day) {
            return None;
        }
        let source = self.policy.source_lang;
        Some((
            self.approvals.required(source, day)?,
            self.approvals.in_force(source, day)?,
        ))
    }
}

/// The acknowledgements recorded, optionally of one policy or one reader (by [`person_key`]).
fn read_acks(
    store: &impl Read,
    id: Option<&str>,
    who: Option<&str>,
) -> Result<Vec<(String, Ack)>, StoreError> {
    // One statement per filter, so that SQLite uses the index for it (an `?1 IS NULL OR …` would
    // scan every acknowledgement).
    let filter = match (id, who) {
        (None, None) => "?1 IS NULL AND ?2 IS NULL",
        (Some(_), None) => "a.policy_id = ?1 AND ?2 IS NULL",
        (None, Some(_)) => "?1 IS NULL AND a.who = ?2",
        (Some(_), Some(_)) => "a.policy_id = ?1 AND a.who = ?2",
    };
    let mut stmt = store.db().prepare_cached(&format!(
        "SELECT a.policy_id, a.lang, a.revision, a.person, a.at, a.source_revision, a.who, g.fingerprint
         FROM ack a LEFT JOIN signature g ON g.seq = a.seq WHERE {filter}
         ORDER BY a.seq"
    ))?;
    let rows = stmt.query_map(params![id, who], |r| {
        let lang: String = r.get(1)?;
        Ok((
            r.get::<_, String>(6)?,
            Ack {
                id: r.get(0)?,
                lang: lang.parse().unwrap_or(Lang::En),
                revision: r.get(2)?,
                person: r.get(3)?,
                at: r.get(4)?,
                source_revision: r.get(5)?,
                stale: false,
                signed_by: r.get(7)?,
            },
        ))
    })?;
    let mut out: Vec<(String, Ack)> = rows.collect::<Result<_, _>>()?;
    // In the log's order, then (stable) by policy, language, revision and time: a sort here is
    // three times faster than SQLite's walk of an index in that order.
    out.sort_by(|(_, a), (_, b)| {
        (&a.id, a.lang, a.revision, &a.at).cmp(&(&b.id, b.lang, b.revision, &b.at))
    });
    Ok(out)
}

/// The report of who acknowledged what and who is overdue on `as_of`, of one policy or all.
pub fn report(
    store: &impl Read,
    only: Option<&str>,
    as_of: NaiveDate,
) -> Result<Report, StoreError> {
    if let Some(id) = only {
        store.policy(id)?;
    }
    let days = due_days(store)?;
    let views = views(store, only)?;
    let readers = readers(store, as_of)?;
    let by_id: HashMap<&str, &PolicyView> =
        views.iter().map(|v| (v.policy.id.as_str(), v)).collect();
    // Per policy and reader: the highest source revision acknowledged by that day.
    let mut covered: HashMap<String, HashMap<String, u32>> = HashMap::new();
    let mut acks = Vec::new();
    let last_day = as_of
        .min(NaiveDate::from_ymd_opt(9999, 12, 31).expect("a date"))
        .format("%Y-%m-%d")
        .to_string();
    for (who, mut a) in read_acks(store, only, None)? {
        // Times are RFC 3339 in UTC: their first ten characters are the day.
        if a.at.get(..10).unwrap_or(&a.at) > last_day.as_str() {
            continue;
        }
        if let Some(v) = by_id.get(a.id.as_str()) {
            a.stale = stale_ack(v, &a);
        }
        let per = match covered.get_mut(a.id.as_str()) {
            Some(m) => m,
            None => covered.entry(a.id.clone()).or_default(),
        };
        let c = per.entry(who).or_default();
        *c = (*c).max(a.source_revision);
        acks.push(a);
    }
    let mut overdue = Vec::new();
    let mut policies = Vec::new();
    for v in &views {
        let Some((required, current)) = v.asked(as_of) else {
            continue;
        };
        let source = v.policy.source_lang;
        let mut figures = PolicyAcks {
            id: v.policy.id.clone(),
            title: v.title.clone(),
            lang: source,
            revision: current.revision,
            required: required.revision,
            approved_on: required.on,
            audience: v.audience.clone(),
            readers: 0,
            acknowledged: 0,
            pending: 0,
            overdue: 0,
        };
        let read = covered.get(v.policy.id.as_str());
        for r in &readers {
            if !in_audience(&v.audience, &r.groups) {
                continue;
            }
            figures.readers += 1;
            let done = read
                .and_then(|m| m.get(r.who.as_str()))
                .is_some_and(|c| *c >= required.revision);
            if done {
                figures.acknowledged += 1;
                continue;
            }
            let due = due_on(required.on, r.since, days);
            if due < as_of {
                figures.overdue += 1;
                overdue.push(Overdue {
                    id: v.policy.id.clone(),
                    lang: source,
                    revision: current.revision,
                    person: r.name.clone(),
                    due,
                });
            } else {
                figures.pending += 1;
            }
        }
        policies.push(figures);
    }
    Ok(Report {
        as_of,
        due_days: days,
        acks,
        overdue,
        policies,
    })
}

fn due_on(approved: NaiveDate, since: NaiveDate, days: u32) -> NaiveDate {
    let from = approved.max(since);
    from.checked_add_days(chrono::Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// A translation acknowledged while it lagged behind the source it counts for.
fn stale_ack(v: &PolicyView, a: &Ack) -> bool {
    if a.lang == v.policy.source_lang {
        return false;
    }
    v.approvals
        .langs
        .get(&a.lang)
        .and_then(|l| l.iter().find(|x| x.revision == a.revision))
        .and_then(|x| x.source_revision)
        .is_some_and(|s| s < a.source_revision)
}

/// One reader's groups and the day they started (not in the list: no group, so only policies for
/// everyone concern them, and due dates count from `day`, as for a newcomer).
fn reader_of(
    store: &impl Read,
    who: &str,
    day: NaiveDate,
) -> Result<(Vec<String>, NaiveDate), StoreError> {
    let row: Option<(String, String, bool)> = store
        .db()
        .query_row(
            "SELECT groups, since, local FROM reader WHERE who = ?1",
            [who],
            |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? != 0)),
        )
        .optional()?;
    let signed = crate::people::is_signed(store)?;
    Ok(match row {
        // A signed handbook's groups are its people's; a local list's, its own.
        Some((groups, since, local)) if local != signed => {
            let since = date_of(&since);
            (
                split_groups(&groups),
                if since <= day { since } else { NaiveDate::MIN },
            )
        }
        // Not on any list yet: a newcomer, whose acknowledgements fall due from today.
        _ => (Vec::new(), day),
    })
}

/// What `who` has to read today, due first; in `lang` where a policy has approved text in it,
/// else in its source language.
pub fn unread(
    store: &impl Read,
    who: &str,
    lang: Option<Lang>,
    today: NaiveDate,
) -> Result<Vec<Unread>, StoreError> {
    let key = person_key(who);
    let days = due_days(store)?;
    let (groups, since) = reader_of(store, &key, today)?;
    let mine = read_acks(store, None, Some(&key))?;
    let mut out = Vec::new();
    for v in views(store, None)? {
        if !in_audience(&v.audience, &groups) {
            continue;
        }
        let Some((required, current)) = v.asked(today) else {
            continue;
        };
        let source = v.policy.source_lang;
        let acks: Vec<&Ack> = mine
            .iter()
            .filter(|(_, a)| a.id == v.policy.id)
            .map(|(_, a)| a)
            .collect();
        if acks.iter().any(|a| a.source_revision >= required.revision) {
            continue;
        }
        let show = match lang {
            Some(l) if v.approvals.in_force(l, today).is_some() => l,
            _ => source,
        };
        let now = v.approvals.in_force(show, today).expect("checked");
        let last = acks
            .iter()
            .filter(|a| a.lang == show)
            .map(|a| a.revision)
            .max()
            .or_else(|| {
                // Read in another language: the newest revision here that translates (or is)
                // what they acknowledged.
                let covered = acks.iter().map(|a| a.source_revision).max()?;
                v.approvals
                    .langs
                    .get(&show)?
                    .iter()
                    .filter(|x| {
                        if show == source {
                            x.revision <= covered
                        } else {
                            x.source_revision.is_some_and(|s| s <= covered)
                        }
                    })
                    .map(|x| x.revision)
                    .max()
            });
        let body_now = store.revision(&v.policy.id, show, Some(now.revision))?;
        let changes = match last {
            Some(b) => {
                let old = store.revision(&v.policy.id, show, Some(b))?;
                diff::changes(&old.body, &body_now.body, &diff::Options::default())
            }
            None => vec![diff::Change {
                tag: diff::Tag::Insert,
                text: body_now.body.clone(),
            }],
        };
        let due = due_on(required.on, since, days);
        out.push(Unread {
            id: v.policy.id.clone(),
            title: body_now.title.clone(),
            lang: show,
            revision: now.revision,
            last_acknowledged: last,
            changes,
            source_lang: source,
            source_revision: current.revision,
            stale: show != source && now.source_revision.is_some_and(|s| s < current.revision),
            due,
            overdue: due < today,
        });
    }
    out.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

/// The acknowledgement `ack` would record: the revision in force in `lang` (which `revision`,
/// when given, must be) and the source revision in force it counts for.
pub fn to_acknowledge(
    store: &impl Read,
    id: &str,
    lang: Lang,
    revision: Option<u32>,
    today: NaiveDate,
) -> Result<(u32, u32), AckError> {
    let p = store.policy(id)?;
    if p.retired.is_some() {
        return Err(AckError::Retired(id.to_string()));
    }
    let views = views(store, Some(id))?;
    let nothing = || AckError::NothingApproved {
        id: id.to_string(),
        lang,
    };
    let v = views.first().ok_or_else(nothing)?;
    let now = v.approvals.in_force(lang, today).ok_or_else(nothing)?;
    let source = v
        .approvals
        .in_force(p.source_lang, today)
        .ok_or_else(nothing)?;
    if let Some(n) = revision {
        if n != now.revision {
            store.revision(id, lang, Some(n))?;
            return Err(AckError::NotInForce {
                id: id.to_string(),
                lang,
                revision: n,
                in_force: now.revision,
            });
        }
    }
    Ok((now.revision, source.revision))
}

/// The acknowledgement `who` gave of exactly this revision, if they did.
pub fn acknowledged(
    store: &impl Read,
    who: &str,
    id: &str,
    lang: Lang,
    revision: u32,
) -> Result<Option<Ack>, StoreError> {
    Ok(read_acks(store, Some(id), Some(&person_key(who)))?
        .into_iter()
        .map(|(_, a)| a)
        .find(|a| a.lang == lang && a.revision == revision))
}

/// The text in force in `lang` on `day`: its revision number.
pub fn in_force_on(
    store: &impl Read,
    id: &str,
    lang: Lang,
    day: NaiveDate,
) -> Result<Option<u32>, StoreError> {
    let v = views(store, Some(id))?;
    Ok(v.first()
        .filter(|v| v.live_on(day))
        .and_then(|v| v.approvals.in_force(lang, day))
        .map(|a| a.revision))
}

/// The local readers' list (a handbook without people), and the groups of a signed handbook's
/// people.
pub fn reader_rows(store: &impl Read) -> Result<Vec<Reader>, StoreError> {
    let mut stmt = store
        .db()
        .prepare("SELECT name, groups, since FROM reader ORDER BY name COLLATE NOCASE")?;
    let rows = stmt.query_map([], |r| {
        let name: String = r.get(0)?;
        Ok(Reader {
            who: person_key(&name),
            name,
            groups: split_groups(&r.get::<_, String>(1)?),
            since: date_of(&r.get::<_, String>(2)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Writer<'_> {
    /// Records an acknowledgement (logged as `ack`); returns its audit entry.
    #[allow(clippy::too_many_arguments)]
    pub fn record_ack(
        &self,
        person: &str,
        id: &str,
        lang: Lang,
        revision: u32,
        source_revision: u32,
        at: &str,
    ) -> Result<i64, StoreError> {
        let seq = audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor: person,
                action: "ack",
                policy_id: Some(id),
                lang: Some(lang.code()),
                revision: Some(revision),
                detail: serde_json::json!({ "source_revision": source_revision }),
            },
        )?;
        self.tx
            .prepare_cached(
                "INSERT INTO ack (seq, policy_id, lang, revision, source_revision, person, who, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                seq,
                id,
                lang.code(),
                revision,
                source_revision,
                person,
                person_key(person),
                at
            ])?;
        // Whoever acknowledged a policy reads the handbook: in a handbook without people, they
        // join the readers' list (in no group) if they are not on it.
        if !crate::people::is_signed(self)? {
            self.tx
                .prepare_cached(
                    "INSERT INTO reader (who, name, groups, since, local) VALUES (?1, ?2, '', '', 1)
                     ON CONFLICT(who) DO NOTHING",
                )?
                .execute(params![person_key(person), person.trim()])?;
        }
        Ok(seq)
    }

    /// Sets a policy's audience (empty: everyone), logged as `audience`.
    pub fn set_audience(
        &self,
        id: &str,
        groups: &[String],
        actor: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        self.policy(id)?;
        self.tx
            .execute("DELETE FROM audience WHERE policy_id = ?1", [id])?;
        for g in groups {
            self.tx.execute(
                "INSERT OR IGNORE INTO audience (policy_id, grp) VALUES (?1, ?2)",
                params![id, g],
            )?;
        }
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                action: "audience",
                policy_id: Some(id),
                lang: None,
                revision: None,
                detail: serde_json::json!({ "groups": groups }),
            },
        )?;
        Ok(())
    }

    /// Sets a reader's groups: a person of a signed handbook (`local` false; logged as `groups`
    /// and shared with the people list), or a name of the local list (added if new; logged as
    /// `reader`, never shared). `since`: the day they started reading (default: when added).
    pub fn set_groups(
        &self,
        name: &str,
        groups: &[String],
        local: bool,
        since: Option<NaiveDate>,
        actor: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        let since = since.map(|d| d.format("%Y-%m-%d").to_string());
        self.tx.execute(
            "INSERT INTO reader (who, name, groups, since, local) VALUES (?1, ?2, ?3, COALESCE(?6, ?4), ?5)
             ON CONFLICT(who) DO UPDATE SET name = excluded.name, groups = excluded.groups,
                 local = excluded.local, since = COALESCE(?6, since)",
            params![person_key(name), name.trim(), join_groups(groups), at, local, since],
        )?;
        audit::append(
            &self.tx,
            &audit::Entry {
                at,
                actor,
                // A signed handbook's groups travel with its people; a local list stays here.
                action: if local { "reader" } else { "groups" },
                policy_id: None,
                lang: None,
                revision: None,
                detail: match &since {
                    Some(d) => {
                        serde_json::json!({ "name": name.trim(), "groups": groups, "since": d })
                    }
                    None => serde_json::json!({ "name": name.trim(), "groups": groups }),
                },
            },
        )?;
        Ok(())
    }

    /// Notes when a person joined (the first key added), if not known yet: their first
    /// acknowledgements fall due from then.
    pub fn note_joined(&self, name: &str, at: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO reader (who, name, groups, since, local) VALUES (?1, ?2, '', ?3, 0)
             ON CONFLICT(who) DO NOTHING",
            params![person_key(name), name.trim(), at],
        )?;
        Ok(())
    }

    /// Removes a name from the local readers' list, logged as `reader` with `removed`.
    pub fn remove_reader(&self, name: &str, actor: &str, at: &str) -> Result<bool, StoreError> {
        let n = self.tx.execute(
            "DELETE FROM reader WHERE who = ?1 AND local = 1",
            [person_key(name)],
        )?;
        if n > 0 {
            audit::append(
                &self.tx,
                &audit::Entry {
                    at,
                    actor,
                    action: "reader",
                    policy_id: None,
                    lang: None,
                    revision: None,
                    detail: serde_json::json!({ "name": name.trim(), "removed": true }),
                },
            )?;
        }
        Ok(n > 0)
    }
}

/// The report as CSV (RFC 4180): one row per acknowledgement and per overdue reader.
pub fn csv(r: &Report) -> String {
    fn field(s: &str) -> String {
        // A cell starting like a formula is kept as text by spreadsheets.
        let s = if s.starts_with(['=', '+', '-', '@']) {
            format!("'{s}")
        } else {
            s.to_string()
        };
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    }
    let mut out = String::from("record,id,lang,revision,person,date,source_revision,stale\r\n");
    for a in &r.acks {
        out.push_str(&format!(
            "acknowledged,{},{},{},{},{},{},{}\r\n",
            field(&a.id),
            a.lang,
            a.revision,
            field(&a.person),
            field(&a.at),
            a.source_revision,
            a.stale
        ));
    }
    for o in &r.overdue {
        out.push_str(&format!(
            "overdue,{},{},{},{},{},,\r\n",
            field(&o.id),
            o.lang,
            o.revision,
            field(&o.person),
            o.due
        ));
    }
    out
}

/// The report as a Word document, labelled in `lang`: per policy, its figures, who
/// acknowledged (when, in which language, which revision) and who is overdue.
pub fn docx(r: &Report, lang: Lang, company: &str) -> Result<Vec<u8>, crate::Error> {
    use crate::export::docx::{DocBuilder, TitleLine};
    use crate::i18n::{Arg, Messages};
    let m = Messages::new(lang);
    let mut doc = DocBuilder::new(lang);
    doc.embed_fonts(true);
    let title = m.text("acks-report-title");
    let as_of = m.get("acks-report-as-of", &[("date", Arg::Str(&m.date(r.as_of)))]);
    let due = m.get(
        "acks-report-due-days",
        &[("days", Arg::Str(&m.number(i64::from(r.due_days))))],
    );
    let mut lines: Vec<(&str, TitleLine)> = Vec::new();
    if !company.trim().is_empty() {
        lines.push((company, TitleLine::Subtitle));
    }
    lines.push((&title, TitleLine::Title));
    lines.push((&as_of, TitleLine::Plain));
    lines.push((&due, TitleLine::Plain));
    for (text, kind) in &lines {
        doc.title_line(text, *kind);
    }
    if r.policies.is_empty() {
        doc.paragraph(&m.text("acks-report-none"), true);
    }
    let cell = |s: &str| -> String {
        s.replace('\\', "\\\\")
            .replace('|', "\\|")
            .replace(['\n', '\r'], " ")
            .replace('*', "\\*")
            .replace('_', "\\_")
            .replace('<', "&lt;")
    };
    for p in &r.policies {
        doc.in_lang(p.lang, |d| {
            d.heading(1, &format!("{} ({})", p.title, p.id), None)
        });
        let approved = m.date(p.approved_on);
        doc.meta_line(&m.get(
            "acks-report-policy",
            &[
                ("revision", Arg::Str(&m.number(i64::from(p.revision)))),
                ("required", Arg::Str(&m.number(i64::from(p.required)))),
                ("date", Arg::Str(&approved)),
            ],
        ));
        let audience = if p.audience.is_empty() {
            m.text("acks-report-everyone")
        } else {
            p.audience.join(", ")
        };
        doc.meta_line(&m.get("acks-report-audience", &[("groups", Arg::Str(&audience))]));
        doc.paragraph(
            &m.get(
                "acks-report-figures",
                &[
                    ("readers", Arg::Str(&m.number(p.readers as i64))),
                    ("done", Arg::Str(&m.number(p.acknowledged as i64))),
                    ("pending", Arg::Str(&m.number(p.pending as i64))),
                    ("overdue", Arg::Str(&m.number(p.overdue as i64))),
                ],
            ),
            false,
        );
        let acks: Vec<&Ack> = r.acks.iter().filter(|a| a.id == p.id).collect();
        if !acks.is_empty() {
            doc.heading(2, &m.text("acks-report-acknowledged"), None);
            let mut md = format!(
                "| {} | {} | {} | {} |\n|---|---|---|---|\n",
                cell(&m.text("acks-col-person")),
                cell(&m.text("acks-col-date")),
                cell(&m.text("acks-col-language")),
                cell(&m.text("acks-col-revision")),
            );
            for a in acks {
                let stale = if a.stale {
                    format!(" ({})", m.text("acks-report-stale"))
                } else {
                    String::new()
                };
                md.push_str(&format!(
                    "| {} | {} | {} | {}{} |\n",
                    cell(&a.person),
                    cell(&m.date(date_of(&a.at))),
                    cell(&m.language_name(a.lang)),
                    m.number(i64::from(a.revision)),
                    cell(&stale),
                ));
            }
            doc.markdown(&md, 2);
        }
        let late: Vec<&Overdue> = r.overdue.iter().filter(|o| o.id == p.id).collect();
        if !late.is_empty() {
            doc.heading(2, &m.text("acks-report-overdue"), None);
            let mut md = format!(
                "| {} | {} |\n|---|---|\n",
                cell(&m.text("acks-col-person")),
                cell(&m.text("acks-col-due")),
            );
            for o in late {
                md.push_str(&format!(
                    "| {} | {} |\n",
                    cell(&o.person),
                    cell(&m.date(o.due))
                ));
            }
            doc.markdown(&md, 2);
        }
    }
    crate::export::handbook::footer_and_properties(&mut doc, &m, &title, company);
    Ok(doc.finish()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_newest_material_approval_is_what_counts() {
        let a = |revision, on: &str, editorial| Approved {
            revision,
            on: d(on),
            editorial,
            source_revision: None,
        };
        let mut ap = Approvals::default();
        ap.langs.insert(
            Lang::En,
            vec![
                a(1, "2026-01-10", true),
                a(2, "2026-03-01", false),
                a(3, "2026-05-01", true),
            ],
        );
        // The first approval counts even when marked editorial.
        assert_eq!(ap.required(Lang::En, d("2026-02-01")).unwrap().revision, 1);
        assert_eq!(ap.required(Lang::En, d("2026-06-01")).unwrap().revision, 2);
        assert_eq!(ap.in_force(Lang::En, d("2026-06-01")).unwrap().revision, 3);
        assert_eq!(ap.in_force(Lang::En, d("2026-04-01")).unwrap().revision, 2);
        assert!(ap.in_force(Lang::En, d("2025-12-31")).is_none());
        assert!(ap.required(Lang::Bn, d("2026-06-01")).is_none());
    }

    #[test]
    fn groups_are_trimmed_folded_and_checked() {
        let g = parse_groups(&["Stores, contact  centre", "stores", " "]).unwrap();
        assert_eq!(g, vec!["Stores".to_string(), "contact centre".to_string()]);
        assert!(in_audience(&g, &["CONTACT CENTRE".to_string()]));
        assert!(!in_audience(&g, &["managers".to_string()]));
        assert!(in_audience(&[], &[]));
        assert!(parse_groups(&["a\u{7}b"]).is_err());
        assert!(parse_groups(&["x".repeat(61)]).is_err());
        assert_eq!(
            due_on(d("2026-01-01"), d("2026-02-01"), 14),
            d("2026-02-15")
        );
        assert!(check_due_days("0").is_err() && check_due_days("366").is_err());
        assert!(check_due_days("30").is_ok() && check_due_days("x").is_err());
    }
}
