import { generalisationForZoom } from '@tavazon/data';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { requireSet } from '../lookups.ts';
import { setParam, zoomParam } from '../params.ts';
import { labelPoint } from '../queries/labelPoint.ts';
import { validate } from '../validate.ts';

const query = z.object({ set: setParam, zoom: zoomParam });

export const provinces = new Hono<AppEnv>().get('/', validate('query', query), async (c) => {
  const sql = c.get('sql');
  const q = c.req.valid('query');
  const set = await requireSet(sql, q.set);
  const { detail, digits } = generalisationForZoom(q.zoom);
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
  c.header('Content-Type', 'application/geo+json; charset=utf-8');
  return c.body(row!.body);
});
