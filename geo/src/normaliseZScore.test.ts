import { describe, expect, it } from 'vitest';
import { normaliseZScore } from './normaliseZScore.ts';

describe('normaliseZScore', () => {
  it('standardises with the population sd and flips higher_worse indicators', () => {
    // mean 2, population sd sqrt(2/3)
    const out = normaliseZScore(
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
      ['higher_better', 'higher_worse'],
    );
    const s = Math.sqrt(3 / 2);
    expect(out[0]![0]).toBeCloseTo(-s, 15);
    expect(out[2]![0]).toBeCloseTo(s, 15);
    expect(out[0]![1]).toBeCloseTo(s, 15);
    expect(out[1]![1]).toBeCloseTo(0, 15);
  });

  it('gives 0 for a constant indicator and validates input', () => {
    expect(normaliseZScore([[5], [5], [5]], ['higher_worse'])).toEqual([[0], [0], [0]]);
    expect(() => normaliseZScore([[1]], ['up' as 'higher_better'])).toThrow(/polarity 0 must be/);
  });
});
