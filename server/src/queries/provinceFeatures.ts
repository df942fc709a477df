import type { Sql } from '@tavazon/data';
import { labelPoint } from './labelPoint.ts';

/** The provinces of a set with their county counts, as a GeoJSON FeatureCollection text. */
export async function provinceFeatures(
  sql: Sql,
  set: string,
  detail: number | null,
  digits: number,
): Promise<string> {
  const [row] = await sql<{ body: string }[]>`
    WITH unit AS (
      SELECT u.id, u.code, u.name_fa, u.name_en, COALESCE(g.geom, u.geom) AS geom,
             (SELECT count(*)::int FROM admin_unit k WHERE k.parent_id = u.id) AS counties
      FROM admin_unit u
      LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${detail}
      WHERE u.boundary_set = ${set} AND u.level = 'province'
    )
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'id', code,
        'geometry', ST_AsGeoJSON(geom, ${digits})::json,
        'properties', json_build_object(
          'code', code, 'name_fa', name_fa, 'name_en', name_en, 'counties', counties,
          'label', ${labelPoint(sql, 'geom', digits)})
      ) ORDER BY code), '[]'::json)
    )::text AS body
    FROM unit`;
  return row!.body;
}
