import { describe, expect, it } from 'vitest';
import { theil } from './theil.ts';

describe('theil', () => {
  it('is 0 for equality and ln n when one unit holds everything (0·ln 0 = 0)', () => {
    expect(theil([2, 2, 2])).toBeCloseTo(0, 15);
    expect(theil([0, 0, 0, 1])).toBeCloseTo(Math.log(4), 15);
  });

  it('matches (1/n) Σ (y/ȳ) ln(y/ȳ) on a small case', () => {
    // ȳ = 2: (1/2)·[0.5·ln 0.5 + 1.5·ln 1.5]
    expect(theil([1, 3])).toBeCloseTo(0.5 * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5)), 15);
  });

  it('weights units by w·y share: integer weights equal replication', () => {
    expect(theil([1, 2], [2, 1])).toBeCloseTo(theil([1, 1, 2]), 15);
    expect(theil([4, 9, 1], [1, 1, 1])).toBeCloseTo(theil([4, 9, 1]), 15);
  });

  it('throws on negative values and other invalid input', () => {
    expect(() => theil([1, -2])).toThrow(/theil: value 1 is negative/);
    expect(() => theil([])).toThrow(/theil: values is empty/);
    expect(() => theil([0, 0])).toThrow(/total of values is 0/);
    expect(() => theil([1, 2], [1, 2, 3])).toThrow(/weights has 3 entries/);
  });
});
