import type { Sql } from '@tavazon/data';

export interface CountyValuesParams {
  set: string;
  province?: string | undefined;
  period: string;
  /** Indicator codes; each county gets one entry per code, `null` where it has no value. */
  indicators: readonly string[];
}

export interface CountyValuesRow {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  /** Keyed by indicator code; `null` for a missing value, so gaps are seen rather than skipped. */
  values: Record<string, number | null>;
}

/**
 * Every county of the scope (a set, optionally one province), in code order, with the values of the
 * given indicators for one period. A county without a value is still returned, so the analyses can
 * report it as missing instead of silently computing over fewer counties than asked for.
 *
 * The rows come back as one JSON text value: on the embedded PGlite every result row is a message
 * through its socket, and 429 counties × 6 indicators as separate rows took ~10× longer than this.
 */
export async function countyValues(sql: Sql, params: CountyValuesParams): Promise<CountyValuesRow[]> {
  const { set, province, period, indicators } = params;
  const [row] = await sql<{ body: string }[]>`
    SELECT COALESCE(json_agg(json_build_object(
             'code', u.code, 'name_fa', u.name_fa, 'name_en', u.name_en, 'province', u.province_code,
             'values', (SELECT json_object_agg(v.indicator, v.value)
                        FROM indicator_value v
                        WHERE v.admin_unit_id = u.id AND v.period = ${period}
                          AND v.indicator IN ${sql(indicators as string[])})
           ) ORDER BY u.code), '[]'::json)::text AS body
    FROM admin_unit u
    WHERE u.boundary_set = ${set} AND u.level = 'county'
      ${province ? sql`AND u.province_code = ${province}` : sql``}`;
  const rows = JSON.parse(row!.body) as (Omit<CountyValuesRow, 'values'> & {
    values: Record<string, number> | null;
  })[];
  return rows.map((r) => ({
    ...r,
    values: Object.fromEntries(indicators.map((code) => [code, r.values?.[code] ?? null])),
  }));
}
