import { describe, expect, it } from 'vitest';
import { gini } from './gini.ts';

describe('gini', () => {
  it('gives the known values for equal and fully concentrated distributions', () => {
    expect(gini([1, 1, 1, 1])).toBeCloseTo(0, 15);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 15);
  });

  it('matches the sorted-rank formula Σ(2i − n − 1)·x_(i) / (n²·mean)', () => {
    // (−3·1 − 1·2 + 1·3 + 3·4) / (16 · 2.5) = 10 / 40
    expect(gini([3, 1, 4, 2])).toBeCloseTo(0.25, 15);
  });

  it('treats integer weights as replicated units', () => {
    expect(gini([1, 2], [2, 1])).toBeCloseTo(gini([1, 1, 2]), 15);
    expect(gini([1, 1, 2])).toBeCloseTo(1 / 6, 15);
    expect(gini([5, 3, 8], [1, 1, 1])).toBeCloseTo(gini([5, 3, 8]), 15);
  });

  it('ignores units with zero weight', () => {
    expect(gini([1, 100, 3], [1, 0, 1])).toBeCloseTo(gini([1, 3]), 15);
  });

  it('is scale invariant', () => {
    expect(gini([2, 6, 4, 8])).toBeCloseTo(gini([1, 3, 2, 4]), 15);
  });

  it('rejects input without a meaningful share', () => {
    expect(() => gini([])).toThrow(/lorenzCurve: values is empty/);
    expect(() => gini([1, -1])).toThrow(/value 1 is negative/);
    expect(() => gini([0, 0])).toThrow(/total of values is 0/);
    expect(() => gini([1, 2], [1])).toThrow(/weights has 1 entries but values has 2/);
    expect(() => gini([1, Number.NaN])).toThrow(/value 1 is not a finite number/);
    expect(() => gini([1, 2], [1, -2])).toThrow(/weight 1 must be a finite number >= 0/);
  });
});
