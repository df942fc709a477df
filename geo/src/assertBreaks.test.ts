import { describe, expect, it } from 'vitest';
import { assertBreaks } from './assertBreaks.ts';

describe('assertBreaks', () => {
  it('accepts increasing breaks and an equal first pair', () => {
    expect(() => assertBreaks([0, 1], 'f')).not.toThrow();
    expect(() => assertBreaks([0, 0, 1, 2], 'f')).not.toThrow();
  });

  it('rejects short, non-finite or unordered breaks', () => {
    expect(() => assertBreaks([1], 'f')).toThrow(/f: need at least 2 breaks/);
    expect(() => assertBreaks([0, Number.POSITIVE_INFINITY], 'f')).toThrow(/break 1 is not a finite number/);
    expect(() => assertBreaks([0, 1, 1], 'f')).toThrow(/break 2 \(1\) follows 1/);
    expect(() => assertBreaks([1, 0], 'f')).toThrow(/must increase strictly/);
  });
});
