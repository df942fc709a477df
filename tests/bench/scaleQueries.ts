// The "bare" side of the scale targets: SQL sent straight to the database, against which the API's
// answers are held (a project tile ≤ 2× the bare ST_AsMVT query; the county layer ≤ 1.25× itself
// without project counts).
import type { Sql } from '@tavazon/data';
import { labelPoint } from '../../server/src/queries/labelPoint.ts';

export interface Tile {
  z: number;
  x: number;
  y: number;
}

/** The Web Mercator tile at zoom `z` that holds a point. */
export function tileAt(lng: number, lat: number, z: number): Tile {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lng + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}

/**
 * The plainest project tile PostGIS makes: every public project in the tile (and its 64-pixel buffer)
 * with the attributes the map draws, no clustering, no cap. Found through the GiST index on `location`.
 */
export async function bareProjectTile(sql: Sql, t: Tile): Promise<number> {
  const [row] = await sql<{ tile: Buffer }[]>`
    SELECT ST_AsMVT(q, 'projects', 4096, 'geom') AS tile FROM (
      SELECT p.id, p.status, p.sector,
             ST_AsMVTGeom(ST_Transform(p.location, 3857), ST_TileEnvelope(${t.z}::int, ${t.x}::int, ${t.y}::int),
                          4096, 64, true) AS geom
      FROM project p
      WHERE p.published AND NOT p.archived
        AND p.location && ST_Transform(
          ST_TileEnvelope(${t.z}::int, ${t.x}::int, ${t.y}::int, margin => ${64 / 4096}::float8), 4326)
    ) q`;
  return row?.tile?.length ?? 0;
}

/**
 * The national county layer exactly as server/src/queries/countyFeatures.ts builds it, less the project
 * counts (`projects` is an empty object): what counting adds is the API's time over this.
 */
export async function countiesWithoutCounts(sql: Sql, detail: number | null, digits: number) {
  const [row] = await sql<{ body: string }[]>`
    WITH unit AS (
      SELECT u.id, u.code, u.name_fa, u.name_en, u.province_code, COALESCE(g.geom, u.geom) AS geom
      FROM admin_unit u
      LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${detail}
      WHERE u.boundary_set = 'current' AND u.level = 'county'
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
          'projects', '{}'::json
        )::jsonb
      ) ORDER BY unit.code), '[]'::json)
    )::text AS body
    FROM unit`;
  return row!.body.length;
}

/**
 * A real project to click in the browser: the published one in the least populous county, where the
 * synthetic points (placed by population) are sparsest, so that at zoom 14 a point, not a cluster, is
 * under the pointer.
 */
export async function realProjectToClick(sql: Sql) {
  const [row] = await sql<{ id: number; lng: number; lat: number }[]>`
    SELECT p.id::int, ST_X(p.location) AS lng, ST_Y(p.location) AS lat
    FROM project p
    LEFT JOIN LATERAL (
      SELECT v.value FROM indicator_value v
      WHERE v.admin_unit_id = p.county_id AND v.indicator = 'population'
      ORDER BY v.period DESC LIMIT 1) pop ON true
    WHERE p.published AND NOT p.archived AND p.source_key LIKE 'driver-projects:%'
    ORDER BY pop.value NULLS LAST, p.id
    LIMIT 1`;
  if (!row) throw new Error('no published real project to click: is the bench database loaded?');
  return row;
}
