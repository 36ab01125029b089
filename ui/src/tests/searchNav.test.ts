import { describe, expect, it } from 'vitest';
import { resetIndex, searchKey } from '../lib/searchNav';

describe('search palette keys', () => {
  it('ArrowDown and ArrowUp move and wrap around', () => {
    expect(searchKey('ArrowDown', 0, 3)).toEqual({ index: 1, action: 'move' });
    expect(searchKey('ArrowDown', 2, 3)).toEqual({ index: 0, action: 'move' });
    expect(searchKey('ArrowUp', 0, 3)).toEqual({ index: 2, action: 'move' });
    expect(searchKey('ArrowUp', 2, 3)).toEqual({ index: 1, action: 'move' });
  });

  it('starts from no highlight', () => {
    expect(searchKey('ArrowDown', -1, 3).index).toBe(0);
    expect(searchKey('ArrowUp', -1, 3).index).toBe(2);
  });

  it('Home, End and the page keys jump within bounds', () => {
    expect(searchKey('Home', 2, 4).index).toBe(0);
    expect(searchKey('End', 0, 4).index).toBe(3);
    expect(searchKey('PageDown', 1, 20).index).toBe(6);
    expect(searchKey('PageDown', 18, 20).index).toBe(19);
    expect(searchKey('PageUp', 3, 20).index).toBe(0);
  });

  it('Enter opens the highlighted result, or the first', () => {
    expect(searchKey('Enter', 1, 3)).toEqual({ index: 1, action: 'open' });
    expect(searchKey('Enter', -1, 3)).toEqual({ index: 0, action: 'open' });
  });

  it('Enter does nothing without results; Escape closes', () => {
    expect(searchKey('Enter', -1, 0).action).toBe('none');
    expect(searchKey('ArrowDown', -1, 0)).toEqual({ index: -1, action: 'none' });
    expect(searchKey('Escape', 2, 3).action).toBe('close');
    expect(searchKey('Escape', -1, 0).action).toBe('close');
  });

  it('other keys (typing) leave the highlight alone', () => {
    expect(searchKey('a', 2, 3)).toEqual({ index: 2, action: 'none' });
    expect(searchKey('ArrowLeft', 1, 3)).toEqual({ index: 1, action: 'none' });
  });

  it('new results highlight the first', () => {
    expect(resetIndex(5)).toBe(0);
    expect(resetIndex(0)).toBe(-1);
  });
});
