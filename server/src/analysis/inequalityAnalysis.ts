import type { Sql } from '@tavazon/data';
import {
  coefficientOfVariation,
  gini,
  lorenzCurve,
  maxMinRatio,
  theil,
  theilDecomposition,
  williamsonIndex,
} from '@tavazon/geo';
import { badRequest, unprocessable } from '../errors.ts';
import { requireProvince, requireSet, resolveIndicator } from '../lookups.ts';
import { countyValues } from '../queries/countyValues.ts';
import { provinceLabels } from '../queries/provinceLabels.ts';
import { type RegionLabel, schemeRegions } from '../queries/schemeRegions.ts';
import { column, completeCases } from './completeCases.ts';
import { resolveIndicatorFor } from './resolveIndicatorFor.ts';

export interface InequalityParams {
  indicator: string;
  period?: string | undefined;
  /** Default: the scheme's set when a scheme is given, else `current`. */
  set?: string | undefined;
  /** Default: the scheme's province when a scheme is given, else the whole country. */
  province?: string | undefined;
  /** region_scheme id: groups the Theil decomposition by planning region. */
  scheme?: number | undefined;
  /** Weighting indicator (e.g. population) for the weighted Gini, Theil, Lorenz curve and Williamson. */
  weight?: string | undefined;
}

export interface TheilGroupFigures extends RegionLabel {
  units: number;
  weightShare: number;
  share: number;
  mean: number;
  theil: number;
  betweenTerm: number;
  withinTerm: number;
}

/** Williamson's index is population-weighted by definition, so it has a weight even when none is asked for. */
const DEFAULT_WILLIAMSON_WEIGHT = 'population';

/**
 * Inequality of one indicator across the counties of a scope (a province, or the whole set):
 * unweighted and weighted Gini, Theil T with its exact between/within split by province (national
 * scope) or planning region (`scheme`), coefficient of variation, Williamson's index, max/min ratio
 * and the Lorenz curve. Counties lacking the indicator or the weight are left out and listed in
 * `missing`, never silently dropped.
 *
 * @throws 400/404 naming the parameter for bad or unknown codes, 422 when the values cannot be
 *   measured (negative values, all zero, no county with data, a scheme not covering the scope)
 */
export async function inequalityAnalysis(sql: Sql, params: InequalityParams) {
  const scheme = params.scheme === undefined ? null : await schemeRegions(sql, params.scheme);
  const set = await requireSet(sql, params.set ?? scheme?.set ?? 'current');
  if (scheme && scheme.set !== set) {
    throw badRequest(
      'region_scheme.other_set',
      { id: scheme.id, schemeSet: scheme.set, set },
      `scheme: region scheme ${scheme.id} is on boundary set ${scheme.set}, not ${set}`,
      'scheme',
    );
  }
  if (scheme?.province && params.province && scheme.province !== params.province) {
    throw badRequest(
      'region_scheme.other_province',
      { id: scheme.id, schemeProvince: scheme.province, province: params.province },
      `scheme: region scheme ${scheme.id} covers province ${scheme.province}, not ${params.province}`,
      'scheme',
    );
  }
  const province = params.province ?? scheme?.province ?? undefined;
  if (province) await requireProvince(sql, set, province);
  const ind = await resolveIndicator(sql, set, params.indicator, params.period);
  const weight = params.weight
    ? await resolveIndicatorFor(sql, set, params.weight, ind.period, 'weight')
    : null;
  // Without `weight`, Williamson falls back to population, if the set has it for this period.
  const williamsonWeight =
    weight?.code ??
    (await resolveIndicatorFor(sql, set, DEFAULT_WILLIAMSON_WEIGHT, ind.period, 'weight').then(
      (w) => w.code,
      () => null,
    ));

  const needed = [...new Set([ind.code, weight?.code, williamsonWeight].filter((c): c is string => !!c))];
  const rows = await countyValues(sql, { set, province, period: ind.period, indicators: needed });
  const { complete, missing } = completeCases(rows, needed);
  if (complete.length === 0) {
    throw unprocessable(
      'analysis.no_complete_counties',
      { indicators: needed, period: ind.period },
      `no county in scope has ${needed.join(' and ')} for period ${ind.period}`,
      'indicator',
    );
  }
  const values = column(complete, ind.code);
  const weights = weight ? column(complete, weight.code) : undefined;
  assertMeasurable(complete, values, ind.code, 'indicator');
  if (weights) {
    assertMeasurable(complete, weights, weight!.code, 'weight');
    if (!values.some((v, i) => v * weights[i]! > 0)) {
      throw unprocessable(
        'analysis.weight_zero',
        { weight: weight!.code, indicator: ind.code },
        `weight: ${weight!.code} is 0 in every county where ${ind.code} is not`,
        'weight',
      );
    }
  }

  // Theil's between/within split needs groups: planning regions if asked for, else provinces when
  // the scope spans several; inside one province without a scheme there is nothing to split by.
  const groupedBy = scheme ? 'scheme' : province ? null : 'province';
  let labels: Map<string, RegionLabel> | null = null;
  let groupOf: string[] | null = null;
  if (scheme) {
    const outside = complete.filter((r) => !scheme.regionOf.has(r.code)).map((r) => r.code);
    if (outside.length > 0) {
      throw unprocessable(
        'region_scheme.incomplete',
        { id: scheme.id, count: outside.length },
        `scheme: region scheme ${scheme.id} does not assign ${outside.length} counties of the scope to a region (${outside.slice(0, 10).join(', ')})`,
        'scheme',
      );
    }
    labels = new Map([...scheme.regionOf.values()].map((r) => [r.code, r]));
    groupOf = complete.map((r) => scheme.regionOf.get(r.code)!.code);
  } else if (groupedBy === 'province') {
    labels = await provinceLabels(sql, set);
    groupOf = complete.map((r) => r.province);
  }
  const decomposition = groupOf ? theilDecomposition(values, groupOf, weights) : null;

  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return {
    indicator: ind.code,
    period: ind.period,
    set,
    province: province ?? null,
    scheme: scheme?.id ?? null,
    weight: weight?.code ?? null,
    n: complete.length,
    missing,
    mean: values.reduce((s, v) => s + v, 0) / values.length,
    min,
    max,
    gini: gini(values),
    giniWeighted: weights ? gini(values, weights) : null,
    groupedBy,
    theil: {
      total: decomposition?.total ?? theil(values, weights),
      between: decomposition?.between ?? null,
      within: decomposition?.within ?? null,
      groups: (decomposition?.groups ?? []).map(
        (g): TheilGroupFigures => ({
          ...(labels?.get(String(g.group)) ?? { code: String(g.group), name_fa: '', name_en: '' }),
          units: g.units,
          weightShare: g.weightShare,
          share: g.share,
          mean: g.mean,
          theil: g.theil,
          betweenTerm: g.betweenTerm,
          withinTerm: g.withinTerm,
        }),
      ),
    },
    cv: coefficientOfVariation(values),
    williamson: williamsonWeight ? williamsonIndex(values, column(complete, williamsonWeight)) : null,
    williamsonWeight,
    // Meaningless when some county has 0 (the ratio would be infinite).
    maxMinRatio: min > 0 ? maxMinRatio(values) : null,
    lorenz: lorenzCurve(values, weights),
  };
}

/** Gini, Theil and the Lorenz curve are defined for shares of a non-negative total only. */
function assertMeasurable(
  rows: readonly { code: string }[],
  values: readonly number[],
  code: string,
  field: string,
) {
  const negative = values.findIndex((v) => v < 0);
  if (negative >= 0) {
    throw unprocessable(
      'analysis.negative_values',
      { indicator: code, value: values[negative]!, county: rows[negative]!.code },
      `${field}: inequality measures need values >= 0, but ${code} is ${values[negative]} in county ${rows[negative]!.code}`,
      field,
    );
  }
  if (!values.some((v) => v > 0)) {
    throw unprocessable(
      'analysis.all_zero',
      { indicator: code },
      `${field}: ${code} is 0 in every county of the scope`,
      field,
    );
  }
}
