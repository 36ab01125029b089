//! Policybook's core: versioned policies in SQLite, search, diffs, review, export and messages,
//! behind one facade, [`Handbook`], which the command line and the desktop app both call.
//!
//! Nothing here knows of windows or terminals, and nothing reads the system clock: time comes in
//! through a [`Clock`].

pub mod acks;
pub mod category;
pub mod clock;
pub mod demo;
pub mod diff;
pub mod error;
pub mod export;
pub mod i18n;
pub mod identity;
pub mod images;
pub mod import;
pub mod lang;
pub mod markdown;
pub mod people;
pub mod prefs;
pub mod review;
pub mod search;
pub mod store;
pub mod sync;
pub mod translation;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, ErrorKind, Result};
pub use lang::Lang;
pub use store::{Policy, Revision, RevisionInfo, Status};

use chrono::NaiveDate;
use import::{ImportOptions, ImportReport};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use store::{Read, Store, StoreError};

/// A policy in the list: its settings and, per language, its newest revision.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PolicySummary {
    /// The id.
    pub id: String,
    /// The title in its source language.
    pub title: String,
    /// Its category.
    pub category: String,
    /// Its category's name in each language (the source name, marked missing, where a language
    /// has none).
    pub category_titles: BTreeMap<Lang, category::CategoryTitle>,
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
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanguageSummary {
    /// Its number.
    pub revision: u32,
    /// Its status.
    pub status: Status,
    /// Its title.
    pub title: String,
}

/// Two revisions and the changes from the first to the second.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
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
    /// Where this desk's identity is read from (None: no identity).
    identity_path: Option<PathBuf>,
    /// The identity, read when first needed.
    identity: Option<identity::Identity>,
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
    match idx.catch_up(store) {
        Ok(()) => Ok(()),
        // Another program is writing it: it is not damaged, and it is searched as it is.
        Err(search::SearchError::Busy) => Ok(()),
        Err(_) => idx.rebuild(store),
    }
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

/// The settings a handbook keeps: `company`, the company name printed on the handbook;
/// `ack_due_days`, the days staff have to acknowledge an approved policy (default 14).
pub const SETTINGS: &[&str] = &["company", acks::DUE_DAYS_KEY];

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
            identity_path: None,
            identity: None,
        })
    }

    /// A handbook in memory, for tests.
    pub fn open_in_memory(clock: Box<dyn Clock>) -> Result<Handbook> {
        Ok(Handbook {
            store: Store::open_in_memory()?,
            clock,
            index_dir: None,
            index: None,
            identity_path: None,
            identity: None,
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

    /// Imports files and folders, all or nothing, with Word documents cut as `word` says.
    pub fn import_with(
        &mut self,
        paths: &[PathBuf],
        opts: &ImportOptions,
        word: &import::word::WordOptions,
    ) -> Result<ImportReport> {
        let mut planned = import::plan_with(paths, opts, word)?;
        self.pair_translations(&mut planned, word)?;
        let docs = planned.into_iter().map(|(d, _)| d).collect();
        let docs = import::order(docs)?;
        self.store_documents(&docs, opts)
    }

    /// Pairs the sections of each Word document in another language with the policies a Word
    /// handbook imported before holds (those without a text in that language, in the order they
    /// were created), when there are as many and each pair has the same headings, tables and
    /// lists: each section becomes its policy's translation. Otherwise each section says why in
    /// its warnings and stays a policy of its own. Sections whose ids the handbook has already
    /// (a handbook Policybook exported) are left as they are.
    fn pair_translations(
        &self,
        planned: &mut [(import::Document, Vec<String>)],
        word: &import::word::WordOptions,
    ) -> Result<()> {
        if !word.pair {
            return Ok(());
        }
        let mut files: Vec<String> = Vec::new();
        for (d, _) in planned.iter() {
            if d.summary.as_deref() == Some(import::WORD_SUMMARY) && !files.contains(&d.file) {
                files.push(d.file.clone());
            }
        }
        for file in files {
            let idx: Vec<usize> = (0..planned.len())
                .filter(|&i| planned[i].0.file == file)
                .collect();
            let lang = planned[idx[0]].0.lang;
            if idx.iter().any(|&i| planned[i].0.lang != lang)
                || idx
                    .iter()
                    .any(|&i| self.store.policy(&planned[i].0.id).is_ok())
            {
                continue;
            }
            let candidates = self.word_policies_without(lang)?;
            if candidates.is_empty() {
                continue;
            }
            let say = |planned: &mut [(import::Document, Vec<String>)], why: String| {
                for &i in &idx {
                    planned[i].1.push(why.clone());
                }
            };
            if candidates.len() != idx.len() {
                say(
                    planned,
                    format!(
                        "not paired as translations: this document has {} sections, and {} policies imported from Word have no {} text",
                        idx.len(),
                        candidates.len(),
                        lang.code()
                    ),
                );
                continue;
            }
            let mismatch = idx.iter().zip(&candidates).find(|(&i, (_, body, _))| {
                import::outline(&planned[i].0.body) != import::outline(body)
            });
            if let Some((&i, (id, _, _))) = mismatch {
                let title = planned[i].0.title.clone();
                say(
                    planned,
                    format!(
                        "not paired as translations: the headings of “{title}” do not line up with policy `{id}`"
                    ),
                );
                continue;
            }
            for (&i, (id, _, source_revision)) in idx.iter().zip(&candidates) {
                let d = &mut planned[i].0;
                d.id.clone_from(id);
                d.category = None;
                d.source_lang = None;
                d.source_revision = Some(*source_revision);
                d.translation_of = Some(id.clone());
            }
        }
        Ok(())
    }

    /// The policies whose source text came from Word and that have no text in `lang`, in the
    /// order they were created: (id, newest source text, its revision).
    fn word_policies_without(&self, lang: Lang) -> Result<Vec<(String, String, u32)>> {
        let mut stmt = self
            .store
            .conn()
            .prepare(
                "SELECT policy_id FROM audit WHERE action = 'policy' AND policy_id IS NOT NULL
             GROUP BY policy_id ORDER BY MIN(seq)",
            )
            .map_err(StoreError::from)?;
        let ids: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(StoreError::from)?
            .collect::<std::result::Result<_, _>>()
            .map_err(StoreError::from)?;
        let mut out = Vec::new();
        for id in ids {
            let Ok(p) = self.store.policy(&id) else {
                continue;
            };
            if p.retired.is_some()
                || p.source_lang == lang
                || self.store.newest_number(&id, lang)? > 0
            {
                continue;
            }
            let first = match self.store.revision(&id, p.source_lang, Some(1)) {
                Ok(r) => r,
                Err(_) => continue,
            };
            if first.summary != import::WORD_SUMMARY {
                continue;
            }
            let newest = self.store.revision(&id, p.source_lang, None)?;
            out.push((id, newest.body, newest.revision));
        }
        Ok(out)
    }

    /// What [`Handbook::import_with`] would store, in the files' order, writing nothing: each
    /// policy's id, title, category, language, size and the conversion's warnings.
    pub fn import_preview(
        &self,
        paths: &[PathBuf],
        opts: &ImportOptions,
        word: &import::word::WordOptions,
    ) -> Result<Vec<import::Preview>> {
        let mut out = Vec::new();
        let mut planned = import::plan_with(paths, opts, word)?;
        self.pair_translations(&mut planned, word)?;
        for (d, warnings) in planned {
            let category = match (&d.category, self.store.policy(&d.id)) {
                (Some(c), _) => c.clone(),
                (None, Ok(p)) => p.category,
                (None, Err(_)) => DEFAULT_CATEGORY.to_string(),
            };
            out.push(import::Preview {
                chars: d.body.chars().count(),
                id: d.id,
                title: d.title,
                category,
                lang: d.lang,
                warnings,
                translation_of: d.translation_of,
            });
        }
        Ok(out)
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
        let today = self.clock.today();
        let w = self.store.write()?;
        let report = import::store(&w, docs, opts, today, &at)?;
        w.commit()?;
        self.after_write();
        Ok(report)
    }

    /// Every policy with its newest revision per language, by category then id.
    pub fn list(&self) -> Result<Vec<PolicySummary>> {
        let mut by_id: BTreeMap<String, PolicySummary> = BTreeMap::new();
        let titles = category::Titles::load(&self.store)?;
        for p in self.store.policies()? {
            by_id.insert(
                p.id.clone(),
                PolicySummary {
                    id: p.id.clone(),
                    title: String::new(),
                    category_titles: titles.all(&p.category),
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
        let actor = &self.actor(actor, "policy")?;
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
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
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        self.after_write();
        Ok(())
    }

    /// Saves a new draft revision of a policy in a language and returns its number.
    pub fn revise(&mut self, id: &str, lang: Lang, draft: &Draft) -> Result<u32> {
        fits(&draft.body)?;
        let author = self.actor(&draft.author, "revise")?;
        let signed_draft;
        let draft = if author != draft.author {
            signed_draft = Draft {
                author,
                ..draft.clone()
            };
            &signed_draft
        } else {
            draft
        };
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
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
            return Err(StoreError::NoText.into());
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
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        self.after_write();
        Ok(n)
    }

    /// Whether `who` wrote revision `revision` of a policy in a language (the four-eyes rule's
    /// comparison: Unicode folded, invisible characters dropped), so the window can say why it
    /// cannot approve it before the core refuses.
    pub fn is_own_revision(&self, id: &str, lang: Lang, revision: u32, who: &str) -> Result<bool> {
        let rev = self.store.revision(id, lang, Some(revision))?;
        Ok(!who.trim().is_empty() && review::same_person(&rev.author, who))
    }

    /// What `who` may do to revision `revision` now, each action tried by the workflow's own rules
    /// (status, newest, retired, four-eyes, role) in a transaction that is rolled back: the
    /// window offers these, and the same rules still decide when the user acts.
    pub fn review_options(
        &mut self,
        id: &str,
        lang: Lang,
        revision: u32,
        who: &str,
    ) -> Result<review::Options> {
        let own_revision = self.is_own_revision(id, lang, revision, who)?
            && self.store.state(id, lang, revision)?.status == Status::InReview;
        let at = self.now();
        let mut may = |action: review::Action| {
            let Ok(by) = self.actor(who, action.as_str()) else {
                return false;
            };
            let Ok(w) = self.store.write() else {
                return false;
            };
            // A rejection needs a reason; the user gives it when they reject.
            let reason = (action == review::Action::Reject).then_some("?");
            let tried = review::act(
                &w,
                action,
                id,
                lang,
                Some(revision),
                &by,
                &*self.clock,
                None,
                reason,
                false,
                &at,
            );
            drop(w); // rolled back: nothing was written
            tried.is_ok()
        };
        Ok(review::Options {
            submit: may(review::Action::Submit),
            approve: may(review::Action::Approve),
            reject: may(review::Action::Reject),
            own_revision,
        })
    }

    /// The revisions of a policy, optionally in one language, with their review states.
    pub fn history(&self, id: &str, lang: Option<Lang>) -> Result<Vec<RevisionInfo>> {
        Ok(self.store.history(id, lang)?)
    }

    /// The approved revisions only (what staff may see of a policy's history).
    pub fn approved_history(&self, id: &str, lang: Option<Lang>) -> Result<Vec<RevisionInfo>> {
        let mut all = self.store.history(id, lang)?;
        all.retain(|r| r.status == Status::Approved);
        Ok(all)
    }

    /// Applies a workflow action (submit, approve, reject) to revision `revision` (the one the
    /// person read), refused if it is no longer the newest; `None` acts on the newest. An
    /// `editorial` approval changes only the wording: staff are not asked to read it again.
    /// Returns the revision acted on.
    #[allow(clippy::too_many_arguments)]
    pub fn act(
        &mut self,
        action: review::Action,
        id: &str,
        lang: Lang,
        revision: Option<u32>,
        by: &str,
        on: Option<NaiveDate>,
        reason: Option<&str>,
        editorial: bool,
    ) -> Result<u32> {
        let by = &self.actor(by, action.as_str())?;
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        let n = review::act(
            &w,
            action,
            id,
            lang,
            revision,
            by,
            &*self.clock,
            on,
            reason,
            editorial,
            &at,
        )?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        self.after_write();
        Ok(n)
    }

    /// Retires a policy: kept with its history, no longer exported or due.
    pub fn retire(&mut self, id: &str, by: &str) -> Result<()> {
        let by = &self.actor(by, "retire")?;
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        w.retire(id, by, &at)?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        self.after_write();
        Ok(())
    }

    /// The reviews due within `within_days` of `as_of` (default: today), overdue first.
    pub fn due(&self, as_of: Option<NaiveDate>, within_days: u32) -> Result<Vec<review::Due>> {
        Ok(review::due(
            &self.store,
            as_of.unwrap_or_else(|| self.clock.today()),
            within_days,
        )?)
    }

    /// The reviews as an iCalendar file.
    pub fn due_ics(&self, items: &[review::Due]) -> String {
        review::ics(items, self.clock.now(), |d| {
            format!("Review due: {} ({})", d.title, d.lang)
        })
    }

    /// The word-level changes between two revisions of a policy in one language.
    pub fn diff(&self, id: &str, lang: Lang, from: u32, to: u32) -> Result<RevisionDiff> {
        let old = self.store.revision(id, lang, Some(from))?;
        let new = self.store.revision(id, lang, Some(to))?;
        let changes = diff::changes(&old.body, &new.body, &diff::Options::default());
        Ok(RevisionDiff { old, new, changes })
    }

    /// The employee handbook of one language as a Word document, calling `progress(done,
    /// total)` after each policy. Like every export (the redline, the acknowledgement report),
    /// it gives bytes: the caller writes them (`export::write_atomic`).
    pub fn export_handbook(
        &self,
        opts: &export::handbook::HandbookOptions,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<HandbookDocx> {
        let company = self.store.setting("company")?.unwrap_or_default();
        let (bytes, policies) =
            export::handbook::build(&self.store, opts, &company, self.clock.today(), progress)?;
        Ok(HandbookDocx { bytes, policies })
    }

    /// Stores a picture (PNG or JPEG, up to 20 MB) in the handbook, once, and says how Markdown
    /// names it (`![description](image:<hash>)`).
    pub fn add_image(&mut self, bytes: &[u8]) -> Result<StoredImage> {
        let at = self.now();
        let w = self.store.write()?;
        let stored = images::add(&w, bytes, &at)?;
        w.commit()?;
        Ok(stored)
    }

    /// Markdown as the preview shows it: sanitised HTML, with the handbook's own pictures (and no
    /// other).
    pub fn preview_html(&self, md: &str) -> String {
        markdown::to_safe_html_with(md, &|h| {
            let (mime, bytes) = images::stored(&self.store, h).ok()??;
            Some(images::data_url(&mime, &bytes))
        })
    }

    /// Revision `to` as a Word document whose differences from revision `from` are tracked
    /// changes by `to`'s author and date.
    pub fn redline(&self, id: &str, lang: Lang, from: u32, to: u32) -> Result<Vec<u8>> {
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
        let images = images::load(&self.store, &[&d.old.body, &d.new.body])?;
        Ok(export::redline::redline_with(
            &d.old.body,
            &d.new.body,
            lang,
            &d.new.author,
            when,
            &title,
            images,
        )?)
    }

    /// The translation status of every policy in every language.
    pub fn translations(&self) -> Result<Vec<translation::PolicyTranslations>> {
        Ok(translation::statuses(&self.store)?)
    }

    /// For a stale translation, what changed in its source since it was translated.
    pub fn translation_changes(&self, id: &str, lang: Lang) -> Result<Option<SourceChanges>> {
        let Some(st) = translation::staleness(&self.store, id, lang)? else {
            return Ok(None);
        };
        // A translation that recorded no source revision is compared from the first.
        let from = st.translated.unwrap_or(1).min(st.current);
        let diff = self.diff(id, st.source, from, st.current)?;
        Ok(Some(SourceChanges {
            source: st.source,
            from,
            to: st.current,
            diff,
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

    /// Names a category in a language (an empty title removes the name); the category must be
    /// one that policies are in. Returns the category's names in every language.
    pub fn set_category_title(
        &mut self,
        category: &str,
        lang: Lang,
        title: &str,
        by: &str,
    ) -> Result<BTreeMap<Lang, category::CategoryTitle>> {
        let title = title.trim();
        let by = &self.actor(by, "category_title")?;
        let name = category::check_title(&self.store, category, title)?;
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        w.set_category_title(&name, lang, title, by, &at)?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        self.category_titles(&name)
    }

    /// A category's names in every language.
    pub fn category_titles(
        &self,
        category: &str,
    ) -> Result<BTreeMap<Lang, category::CategoryTitle>> {
        let name = category::check_title(&self.store, category, "")?;
        Ok(category::Titles::load(&self.store)?.all(&name))
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
        if key == acks::DUE_DAYS_KEY {
            acks::check_due_days(value)?;
        }
        let by = &self.actor(by, "setting")?;
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        w.set_setting(key, value.trim(), by, &at)?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
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
        // The remote, when shared, anchors the log's head too.
        if let Ok(dir) = self.sync_cache() {
            problems.extend(sync::anchor_problems(&self.store, &dir)?);
        }
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

    /// Where this handbook's git cache lives (beside it), for sharing.
    fn sync_cache(&self) -> Result<PathBuf> {
        let path = self.store.path().ok_or(sync::SyncError::InMemory)?;
        let mut dir = std::ffi::OsString::from(path);
        dir.push(".git");
        Ok(PathBuf::from(dir))
    }

    /// The remote this handbook is shared through (without password), if any.
    pub fn remote(&self) -> Result<Option<String>> {
        Ok(sync::remote(&self.store)?)
    }

    /// Shares the handbook through a git remote; returns the address as kept (without password).
    pub fn set_remote(&mut self, url: &str) -> Result<String> {
        let dir = self.sync_cache()?;
        Ok(sync::set_remote(&mut self.store, &dir, url)?)
    }

    /// Stops sharing through the remote.
    pub fn clear_remote(&mut self) -> Result<()> {
        Ok(sync::clear_remote(&mut self.store)?)
    }

    /// Pulls what other desks did from the remote and pushes what this desk did; the search
    /// index follows.
    pub fn sync(&mut self) -> Result<sync::SyncReport> {
        let dir = self.sync_cache()?;
        let now = self.now();
        self.load_identity()?;
        let result = sync::sync(&mut self.store, &dir, &now, self.identity.as_ref());
        // A failed sync may still have pulled (then failed to push): index what is there.
        self.after_write();
        let report = result?;
        let w = self.store.write()?;
        w.set_sync_value("last_synced", Some(&now))?;
        w.commit()?;
        Ok(report)
    }

    /// Whether and how the handbook is shared: the remote, when it last synced, what waits to go
    /// out, the open conflicts, and why it only pulls (if it does).
    pub fn sync_state(&self) -> Result<sync::SyncState> {
        Ok(sync::state(&self.store)?)
    }

    /// The open conflicts: revisions saved on top of another desk's revision of the same text.
    pub fn conflicts(&self) -> Result<Vec<sync::Conflict>> {
        Ok(sync::conflicts(&self.store)?)
    }

    /// A new handbook at `path` from a remote: every policy, revision, review state and approval,
    /// searchable at once. Nothing is left behind if it fails.
    pub fn clone_remote(url: &str, path: &Path, clock: Box<dyn Clock>) -> Result<Cloned> {
        if std::fs::metadata(path).is_ok_and(|m| m.len() > 0 || m.is_dir()) {
            return Err(sync::SyncError::Exists(path.display().to_string()).into());
        }
        let mut hb = Handbook::open(path, clock)?;
        let result = hb.set_remote(url).and_then(|_| hb.sync());
        match result {
            Ok(report) => Ok(Cloned {
                handbook: hb,
                report,
            }),
            Err(e) => {
                let cache = hb.sync_cache().ok();
                let index = hb.index_dir.clone();
                drop(hb);
                let mut leftovers: Vec<PathBuf> = vec![path.to_path_buf()];
                for suffix in ["-wal", "-shm", "-journal"] {
                    let mut p = path.as_os_str().to_owned();
                    p.push(suffix);
                    leftovers.push(PathBuf::from(p));
                }
                for p in leftovers {
                    let _ = std::fs::remove_file(p);
                }
                for d in [cache, index].into_iter().flatten() {
                    let _ = std::fs::remove_dir_all(d);
                }
                Err(e)
            }
        }
    }

    /// Opens a shared handbook in place of this one (a first start that got the demo, a desk that
    /// joins the team): the remote is cloned beside this handbook, checked and indexed, and only
    /// then takes its place; this handbook is kept next to it as
    /// `<name>.before-join-<YYYYMMDD-HHMMSS>.db`, whose path is returned. Refused if this handbook
    /// is shared already; a clone that fails changes nothing.
    pub fn join_remote(&mut self, url: &str) -> Result<Joined> {
        if let Some(remote) = self.remote()? {
            return Err(sync::SyncError::AlreadyShared { remote }.into());
        }
        let path = PathBuf::from(self.store.path().ok_or(sync::SyncError::InMemory)?);
        let beside = |p: &Path, suffix: &str| {
            let mut s = p.as_os_str().to_owned();
            s.push(suffix);
            PathBuf::from(s)
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "handbook".into());
        let temp = path.with_file_name(format!("{stem}.joining.db"));
        for leftover in [
            temp.clone(),
            beside(&temp, "-wal"),
            beside(&temp, "-shm"),
            beside(&temp, "-journal"),
        ] {
            let _ = std::fs::remove_file(leftover);
        }
        for leftover in [beside(&temp, ".index"), beside(&temp, ".git")] {
            let _ = std::fs::remove_dir_all(leftover);
        }
        let clock = Box::new(FixedClock(self.clock.now()));
        let report = Handbook::clone_remote(url, &temp, clock)?.report;

        // This handbook closes (its WAL folds into the file), then the files change places.
        let stamp = self.clock.now().format("%Y%m%d-%H%M%S");
        let backup = path.with_file_name(format!("{stem}.before-join-{stamp}.db"));
        self.index = None;
        self.store = Store::open_in_memory()?;
        let io = |what: &Path, e: std::io::Error| StoreError::Io {
            path: what.display().to_string(),
            source: e,
        };
        std::fs::rename(&path, &backup).map_err(|e| io(&path, e))?;
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::rename(beside(&path, suffix), beside(&backup, suffix));
        }
        let moved = std::fs::rename(&temp, &path);
        if let Err(e) = moved {
            // Put this handbook back as it was.
            let _ = std::fs::rename(&backup, &path);
            self.store = Store::open(&path)?;
            return Err(io(&temp, e).into());
        }
        let _ = std::fs::remove_dir_all(beside(&path, ".index"));
        let _ = std::fs::rename(beside(&temp, ".index"), beside(&path, ".index"));
        let _ = std::fs::remove_dir_all(beside(&path, ".git"));
        let _ = std::fs::rename(beside(&temp, ".git"), beside(&path, ".git"));
        self.store = Store::open(&path)?;
        self.index_dir = Some(beside(&path, ".index"));
        Ok(Joined {
            report,
            kept: backup.display().to_string(),
        })
    }

    /// Copies the handbook to `out` with SQLite's online backup.
    pub fn backup(&self, out: &Path) -> Result<()> {
        Ok(self.store.backup(out)?)
    }
}

/// Who this desk is.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WhoAmI {
    /// The identity's name (as the people list gives it, when listed).
    pub name: String,
    /// Its email.
    pub email: String,
    /// Its public key.
    pub key: String,
    /// Its fingerprint.
    pub fingerprint: String,
    /// Its role in this handbook (none: not listed, or the handbook is not signed).
    pub role: Option<people::Role>,
    /// Whether the handbook is signed (has people).
    pub signed: bool,
    /// Where the private key is kept.
    pub path: String,
}

/// Identities and people.
impl Handbook {
    /// Reads this desk's identity from `path` when first needed (`None`: this desk has none).
    pub fn use_identity(&mut self, path: Option<PathBuf>) {
        self.identity_path = path;
        self.identity = None;
    }

    fn load_identity(&mut self) -> Result<()> {
        if self.identity.is_none() {
            if let Some(p) = &self.identity_path {
                self.identity = identity::Identity::load(p)?;
            }
        }
        Ok(())
    }

    /// Makes this desk's identity (an Ed25519 key pair) where [`Handbook::use_identity`] said.
    pub fn new_identity(&mut self, name: &str, email: &str) -> Result<WhoAmI> {
        let path = self
            .identity_path
            .clone()
            .ok_or(identity::IdentityError::None)?;
        let id = identity::Identity::generate(name, email)?;
        id.save(&path)?;
        self.identity = Some(id);
        Ok(self.whoami()?.expect("just made"))
    }

    /// Who this desk is, if it has an identity.
    pub fn whoami(&mut self) -> Result<Option<WhoAmI>> {
        self.load_identity()?;
        let Some(me) = &self.identity else {
            return Ok(None);
        };
        let public = me.public();
        let list = people::list(&self.store)?;
        let listed = people::by_fingerprint(&list, &public.fingerprint);
        Ok(Some(WhoAmI {
            name: listed.map_or(me.name.clone(), |p| p.name.clone()),
            email: listed.map_or(me.email.clone(), |p| p.email.clone()),
            key: public.key,
            fingerprint: public.fingerprint,
            role: listed.map(|p| p.role),
            signed: !list.is_empty(),
            path: self
                .identity_path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        }))
    }

    /// Who acts: in a handbook without people, the name given; in a signed handbook, this
    /// desk's identity, which must be listed, valid today, the one named (if a name is given)
    /// and allowed the action by its role.
    fn actor(&mut self, by: &str, action: &str) -> Result<String> {
        if !people::is_signed(&self.store)? {
            return Ok(by.to_string());
        }
        self.load_identity()?;
        let me = self
            .identity
            .as_ref()
            .ok_or(people::PeopleError::NoIdentity)?;
        let fingerprint = me.public().fingerprint;
        let list = people::list(&self.store)?;
        let p = people::by_fingerprint(&list, &fingerprint).ok_or_else(|| {
            people::PeopleError::NotListed {
                fingerprint: fingerprint.clone(),
            }
        })?;
        if !p.valid_on(self.clock.today()) {
            return Err(people::PeopleError::Removed {
                fingerprint,
                from: p.removed_from.expect("removed"),
            }
            .into());
        }
        if !by.trim().is_empty()
            && review::person_key(by) != review::person_key(&p.name)
            && review::person_key(by) != review::person_key(&me.name)
        {
            return Err(people::PeopleError::NotYou {
                me: p.name.clone(),
                fingerprint,
                other: by.to_string(),
            }
            .into());
        }
        if !p.role.may(action) {
            return Err(people::PeopleError::NotAllowed {
                who: p.name.clone(),
                role: p.role,
                action: action.to_string(),
            }
            .into());
        }
        Ok(p.name.clone())
    }

    /// Whether the handbook is signed (has people): then every action is this desk's identity's.
    pub fn is_signed(&self) -> Result<bool> {
        Ok(people::is_signed(&self.store)?)
    }

    /// The key this desk signs its actions with, in a signed handbook (after [`Handbook::actor`]
    /// let it act).
    fn signing_key(&self) -> Option<String> {
        let signed = people::is_signed(&self.store).unwrap_or(false);
        self.identity
            .as_ref()
            .filter(|_| signed)
            .map(|me| me.public().fingerprint)
    }

    /// The people of the handbook, one entry per key.
    pub fn people(&self) -> Result<Vec<people::Person>> {
        Ok(people::list(&self.store)?)
    }

    /// An allowed-signers file for `git verify-commit` and `ssh-keygen -Y verify`.
    pub fn allowed_signers(&self) -> Result<String> {
        Ok(people::allowed_signers(&people::list(&self.store)?))
    }

    /// Adds a person's key (or changes a person's name, email or role). Only an admin may; in a
    /// handbook without people, this desk's identity becomes its admin first.
    pub fn add_person(
        &mut self,
        name: &str,
        email: &str,
        role: people::Role,
        key: &str,
    ) -> Result<people::Person> {
        identity::check_person(name, email)?;
        let public = identity::PublicId::parse(key)?;
        let person = people::Person {
            name: name.trim().to_string(),
            email: email.trim().to_string(),
            role,
            key: public.key,
            fingerprint: public.fingerprint,
            removed_from: None,
        };
        self.change_people(people::Change::Set(person.clone()))?;
        Ok(person)
    }

    /// Ends a person's keys (a name or email: all their keys; a fingerprint or public key: that
    /// key) from a day (default today); what they signed before stays valid.
    pub fn remove_person(&mut self, who: &str, from: Option<NaiveDate>) -> Result<Vec<String>> {
        let list = people::list(&self.store)?;
        let who_t = who.trim();
        let by_key = identity::PublicId::parse(who_t).ok().map(|p| p.fingerprint);
        let keys: Vec<String> = list
            .iter()
            .filter(|p| p.removed_from.is_none())
            .filter(|p| {
                Some(&p.fingerprint) == by_key.as_ref()
                    || p.fingerprint == who_t
                    || p.email.eq_ignore_ascii_case(who_t)
                    || review::person_key(&p.name) == review::person_key(who_t)
            })
            .map(|p| p.fingerprint.clone())
            .collect();
        if keys.is_empty() {
            return Err(people::PeopleError::Unknown(who_t.to_string()).into());
        }
        let from = from.unwrap_or_else(|| self.clock.today());
        for fingerprint in &keys {
            self.change_people(people::Change::Remove {
                fingerprint: fingerprint.clone(),
                from,
            })?;
        }
        Ok(keys)
    }

    fn change_people(&mut self, change: people::Change) -> Result<()> {
        self.load_identity()?;
        let me = self
            .identity
            .as_ref()
            .ok_or(people::PeopleError::NoIdentity)?;
        let mut list = people::list(&self.store)?;
        let at = self.now();
        // Only this desk's identity changes the people list: always signed.
        let signing = Some(me.public().fingerprint);
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        let actor = if list.is_empty() {
            // The first person is this desk's, as admin.
            let public = me.public();
            let admin = people::Person {
                name: me.name.clone(),
                email: me.email.clone(),
                role: people::Role::Admin,
                key: public.key,
                fingerprint: public.fingerprint,
                removed_from: None,
            };
            let is_me =
                matches!(&change, people::Change::Set(p) if p.fingerprint == admin.fingerprint);
            if !is_me {
                list = people::check_change(&list, &people::Change::Set(admin.clone()))?;
                w.change_people(&people::Change::Set(admin.clone()), &admin.name, &at)?;
            }
            admin.name
        } else {
            let fp = me.public().fingerprint;
            let p = people::by_fingerprint(&list, &fp)
                .ok_or(people::PeopleError::NotListed { fingerprint: fp })?;
            if p.role != people::Role::Admin || !p.valid_on(self.clock.today()) {
                return Err(people::PeopleError::NotAllowed {
                    who: p.name.clone(),
                    role: p.role,
                    action: "change the people list".into(),
                }
                .into());
            }
            p.name.clone()
        };
        people::check_change(&list, &change)?;
        w.change_people(&change, &actor, &at)?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        Ok(())
    }
}

/// What a user's editor autosaved for a policy-language, not yet saved as a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Autosaved {
    /// The title in the editor.
    pub title: String,
    /// The text in the editor.
    pub body: String,
    /// When (RFC 3339, UTC).
    pub saved_at: String,
}

/// A handbook made from a remote, with what its first sync did.
pub struct Cloned {
    /// The new handbook.
    pub handbook: Handbook,
    /// Its first sync.
    pub report: sync::SyncReport,
}

/// What opening a shared handbook did: the sync, and where the handbook before it was kept.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Joined {
    /// The sync that brought the shared handbook.
    pub report: sync::SyncReport,
    /// The handbook before it, kept beside it.
    pub kept: String,
}

/// The employee handbook as a Word document.
#[derive(Debug, Clone)]
pub struct HandbookDocx {
    /// The document.
    pub bytes: Vec<u8>,
    /// How many policies it holds.
    pub policies: usize,
}

/// What the source of a stale translation said between the revision the translation translates
/// and the one in force.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourceChanges {
    /// The source language.
    pub source: Lang,
    /// The source revision compared from: the one translated (the first, when none was recorded).
    pub from: u32,
    /// The source revision in force.
    pub to: u32,
    /// The two source revisions and their word-level changes.
    #[serde(flatten)]
    pub diff: RevisionDiff,
}

/// A picture stored in the handbook.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StoredImage {
    /// The SHA-256 of its bytes.
    pub hash: String,
    /// How Markdown names it: `image:<hash>`.
    pub url: String,
    /// `image/png` or `image/jpeg`.
    pub mime: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Whether the handbook did not hold it yet.
    pub new: bool,
}

/// The text in force in a language: the newest approved revision, with its approval.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InForce {
    /// The revision.
    #[serde(flatten)]
    pub revision: Revision,
    /// When it was approved.
    pub approved_on: Option<NaiveDate>,
    /// Who approved it.
    pub approved_by: Option<String>,
}

/// An acknowledgement just given (or found given already).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Acknowledged {
    /// The policy.
    pub id: String,
    /// The language read.
    pub lang: Lang,
    /// The revision read.
    pub revision: u32,
    /// The source revision it counts for.
    pub source_revision: u32,
    /// Who.
    pub person: String,
    /// When.
    pub at: String,
    /// This revision was acknowledged by this person before: nothing new was recorded.
    pub already: bool,
    /// Signed with this key (a signed handbook).
    pub signed_by: Option<String>,
}

/// Acknowledgements, audiences and readers (see [`acks`]).
impl Handbook {
    /// Who reads: in a signed handbook, this desk's identity (and `name`, if given, must be it);
    /// else the name given.
    fn reader(&mut self, name: &str) -> Result<String> {
        let who = self.actor(name, "ack")?;
        acks::check_name(&who)?;
        Ok(who.trim().to_string())
    }

    /// What `name` (this desk's identity in a signed handbook) has to read today, in `lang`
    /// where a policy has approved text in it; with the reader's name.
    pub fn unread(&mut self, name: &str, lang: Option<Lang>) -> Result<acks::UnreadList> {
        let person = self.reader(name)?;
        let unread = acks::unread(&self.store, &person, lang, self.clock.today())?;
        Ok(acks::UnreadList { person, unread })
    }

    /// Records that `name` has read and understood the text of `id` in force in `lang`
    /// (`revision`, when given, must be it). Acknowledging the same revision again records
    /// nothing new.
    pub fn ack(
        &mut self,
        id: &str,
        lang: Lang,
        revision: Option<u32>,
        name: &str,
    ) -> Result<Acknowledged> {
        let who = self.reader(name)?;
        let today = self.clock.today();
        let (n, source_revision) = acks::to_acknowledge(&self.store, id, lang, revision, today)?;
        if let Some(a) = acks::acknowledged(&self.store, &who, id, lang, n)? {
            return Ok(Acknowledged {
                id: a.id,
                lang: a.lang,
                revision: a.revision,
                source_revision: a.source_revision,
                person: a.person,
                at: a.at,
                already: true,
                signed_by: a.signed_by,
            });
        }
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        w.record_ack(&who, id, lang, n, source_revision, &at)?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        Ok(Acknowledged {
            id: id.to_string(),
            lang,
            revision: n,
            source_revision,
            person: who,
            at,
            already: false,
            signed_by: signing,
        })
    }

    /// Who acknowledged what, and who is overdue, as of a day (default today), of one policy or
    /// all.
    pub fn acks(&self, id: Option<&str>, as_of: Option<NaiveDate>) -> Result<acks::Report> {
        Ok(acks::report(
            &self.store,
            id,
            as_of.unwrap_or_else(|| self.clock.today()),
        )?)
    }

    /// An acknowledgement report as a Word document, labelled in `lang`.
    pub fn acks_docx(&self, report: &acks::Report, lang: Lang) -> Result<Vec<u8>> {
        let company = self.store.setting("company")?.unwrap_or_default();
        acks::docx(report, lang, &company)
    }

    /// The text of a policy in force on a day (approved on or before it, and not retired), in a
    /// language (default: its source language).
    pub fn show_as_of(&self, id: &str, lang: Option<Lang>, day: NaiveDate) -> Result<Revision> {
        let p = self.store.policy(id)?;
        let lang = lang.unwrap_or(p.source_lang);
        match acks::in_force_on(&self.store, id, lang, day)? {
            Some(n) => Ok(self.store.revision(id, lang, Some(n))?),
            None => Err(acks::AckError::NothingInForce {
                id: id.to_string(),
                lang,
                day,
            }
            .into()),
        }
    }

    /// Whether the handbook holds nothing yet (no policy, no setting).
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.store.policies()?.is_empty() && self.store.setting("company")?.is_none())
    }

    /// Fills an empty handbook with the demo policies; a handbook with anything in it is refused
    /// (the demo never mixes with a real handbook).
    pub fn install_demo(&mut self) -> Result<usize> {
        if !self.is_empty()? {
            return Err(StoreError::NotEmpty.into());
        }
        Ok(demo::install(self)?.imported.len())
    }

    /// The text of a policy in force today in a language (what staff read), if any.
    pub fn in_force(&self, id: &str, lang: Lang) -> Result<Option<InForce>> {
        self.store.policy(id)?;
        let Some(n) = acks::in_force_on(&self.store, id, lang, self.clock.today())? else {
            return Ok(None);
        };
        let state = self.store.state(id, lang, n)?;
        Ok(Some(InForce {
            revision: self.store.revision(id, lang, Some(n))?,
            approved_on: state.approved_on,
            approved_by: state.approved_by,
        }))
    }

    /// A policy's audience (empty: everyone).
    pub fn audience(&self, id: &str) -> Result<Vec<String>> {
        self.store.policy(id)?;
        Ok(acks::audience(&self.store, id)?)
    }

    /// Sets a policy's audience: the groups it concerns (none: everyone).
    pub fn set_audience(&mut self, id: &str, groups: &[String], by: &str) -> Result<Vec<String>> {
        let groups = acks::parse_groups(groups)?;
        let by = &self.actor(by, "audience")?;
        let at = self.now();
        let signing = self.signing_key();
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        if w.policy(id)?.retired.is_some() {
            return Err(review::ReviewError::Retired(id.to_string()).into());
        }
        w.set_audience(id, &groups, by, &at)?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        Ok(groups)
    }

    /// The readers today with their groups: a signed handbook's people, else the local list.
    pub fn readers(&self) -> Result<Vec<acks::Reader>> {
        Ok(acks::readers(&self.store, self.clock.today())?)
    }

    /// Sets a reader's groups. In a signed handbook the reader is a person and an admin sets
    /// them (shared with the people list); in one without people, the name joins the local list.
    /// `since` (a local list only) is the day the reader started: their first acknowledgements
    /// fall due from then (default: the day they are added).
    pub fn set_groups(
        &mut self,
        name: &str,
        groups: &[String],
        by: &str,
        since: Option<NaiveDate>,
    ) -> Result<acks::Reader> {
        let groups = acks::parse_groups(groups)?;
        let name = name.trim();
        acks::check_name(name)?;
        let signed = people::is_signed(&self.store)?;
        let at = self.now();
        let (actor, signing) = if signed {
            let list = people::list(&self.store)?;
            let p = list
                .iter()
                .find(|p| review::person_key(&p.name) == review::person_key(name))
                .ok_or_else(|| people::PeopleError::Unknown(name.to_string()))?;
            let canonical = p.name.clone();
            let actor = self.actor(by, "groups")?;
            let signing = self.signing_key();
            ((actor, canonical), signing)
        } else {
            ((by.to_string(), name.to_string()), None)
        };
        let (actor, name) = actor;
        let w = self.store.write()?;
        let signed_from = w.last_seq()?;
        w.set_groups(
            &name,
            &groups,
            !signed,
            since.filter(|_| !signed),
            &actor,
            &at,
        )?;
        if let Some(fp) = &signing {
            w.mark_signed(signed_from, fp)?;
        }
        w.commit()?;
        Ok(acks::readers(&self.store, self.clock.today())?
            .into_iter()
            .find(|r| review::person_key(&r.name) == review::person_key(&name))
            .unwrap_or(acks::Reader {
                who: review::person_key(&name),
                name,
                groups,
                since: self.clock.today(),
            }))
    }

    /// Removes a name from the local readers' list (a handbook without people).
    pub fn remove_reader(&mut self, name: &str, by: &str) -> Result<()> {
        if people::is_signed(&self.store)? {
            return Err(acks::AckError::Signed.into());
        }
        let at = self.now();
        let w = self.store.write()?;
        if !w.remove_reader(name, by, &at)? {
            return Err(acks::AckError::UnknownReader(name.trim().to_string()).into());
        }
        w.commit()?;
        Ok(())
    }
}
