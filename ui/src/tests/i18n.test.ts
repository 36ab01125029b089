import { describe, expect, it } from 'vitest';
import {
  buildBundles,
  formatDate,
  formatMessage,
  localizeDigits,
  type Args,
} from '../lib/i18n';
import type { Lang } from '../lib/types';
import en from '../../../locales/en-US/policybook.ftl?raw';
import bn from '../../../locales/bn-BD/policybook.ftl?raw';
import tl from '../../../locales/tl-PH/policybook.ftl?raw';
import ur from '../../../locales/ur-PK/policybook.ftl?raw';

const SOURCES: Record<Lang, string> = { en, bn, tl, ur };
const fmt = (lang: Lang) => {
  const bundles = buildBundles(lang, { en, own: SOURCES[lang] });
  return (id: string, args?: Args) => formatMessage(bundles, id, args);
};

describe('Fluent bundles', () => {
  it('fall back to English for a message the language lacks', () => {
    const bundles = buildBundles('bn', {
      en: 'ui-a = Apple\nui-b = Banana { $n }\n',
      own: 'ui-a = আপেল\n',
    });
    expect(formatMessage(bundles, 'ui-a')).toBe('আপেল');
    expect(formatMessage(bundles, 'ui-b', { n: 2 })).toBe('Banana 2');
    expect(formatMessage(bundles, 'ui-none')).toBe('ui-none');
  });

  it('build a single bundle for English', () => {
    expect(buildBundles('en', { en: 'a = A\n', own: 'a = A\n' })).toHaveLength(1);
  });

  it('put no isolation marks around variables', () => {
    const t = fmt('ur');
    const text = t('ui-revision-line', { revision: 3, author: 'Ayesha', date: 'x' });
    expect(text).toContain('Ayesha');
    expect(text).not.toMatch(/[\u2066-\u2069]/);
  });

  it('choose plurals by each locale’s CLDR rules', () => {
    expect(fmt('en')('ui-home-count', { count: 1 })).toBe('The handbook has one policy.');
    expect(fmt('en')('ui-home-count', { count: 0 })).toBe('The handbook has no policies yet.');
    expect(fmt('en')('ui-home-count', { count: 12 })).toBe('The handbook has 12 policies.');
    expect(fmt('ur')('ui-search-count', { count: 1 })).toBe('ایک نتیجہ');
    expect(fmt('ur')('ui-search-count', { count: 7 })).toBe('7 نتائج');
  });

  it('write Bengali numbers in Bengali digits', () => {
    expect(fmt('bn')('ui-saved-revision', { revision: 12 })).toContain('১২');
    expect(localizeDigits('bn', '2026-11-23')).toBe('২০২৬-১১-২৩');
    expect(localizeDigits('ur', '2026')).toBe('2026');
  });

  it('format dates per locale with the shared month names', () => {
    expect(formatDate('2026-03-09', 'en', fmt('en'))).toBe('March 9, 2026');
    expect(formatDate('2026-03-09T10:00:00Z', 'bn', fmt('bn'))).toBe('৯ মার্চ ২০২৬');
    expect(formatDate('2026-12-01', 'ur', fmt('ur'))).toBe('1 دسمبر 2026');
    expect(formatDate('2026-08-15', 'tl', fmt('tl'))).toBe('Agosto 15, 2026');
    expect(formatDate('not a date', 'en', fmt('en'))).toBe('not a date');
  });
});
