import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from '../db/connect.ts';
import { transaction } from '../db/transaction.ts';
import { censusIndicatorValues, sumCensusCounts } from './census-indicators.ts';
import { censusIndicators, type IndicatorDefinition } from './indicator-catalogue.ts';
import { columnIndex, parseCsv } from './parse-csv.ts';
import { StructuralInputError } from './read-geojson.ts';
import { inputPath } from './resolve-data-dir.ts';
import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';

export const censusPeriod = '1395';
export const censusSource = 'Statistical Centre of Iran, 2016 census';
/** The official national total of the 2016 census; the county rows must add up to it. */
export const nationalPopulation2016 = 79_926_270;

/** The census indicators of the `census-1395` counties for period 1395, catalogue and values, in one transaction. */
export async function loadIndicators(sql: Sql, dataDir: string, report: DatasetReport): Promise<void> {
  const popFile = inputPath(dataDir, 'population');
  const labFile = inputPath(dataDir, 'labour');
  const population = parseCsv(await readFile(popFile, 'utf8'));
  const labour = parseCsv(await readFile(labFile, 'utf8'));
  const col = {
    population: columnIndex(path.basename(popFile), population.header, [
      'county_code',
      'age_group',
      'male',
      'female',
    ]),
    labour: columnIndex(path.basename(labFile), labour.header, [
      'county_code',
      'gender',
      'status',
      'College',
      'Higher education',
    ]),
  };
  const { counts, problems } = sumCensusCounts({ population, labour }, col);
  for (const p of problems) report.problem(p);

  const total = [...counts.values()].reduce((s, c) => s + c.population, 0);
  report.check('national population 2016', nationalPopulation2016, total);

  const values: { indicator: string; code: string; value: number }[] = [];
  for (const [code, c] of counts) {
    for (const [indicator, value] of Object.entries(censusIndicatorValues(c))) {
      if (value === null) {
        report.problem({
          file: 'census tables',
          key: code,
          reason: `${indicator}: denominator is zero, no value`,
          loaded: false,
        });
      } else values.push({ indicator, code, value });
    }
  }

  await transaction(sql, async (tx) => {
    const [units] = await tx<{ n: number }[]>`
      SELECT count(*)::int AS n FROM admin_unit WHERE boundary_set = 'census-1395' AND level = 'county'`;
    if (!units?.n)
      throw new StructuralInputError('the census-1395 boundary set is not loaded: load census first');
    await upsertCatalogue(tx, report);
    await upsertValues(tx, values, report);
  });
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

async function upsertValues(
  tx: Tx,
  values: { indicator: string; code: string; value: number }[],
  report: DatasetReport,
): Promise<void> {
  await tx`
    CREATE TEMP TABLE staged_value ON COMMIT DROP AS
    SELECT r.indicator, u.id AS admin_unit_id, r.code, r.value
    FROM json_to_recordset(${JSON.stringify(values)}::text::json) AS r(indicator text, code text, value double precision)
    LEFT JOIN admin_unit u ON u.boundary_set = 'census-1395' AND u.level = 'county' AND u.code = r.code`;
  const orphans = await tx<{ code: string }[]>`
    DELETE FROM staged_value WHERE admin_unit_id IS NULL RETURNING code`;
  for (const code of new Set(orphans.map((o) => o.code))) {
    report.problem({
      file: 'census tables',
      key: code,
      reason: 'no census-1395 county with this code',
      loaded: false,
    });
  }
  const [c] = await tx<{ inserted: number; updated: number; unchanged: number; deleted: number }[]>`
    WITH existing AS (
      SELECT s.*, v.value AS old_value, v.source AS old_source, v.admin_unit_id IS NOT NULL AS found
      FROM staged_value s
      LEFT JOIN indicator_value v
        ON v.indicator = s.indicator AND v.period = ${censusPeriod} AND v.admin_unit_id = s.admin_unit_id
    ), upserted AS (
      INSERT INTO indicator_value (indicator, period, admin_unit_id, value, source)
      SELECT indicator, ${censusPeriod}, admin_unit_id, value, ${censusSource} FROM existing
      WHERE NOT found OR (old_value, old_source) IS DISTINCT FROM (value, ${censusSource}::text)
      ON CONFLICT (indicator, period, admin_unit_id) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source
      RETURNING 1
    ), deleted AS (
      DELETE FROM indicator_value v USING admin_unit u
      WHERE u.id = v.admin_unit_id AND u.boundary_set = 'census-1395' AND v.period = ${censusPeriod}
        AND v.indicator IN ${tx(censusIndicators.map((d) => d.code))}
        AND NOT EXISTS (SELECT 1 FROM staged_value s WHERE s.indicator = v.indicator AND s.admin_unit_id = v.admin_unit_id)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM existing WHERE NOT found) AS inserted,
           (SELECT count(*)::int FROM existing WHERE found AND (old_value, old_source) IS DISTINCT FROM (value, ${censusSource}::text)) AS updated,
           (SELECT count(*)::int FROM existing WHERE found AND (old_value, old_source) IS NOT DISTINCT FROM (value, ${censusSource}::text)) AS unchanged,
           (SELECT count(*)::int FROM deleted) AS deleted,
           (SELECT count(*)::int FROM upserted) AS written`;
  if (c) report.count('indicator_value', c);
}
