import { describe, expect, it } from 'vitest';
import { dirichletWeights } from './dirichletWeights.ts';

// The oracle is the Dirichlet distribution's moments: E[w_j] = α_j / α₀ and
// Var[w_j] = w_j (1 − w_j) / (α₀ + 1), with α = α₀ · weights.

describe('dirichletWeights', () => {
  const weights = [0.5, 0.3, 0.15, 0.05];

  it('draws vectors that sum to 1, centred on the weights with the Dirichlet variance', () => {
    const concentration = 40;
    const draws = dirichletWeights(weights, { draws: 40_000, concentration, seed: 9 });
    expect(draws).toHaveLength(40_000);
    for (const row of draws.slice(0, 100)) {
      expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      expect(row.every((w) => w >= 0)).toBe(true);
    }
    weights.forEach((w, j) => {
      const column = draws.map((row) => row[j]!);
      const mean = column.reduce((s, x) => s + x, 0) / column.length;
      const variance = column.reduce((s, x) => s + (x - mean) ** 2, 0) / (column.length - 1);
      const expected = (w * (1 - w)) / (concentration + 1);
      expect(Math.abs(mean - w), `mean ${j}`).toBeLessThan(5 * Math.sqrt(expected / column.length));
      expect(Math.abs(variance / expected - 1), `variance ${j}`).toBeLessThan(0.05);
    });
  });

  it('keeps a zero weight at zero and scales weights that do not sum to 1', () => {
    const draws = dirichletWeights([2, 0, 2], { draws: 500, concentration: 10, seed: 1 });
    expect(draws.every((row) => row[1] === 0)).toBe(true);
    const mean0 = draws.reduce((s, row) => s + row[0]!, 0) / draws.length;
    expect(mean0).toBeGreaterThan(0.45);
    expect(mean0).toBeLessThan(0.55);
  });

  it('is reproducible for a seed, and tighter for a larger concentration', () => {
    const a = dirichletWeights(weights, { draws: 5, concentration: 20, seed: 3 });
    expect(dirichletWeights(weights, { draws: 5, concentration: 20, seed: 3 })).toEqual(a);
    expect(dirichletWeights(weights, { draws: 5, concentration: 20, seed: 4 })).not.toEqual(a);
    const spread = (c: number) =>
      dirichletWeights(weights, { draws: 2000, concentration: c, seed: 3 }).reduce(
        (s, row) => s + Math.abs(row[0]! - 0.5),
        0,
      );
    expect(spread(500)).toBeLessThan(spread(5) / 3);
  });

  it('refuses weights and options it cannot draw from', () => {
    const ok = { draws: 3, concentration: 10, seed: 1 };
    expect(() => dirichletWeights([0, 0], ok)).toThrow(/all be 0/);
    expect(() => dirichletWeights([1, -1], ok)).toThrow(/weight 1/);
    expect(() => dirichletWeights([1, Number.NaN], ok)).toThrow(/weight 1/);
    expect(() => dirichletWeights([1], { ...ok, draws: 1.5 })).toThrow(/draws/);
    expect(() => dirichletWeights([1], { ...ok, concentration: 0 })).toThrow(/concentration/);
  });
});
