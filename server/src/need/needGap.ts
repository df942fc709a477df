import type { BandPosition, CountyCoverage, Gap, GapUnit } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { countyCoverage } from '../coverage/countyCoverage.ts';
import { type NeedParams, needScore } from './needScore.ts';

const positionOrder: Record<BandPosition, number> = { below: 0, within: 1, above: 2 };

/**
 * Need against coverage for the counties of a scope: the need score joined with each county's coverage,
 * the bivariate classes of the gap map (need in thirds of its rank × the band position) and the gap, the
 * need percentile minus the percentile of active projects per 100,000 people (mid-ranks for ties), so a
 * county among the neediest with the fewest projects per person comes near +1. The order (`gapRank`)
 * puts the counties below the band first, then the largest gap, then the neediest.
 *
 * @throws as `needScore` and `countyCoverage` do
 */
export async function needGap(sql: Sql, params: NeedParams): Promise<Gap> {
  const { answer } = await needScore(sql, params);
  const cover = await countyCoverage(sql, { set: answer.set, province: params.province });
  const byCode = new Map(cover.counties.map((c) => [c.code, c]));
  const scored = answer.units.filter((u) => byCode.has(u.code));
  const n = scored.length;
  const density = (c: CountyCoverage) => c.active_per_100k ?? 0;
  const densities = scored.map((u) => density(byCode.get(u.code)!));
  const units = scored.map((u): Omit<GapUnit, 'gapRank'> => {
    const coverage = byCode.get(u.code)!;
    const own = density(coverage);
    const less = densities.filter((d) => d < own).length;
    const equal = densities.filter((d) => d === own).length;
    const coveragePercentile = n > 1 ? (less + (equal - 1) / 2) / (n - 1) : 0.5;
    const needPercentile = n > 1 ? (n - u.rank) / (n - 1) : 0.5;
    return {
      ...u,
      coverage,
      needClass: u.rank <= n / 3 ? 3 : u.rank <= (2 * n) / 3 ? 2 : 1,
      coverageClass: coverage.position,
      gap: needPercentile - coveragePercentile,
    };
  });
  units.sort(
    (a, b) =>
      positionOrder[a.coverageClass] - positionOrder[b.coverageClass] ||
      b.gap - a.gap ||
      a.rank - b.rank ||
      a.code.localeCompare(b.code),
  );
  return { ...answer, units: units.map((u, i) => ({ ...u, gapRank: i + 1 })) };
}
