// Keyboard navigation in the search palette's result list.

export type SearchKeyAction = 'move' | 'open' | 'close' | 'none';

export interface SearchKeyResult {
  /** The highlighted result afterwards; -1 for none. */
  index: number;
  action: SearchKeyAction;
}

/**
 * What a key does, given the highlighted result (-1 for none) and how many results there are:
 * ArrowDown/ArrowUp move and wrap around, Home/End jump, PageDown/PageUp move by a page, Enter opens
 * the highlighted result (the first if none is), Escape closes. Other keys do nothing here.
 */
export function searchKey(key: string, index: number, count: number, page = 5): SearchKeyResult {
  const none = { index, action: 'none' as const };
  if (key === 'Escape') return { index, action: 'close' };
  if (count <= 0) return key === 'Enter' ? none : { index: -1, action: 'none' };
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return { index: index < 0 ? 0 : (index + 1) % count, action: 'move' };
    case 'ArrowUp':
      return { index: index <= 0 ? count - 1 : index - 1, action: 'move' };
    case 'Home':
      return { index: 0, action: 'move' };
    case 'End':
      return { index: count - 1, action: 'move' };
    case 'PageDown':
      return { index: clamp((index < 0 ? 0 : index) + page), action: 'move' };
    case 'PageUp':
      return { index: clamp(index - page), action: 'move' };
    case 'Enter':
      return { index: index < 0 || index >= count ? 0 : index, action: 'open' };
    default:
      return none;
  }
}

/** Keeps the highlight valid when the results change: the first result, or none when empty. */
export function resetIndex(count: number): number {
  return count > 0 ? 0 : -1;
}
