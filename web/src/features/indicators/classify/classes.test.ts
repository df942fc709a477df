import { describe, expect, it } from 'vitest';
import { classifyValues, parseManualBreaks } from './classes.ts';

describe('classifyValues (with @tavazon/geo)', () => {
  it('classes by Jenks and counts every value once', () => {
    const r = classifyValues([1, 2, 3, 10, 11, 12, 20, 21, 22, null], {
      method: 'jenks',
      classes: 3,
      manual: [],
    });
    expect(r.breaks).toEqual([1, 3, 12, 22]);
    expect(r.counts).toEqual([3, 3, 3]);
    expect(r.missing).toBe(1);
  });

  it('quantile classes hold about as many values', () => {
    const r = classifyValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { method: 'quantile', classes: 5, manual: [] });
    expect(r.counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('manual breaks report values out of range', () => {
    const r = classifyValues([1, 5, 50], { method: 'manual', classes: 5, manual: [0, 4, 10] });
    expect(r.counts).toEqual([1, 1]);
    expect(r.outOfRange).toBe(1);
  });

  it('parses Persian digits and separators', () => {
    expect(parseManualBreaks('۰، ۸٫۵ ۱۲')).toEqual([0, 8.5, 12]);
  });
});
