import type { Sql } from '@tavazon/data';

/**
 * SQL for a `[lng, lat]` JSON array of a point inside `geom` (not its centroid, which can fall outside a
 * crescent-shaped county), rounded like the geometry it labels. `geom` names the geometry column.
 */
export function labelPoint(sql: Sql, geom: 'unit.geom' | 'geom' | 'agg.geom', digits: number) {
  const column = sql(geom);
  return sql`json_build_array(
    round(ST_X(ST_PointOnSurface(${column}))::numeric, ${digits}),
    round(ST_Y(ST_PointOnSurface(${column}))::numeric, ${digits}))`;
}
