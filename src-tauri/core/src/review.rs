//! The review workflow (draft → in review → approved, or back to draft), the four-eyes rule,
//! yearly review dates with calendar-correct month arithmetic, and calendar (ICS) reminders.

use crate::error::ErrorKind;
use crate::lang::Lang;
use crate::store::{Read, ReviewState, Status, StoreError, Writer};
use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::Serialize;

/// Why a workflow action was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The approver wrote the revision.
    #[error("{who} wrote revision {revision} of `{id}` ({lang}); someone else must approve it")]
    OwnRevision {
        /// Who tried.
        who: String,
        /// Policy.
        id: String,
        /// Language.
        lang: Lang,
        /// Revision.
        revision: u32,
    },
    /// The action does not fit the revision's status.
    #[error(
        "revision {revision} of `{id}` ({lang}) is {}; {} needs a revision that is {}",
        status_words(*.status),
        .action.gerund(),
        status_words(*.needed)
    )]
    WrongStatus {
        /// Policy.
        id: String,
        /// Language.
        lang: Lang,
        /// Revision.
        revision: u32,
        /// Its status.
        status: Status,
        /// The action.
        action: Action,
        /// The status it needs.
        needed: Status,
    },
    /// Only the newest revision can move through the workflow.
    #[error("revision {revision} of `{id}` ({lang}) is not the newest (that is {newest}); only the newest can be {action}")]
    NotNewest {
        /// Policy.
        id: String,
        /// Language.
        lang: Lang,
        /// The revision named.
        revision: u32,
        /// The newest.
        newest: u32,
        /// The action, past tense.
        action: &'static str,
    },
    /// A rejection needs a reason.
    #[error("a rejection needs a reason")]
    NoReason,
    /// A name is needed.
    #[error("say who you are (--by NAME)")]
    NoActor,
    /// An approval date in the future.
    #[error("an approval date must not be in the future ({0})")]
    FutureDate(NaiveDate),
    /// An approval date before the revision was written.
    #[error("an approval date ({date}) must not be before the revision was written ({written})")]
    BeforeRevision {
        /// The date given.
        date: NaiveDate,
        /// The day the revision was written.
        written: NaiveDate,
    },
    /// The policy is retired.
    #[error("policy `{0}` is retired")]
    Retired(String),
    /// A database error underneath.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ReviewError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            ReviewError::OwnRevision { .. } => "review.own_revision",
            ReviewError::WrongStatus { .. } => "review.wrong_status",
            ReviewError::NotNewest { .. } => "review.not_newest",
            ReviewError::NoReason => "review.no_reason",
            ReviewError::NoActor => "review.no_actor",
            ReviewError::FutureDate(_) => "review.future_date",
            ReviewError::BeforeRevision { .. } => "review.before_revision",
            ReviewError::Retired(_) => "review.retired",
            ReviewError::Store(e) => e.code(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ReviewError::NoReason
            | ReviewError::NoActor
            | ReviewError::FutureDate(_)
            | ReviewError::BeforeRevision { .. } => ErrorKind::BadInput,
            ReviewError::Store(e) => e.kind(),
            _ => ErrorKind::Refused,
        }
    }
}

/// What a person may do to a revision now (the workflow's rules, tried without writing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Options {
    /// Submit it for review.
    pub submit: bool,
    /// Approve it.
    pub approve: bool,
    /// Send it back to draft.
    pub reject: bool,
    /// They wrote it and it awaits approval: someone else must approve it.
    pub own_revision: bool,
}

/// A workflow action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Draft → in review.
    Submit,
    /// In review → approved.
    Approve,
    /// In review → draft, with a reason.
    Reject,
}

impl Action {
    /// The action in a sentence, in English ("approving").
    pub fn gerund(self) -> &'static str {
        match self {
            Action::Submit => "submitting",
            Action::Approve => "approving",
            Action::Reject => "rejecting",
        }
    }

    /// The action's name, as in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Submit => "submit",
            Action::Approve => "approve",
            Action::Reject => "reject",
        }
    }
}

fn newest_checked(
    w: &Writer<'_>,
    id: &str,
    lang: Lang,
    revision: Option<u32>,
    action: &'static str,
) -> Result<u32, ReviewError> {
    let p = w.policy(id)?;
    if p.retired.is_some() {
        return Err(ReviewError::Retired(id.to_string()));
    }
    let newest = w.newest_number(id, lang)?;
    if newest == 0 {
        return Err(StoreError::NoLanguage {
            id: id.to_string(),
            lang,
        }
        .into());
    }
    let n = revision.unwrap_or(newest);
    if n != newest {
        w.revision(id, lang, Some(n))?;
        return Err(ReviewError::NotNewest {
            id: id.to_string(),
            lang,
            revision: n,
            newest,
            action,
        });
    }
    Ok(n)
}

/// Applies a workflow action to the newest revision (or the one named, which must be the newest).
/// `on` is the approval date (defaults to `today`); `reason` is required to reject; an
/// `editorial` approval says only the wording changed (nobody is asked to read it again).
#[allow(clippy::too_many_arguments)]
pub fn act(
    w: &Writer<'_>,
    action: Action,
    id: &str,
    lang: Lang,
    revision: Option<u32>,
    by: &str,
    clock: &dyn crate::Clock,
    on: Option<NaiveDate>,
    reason: Option<&str>,
    editorial: bool,
    at: &str,
) -> Result<u32, ReviewError> {
    let today = clock.today();
    let by = by.trim();
    if by.is_empty() {
        return Err(ReviewError::NoActor);
    }
    let past = match action {
        Action::Submit => "submitted",
        Action::Approve => "approved",
        Action::Reject => "rejected",
    };
    let n = newest_checked(w, id, lang, revision, past)?;
    let state = w.state(id, lang, n)?;
    let needed = match action {
        Action::Submit => Status::Draft,
        Action::Approve | Action::Reject => Status::InReview,
    };
    if state.status != needed {
        return Err(ReviewError::WrongStatus {
            id: id.to_string(),
            lang,
            revision: n,
            status: state.status,
            action,
            needed,
        });
    }
    let new_state = match action {
        Action::Submit => ReviewState {
            status: Status::InReview,
            approved_by: None,
            approved_on: None,
        },
        Action::Reject => {
            if reason.is_none_or(|r| r.trim().is_empty()) {
                return Err(ReviewError::NoReason);
            }
            ReviewState {
                status: Status::Draft,
                approved_by: None,
                approved_on: None,
            }
        }
        Action::Approve => {
            let rev = w.revision(id, lang, Some(n))?;
            let author = rev.author;
            if same_person(&author, by) {
                return Err(ReviewError::OwnRevision {
                    who: by.to_string(),
                    id: id.to_string(),
                    lang,
                    revision: n,
                });
            }
            let on = on.unwrap_or(today);
            if on > today {
                return Err(ReviewError::FutureDate(on));
            }
            // The day it was written, in the user's calendar.
            if let Ok(t) = chrono::DateTime::parse_from_rfc3339(&rev.created) {
                let written = clock.day_of(t.to_utc());
                if on < written {
                    return Err(ReviewError::BeforeRevision { date: on, written });
                }
            }
            ReviewState {
                status: Status::Approved,
                approved_by: Some(by.to_string()),
                approved_on: Some(on),
            }
        }
    };
    let name = match action {
        Action::Submit => "submit",
        Action::Approve => "approve",
        Action::Reject => "reject",
    };
    let note = crate::store::StateNote {
        reason: reason.map(str::trim),
        editorial: editorial && action == Action::Approve,
        recorded_by: None,
    };
    w.set_state_noted(id, lang, n, &new_state, name, by, at, &note)?;
    Ok(n)
}

/// Records an approval given on paper (an import of an existing handbook): the four-eyes rule
/// holds, the submit step is taken as done, a date after `today` is refused, and the audit entry
/// says it was recorded from paper and by whom (`recorded_by`, beside the claimed approver).
#[allow(clippy::too_many_arguments)]
pub fn record_approval(
    w: &Writer<'_>,
    id: &str,
    lang: Lang,
    revision: u32,
    by: &str,
    on: NaiveDate,
    recorded_by: &str,
    today: NaiveDate,
    at: &str,
) -> Result<(), ReviewError> {
    if on > today {
        return Err(ReviewError::FutureDate(on));
    }
    let author = w.revision(id, lang, Some(revision))?.author;
    if same_person(&author, by) {
        return Err(ReviewError::OwnRevision {
            who: by.to_string(),
            id: id.to_string(),
            lang,
            revision,
        });
    }
    let state = ReviewState {
        status: Status::Approved,
        approved_by: Some(by.to_string()),
        approved_on: Some(on),
    };
    w.set_state_noted(
        id,
        lang,
        revision,
        &state,
        "approve",
        by,
        at,
        &crate::store::StateNote {
            recorded_by: Some(recorded_by),
            ..Default::default()
        },
    )?;
    Ok(())
}

/// Two names are the same person when their folded forms ([`person_key`]) are equal.
pub fn same_person(a: &str, b: &str) -> bool {
    person_key(a) == person_key(b)
}

/// A name folded for comparison, so that a copied name, another case, a compatibility form or an
/// invisible character does not make a second person: NFKC, invisible characters (zero-width
/// spaces and joiners, bidi marks and embeddings, the soft hyphen, variation selectors, the BOM)
/// dropped, lower case (full Unicode case mapping), NFKC again, white space collapsed.
pub fn person_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let invisible = |c: &char| {
        matches!(*c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{E0000}'..='\u{E0FFF}')
    };
    let folded: String = name
        .nfkc()
        .filter(|c| !invisible(c))
        .flat_map(char::to_lowercase)
        .nfkc()
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn status_words(s: Status) -> &'static str {
    match s {
        Status::Draft => "a draft",
        Status::InReview => "in review",
        Status::Approved => "approved",
    }
}

/// The date a review falls due: `months` after `approved`, clamped to the end of a shorter month
/// (approved 31 January, 1 month: due on the last day of February).
pub fn due_date(approved: NaiveDate, months: u32) -> NaiveDate {
    approved
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// One review that is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Due {
    /// The policy.
    pub id: String,
    /// The language.
    pub lang: Lang,
    /// Its title in that language.
    pub title: String,
    /// Who is reminded.
    pub owner: String,
    /// The due date.
    pub due: NaiveDate,
    /// Whether the date has passed.
    pub overdue: bool,
    /// Days from the day asked about to the due date: negative when overdue.
    pub days: i64,
    /// The approved revision under review.
    pub revision: u32,
}

/// The reviews due within `within_days` of `as_of`, or overdue: overdue first, then by date.
pub fn due(store: &impl Read, as_of: NaiveDate, within_days: u32) -> Result<Vec<Due>, StoreError> {
    // A window past the end of the calendar takes in every review (checked, never a panic).
    let limit = as_of
        .checked_add_days(chrono::Days::new(u64::from(within_days)))
        .unwrap_or(NaiveDate::MAX);
    let policies: std::collections::HashMap<String, crate::store::Policy> = store
        .policies()?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let mut out = Vec::new();
    for info in store.current_infos()? {
        let Some(p) = policies.get(&info.policy_id) else {
            continue;
        };
        let Some(approved) = info.approved_on else {
            continue;
        };
        if p.retired.is_some() {
            continue;
        }
        let due = due_date(approved, p.review_every_months);
        if due <= limit {
            out.push(Due {
                id: info.policy_id.clone(),
                lang: info.lang,
                title: info.title.clone(),
                owner: p.owner.clone(),
                due,
                overdue: due < as_of,
                days: (due - as_of).num_days(),
                revision: info.revision,
            });
        }
    }
    out.sort_by(|a, b| (!a.overdue, a.due, &a.id, a.lang).cmp(&(!b.overdue, b.due, &b.id, b.lang)));
    Ok(out)
}

/// Writes the reviews as an iCalendar file: one all-day event each, with a stable UID.
/// `summary` gives each event's title (the caller localises it).
pub fn ics(items: &[Due], stamp: DateTime<Utc>, summary: impl Fn(&Due) -> String) -> String {
    let mut out = String::new();
    let mut line = |s: &str| fold_line(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Policybook//Policy reviews//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let dtstamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for d in items {
        line("BEGIN:VEVENT");
        line(&format!(
            "UID:review-{}-{}-{}@policybook",
            d.id,
            d.lang,
            d.due.format("%Y%m%d")
        ));
        line(&format!("DTSTAMP:{dtstamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", d.due.format("%Y%m%d")));
        line(&format!(
            "DTEND;VALUE=DATE:{}",
            d.due.succ_opt().unwrap_or(d.due).format("%Y%m%d")
        ));
        line(&format!("SUMMARY:{}", ics_escape(&summary(d))));
        line(&format!(
            "DESCRIPTION:{}",
            ics_escape(&format!(
                "Policy {} ({}), revision {}. Owner: {}.",
                d.id, d.lang, d.revision, d.owner
            ))
        ));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (RFC 5545), never inside a UTF-8 character, with CRLF.
fn fold_line(out: &mut String, s: &str) {
    let mut width = 0;
    for c in s.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_person_however_the_name_is_written() {
        use super::same_person;
        // Invisible characters, compatibility forms, case and spacing do not make a second person.
        assert!(same_person("Nadia", "Nadia\u{200B}"));
        assert!(same_person("Nadia", "\u{FEFF}N\u{00AD}adia\u{2060}"));
        assert!(same_person("Nadia Rahman", "  NADIA \t rahman "));
        assert!(same_person("Nadia", "Ｎａｄｉａ")); // full-width letters
        assert!(same_person("Nadia", "Nadia\u{FE0F}"));
        assert!(same_person("নাদিয়া", "নাদি\u{09DF}া")); // U+09DF and U+09AF U+09BC
                                                     // Different people stay different.
        assert!(!same_person("Nadia", "Nadja"));
        assert!(!same_person("Nadia Rahman", "NadiaRahman"));
        assert!(!same_person("Ali", "Alí"));
    }

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(due_date(d(2025, 1, 31), 1), d(2025, 2, 28));
        assert_eq!(due_date(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(due_date(d(2024, 2, 29), 12), d(2025, 2, 28));
        assert_eq!(due_date(d(2025, 8, 31), 6), d(2026, 2, 28));
        assert_eq!(due_date(d(2025, 3, 15), 12), d(2026, 3, 15));
        assert_eq!(due_date(d(2025, 12, 31), 3), d(2026, 3, 31));
    }

    #[test]
    fn ics_lines_are_folded_and_escaped() {
        let item = Due {
            id: "refunds".into(),
            lang: Lang::Bn,
            title: "ফেরত; নীতি, ".repeat(10),
            owner: "Nadia".into(),
            due: d(2026, 12, 1),
            overdue: false,
            days: 8,
            revision: 2,
        };
        let text = ics(
            &[item],
            d(2026, 11, 23).and_hms_opt(9, 0, 0).unwrap().and_utc(),
            |d| d.title.clone(),
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20261201\r\n"));
        assert!(text.contains("UID:review-refunds-bn-20261201@policybook\r\n"));
        for l in text.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        assert!(text.contains("\\;"));
    }
}
