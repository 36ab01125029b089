// Toasts: errors (localised message + code) stay until dismissed; notices fade after a while.

import { normaliseError } from './ipc';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
  code?: string;
}

let next = 1;
export const toasts = $state<Toast[]>([]);

export function dismiss(id: number): void {
  const i = toasts.findIndex((x) => x.id === id);
  if (i >= 0) toasts.splice(i, 1);
}

/** Shows an error from any rejected call. */
export function showError(e: unknown): void {
  const err = normaliseError(e);
  // The same error twice in a row is shown once.
  const last = toasts[toasts.length - 1];
  if (last && last.kind === 'error' && last.code === err.code && last.message === err.message) return;
  toasts.push({ id: next++, kind: 'error', message: err.message, code: err.code });
  if (toasts.length > 4) toasts.splice(0, toasts.length - 4);
}

export function notify(message: string, ms = 5000): void {
  const id = next++;
  toasts.push({ id, kind: 'info', message });
  if (ms > 0) setTimeout(() => dismiss(id), ms);
}
