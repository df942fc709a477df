import { describe, expect, it } from 'vitest';
import { gammaVariate } from './gammaVariate.ts';
import { mulberry32 } from './mulberry32.ts';

// The oracle is the distribution itself: Gamma(a, 1) has mean a and variance a, and its CDF at a point
// is known in closed form for a = 1 (exponential: 1 − e^(−x)) and a = 2 (1 − (1 + x) e^(−x)).

function sample(shape: number, n: number, seed = 11) {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => gammaVariate(shape, random));
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('gammaVariate', () => {
  it.each([0.3, 1, 2.5, 40])('has mean and variance equal to the shape %s', (shape) => {
    const xs = sample(shape, 60_000);
    // Standard errors: sqrt(a/n) for the mean; the variance's is larger, hence the looser bound.
    expect(Math.abs(mean(xs) - shape)).toBeLessThan(5 * Math.sqrt(shape / xs.length));
    expect(Math.abs(variance(xs) / shape - 1)).toBeLessThan(0.05);
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
  });

  it('follows the exponential and Erlang-2 distribution functions', () => {
    for (const [shape, cdf] of [
      [1, (x: number) => 1 - Math.exp(-x)],
      [2, (x: number) => 1 - (1 + x) * Math.exp(-x)],
    ] as const) {
      const xs = sample(shape, 40_000, 5);
      for (const at of [0.5, 1, 2, 4]) {
        const share = xs.filter((x) => x <= at).length / xs.length;
        expect(Math.abs(share - cdf(at)), `shape ${shape} at ${at}`).toBeLessThan(0.01);
      }
    }
  });

  it('is reproducible for a seed', () => {
    expect(sample(1.7, 10, 3)).toEqual(sample(1.7, 10, 3));
    expect(sample(1.7, 10, 3)).not.toEqual(sample(1.7, 10, 4));
  });

  it('refuses a shape that is not above 0', () => {
    for (const shape of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => gammaVariate(shape, Math.random)).toThrow(/shape/);
    }
  });
});
