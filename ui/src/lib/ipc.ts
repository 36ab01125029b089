// The one module that talks to the Rust shell. Everything else imports these typed functions.
//
// The commands and the types they exchange are generated from the Rust definitions into
// bindings.ts (`make bindings`; a test fails when it is out of date): this module only groups
// their arguments as the interface holds them and turns every rejection into an IpcError. There is
// no stand-in backend: outside the Tauri shell every call fails with `ipc.no_shell`.

import { commands } from './bindings';
import type {
  ActRequest,
  CommandError,
  ExportProgress,
  ExportRequest,
  Lang,
  NewPolicy,
  Prefs,
  RedlineRequest,
  RevisionDraft,
  SaveDialogOptions,
  SearchRequest,
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

/** True inside the Tauri shell. */
export function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

/** Runs a generated command, every failure an IpcError. */
async function call<T>(run: () => Promise<T>): Promise<T> {
  if (!inTauri()) throw new IpcError('ipc.no_shell', 'Policybook’s window runs inside its desktop app.');
  try {
    return await run();
  } catch (e) {
    throw normaliseError(e);
  }
}

// ---- commands -------------------------------------------------------------------------------------

export const appInfo = () => call(() => commands.appInfo());
/** Tells the shell the first screen is drawn (start-up measurement; nothing else depends on it). */
export const appReady = (marks: Record<string, number>) =>
  call(() => commands.appReady(marks as Partial<Record<string, number>>));
export const localeSources = (lang: Lang) => call(() => commands.localeSources(lang));
export const savePrefs = (p: Prefs) => call(() => commands.savePrefs(p.user, p.uiLang, p.readOnly));
export const setCompany = (name: string) => call(() => commands.setCompany(name));

export const listPolicies = () => call(() => commands.listPolicies());
export const getRevision = (id: string, lang?: Lang, rev?: number) =>
  call(() => commands.getRevision(id, lang ?? null, rev ?? null));
export const history = (id: string, lang?: Lang) => call(() => commands.history(id, lang ?? null));
export const renderMarkdown = (md: string) => call(() => commands.renderMarkdown(md));

export const createPolicy = (p: NewPolicy) =>
  call(() => commands.createPolicy(p.id, p.category, p.owner, p.reviewEveryMonths, p.sourceLang));
export const saveRevision = (r: RevisionDraft) =>
  call(() =>
    commands.saveRevision(r.id, r.lang, r.title?.trim() ? r.title : null, r.body, r.summary, r.sourceRevision ?? null),
  );
export const autosave = (id: string, lang: Lang, title: string, body: string) =>
  call(() => commands.autosave(id, lang, title, body));
export const autosaved = (id: string, lang: Lang) => call(() => commands.autosaved(id, lang));
export const discardAutosave = (id: string, lang: Lang) => call(() => commands.discardAutosave(id, lang));

export const diff = (id: string, lang: Lang, from: number, to: number) =>
  call(() => commands.diff(id, lang, from, to));
export const translations = () => call(() => commands.translations());
export const translationChanges = (id: string, lang: Lang) => call(() => commands.translationChanges(id, lang));

export const act = (r: ActRequest) => call(() => commands.act(r.action, r.id, r.lang, r.reason ?? null));
/** What the user may do with the newest revision: the core decides (status, four-eyes rule). */
export const allowed = (id: string, lang: Lang) => call(() => commands.allowed(id, lang));
export const due = (withinDays: number) => call(() => commands.due(withinDays));
export const exportIcs = (path: string) => call(() => commands.exportIcs(path));

export const search = (q: SearchRequest) =>
  call(() => commands.search(q.text, q.lang ?? null, q.categories ?? null, q.status ?? null, q.limit ?? null));
export const exportHandbook = (r: ExportRequest) =>
  call(() => commands.exportHandbook(r.lang, r.categories, r.missing, r.title ?? null, r.path));
export const exportRedline = (r: RedlineRequest) =>
  call(() => commands.exportRedline(r.id, r.lang, r.from, r.to, r.path));

// ---- events and dialogs ---------------------------------------------------------------------------

/** Listens to "export-progress" ({done, total}) while a handbook export runs. */
export async function onExportProgress(handler: (p: ExportProgress) => void): Promise<Unlisten> {
  return call(async () => {
    const { listen } = await import('@tauri-apps/api/event');
    return listen<ExportProgress>('export-progress', (e) => handler(e.payload));
  });
}

/** The native save dialog, shown by the shell (the webview has no file-system permission); null when cancelled. */
export async function chooseSavePath(o: SaveDialogOptions): Promise<string | null> {
  return call(() => commands.chooseSavePath(o.defaultPath ?? null, o.filterName, o.extensions));
}
