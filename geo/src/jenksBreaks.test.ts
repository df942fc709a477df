import { describe, expect, it } from 'vitest';
import { jenksBreaks } from './jenksBreaks.ts';
import { mulberry32 } from './mulberry32.ts';

/** Within-class sum of squares of a partition given by upper bounds (brute-force check). */
function withinSquares(values: number[], upper: number[]): number {
  let total = 0;
  let lower = Number.NEGATIVE_INFINITY;
  for (const u of upper) {
    const members = values.filter((v) => v > lower && v <= u);
    const mean = members.reduce((s, v) => s + v, 0) / members.length;
    total += members.reduce((s, v) => s + (v - mean) ** 2, 0);
    lower = u;
  }
  return total;
}

/** Best within-class sum of squares over every way to cut the distinct sorted values into k classes. */
function bruteForceBest(values: number[], k: number): number {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  let best = Number.POSITIVE_INFINITY;
  const choose = (from: number, left: number, cuts: number[]): void => {
    if (left === 0) {
      best = Math.min(best, withinSquares(values, [...cuts, distinct[distinct.length - 1]!]));
      return;
    }
    for (let i = from; i < distinct.length - left; i++) choose(i + 1, left - 1, [...cuts, distinct[i]!]);
  };
  choose(0, k - 1, []);
  return best;
}

describe('jenksBreaks', () => {
  it('finds the obvious natural groups', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual([1, 3, 12, 22]);
    expect(jenksBreaks([22, 1, 12, 2, 21, 3, 11, 10, 20], 3)).toEqual([1, 3, 12, 22]);
  });

  it('matches R classInt on a small worked example', () => {
    // classInt::classIntervals(c(1, 2, 4, 5, 7, 9, 10, 20), 3, "jenks")$brks in R 4.2.2 / classInt 0.4.9.
    expect(jenksBreaks([1, 2, 4, 5, 7, 9, 10, 20], 3)).toEqual([1, 5, 10, 20]);
  });

  it('is optimal: no partition has a smaller within-class sum of squares', () => {
    const random = mulberry32(3);
    for (let trial = 0; trial < 20; trial++) {
      const values = Array.from({ length: 12 }, () => Math.round(random() * 50) / 2);
      for (const k of [2, 3, 4]) {
        const breaks = jenksBreaks(values, k);
        const achieved = withinSquares(values, breaks.slice(1));
        expect(achieved).toBeCloseTo(bruteForceBest(values, k), 9);
      }
    }
  });

  it('keeps equal values together and handles fewer distinct values than classes', () => {
    expect(jenksBreaks([1, 1, 2, 2], 3)).toEqual([1, 1, 2]);
    expect(jenksBreaks([7, 7, 7], 4)).toEqual([7, 7]);
    expect(jenksBreaks([5, 1, 1, 1, 1, 1], 2)).toEqual([1, 1, 5]);
  });

  it('skips missing values and throws on empty input', () => {
    expect(jenksBreaks([1, null, 2, Number.NaN, 10, 11], 2)).toEqual([1, 2, 11]);
    expect(() => jenksBreaks([], 2)).toThrow(/jenksBreaks: no finite values/);
    expect(() => jenksBreaks([1, 2], 0)).toThrow(/classes must be an integer >= 1/);
  });
});
