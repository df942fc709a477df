import { describe, expect, it } from 'vitest';
import { classOf, quantileBreaks } from './quantileBreaks.ts';

describe('quantileBreaks (temporary, until @tavazon/geo classifies)', () => {
  it('puts about as many values in each class', () => {
    const classes = quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)!;
    expect(classes).toEqual({ breaks: [3, 5, 7, 9], min: 1, max: 10 });
    expect([1, 2, 3, 9, 10].map((v) => classOf(classes, v))).toEqual([0, 0, 1, 4, 4]);
  });

  it('merges classes that repeated values would leave empty, and has none for no values', () => {
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 0, 0, 1, 2], 5)?.breaks).toEqual([1]);
    expect(quantileBreaks([], 5)).toBeNull();
  });
});
