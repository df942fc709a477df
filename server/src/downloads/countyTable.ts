import type { Sql } from '@tavazon/data';
import type { Cell } from '../exports/exportTable.ts';

interface CountyRow {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  province_name_fa: string;
  values: Record<string, number>;
  estimated: Record<string, boolean>;
  geometry?: unknown;
}

export interface CountyTable {
  /** The indicators with values on this set in this period, in column order. */
  indicators: string[];
  rows: CountyRow[];
}

// Geometry for a download: the generalisation of a few counties on screen (detail 2, 4 decimals, ≈ 10 m),
// a fraction of the full polygons' size, more than enough for a map or a spatial join by county.
const downloadDetail = 2;
const downloadDigits = 4;

/**
 * Every county of a set with every indicator's value in one period (null where a county has none), and
 * whether each value is an estimate. With `geometry`, each county's polygon as GeoJSON too.
 */
export async function countyTable(
  sql: Sql,
  set: string,
  period: string,
  geometry: boolean,
): Promise<CountyTable> {
  const indicators = await sql<{ code: string }[]>`
    SELECT i.code FROM indicator i
    WHERE EXISTS (
      SELECT 1 FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
      WHERE v.indicator = i.code AND v.period = ${period} AND u.boundary_set = ${set})
    ORDER BY i.kind, i.code`;
  const rows = await sql<CountyRow[]>`
    SELECT u.code, u.name_fa, u.name_en, u.province_code AS province, p.name_fa AS province_name_fa,
           coalesce(vals.values, '{}') AS values, coalesce(vals.estimated, '{}') AS estimated
           ${geometry ? sql`, ST_AsGeoJSON(coalesce(g.geom, u.geom), ${downloadDigits})::json AS geometry` : sql``}
    FROM admin_unit u
    JOIN admin_unit p ON p.id = u.parent_id
    LEFT JOIN LATERAL (
      SELECT json_object_agg(v.indicator, v.value) AS values, json_object_agg(v.indicator, v.estimated) AS estimated
      FROM indicator_value v WHERE v.admin_unit_id = u.id AND v.period = ${period}
    ) vals ON true
    ${
      geometry
        ? sql`LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${downloadDetail}`
        : sql``
    }
    WHERE u.boundary_set = ${set} AND u.level = 'county'
    ORDER BY u.code`;
  return { indicators: indicators.map((i) => i.code), rows };
}

const fixed = ['code', 'name_fa', 'name_en', 'province', 'province_name_fa', 'period'];

/** The table as rows of cells: one column per indicator and, after it, whether its value is estimated. */
export function countyCells(table: CountyTable, period: string): Cell[][] {
  const header = [...fixed, ...table.indicators.flatMap((i) => [i, `${i}_estimated`])];
  return [
    header,
    ...table.rows.map((r) => [
      r.code,
      r.name_fa,
      r.name_en,
      r.province,
      r.province_name_fa,
      period,
      ...table.indicators.flatMap((i) => [r.values[i] ?? null, r.estimated[i] ?? null]),
    ]),
  ];
}

/** The table as a GeoJSON FeatureCollection, the same columns as properties. */
export function countyCollection(table: CountyTable, period: string) {
  return {
    type: 'FeatureCollection',
    features: table.rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      geometry: r.geometry ?? null,
      properties: {
        code: r.code,
        name_fa: r.name_fa,
        name_en: r.name_en,
        province: r.province,
        province_name_fa: r.province_name_fa,
        period,
        ...Object.fromEntries(
          table.indicators.flatMap((i) => [
            [i, r.values[i] ?? null],
            [`${i}_estimated`, r.estimated[i] ?? null],
          ]),
        ),
      },
    })),
  };
}
