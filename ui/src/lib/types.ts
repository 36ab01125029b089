// The data the Rust shell's commands exchange with the UI (see ipc.ts for the commands themselves).

export const LANGS = ['en', 'bn', 'tl', 'ur'] as const;
export type Lang = (typeof LANGS)[number];

export type Status = 'draft' | 'in_review' | 'approved';
export type TranslationState = 'source' | 'current' | 'stale' | 'missing';
export type ReviewAction = 'submit' | 'approve' | 'reject';
export type MissingPolicy = 'source' | 'skip';

export interface AppInfo {
  dbPath: string;
  user: string;
  company: string;
  uiLang: Lang;
  readOnly: boolean;
  /** YYYY-MM-DD */
  today: string;
  /** The version and the commit the app was built from: "0.1.0 (abc123def456)". */
  version: string;
}

export interface LocaleSources {
  en: string;
  own: string;
}

export interface Prefs {
  user: string;
  uiLang: Lang;
  readOnly: boolean;
}

export interface LanguageSummary {
  revision: number;
  status: Status;
  title: string;
}

export interface PolicySummary {
  id: string;
  title: string;
  category: string;
  /** The category's name per language, computed by the core (the source name, `missing`, where a language has none). */
  category_titles?: Partial<Record<Lang, CategoryTitle>>;
  owner: string;
  review_every_months: number;
  source_lang: Lang;
  retired: boolean;
  languages: Partial<Record<Lang, LanguageSummary>>;
}

export interface CategoryTitle {
  title: string;
  lang: Lang;
  missing: boolean;
}

export interface Revision {
  policy_id: string;
  lang: Lang;
  revision: number;
  title: string;
  body: string;
  author: string;
  created: string;
  summary: string;
  hash: string;
  source_revision: number | null;
}

/** A picture stored in the handbook; Markdown names it by `url` (`image:<hash>`). */
export interface StoredImage {
  hash: string;
  url: string;
  mime: string;
  width: number;
  height: number;
  new: boolean;
}

/** The text in force in a language: the newest approved revision, with its approval. */
export interface InForce extends Revision {
  approved_on: string | null;
  approved_by: string | null;
}

export interface RevisionInfo {
  policy_id: string;
  lang: Lang;
  revision: number;
  title: string;
  author: string;
  created: string;
  summary: string;
  source_revision: number | null;
  status: Status;
  approved_by: string | null;
  approved_on: string | null;
  /** The fingerprint of the key that signed the revision's writing; null: not signed. */
  signed_by?: string | null;
  /** The fingerprint of the key that signed its approval. */
  approval_signed_by?: string | null;
}

export type Role = 'admin' | 'manager' | 'editor' | 'staff';
export const ROLES: readonly Role[] = ['admin', 'manager', 'editor', 'staff'];

/** This desk's identity (its key pair) and its role in the handbook. */
export interface WhoAmI {
  name: string;
  email: string;
  key: string;
  fingerprint: string;
  role: Role | null;
  signed: boolean;
  path: string;
}

/** One key of one person of a signed handbook. */
export interface Person {
  name: string;
  email: string;
  role: Role;
  key: string;
  fingerprint: string;
  /** YYYY-MM-DD: the key is no longer valid from this day. */
  removed_from: string | null;
}

export interface NewPolicy {
  id: string;
  category: string;
  owner: string;
  reviewEveryMonths: number;
  sourceLang: Lang;
}

export interface RevisionDraft {
  id: string;
  lang: Lang;
  title: string;
  body: string;
  summary: string;
  sourceRevision?: number;
}

export interface Autosave {
  title: string;
  body: string;
  savedAt: string;
}

export type ChangeTag = 'equal' | 'delete' | 'insert';

export interface Change {
  tag: ChangeTag;
  text: string;
}

export interface DiffResult {
  old: Revision;
  new: Revision;
  changes: Change[];
}

export interface TranslationRow {
  id: string;
  source: Lang;
  languages: Partial<Record<Lang, TranslationState>>;
}

export interface TranslationChanges {
  source: Lang;
  from: number;
  to: number;
  changes: Change[];
}

export interface ActRequest {
  action: ReviewAction;
  id: string;
  lang: Lang;
  /** The revision on screen: the action is refused if it is no longer the newest. */
  revision?: number;
  reason?: string;
  /** An approval that changes only the wording: staff are not asked to read it again. */
  editorial?: boolean;
}

export interface DueItem {
  id: string;
  lang: Lang;
  title: string;
  owner: string;
  /** YYYY-MM-DD */
  due: string;
  overdue: boolean;
  revision: number;
}

export interface SearchRequest {
  text: string;
  lang?: Lang;
  categories?: string[];
  status?: Status;
  limit?: number;
}

export interface SearchHit {
  id: string;
  lang: Lang;
  title: string;
  score: number;
  /** HTML-escaped text with <b> marks. */
  snippet: string;
  revision: number;
  status: Status;
  category: string;
}

export interface ExportRequest {
  lang: Lang;
  categories: string[];
  missing: MissingPolicy;
  title?: string;
  /** The file the user chose in the save dialog (its handle: the page never names a path). */
  target: string;
  /** Embed the fonts the handbook's text uses (default: yes). */
  embedFonts?: boolean;
  /** The handbook as it stood on this day (YYYY-MM-DD): the texts in force then. */
  asOf?: string;
}

export interface ExportResult {
  count: number;
}

export interface ExportProgress {
  done: number;
  total: number;
}

export interface RedlineRequest {
  id: string;
  lang: Lang;
  from: number;
  to: number;
  /** The file the user chose in the save dialog (its handle). */
  target: string;
}

/** The file the user chose in the shell's save dialog: a handle for the export, and its path to show. */
export interface SaveTarget {
  handle: string;
  shown: string;
}

/** How to import the file chosen in the open dialog (its handle). */
export interface ImportRequest {
  handle: string;
  /** The language of every policy (default: each policy's script and words). */
  lang?: Lang;
  /** Word: cut at headings of this level (1–9, default 1). */
  splitLevel?: number;
  /** Word: the category of every policy (default: the heading that groups it). */
  category?: string;
  /** Word: take tracked changes as accepted (else a document with changes is refused). */
  acceptChanges?: boolean;
  /** Word: pair the sections with a Word handbook imported before, as translations (default: yes). */
  pair?: boolean;
}

/** A policy an import would make, as its preview shows it. */
export interface ImportPreview {
  id: string;
  title: string;
  category: string;
  lang: Lang;
  chars: number;
  warnings: string[];
  translation_of: string | null;
}

/** What an import did. */
export interface ImportReport {
  imported: { id: string; lang: Lang; revision: number }[];
  unchanged: { id: string; lang: Lang }[];
}

/** What every command rejects with. */
export interface CommandError {
  code: string;
  message: string;
}

export interface SaveDialogOptions {
  defaultPath?: string;
  filterName: string;
  extensions: string[];
}

/** A revision saved on top of another desk's revision of the same text, not yet resolved. */
export interface Conflict {
  id: string;
  lang: Lang;
  /** The revision both desks started from. */
  base: number;
  /** The other desk's revision. */
  theirs: number;
  /** This desk's text (the newest revision). */
  ours: number;
}

/** Whether and how the handbook is shared through a git remote. */
export interface SyncState {
  remote: string | null;
  last_synced: string | null;
  waiting: number;
  conflicts: Conflict[];
  read_only: string | null;
}

export interface SyncRefusal {
  id: string;
  lang: Lang | null;
  revision: number | null;
  action: string;
  by: string;
  reason: string;
}

export interface SyncReport {
  pulled: number;
  pushed: number;
  conflicts: Conflict[];
  refused: SyncRefusal[];
  read_only: string | null;
  waiting: number;
  remote: string;
  acks_pulled: number;
  acks_pushed: number;
  acks_refused: SyncRefusal[];
  acks_read_only: string | null;
}

// ---- read and understood (acknowledgements) --------------------------------------------------------

/** One piece of a word-level diff. */
export interface UnreadChange {
  tag: 'equal' | 'delete' | 'insert';
  text: string;
}

/** A policy the reader has to read: the text in force and what changed since they last read it. */
export interface Unread {
  id: string;
  title: string;
  lang: Lang;
  revision: number;
  /** The revision they last acknowledged in this language; null: never read (changes = whole text). */
  last_acknowledged: number | null;
  changes: UnreadChange[];
  source_lang: Lang;
  source_revision: number;
  /** The translation lags behind the source in force. */
  stale: boolean;
  /** YYYY-MM-DD */
  due: string;
  overdue: boolean;
}

export interface UnreadList {
  person: string;
  unread: Unread[];
}

export interface Acknowledged {
  id: string;
  lang: Lang;
  revision: number;
  source_revision: number;
  person: string;
  at: string;
  already: boolean;
  signed_by: string | null;
}

export interface AckEntry {
  id: string;
  lang: Lang;
  revision: number;
  person: string;
  at: string;
  source_revision: number;
  stale: boolean;
  signed_by: string | null;
}

export interface OverdueAck {
  id: string;
  lang: Lang;
  revision: number;
  person: string;
  due: string;
}

export interface PolicyAcks {
  id: string;
  title: string;
  lang: Lang;
  revision: number;
  required: number;
  approved_on: string;
  audience: string[];
  readers: number;
  acknowledged: number;
  pending: number;
  overdue: number;
}

export interface AckReport {
  as_of: string;
  due_days: number;
  acks: AckEntry[];
  overdue: OverdueAck[];
  policies: PolicyAcks[];
}

/** A reader: a person who may be asked to read, with their groups. */
export interface Reader {
  name: string;
  groups: string[];
  /** YYYY-MM-DD; the earliest day (-262143-01-01 and the like) when unknown. */
  since: string;
}
