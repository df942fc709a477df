import type { Sql } from '@tavazon/data';
import type { IndicatorRef } from '../lookups.ts';
import { indicatorDefinition } from './indicatorDefinition.ts';

/** One indicator's definition and its county values for a set and period, optionally in one province. */
export async function indicatorValues(
  sql: Sql,
  ind: Pick<IndicatorRef, 'code' | 'period'>,
  set: string,
  province: string | undefined,
) {
  const indicator = await indicatorDefinition(sql, ind.code);
  const values = await sql<
    {
      code: string;
      name_fa: string;
      name_en: string | null;
      province: string;
      value: number;
      estimated: boolean;
      method: string;
    }[]
  >`
    SELECT u.code, u.name_fa, u.name_en, u.province_code AS province, v.value, v.estimated, v.method
    FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
    WHERE v.indicator = ${ind.code} AND v.period = ${ind.period} AND u.boundary_set = ${set}
      AND u.level = 'county'
      ${province ? sql`AND u.province_code = ${province}` : sql``}
    ORDER BY u.code`;
  return { indicator, set, period: ind.period, values };
}
