import { describe, expect, it } from 'vitest';
import { coefficientOfVariation } from './coefficientOfVariation.ts';
import { williamsonIndex } from './williamsonIndex.ts';

describe('williamsonIndex', () => {
  it('weights squared deviations from the population-weighted mean by population share', () => {
    // ȳ = (1·3 + 3·1)/4 = 1.5; variance = (0.25·3 + 2.25·1)/4 = 0.75; sqrt(0.75)/1.5 = 1/√3
    expect(williamsonIndex([1, 3], [3, 1])).toBeCloseTo(1 / Math.sqrt(3), 15);
  });

  it('equals the unweighted coefficient of variation when populations are equal', () => {
    const values = [12, 7, 9.5, 3];
    expect(williamsonIndex(values, [10, 10, 10, 10])).toBeCloseTo(coefficientOfVariation(values), 15);
  });

  it('validates populations', () => {
    expect(() => williamsonIndex([1, 2], [1])).toThrow(/populations has 1 entries but values has 2/);
    expect(() => williamsonIndex([1, 2], [0, 0])).toThrow(/populations sum to 0/);
    expect(() => williamsonIndex([1, 2], [1, -1])).toThrow(/population 1 must be a finite number >= 0/);
    expect(() => williamsonIndex([], [])).toThrow(/values is empty/);
    expect(() => williamsonIndex([-2, 1], [1, 1])).toThrow(/weighted mean must be positive/);
  });
});
