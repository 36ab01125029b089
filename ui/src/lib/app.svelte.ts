// The application's shared state: who and where we are, the policy list, which screen is open.

import * as ipc from './ipc';
import { switchLocale } from './locale.svelte';
import { showError } from './toasts.svelte';
import type { AppInfo, Lang, PolicySummary, TranslationState } from './types';

export type Screen = 'home' | 'policy' | 'due' | 'settings';
export type PolicyTab = 'text' | 'history';

export const app = $state({
  info: null as AppInfo | null,
  ready: false,
  policies: [] as PolicySummary[],
  /** Translation state per policy id and language. */
  translations: {} as Record<string, Partial<Record<Lang, TranslationState>>>,
  screen: 'home' as Screen,
  policyId: null as string | null,
  /** The language of the policy text shown (not the interface language). */
  contentLang: 'en' as Lang,
  tab: 'text' as PolicyTab,
  overdue: 0,
  bannerDismissed: false,
  dialog: null as null | 'new-policy' | 'export' | 'search',
});

export const readOnly = () => app.info?.readOnly ?? true;

export function currentPolicy(): PolicySummary | undefined {
  return app.policies.find((p) => p.id === app.policyId);
}

/** The categories in use, sorted for the locale. */
export function categories(): string[] {
  return [...new Set(app.policies.map((p) => p.category))].sort((a, b) => a.localeCompare(b));
}

/** Reloads the policy list and the translation states. */
export async function refreshPolicies(): Promise<void> {
  try {
    const [policies, rows] = await Promise.all([ipc.listPolicies(), ipc.translations()]);
    app.policies = policies;
    app.translations = Object.fromEntries(rows.map((r) => [r.id, r.languages]));
  } catch (e) {
    showError(e);
  }
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
  const ui = app.info?.uiLang ?? 'en';
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

/** Starts the app: who we are, the interface language, the policies and what is overdue. */
export async function start(): Promise<void> {
  const marks: Record<string, number> = { page: performance.timeOrigin, script: epochNow() };
  try {
    app.info = await ipc.appInfo();
    marks.info = epochNow();
  } catch (e) {
    showError(e);
    app.ready = true;
    return;
  }
  try {
    await switchLocale(app.info.uiLang);
  } catch (e) {
    showError(e);
  }
  marks.locale = epochNow();
  await Promise.all([refreshPolicies(), refreshDue()]);
  marks.policies = epochNow();
  if (!app.info.user.trim() && !app.info.readOnly) app.screen = 'settings';
  app.ready = true;
  afterPaint(() => {
    marks.drawn = epochNow();
    void ipc.appReady(marks).catch(() => undefined);
  });
}

/** Milliseconds since the epoch, from the page's monotonic clock. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Runs `f` once what the state now holds has been drawn (after the next frame). */
function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(f, 0));
  else setTimeout(f, 0);
}
