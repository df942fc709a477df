import { describe, expect, it } from 'vitest';
import { maxMinRatio } from './maxMinRatio.ts';

describe('maxMinRatio', () => {
  it('divides the largest value by the smallest', () => {
    expect(maxMinRatio([2, 8, 4])).toBe(4);
    expect(maxMinRatio([5])).toBe(1);
  });

  it('refuses a zero or negative minimum and non-finite values', () => {
    expect(() => maxMinRatio([0, 3])).toThrow(/minimum must be > 0, got 0/);
    expect(() => maxMinRatio([-1, 3])).toThrow(/minimum must be > 0/);
    expect(() => maxMinRatio([])).toThrow(/values is empty/);
    expect(() => maxMinRatio([1, Number.POSITIVE_INFINITY])).toThrow(/value 1 is not a finite number/);
  });
});
