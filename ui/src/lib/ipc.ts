// The commands the window calls, each a typed function generated from the Rust command
// (./bindings/commands.ts), and the shell's events. Components import this module only.

import type { ExportProgress } from './types';
import { backend, normaliseError, type Unlisten } from './backend';

export * from './bindings/commands';
export { IpcError, normaliseError, inTauri, useBackend, type Backend, type Unlisten } from './backend';

// ---- events and dialogs ---------------------------------------------------------------------------

/** Listens to "export-progress" ({done, total}) while a handbook export runs. */
export async function onExportProgress(handler: (p: ExportProgress) => void): Promise<Unlisten> {
  try {
    return await (await backend()).listen<ExportProgress>('export-progress', handler);
  } catch (e) {
    throw normaliseError(e);
  }
}
