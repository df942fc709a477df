import { describe, expect, it } from 'vitest';
import { apportion } from './apportion.ts';

describe('apportion', () => {
  it('gives whole parts that add up to the total exactly', () => {
    const parts = apportion(100, [1, 1, 1]);
    expect(parts).toEqual([34, 33, 33]);
    expect(apportion(8_737_510, [0.123, 0.456, 0.421]).reduce((s, p) => s + p, 0)).toBe(8_737_510);
  });

  it('gives the leftover units to the largest remainders', () => {
    // Exact shares 2.6, 3.9, 3.5: floors 2, 3, 3, two units left → the remainders .9 and .6.
    expect(apportion(10, [0.26, 0.39, 0.35])).toEqual([3, 4, 3]);
  });

  it('keeps a single share whole', () => {
    expect(apportion(350_966, [0.73])).toEqual([350_966]);
  });

  it('refuses fractional totals and unusable weights', () => {
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(1, [])).toThrow(RangeError);
    expect(() => apportion(1, [0, 0])).toThrow(RangeError);
  });
});
