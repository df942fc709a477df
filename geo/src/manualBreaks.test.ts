import { describe, expect, it } from 'vitest';
import { manualBreaks } from './manualBreaks.ts';

describe('manualBreaks', () => {
  it('returns a copy of valid breaks', () => {
    const input = [0, 5, 10, 40];
    const out = manualBreaks(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
  });

  it('allows a first class holding only the lowest bound', () => {
    expect(manualBreaks([0, 0, 5])).toEqual([0, 0, 5]);
  });

  it('rejects malformed breaks with clear messages', () => {
    expect(() => manualBreaks([5])).toThrow(/manualBreaks: need at least 2 breaks/);
    expect(() => manualBreaks([0, 10, 5])).toThrow(/break 2 \(5\) follows 10/);
    expect(() => manualBreaks([0, 5, 5])).toThrow(/must increase strictly/);
    expect(() => manualBreaks([0, Number.NaN])).toThrow(/break 1 is not a finite number/);
  });
});
