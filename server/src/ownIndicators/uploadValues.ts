import type { ValuesCommitted, ValuesReport } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { HttpError } from '../errors.ts';
import type { ImportFile } from '../imports/readImportFile.ts';
import { type CheckedValue, checkValues } from './checkValues.ts';
import { countyIndex } from './countyIndex.ts';
import { requireEditable } from './defineIndicator.ts';

const maxListed = 5000;

/** Each period of the upload with its counties, and how many stored values it would replace. */
async function periodsOf(sql: Sql, indicator: string, values: CheckedValue[]) {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.period, (counts.get(v.period) ?? 0) + 1);
  const periods = [...counts.keys()].sort();
  const stored = periods.length
    ? await sql<{ period: string; n: number }[]>`
        SELECT period, count(*)::int AS n FROM indicator_value
        WHERE indicator = ${indicator} AND period IN ${sql(periods)} GROUP BY period`
    : [];
  return periods.map((period) => ({
    period,
    counties: counts.get(period)!,
    replaces: stored.find((s) => s.period === period)?.n ?? 0,
  }));
}

async function examine(sql: Sql, user: SessionUser, code: string, file: ImportFile) {
  const indicator = await requireEditable(sql, user, code);
  const set = indicator.boundary_set!;
  const { problems, values } = await checkValues(file, await countyIndex(sql, set), indicator.unit);
  const report: ValuesReport = {
    mode: 'preview',
    format: file.format,
    indicator: code,
    set,
    rows: file.rows.length,
    valid: values.length,
    problemCount: problems.length,
    problems: problems.slice(0, maxListed),
    truncated: problems.length > maxListed,
    periods: await periodsOf(sql, code, values),
  };
  return { report, values };
}

export async function previewValues(sql: Sql, user: SessionUser, code: string, file: ImportFile) {
  return (await examine(sql, user, code, file)).report;
}

/**
 * Writes the file's values, all or nothing: each period in the file replaces that period's values, the
 * replaced ones going to the history with who replaced them (the time is the transaction's).
 */
export async function commitValues(
  sql: Sql,
  user: SessionUser,
  code: string,
  file: ImportFile,
  source: string,
): Promise<ValuesCommitted> {
  return transaction(sql, async (tx) => {
    // One upload of an indicator at a time, so that a period is never replaced by two files at once.
    await tx`SELECT code FROM indicator WHERE code = ${code} FOR UPDATE`;
    const { report, values } = await examine(tx, user, code, file);
    if (report.problemCount) {
      throw new HttpError(
        422,
        'import.rejected',
        { count: report.problemCount },
        `file: ${report.problemCount} problem(s) found; nothing was written`,
        { field: 'file', extra: report },
      );
    }
    const periods = report.periods.map((p) => p.period);
    await tx`
      INSERT INTO indicator_value_history (indicator, period, admin_unit_id, value, source, replaced_by)
      SELECT indicator, period, admin_unit_id, value, source, ${user.id}
      FROM indicator_value WHERE indicator = ${code} AND period IN ${tx(periods)}`;
    await tx`DELETE FROM indicator_value WHERE indicator = ${code} AND period IN ${tx(periods)}`;
    const rows = values.map((v) => ({ u: v.county.id, p: v.period, v: v.value }));
    await tx`
      INSERT INTO indicator_value (indicator, period, admin_unit_id, value, source)
      SELECT ${code}, r.p, r.u, r.v, ${source}
      FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(u bigint, p text, v double precision)`;
    await tx`UPDATE indicator SET updated_at = now() WHERE code = ${code}`;
    return {
      mode: 'commit',
      indicator: code,
      set: report.set,
      imported: values.length,
      periods: report.periods,
    };
  });
}
