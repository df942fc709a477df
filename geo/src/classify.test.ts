import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';

describe('classify', () => {
  it('closes classes on the right: a value equal to a break goes to the class below it', () => {
    const result = classify([0, 2, 5, 5.0001, 10], [0, 5, 10]);
    expect(result.classIndex).toEqual([0, 0, 0, 1, 1]);
    expect(result.counts).toEqual([3, 2]);
  });

  it('counts missing and out-of-range values separately', () => {
    const result = classify([1, null, Number.NaN, undefined, -1, 11, Number.NEGATIVE_INFINITY], [0, 5, 10]);
    expect(result.classIndex).toEqual([0, null, null, null, null, null, null]);
    expect(result.counts).toEqual([1, 0]);
    expect(result.missing).toBe(4);
    expect(result.outOfRange).toBe(2);
  });

  it('supports a first class that holds only the minimum', () => {
    const result = classify([0, 0, 0.5, 2], [0, 0, 2]);
    expect(result.classIndex).toEqual([0, 0, 1, 1]);
  });

  it('handles a single-value class and many classes', () => {
    expect(classify([7, 7], [7, 7]).counts).toEqual([2]);
    const breaks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(classify([0.5, 9.5, 10, 3], breaks).classIndex).toEqual([0, 9, 9, 2]);
  });

  it('rejects malformed breaks', () => {
    expect(() => classify([1], [3, 1])).toThrow(/classify: breaks must increase strictly/);
    expect(() => classify([1], [])).toThrow(/classify: need at least 2 breaks/);
  });
});
