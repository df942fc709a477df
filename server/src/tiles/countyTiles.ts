import type { TileAddress } from '@tavazon/contract';
import { generalisationForZoom, type Sql } from '@tavazon/data';
import type { IndicatorRef } from '../lookups.ts';
import {
  encodeTile,
  type TileEncoder,
  type TileRows,
  tileBuffer,
  tileEncoder,
  tileExtent,
} from './tileEncoder.ts';

/**
 * The counties of a boundary set in one tile as Mapbox Vector Tile bytes of layer `counties`: `code`,
 * `name_fa` and, with an indicator, its `value` for the period (left out where the county has none).
 * The geometry is the set's generalisation for the zoom (shared borders stay shared), cut to the tile
 * and its margin.
 */
export async function countyTile(
  sql: Sql,
  t: TileAddress,
  set: string,
  indicator: IndicatorRef | null,
  encoder?: TileEncoder,
): Promise<Uint8Array<ArrayBuffer>> {
  return encodeTile(
    sql,
    encoder ?? (await tileEncoder(sql)),
    'counties',
    t,
    countyTileRows(sql, t, set, indicator),
  );
}

export function countyTileRows(
  sql: Sql,
  t: TileAddress,
  set: string,
  indicator: IndicatorRef | null,
): TileRows {
  const { detail } = generalisationForZoom(t.z);
  const margin = tileBuffer / tileExtent;
  return sql`
    WITH box AS (
      SELECT ST_Transform(ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}, margin => ${margin}), 4326) AS b
    )
    SELECT * FROM (
    SELECT u.id AS fid, u.code, u.name_fa,
           ${indicator ? sql`v.value::float8` : sql`NULL::float8`} AS value,
           ST_Transform(ST_ClipByBox2D(COALESCE(g.geom, u.geom), box.b::box2d), 3857) AS geom
    FROM admin_unit u
    CROSS JOIN box
    LEFT JOIN admin_unit_generalised g ON g.admin_unit_id = u.id AND g.detail = ${detail}
    ${
      indicator
        ? sql`LEFT JOIN indicator_value v
                ON v.admin_unit_id = u.id AND v.indicator = ${indicator.code} AND v.period = ${indicator.period}`
        : sql``
    }
    WHERE u.boundary_set = ${set} AND u.level = 'county' AND u.geom && box.b
    ) c
    -- A generalised outline can miss the tile that the full one's box reaches.
    WHERE NOT ST_IsEmpty(c.geom)
    ORDER BY c.code`;
}
