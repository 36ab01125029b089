import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en-US/policybook.ftl?raw';
import ur from '../../../locales/ur-PK/policybook.ftl?raw';
import bn from '../../../locales/bn-BD/policybook.ftl?raw';

// The shell is mocked: switching the language asks it for the Fluent texts.
vi.mock('../lib/ipc', () => ({
  localeSources: vi.fn(async (lang: string) => ({
    en,
    own: lang === 'ur' ? ur : lang === 'bn' ? bn : en,
  })),
}));

import * as ipc from '../lib/ipc';
import { locale, setLocale, switchLocale, t } from '../lib/locale.svelte';
import { applyDocumentLocale, dirOf, isRtl } from '../lib/i18n';

afterEach(() => {
  applyDocumentLocale('en');
});

describe('interface language and direction', () => {
  it('Urdu turns the document right to left, at once', async () => {
    await switchLocale('ur');
    expect(ipc.localeSources).toHaveBeenCalledWith('ur');
    expect(document.documentElement.lang).toBe('ur-PK');
    expect(document.documentElement.dir).toBe('rtl');
    expect(locale.lang).toBe('ur');
    expect(locale.dir).toBe('rtl');
    expect(t('ui-nav-settings')).toBe('ترتیبات');
  });

  it('switching back to English or to Bengali is left to right', async () => {
    await switchLocale('ur');
    await switchLocale('bn');
    expect(document.documentElement.lang).toBe('bn-BD');
    expect(document.documentElement.dir).toBe('ltr');
    expect(t('ui-nav-settings')).toBe('সেটিংস');
    setLocale('en', { en, own: en });
    expect(document.documentElement.lang).toBe('en-US');
    expect(document.documentElement.dir).toBe('ltr');
    expect(t('ui-nav-settings')).toBe('Settings');
  });

  it('knows which languages are right to left', () => {
    expect(isRtl('ur')).toBe(true);
    expect(['en', 'bn', 'tl'].map((l) => dirOf(l as 'en'))).toEqual(['ltr', 'ltr', 'ltr']);
  });
});
