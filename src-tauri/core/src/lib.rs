//! Policybook's core: versioned policies in SQLite, search, diffs, review, export and messages,
//! behind one facade, [`Handbook`], which the command line and the desktop app both call.
//!
//! Nothing here knows of windows or terminals, and nothing reads the system clock: time comes in
//! through a [`Clock`].

pub mod clock;
pub mod demo;
pub mod diff;
pub mod error;
pub mod export;
pub mod i18n;
pub mod import;
pub mod lang;
pub mod markdown;
pub mod prefs;
pub mod review;
pub mod search;
pub mod store;
pub mod translation;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorKind, Result};
pub use lang::Lang;
pub use store::{Autosaved, Policy, Revision, RevisionInfo, Status};

use chrono::NaiveDate;
use import::{ImportOptions, ImportReport};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use store::{Read, Store, StoreError};

/// A policy in the list: its settings and, per language, its newest revision.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct PolicySummary {
    /// The id.
    pub id: String,
    /// The title in its source language.
    pub title: String,
    /// Its category.
    pub category: String,
    /// Its owner.
    pub owner: String,
    /// Months between reviews.
    pub review_every_months: u32,
    /// Its source language.
    pub source_lang: Lang,
    /// Whether it is retired.
    pub retired: bool,
    /// Per language, the newest revision.
    pub languages: BTreeMap<Lang, LanguageSummary>,
}

/// A policy's newest revision in one language.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct LanguageSummary {
    /// Its number.
    pub revision: u32,
    /// Its status.
    pub status: Status,
    /// Its title.
    pub title: String,
}

/// Two revisions and the changes from the first to the second.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct RevisionDiff {
    /// The older revision.
    pub old: Revision,
    /// The newer revision.
    pub new: Revision,
    /// Word-level changes; equal+delete texts rebuild `old`, equal+insert texts rebuild `new`.
    pub changes: Vec<diff::Change>,
}

/// What a new revision carries, as the user gives it.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The title; `None` keeps the previous revision's, or takes the body's first heading.
    pub title: Option<String>,
    /// The Markdown body.
    pub body: String,
    /// Who wrote it.
    pub author: String,
    /// What changed.
    pub summary: String,
    /// For a translation: the source revision it translates (`None`: the newest).
    pub source_revision: Option<u32>,
}

/// A new policy's settings.
#[derive(Debug, Clone)]
pub struct NewPolicy {
    /// The id.
    pub id: String,
    /// The category.
    pub category: String,
    /// The owner.
    pub owner: String,
    /// Months between reviews (default 12).
    pub review_every_months: u32,
    /// The language it is first written in.
    pub source_lang: Lang,
}

/// An open handbook: the database, its search index and a clock.
pub struct Handbook {
    store: Store,
    clock: Box<dyn Clock>,
    /// Where the search index lives (None: in memory).
    index_dir: Option<PathBuf>,
    /// The search index, opened when first needed.
    index: Option<search::SearchIndex>,
}

impl std::fmt::Debug for Handbook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Handbook")
            .field("store", &self.store)
            .finish()
    }
}

/// Where a handbook lives when none is named: `$POLICYBOOK_DB`, else `handbook.db` in the
/// platform's data folder (`~/.local/share/policybook` on Linux). The CLI and the app share it.
pub fn default_db_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("POLICYBOOK_DB").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    Some(dirs::data_dir()?.join("policybook").join("handbook.db"))
}

/// Brings the search index up to date with the database: catches up with the changes it missed,
/// else (it cannot, e.g. a program killed while indexing left files in its way) rebuilds it.
fn up_to_date(idx: &mut search::SearchIndex, store: &Store) -> Result<(), search::SearchError> {
    if idx.catch_up(store).is_err() {
        idx.rebuild(store)?;
    }
    Ok(())
}

/// Refuses a text larger than a policy can be (the largest file an import takes).
fn fits(body: &str) -> Result<()> {
    let max = import::MAX_FILE_BYTES;
    if body.len() as u64 > max {
        return Err(StoreError::TooLarge {
            megabytes: (body.len() as u64).div_ceil(1024 * 1024),
            max: max / (1024 * 1024),
        }
        .into());
    }
    Ok(())
}

/// The settings a handbook keeps: `company`, the company name printed on the handbook.
pub const SETTINGS: &[&str] = &["company"];

/// The category given to policies that name none.
pub const DEFAULT_CATEGORY: &str = "General";

impl Handbook {
    /// Opens the handbook at `path`, creating it if it does not exist.
    pub fn open(path: &Path, clock: Box<dyn Clock>) -> Result<Handbook> {
        let store = Store::open(path)?;
        let mut dir = path.as_os_str().to_owned();
        dir.push(".index");
        Ok(Handbook {
            store,
            clock,
            index_dir: Some(PathBuf::from(dir)),
            index: None,
        })
    }

    /// A handbook in memory, for tests.
    pub fn open_in_memory(clock: Box<dyn Clock>) -> Result<Handbook> {
        Ok(Handbook {
            store: Store::open_in_memory()?,
            clock,
            index_dir: None,
            index: None,
        })
    }

    /// The search index, opened (and brought up to date) on first use, with the store it reflects.
    fn index(&mut self) -> Result<(&mut search::SearchIndex, &Store)> {
        if self.index.is_none() {
            self.index = Some(match &self.index_dir {
                Some(dir) => search::SearchIndex::open(dir, &self.store)?,
                None => search::SearchIndex::in_ram(&self.store)?,
            });
        }
        Ok((self.index.as_mut().expect("just opened"), &self.store))
    }

    /// Indexes what a write changed. The database has committed by now; an index that cannot be
    /// written (locked by another program, read-only disk) catches up the next time it is opened.
    fn after_write(&mut self) {
        if let Ok((idx, store)) = self.index() {
            let _ = up_to_date(idx, store);
        }
    }

    /// Searches the handbook. An index found damaged is rebuilt from the database, once.
    pub fn search(&mut self, q: &search::SearchQuery) -> Result<Vec<search::Hit>> {
        let (idx, store) = self.index()?;
        up_to_date(idx, store)?;
        match idx.search(q) {
            Err(search::SearchError::Index(_)) => {
                idx.rebuild(store)?;
                Ok(idx.search(q)?)
            }
            other => Ok(other?),
        }
    }

    /// Rebuilds the search index from the database; returns how many revisions it holds.
    pub fn reindex(&mut self) -> Result<u64> {
        let store = &self.store;
        self.index = Some(match &self.index_dir {
            Some(dir) => {
                if dir.exists() {
                    std::fs::remove_dir_all(dir).map_err(|e| {
                        search::SearchError::Index(format!("{}: {e}", dir.display()))
                    })?;
                }
                search::SearchIndex::open(dir, store)?
            }
            None => search::SearchIndex::in_ram(store)?,
        });
        Ok(self.index.as_ref().expect("just built").num_docs())
    }

    fn now(&self) -> String {
        store::timestamp(self.clock.now())
    }

    /// Today, by the handbook's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// Imports files and folders, all or nothing.
    pub fn import(&mut self, paths: &[PathBuf], opts: &ImportOptions) -> Result<ImportReport> {
        let docs = import::plan(paths, opts)?;
        self.store_documents(&docs, opts)
    }

    /// Imports files already in memory, as (file name, bytes), all or nothing.
    pub fn import_texts(
        &mut self,
        items: &[(&str, &[u8])],
        opts: &ImportOptions,
    ) -> Result<ImportReport> {
        let docs = import::plan_texts(items, opts)?;
        self.store_documents(&docs, opts)
    }

    fn store_documents(
        &mut self,
        docs: &[import::Document],
        opts: &ImportOptions,
    ) -> Result<ImportReport> {
        let at = self.now();
        let w = self.store.write()?;
        let report = import::apply(&w, docs, opts, &at)?;
        w.commit()?;
        self.after_write();
        Ok(report)
    }

    /// Every policy with its newest revision per language, by category then id.
    pub fn list(&self) -> Result<Vec<PolicySummary>> {
        let mut by_id: BTreeMap<String, PolicySummary> = BTreeMap::new();
        for p in self.store.policies()? {
            by_id.insert(
                p.id.clone(),
                PolicySummary {
                    id: p.id.clone(),
                    title: String::new(),
                    category: p.category,
                    owner: p.owner,
                    review_every_months: p.review_every_months,
                    source_lang: p.source_lang,
                    retired: p.retired.is_some(),
                    languages: BTreeMap::new(),
                },
            );
        }
        for info in self.store.newest_infos()? {
            if let Some(s) = by_id.get_mut(&info.policy_id) {
                s.languages.insert(
                    info.lang,
                    LanguageSummary {
                        revision: info.revision,
                        status: info.status,
                        title: info.title,
                    },
                );
            }
        }
        let mut out: Vec<PolicySummary> = by_id
            .into_values()
            .map(|mut s| {
                s.title = s
                    .languages
                    .get(&s.source_lang)
                    .or_else(|| s.languages.values().next())
                    .map(|l| l.title.clone())
                    .unwrap_or_else(|| s.id.clone());
                s
            })
            .collect();
        out.sort_by(|a, b| {
            (a.category.to_lowercase(), &a.id).cmp(&(b.category.to_lowercase(), &b.id))
        });
        Ok(out)
    }

    /// One policy's settings.
    pub fn policy(&self, id: &str) -> Result<Policy> {
        Ok(self.store.policy(id)?)
    }

    /// A revision: the newest unless `rev` is given; in the policy's source language unless `lang` is.
    pub fn show(&self, id: &str, lang: Option<Lang>, rev: Option<u32>) -> Result<Revision> {
        let lang = match lang {
            Some(l) => l,
            None => self.store.policy(id)?.source_lang,
        };
        Ok(self.store.revision(id, lang, rev)?)
    }

    /// Creates a policy (its text comes with [`Handbook::revise`]).
    pub fn create_policy(&mut self, p: &NewPolicy, actor: &str) -> Result<()> {
        if !(1..=120).contains(&p.review_every_months) {
            return Err(StoreError::BadMonths(p.review_every_months).into());
        }
        let at = self.now();
        let w = self.store.write()?;
        w.create_policy(
            &Policy {
                id: p.id.clone(),
                category: if p.category.trim().is_empty() {
                    DEFAULT_CATEGORY.to_string()
                } else {
                    p.category.trim().to_string()
                },
                owner: p.owner.trim().to_string(),
                review_every_months: p.review_every_months,
                source_lang: p.source_lang,
                retired: None,
            },
            actor,
            &at,
        )?;
        w.commit()?;
        self.after_write();
        Ok(())
    }

    /// Saves a new draft revision of a policy in a language and returns its number.
    pub fn revise(&mut self, id: &str, lang: Lang, draft: &Draft) -> Result<u32> {
        fits(&draft.body)?;
        let at = self.now();
        let w = self.store.write()?;
        let policy = w.policy(id)?;
        if policy.retired.is_some() {
            return Err(review::ReviewError::Retired(id.to_string()).into());
        }
        let title = match draft
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            Some(t) => t.to_string(),
            None => match w.revision(id, lang, None) {
                Ok(prev) => prev.title,
                Err(_) => import::derive_title(&draft.body),
            },
        };
        if title.is_empty() || draft.body.trim().is_empty() {
            return Err(if draft.body.trim().is_empty() {
                StoreError::NoText
            } else {
                StoreError::NoTitle
            }
            .into());
        }
        let n = w.add_revision(
            id,
            lang,
            &store::NewRevision {
                title: &title,
                body: &draft.body,
                author: &draft.author,
                summary: &draft.summary,
                source_revision: draft.source_revision,
            },
            &at,
        )?;
        w.discard_autosave(id, lang, &draft.author)?;
        w.commit()?;
        self.after_write();
        Ok(n)
    }

    /// The revisions of a policy, optionally in one language, with their review states.
    pub fn history(&self, id: &str, lang: Option<Lang>) -> Result<Vec<RevisionInfo>> {
        Ok(self.store.history(id, lang)?)
    }

    /// Applies a workflow action (submit, approve, reject) to the newest revision.
    pub fn act(
        &mut self,
        action: review::Action,
        id: &str,
        lang: Lang,
        by: &str,
        on: Option<NaiveDate>,
        reason: Option<&str>,
    ) -> Result<u32> {
        let at = self.now();
        let today = self.clock.today();
        let w = self.store.write()?;
        let n = review::act(&w, action, id, lang, by, today, on, reason, &at)?;
        w.commit()?;
        self.after_write();
        Ok(n)
    }

    /// Retires a policy: kept with its history, no longer exported or due.
    pub fn retire(&mut self, id: &str, by: &str) -> Result<()> {
        let at = self.now();
        let w = self.store.write()?;
        w.retire(id, by, &at)?;
        w.commit()?;
        self.after_write();
        Ok(())
    }

    /// What `user` may do with the newest revision of a policy-language (submit, approve,
    /// reject), by its status and the four-eyes rule.
    pub fn allowed(&self, id: &str, lang: Lang, user: &str) -> Result<review::Allowed> {
        let r = self.store.revision(id, lang, None)?;
        let state = self.store.state(id, lang, r.revision)?;
        Ok(review::allowed(state.status, &r.author, user))
    }

    /// The reviews due within `within_days` of `as_of` (default: today), overdue first.
    pub fn due(&self, as_of: Option<NaiveDate>, within_days: u32) -> Result<Vec<review::Due>> {
        Ok(review::due(
            &self.store,
            as_of.unwrap_or_else(|| self.clock.today()),
            within_days,
        )?)
    }

    /// Writes reviews as an iCalendar file to `out` (through a temporary file).
    pub fn export_calendar(&self, items: &[review::Due], out: &Path) -> Result<()> {
        let text = review::ics(items, self.clock.now(), |d| {
            format!("Review due: {} ({})", d.title, d.lang)
        });
        Ok(export::write_atomic(out, text.as_bytes())?)
    }

    /// The word-level changes between two revisions of a policy in one language.
    pub fn diff(&self, id: &str, lang: Lang, from: u32, to: u32) -> Result<RevisionDiff> {
        let old = self.store.revision(id, lang, Some(from))?;
        let new = self.store.revision(id, lang, Some(to))?;
        let changes = diff::changes(&old.body, &new.body, &diff::Options::default());
        Ok(RevisionDiff { old, new, changes })
    }

    /// Writes the employee handbook of one language to `out` (through a temporary file), calling
    /// `progress(done, total)` after each policy; returns how many policies it holds.
    pub fn export_handbook(
        &self,
        opts: &export::handbook::HandbookOptions,
        out: &Path,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<usize> {
        let company = self.store.setting("company")?.unwrap_or_default();
        let (bytes, count) =
            export::handbook::build(&self.store, opts, &company, self.clock.today(), progress)?;
        export::write_atomic(out, &bytes)?;
        Ok(count)
    }

    /// Writes revision `to` as a Word document to `out` (through a temporary file), its differences
    /// from revision `from` tracked changes by `to`'s author and date.
    pub fn export_redline(
        &self,
        id: &str,
        lang: Lang,
        from: u32,
        to: u32,
        out: &Path,
    ) -> Result<()> {
        // The redline compares the two itself: no word-level diff is needed here.
        let d = RevisionDiff {
            old: self.store.revision(id, lang, Some(from))?,
            new: self.store.revision(id, lang, Some(to))?,
            changes: Vec::new(),
        };
        let when = chrono::DateTime::parse_from_rfc3339(&d.new.created)
            .map(|t| t.with_timezone(&chrono::Utc))
            .unwrap_or_else(|_| self.clock.now());
        let m = i18n::Messages::new(lang);
        let title = m.get(
            "redline-title",
            &[
                ("title", (&d.new.title).into()),
                ("from", from.into()),
                ("to", to.into()),
            ],
        );
        let bytes =
            export::redline::redline(&d.old.body, &d.new.body, lang, &d.new.author, when, &title)?;
        Ok(export::write_atomic(out, &bytes)?)
    }

    /// The translation status of every policy in every language.
    pub fn translations(&self) -> Result<Vec<translation::PolicyTranslations>> {
        Ok(translation::statuses(&self.store)?)
    }

    /// For a stale translation, what changed in its source since it was translated.
    pub fn translation_changes(
        &self,
        id: &str,
        lang: Lang,
    ) -> Result<Option<translation::SourceChanges>> {
        let Some(st) = translation::staleness(&self.store, id, lang)? else {
            return Ok(None);
        };
        // A translation that recorded no source revision is compared from the first.
        let from = st.translated.unwrap_or(1).min(st.current);
        let d = self.diff(id, st.source, from, st.current)?;
        Ok(Some(translation::SourceChanges {
            source: st.source,
            translated: st.translated,
            from,
            to: st.current,
            changes: d.changes,
        }))
    }

    /// Keeps what a user is typing in the editor, so nothing is lost if the app stops.
    pub fn autosave(
        &mut self,
        id: &str,
        lang: Lang,
        author: &str,
        title: &str,
        body: &str,
    ) -> Result<()> {
        fits(body)?;
        let at = self.now();
        let w = self.store.write()?;
        w.autosave(id, lang, author, title, body, &at)?;
        w.commit()?;
        Ok(())
    }

    /// What the user's editor autosaved for a policy-language.
    pub fn autosaved(&self, id: &str, lang: Lang, author: &str) -> Result<Option<Autosaved>> {
        Ok(self.store.autosaved(id, lang, author)?)
    }

    /// Discards the user's autosaved text.
    pub fn discard_autosave(&mut self, id: &str, lang: Lang, author: &str) -> Result<()> {
        let w = self.store.write()?;
        w.discard_autosave(id, lang, author)?;
        w.commit()?;
        Ok(())
    }

    /// A handbook setting (such as `company`), if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.store.setting(key)?)
    }

    /// Sets a handbook setting; only the known keys are accepted.
    pub fn set_setting(&mut self, key: &str, value: &str, by: &str) -> Result<()> {
        if !SETTINGS.contains(&key) {
            return Err(StoreError::UnknownSetting {
                key: key.to_string(),
                known: SETTINGS.join(", "),
            }
            .into());
        }
        let at = self.now();
        let w = self.store.write()?;
        w.set_setting(key, value.trim(), by, &at)?;
        w.commit()?;
        Ok(())
    }

    /// The audit log, optionally of one policy.
    pub fn log(&self, id: Option<&str>) -> Result<Vec<store::audit::Record>> {
        if let Some(id) = id {
            self.store.policy(id)?;
        }
        Ok(store::audit::read(self.store.conn(), id)?)
    }

    /// Checks the database, the audit trail and the search index; an empty list means all is well.
    pub fn check(&mut self) -> Result<Vec<String>> {
        let mut problems = store::check(&self.store)?;
        // A handbook on a read-only disk is searched through an index built in memory when the
        // one beside it cannot be opened: that one is not its to keep.
        let read_only = self.store.is_read_only();
        if read_only {
            match (&self.index, &self.index_dir) {
                (Some(idx), _) => problems.extend(idx.verify(&self.store)?),
                (None, Some(dir)) => {
                    if let Ok(idx) = search::SearchIndex::load(dir) {
                        problems.extend(idx.verify(&self.store)?);
                    }
                }
                (None, None) => {}
            }
            return Ok(problems);
        }
        if self.index.is_none() && self.index_dir.is_none() {
            return Ok(problems);
        }
        // The index is derived from the database: one that is missing, damaged, of an older
        // schema or behind (a program stopped between committing a change and indexing it, a
        // restored backup) is rebuilt or brought up to date, as any other command would; that is
        // no damage. What is left (an index that could not be written: a full disk) is reported.
        match self.index() {
            Ok((idx, store)) => {
                let _ = up_to_date(idx, store);
                problems.extend(idx.verify(store)?);
            }
            Err(e) => problems.push(format!(
                "{e} (the next search rebuilds it, or `policybook reindex`)"
            )),
        }
        Ok(problems)
    }

    /// Whether the handbook can only be read (its file, folder or disk is read-only): it can be
    /// listed, shown, searched and exported; changes are refused with `store.unwritable`.
    pub fn is_read_only(&self) -> bool {
        self.store.is_read_only()
    }

    /// Copies the handbook to `out` with SQLite's online backup.
    pub fn backup(&self, out: &Path) -> Result<()> {
        Ok(self.store.backup(out)?)
    }
}
