// The one module that reaches the Rust shell: `call` invokes a command, and every command has a
// typed function generated from its Rust signature (./bindings/commands.ts, re-exported by ipc.ts).
//
// Under Tauri (window.__TAURI_INTERNALS__ present) the calls go to `invoke`/`listen`. Without it (the page
// opened in a browser) there is no handbook: every call fails with one clear error (`app.no_shell`). No
// stand-in answers in the core's place, so no rule of the core is written here a second time; the
// interface is tested against the real core in the window tests (tests/desktop).

import type { UiError } from './bindings/UiError';

/** A command's rejection, always with a stable code and an already localised message. */
export class IpcError extends Error implements UiError {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
  }
}

/** Turns whatever a rejected call gave into an {@link IpcError}: never a raw object on screen. */
export function normaliseError(e: unknown): IpcError {
  if (e instanceof IpcError) return e;
  if (typeof e === 'string') {
    const s = e.trim();
    // A shell that serialised the error to JSON text.
    if (s.startsWith('{')) {
      try {
        return normaliseError(JSON.parse(s));
      } catch {
        /* not JSON: the text itself is the message */
      }
    }
    return new IpcError('ipc.error', s);
  }
  if (e && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    const code = typeof o.code === 'string' && o.code ? o.code : undefined;
    const message = typeof o.message === 'string' ? o.message : undefined;
    if (code !== undefined || message !== undefined) {
      return new IpcError(code ?? (e instanceof Error ? 'ipc.internal' : 'ipc.error'), message ?? '');
    }
    if (e instanceof Error) return new IpcError('ipc.internal', String(e));
    let text: string;
    try {
      text = JSON.stringify(e);
    } catch {
      text = String(e);
    }
    return new IpcError('ipc.error', text);
  }
  return new IpcError('ipc.error', e === undefined || e === null ? '' : String(e));
}

export type Unlisten = () => void;

/** What a backend offers: the Tauri shell (or, in the interface's unit tests, a fake). */
export interface Backend {
  /** `args` are named values, or raw bytes (a picture). */
  invoke(cmd: string, args?: Record<string, unknown> | Uint8Array): Promise<unknown>;
  listen<T>(event: string, handler: (payload: T) => void): Promise<Unlisten>;
}

/** True inside the Tauri shell. */
export function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

async function tauriBackend(): Promise<Backend> {
  const [{ invoke }, { listen }] = await Promise.all([
    import('@tauri-apps/api/core'),
    import('@tauri-apps/api/event'),
  ]);
  return {
    invoke: (cmd, args) => invoke(cmd, args),
    listen: async <T>(event: string, handler: (payload: T) => void) => {
      const un = await listen<T>(event, (e) => handler(e.payload));
      return un;
    },
  };
}

/** Outside the app: no handbook to ask, said once per call in the same words. */
function noShell(): Backend {
  const refuse = async (): Promise<never> => {
    throw new IpcError(
      'app.no_shell',
      'Policybook runs in its desktop app (make run): this page alone has no handbook to show.',
    );
  };
  return { invoke: refuse, listen: refuse };
}

let backendPromise: Promise<Backend> | null = null;

/** The backend the calls go to. */
export function backend(): Promise<Backend> {
  if (!backendPromise) {
    backendPromise = inTauri() ? tauriBackend() : Promise.resolve(noShell());
  }
  return backendPromise;
}

/** For tests: use this backend instead of detecting one. */
export function useBackend(b: Backend | null): void {
  backendPromise = b ? Promise.resolve(b) : null;
}

/** Invokes a command (the generated functions in ./bindings/commands.ts call this). */
export async function call<T>(cmd: string, args?: Record<string, unknown> | Uint8Array): Promise<T> {
  let b: Backend;
  try {
    b = await backend();
  } catch (e) {
    throw normaliseError(e);
  }
  try {
    return (await b.invoke(cmd, args)) as T;
  } catch (e) {
    throw normaliseError(e);
  }
}
