import { describe, expect, it } from 'vitest';
import { lorenzCurve } from './lorenzCurve.ts';

describe('lorenzCurve', () => {
  it('runs from [0, 0] to [1, 1] through sorted cumulative shares', () => {
    expect(lorenzCurve([1, 0, 0, 0])).toEqual([
      [0, 0],
      [0.25, 0],
      [0.5, 0],
      [0.75, 0],
      [1, 1],
    ]);
  });

  it('puts cumulative weight on x and cumulative value × weight on y', () => {
    // Sorted by value: 1 (weight 3) then 3 (weight 1); value × weight totals 3 + 3 = 6.
    expect(lorenzCurve([3, 1], [1, 3])).toEqual([
      [0, 0],
      [0.75, 0.5],
      [1, 1],
    ]);
  });

  it('lies on the diagonal for equal values and ends exactly at [1, 1]', () => {
    const curve = lorenzCurve([0.1, 0.1, 0.1]);
    for (const [x, y] of curve) expect(y).toBeCloseTo(x, 15);
    expect(curve[curve.length - 1]).toEqual([1, 1]);
  });

  it('throws on invalid input', () => {
    expect(() => lorenzCurve([])).toThrow(/values is empty/);
    expect(() => lorenzCurve([-1, 2])).toThrow(/negative/);
  });
});
