import type { Sql } from '@tavazon/data';
import { unprocessable } from '../errors.ts';
import { requireProvince, requireSet, resolveIndicator } from '../lookups.ts';
import { countyValues } from '../queries/countyValues.ts';
import { moranOffThread } from '../workers/pool.ts';
import { column, completeCases } from './completeCases.ts';
import { type ContiguityType, countyNeighbours } from './countyNeighbours.ts';
import { inducedNeighbours } from './inducedNeighbours.ts';

export interface AutocorrelationParams {
  indicator: string;
  period?: string | undefined;
  set: string;
  province?: string | undefined;
  contiguity: ContiguityType;
  /** Permutations for both the global and the local pseudo p-values; 0 skips the tests. */
  permutations: number;
  /** PRNG seed: the same request always gives the same p-values. */
  seed: number;
  /** LISA units with p above this are labelled `ns`. */
  significance: number;
  /** Adds each unit's neighbour codes, to show (and check) the contiguity the statistics used. */
  includeNeighbours?: boolean;
}

/**
 * Global Moran's I (spdep `moran.test`, randomisation variance, islands excluded from n) and local
 * Moran's I (LISA, spdep `localmoran`) of one indicator over the counties of a scope, with row-
 * standardised queen or rook contiguity weights and seeded permutation p-values.
 *
 * The weights are the induced subgraph of the set's cached neighbour lists on the counties that
 * are in scope and have a value: for a province that is what spdep gives on the province's polygons
 * alone. Counties without a value are listed in `missing` and left out of the graph altogether (as
 * with spdep `subset.nb`), so their neighbours are not averaged over a gap.
 *
 * @throws 404 for an unknown set, province or indicator; 422 when the statistic is undefined
 *   (fewer than 4 counties with neighbours, or every value equal)
 */
export async function autocorrelationAnalysis(sql: Sql, params: AutocorrelationParams) {
  const set = await requireSet(sql, params.set);
  if (params.province) await requireProvince(sql, set, params.province);
  const ind = await resolveIndicator(sql, set, params.indicator, params.period);
  const [full, rows] = await Promise.all([
    countyNeighbours(sql, set, params.contiguity),
    countyValues(sql, { set, province: params.province, period: ind.period, indicators: [ind.code] }),
  ]);
  const { complete, missing } = completeCases(rows, [ind.code]);
  const values = column(complete, ind.code);
  const codes = complete.map((r) => r.code);
  const neighbours = inducedNeighbours(full, codes);
  const withNeighbours = neighbours.filter((list) => list.length > 0).length;
  if (withNeighbours < 4) {
    throw unprocessable(
      'analysis.too_few_counties',
      { measure: 'moran', needed: 4, found: withNeighbours },
      `Moran's I needs at least 4 counties with a value and a neighbour in scope; there are ${withNeighbours}`,
      params.province ? 'province' : 'set',
    );
  }
  if (values.every((v) => v === values[0])) {
    throw unprocessable(
      'analysis.constant_values',
      { indicator: ind.code },
      `${ind.code} has the same value in every county, so Moran's I is undefined`,
      'indicator',
    );
  }

  // The permutation tests are CPU work of up to a second: on the analysis pool, off the event loop.
  const { global, local } = await moranOffThread({
    values,
    neighbours,
    permutations: params.permutations,
    seed: params.seed,
    significance: params.significance,
  });
  return {
    indicator: ind.code,
    period: ind.period,
    set,
    province: params.province ?? null,
    contiguity: params.contiguity,
    /** Counties in the analysis (in scope and with a value). */
    n: complete.length,
    /** The n of the formulas: counties with at least one neighbour (spdep adjust.n). */
    nWithNeighbours: global.n,
    moranI: global.I,
    expectedI: global.expected,
    variance: global.variance,
    z: global.z,
    pPermutation: global.pValue,
    permutations: params.permutations,
    seed: params.seed,
    significance: params.significance,
    islands: codes.filter((_, k) => neighbours[k]!.length === 0),
    missing,
    units: complete.map((r, k) => ({
      code: r.code,
      name_fa: r.name_fa,
      name_en: r.name_en,
      province: r.province,
      value: values[k]!,
      localI: local[k]!.localI,
      /** Spatial lag of the deviation from the mean: the y axis of the Moran scatterplot. */
      lag: local[k]!.lag,
      p: local[k]!.pValue,
      quadrant: local[k]!.quadrant,
      ...(params.includeNeighbours ? { neighbours: neighbours[k]!.map((j) => codes[j]!) } : {}),
    })),
  };
}
