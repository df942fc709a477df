import { compressedWeights } from './compressedWeights.ts';
import { mulberry32 } from './mulberry32.ts';
import type { SpatialWeights } from './rowStandardise.ts';
import { toFiniteArray } from './toFiniteArray.ts';

export interface MoranGlobalOptions {
  /** Number of random permutations for the pseudo p-value (default 999; 0 skips the test). */
  readonly permutations?: number;
  /** PRNG seed, so the same data always gives the same p-value (default 12345). */
  readonly seed?: number;
}

export interface MoranGlobalResult {
  /** Moran's I. */
  readonly I: number;
  /** E[I] = −1 / (n − 1). */
  readonly expected: number;
  /** Var[I] under randomisation (spdep `moran.test(randomisation = TRUE)`). */
  readonly variance: number;
  /** Standard deviate (I − E[I]) / sqrt(Var[I]). */
  readonly z: number;
  /** Permutation pseudo p-value (M + 1) / (R + 1); `null` when `permutations` is 0. */
  readonly pValue: number | null;
  readonly permutations: number;
  /** Units with at least one neighbour: the n of the formulas (islands are left out, as in spdep). */
  readonly n: number;
}

/**
 * Global Moran's I with spdep's analytic moments and a seeded permutation test.
 *
 * I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i², with z = x − mean(x). Islands follow spdep's
 * `zero.policy = TRUE, adjust.n = TRUE`: the mean, Σz² and kurtosis use every unit, while n in the
 * formulas counts only units with neighbours. Var[I] is the randomisation variance of Cliff and Ord
 * (spdep `moran.test(..., randomisation = TRUE)`), with S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)²,
 * S2 = Σ_i (w_i. + w_.i)² and b2 = n_all Σ z⁴ / (Σ z²)².
 *
 * Permutation test: values are shuffled over all units R times; M counts the permuted I that are as
 * extreme as or more extreme than the observed one in the direction of the observed deviation from
 * E[I] (≥ I when I ≥ E[I], ≤ I otherwise); p = (M + 1) / (R + 1). It is one-sided in the observed
 * direction, so its smallest value is 1 / (R + 1) (0.001 for 999).
 *
 * @param values - one finite value per unit, same order as the weights
 * @param weights - spatial weights, e.g. `rowStandardise(contiguityNeighbours(features).neighbours)`
 * @param options - permutations (default 999) and seed (default 12345)
 * @returns I, E[I], Var[I], z, pseudo p-value and the n used
 * @throws if a value is not finite, weights do not match the values, all values are equal, or fewer
 *   than 4 units have neighbours (the variance needs n − 3 > 0)
 */
export function moranGlobal(
  values: readonly number[],
  weights: SpatialWeights,
  options: MoranGlobalOptions = {},
): MoranGlobalResult {
  const permutations = options.permutations ?? 999;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error(`moranGlobal: permutations must be an integer >= 0, got ${permutations}`);
  }
  const x = toFiniteArray(values, 'moranGlobal');
  const nAll = x.length;
  const { offsets, index, weight } = compressedWeights(weights, nAll, 'moranGlobal');

  let mean = 0;
  for (let i = 0; i < nAll; i++) mean += x[i]!;
  mean /= nAll;
  const z = new Float64Array(nAll);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < nAll; i++) {
    const d = x[i]! - mean;
    z[i] = d;
    m2 += d * d;
    m4 += d * d * d * d;
  }
  if (!(m2 > 0)) throw new Error('moranGlobal: all values are equal, so Moran I is undefined');

  let n = 0;
  let s0 = 0;
  const rowSum = new Float64Array(nAll);
  const colSum = new Float64Array(nAll);
  const lookup = new Map<number, number>();
  for (let i = 0; i < nAll; i++) {
    if (offsets[i + 1]! > offsets[i]!) n++;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = index[k]!;
      const w = weight[k]!;
      s0 += w;
      rowSum[i] = rowSum[i]! + w;
      colSum[j] = colSum[j]! + w;
      lookup.set(i * nAll + j, w);
    }
  }
  if (n < 4) throw new Error(`moranGlobal: needs at least 4 units with neighbours, got ${n}`);
  if (s0 === 0) throw new Error('moranGlobal: the weights sum to 0');
  let s1 = 0;
  for (let i = 0; i < nAll; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = index[k]!;
      const wij = weight[k]!;
      const wji = lookup.get(j * nAll + i) ?? 0;
      s1 += wij * wij + wij * wji;
    }
  }
  let s2 = 0;
  for (let i = 0; i < nAll; i++) s2 += (rowSum[i]! + colSum[i]!) ** 2;

  const crossObserved = crossProduct(z, offsets, index, weight);
  const scale = n / s0 / m2;
  const I = scale * crossObserved;
  const expected = -1 / (n - 1);
  const b2 = (nAll * m4) / (m2 * m2);
  const nn = n * n;
  const s02 = s0 * s0;
  const top = n * (s1 * (nn - 3 * n + 3) - n * s2 + 3 * s02) - b2 * (s1 * (nn - n) - 2 * n * s2 + 6 * s02);
  const variance = top / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected;
  const zScore = (I - expected) / Math.sqrt(variance);

  let pValue: number | null = null;
  if (permutations > 0) {
    const random = mulberry32(options.seed ?? 12345);
    const shuffled = Float64Array.from(z);
    const upward = I >= expected;
    // Same data in another summation order can differ by a few ulps; such ties must count as extreme.
    const tolerance = 1e-10 * Math.abs(crossObserved);
    let extreme = 0;
    for (let r = 0; r < permutations; r++) {
      for (let i = nAll - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = shuffled[i]!;
        shuffled[i] = shuffled[j]!;
        shuffled[j] = t;
      }
      const cross = crossProduct(shuffled, offsets, index, weight);
      if (upward ? cross >= crossObserved - tolerance : cross <= crossObserved + tolerance) extreme++;
    }
    pValue = (extreme + 1) / (permutations + 1);
  }
  return { I, expected, variance, z: zScore, pValue, permutations, n };
}

/** Σ_i z_i Σ_j w_ij z_j. */
function crossProduct(z: Float64Array, offsets: Int32Array, index: Int32Array, weight: Float64Array): number {
  let total = 0;
  const n = z.length;
  for (let i = 0; i < n; i++) {
    let lag = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) lag += weight[k]! * z[index[k]!]!;
    total += z[i]! * lag;
  }
  return total;
}
