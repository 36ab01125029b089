// Small helpers shared by the components.

/** A debounced function with cancel() and flush(). */
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const d = (...a: A) => {
    pending = a;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const p = pending;
      pending = undefined;
      if (p) fn(...p);
    }, ms);
  };
  d.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  d.flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const p = pending;
    pending = undefined;
    if (p) fn(...p);
  };
  d.pending = () => pending !== undefined;
  return d;
}

/** Ctrl (or ⌘ on macOS) with a letter, without Alt. */
export function isModKey(e: KeyboardEvent, letter: string): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === letter;
}
