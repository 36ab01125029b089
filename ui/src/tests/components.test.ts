import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import type { SearchHit } from '../lib/types';

const hits: SearchHit[] = [
  { id: 'refunds', lang: 'en', title: 'Refunds and returns', score: 3, snippet: 'a <b>refund</b>', revision: 2, status: 'approved', category: 'Payments' },
  { id: 'refunds', lang: 'ur', title: 'ریفنڈ اور سامان کی واپسی', score: 2, snippet: '<b>ریفنڈ</b>', revision: 1, status: 'approved', category: 'Payments' },
  { id: 'complaints', lang: 'bn', title: 'অভিযোগ', score: 1, snippet: '&lt;b&gt; <b>x</b>', revision: 1, status: 'draft', category: 'Care' },
];

vi.mock('../lib/ipc', async (importOriginal) => {
  const real = await importOriginal<typeof import('../lib/ipc')>();
  return {
    IpcError: real.IpcError,
    normaliseError: real.normaliseError,
    search: vi.fn(async () => hits),
  };
});

import * as ipc from '../lib/ipc';
import { app } from '../lib/app.svelte';
import { showError, toasts } from '../lib/toasts.svelte';
import SearchPalette from '../components/SearchPalette.svelte';
import Toasts from '../components/Toasts.svelte';
import DiffView from '../components/DiffView.svelte';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let mounted: Record<string, unknown>[] = [];

afterEach(() => {
  mounted.forEach((c) => unmount(c));
  mounted = [];
  document.body.innerHTML = '';
  toasts.splice(0, toasts.length);
});

function key(el: Element, k: string) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  flushSync();
}

describe('search palette', () => {
  it('searches as you type, moves with the arrows and opens with Enter', async () => {
    app.dialog = 'search';
    mounted.push(mount(SearchPalette, { target: document.body }));
    const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
    input.value = 'refund';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(150);
    await tick();
    expect(ipc.search).toHaveBeenCalledWith({ text: 'refund', lang: undefined, limit: 30 });
    const items = document.querySelectorAll('[role="option"]');
    expect([...items].map((i) => i.getAttribute('data-testid'))).toEqual([
      'hit-refunds-en',
      'hit-refunds-ur',
      'hit-complaints-bn',
    ]);
    // The snippet's <b> marks are shown as bold, its escaped text stays text.
    expect(items[0].querySelector('.snippet b')?.textContent).toBe('refund');
    expect(items[2].querySelector('.snippet')?.textContent).toBe('<b> x');
    expect(items[0].getAttribute('aria-selected')).toBe('true');

    key(input, 'ArrowDown');
    expect(items[1].getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe('hit-1');
    key(input, 'ArrowUp');
    key(input, 'ArrowUp');
    expect(items[2].getAttribute('aria-selected')).toBe('true');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    expect(app.policyId).toBe('refunds');
    expect(app.contentLang).toBe('ur');
    expect(app.screen).toBe('policy');
    expect(app.dialog).toBeNull();
  });

  it('closes on Escape', async () => {
    app.dialog = 'search';
    mounted.push(mount(SearchPalette, { target: document.body }));
    const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
    key(input, 'Escape');
    expect(app.dialog).toBeNull();
  });
});

describe('toasts', () => {
  it('show the localised message with its code, and can be dismissed', async () => {
    mounted.push(mount(Toasts, { target: document.body }));
    showError({ code: 'review.own_revision', message: 'Someone else must approve it.' });
    flushSync();
    const toast = document.querySelector('[data-testid="toast"]')!;
    expect(toast.textContent).toContain('Someone else must approve it. (review.own_revision)');
    expect(toast.getAttribute('role')).toBe('alert');
    document.querySelector<HTMLButtonElement>('[data-testid="toast-close"]')!.click();
    flushSync();
    expect(document.querySelector('[data-testid="toast"]')).toBeNull();
  });

  it('never print a raw object', () => {
    mounted.push(mount(Toasts, { target: document.body }));
    showError({ unexpected: 1 });
    flushSync();
    expect(document.querySelector('[data-testid="toast"]')!.textContent).not.toContain('[object Object]');
  });
});

describe('diff view', () => {
  it('shows deletions struck through on the left and insertions on the right, or all inline', () => {
    const changes = [
      { tag: 'equal' as const, text: 'within ' },
      { tag: 'delete' as const, text: '14' },
      { tag: 'insert' as const, text: '30' },
      { tag: 'equal' as const, text: ' days' },
    ];
    mounted.push(mount(DiffView, { target: document.body, props: { changes, lang: 'en', leftLabel: 'r1', rightLabel: 'r2' } }));
    const left = document.querySelector('[data-side="left"]')!;
    const right = document.querySelector('[data-side="right"]')!;
    expect(left.textContent).toBe('within 14 days');
    expect(left.querySelector('del')?.textContent).toBe('14');
    expect(left.querySelector('ins')).toBeNull();
    expect(right.textContent).toBe('within 30 days');
    expect(right.querySelector('ins')?.textContent).toBe('30');
    expect(right.querySelector('del')).toBeNull();

    document.querySelector<HTMLButtonElement>('[data-testid="diff-view-mode-inline"]')!.click();
    flushSync();
    const inline = document.querySelector('[data-testid="diff-view-inline"]')!;
    expect(inline.innerHTML.replace(/<!---->/g, '')).toBe('<span>within </span><del>14</del><ins>30</ins><span> days</span>');
  });

  it('sets the text direction of an Urdu diff', () => {
    mounted.push(
      mount(DiffView, {
        target: document.body,
        props: { changes: [{ tag: 'equal', text: 'ریفنڈ' }], lang: 'ur', leftLabel: 'a', rightLabel: 'b' },
      }),
    );
    expect(document.querySelector('[data-side="left"]')!.getAttribute('dir')).toBe('rtl');
  });
});
