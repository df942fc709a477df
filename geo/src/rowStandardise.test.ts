import { describe, expect, it } from 'vitest';
import { rowStandardise } from './rowStandardise.ts';

describe('rowStandardise', () => {
  it('gives each of k neighbours weight 1/k and islands an empty row', () => {
    const w = rowStandardise([[1, 2], [0], [0], []]);
    expect(w.neighbours).toEqual([[1, 2], [0], [0], []]);
    expect(w.weights).toEqual([[0.5, 0.5], [1], [1], []]);
  });

  it('copies the lists instead of sharing them', () => {
    const input = [[1], [0]];
    const w = rowStandardise(input);
    expect(w.neighbours[0]).not.toBe(input[0]);
  });

  it('rejects invalid neighbour lists', () => {
    expect(() => rowStandardise([[1], [5]])).toThrow(/unit 1 has neighbour 5, not an index in 0..1/);
    expect(() => rowStandardise([[0]])).toThrow(/unit 0 lists itself/);
    expect(() => rowStandardise([[1, 1], [0]])).toThrow(/unit 0 lists neighbour 1 twice/);
    expect(() => rowStandardise([[0.5]])).toThrow(/not an index/);
  });
});
