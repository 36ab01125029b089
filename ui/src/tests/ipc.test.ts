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

  it('pass camelCase arguments and leave out the optional ones not given', async () => {
    invoke.mockResolvedValue(undefined);
    await ipc.savePrefs({ user: 'Nadia', uiLang: 'ur', readOnly: false });
    expect(invoke).toHaveBeenLastCalledWith('save_prefs', { user: 'Nadia', uiLang: 'ur', readOnly: false });
    await ipc.saveRevision({ id: 'refunds', lang: 'en', title: 'T', body: 'B', summary: '' });
    expect(invoke).toHaveBeenLastCalledWith('save_revision', {
      id: 'refunds',
      lang: 'en',
      title: 'T',
      body: 'B',
      summary: '',
    });
    await ipc.saveRevision({ id: 'refunds', lang: 'bn', title: 'T', body: 'B', summary: 's', sourceRevision: 3 });
    expect(invoke).toHaveBeenLastCalledWith('save_revision', expect.objectContaining({ sourceRevision: 3 }));
    await ipc.getRevision('refunds');
    expect(invoke).toHaveBeenLastCalledWith('get_revision', { id: 'refunds' });
    await ipc.due(30);
    expect(invoke).toHaveBeenLastCalledWith('due', { withinDays: 30 });
    await ipc.createPolicy({ id: 'x', category: 'C', owner: 'O', reviewEveryMonths: 6, sourceLang: 'bn' });
    expect(invoke).toHaveBeenLastCalledWith('create_policy', {
      id: 'x',
      category: 'C',
      owner: 'O',
      reviewEveryMonths: 6,
      sourceLang: 'bn',
    });
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
    const p = await ipc.chooseSavePath({ defaultPath: 'h.docx', filterName: 'Word', extensions: ['docx'] });
    expect(p).toEqual({ handle: 'save-1', shown: '/tmp/h.docx' });
    expect(invoke).toHaveBeenCalledWith('choose_save_path', { defaultPath: 'h.docx', filterName: 'Word', extensions: ['docx'] });
    invoke.mockResolvedValueOnce(null);
    expect(await ipc.chooseSavePath({ filterName: 'Word', extensions: ['docx'] })).toBeNull();
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
