// Fluent messages, locale tags, text direction, digits and dates. Pure functions: the reactive state
// that the components read lives in locale.svelte.ts.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang, LocaleSources } from './types';

/** The BCP 47 tag of each interface language (also what <html lang> gets). */
export const LOCALE_TAG: Record<Lang, string> = {
  en: 'en-US',
  bn: 'bn-BD',
  tl: 'tl-PH',
  ur: 'ur-PK',
};

/** The locale Fluent and Intl use for plural rules and numbers: CLDR knows Tagalog as Filipino. */
export const FLUENT_LOCALE: Record<Lang, string> = {
  en: 'en-US',
  bn: 'bn-BD',
  tl: 'fil',
  ur: 'ur-PK',
};

/**
 * Each language's name in itself, for the interface-language picker. Endonyms are the same in every
 * locale, so they are not Fluent messages.
 */
export const ENDONYM: Record<Lang, string> = {
  en: 'English',
  bn: 'বাংলা',
  tl: 'Tagalog',
  ur: 'اردو',
};

export function isRtl(lang: Lang): boolean {
  return lang === 'ur';
}

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return isRtl(lang) ? 'rtl' : 'ltr';
}

export type Args = Record<string, FluentVariable>;

/**
 * The bundles for a UI language, most specific first: its own messages, then English for any message it
 * lacks. Isolation marks are off (the UI sets direction per element).
 */
export function buildBundles(lang: Lang, sources: LocaleSources): FluentBundle[] {
  const make = (l: Lang, text: string) => {
    const b = new FluentBundle(FLUENT_LOCALE[l], { useIsolating: false });
    const errors = b.addResource(new FluentResource(text));
    if (errors.length) console.warn(`Fluent ${LOCALE_TAG[l]}:`, errors);
    return b;
  };
  const english = make('en', sources.en);
  if (lang === 'en') return [english];
  return [make(lang, sources.own), english];
}

/** A message from the first bundle that has it; the id itself if none has it. */
export function formatMessage(bundles: readonly FluentBundle[], id: string, args?: Args): string {
  for (const b of bundles) {
    const m = b.getMessage(id);
    if (m?.value) {
      const errors: Error[] = [];
      const text = b.formatPattern(m.value, args ?? null, errors);
      if (errors.length) console.warn(`Fluent ${id}:`, errors);
      return text;
    }
  }
  return id;
}

/** Sets <html lang> and dir for a UI language: Urdu turns the whole layout right to left. */
export function applyDocumentLocale(lang: Lang, doc: Document = document): void {
  const root = doc.documentElement;
  root.lang = LOCALE_TAG[lang];
  root.dir = dirOf(lang);
}

/**
 * Writes ASCII digits as the language's readers expect: Bengali digits for Bengali; Urdu and Tagalog
 * keep Western digits (as the Rust side does).
 */
export function localizeDigits(lang: Lang, s: string): string {
  if (lang !== 'bn') return s;
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
}

type Fmt = (id: string, args?: Args) => string;

/** A YYYY-MM-DD date (or the date part of a timestamp) in the locale's long form. */
export function formatDate(ymd: string, lang: Lang, t: Fmt): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd ?? '');
  if (!m) return ymd ?? '';
  const [, y, mo, d] = m;
  return t('date-long', {
    month: t(`month-${Number(mo)}`),
    day: localizeDigits(lang, String(Number(d))),
    year: localizeDigits(lang, y),
  });
}

/** A timestamp's date, and its time of day when it has one, in the locale's form. */
export function formatDateTime(ts: string, lang: Lang, t: Fmt): string {
  const date = formatDate(ts, lang, t);
  const parsed = new Date(ts);
  if (!/T\d{2}:\d{2}/.test(ts) || Number.isNaN(parsed.getTime())) return date;
  let time: string;
  try {
    time = new Intl.DateTimeFormat(FLUENT_LOCALE[lang], { hour: 'numeric', minute: '2-digit' }).format(
      parsed,
    );
  } catch {
    time = parsed.toTimeString().slice(0, 5);
  }
  return `${date} ${localizeDigits(lang, time)}`;
}
