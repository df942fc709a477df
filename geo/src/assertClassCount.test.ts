import { describe, expect, it } from 'vitest';
import { assertClassCount } from './assertClassCount.ts';

describe('assertClassCount', () => {
  it('accepts positive integers only', () => {
    expect(() => assertClassCount(1, 'f')).not.toThrow();
    expect(() => assertClassCount(0, 'f')).toThrow(/f: classes must be an integer >= 1, got 0/);
    expect(() => assertClassCount(Number.NaN, 'f')).toThrow(/got NaN/);
    expect(() => assertClassCount(1.5, 'f')).toThrow(/got 1.5/);
  });
});
