// The application's shared state: who and where we are, the policy list, which screen is open.

import * as ipc from './ipc';
import { switchLocale } from './locale.svelte';
import { notify, showError } from './toasts.svelte';
import { t } from './locale.svelte';
import type { AppInfo, Lang, PolicySummary, SyncState, TranslationState } from './types';

export type Screen = 'home' | 'policy' | 'due' | 'settings' | 'read' | 'acks';
export type PolicyTab = 'text' | 'history';

/** The shared state. The policy list and the translation states are replaced whole on every
 * refresh, never changed in place: they are raw state (no deep proxies for a thousand policies). */
class AppState {
  info = $state<AppInfo | null>(null);
  ready = $state(false);
  policies = $state.raw<PolicySummary[]>([]);
  /** Translation state per policy id and language. */
  translations = $state.raw<Record<string, Partial<Record<Lang, TranslationState>>>>({});
  screen = $state<Screen>('home');
  policyId = $state<string | null>(null);
  /** The language of the policy text shown (not the interface language). */
  contentLang = $state<Lang>('en');
  tab = $state<PolicyTab>('text');
  overdue = $state(0);
  /** Policies this desk's reader has to read and acknowledge. */
  unread = $state(0);
  bannerDismissed = $state(false);
  dialog = $state<null | 'new-policy' | 'export' | 'search' | 'import'>(null);
  /** The sharing state (null until read); `syncing` while a sync runs. */
  sync = $state<SyncState | null>(null);
  syncing = $state(false);
  /** Why the last background sync failed (shown beside the Sync button). */
  syncError = $state<string | null>(null);
  /** A conflict's three-way view, when open. */
  conflict = $state<{ id: string; lang: Lang; base: number; theirs: number; ours: number } | null>(null);
}

export const app = new AppState();

export const readOnly = () => app.info?.read_only ?? true;

export function currentPolicy(): PolicySummary | undefined {
  return app.policies.find((p) => p.id === app.policyId);
}

/** The categories in use, sorted for the locale. */
export function categories(): string[] {
  return [...new Set(app.policies.map((p) => p.category))].sort((a, b) => a.localeCompare(b));
}

/** Reloads the policy list and the translation states. */
export async function refreshPolicies(marks?: Record<string, number>): Promise<void> {
  try {
    const [policies, rows] = await Promise.all([ipc.listPolicies(), ipc.translations()]);
    if (marks) marks.fetched = epochNow();
    app.policies = policies;
    app.translations = Object.fromEntries(rows.map((r) => [r.id, r.languages]));
  } catch (e) {
    showError(e);
  }
}

/** Counts what the reader has to read (in the interface language where a policy has it). */
export async function refreshUnread(): Promise<number> {
  try {
    const list = await ipc.unread(app.info?.ui_lang);
    app.unread = list.unread.length;
  } catch (e) {
    showError(e);
  }
  return app.unread;
}

export async function refreshDue(): Promise<void> {
  try {
    const items = await ipc.due(30);
    app.overdue = items.filter((d) => d.overdue).length;
  } catch (e) {
    showError(e);
  }
}

/** Opens a policy, in a given language or else the interface language when it has one, else its source. */
export function openPolicy(id: string, lang?: Lang, tab: PolicyTab = 'text'): void {
  const p = app.policies.find((x) => x.id === id);
  const ui = app.info?.ui_lang ?? 'en';
  app.policyId = id;
  app.contentLang = lang ?? (p?.languages[ui] ? ui : (p?.source_lang ?? 'en'));
  app.tab = tab;
  app.screen = 'policy';
  app.dialog = null;
}

export function showScreen(s: Screen): void {
  app.screen = s;
  app.dialog = null;
}

/** Starts the app: who we are, the interface language, the policies and what is overdue. The
 * policies and due reviews are asked for at once, beside who we are and the language. */
export async function start(): Promise<void> {
  const marks: Record<string, number> = { page: performance.timeOrigin, script: epochNow() };
  const lists = Promise.all([refreshPolicies(marks), refreshDue()]);
  try {
    app.info = await ipc.appInfo();
    marks.info = epochNow();
  } catch (e) {
    showError(e);
    await lists;
    app.ready = true;
    return;
  }
  try {
    await switchLocale(app.info.ui_lang);
  } catch (e) {
    showError(e);
  }
  marks.locale = epochNow();
  await lists;
  marks.policies = epochNow();
  if (!app.info.user.trim() && !app.info.read_only) app.screen = 'settings';
  app.ready = true;
  // Staff see what they have to read first.
  void refreshUnread().then((n) => {
    if (n <= 0) return;
    notify(t('ui-read-start', { count: n }));
    // What is to read comes first, unless the reader already went somewhere.
    if (app.screen === 'home') app.screen = 'read';
  });
  afterPaint(() => {
    marks.drawn = epochNow();
    void ipc.appReady(marks).catch(() => undefined);
    // A shared handbook syncs at start and every few minutes; offline, changes wait.
    void refreshSync().then(() => syncNow(true));
    setInterval(() => void syncNow(true), SYNC_EVERY_MS);
  });
}

/** How often a shared handbook syncs in the background. */
const SYNC_EVERY_MS = 5 * 60 * 1000;

/** Milliseconds since the epoch, from the page's monotonic clock. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Runs `f` once what the state now holds has been drawn (after the next frame). */
function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(f, 0));
  else setTimeout(f, 0);
}

/** Reads the sharing state again. */
export async function refreshSync(): Promise<void> {
  try {
    app.sync = await ipc.syncState();
  } catch (e) {
    showError(e);
  }
}

/** Syncs with the remote now (at start, every few minutes, and on the Sync button); `quiet`: a
 * background sync that cannot reach the remote says so in the Sync state, not in a toast. */
export async function syncNow(quiet = false): Promise<import('./types').SyncReport | null> {
  if (app.syncing || !app.sync?.remote) return null;
  app.syncing = true;
  try {
    const report = await ipc.syncNow();
    app.syncError = null;
    if (report.pulled) await refreshPolicies();
    if (report.pulled || report.acks_pulled) await refreshUnread();
    return report;
  } catch (e) {
    if (!quiet) showError(e);
    else app.syncError = ipc.normaliseError(e).message;
    return null;
  } finally {
    app.syncing = false;
    await refreshSync();
  }
}
