import { describe, expect, it } from 'vitest';
import { standardDeviationBreaks } from './standardDeviationBreaks.ts';

// mean 5, population sd 2
const values = [2, 4, 4, 4, 5, 5, 7, 9];

describe('standardDeviationBreaks', () => {
  it('puts bounds at mean ± k·sd inside the range, with population sd', () => {
    expect(standardDeviationBreaks(values)).toEqual([2, 3, 5, 7, 9]);
  });

  it('supports half-sd classes', () => {
    expect(standardDeviationBreaks(values, { interval: 0.5 })).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('does not repeat a bound that coincides with min or max', () => {
    // mean 0, sd 1: ±1 are the extremes themselves.
    expect(standardDeviationBreaks([-1, 1])).toEqual([-1, 0, 1]);
  });

  it('handles constant data, missing values and bad options', () => {
    expect(standardDeviationBreaks([3, 3, null])).toEqual([3, 3]);
    expect(() => standardDeviationBreaks([])).toThrow(/standardDeviationBreaks: no finite values/);
    expect(() => standardDeviationBreaks(values, { interval: 0 })).toThrow(/interval must be a positive/);
  });
});
