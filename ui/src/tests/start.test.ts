import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import en from '../../../locales/en-US/policybook.ftl?raw';
import ur from '../../../locales/ur-PK/policybook.ftl?raw';
import type { LocaleSources, PolicySummary } from '../lib/types';

// The shell answers the list at once and the interface language only when the test says so: the
// order a busy machine may give.
let sendLocale: (s: LocaleSources) => void = () => undefined;
vi.mock('../lib/ipc', async (importOriginal) => {
  const real = await importOriginal<typeof import('../lib/ipc')>();
  const policy: PolicySummary = {
    id: 'refunds',
    title: 'Refunds',
    category: 'Payments',
    owner: 'HR',
    review_every_months: 12,
    source_lang: 'en',
    retired: false,
    category_titles: {},
    languages: { en: { revision: 1, status: 'approved', title: 'Refunds' } },
  };
  return {
    IpcError: real.IpcError,
    normaliseError: real.normaliseError,
    appInfo: async () => ({ db_path: '/h.db', user: 'Ayesha', company: '', ui_lang: 'ur', read_only: false, today: '2026-11-23', version: '0.1.0 (test)' }),
    listPolicies: async () => [policy],
    translations: async () => [],
    due: async () => [],
    appReady: async () => undefined,
    localeSources: () => new Promise<LocaleSources>((resolve) => (sendLocale = resolve)),
  };
});

import App from '../App.svelte';
import { applyDocumentLocale } from '../lib/i18n';

let app: Record<string, unknown> | null = null;

afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
  applyDocumentLocale('en');
});

/** Lets the mocked calls' promises settle and Svelte draw. */
async function settle() {
  for (let i = 0; i < 5; i++) await tick();
  flushSync();
}

describe('start-up', () => {
  it('draws no words and no list until the interface language is in', async () => {
    app = mount(App, { target: document.body });
    await settle();
    // The list has arrived, the language has not.
    expect(document.body.querySelector('[data-testid="policy-refunds"]')).toBeNull();
    expect(document.body.textContent).not.toMatch(/\bui-[a-z]/);
    expect(document.documentElement.dir).not.toBe('rtl');

    sendLocale({ en, own: ur });
    await settle();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.body.querySelector('[data-testid="policy-refunds"]')).not.toBeNull();
    expect(document.body.textContent).not.toMatch(/\bui-[a-z]/);
    expect(document.body.querySelector('[data-testid="new-policy"]')?.textContent).toContain('نئی');
  });
});
