import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import en from '../../../locales/en-US/policybook.ftl?raw';
import ur from '../../../locales/ur-PK/policybook.ftl?raw';
import type { Lang, PolicySummary } from '../lib/types';

// The list reads the policies from the app state; the shell is never asked.
vi.mock('../lib/ipc', async (importOriginal) => {
  const real = await importOriginal<typeof import('../lib/ipc')>();
  return { IpcError: real.IpcError, normaliseError: real.normaliseError };
});

import { app } from '../lib/app.svelte';
import { memoT, setLocale } from '../lib/locale.svelte';
import { applyDocumentLocale } from '../lib/i18n';
import PolicyList, { OVERSCAN, rowMetrics } from '../components/PolicyList.svelte';

const CATEGORIES = ['Care', 'Conduct', 'Payments', 'Safety', 'Travel'];
/** The scroller's height in the tests (jsdom has no layout). */
const VIEWPORT = 400;

/** `n` policies in five categories, in order within each category as the list sorts them. */
function policies(n: number): PolicySummary[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `p${String(i).padStart(4, '0')}`;
    const title = `Policy ${String(i).padStart(4, '0')}`;
    return {
      id,
      title,
      category: CATEGORIES[i % CATEGORIES.length],
      owner: 'HR',
      review_every_months: 12,
      source_lang: 'en',
      retired: false,
      category_titles: {},
      languages: {
        en: { revision: 2, status: 'approved', title },
        bn: { revision: 1, status: 'draft', title: `নীতি ${i}` },
        ur: { revision: 1, status: 'in_review', title: `پالیسی ${i}` },
      },
    } satisfies PolicySummary;
  });
}

let mounted: Record<string, unknown>[] = [];

beforeEach(() => {
  setLocale('en', { en, own: en });
  app.screen = 'home';
  app.policyId = null;
  app.translations = {};
});

afterEach(() => {
  mounted.forEach((c) => unmount(c));
  mounted = [];
  document.body.innerHTML = '';
  app.policies = [];
  setLocale('en', { en, own: en });
  applyDocumentLocale('en');
});

function mountList(list: PolicySummary[]): HTMLElement {
  app.policies = list;
  mounted.push(mount(PolicyList, { target: document.body }));
  flushSync();
  const scroller = document.querySelector<HTMLElement>('[data-testid="policy-scroll"]')!;
  Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: VIEWPORT });
  scroller.dispatchEvent(new Event('scroll'));
  flushSync();
  return scroller;
}

function scrollTo(scroller: HTMLElement, top: number) {
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
  flushSync();
}

const items = () => [...document.querySelectorAll<HTMLButtonElement>('.policy-item')];
const ids = () => items().map((b) => b.dataset.testid);
const byId = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="policy-${id}"]`);

function key(el: Element, k: string) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  flushSync();
}

// jsdom is slow to build DOM: the lists of 1,000 take a second or two each.
describe('policy list, windowed', { timeout: 20_000 }, () => {
  it('renders only the policies on screen of 1,000, with the total known to screen readers', () => {
    const scroller = mountList(policies(1000));
    const buttons = items();
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.length).toBeLessThan(100);
    expect(document.querySelectorAll('.policy-list *').length).toBeLessThan(1000);
    // The first category's first policies; nothing from the end.
    expect(buttons[0].dataset.testid).toBe('policy-p0000');
    expect(byId('p0999')).toBeNull();
    expect(document.querySelector('.category')?.textContent).toBe('Care');
    // 200 policies a category: each says where it is among them.
    const li = buttons[1].closest('li')!;
    expect(li.getAttribute('aria-posinset')).toBe('2');
    expect(li.getAttribute('aria-setsize')).toBe('200');
    // The rows take the whole height, so that the scroll bar is the list's.
    expect(scroller.querySelector<HTMLElement>('.policy-rows')!.style.blockSize).toMatch(/^[\d.]+rem$/);
  });

  it('renders later policies when scrolled, and the last ones at the end', () => {
    const scroller = mountList(policies(1000));
    const before = ids();
    scrollTo(scroller, 20_000);
    const middle = ids();
    expect(middle.length).toBeLessThan(100);
    expect(middle).not.toContain('policy-p0000');
    expect(middle.some((id) => !before.includes(id))).toBe(true);
    // Further than the end: the last category's last policy is on screen.
    scrollTo(scroller, 10_000_000);
    expect(byId('p0999')).not.toBeNull();
    expect(ids().length).toBeLessThan(100);
    const li = byId('p0999')!.closest('li')!;
    expect(li.getAttribute('aria-posinset')).toBe('200');
    expect(byId('p0994')).not.toBeNull();
  });

  it('the filter finds a policy deep in the list, and shows its matches from the top', () => {
    const scroller = mountList(policies(1000));
    scrollTo(scroller, 30_000);
    const filter = document.querySelector<HTMLInputElement>('[data-testid="policy-filter"]')!;
    filter.value = 'p0998';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(ids()).toEqual(['policy-p0998']);
    expect(scroller.scrollTop).toBe(0);
    expect(document.querySelector('.category')?.textContent).toBe('Safety');
    byId('p0998')!.click();
    expect(app.policyId).toBe('p0998');
    // Cleared: the whole list again, from the top.
    filter.value = '';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(ids()[0]).toBe('policy-p0000');
    expect(ids().length).toBeLessThan(100);
  });

  it('moves focus with the arrows into rows not yet rendered, and Home/End go to the ends', () => {
    const scroller = mountList(policies(1000));
    const rendered = items();
    const last = rendered.at(-1)!;
    const next = Number(last.dataset.index) + 1;
    expect(document.querySelector(`[data-index="${next}"]`)).toBeNull();
    last.focus();
    key(last, 'ArrowDown');
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.index).toBe(String(next));
    expect(scroller.scrollTop).toBeGreaterThan(0);
    key(focused, 'ArrowUp');
    expect((document.activeElement as HTMLElement).dataset.index).toBe(String(next - 1));

    key(document.activeElement!, 'End');
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('policy-p0999');
    key(document.activeElement!, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('policy-p0999');
    key(document.activeElement!, 'Home');
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('policy-p0000');
    expect(scroller.scrollTop).toBe(0);
    expect(ids().length).toBeLessThan(100);
  });

  it('moves across category headings', () => {
    mountList(policies(15));
    // Care holds p0000, p0005, p0010; Conduct starts with p0001.
    const careLast = byId('p0010')!;
    careLast.focus();
    key(careLast, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('policy-p0001');
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(careLast);
    // Enter and Space open: the items are buttons.
    expect(careLast.tagName).toBe('BUTTON');
    expect(careLast.type).toBe('button');
  });

  it('has one Tab stop, which follows the focus', () => {
    mountList(policies(1000));
    const tabbable = () => items().filter((b) => b.tabIndex === 0);
    expect(tabbable().map((b) => b.dataset.testid)).toEqual(['policy-p0000']);
    const first = byId('p0000')!;
    first.focus();
    key(first, 'ArrowDown');
    expect(tabbable()).toEqual([document.activeElement]);
  });

  it('keeps the focused policy rendered when scrolled away from it', () => {
    const scroller = mountList(policies(1000));
    const first = byId('p0000')!;
    first.focus();
    first.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    flushSync();
    scrollTo(scroller, 40_000);
    expect(byId('p0000')).toBe(first);
    expect(document.activeElement).toBe(first);
    expect(ids().length).toBeLessThan(100);
  });

  it('sorts numbers in titles as numbers (Policy 2 before Policy 10)', () => {
    const list = [10, 2, 1, 21].map((n, i) => ({
      ...policies(1)[0],
      id: `n${i}`,
      title: `Policy ${n}`,
      languages: { en: { revision: 1, status: 'approved' as const, title: `Policy ${n}` } },
    }));
    mountList(list);
    expect(items().map((b) => b.querySelector('bdi')!.textContent)).toEqual([
      'Policy 1',
      'Policy 2',
      'Policy 10',
      'Policy 21',
    ]);
  });

  it('renders a small handbook whole, grouped and sorted, with each policy as before', () => {
    const list = policies(15);
    list[3] = { ...list[3], retired: true };
    list[4] = {
      ...list[4],
      source_lang: 'ur',
      languages: { ur: { revision: 1, status: 'approved', title: 'ریفنڈ اور سامان کی واپسی' } },
    };
    app.translations = { p0000: { en: 'source', bn: 'stale', ur: 'current' } };
    app.screen = 'policy';
    app.policyId = 'p0002';
    const scroller = mountList(list);
    // Scrolled or not, everything is there.
    scrollTo(scroller, 10_000);
    expect(items().length).toBe(15);
    expect([...document.querySelectorAll('.category')].map((h) => h.textContent)).toEqual(CATEGORIES);
    expect(ids().slice(0, 3)).toEqual(['policy-p0000', 'policy-p0005', 'policy-p0010']);
    // Retired policies come last in their category, with the tag.
    expect(ids().slice(9, 12)).toEqual(['policy-p0008', 'policy-p0013', 'policy-p0003']);
    expect(byId('p0003')!.classList.contains('retired')).toBe(true);
    expect(byId('p0003')!.querySelector('.tag')?.textContent).toBe('retired');

    const p0 = byId('p0000')!;
    const bdi = p0.querySelector('bdi')!;
    expect(bdi.textContent).toBe('Policy 0000');
    expect(bdi.getAttribute('lang')).toBe('en-US');
    expect(bdi.getAttribute('dir')).toBe('ltr');
    expect(p0.querySelector('.policy-item-title')!.getAttribute('title')).toBe('Policy 0000');
    expect([...p0.querySelectorAll('.badge')].map((b) => [b.getAttribute('data-lang'), b.getAttribute('data-status')])).toEqual([
      ['en', 'approved'],
      ['bn', 'draft'],
      ['ur', 'in_review'],
    ]);
    const stale = p0.querySelector('.badge[data-lang="bn"]')!;
    expect(stale.getAttribute('data-stale')).toBe('true');
    expect(stale.textContent).toBe('bn!Bengali · draft · out of date');

    // The Urdu-only policy shows its Urdu title, right to left.
    const urdu = byId('p0004')!.querySelector('bdi')!;
    expect(urdu.getAttribute('lang')).toBe('ur-PK');
    expect(urdu.getAttribute('dir')).toBe('rtl');
    expect(byId('p0002')!.getAttribute('aria-current')).toBe('page');
    expect(byId('p0000')!.getAttribute('aria-current')).toBeNull();
  });

  it('renders a list of 60 rows whole, whatever the scroll', () => {
    const scroller = mountList(policies(55)); // and 5 category headings
    expect(items().length).toBe(55);
    scrollTo(scroller, 1_000);
    expect(items().length).toBe(55);
    expect(document.querySelectorAll('.category').length).toBe(5);
  });

  it('makes the rows tall enough for a Nastaliq title and the Urdu interface', () => {
    const m = (ui: Lang, titles: Lang[]) => rowMetrics(ui, titles);
    expect(m('en', ['en']).item).toBeLessThan(m('en', ['en', 'bn']).item);
    expect(m('en', ['bn']).item).toBeLessThan(m('en', ['ur']).item);
    expect(m('ur', ['ur']).item).toBeGreaterThan(m('en', ['ur']).item);
    expect(m('ur', ['ur']).head).toBeGreaterThan(m('en', ['en']).head);
    // A title line at least the line height app.css gives Urdu (2.2); a row not much more than before.
    expect(m('ur', ['ur']).title).toBeGreaterThanOrEqual(2.2);
    expect(m('en', ['en']).item).toBeLessThanOrEqual(4);

    setLocale('ur', { en, own: ur });
    applyDocumentLocale('ur');
    const scroller = mountList(policies(30));
    expect(scroller.style.getPropertyValue('--pl-item')).toBe(`${m('ur', ['ur']).item}rem`);
    const bdi = byId('p0000')!.querySelector('bdi')!;
    expect(bdi.getAttribute('dir')).toBe('rtl');
    expect(bdi.textContent).toBe('پالیسی 0');
  });

  it('keeps OVERSCAN rows either side, so the window is bounded', () => {
    const scroller = mountList(policies(1000));
    scrollTo(scroller, 25_000);
    const rows = document.querySelectorAll('.policy-list li, .policy-list .category').length;
    // A 400px scroller shows a dozen rows at most.
    expect(rows).toBeGreaterThan(2 * OVERSCAN);
    expect(rows).toBeLessThanOrEqual(2 * OVERSCAN + 14);
  });
});

describe('language badges', () => {
  it('make each label once per language, and again after a switch', () => {
    const make = vi.fn(() => 'x');
    expect(memoT('test:a', make)).toBe('x');
    expect(memoT('test:a', make)).toBe('x');
    expect(make).toHaveBeenCalledTimes(1);
    setLocale('en', { en, own: en });
    memoT('test:a', make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('follow the interface language', () => {
    mountList(policies(3));
    const badge = () => byId('p0000')!.querySelector('.badge[data-lang="en"] .sr-only')!.textContent;
    expect(badge()).toBe('English · approved');
    setLocale('ur', { en, own: ur });
    flushSync();
    expect(badge()).not.toBe('English · approved');
    expect(badge()).toMatch(/[\u0600-\u06FF]/);
  });
});
