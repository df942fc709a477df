import { compressedWeights } from './compressedWeights.ts';
import { mulberry32 } from './mulberry32.ts';
import type { SpatialWeights } from './rowStandardise.ts';
import { toFiniteArray } from './toFiniteArray.ts';

/**
 * LISA cluster label: HH (high value among high neighbours), LL, HL (high outlier among low), LH, `ns`
 * (not significant at the chosen level) or `island` (no neighbours, so no local statistic).
 */
export type LisaQuadrant = 'HH' | 'LL' | 'HL' | 'LH' | 'ns' | 'island';

export interface LocalMoranOptions {
  /** Conditional permutations per unit (default 999; 0 skips the test and labels every quadrant). */
  readonly permutations?: number;
  /** PRNG seed (default 12345); one stream serves all units in index order. */
  readonly seed?: number;
  /** Units with p > significance are labelled `ns` (default 0.05). */
  readonly significance?: number;
}

export interface LocalMoranUnit {
  /** Local Moran I_i = (z_i / m2) · Σ_j w_ij z_j with m2 = Σ z² / n (spdep `localmoran`); 0 for islands. */
  readonly localI: number;
  /** z_i = x_i − mean(x): the unit's deviation, in the units of the input. */
  readonly deviation: number;
  /** Spatial lag of the deviations, Σ_j w_ij z_j (0 for islands). Plotted against `deviation` it is the Moran scatterplot. */
  readonly lag: number;
  /** Conditional expectation E[I_i] = −z_i² · Σ_j w_ij / ((n − 1) · m2), as in spdep. */
  readonly expected: number;
  /** Conditional permutation pseudo p-value, (M + 1) / (R + 1); `null` for islands or with 0 permutations. */
  readonly pValue: number | null;
  readonly quadrant: LisaQuadrant;
}

/**
 * Local Moran's I (Anselin 1995 LISA) per unit, with a seeded conditional permutation test.
 *
 * Normalisation follows spdep's `localmoran` (mlvar = TRUE): z = x − mean over all units,
 * m2 = Σ z² / n, I_i = (z_i / m2) · Σ_j w_ij z_j. With row-standardised weights Σ_i I_i / n equals
 * the global I computed over the same units.
 *
 * Permutation test: unit i keeps its value while its k_i neighbour slots are refilled R times with
 * values drawn without replacement from the other n − 1 units. M counts the permuted I_i as extreme
 * as or more extreme than the observed one in the direction of the observed deviation from E[I_i]
 * (≥ when I_i ≥ E[I_i], ≤ otherwise); p = (M + 1) / (R + 1). No multiple-testing correction is
 * applied: with 429 counties at 0.05 about 21 false "clusters" are expected; lower `significance`
 * (e.g. 0.01 or a Bonferroni/FDR threshold) for stricter maps.
 *
 * Quadrant uses the sign of z_i and of its lag (z ≤ 0 counts as low, like spdep's "pysal" quadrant);
 * it is reported only when p ≤ significance, otherwise `ns`. Islands get localI 0, pValue null and
 * quadrant `island`, so the map can show them as "no neighbours" rather than "not significant".
 *
 * @param values - one finite value per unit, same order as the weights
 * @param weights - spatial weights, usually row-standardised (`rowStandardise`)
 * @param options - permutations (999), seed (12345), significance (0.05)
 * @returns one result per unit, in input order
 * @throws if a value is not finite, weights do not match, all values are equal, or options are invalid
 */
export function localMoran(
  values: readonly number[],
  weights: SpatialWeights,
  options: LocalMoranOptions = {},
): LocalMoranUnit[] {
  const permutations = options.permutations ?? 999;
  if (!Number.isInteger(permutations) || permutations < 0) {
    throw new Error(`localMoran: permutations must be an integer >= 0, got ${permutations}`);
  }
  const significance = options.significance ?? 0.05;
  if (!(significance > 0 && significance <= 1)) {
    throw new Error(`localMoran: significance must be in (0, 1], got ${significance}`);
  }
  const x = toFiniteArray(values, 'localMoran');
  const n = x.length;
  const { offsets, index, weight } = compressedWeights(weights, n, 'localMoran');
  if (n < 2) throw new Error(`localMoran: needs at least 2 units, got ${n}`);

  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    z[i] = x[i]! - mean;
    m2 += z[i]! * z[i]!;
  }
  m2 /= n;
  if (!(m2 > 0)) throw new Error('localMoran: all values are equal, so local Moran I is undefined');

  const random = mulberry32(options.seed ?? 12345);
  // A permutation of all unit indices; unit i is parked in the last slot so draws come from the rest.
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const result: LocalMoranUnit[] = [];

  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    const zi = z[i]!;
    if (to === from) {
      result.push({ localI: 0, deviation: zi, lag: 0, expected: 0, pValue: null, quadrant: 'island' });
      continue;
    }
    let lag = 0;
    let rowSum = 0;
    for (let k = from; k < to; k++) {
      lag += weight[k]! * z[index[k]!]!;
      rowSum += weight[k]!;
    }
    const localI = (zi / m2) * lag;
    const expected = -(zi * zi * rowSum) / ((n - 1) * m2);

    let pValue: number | null = null;
    if (permutations > 0) {
      const at = pool.indexOf(i);
      pool[at] = pool[n - 1]!;
      pool[n - 1] = i;
      const extreme = countExtreme(
        z,
        pool,
        weight,
        from,
        to - from,
        zi / m2,
        localI,
        localI >= expected,
        permutations,
        random,
      );
      pValue = (extreme + 1) / (permutations + 1);
    }
    const significant = pValue === null || pValue <= significance;
    const high = zi > 0;
    const highLag = lag > 0;
    const quadrant: LisaQuadrant = !significant
      ? 'ns'
      : high
        ? highLag
          ? 'HH'
          : 'HL'
        : highLag
          ? 'LH'
          : 'LL';
    result.push({ localI, deviation: zi, lag, expected, pValue, quadrant });
  }
  return result;
}

/**
 * Conditional permutations for one unit: counts permuted I_i at least as extreme as `observed`.
 * `pool` holds every unit index with the unit itself parked in the last slot; draws come from the rest.
 */
function countExtreme(
  z: Float64Array,
  pool: Int32Array,
  weight: Float64Array,
  from: number,
  k: number,
  factor: number,
  observed: number,
  upward: boolean,
  permutations: number,
  random: () => number,
): number {
  const others = pool.length - 1;
  // Same data in another summation order can differ by a few ulps; such ties must count as extreme.
  const tolerance = 1e-10 * Math.abs(observed);
  let extreme = 0;
  for (let r = 0; r < permutations; r++) {
    let permutedLag = 0;
    // Partial Fisher–Yates: slots 0..k-1 become a uniform draw without replacement from the others.
    for (let s = 0; s < k; s++) {
      const pick = s + Math.floor(random() * (others - s));
      const j = pool[pick]!;
      pool[pick] = pool[s]!;
      pool[s] = j;
      permutedLag += weight[from + s]! * z[j]!;
    }
    const permutedI = factor * permutedLag;
    if (upward ? permutedI >= observed - tolerance : permutedI <= observed + tolerance) extreme++;
  }
  return extreme;
}
