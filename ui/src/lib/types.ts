// The data the window exchanges with the shell: every type here is generated from the Rust
// definitions into bindings.ts (`make bindings`); this file only gives some of them the names the
// interface uses. Nothing is written by hand.

export type {
  Action as ReviewAction,
  Allowed,
  AppInfo,
  Autosaved as Autosave,
  Change,
  Due as DueItem,
  ExportProgress,
  Exported as ExportResult,
  Hit as SearchHit,
  LanguageSummary,
  Lang,
  LocaleSources,
  Missing as MissingPolicy,
  PolicySummary,
  PolicyTranslations as TranslationRow,
  Revision,
  RevisionDiff as DiffResult,
  RevisionInfo,
  SourceChanges as TranslationChanges,
  Status,
  Tag as ChangeTag,
  TranslationStatus as TranslationState,
  UiError as CommandError,
} from './bindings';
import { LANGS as ALL_LANGS } from './bindings';
import type { Action, Lang, Missing, Status } from './bindings';

/** The four languages, in the core's order (`Lang::ALL`). */
export const LANGS = ALL_LANGS as readonly Lang[];

// What the interface hands to the functions of ipc.ts (their arguments, grouped).

export interface Prefs {
  user: string;
  uiLang: Lang;
  readOnly: boolean;
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
  /** Null or blank: the core keeps the previous revision's title or takes the first heading. */
  title: string | null;
  body: string;
  summary: string;
  sourceRevision?: number;
}

export interface ActRequest {
  action: Action;
  id: string;
  lang: Lang;
  reason?: string;
}

export interface SearchRequest {
  text: string;
  lang?: Lang;
  categories?: string[];
  status?: Status;
  limit?: number;
}

export interface ExportRequest {
  lang: Lang;
  categories: string[];
  missing: Missing;
  title?: string;
  path: string;
}

export interface RedlineRequest {
  id: string;
  lang: Lang;
  from: number;
  to: number;
  path: string;
}

export interface SaveDialogOptions {
  defaultPath?: string;
  filterName: string;
  extensions: string[];
}
