// The interface language as reactive state: components call t(), and re-render when it changes.

import type { FluentBundle } from '@fluent/bundle';
import {
  applyDocumentLocale,
  buildBundles,
  dirOf,
  formatDate,
  formatDateTime,
  formatMessage,
  LOCALE_TAG,
  localizeDigits,
  type Args,
} from './i18n';
import { localeSources } from './ipc';
import type { Lang, LocaleSources } from './types';

// Raw: FluentBundle instances are not to be proxied; the whole value is replaced on a switch.
let current = $state.raw<{ lang: Lang; bundles: FluentBundle[] }>({ lang: 'en', bundles: [] });

export const locale = {
  get lang(): Lang {
    return current.lang;
  },
  get dir(): 'ltr' | 'rtl' {
    return dirOf(current.lang);
  },
  get tag(): string {
    return LOCALE_TAG[current.lang];
  },
};

/** A UI message in the current language (English when the language lacks it). */
export function t(id: string, args?: Args): string {
  return formatMessage(current.bundles, id, args);
}

/** Strings made from the current messages, kept until the messages change (another language). */
let memo = new Map<string, string>();
let memoBundles: FluentBundle[] | null = null;

/**
 * A string made from the current messages by `make`, made once per key and language: for strings that
 * many components show alike (a language badge's label). Reactive like t(): it is made again after a switch.
 */
export function memoT(key: string, make: () => string): string {
  const bundles = current.bundles;
  if (bundles !== memoBundles) {
    memo = new Map();
    memoBundles = bundles;
  }
  let text = memo.get(key);
  if (text === undefined) {
    text = make();
    memo.set(key, text);
  }
  return text;
}

/** Installs a language's messages and turns <html lang> and dir to it at once. */
export function setLocale(lang: Lang, sources: LocaleSources, doc: Document = document): void {
  current = { lang, bundles: buildBundles(lang, sources) };
  applyDocumentLocale(lang, doc);
}

/** Fetches a language's Fluent texts from the shell and switches to it. */
export async function switchLocale(lang: Lang): Promise<void> {
  setLocale(lang, await localeSources(lang));
}

export const fmtDate = (ymd: string) => formatDate(ymd, current.lang, t);
export const fmtDateTime = (ts: string) => formatDateTime(ts, current.lang, t);

/** A whole number in the locale's digits (Bengali digits for Bengali). */
export const fmtNum = (n: number) => localizeDigits(current.lang, String(n));
