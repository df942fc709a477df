import { describe, expect, it } from 'vitest';
import { assertInequalityInput } from './assertInequalityInput.ts';

describe('assertInequalityInput', () => {
  it('accepts non-negative values with a positive (weighted) total', () => {
    expect(() => assertInequalityInput([0, 1], undefined, 'f')).not.toThrow();
    expect(() => assertInequalityInput([0, 1], [5, 0.5], 'f')).not.toThrow();
  });

  it('names the problem', () => {
    expect(() => assertInequalityInput([], undefined, 'gini')).toThrow(/gini: values is empty/);
    expect(() => assertInequalityInput([1, -0.5], undefined, 'f')).toThrow(/value 1 is negative \(-0.5\)/);
    expect(() => assertInequalityInput([1, 2], [1, Number.NaN], 'f')).toThrow(
      /weight 1 must be a finite number >= 0/,
    );
    expect(() => assertInequalityInput([1, 2], [0, 0], 'f')).toThrow(/total of values is 0/);
  });
});
