import type { Sql } from '@tavazon/data';
import {
  competitionRank,
  compositeIndex,
  entropyWeights,
  normaliseMinMax,
  type Polarity,
  topsis,
} from '@tavazon/geo';
import { badRequest, unprocessable } from '../errors.ts';
import { requireProvince, requireSet } from '../lookups.ts';
import { countyValues } from '../queries/countyValues.ts';
import { completeCases } from './completeCases.ts';
import { resolveIndicatorFor } from './resolveIndicatorFor.ts';

export interface CompositeParams {
  set: string;
  /** Default: the latest period of the first indicator; every indicator must have that period. */
  period?: string | undefined;
  province?: string | undefined;
  indicators: string[];
  /** One non-negative weight per indicator (divided by their sum), or objective entropy weights. */
  weights: number[] | 'entropy';
  normalisation: 'minmax' | 'zscore';
  method: 'topsis' | 'weighted-sum';
  /** Direction per indicator, overriding the catalogue's; required for `neutral` indicators. */
  polarities?: Record<string, Polarity> | undefined;
}

// Scores that differ only by floating-point noise (the same values summed in another order) must
// tie, so ranks are taken on scores rounded to this many decimals.
const RANK_DECIMALS = 10;

/**
 * What every composite score starts from (the development index here, the need score of the officials'
 * workspace): the scope and period checked, each indicator's direction, the counties with every
 * indicator (the others listed as missing), their raw matrix and the weights (entropy or the caller's,
 * scaled to sum 1).
 *
 * `towards: 'need'` measures entropy weights on the matrix turned towards need (worse = higher).
 *
 * @throws as `compositeAnalysis` does
 */
export async function compositeInputs(
  sql: Sql,
  params: Omit<CompositeParams, 'method' | 'normalisation'>,
  towards: 'development' | 'need' = 'development',
) {
  const set = await requireSet(sql, params.set);
  if (params.province) await requireProvince(sql, set, params.province);
  const codes = params.indicators;
  // A period the caller chose is blamed when it lacks values; one taken from the first indicator is not.
  const periodField = params.period ? 'period' : undefined;
  const first = await resolveIndicatorFor(sql, set, codes[0]!, params.period, 'indicators', periodField);
  const period = first.period;
  for (const code of codes.slice(1)) {
    await resolveIndicatorFor(sql, set, code, period, 'indicators', periodField);
  }

  const catalogue = await sql<{ code: string; polarity: Polarity | 'neutral' }[]>`
    SELECT code, polarity FROM indicator WHERE code IN ${sql(codes)}`;
  const polarities = codes.map((code): Polarity => {
    const given = params.polarities?.[code];
    if (given) return given;
    const polarity = catalogue.find((c) => c.code === code)!.polarity;
    if (polarity === 'neutral') {
      throw badRequest(
        'analysis.neutral_polarity',
        { indicator: code },
        `indicators: ${code} is neutral (more is neither better nor worse), so it has no direction in a ` +
          `development index; give one in polarities, e.g. {"${code}": "higher_better"}, or leave it out`,
        'indicators',
      );
    }
    return polarity;
  });

  const rows = await countyValues(sql, { set, province: params.province, period, indicators: codes });
  const { complete, missing } = completeCases(rows, codes);
  if (complete.length < 2) {
    throw unprocessable(
      'analysis.too_few_counties',
      { measure: 'composite', needed: 2, found: complete.length },
      `a composite index needs at least 2 counties with every indicator; the scope has ${complete.length}`,
      params.province ? 'province' : 'indicators',
    );
  }
  const matrix = complete.map((r) => codes.map((c) => r.values[c] as number));
  // Entropy needs non-negative shares, so it is always measured on the min–max matrix, whichever
  // normalisation the scores use, turned the way the score runs (towards need: the neediest hold the shares).
  const oriented =
    towards === 'need'
      ? polarities.map((p): Polarity => (p === 'higher_better' ? 'higher_worse' : 'higher_better'))
      : polarities;
  const weights =
    params.weights === 'entropy'
      ? entropyWeights(normaliseMinMax(matrix, oriented))
      : scaledWeights(params.weights, codes.length);

  return { set, period, codes, polarities, complete, missing, matrix, weights };
}

/**
 * Composite development index of the counties of a scope: the indicators are normalised (min–max to
 * [0, 1] or z-scores, both turned so that higher is better), weighted, then either summed
 * (`weighted-sum`) or scored by TOPSIS closeness to the ideal county (`topsis`, on the same
 * normalised matrix). Ranks are competition ranks: ties share the best rank (1, 2, 2, 4).
 *
 * `contributions[indicator]` is w_j × normalised value: for the weighted sum the parts that add up
 * to the score; for TOPSIS the county's coordinates in the weighted space the distances are measured
 * in (what lifts or sinks it, though they do not add up to the closeness).
 *
 * @throws 400 naming `indicators`/`weights`/`polarities` for a neutral indicator without a direction
 *   or unusable weights, 404 for unknown codes or missing periods, 422 with fewer than 2 counties
 */
export async function compositeAnalysis(sql: Sql, params: CompositeParams) {
  const { set, period, codes, polarities, complete, missing, matrix, weights } = await compositeInputs(
    sql,
    params,
  );
  const index = compositeIndex(matrix, { weights, polarities, normalisation: params.normalisation });
  const { normalised, contributions } = index;
  const scores =
    params.method === 'topsis'
      ? // The matrix is already normalised and turned so that higher is better.
        topsis(normalised, {
          weights,
          polarities: codes.map(() => 'higher_better' as const),
          normalisation: 'none',
        }).closeness
      : index.scores;
  const ranks = competitionRank(scores.map((s) => Number(s.toFixed(RANK_DECIMALS))));

  const units = complete
    .map((r, i) => ({
      code: r.code,
      name_fa: r.name_fa,
      name_en: r.name_en,
      province: r.province,
      score: scores[i]!,
      rank: ranks[i]!,
      contributions: Object.fromEntries(codes.map((c, j) => [c, contributions[i]![j]!])),
    }))
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
  return {
    set,
    period,
    province: params.province ?? null,
    method: params.method,
    normalisation: params.normalisation,
    weighting: params.weights === 'entropy' ? 'entropy' : 'given',
    weights: Object.fromEntries(codes.map((c, j) => [c, weights[j]!])),
    polarities: Object.fromEntries(codes.map((c, j) => [c, polarities[j]!])),
    n: complete.length,
    missing,
    units,
  };
}

/** Caller weights divided by their sum, so 2:1:1 and 0.5/0.25/0.25 mean the same. */
function scaledWeights(given: readonly number[], count: number): number[] {
  if (given.length !== count) {
    throw badRequest(
      'analysis.weight_count',
      { weights: given.length, indicators: count },
      `weights: ${given.length} weights for ${count} indicators`,
      'weights',
    );
  }
  const sum = given.reduce((s, w) => s + w, 0);
  // Weights near the largest double add up to Infinity; their ratios are what count.
  if (sum === Number.POSITIVE_INFINITY) {
    const largest = Math.max(...given);
    return scaledWeights(
      given.map((w) => w / largest),
      count,
    );
  }
  if (!(sum > 0)) throw badRequest('analysis.zero_weights', {}, 'weights: must not all be 0', 'weights');
  return given.map((w) => w / sum);
}
