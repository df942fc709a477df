import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { quantileBreaks } from './quantileBreaks.ts';

describe('quantileBreaks', () => {
  it('puts upper bounds on observed values at rank ceil(i·n/k)', () => {
    expect(quantileBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5)).toEqual([1, 2, 4, 6, 8, 10]);
    // n = 10, k = 3: ranks 4 and 7, classes of 4, 3 and 3.
    const breaks = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3);
    expect(breaks).toEqual([1, 4, 7, 10]);
    expect(classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], breaks).counts).toEqual([4, 3, 3]);
  });

  it('ignores null, undefined, NaN and infinities', () => {
    expect(quantileBreaks([4, null, 1, Number.NaN, 3, undefined, 2, Number.POSITIVE_INFINITY], 2)).toEqual([
      1, 2, 4,
    ]);
  });

  it('returns fewer classes when ties collapse bounds, never an empty class', () => {
    const values = [0, 0, 0, 0, 1, 2];
    const breaks = quantileBreaks(values, 3);
    expect(breaks).toEqual([0, 0, 2]);
    expect(classify(values, breaks).counts).toEqual([4, 2]);
    expect(quantileBreaks([5, 5, 5], 4)).toEqual([5, 5]);
    expect(quantileBreaks([1, 2], 5)).toEqual([1, 1, 2]);
  });

  it('throws clear errors on empty input and bad class counts', () => {
    expect(() => quantileBreaks([], 3)).toThrow(/quantileBreaks: no finite values/);
    expect(() => quantileBreaks([null, Number.NaN], 3)).toThrow(/no finite values/);
    expect(() => quantileBreaks([1, 2], 0)).toThrow(/classes must be an integer >= 1/);
    expect(() => quantileBreaks([1, 2], 2.5)).toThrow(/classes must be an integer/);
  });
});
