import { describe, expect, it } from 'vitest';
import { coefficientOfVariation } from './coefficientOfVariation.ts';

describe('coefficientOfVariation', () => {
  it('uses the population standard deviation', () => {
    // mean 5, population sd 2 (sample sd would be 2.138…)
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(0.4, 15);
    expect(coefficientOfVariation([3, 3, 3])).toBe(0);
  });

  it('rejects empty input, non-finite values and a non-positive mean', () => {
    expect(() => coefficientOfVariation([])).toThrow(/values is empty/);
    expect(() => coefficientOfVariation([1, Number.NaN])).toThrow(/value 1 is not a finite number/);
    expect(() => coefficientOfVariation([-1, 1])).toThrow(/mean must be positive/);
  });
});
