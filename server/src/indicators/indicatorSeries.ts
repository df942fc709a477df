import type { Sql } from '@tavazon/data';
import { indicatorDefinition } from './indicatorDefinition.ts';

/**
 * One county's values of one indicator over every period it has on the set, oldest first, each with
 * whether it is estimated and how it was obtained. A period without a value is absent, not zero: the
 * growth of a county whose 1390 parent is unknown is simply not in the series.
 */
export async function indicatorSeries(sql: Sql, code: string, unitId: string) {
  const indicator = await indicatorDefinition(sql, code);
  const series = await sql`
    SELECT v.period, v.value, v.estimated, v.method, v.source
    FROM indicator_value v
    WHERE v.indicator = ${code} AND v.admin_unit_id = ${unitId}
    ORDER BY v.period`;
  return { indicator, series };
}
