import { describe, expect, it } from 'vitest';
import { dirichletWeights } from './dirichletWeights.ts';
import { mulberry32 } from './mulberry32.ts';
import { rankStability } from './rankStability.ts';
import { topsis } from './topsis.ts';

// The oracle recomputes everything by brute force from the same weightings: the score with a plain loop
// (weighted sum) or with `topsis` itself, each rank as 1 + the number of units scoring strictly higher,
// and each percentile as the smallest rank that at least p of the weightings reach.

function randomMatrix(n: number, m: number, seed: number): number[][] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => Array.from({ length: m }, () => random()));
}

function bruteForce(
  matrix: number[][],
  weights: number[],
  method: 'weighted-sum' | 'topsis',
  options: { draws: number; concentration: number; seed: number; topK: number },
) {
  const loo = weights.map((w, j) => weights.map((v, k) => (k === j ? 0 : v / (1 - w))));
  const weightings = [...dirichletWeights(weights, options), ...(weights.length > 1 ? loo : [])];
  const scoreOf = (w: number[]) =>
    (method === 'weighted-sum'
      ? matrix.map((row) => row.reduce((s, v, j) => s + w[j]! * v, 0))
      : topsis(matrix, { weights: w, polarities: w.map(() => 'higher_better'), normalisation: 'none' })
          .closeness
    ).map((s) => Math.round(s * 1e10) / 1e10);
  const ranksOf = (scores: number[]) => scores.map((s) => 1 + scores.filter((t) => t > s).length);
  const perSet = weightings.map((w) => ranksOf(scoreOf(w)));
  const percentile = (ranks: number[], p: number) =>
    Math.min(...ranks.filter((r) => ranks.filter((x) => x <= r).length >= p * ranks.length));
  return {
    weightings: weightings.length,
    rank: ranksOf(scoreOf(weights)),
    low: matrix.map((_, i) =>
      percentile(
        perSet.map((r) => r[i]!),
        0.05,
      ),
    ),
    median: matrix.map((_, i) =>
      percentile(
        perSet.map((r) => r[i]!),
        0.5,
      ),
    ),
    high: matrix.map((_, i) =>
      percentile(
        perSet.map((r) => r[i]!),
        0.95,
      ),
    ),
    topShare: matrix.map((_, i) => perSet.filter((r) => r[i]! <= options.topK).length / perSet.length),
  };
}

describe('rankStability', () => {
  const weights = [0.4, 0.3, 0.2, 0.1];
  const options = { draws: 200, concentration: 30, seed: 17, topK: 5 };

  it.each(['weighted-sum', 'topsis'] as const)('matches the brute-force oracle (%s)', (method) => {
    const matrix = randomMatrix(40, 4, 3);
    const got = rankStability(matrix, { weights, method, ...options });
    expect(got).toEqual(bruteForce(matrix, weights, method, options));
    expect(got.weightings).toBe(204);
  });

  it('shares ranks between identical units and keeps a dominant unit first under every weighting', () => {
    const matrix = randomMatrix(20, 3, 8).map((row) => row.map((v) => v * 0.9));
    matrix.push([1, 1, 1], [0.95, 0.95, 0.95], [0.95, 0.95, 0.95]);
    const w = [0.5, 0.25, 0.25];
    const got = rankStability(matrix, { weights: w, method: 'weighted-sum', ...options, topK: 1 });
    expect(got).toEqual(bruteForce(matrix, w, 'weighted-sum', { ...options, topK: 1 }));
    expect([got.low[20], got.high[20], got.topShare[20]]).toEqual([1, 1, 1]);
    expect(got.rank[21]).toBe(2);
    expect(got.rank[22]).toBe(2);
    expect(got.low.every((low, i) => low <= got.median[i]! && got.median[i]! <= got.high[i]!)).toBe(true);
  });

  it('gives a single criterion no spread, and one left at weight 0 no leave-one-out run', () => {
    const matrix = randomMatrix(10, 2, 4);
    const single = rankStability(matrix, { weights: [1, 0], method: 'topsis', ...options });
    expect(single.weightings).toBe(options.draws);
    expect(single.low).toEqual(single.rank);
    expect(single.high).toEqual(single.rank);
  });

  it('is reproducible for a seed', () => {
    const matrix = randomMatrix(30, 4, 5);
    const a = rankStability(matrix, { weights, method: 'topsis', ...options });
    expect(rankStability(matrix, { weights, method: 'topsis', ...options })).toEqual(a);
    const other = rankStability(matrix, { weights, method: 'topsis', ...options, seed: 18 });
    expect(other.rank).toEqual(a.rank);
  });

  it('refuses bad options', () => {
    const matrix = randomMatrix(5, 2, 1);
    const base = { weights: [0.5, 0.5], method: 'weighted-sum' as const, ...options, topK: 2 };
    expect(() => rankStability(matrix, { ...base, topK: 6 })).toThrow(/topK/);
    expect(() => rankStability(matrix, { ...base, topK: 0 })).toThrow(/topK/);
    expect(() => rankStability(matrix, { ...base, weights: [0.5, 0.6] })).toThrow();
    expect(() => rankStability(matrix, { ...base, method: 'median' as never })).toThrow(/method/);
    expect(() => rankStability([[1, Number.NaN]], { ...base, topK: 1 })).toThrow();
  });
});
