import type { DatasetReport } from './summary.ts';
import type { Tx } from './tx.ts';

/** One value to store, its unit by code within the scope's boundary set. */
export interface StagedValue {
  indicator: string;
  period: string;
  code: string;
  value: number;
  source: string;
  estimated: boolean;
  method: string;
}

/** What a loader owns: these indicators for these periods on this set; other values are left alone. */
export interface ValueScope {
  set: string;
  indicators: readonly string[];
  periods: readonly string[];
  /** Named in the report for values whose unit code is not in the set. */
  file: string;
}

/**
 * Writes the values of a scope and deletes the scope's values that are no longer given, counting what
 * changed so that a repeated load reports every value as unchanged.
 */
export async function upsertIndicatorValues(
  tx: Tx,
  scope: ValueScope,
  values: readonly StagedValue[],
  report: DatasetReport,
): Promise<void> {
  await tx`
    CREATE TEMP TABLE staged_value ON COMMIT DROP AS
    SELECT r.indicator, r.period, u.id AS admin_unit_id, r.code, r.value, r.source, r.estimated, r.method
    FROM json_to_recordset(${JSON.stringify(values)}::text::json)
      AS r(indicator text, period text, code text, value double precision, source text, estimated boolean, method text)
    LEFT JOIN admin_unit u ON u.boundary_set = ${scope.set} AND u.level = 'county' AND u.code = r.code`;
  const orphans = await tx<{ code: string }[]>`
    DELETE FROM staged_value WHERE admin_unit_id IS NULL RETURNING code`;
  for (const code of new Set(orphans.map((o) => o.code))) {
    report.problem({
      file: scope.file,
      key: code,
      reason: `no ${scope.set} county with this code`,
      loaded: false,
    });
  }
  const [c] = await tx<{ inserted: number; updated: number; unchanged: number; deleted: number }[]>`
    WITH existing AS (
      SELECT s.*, v.admin_unit_id IS NOT NULL AS found,
             (v.value, v.source, v.estimated, v.method) IS NOT DISTINCT FROM (s.value, s.source, s.estimated, s.method) AS same
      FROM staged_value s
      LEFT JOIN indicator_value v
        ON v.indicator = s.indicator AND v.period = s.period AND v.admin_unit_id = s.admin_unit_id
    ), upserted AS (
      INSERT INTO indicator_value (indicator, period, admin_unit_id, value, source, estimated, method)
      SELECT indicator, period, admin_unit_id, value, source, estimated, method FROM existing
      WHERE NOT found OR NOT same
      ON CONFLICT (indicator, period, admin_unit_id) DO UPDATE
        SET value = EXCLUDED.value, source = EXCLUDED.source, estimated = EXCLUDED.estimated, method = EXCLUDED.method
      RETURNING 1
    ), deleted AS (
      DELETE FROM indicator_value v USING admin_unit u
      WHERE u.id = v.admin_unit_id AND u.boundary_set = ${scope.set}
        AND v.indicator IN ${tx(scope.indicators)} AND v.period IN ${tx(scope.periods)}
        AND NOT EXISTS (
          SELECT 1 FROM staged_value s
          WHERE s.indicator = v.indicator AND s.period = v.period AND s.admin_unit_id = v.admin_unit_id)
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM existing WHERE NOT found) AS inserted,
           (SELECT count(*)::int FROM existing WHERE found AND NOT same) AS updated,
           (SELECT count(*)::int FROM existing WHERE found AND same) AS unchanged,
           (SELECT count(*)::int FROM deleted) AS deleted,
           (SELECT count(*)::int FROM upserted) AS written`;
  if (c) report.count('indicator_value', c);
  await tx`DROP TABLE staged_value`;
}
