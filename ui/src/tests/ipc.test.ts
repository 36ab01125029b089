import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
const listen = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke }));
vi.mock('@tauri-apps/api/event', () => ({ listen }));

import * as ipc from '../lib/ipc';
import { IpcError, normaliseError } from '../lib/ipc';

describe('normaliseError', () => {
  it('keeps a command error’s code and localised message', () => {
    const e = normaliseError({ code: 'review.own_revision', message: 'Someone else must approve it.' });
    expect(e).toBeInstanceOf(IpcError);
    expect(e.code).toBe('review.own_revision');
    expect(e.message).toBe('Someone else must approve it.');
  });

  it('turns a plain string (a shell error) into a message with a generic code', () => {
    const e = normaliseError('command foo not found');
    expect(e.code).toBe('ipc.error');
    expect(e.message).toBe('command foo not found');
  });

  it('reads an error serialised as JSON text', () => {
    const e = normaliseError('{"code":"store.busy","message":"The handbook is busy."}');
    expect([e.code, e.message]).toEqual(['store.busy', 'The handbook is busy.']);
  });

  it('never shows a raw object', () => {
    const e = normaliseError({ weird: true });
    expect(e.code).toBe('ipc.error');
    expect(e.message).toBe('{"weird":true}');
    expect(normaliseError(undefined).message).toBe('');
    expect(normaliseError(42).message).toBe('42');
  });

  it('maps a JavaScript Error to an internal error', () => {
    const e = normaliseError(new TypeError('x is undefined'));
    expect(e.code).toBe('ipc.internal');
    expect(e.message).toBe('x is undefined');
  });

  it('fills a missing message or code', () => {
    expect(normaliseError({ code: 'store.busy' }).message).toBe('');
    expect(normaliseError({ message: 'Oops' }).code).toBe('ipc.error');
  });

  it('passes an IpcError through', () => {
    const e = new IpcError('a.b', 'c');
    expect(normaliseError(e)).toBe(e);
  });
});

describe('commands under Tauri', () => {
  beforeEach(() => {
    (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__ = {};
    ipc.useBackend(null);
    invoke.mockReset();
  });
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__TAURI_INTERNALS__;
    ipc.useBackend(null);
  });

  it('detects the shell', () => {
    expect(ipc.inTauri()).toBe(true);
  });

  it('pass one argument as itself, several by their Rust names, and a request as one value', async () => {
    invoke.mockResolvedValue(undefined);
    await ipc.savePrefs({ user: 'Nadia', ui_lang: 'ur', read_only: false });
    expect(invoke).toHaveBeenLastCalledWith('save_prefs', { user: 'Nadia', ui_lang: 'ur', read_only: false });
    await ipc.saveRevision({ id: 'refunds', lang: 'bn', title: 'T', body: 'B', summary: 's', source_revision: 3 });
    expect(invoke).toHaveBeenLastCalledWith('save_revision', {
      draft: { id: 'refunds', lang: 'bn', title: 'T', body: 'B', summary: 's', source_revision: 3 },
    });
    await ipc.due(30);
    expect(invoke).toHaveBeenLastCalledWith('due', { within_days: 30 });
    await ipc.acksReport({ as_of: '2026-12-01' });
    expect(invoke).toHaveBeenLastCalledWith('acks_report', { as_of: '2026-12-01' });
    await ipc.acksReport();
    expect(invoke).toHaveBeenLastCalledWith('acks_report', {});
    await ipc.createPolicy({ id: 'x', category: 'C', owner: 'O', review_every_months: 6, source_lang: 'bn' });
    expect(invoke).toHaveBeenLastCalledWith('create_policy', {
      policy: { id: 'x', category: 'C', owner: 'O', review_every_months: 6, source_lang: 'bn' },
    });
  });

  it('leave out the optional arguments not given, so that they reach Rust as None', async () => {
    invoke.mockResolvedValue(undefined);
    await ipc.getRevision({ id: 'refunds', lang: undefined });
    const [cmd, args] = invoke.mock.lastCall as [string, Record<string, unknown>];
    expect(cmd).toBe('get_revision');
    // What Tauri sends: JSON, in which an undefined value is no key at all.
    expect(JSON.parse(JSON.stringify(args))).toEqual({ id: 'refunds' });
  });

  it('send a picture as its bytes, not as named values', async () => {
    invoke.mockResolvedValue({ hash: 'ab', reference: 'image:ab', width: 1, height: 1 });
    const bytes = new Uint8Array([137, 80, 78, 71]);
    await ipc.addImage(bytes);
    expect(invoke).toHaveBeenLastCalledWith('add_image', bytes);
  });

  it('reject with an IpcError carrying the command’s code and message', async () => {
    invoke.mockRejectedValue({ code: 'review.no_reason', message: 'A rejection needs a reason.' });
    const err = await ipc.act({ action: 'reject', id: 'refunds', lang: 'en' }).catch((e) => e);
    expect(err).toBeInstanceOf(IpcError);
    expect(err.code).toBe('review.no_reason');
    expect(err.message).toBe('A rejection needs a reason.');
  });

  it('reject with an IpcError for a plain string rejection too', async () => {
    invoke.mockRejectedValue('command search not allowed');
    const err = await ipc.search({ text: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(IpcError);
    expect(err.code).toBe('ipc.error');
  });

  it('hand the export-progress payload to the listener', async () => {
    const un = vi.fn();
    listen.mockImplementation(async (_e: string, h: (e: { payload: unknown }) => void) => {
      h({ payload: { done: 1, total: 4 } });
      return un;
    });
    const seen: unknown[] = [];
    const unlisten = await ipc.onExportProgress((p) => seen.push(p));
    expect(listen).toHaveBeenCalledWith('export-progress', expect.any(Function));
    expect(seen).toEqual([{ done: 1, total: 4 }]);
    unlisten();
    expect(un).toHaveBeenCalled();
  });

  it('ask the shell for save paths and hand back its handle, never a path', async () => {
    invoke.mockResolvedValueOnce({ handle: 'save-1', shown: '/tmp/h.docx' });
    const p = await ipc.chooseSavePath({ default_path: 'h.docx', filter_name: 'Word', extensions: ['docx'] });
    expect(p).toEqual({ handle: 'save-1', shown: '/tmp/h.docx' });
    expect(invoke).toHaveBeenCalledWith('choose_save_path', {
      default_path: 'h.docx',
      filter_name: 'Word',
      extensions: ['docx'],
    });
    invoke.mockResolvedValueOnce(null);
    expect(await ipc.chooseSavePath({ default_path: 'h.docx', filter_name: 'Word', extensions: ['docx'] })).toBeNull();
    invoke.mockResolvedValueOnce(undefined);
    await ipc.exportIcs('save-1');
    expect(invoke).toHaveBeenLastCalledWith('export_ics', { target: 'save-1' });
  });
});

describe('without Tauri', () => {
  it('says there is no handbook, and no stand-in answers in the core\'s place', async () => {
    ipc.useBackend(null);
    expect(ipc.inTauri()).toBe(false);
    const err = await ipc.listPolicies().catch((e) => e);
    expect(err).toBeInstanceOf(IpcError);
    expect(err.code).toBe('app.no_shell');
    expect(err.message).toContain('make run');
    const again = await ipc.act({ action: 'reject', id: 'nope', lang: 'en' }).catch((e) => e);
    expect(again.code).toBe('app.no_shell');
  });
});
