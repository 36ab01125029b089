// Display models of a word-level diff from the core: side by side (left = equal + delete, right =
// equal + insert, rows aligned at the line breaks both sides share) and inline.

import type { Change, ChangeTag } from './types';

export interface Span {
  tag: ChangeTag;
  text: string;
}

/** One aligned row: the old text on the left, the new on the right. */
export interface SideRow {
  left: Span[];
  right: Span[];
}

function push(spans: Span[], tag: ChangeTag, text: string): void {
  if (!text) return;
  const last = spans[spans.length - 1];
  if (last && last.tag === tag) last.text += text;
  else spans.push({ tag, text });
}

/**
 * The side-by-side model. A row ends at each line break of unchanged text, so the two columns line up
 * paragraph by paragraph; a row whose side has nothing is kept (it shows as blank).
 */
export function sideBySide(changes: readonly Change[]): SideRow[] {
  const rows: SideRow[] = [];
  let row: SideRow = { left: [], right: [] };
  for (const c of changes) {
    if (c.tag === 'delete') push(row.left, 'delete', c.text);
    else if (c.tag === 'insert') push(row.right, 'insert', c.text);
    else {
      const parts = c.text.split('\n');
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        const text = last ? part : `${part}\n`;
        push(row.left, 'equal', text);
        push(row.right, 'equal', text);
        if (!last) {
          rows.push(row);
          row = { left: [], right: [] };
        }
      });
    }
  }
  if (row.left.length || row.right.length) rows.push(row);
  return rows;
}

/** All spans of one side, in order: 'left' gives the old text, 'right' the new. */
export function sideSpans(changes: readonly Change[], side: 'left' | 'right'): Span[] {
  const drop: ChangeTag = side === 'left' ? 'insert' : 'delete';
  const spans: Span[] = [];
  for (const c of changes) if (c.tag !== drop) push(spans, c.tag, c.text);
  return spans;
}

/** The inline model: every change in order, neighbours of one kind merged. */
export function inlineSpans(changes: readonly Change[]): Span[] {
  const spans: Span[] = [];
  for (const c of changes) push(spans, c.tag, c.text);
  return spans;
}

export const textOf = (spans: readonly Span[]) => spans.map((s) => s.text).join('');

export interface DiffStats {
  inserted: number;
  deleted: number;
}

/** How many words were inserted and deleted. */
export function diffStats(changes: readonly Change[]): DiffStats {
  const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
  let inserted = 0;
  let deleted = 0;
  for (const c of changes) {
    if (c.tag === 'insert') inserted += words(c.text);
    else if (c.tag === 'delete') deleted += words(c.text);
  }
  return { inserted, deleted };
}
