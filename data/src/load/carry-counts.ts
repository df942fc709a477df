import { apportion } from './apportion.ts';
import { type CensusCounts, censusIndicatorValues } from './census-indicators.ts';
import { censusIndicators } from './indicator-catalogue.ts';
import { annualGrowth, type History1390 } from './population-1390.ts';

export type CarryMethod = 'same-county' | 'area-share' | 'merged';

/** A share of a source county's counts given to a target county (the weights of a source add up to 1). */
export interface CarryRow {
  source: string;
  target: string;
  weight: number;
  method: CarryMethod;
}

export interface SourceFigures {
  counts: CensusCounts;
  history?: History1390 | undefined;
}

/** One indicator value of a target county, with whether it is estimated and how it was obtained. */
export interface CarriedValue {
  indicator: string;
  period: '1395' | '1390';
  value: number;
  estimated: boolean;
  method: string;
}

const countFields = [
  'population',
  'age0to14',
  'age15to29',
  'age15to64',
  'age65plus',
  'active',
  'unemployed',
  'femaleActive',
  'femaleUnemployed',
  'activeHigherEducated',
] as const satisfies readonly (keyof CensusCounts)[];

const isCount = new Map(censusIndicators.map((d) => [d.code, d.aggregation === 'sum']));

/**
 * Carries the census counts to the target counties and recomputes every indicator there:
 * - counts are shared among a source's targets by the largest-remainder method, so they stay whole
 *   and every source's total (hence the national one) is kept exactly;
 * - rates and ratios are never shared: they are recomputed by their own formula from the target's
 *   unrounded counts. A target with one source therefore has exactly its source's rates (its group's
 *   rate, for a split), and a merged target the rate of its sources together;
 * - the 1390 population and the growth follow the same rules, and a target gets them only if every
 *   one of its sources has them.
 * A value is estimated when its target received part of a source (`area-share`) or when its source
 * value was itself estimated (a lineage group of 1390).
 */
export function carryCounts(
  rows: readonly CarryRow[],
  sources: ReadonlyMap<string, SourceFigures>,
): Map<string, CarriedValue[]> {
  const whole = new Map<string, { counts: CensusCounts; p1390: number }>();
  const bySource = new Map<string, CarryRow[]>();
  for (const r of rows) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  for (const [source, children] of bySource) {
    const figures = sources.get(source);
    if (!figures) continue;
    const ordered = [...children].sort((a, b) => a.target.localeCompare(b.target));
    const weights = ordered.map((c) => c.weight);
    const shares = countFields.map((f) => apportion(figures.counts[f], weights));
    const old = figures.history ? apportion(figures.history.population1390, weights) : null;
    for (const [i, c] of ordered.entries()) {
      const t = whole.get(c.target) ?? { counts: zeroCounts(), p1390: 0 };
      whole.set(c.target, t);
      for (const [j, f] of countFields.entries()) t.counts[f] += shares[j]?.[i] ?? 0;
      t.p1390 += old?.[i] ?? 0;
    }
  }

  const byTarget = new Map<string, CarryRow[]>();
  for (const r of rows) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r]);
  const out = new Map<string, CarriedValue[]>();
  for (const [target, parts] of byTarget) {
    const from = parts.map((p) => ({ row: p, figures: sources.get(p.source) }));
    if (from.some((f) => !f.figures)) continue;
    const estimated = parts.some((p) => p.method === 'area-share');
    const method = estimated ? 'area-share' : parts.length === 1 ? 'same-county' : 'merged';
    // One source: its own counts give its rates exactly (no floating noise from w·a ÷ w·b).
    const exact =
      from.length === 1
        ? from[0]!.figures!.counts
        : sumCounts(from.map((f) => [f.figures!.counts, f.row.weight]));
    const rounded = whole.get(target)!.counts;
    const values: CarriedValue[] = [];
    const rates = censusIndicatorValues(exact);
    for (const [indicator, v] of Object.entries(censusIndicatorValues(rounded))) {
      const value = isCount.get(indicator) ? v : rates[indicator];
      if (value === null || value === undefined) continue;
      values.push({ indicator, period: '1395', value, estimated, method });
    }
    const histories = from.map((f) => f.figures!.history);
    if (histories.every((h) => h !== undefined)) {
      const hs = histories as History1390[];
      const lineage = [...new Set(hs.map((h) => h.methodGrowth).filter((m) => m !== 'measured'))];
      const chain = [method, ...lineage].join('+');
      const est = estimated || hs.some((h) => h.estimated);
      values.push({
        indicator: 'population',
        period: '1390',
        value: whole.get(target)!.p1390,
        estimated: est,
        method: [method, ...new Set(hs.map((h) => h.method1390).filter((m) => m !== 'measured'))].join('+'),
      });
      const growth =
        from.length === 1
          ? hs[0]!.growth
          : annualGrowth(
              from.reduce((s, f) => s + f.figures!.counts.population * f.row.weight, 0),
              from.reduce((s, f, i) => s + hs[i]!.population1390 * f.row.weight, 0),
            );
      values.push({
        indicator: 'population_growth_rate',
        period: '1395',
        value: growth,
        estimated: est,
        method: chain,
      });
    }
    out.set(target, values);
  }
  return out;
}

function zeroCounts(): CensusCounts {
  return Object.fromEntries(countFields.map((f) => [f, 0])) as unknown as CensusCounts;
}

function sumCounts(parts: [CensusCounts, number][]): CensusCounts {
  const sum = zeroCounts();
  for (const [c, w] of parts) for (const f of countFields) sum[f] += c[f] * w;
  return sum;
}
