import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { buildOverlay } from './build-overlay.ts';
import { type CarryRow, carryCounts } from './carry-counts.ts';
import { readCensusInputs } from './census-inputs.ts';
import { censusIndicators } from './indicator-catalogue.ts';
import {
  censusPeriod,
  censusSource,
  nationalPopulation2016,
  period1390,
  source2011,
} from './load-indicators.ts';
import { countyNameKey } from './persian-name.ts';
import { StructuralInputError } from './read-geojson.ts';
import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';
import { type StagedValue, upsertIndicatorValues } from './upsert-values.ts';

const sets = { source: 'census-1395', target: 'current' };
/** A current county is listed as straddling when another census county holds this share of it. */
export const straddleShare = 0.1;

interface Unit {
  code: string;
  name_fa: string;
  province_code: string;
}

/**
 * The census indicators on the current counties: overlays the two county sets (stored, reused while the
 * boundaries are unchanged), carries the counts (`carryCounts`) and stores the values with their
 * `estimated` flag and method. Checks that the national total is kept and each province's too, and
 * names every county that changed province as the cause of a difference. One transaction.
 */
export async function loadCrosswalk(sql: Sql, dataDir: string, report: DatasetReport): Promise<void> {
  const { counts, history } = await readCensusInputs(dataDir);
  await transaction(sql, async (tx) => {
    const [loaded] = await tx<{ n: number }[]>`
      SELECT count(DISTINCT boundary_set)::int AS n FROM admin_unit
      WHERE boundary_set IN (${sets.source}, ${sets.target}) AND level = 'county'`;
    if (loaded?.n !== 2) throw new StructuralInputError('load current and census before the crosswalk');
    const overlay = await buildOverlay(tx, sets, report);
    report.notes.push(
      overlay.rebuilt
        ? `overlay of ${sets.source} × ${sets.target} built in ${(overlay.ms / 1000).toFixed(1)} s: ${overlay.pairs} pairs stored (slivers under 1 % of both sides left out)`
        : `overlay reused (${overlay.pairs} pairs): neither set's county boundaries changed`,
    );
    const rows = await tx<(CarryRow & { s: Unit; t: Unit })[]>`
      SELECT s.code AS source, t.code AS target, c.weight, c.method,
             json_build_object('code', s.code, 'name_fa', s.name_fa, 'province_code', s.province_code) AS s,
             json_build_object('code', t.code, 'name_fa', t.name_fa, 'province_code', t.province_code) AS t
      FROM unit_carry c
      JOIN admin_unit s ON s.id = c.source_unit_id AND s.boundary_set = ${sets.source}
      JOIN admin_unit t ON t.id = c.target_unit_id AND t.boundary_set = ${sets.target}
      ORDER BY s.code, t.code`;
    await describeCarry(tx, rows, report);

    const sources = new Map(
      [...counts].map(([code, c]) => [code, { counts: c, history: history.get(code) }]),
    );
    const carried = carryCounts(rows, sources);
    const values: StagedValue[] = [...carried].flatMap(([code, vs]) =>
      vs.map((v) => ({
        ...v,
        code,
        source: `${v.period === period1390 ? source2011 : censusSource}, carried from the census-1395 counties`,
      })),
    );
    checkTotals(rows, values, sources, report);
    const scope = {
      set: sets.target,
      indicators: censusIndicators.map((d) => d.code),
      periods: [censusPeriod, period1390],
      file: 'crosswalk',
    };
    await upsertIndicatorValues(tx, scope, values, report);
  });
}

/** Same counties, splits, merges and straddlers, for the summary. */
async function describeCarry(tx: Tx, rows: (CarryRow & { s: Unit; t: Unit })[], report: DatasetReport) {
  const same = rows.filter((r) => r.method === 'same-county').length;
  const split = new Set(rows.filter((r) => r.method === 'area-share').map((r) => r.source));
  const children = rows.filter((r) => r.method === 'area-share').length;
  const merged = rows.filter((r) => r.method === 'merged');
  report.notes.push(
    `same counties: ${same} (one census county is one current county: values carried exactly)`,
  );
  report.notes.push(
    `splits: ${split.size} census counties among ${children} current counties (counts shared by area within ` +
      'the census county, as no finer weight exists per current county; flagged estimated, method area-share):',
  );
  for (const source of split) {
    const parts = rows
      .filter((r) => r.source === source)
      .map((r) => `${r.t.code} ${r.t.name_fa} ${(r.weight * 100).toFixed(1)} %`);
    const s = rows.find((r) => r.source === source)?.s;
    report.notes.push(`  split: ${source} ${s?.name_fa ?? ''} → ${parts.join(', ')}`);
  }
  // Area knows nothing of where people live: the namesake child usually holds the county's city.
  const understated = [...split].flatMap((source) => {
    const own = rows.find(
      (r) => r.source === source && countyNameKey(r.t.name_fa) === countyNameKey(r.s.name_fa),
    );
    return own && own.weight < 0.5
      ? [`${own.t.code} ${own.t.name_fa} ${(own.weight * 100).toFixed(1)} %`]
      : [];
  });
  if (understated.length > 0) {
    report.notes.push(
      `caution: in ${understated.length} splits the namesake county, usually the one holding the city, gets under half ` +
        `of the census county's counts by area, likely far too little: ${understated.join(', ')}`,
    );
  }
  report.notes.push(`merged: ${merged.length} census counties that are no current county's parent`);
  for (const m of merged) {
    report.notes.push(
      `merged: census ${m.s.code} ${m.s.name_fa} goes whole to current ${m.t.code} ${m.t.name_fa}`,
    );
  }
  const targets = new Set(rows.map((r) => r.target));
  const [all] = await tx<{ n: number }[]>`
    SELECT count(*)::int AS n FROM admin_unit WHERE boundary_set = ${sets.target} AND level = 'county'`;
  report.check('current counties that receive census values', all?.n ?? 0, targets.size);

  // Shares of the part of the county that census counties cover: the OSM counties reach into the sea.
  const straddlers = await tx<
    { code: string; name_fa: string; shares: { code: string; name_fa: string; share: number }[] }[]
  >`
    WITH o AS (
      SELECT t.code, t.name_fa, s.code AS s_code, s.name_fa AS s_name,
             o.shared_m2 / sum(o.shared_m2) OVER (PARTITION BY o.target_unit_id) AS share
      FROM unit_overlap o
      JOIN admin_unit t ON t.id = o.target_unit_id AND t.boundary_set = ${sets.target}
      JOIN admin_unit s ON s.id = o.source_unit_id AND s.boundary_set = ${sets.source}
    )
    SELECT code, name_fa,
           json_agg(json_build_object('code', s_code, 'name_fa', s_name, 'share', share) ORDER BY share DESC) AS shares
    FROM o GROUP BY code, name_fa
    HAVING count(*) FILTER (WHERE share >= ${straddleShare}) >= 2
    ORDER BY code`;
  report.notes.push(
    `${straddlers.length} current counties straddle two census counties (another holds ≥ ${straddleShare * 100} % of the part they cover):`,
  );
  for (const s of straddlers) {
    const shares = s.shares
      .filter((x) => x.share >= 0.01)
      .map((x) => `${x.code} ${x.name_fa} ${(x.share * 100).toFixed(1)} %`)
      .join(', ');
    report.notes.push(`  straddles: ${s.code} ${s.name_fa}: ${shares}`);
  }
}

/** National totals exact; a province's differs only where a county changed province, named as the cause. */
function checkTotals(
  rows: (CarryRow & { s: Unit; t: Unit })[],
  values: StagedValue[],
  sources: Map<string, { counts: { population: number } }>,
  report: DatasetReport,
) {
  const population = values.filter((v) => v.indicator === 'population' && v.period === censusPeriod);
  report.check(
    'national population 2016 on the current counties',
    nationalPopulation2016,
    population.reduce((s, v) => s + v.value, 0),
  );
  const province = new Map<string, { census: number; current: number }>();
  const at = (p: string) =>
    province.get(p) ??
    (province.set(p, { census: 0, current: 0 }).get(p) as { census: number; current: number });
  const sourceProvince = new Map(rows.map((r) => [r.source, r.s.province_code]));
  for (const [code, s] of sources) {
    const p = sourceProvince.get(code);
    if (p) at(p).census += s.counts.population;
  }
  const targetProvince = new Map(rows.map((r) => [r.target, r.t.province_code]));
  for (const v of population) at(targetProvince.get(v.code) ?? '?').current += v.value;
  const differing = [...province].filter(([, t]) => t.census !== t.current).sort();
  report.check('provinces whose population total is kept', province.size, province.size - differing.length);
  const moved = rows.filter((r) => r.s.province_code !== r.t.province_code);
  for (const [p, t] of differing) {
    const causes = moved
      .filter((r) => r.s.province_code === p || r.t.province_code === p)
      .map(
        (r) =>
          `census ${r.s.code} ${r.s.name_fa} (${r.s.province_code}) → current ${r.t.code} ${r.t.name_fa} (${r.t.province_code}), weight ${r.weight.toFixed(3)}`,
      );
    report.notes.push(
      `province ${p}: census ${t.census}, current ${t.current} (${t.current - t.census > 0 ? '+' : ''}${t.current - t.census}): ${causes.join('; ') || 'no county changed province: CHECK'}`,
    );
  }
}
