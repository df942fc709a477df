import { describe, expect, it } from 'vitest';
import { sortedFiniteValues } from './sortedFiniteValues.ts';

describe('sortedFiniteValues', () => {
  it('drops missing and infinite values and sorts numerically', () => {
    expect(
      sortedFiniteValues([10, null, 9, Number.NaN, -1, undefined, Number.NEGATIVE_INFINITY], 'f'),
    ).toEqual([-1, 9, 10]);
  });

  it('throws when nothing is left', () => {
    expect(() => sortedFiniteValues([null], 'jenksBreaks')).toThrow(
      /jenksBreaks: no finite values to classify \(input has 1 entries\)/,
    );
  });
});
