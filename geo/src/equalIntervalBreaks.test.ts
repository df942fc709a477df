import { describe, expect, it } from 'vitest';
import { equalIntervalBreaks } from './equalIntervalBreaks.ts';

describe('equalIntervalBreaks', () => {
  it('cuts the range into equal widths', () => {
    expect(equalIntervalBreaks([0, 10, 3, null], 4)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(equalIntervalBreaks([-1, 1], 1)).toEqual([-1, 1]);
  });

  it('ends exactly on the maximum despite rounding', () => {
    const breaks = equalIntervalBreaks([0.1, 0.7], 3);
    expect(breaks[3]).toBe(0.7);
    expect(breaks[1]).toBeCloseTo(0.3, 15);
  });

  it('returns one class for constant data and throws on empty input', () => {
    expect(equalIntervalBreaks([2, 2, 2], 5)).toEqual([2, 2]);
    expect(() => equalIntervalBreaks([], 5)).toThrow(/equalIntervalBreaks: no finite values/);
    expect(() => equalIntervalBreaks([1], -1)).toThrow(/classes must be an integer >= 1/);
  });
});
