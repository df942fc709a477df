import { describe, expect, it } from 'vitest';
import { compositeIndex } from './compositeIndex.ts';

describe('compositeIndex', () => {
  // literacy % (higher better), unemployment % (higher worse)
  const matrix = [
    [90, 8],
    [80, 12],
    [70, 16],
    [80, 12],
  ];

  it('aggregates min–max scores with weights and ranks with ties', () => {
    const result = compositeIndex(matrix, {
      weights: [0.6, 0.4],
      polarities: ['higher_better', 'higher_worse'],
    });
    expect(result.normalised).toEqual([
      [1, 1],
      [0.5, 0.5],
      [0, 0],
      [0.5, 0.5],
    ]);
    expect(result.scores.map((s) => Number(s.toFixed(12)))).toEqual([1, 0.5, 0, 0.5]);
    expect(result.ranks).toEqual([1, 2, 4, 2]);
  });

  it('reports contributions that add up to each score', () => {
    const result = compositeIndex(
      [
        [90, 8],
        [75, 15],
        [60, 9],
      ],
      { weights: [0.25, 0.75], polarities: ['higher_better', 'higher_worse'] },
    );
    result.contributions.forEach((row, i) => {
      expect(row.reduce((s, c) => s + c, 0)).toBeCloseTo(result.scores[i]!, 15);
    });
    // Unit 2: literacy normalised 0 contributes nothing; unemployment (15 − 9)/(15 − 8) · 0.75.
    expect(result.contributions[2]![0]).toBe(0);
    expect(result.contributions[2]![1]).toBeCloseTo((6 / 7) * 0.75, 15);
  });

  it('supports z-score normalisation', () => {
    const result = compositeIndex(matrix, {
      weights: [0.5, 0.5],
      polarities: ['higher_better', 'higher_worse'],
      normalisation: 'zscore',
    });
    expect(result.scores.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    expect(result.ranks).toEqual([1, 2, 4, 2]);
  });

  it('validates weights, polarities and options', () => {
    const polarities = ['higher_better', 'higher_worse'] as const;
    expect(() => compositeIndex(matrix, { weights: [0.6, 0.6], polarities: [...polarities] })).toThrow(
      /compositeIndex: weights sum to 1.2, expected 1/,
    );
    expect(() => compositeIndex(matrix, { weights: [1], polarities: [...polarities] })).toThrow(
      /1 weights for 2 indicators/,
    );
    expect(() =>
      compositeIndex(matrix, {
        weights: [0.5, 0.5],
        polarities: [...polarities],
        normalisation: 'rank' as 'minmax',
      }),
    ).toThrow(/normalisation must be 'minmax' or 'zscore'/);
  });
});
