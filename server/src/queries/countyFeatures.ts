import type { Sql } from '@tavazon/data';
import type { IndicatorRef } from '../lookups.ts';
import { labelPoint } from './labelPoint.ts';

export interface CountyFeaturesParams {
  set: string;
  province?: string | undefined;
  /** Generalisation level; null for the full geometry. */
  detail: number | null;
  /** Decimal places of the coordinates. */
  digits: number;
  indicator: IndicatorRef | null;
}

/**
 * The counties of a set as a GeoJSON FeatureCollection, built by PostGIS as one text value so that
 * Node never parses geometry. Project counts are read from county_public_projects, which triggers keep
 * for every boundary set on write (migrations 0017, 0019): no point is tested against a polygon, and no
 * count is added up, per request.
 */
export async function countyFeatures(
  sql: Sql,
  params: CountyFeaturesParams,
): Promise<{ body: string; count: number }> {
  const { set, detail, digits, indicator } = params;
  const [row] = await sql<{ body: string; n: number }[]>`
    WITH unit AS (
      SELECT u.id, u.code, u.name_fa, u.name_en, u.province_code,
             COALESCE(g.geom, u.geom) AS geom, c.projects
      FROM admin_unit u
      LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${detail}
      -- Each county's public counts, kept ready by triggers (migration 0019): a join by key.
      LEFT JOIN county_public_projects c ON c.unit_id = u.id
      WHERE u.boundary_set = ${set} AND u.level = 'county'
        ${params.province ? sql`AND u.province_code = ${params.province}` : sql``}
    )
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'id', unit.code,
        'geometry', ST_AsGeoJSON(unit.geom, ${digits})::json,
        'properties', json_build_object(
          'code', unit.code,
          'name_fa', unit.name_fa,
          'name_en', unit.name_en,
          'province', unit.province_code,
          'label', ${labelPoint(sql, 'unit.geom', digits)},
          'projects', COALESCE(unit.projects, '{}'::json)
        )::jsonb ${indicator ? sql`|| jsonb_build_object('value', v.value, 'estimated', v.estimated)` : sql``}
      ) ORDER BY unit.code), '[]'::json)
    )::text AS body,
    count(*)::int AS n
    FROM unit
    ${
      indicator
        ? sql`LEFT JOIN indicator_value v
                ON v.admin_unit_id = unit.id AND v.indicator = ${indicator.code} AND v.period = ${indicator.period}`
        : sql``
    }`;
  return { body: row!.body, count: row!.n };
}
