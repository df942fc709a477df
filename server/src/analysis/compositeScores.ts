import {
  competitionRank,
  compositeIndex,
  entropyWeights,
  normaliseMinMax,
  type Polarity,
  topsis,
} from '@tavazon/geo';

export interface CompositeInput {
  /** Units × indicators, every value present. */
  matrix: number[][];
  polarities: Polarity[];
  /** Scaled weights summing to 1, or objective entropy weights. */
  weights: number[] | 'entropy';
  normalisation: 'minmax' | 'zscore';
  method: 'topsis' | 'weighted-sum';
}

// Scores that differ only by floating-point noise (the same values summed in another order) must
// tie, so ranks are taken on scores rounded to this many decimals.
const RANK_DECIMALS = 10;

/**
 * The arithmetic of the composite index (weights, normalisation, TOPSIS or weighted sum, ranks): a pure
 * function of the matrix, run on the analysis worker pool like the other heavy statistics.
 */
export function compositeScores(input: CompositeInput) {
  const { matrix, polarities } = input;
  // Entropy needs non-negative shares, so it is always measured on the min–max matrix, whichever
  // normalisation the scores use.
  const weights =
    input.weights === 'entropy' ? entropyWeights(normaliseMinMax(matrix, polarities)) : input.weights;
  const index = compositeIndex(matrix, { weights, polarities, normalisation: input.normalisation });
  const scores =
    input.method === 'topsis'
      ? // The matrix is already normalised and turned so that higher is better.
        topsis(index.normalised, {
          weights,
          polarities: polarities.map(() => 'higher_better' as const),
          normalisation: 'none',
        }).closeness
      : index.scores;
  const ranks = competitionRank(scores.map((s) => Number(s.toFixed(RANK_DECIMALS))));
  return { weights, scores, ranks, contributions: index.contributions };
}
