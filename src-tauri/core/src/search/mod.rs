//! Offline search: a tantivy index beside the database, derived from it and rebuilt from it.
//!
//! Every revision of every policy is a document, with per-language title and body fields analysed
//! by [`analyzer`]. The commit payload records the audit-log position the index reflects, so an
//! index that missed changes (another program wrote, a crash, a lock) catches up when opened; an
//! index that is missing, damaged or of an older schema is rebuilt from the database.
//!
//! The payload also keeps an anchor: the newest audit entry (number and hash) the index has ever
//! seen. It only moves forward, so an audit log whose newest entries were removed, or rewritten,
//! no longer reaches it, and `check` says so (see [`SearchIndex::verify`]).

pub mod analyzer;
mod query;
mod snippet;

use query::Analysed;
pub use query::{parse_query, QueryPart};

use crate::error::ErrorKind;
use crate::lang::Lang;
use crate::store::{Read, Status, StoreError};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, INDEXED, STORED,
    STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// Bumped whenever the schema or the analysis changes: an index of another version is rebuilt.
pub const SCHEMA_VERSION: &str = "policybook-index-5";
const VERSION_FILE: &str = "policybook-version";

/// What can go wrong with search.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query has nothing to search for.
    #[error("the search has no words to look for")]
    EmptyQuery,
    /// The query is too long.
    #[error("the search is too long ({0} characters; at most {max})", max = MAX_QUERY_CHARS)]
    TooLong(usize),
    /// The index failed.
    #[error("search index: {0}")]
    Index(String),
    /// Another program (the app, another command) is writing the index and kept at it longer
    /// than a search waits: the index is not damaged, only busy.
    #[error("the search index is busy in another program; try again")]
    Busy,
    /// The database underneath.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError::Index(e.to_string())
    }
}

/// How long a writer waits for another program's lock on the index before saying it is busy.
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

impl SearchError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            SearchError::EmptyQuery => "search.empty_query",
            SearchError::TooLong(_) => "search.too_long",
            SearchError::Index(_) => "search.index",
            SearchError::Busy => "search.busy",
            SearchError::Store(e) => e.code(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            SearchError::EmptyQuery | SearchError::TooLong(_) => ErrorKind::BadInput,
            SearchError::Index(_) | SearchError::Busy => ErrorKind::Failed,
            SearchError::Store(e) => e.kind(),
        }
    }
}

/// A search request.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// What the user typed: words, "quoted phrases"; the last word also matches as a prefix.
    pub text: String,
    /// Only this language (default: all four).
    pub lang: Option<Lang>,
    /// Only these categories (exact, any case).
    pub categories: Vec<String>,
    /// Only revisions in this status.
    pub status: Option<Status>,
    /// Older revisions too, not only the newest of each policy-language.
    pub all_revisions: bool,
    /// Only the text in force: the newest approved revision of each policy-language (what staff
    /// read), whatever drafts came after it.
    pub in_force: bool,
    /// Retired policies too.
    pub include_retired: bool,
    /// How many hits at most (default 20).
    pub limit: usize,
}

/// One policy found.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Hit {
    /// The policy.
    pub id: String,
    /// The language of the text found.
    pub lang: Lang,
    /// Its title in that language.
    pub title: String,
    /// The relevance score (higher is better).
    pub score: f32,
    /// A piece of the text, HTML-escaped, with the matched words in `<b>…</b>`.
    pub snippet: String,
    /// The revision found.
    pub revision: u32,
    /// That revision's status.
    pub status: Status,
    /// The policy's category.
    pub category: String,
}

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    pid: Field,
    lang: Field,
    rev: Field,
    newest: Field,
    in_force: Field,
    status: Field,
    category: Field,
    category_key: Field,
    retired: Field,
    title: [Field; 4],
    body: [Field; 4],
}

fn lang_index(l: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|x| *x == l)
        .expect("one of the four")
}

fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let pid = b.add_text_field("pid", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let rev = b.add_u64_field("rev", INDEXED | STORED);
    let newest = b.add_u64_field("newest", INDEXED);
    let in_force = b.add_u64_field("in_force", INDEXED);
    let status = b.add_text_field("status", STRING | STORED);
    let category = b.add_text_field("category", STORED);
    let category_key = b.add_text_field("category_key", STRING);
    let retired = b.add_u64_field("retired", INDEXED);
    let text = |l: Lang| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer::tokenizer_name(l))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let title = Lang::ALL.map(|l| b.add_text_field(&format!("title_{l}"), text(l)));
    let body = Lang::ALL.map(|l| b.add_text_field(&format!("body_{l}"), text(l)));
    (
        b.build(),
        Fields {
            key,
            pid,
            lang,
            rev,
            newest,
            in_force,
            status,
            category,
            category_key,
            retired,
            title,
            body,
        },
    )
}

/// The search index of one handbook.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    dir: Option<PathBuf>,
    /// The audit position the reader reflects.
    loaded: Option<i64>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("dir", &self.dir)
            .finish()
    }
}

impl SearchIndex {
    /// An index in memory, built from the store.
    pub fn in_ram(store: &impl Read) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = build_schema();
        let index = Index::create_in_ram(schema);
        let mut s = Self::wrap(index, fields, None)?;
        s.rebuild(store)?;
        Ok(s)
    }

    fn wrap(
        index: Index,
        fields: Fields,
        dir: Option<PathBuf>,
    ) -> Result<SearchIndex, SearchError> {
        analyzer::register(index.tokenizers());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let loaded = index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| Payload::parse(&p))
            .map(|p| p.position);
        Ok(SearchIndex {
            index,
            reader,
            fields,
            dir,
            loaded,
        })
    }

    /// Opens the index in `dir`, catching up with the store; rebuilds it when it is missing,
    /// damaged or of another schema. Where the folder cannot be written, the index is kept in memory.
    pub fn open(dir: &Path, store: &impl Read) -> Result<SearchIndex, SearchError> {
        match Self::open_existing(dir, store) {
            Ok(s) => Ok(s),
            // Another program is writing it: a lock is not damage. Search it as it is; it
            // catches up the next time it is written.
            Err(SearchError::Busy) => Self::load(dir),
            Err(_) => match Self::create(dir, store) {
                Ok(s) => Ok(s),
                Err(_) => Self::in_ram(store),
            },
        }
    }

    fn open_existing(dir: &Path, store: &impl Read) -> Result<SearchIndex, SearchError> {
        let mut s = Self::load(dir)?;
        s.catch_up(store)?;
        Ok(s)
    }

    /// Opens the index in `dir` as it is, without catching up or repairing (for `check`).
    pub fn load(dir: &Path) -> Result<SearchIndex, SearchError> {
        let version = std::fs::read_to_string(dir.join(VERSION_FILE))
            .map_err(|e| SearchError::Index(e.to_string()))?;
        if version.trim() != SCHEMA_VERSION {
            return Err(SearchError::Index("older schema".into()));
        }
        let index = Index::open_in_dir(dir)?;
        let (schema, fields) = build_schema();
        if index.schema() != schema {
            return Err(SearchError::Index("schema differs".into()));
        }
        let damaged = index.validate_checksum()?;
        if !damaged.is_empty() {
            return Err(SearchError::Index(format!(
                "{} damaged file(s)",
                damaged.len()
            )));
        }
        Self::wrap(index, fields, Some(dir.to_path_buf()))
    }

    fn create(dir: &Path, store: &impl Read) -> Result<SearchIndex, SearchError> {
        if dir.exists() {
            std::fs::remove_dir_all(dir)
                .map_err(|e| SearchError::Index(format!("{}: {e}", dir.display())))?;
        }
        std::fs::create_dir_all(dir)
            .map_err(|e| SearchError::Index(format!("{}: {e}", dir.display())))?;
        let (schema, fields) = build_schema();
        let index = Index::create_in_dir(dir, schema)?;
        std::fs::write(dir.join(VERSION_FILE), SCHEMA_VERSION)
            .map_err(|e| SearchError::Index(e.to_string()))?;
        let mut s = Self::wrap(index, fields, Some(dir.to_path_buf()))?;
        s.rebuild(store)?;
        Ok(s)
    }

    /// The audit position the index reflects (None when unknown).
    fn position(&self) -> Option<i64> {
        self.payload().map(|p| p.position)
    }

    fn payload(&self) -> Option<Payload> {
        Payload::parse(&self.index.load_metas().ok()?.payload?)
    }

    /// Brings the index up to date with every change recorded in the audit log since its last
    /// commit, whichever program made it. Call after each write, and before searching.
    pub fn catch_up(&mut self, store: &impl Read) -> Result<(), SearchError> {
        let last = crate::store::audit::last_seq(store.db())?;
        match self.position() {
            Some(p) if p == last => {
                // Another program may have committed since this reader opened.
                if self.loaded != Some(p) {
                    self.reader.reload()?;
                    self.loaded = Some(p);
                }
                Ok(())
            }
            Some(p) if p < last => {
                let mut stmt = store
                    .db()
                    .prepare("SELECT DISTINCT policy_id FROM audit WHERE seq > ?1 AND seq <= ?2 AND policy_id IS NOT NULL")
                    .map_err(StoreError::from)?;
                let ids: Vec<String> = stmt
                    .query_map([p, last], |r| r.get(0))
                    .map_err(StoreError::from)?
                    .collect::<Result<_, _>>()
                    .map_err(StoreError::from)?;
                self.update(store, &ids, last)
            }
            _ => self.rebuild(store),
        }
    }

    /// The index's writer, waiting (up to [`LOCK_WAIT`]) while another program holds it.
    fn writer(&self) -> Result<IndexWriter, SearchError> {
        let deadline = std::time::Instant::now() + LOCK_WAIT;
        loop {
            match self.index.writer_with_num_threads(1, 50_000_000) {
                Ok(w) => return Ok(w),
                Err(tantivy::TantivyError::LockFailure(..)) => {
                    if std::time::Instant::now() >= deadline {
                        return Err(SearchError::Busy);
                    }
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Rebuilds the whole index from the store.
    pub fn rebuild(&mut self, store: &impl Read) -> Result<(), SearchError> {
        let last = crate::store::audit::last_seq(store.db())?;
        let w = self.writer()?;
        w.delete_all_documents()?;
        self.add_policies(&w, store, None)?;
        self.commit(w, store, last)
    }

    /// Re-indexes the named policies; `last` is the audit position the index then reflects.
    fn update(&mut self, store: &impl Read, ids: &[String], last: i64) -> Result<(), SearchError> {
        let w = self.writer()?;
        for id in ids {
            w.delete_term(Term::from_field_text(self.fields.pid, id));
        }
        if ids.len() > 200 {
            // Many policies: one pass over the whole table is faster than one query each.
            let wanted: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
            self.add_policies(&w, store, Some(&wanted))?;
        } else {
            for id in ids {
                let set = std::iter::once(id.as_str()).collect();
                self.add_policies(&w, store, Some(&set))?;
            }
        }
        self.commit(w, store, last)
    }

    fn commit(
        &mut self,
        mut w: IndexWriter,
        store: &impl Read,
        last: i64,
    ) -> Result<(), SearchError> {
        // The anchor moves to the log's head, never back, and never past an entry that is no
        // longer the one it saw: what `check` reports stays reported.
        let head = crate::store::audit::head(store.db())?;
        let anchor = match self.payload().and_then(|p| p.anchor) {
            Some(a) if !anchor_holds(store, &a)? => a,
            _ => head,
        };
        let payload = Payload {
            position: last,
            anchor: Some(anchor),
        };
        let mut prepared = w.prepare_commit()?;
        prepared.set_payload(&payload.to_string());
        prepared.commit()?;
        w.wait_merging_threads()?;
        self.reader.reload()?;
        self.loaded = Some(last);
        Ok(())
    }

    fn add_policies(
        &self,
        w: &IndexWriter,
        store: &impl Read,
        only: Option<&std::collections::HashSet<&str>>,
    ) -> Result<(), SearchError> {
        let f = self.fields;
        let policies: HashMap<String, crate::store::Policy> = match only {
            Some(set) if set.len() == 1 => {
                let id = set.iter().next().expect("one");
                match store.policy(id) {
                    Ok(p) => std::iter::once((p.id.clone(), p)).collect(),
                    Err(StoreError::NoPolicy(_)) => return Ok(()),
                    Err(e) => return Err(e.into()),
                }
            }
            _ => store
                .policies()?
                .into_iter()
                .map(|p| (p.id.clone(), p))
                .collect(),
        };
        let single = only
            .filter(|s| s.len() == 1)
            .and_then(|s| s.iter().next().copied());
        let mut stmt = store
            .db()
            .prepare(
                "SELECT r.policy_id, r.lang, r.revision, r.title, r.body, COALESCE(s.status, 'draft'),
                        r.revision = (SELECT MAX(revision) FROM revision m WHERE m.policy_id = r.policy_id AND m.lang = r.lang),
                        r.revision = (SELECT MAX(revision) FROM review_state a
                                      WHERE a.policy_id = r.policy_id AND a.lang = r.lang AND a.status = 'approved')
                 FROM revision r LEFT JOIN review_state s
                   ON s.policy_id = r.policy_id AND s.lang = r.lang AND s.revision = r.revision
                 WHERE ?1 IS NULL OR r.policy_id = ?1",
            )
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([single]).map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let id: String = r.get(0).map_err(StoreError::from)?;
            if only.is_some_and(|set| !set.contains(id.as_str())) {
                continue;
            }
            let Some(p) = policies.get(&id) else { continue };
            let lang_code: String = r.get(1).map_err(StoreError::from)?;
            let Ok(lang) = lang_code.parse::<Lang>() else {
                continue;
            };
            let rev: u32 = r.get(2).map_err(StoreError::from)?;
            let title: String = r.get(3).map_err(StoreError::from)?;
            let body: String = r.get(4).map_err(StoreError::from)?;
            let status: String = r.get(5).map_err(StoreError::from)?;
            let newest: bool = r.get(6).map_err(StoreError::from)?;
            let in_force: bool = r
                .get::<_, Option<bool>>(7)
                .map_err(StoreError::from)?
                .unwrap_or(false);
            let li = lang_index(lang);
            w.add_document(doc!(
                f.key => format!("{id}\u{1f}{lang_code}\u{1f}{rev}"),
                f.pid => id.clone(),
                f.lang => lang_code,
                f.rev => rev as u64,
                f.newest => newest as u64,
                f.in_force => in_force as u64,
                f.status => status,
                f.category => p.category.clone(),
                f.category_key => p.category.to_lowercase(),
                f.retired => p.retired.is_some() as u64,
                f.title[li] => title,
                f.body[li] => crate::markdown::plain_text(&body),
            ))?;
        }
        Ok(())
    }

    /// How many documents (revisions) the index holds.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Checks the index against the store: one document per revision, of the current schema.
    pub fn verify(&self, store: &impl Read) -> Result<Vec<String>, SearchError> {
        let mut problems = Vec::new();
        let revisions: i64 = store
            .db()
            .query_row("SELECT COUNT(*) FROM revision", [], |r| r.get(0))
            .map_err(StoreError::from)?;
        let docs = self.num_docs();
        if docs != revisions as u64 {
            problems.push(format!("search index: {docs} documents for {revisions} revisions (run `policybook reindex`)"));
        }
        // Behind: a change to some policy was recorded after the index's last commit (settings
        // changes touch no policy and need no indexing).
        let missed: i64 = store
            .db()
            .query_row(
                "SELECT COUNT(*) FROM audit WHERE seq > ?1 AND policy_id IS NOT NULL",
                [self.position().unwrap_or(-1)],
                |r| r.get(0),
            )
            .map_err(StoreError::from)?;
        if self.position().is_none() || missed > 0 {
            problems.push("search index: behind the database (run `policybook reindex`)".into());
        }
        if let Some(a) = self.payload().and_then(|p| p.anchor) {
            if !anchor_holds(store, &a)? {
                let (seq, (last, _)) = (a.0, crate::store::audit::head(store.db())?);
                problems.push(if seq > last {
                    format!(
                        "audit log: its newest entries were removed (it ends at entry {last}; this desk recorded entry {seq})"
                    )
                } else {
                    format!(
                        "audit log: entry {seq} is not the one this desk recorded (the log was rewritten)"
                    )
                });
            }
        }
        if let Ok(damaged) = self.index.validate_checksum() {
            if !damaged.is_empty() {
                problems.push(format!(
                    "search index: {} damaged file(s) (run `policybook reindex`)",
                    damaged.len()
                ));
            }
        }
        Ok(problems)
    }

    /// Runs a search.
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>, SearchError> {
        let chars = q.text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(SearchError::TooLong(chars));
        }
        let parts = parse_query(&q.text);
        let f = self.fields;
        let langs: Vec<Lang> = match q.lang {
            Some(l) => vec![l],
            None => Lang::ALL.to_vec(),
        };
        // Each language's analysis of the query and its query (none where the query has no word
        // in that language's analysis).
        let per_lang: Vec<(Lang, Vec<Analysed>, Box<dyn Query>)> = langs
            .iter()
            .filter_map(|&l| {
                let a = query::analyse(&parts, l);
                let li = lang_index(l);
                query::for_language(&a, f.title[li], f.body[li]).map(|q| (l, a, q))
            })
            .collect();
        if per_lang.is_empty() {
            return Err(SearchError::EmptyQuery);
        }
        let text_query = BooleanQuery::new(
            per_lang
                .iter()
                .map(|(_, _, q)| (Occur::Should, q.box_clone()))
                .collect(),
        );
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, Box::new(text_query))];
        let term = |field: Field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ))
        };
        let flag = |field: Field, v: u64| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_u64(field, v),
                IndexRecordOption::Basic,
            ))
        };
        if q.in_force {
            clauses.push((Occur::Must, flag(f.in_force, 1)));
        } else if !q.all_revisions {
            clauses.push((Occur::Must, flag(f.newest, 1)));
        }
        if !q.include_retired {
            clauses.push((Occur::Must, flag(f.retired, 0)));
        }
        if let Some(s) = q.status {
            clauses.push((Occur::Must, term(f.status, s.as_str())));
        }
        if !q.categories.is_empty() {
            let any = q
                .categories
                .iter()
                .map(|c| (Occur::Should, term(f.category_key, &c.to_lowercase())))
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = if q.limit == 0 { 20 } else { q.limit.min(1000) };
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut generators: HashMap<Lang, (SnippetGenerator, Vec<String>)> = HashMap::new();
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let d: TantivyDocument = searcher.doc(addr)?;
            let text = |field: Field| {
                d.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            let Ok(lang) = text(f.lang).parse::<Lang>() else {
                continue;
            };
            let li = lang_index(lang);
            let (generator, needles) = match generators.entry(lang) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let empty = BooleanQuery::new(vec![]);
                    let (a, lq): (&[Analysed], &dyn Query) =
                        match per_lang.iter().find(|(l, ..)| *l == lang) {
                            Some((_, a, q)) => (a, &**q),
                            None => (&[], &empty),
                        };
                    // tantivy counts bytes: Bengali and Urdu letters take two or three each.
                    let max = if matches!(lang, Lang::Bn | Lang::Ur) {
                        420
                    } else {
                        160
                    };
                    let g = snippet::generator(&searcher, lq, a, f.body[li], max)?;
                    e.insert((g, snippet::needles(a)))
                }
            };
            let body = text(f.body[li]);
            let snippet =
                snippet::snippet(generator, needles, &body).unwrap_or_else(|| opening(&body, 160));
            hits.push(Hit {
                id: text(f.pid),
                lang,
                title: text(f.title[li]),
                score,
                snippet,
                revision: d.get_first(f.rev).and_then(|v| v.as_u64()).unwrap_or(0) as u32,
                status: serde_json::from_value(serde_json::Value::String(text(f.status)))
                    .unwrap_or(Status::Draft),
                category: text(f.category),
            });
        }
        Ok(hits)
    }
}

/// The first words of a (plain) text, HTML-escaped, for a hit that matched only in its title.
fn opening(body: &str, chars: usize) -> String {
    let plain = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = plain.chars().take(chars).collect();
    let mut out = String::with_capacity(cut.len());
    for c in cut.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether the audit log still holds the anchored entry (number and hash) as it was seen: not
/// when its newest entries were removed (no such entry) or rewritten (another hash).
fn anchor_holds(store: &impl Read, (seq, hash): &(i64, String)) -> Result<bool, SearchError> {
    Ok(crate::store::audit::hash_at(store.db(), *seq)?.as_deref() == Some(hash.as_str()))
}

/// What an index commit records: the audit position it reflects, and the anchor (the newest
/// audit entry it has seen: number and hash). Written as `position seq hash`; an index of an
/// earlier version has the position only.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Payload {
    position: i64,
    anchor: Option<(i64, String)>,
}

impl Payload {
    fn parse(s: &str) -> Option<Payload> {
        let mut parts = s.split_whitespace();
        let position = parts.next()?.parse().ok()?;
        let anchor = match (parts.next().and_then(|x| x.parse().ok()), parts.next()) {
            (Some(seq), Some(hash)) => Some((seq, hash.to_string())),
            _ => None,
        };
        Some(Payload { position, anchor })
    }
}

impl std::fmt::Display for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.anchor {
            Some((seq, hash)) => write!(f, "{} {seq} {hash}", self.position),
            None => write!(f, "{}", self.position),
        }
    }
}
