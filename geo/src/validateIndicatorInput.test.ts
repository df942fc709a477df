import { describe, expect, it } from 'vitest';
import { validateIndicatorInput } from './validateIndicatorInput.ts';

describe('validateIndicatorInput', () => {
  const matrix = [
    [1, 2],
    [3, 4],
  ];

  it('returns the dimensions of a valid matrix', () => {
    expect(validateIndicatorInput(matrix, 'f')).toEqual({ rows: 2, columns: 2 });
    expect(() =>
      validateIndicatorInput(matrix, 'f', {
        weights: [0.333, 0.667],
        polarities: ['higher_better', 'higher_worse'],
      }),
    ).not.toThrow();
  });

  it('names the shape problem', () => {
    expect(() => validateIndicatorInput([], 'topsis')).toThrow(/topsis: matrix has no rows/);
    expect(() => validateIndicatorInput([[]], 'f')).toThrow(/matrix has no columns/);
    expect(() => validateIndicatorInput([[1, 2], [3]], 'f')).toThrow(
      /row 1 has 1 columns, expected 2 like row 0/,
    );
  });

  it('names the row and column of a missing value', () => {
    const gap = [
      [1, 2],
      [3, null as unknown as number],
    ];
    expect(() => validateIndicatorInput(gap, 'f')).toThrow(
      /missing or non-finite value at row 1, column 1 \(null\)/,
    );
    expect(() => validateIndicatorInput([[Number.NaN]], 'f')).toThrow(/row 0, column 0 \(NaN\)/);
  });

  it('checks weights and polarities', () => {
    expect(() => validateIndicatorInput(matrix, 'f', { weights: [1] })).toThrow(/1 weights for 2 indicators/);
    expect(() => validateIndicatorInput(matrix, 'f', { weights: [0.5, 0.4] })).toThrow(
      /weights sum to 0.9, expected 1; divide each weight by their sum/,
    );
    expect(() => validateIndicatorInput(matrix, 'f', { weights: [1.5, -0.5] })).toThrow(
      /weight 1 must be a finite number >= 0/,
    );
    expect(() => validateIndicatorInput(matrix, 'f', { polarities: ['higher_better'] })).toThrow(
      /1 polarities for 2 indicators/,
    );
    expect(() =>
      validateIndicatorInput(matrix, 'f', {
        polarities: ['higher_better', 'lower_better' as 'higher_worse'],
      }),
    ).toThrow(/polarity 1 must be 'higher_better' or 'higher_worse', got 'lower_better'/);
  });
});
