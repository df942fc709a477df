import { competitionRank } from './competitionRank.ts';
import { normaliseMinMax } from './normaliseMinMax.ts';
import { normaliseZScore } from './normaliseZScore.ts';
import { type Polarity, validateIndicatorInput } from './validateIndicatorInput.ts';

export interface CompositeIndexOptions {
  /** One weight per indicator, >= 0, summing to 1 (e.g. from `entropyWeights` or expert judgement). */
  readonly weights: readonly number[];
  /** One polarity per indicator. */
  readonly polarities: readonly Polarity[];
  /** `'minmax'` (default, scores in [0, 1]) or `'zscore'` (scores in weighted sd units around 0). */
  readonly normalisation?: 'minmax' | 'zscore';
}

export interface CompositeIndexResult {
  /** Per unit: Σ_j w_j · normalised_ij; higher is more developed. */
  readonly scores: number[];
  /** Per unit: competition rank of the score, 1 = highest score; ties share a rank (1, 2, 2, 4). */
  readonly ranks: number[];
  /** Per unit and indicator: w_j · normalised_ij, so each row sums to that unit's score. */
  readonly contributions: number[][];
  /** The normalised matrix the score was built from. */
  readonly normalised: number[][];
}

/**
 * Composite development index by weighted linear aggregation of normalised indicators, with ranks and
 * the contribution of each indicator to each unit's score (what lifts or sinks a county).
 *
 * @param matrix - n × m raw indicator values (rows = units, columns = indicators), any units
 * @param options - weights (sum 1), polarities, normalisation (`'minmax'` default, or `'zscore'`)
 * @returns scores, ranks, per-indicator contributions and the normalised matrix
 * @throws on an empty/ragged matrix, missing values, weights that are negative or do not sum to 1,
 *   or invalid polarities
 */
export function compositeIndex(
  matrix: readonly (readonly number[])[],
  options: CompositeIndexOptions,
): CompositeIndexResult {
  const { weights, polarities } = options;
  const normalisation = options.normalisation ?? 'minmax';
  if (normalisation !== 'minmax' && normalisation !== 'zscore') {
    throw new Error(
      `compositeIndex: normalisation must be 'minmax' or 'zscore', got '${String(normalisation)}'`,
    );
  }
  validateIndicatorInput(matrix, 'compositeIndex', { weights, polarities });
  const normalised =
    normalisation === 'minmax' ? normaliseMinMax(matrix, polarities) : normaliseZScore(matrix, polarities);
  const contributions = normalised.map((row) => row.map((v, j) => weights[j]! * v));
  const scores = contributions.map((row) => row.reduce((s, c) => s + c, 0));
  return { scores, ranks: competitionRank(scores), contributions, normalised };
}
