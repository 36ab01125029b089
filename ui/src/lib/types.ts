// The types of the values the window receives from the core (and the requests it sends as Rust
// structs) are generated from the Rust definitions into ./bindings/ (ts-rs; a test in the shell
// fails when they are out of date). Only the shapes of arguments the page builds itself are
// written here.
export type { Ack as AckEntry } from './bindings/Ack';
export type { Report as AckReport } from './bindings/Report';
export type { Acknowledged } from './bindings/Acknowledged';
export type { AppInfo } from './bindings/AppInfo';
export type { Autosaved as Autosave } from './bindings/Autosaved';
export type { CategoryTitle } from './bindings/CategoryTitle';
export type { Change } from './bindings/Change';
export type { Tag as ChangeTag } from './bindings/Tag';
export type { UiError as CommandError } from './bindings/UiError';
export type { Conflict } from './bindings/Conflict';
export type { RevisionDiff as DiffResult } from './bindings/RevisionDiff';
export type { Due as DueItem } from './bindings/Due';
export type { Progress as ExportProgress } from './bindings/Progress';
export type { Exported as ExportResult } from './bindings/Exported';
export type { Preview as ImportPreview } from './bindings/Preview';
export type { ImportReport } from './bindings/ImportReport';
export type { ImportRequest } from './bindings/ImportRequest';
export type { InForce } from './bindings/InForce';
export type { LanguageSummary } from './bindings/LanguageSummary';
export type { LocaleSources } from './bindings/LocaleSources';
export type { Overdue as OverdueAck } from './bindings/Overdue';
export type { Person } from './bindings/Person';
export type { PolicyAcks } from './bindings/PolicyAcks';
export type { PolicySummary } from './bindings/PolicySummary';
export type { Reader } from './bindings/Reader';
export type { Revision } from './bindings/Revision';
export type { RevisionInfo } from './bindings/RevisionInfo';
export type { Role } from './bindings/Role';
export type { SaveTarget } from './bindings/SaveTarget';
export type { Hit as SearchHit } from './bindings/Hit';
export type { Status } from './bindings/Status';
export type { StoredImage } from './bindings/StoredImage';
export type { Refusal as SyncRefusal } from './bindings/Refusal';
export type { SyncReport } from './bindings/SyncReport';
export type { SyncState } from './bindings/SyncState';
export type { SourceChanges as TranslationChanges } from './bindings/SourceChanges';
export type { PolicyTranslations as TranslationRow } from './bindings/PolicyTranslations';
export type { TranslationStatus as TranslationState } from './bindings/TranslationStatus';
export type { Unread } from './bindings/Unread';
export type { Change as UnreadChange } from './bindings/Change';
export type { UnreadList } from './bindings/UnreadList';
export type { WhoAmI } from './bindings/WhoAmI';
import type { Lang } from './bindings/Lang';
import type { Role } from './bindings/Role';
import type { Status } from './bindings/Status';
export type { Lang };

// The data the Rust shell's commands exchange with the UI (see ipc.ts for the commands themselves).

export const LANGS: readonly Lang[] = ['en', 'bn', 'tl', 'ur'];

export type ReviewAction = 'submit' | 'approve' | 'reject';
export type MissingPolicy = 'source' | 'skip';



export interface Prefs {
  user: string;
  uiLang: Lang;
  readOnly: boolean;
}








export const ROLES: readonly Role[] = ['admin', 'manager', 'editor', 'staff'];



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
  /** Empty: the core keeps the previous revision's title, or takes the text's first heading. */
  title?: string;
  body: string;
  summary: string;
  sourceRevision?: number;
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
  missing: MissingPolicy;
  title?: string;
  /** The file the user chose in the save dialog (its handle: the page never names a path). */
  target: string;
  /** Embed the fonts the handbook's text uses (default: yes). */
  embedFonts?: boolean;
  /** The handbook as it stood on this day (YYYY-MM-DD): the texts in force then. */
  asOf?: string;
}



export interface RedlineRequest {
  id: string;
  lang: Lang;
  from: number;
  to: number;
  /** The file the user chose in the save dialog (its handle). */
  target: string;
}






export interface SaveDialogOptions {
  defaultPath?: string;
  filterName: string;
  extensions: string[];
}





// ---- read and understood (acknowledgements) --------------------------------------------------------









