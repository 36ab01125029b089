import { describe, expect, it } from 'vitest';
import { diffStats, inlineSpans, sideBySide, sideSpans, textOf } from '../lib/diff';
import type { Change } from '../lib/types';

const changes: Change[] = [
  { tag: 'equal', text: '# Refunds\n\nThe window is ' },
  { tag: 'delete', text: '14' },
  { tag: 'insert', text: '30' },
  { tag: 'equal', text: ' days.\nKeep the ' },
  { tag: 'delete', text: 'till ' },
  { tag: 'equal', text: 'receipt.\n' },
  { tag: 'insert', text: 'Gift cards are not refundable.\n' },
];
const oldText = '# Refunds\n\nThe window is 14 days.\nKeep the till receipt.\n';
const newText = '# Refunds\n\nThe window is 30 days.\nKeep the receipt.\nGift cards are not refundable.\n';

describe('side-by-side model', () => {
  it('left is equal + delete (the old text), right is equal + insert (the new text)', () => {
    const rows = sideBySide(changes);
    const left = rows.flatMap((r) => r.left);
    const right = rows.flatMap((r) => r.right);
    expect(left.every((s) => s.tag === 'equal' || s.tag === 'delete')).toBe(true);
    expect(right.every((s) => s.tag === 'equal' || s.tag === 'insert')).toBe(true);
    expect(textOf(left)).toBe(oldText);
    expect(textOf(right)).toBe(newText);
    expect(textOf(sideSpans(changes, 'left'))).toBe(oldText);
    expect(textOf(sideSpans(changes, 'right'))).toBe(newText);
  });

  it('aligns rows at the line breaks both sides share', () => {
    const rows = sideBySide(changes);
    expect(rows.map((r) => textOf(r.left))).toEqual([
      '# Refunds\n',
      '\n',
      'The window is 14 days.\n',
      'Keep the till receipt.\n',
      '',
    ]);
    // The inserted paragraph has no counterpart: it gets a row of its own, blank on the left.
    expect(rows.map((r) => textOf(r.right))).toEqual([
      '# Refunds\n',
      '\n',
      'The window is 30 days.\n',
      'Keep the receipt.\n',
      'Gift cards are not refundable.\n',
    ]);
    expect(rows[2].left.map((s) => s.tag)).toEqual(['equal', 'delete', 'equal']);
    expect(rows[2].right.map((s) => s.tag)).toEqual(['equal', 'insert', 'equal']);
    expect(rows[3].left.map((s) => s.tag)).toEqual(['equal', 'delete', 'equal']);
    expect(rows[4]).toEqual({ left: [], right: [{ tag: 'insert', text: 'Gift cards are not refundable.\n' }] });
  });

  it('keeps a trailing insertion in its own row with an empty left side', () => {
    const rows = sideBySide([
      { tag: 'equal', text: 'a\n' },
      { tag: 'insert', text: 'b' },
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1].left).toEqual([]);
    expect(rows[1].right).toEqual([{ tag: 'insert', text: 'b' }]);
  });

  it('handles no changes and empty input', () => {
    expect(sideBySide([])).toEqual([]);
    const rows = sideBySide([{ tag: 'equal', text: 'same' }]);
    expect(rows).toEqual([{ left: [{ tag: 'equal', text: 'same' }], right: [{ tag: 'equal', text: 'same' }] }]);
  });

  it('keeps Bengali and Urdu text whole (no splitting inside words)', () => {
    const bn: Change[] = [
      { tag: 'equal', text: 'গ্রাহকের ' },
      { tag: 'delete', text: '১৪' },
      { tag: 'insert', text: '৩০' },
      { tag: 'equal', text: ' দিন' },
    ];
    const rows = sideBySide(bn);
    expect(textOf(rows[0].left)).toBe('গ্রাহকের ১৪ দিন');
    expect(textOf(rows[0].right)).toBe('গ্রাহকের ৩০ দিন');
  });
});

describe('inline model', () => {
  it('keeps every change in order and merges neighbours of one kind', () => {
    const spans = inlineSpans([
      { tag: 'equal', text: 'a ' },
      { tag: 'equal', text: 'b ' },
      { tag: 'delete', text: 'c' },
      { tag: 'delete', text: 'd' },
      { tag: 'insert', text: 'e' },
      { tag: 'equal', text: '' },
    ]);
    expect(spans).toEqual([
      { tag: 'equal', text: 'a b ' },
      { tag: 'delete', text: 'cd' },
      { tag: 'insert', text: 'e' },
    ]);
  });

  it('counts the words added and removed', () => {
    expect(diffStats(changes)).toEqual({ inserted: 6, deleted: 2 });
  });
});
