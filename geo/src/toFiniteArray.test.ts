import { describe, expect, it } from 'vitest';
import { toFiniteArray } from './toFiniteArray.ts';

describe('toFiniteArray', () => {
  it('copies finite numbers into a Float64Array', () => {
    const out = toFiniteArray([1, 2.5, -3], 'f');
    expect(out).toBeInstanceOf(Float64Array);
    expect([...out]).toEqual([1, 2.5, -3]);
  });

  it('names the first missing value', () => {
    expect(() => toFiniteArray([1, Number.NaN], 'moranGlobal')).toThrow(
      /moranGlobal: value 1 is not a finite number/,
    );
    expect(() => toFiniteArray([null as unknown as number], 'f')).toThrow(
      /value 0 .*impute or drop it first/,
    );
  });
});
