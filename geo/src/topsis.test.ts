import { describe, expect, it } from 'vitest';
import { normaliseMinMax } from './normaliseMinMax.ts';
import { topsis } from './topsis.ts';

describe('topsis', () => {
  it('follows the classic steps on a hand-computed case', () => {
    // Column norms: sqrt(3² + 4²) = 5 for both. Weighted: [[0.3, 0.4], [0.4, 0.3]] (w = 0.5 each).
    // Column 0 benefit: ideal 0.4, anti 0.3. Column 1 cost: ideal 0.3, anti 0.4.
    // Unit 0: D+ = sqrt(0.1² + 0.1²), D- = 0 -> C = 0. Unit 1: D+ = 0 -> C = 1.
    const result = topsis(
      [
        [3, 4],
        [4, 3],
      ],
      { weights: [0.5, 0.5], polarities: ['higher_better', 'higher_worse'] },
    );
    expect(result.distanceToIdeal[0]).toBeCloseTo(Math.SQRT2 / 10, 15);
    expect(result.distanceToAntiIdeal[0]).toBeCloseTo(0, 15);
    expect(result.closeness).toEqual([0, 1]);
  });

  it('places an intermediate unit between the extremes', () => {
    // Norms: sqrt(1 + 4 + 9) = sqrt(14); weighted column values k / sqrt(14), so the middle unit
    // sits halfway between ideal and anti-ideal on every axis: C = 0.5.
    const result = topsis(
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
      {
        weights: [0.5, 0.5],
        polarities: ['higher_better', 'higher_better'],
      },
    );
    expect(result.closeness[0]).toBeCloseTo(0, 15);
    expect(result.closeness[1]).toBeCloseTo(0.5, 15);
    expect(result.closeness[2]).toBeCloseTo(1, 15);
  });

  it("accepts a pre-normalised matrix with normalisation 'none'", () => {
    const raw = [
      [90, 8],
      [75, 15],
      [60, 9],
    ];
    const normalised = normaliseMinMax(raw, ['higher_better', 'higher_worse']);
    const result = topsis(normalised, {
      weights: [0.5, 0.5],
      polarities: ['higher_better', 'higher_better'],
      normalisation: 'none',
    });
    // Unit 0 is best on both indicators, so it is the ideal itself.
    expect(result.closeness[0]).toBe(1);
    expect(result.closeness[1]! > 0 && result.closeness[1]! < 1).toBe(true);
  });

  it('gives 0.5 to every unit when all units are identical', () => {
    expect(
      topsis(
        [
          [2, 2],
          [2, 2],
        ],
        { weights: [0.5, 0.5], polarities: ['higher_better', 'higher_worse'] },
      ).closeness,
    ).toEqual([0.5, 0.5]);
  });

  it('validates input', () => {
    expect(() =>
      topsis([[1, 2]], { weights: [0.5, 0.4], polarities: ['higher_better', 'higher_better'] }),
    ).toThrow(/topsis: weights sum to 0.9/);
    expect(() =>
      topsis([[1]], { weights: [1], polarities: ['higher_better'], normalisation: 'sum' as 'none' }),
    ).toThrow(/normalisation must be 'vector' or 'none'/);
  });
});
