import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { isoForCensusProvince } from './census-code.ts';
import { censusIndicatorValues } from './census-indicators.ts';
import { readCensusInputs } from './census-inputs.ts';
import { censusIndicators, type IndicatorDefinition } from './indicator-catalogue.ts';
import { file1390, type Lineage, sameName } from './population-1390.ts';
import { StructuralInputError } from './read-geojson.ts';
import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';
import { type StagedValue, upsertIndicatorValues } from './upsert-values.ts';

export const censusPeriod = '1395';
export const period1390 = '1390';
export const censusSource = 'Statistical Centre of Iran, 2016 census';
/** The official national total of the 2016 census; the county rows must add up to it. */
export const nationalPopulation2016 = 79_926_270;

/** The official national total of the 2011 census; the 1390 populations carried to 1395 counties add up to it. */
export const nationalPopulation2011 = 75_149_669;
export const source2011 = 'Statistical Centre of Iran, 2011 census (by name), with county lineage 1390→1395';
const growthIndicator = 'population_growth_rate';

/**
 * The census indicators of the `census-1395` counties: period 1395 from the 2016 tables, the 1390
 * population and the growth 1390→1395 through the county lineage; catalogue, values and lineage in one
 * transaction.
 */
export async function loadIndicators(sql: Sql, dataDir: string, report: DatasetReport): Promise<void> {
  const { counts, lineage, history, problems } = await readCensusInputs(dataDir);
  for (const p of problems) report.problem(p);

  const total = [...counts.values()].reduce((s, c) => s + c.population, 0);
  report.check('national population 2016', nationalPopulation2016, total);
  const total1390 = [...history.values()].reduce((s, h) => s + h.population1390, 0);
  report.check('national population 2011 carried to the 1395 counties', nationalPopulation2011, total1390);
  reportLineage(lineage, report);

  const values: StagedValue[] = [];
  const measured = { source: censusSource, estimated: false, method: 'measured' };
  for (const [code, c] of counts) {
    for (const [indicator, value] of Object.entries(censusIndicatorValues(c))) {
      if (value === null) {
        report.problem({
          file: 'census tables',
          key: code,
          reason: `${indicator}: denominator is zero, no value`,
          loaded: false,
        });
      } else values.push({ indicator, period: censusPeriod, code, value, ...measured });
    }
    const h = history.get(code);
    if (!h) continue;
    values.push({
      indicator: 'population',
      period: period1390,
      code,
      value: h.population1390,
      source: source2011,
      estimated: h.estimated,
      method: h.method1390,
    });
    values.push({
      indicator: growthIndicator,
      period: censusPeriod,
      code,
      value: h.growth,
      source: `${censusSource}; ${source2011}`,
      estimated: h.estimated,
      method: h.methodGrowth,
    });
  }

  await transaction(sql, async (tx) => {
    const [units] = await tx<{ n: number }[]>`
      SELECT count(*)::int AS n FROM admin_unit WHERE boundary_set = 'census-1395' AND level = 'county'`;
    if (!units?.n)
      throw new StructuralInputError('the census-1395 boundary set is not loaded: load census first');
    await upsertCatalogue(tx, report);
    const scope = {
      set: 'census-1395',
      indicators: censusIndicators.map((d) => d.code),
      periods: [censusPeriod, period1390],
      file: 'census tables',
    };
    await upsertIndicatorValues(tx, scope, values, report);
    await upsertLineage(tx, lineage, report);
  });
}

/** The 1390 names left without a 1395 successor and the 1395 counties left without a 1390 parent. */
function reportLineage(lineage: Lineage, report: DatasetReport): void {
  for (const c of lineage.unmatched1390) {
    report.problem({
      file: file1390,
      line: c.line,
      key: `${c.name} (province ${c.province})`,
      reason: `no 1395 county of this name and no lineage row: its ${c.population} people are not carried`,
      loaded: false,
    });
  }
  const members = lineage.groups.flatMap((g) => g.members);
  const byName = members.filter((m) => m.how === sameName).length;
  const split = lineage.groups.filter((g) => g.members.length > 1).length;
  report.notes.push(
    `1390 → 1395: ${lineage.groups.length} of the 1390 counties placed; of the 1395 counties ${byName} by name, ` +
      `${members.length - byName} by a lineage row (data/seeds/county-lineage-1390.ts); ${split} counties of 1390 split ` +
      `(their 1395 counties share its population and get its growth, flagged estimated); unmatched 1390 names: ${lineage.unmatched1390.length}`,
  );
  if (lineage.without1390.length > 0) {
    report.notes.push(
      `1395 counties with no known 1390 parent (growth not available): ${lineage.without1390
        .map((c) => `${c.code} ${c.name}`)
        .join(', ')}`,
    );
  }
}

async function upsertLineage(tx: Tx, lineage: Lineage, report: DatasetReport): Promise<void> {
  const rows = lineage.groups.flatMap((g) =>
    g.members.map((m) => ({
      code: m.code,
      province: isoForCensusProvince(g.parent.province),
      name: g.parent.name,
      how: m.how,
    })),
  );
  const [c] = await tx<{ inserted: number; updated: number; unchanged: number; deleted: number }[]>`
    WITH staged AS (
      SELECT u.id AS admin_unit_id, r.province, r.name, r.how
      FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(code text, province text, name text, how text)
      JOIN admin_unit u ON u.boundary_set = 'census-1395' AND u.level = 'county' AND u.code = r.code
    ), existing AS (
      SELECT s.*, l.admin_unit_id IS NOT NULL AS found,
             (l.earlier_province, l.earlier_name_fa, l.how) IS NOT DISTINCT FROM (s.province, s.name, s.how) AS same
      FROM staged s LEFT JOIN county_lineage l ON l.admin_unit_id = s.admin_unit_id AND l.earlier_period = ${period1390}
    ), upserted AS (
      INSERT INTO county_lineage (admin_unit_id, earlier_period, earlier_province, earlier_name_fa, how)
      SELECT admin_unit_id, ${period1390}, province, name, how FROM existing WHERE NOT found OR NOT same
      ON CONFLICT (admin_unit_id, earlier_period) DO UPDATE
        SET earlier_province = EXCLUDED.earlier_province, earlier_name_fa = EXCLUDED.earlier_name_fa, how = EXCLUDED.how
      RETURNING 1
    ), deleted AS (
      DELETE FROM county_lineage l
      WHERE l.earlier_period = ${period1390} AND NOT EXISTS (SELECT 1 FROM staged s WHERE s.admin_unit_id = l.admin_unit_id)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM existing WHERE NOT found) AS inserted,
           (SELECT count(*)::int FROM existing WHERE found AND NOT same) AS updated,
           (SELECT count(*)::int FROM existing WHERE found AND same) AS unchanged,
           (SELECT count(*)::int FROM deleted) AS deleted,
           (SELECT count(*)::int FROM upserted) AS written`;
  if (c) report.count('county_lineage', c);
}

const definitionFields = [
  'name_fa',
  'name_en',
  'unit',
  'polarity',
  'aggregation',
  'weight_indicator',
  'formula',
  'decimals',
] as const;

async function upsertCatalogue(tx: Tx, report: DatasetReport): Promise<void> {
  const existing = await tx<IndicatorDefinition[]>`
    SELECT code, ${tx(definitionFields)} FROM indicator WHERE code IN ${tx(censusIndicators.map((d) => d.code))}`;
  // In catalogue order: a rate's weight indicator is always defined before the rate.
  for (const d of censusIndicators) {
    const old = existing.find((e) => e.code === d.code);
    if (!old) {
      await tx`INSERT INTO indicator ${tx(d, 'code', ...definitionFields)}`;
      report.count('indicator', { inserted: 1 });
    } else if (definitionFields.some((f) => old[f] !== d[f])) {
      await tx`UPDATE indicator SET ${tx(d, ...definitionFields)} WHERE code = ${d.code}`;
      report.count('indicator', { updated: 1 });
    } else report.count('indicator', { unchanged: 1 });
  }
}
