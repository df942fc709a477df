import { type Polarity, validateIndicatorInput } from './validateIndicatorInput.ts';

export interface TopsisOptions {
  /** One weight per indicator, >= 0, summing to 1. */
  readonly weights: readonly number[];
  /** One polarity per indicator: the ideal takes the max of `higher_better`, the min of `higher_worse`. */
  readonly polarities: readonly Polarity[];
  /**
   * `'vector'` (default, classic TOPSIS): r_ij = x_ij / sqrt(Σ_i x_ij²). `'none'`: use the matrix as
   * given, e.g. already min–max normalised (then pass `'higher_better'` for every column, since
   * `normaliseMinMax` has already turned `higher_worse` indicators around).
   */
  readonly normalisation?: 'vector' | 'none';
}

export interface TopsisResult {
  /** Relative closeness to the ideal, C_i = D⁻ / (D⁺ + D⁻) in [0, 1]; higher is better. */
  readonly closeness: number[];
  /** Euclidean distance to the ideal solution, D⁺ (weighted normalised units). */
  readonly distanceToIdeal: number[];
  /** Euclidean distance to the anti-ideal solution, D⁻. */
  readonly distanceToAntiIdeal: number[];
}

/**
 * TOPSIS (Hwang & Yoon 1981): ranks units by closeness to an ideal unit that has the best value of
 * every indicator and distance from an anti-ideal that has the worst.
 *
 * Steps: normalise (vector normalisation by default), weight v_ij = w_j · r_ij, ideal A⁺_j = best v_j
 * and anti-ideal A⁻_j = worst v_j by polarity, Euclidean distances D⁺ and D⁻, C = D⁻ / (D⁺ + D⁻).
 * An all-zero column stays 0 under vector normalisation. If every unit is identical on every weighted
 * indicator (D⁺ = D⁻ = 0), closeness is 0.5 for all: none is nearer the ideal than another.
 * Rank with `competitionRank(result.closeness)`.
 *
 * @param matrix - n × m indicator values (rows = units, columns = indicators)
 * @param options - weights (sum 1), polarities, normalisation (`'vector'` or `'none'`)
 * @returns closeness and both distances per unit
 * @throws on an empty/ragged matrix, missing values, invalid weights or polarities
 */
export function topsis(matrix: readonly (readonly number[])[], options: TopsisOptions): TopsisResult {
  const { weights, polarities } = options;
  const normalisation = options.normalisation ?? 'vector';
  if (normalisation !== 'vector' && normalisation !== 'none') {
    throw new Error(`topsis: normalisation must be 'vector' or 'none', got '${String(normalisation)}'`);
  }
  const { rows, columns } = validateIndicatorInput(matrix, 'topsis', { weights, polarities });
  const weighted = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  const ideal = new Array<number>(columns).fill(0);
  const antiIdeal = new Array<number>(columns).fill(0);
  for (let j = 0; j < columns; j++) {
    let norm = 1;
    if (normalisation === 'vector') {
      let squares = 0;
      for (let i = 0; i < rows; i++) squares += matrix[i]![j]! ** 2;
      norm = Math.sqrt(squares);
    }
    let max = Number.NEGATIVE_INFINITY;
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rows; i++) {
      const v = norm > 0 ? (weights[j]! * matrix[i]![j]!) / norm : 0;
      weighted[i]![j] = v;
      if (v > max) max = v;
      if (v < min) min = v;
    }
    const better = polarities[j] === 'higher_better';
    ideal[j] = better ? max : min;
    antiIdeal[j] = better ? min : max;
  }
  const closeness: number[] = [];
  const distanceToIdeal: number[] = [];
  const distanceToAntiIdeal: number[] = [];
  for (let i = 0; i < rows; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < columns; j++) {
      const v = weighted[i]![j]!;
      plus += (v - ideal[j]!) ** 2;
      minus += (v - antiIdeal[j]!) ** 2;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    distanceToIdeal.push(dPlus);
    distanceToAntiIdeal.push(dMinus);
    closeness.push(dPlus + dMinus === 0 ? 0.5 : dMinus / (dPlus + dMinus));
  }
  return { closeness, distanceToIdeal, distanceToAntiIdeal };
}
