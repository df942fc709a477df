import type { Need } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { competitionRank, normaliseMinMax, type Polarity, topsis } from '@tavazon/geo';
import { compositeInputs } from '../analysis/compositeAnalysis.ts';

export interface NeedParams {
  set: string;
  period?: string | undefined;
  province?: string | undefined;
  indicators: string[];
  weights: number[] | 'entropy';
  method: 'topsis' | 'weighted-sum';
  polarities?: Record<string, Polarity> | undefined;
}

// As in the composite analysis: scores equal but for float noise must tie.
const RANK_DECIMALS = 10;

export const rankOrder = '1 = most in need' as const;

const towardsNeed = (p: Polarity): Polarity => (p === 'higher_better' ? 'higher_worse' : 'higher_better');

/**
 * The need score of the counties of a scope: the composite index of the same criteria turned around, so
 * that the county worst on every criterion scores 1. Each criterion is min–max normalised towards need
 * (1 = the worst county on it, e.g. the highest unemployment or the lowest higher-education share),
 * weighted (typed weights, or entropy weights measured on that need-oriented matrix), then summed or
 * scored by TOPSIS closeness to the neediest profile. Rank 1 = most in need.
 *
 * `contributions[criterion]` = weight × the county's need-oriented value: the parts of a weighted sum,
 * and for TOPSIS the county's position in the weighted space.
 *
 * Returns the answer and the need-oriented matrix and weights (for the rank stability).
 *
 * @throws as `compositeAnalysis` does (400/404/422 naming the field)
 */
export async function needScore(sql: Sql, params: NeedParams) {
  const inputs = await compositeInputs(sql, params, 'need');
  const { set, period, codes, polarities, complete, missing, matrix, weights } = inputs;
  const needMatrix = normaliseMinMax(matrix, polarities.map(towardsNeed));
  const scores =
    params.method === 'topsis'
      ? topsis(needMatrix, {
          weights,
          polarities: codes.map(() => 'higher_better' as const),
          normalisation: 'none',
        }).closeness
      : needMatrix.map((row) => row.reduce((s, v, j) => s + weights[j]! * v, 0));
  const ranks = competitionRank(scores.map((s) => Number(s.toFixed(RANK_DECIMALS))));
  const units = complete
    .map((r, i) => ({
      code: r.code,
      name_fa: r.name_fa,
      name_en: r.name_en,
      province: r.province,
      need: scores[i]!,
      rank: ranks[i]!,
      contributions: Object.fromEntries(codes.map((c, j) => [c, weights[j]! * needMatrix[i]![j]!])),
    }))
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
  const answer: Need = {
    set,
    period,
    province: params.province ?? null,
    method: params.method,
    weighting: params.weights === 'entropy' ? 'entropy' : 'given',
    weights: Object.fromEntries(codes.map((c, j) => [c, weights[j]!])),
    polarities: Object.fromEntries(codes.map((c, j) => [c, polarities[j]!])),
    rankOrder,
    n: complete.length,
    missing,
    units,
  };
  return { answer, needMatrix, weights, codes: complete.map((r) => r.code) };
}
