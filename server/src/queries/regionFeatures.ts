import type { Sql } from '@tavazon/data';
import type { IndicatorRef } from '../lookups.ts';
import { labelPoint } from './labelPoint.ts';

/** A planning-region scheme's id and boundary set, or undefined if there is none with this id. */
export async function findScheme(sql: Sql, id: number) {
  const [scheme] = await sql<{ id: string; set: string }[]>`
    SELECT id, boundary_set AS set FROM region_scheme WHERE id = ${id}`;
  return scheme;
}

export interface RegionFeaturesParams {
  schemeId: string;
  /** Generalisation level; null for the full geometry. */
  detail: number | null;
  /** Decimal places of the coordinates. */
  digits: number;
  indicator: IndicatorRef | null;
}

/** The regions of a scheme, each the union of its counties, as a GeoJSON FeatureCollection text. */
export async function regionFeatures(sql: Sql, params: RegionFeaturesParams): Promise<string> {
  const { detail, digits, indicator: ind } = params;
  // A region's value follows the indicator's own rule: counts add up, rates are averaged with the
  // weight of their denominator (unemployment by the active population). A region with a county
  // lacking a value gets null rather than a figure that silently covers only part of it.
  const [row] = await sql<{ body: string }[]>`
    WITH member AS (
      SELECT r.id AS region_id, u.id AS unit_id, u.code, COALESCE(g.geom, u.geom) AS geom
      FROM region r
      JOIN region_member m ON m.region_id = r.id
      JOIN admin_unit u ON u.id = m.admin_unit_id
      LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${detail}
      WHERE r.scheme_id = ${params.schemeId}
    ), agg AS (
      SELECT m.region_id,
             ST_Multi(ST_Union(m.geom)) AS geom,
             json_agg(m.code ORDER BY m.code) AS counties
             ${
               ind
                 ? sql`, CASE
                     WHEN count(v.value) < count(*) THEN NULL
                     WHEN ${ind.aggregation} = 'sum' THEN sum(v.value)
                     WHEN count(w.value) < count(*) THEN NULL
                     ELSE sum(v.value * w.value) / NULLIF(sum(w.value), 0)
                   END AS value`
                 : sql``
             }
      FROM member m
      ${
        ind
          ? sql`LEFT JOIN indicator_value v
                  ON v.admin_unit_id = m.unit_id AND v.indicator = ${ind.code} AND v.period = ${ind.period}
                LEFT JOIN indicator_value w
                  ON w.admin_unit_id = m.unit_id AND w.indicator = ${ind.weight_indicator ?? ''}
                 AND w.period = ${ind.period}`
          : sql``
      }
      GROUP BY m.region_id
    )
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'id', r.code,
        'geometry', ST_AsGeoJSON(agg.geom, ${digits})::json,
        'properties', json_build_object(
          'code', r.code, 'name_fa', r.name_fa, 'name_en', r.name_en, 'counties', agg.counties,
          'label', ${labelPoint(sql, 'agg.geom', digits)}
        )::jsonb ${ind ? sql`|| jsonb_build_object('value', agg.value)` : sql``}
      ) ORDER BY r.code), '[]'::json)
    )::text AS body
    FROM agg JOIN region r ON r.id = agg.region_id`;
  return row!.body;
}
