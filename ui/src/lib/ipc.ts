// The one module that talks to the Rust shell. Everything else imports these typed functions.
//
// Under Tauri (window.__TAURI_INTERNALS__ present) the calls go to `invoke`/`listen`. Without it (the page
// opened in a browser) there is no handbook: every call fails with one clear error (`app.no_shell`). No
// stand-in answers in the core's place, so no rule of the core is written here a second time; the
// interface is tested against the real core in the window tests (tests/desktop).

import type {
  AckReport,
  Acknowledged,
  ActRequest,
  AppInfo,
  Autosave,
  CommandError,
  DiffResult,
  DueItem,
  ExportProgress,
  ExportRequest,
  ExportResult,
  ImportPreview,
  ImportReport,
  ImportRequest,
  InForce,
  Lang,
  LocaleSources,
  NewPolicy,
  Person,
  PolicySummary,
  Reader,
  Prefs,
  RedlineRequest,
  Revision,
  RevisionDraft,
  RevisionInfo,
  SaveDialogOptions,
  SaveTarget,
  SearchHit,
  SearchRequest,
  StoredImage,
  SyncReport,
  SyncState,
  TranslationChanges,
  TranslationRow,
  Role,
  UnreadList,
  WhoAmI,
} from './types';

/** A command's rejection, always with a stable code and an already localised message. */
export class IpcError extends Error implements CommandError {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
  }
}

/** Turns whatever a rejected call gave into an {@link IpcError}: never a raw object on screen. */
export function normaliseError(e: unknown): IpcError {
  if (e instanceof IpcError) return e;
  if (typeof e === 'string') {
    const s = e.trim();
    // A shell that serialised the error to JSON text.
    if (s.startsWith('{')) {
      try {
        return normaliseError(JSON.parse(s));
      } catch {
        /* not JSON: the text itself is the message */
      }
    }
    return new IpcError('ipc.error', s);
  }
  if (e && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    const code = typeof o.code === 'string' && o.code ? o.code : undefined;
    const message = typeof o.message === 'string' ? o.message : undefined;
    if (code !== undefined || message !== undefined) {
      return new IpcError(code ?? (e instanceof Error ? 'ipc.internal' : 'ipc.error'), message ?? '');
    }
    if (e instanceof Error) return new IpcError('ipc.internal', String(e));
    let text: string;
    try {
      text = JSON.stringify(e);
    } catch {
      text = String(e);
    }
    return new IpcError('ipc.error', text);
  }
  return new IpcError('ipc.error', e === undefined || e === null ? '' : String(e));
}

export type Unlisten = () => void;

/** What a backend offers: the Tauri shell (or, in the interface's unit tests, a fake). */
export interface Backend {
  /** `args` are named values, or raw bytes (a picture). */
  invoke(cmd: string, args?: Record<string, unknown> | Uint8Array): Promise<unknown>;
  listen<T>(event: string, handler: (payload: T) => void): Promise<Unlisten>;
  saveDialog(options: SaveDialogOptions): Promise<SaveTarget | null>;
}

/** True inside the Tauri shell. */
export function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

async function tauriBackend(): Promise<Backend> {
  const [{ invoke }, { listen }] = await Promise.all([
    import('@tauri-apps/api/core'),
    import('@tauri-apps/api/event'),
  ]);
  return {
    invoke: (cmd, args) => invoke(cmd, args),
    listen: async <T>(event: string, handler: (payload: T) => void) => {
      const un = await listen<T>(event, (e) => handler(e.payload));
      return un;
    },
    // The shell shows the native dialog: the webview itself gets no file-system permission.
    saveDialog: async (o) => {
      const target = await invoke<SaveTarget | null>('choose_save_path', {
        defaultPath: o.defaultPath,
        filterName: o.filterName,
        extensions: o.extensions,
      });
      return target ?? null;
    },
  };
}

/** Outside the app: no handbook to ask, said once per call in the same words. */
function noShell(): Backend {
  const refuse = async (): Promise<never> => {
    throw new IpcError(
      'app.no_shell',
      'Policybook runs in its desktop app (make run): this page alone has no handbook to show.',
    );
  };
  return { invoke: refuse, listen: refuse, saveDialog: refuse };
}

let backendPromise: Promise<Backend> | null = null;

function backend(): Promise<Backend> {
  if (!backendPromise) {
    backendPromise = inTauri()
      ? tauriBackend()
      : Promise.resolve(noShell());
  }
  return backendPromise;
}

/** For tests: use this backend instead of detecting one. */
export function useBackend(b: Backend | null): void {
  backendPromise = b ? Promise.resolve(b) : null;
}

async function call<T>(cmd: string, args?: Record<string, unknown> | Uint8Array): Promise<T> {
  let b: Backend;
  try {
    b = await backend();
  } catch (e) {
    throw normaliseError(e);
  }
  try {
    return (await b.invoke(cmd, args)) as T;
  } catch (e) {
    throw normaliseError(e);
  }
}

/** Drops undefined values, so optional arguments reach Rust as absent (None). */
function args(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

// ---- commands -------------------------------------------------------------------------------------

export const appInfo = () => call<AppInfo>('app_info');
/** Tells the shell the first screen is drawn (start-up measurement; nothing else depends on it). */
export const appReady = (marks: Record<string, number>) => call<void>('app_ready', { marks });
export const localeSources = (lang: Lang) => call<LocaleSources>('locale_sources', { lang });
export const savePrefs = (p: Prefs) =>
  call<void>('save_prefs', { user: p.user, uiLang: p.uiLang, readOnly: p.readOnly });
export const setCompany = (name: string) => call<void>('set_company', { name });

export const whoami = () => call<WhoAmI | null>('whoami');
export const newIdentity = (name: string, email: string) => call<WhoAmI>('new_identity', { name, email });
export const people = () => call<Person[]>('people');
export const addPerson = (p: { name: string; email: string; role: Role; key: string }) =>
  call<Person>('add_person', { name: p.name, email: p.email, role: p.role, key: p.key });
export const removePerson = (who: string) => call<string[]>('remove_person', { who });

export const syncState = () => call<SyncState>('sync_state');
export const syncNow = () => call<SyncReport>('sync_now');
export const setRemote = (url: string) => call<string>('set_remote', { url });
export const clearRemote = () => call<void>('clear_remote');
/** Opens a shared handbook in place of this one, which is kept beside it (`kept`). */
export const joinShared = (url: string) => call<{ report: SyncReport; kept: string }>('join_shared', { url });
/** Opens a web or mail link in the system's browser (the shell checks the address). */
export const openExternal = (url: string) => call<void>('open_external', { url });

export const listPolicies = () => call<PolicySummary[]>('list_policies');
export const getRevision = (id: string, lang?: Lang, rev?: number) =>
  call<Revision>('get_revision', args({ id, lang, rev }));
/** Fills the empty handbook with the demo policies; how many were imported. */
export const installDemo = () => call<number>('install_demo');
/** The text in force (newest approved revision) in a language, with its approval; null if none. */
export const inForce = (id: string, lang: Lang) => call<InForce | null>('in_force', { id, lang });
export const history = (id: string, lang?: Lang) => call<RevisionInfo[]>('history', args({ id, lang }));
export const renderMarkdown = (md: string) => call<string>('render_markdown', { md });
/** Whether the user wrote this revision (the core's four-eyes comparison). */
export const isOwnRevision = (id: string, lang: Lang, revision: number) =>
  call<boolean>('is_own_revision', { id, lang, revision });
/** Stores a pasted or dropped picture (PNG or JPEG) in the handbook, sent as its bytes. */
export const addImage = (bytes: Uint8Array) => call<StoredImage>('add_image', bytes);

export const createPolicy = (p: NewPolicy) =>
  call<void>('create_policy', {
    id: p.id,
    category: p.category,
    owner: p.owner,
    reviewEveryMonths: p.reviewEveryMonths,
    sourceLang: p.sourceLang,
  });
export const saveRevision = (r: RevisionDraft) =>
  call<number>(
    'save_revision',
    args({
      id: r.id,
      lang: r.lang,
      title: r.title,
      body: r.body,
      summary: r.summary,
      sourceRevision: r.sourceRevision,
    }),
  );
export const autosave = (id: string, lang: Lang, title: string, body: string) =>
  call<void>('autosave', { id, lang, title, body });
export const autosaved = (id: string, lang: Lang) => call<Autosave | null>('autosaved', { id, lang });
export const discardAutosave = (id: string, lang: Lang) => call<void>('discard_autosave', { id, lang });

export const diff = (id: string, lang: Lang, from: number, to: number) =>
  call<DiffResult>('diff', { id, lang, from, to });
export const translations = () => call<TranslationRow[]>('translations');
export const translationChanges = (id: string, lang: Lang) =>
  call<TranslationChanges | null>('translation_changes', { id, lang });

export const act = (r: ActRequest) =>
  call<number>(
    'act',
    args({
      action: r.action,
      id: r.id,
      lang: r.lang,
      revision: r.revision,
      reason: r.reason,
      editorial: r.editorial,
    }),
  );

/** What this desk's reader has to read, in `lang` where a policy has approved text in it. */
export const unread = (lang?: Lang) => call<UnreadList>('unread', args({ lang }));
/** "I have read and understood" the revision on screen. */
export const ack = (id: string, lang: Lang, revision: number) =>
  call<Acknowledged>('ack', { id, lang, revision });
export const acksReport = (asOf?: string) => call<AckReport>('acks_report', args({ asOf }));
export const setAckDueDays = (days: number) => call<void>('set_ack_due_days', { days });
export const audience = (id: string) => call<string[]>('audience', { id });
export const setAudience = (id: string, groups: string[]) => call<string[]>('set_audience', { id, groups });
export const readers = () => call<Reader[]>('readers');
export const setReaderGroups = (name: string, groups: string[]) =>
  call<Reader>('set_reader_groups', { name, groups });
export const exportAcks = (target: string, lang: Lang, asOf?: string) =>
  call<void>('export_acks', args({ target, lang, asOf }));
export const due = (withinDays: number) => call<DueItem[]>('due', { withinDays });
export const exportIcs = (target: string) => call<void>('export_ics', { target });

export const search = (q: SearchRequest) =>
  call<SearchHit[]>(
    'search',
    args({ text: q.text, lang: q.lang, categories: q.categories, status: q.status, limit: q.limit }),
  );
export const exportHandbook = (r: ExportRequest) =>
  call<ExportResult>(
    'export_handbook',
    args({
      lang: r.lang,
      categories: r.categories,
      missing: r.missing,
      title: r.title,
      target: r.target,
      embedFonts: r.embedFonts,
      asOf: r.asOf,
    }),
  );
/** The file to import, chosen in the shell's open dialog: its handle and path, or null. */
export const chooseImportFile = (filterName: string) =>
  call<SaveTarget | null>('choose_import_file', { filterName });
/** The policies importing the chosen file would make; nothing is written. */
export const importPreview = (request: ImportRequest) => call<ImportPreview[]>('import_preview', { request });
/** Imports the chosen file, all or nothing. */
export const importFile = (request: ImportRequest) => call<ImportReport>('import_file', { request });
export const exportRedline = (r: RedlineRequest) =>
  call<void>('export_redline', { id: r.id, lang: r.lang, from: r.from, to: r.to, target: r.target });

// ---- events and dialogs ---------------------------------------------------------------------------

/** Listens to "export-progress" ({done, total}) while a handbook export runs. */
export async function onExportProgress(handler: (p: ExportProgress) => void): Promise<Unlisten> {
  try {
    return await (await backend()).listen<ExportProgress>('export-progress', handler);
  } catch (e) {
    throw normaliseError(e);
  }
}

/** The native save dialog, shown by the shell: the chosen file's handle and path, or null when
 * cancelled. */
export async function chooseSavePath(options: SaveDialogOptions): Promise<SaveTarget | null> {
  try {
    return await (await backend()).saveDialog(options);
  } catch (e) {
    throw normaliseError(e);
  }
}
