import type { TileAddress } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { type Audience, type ProjectFilter, projectVisible } from '../queries/projectFeatures.ts';
import { encodeTile, type TileEncoder, type TileRows, tileEncoder } from './tileEncoder.ts';

/** From this zoom on, every project is its own feature (up to `pointCap` a tile); below it, clusters. */
export const clusterBelowZoom = 14;
/** Cluster cells per tile side: 16 cells of 32 pixels on MapLibre's 512-pixel vector tiles. */
export const cellsPerTile = 16;
/** The most single projects one tile carries at the unclustered zooms. */
export const pointCap = 5000;

// Half the Web Mercator world's width in metres.
const halfWorld = 20037508.342789244;

/**
 * The projects of one tile for this audience, with the registry's filters, as Mapbox Vector Tile bytes of
 * layer `projects`. Below `clusterBelowZoom` the projects of each cell of a global grid (so a cell is
 * the same in every tile) become one feature at their mean position: `count` and one count per status
 * (`execution`, `study`, …); a cell holding one project gives that project itself. A project carries
 * `id`, `status`, `sector`, `precision` (how exact its point is) and, for signed-in users, `published`.
 */
export async function projectTile(
  sql: Sql,
  t: TileAddress,
  filter: ProjectFilter,
  audience: Audience,
  encoder?: TileEncoder,
): Promise<Uint8Array<ArrayBuffer>> {
  return encodeTile(
    sql,
    encoder ?? (await tileEncoder(sql)),
    'projects',
    t,
    projectTileRows(sql, t, filter, audience),
  );
}

export function projectTileRows(
  sql: Sql,
  t: TileAddress,
  filter: ProjectFilter,
  audience: Audience,
): TileRows {
  // Mercator metres from degrees by arithmetic: cheaper than ST_Transform over every point of a dense tile.
  const points = sql`
    SELECT p.id, p.status, p.sector, p.location_precision, p.published,
           ST_X(p.location) * ${halfWorld / 180} AS mx,
           ln(tan(pi() / 4 + radians(ST_Y(p.location)) / 2)) * 6378137 AS my
    FROM project p
    ${filter.county ? sql`JOIN admin_unit c ON c.id = p.county_id` : sql``}
    WHERE p.location && ST_Transform(ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}), 4326)
      AND ${projectVisible(sql, filter, audience)}`;
  const published = audience.internal ? sql`published` : sql`NULL::boolean`;
  if (t.z >= clusterBelowZoom) {
    return sql`
      SELECT id AS fid, id, status, sector, location_precision AS precision, ${published} AS published,
             ST_SetSRID(ST_MakePoint(mx, my), 3857) AS geom
      FROM (${points}) pt
      ORDER BY id
      LIMIT ${pointCap}`;
  }
  const cell = (2 * halfWorld) / 2 ** t.z / cellsPerTile;
  // A cell of one project shows that project: its fields are read by id for those cells only, rather than
  // aggregated (min of each text column) over every project of the tile, which at zoom 10 over Tehran is
  // tens of thousands of rows.
  const single = audience.internal ? sql`one.published` : sql`NULL::boolean`;
  return sql`
    SELECT CASE WHEN g.n = 1 THEN g.id END AS fid,
           CASE WHEN g.n = 1 THEN g.id END AS id,
           one.status, one.sector, one.location_precision AS precision, ${single} AS published,
           CASE WHEN g.n > 1 THEN g.n END AS count,
           NULLIF(idea, 0) AS idea, NULLIF(study, 0) AS study, NULLIF(approved, 0) AS approved,
           NULLIF(execution, 0) AS execution, NULLIF(operational, 0) AS operational,
           NULLIF(suspended, 0) AS suspended, NULLIF(cancelled, 0) AS cancelled,
           ST_SetSRID(ST_MakePoint(x, y), 3857) AS geom
    FROM (
      SELECT count(*)::int AS n, min(id) AS id, avg(mx) AS x, avg(my) AS y,
             count(*) FILTER (WHERE status = 'idea')::int AS idea,
             count(*) FILTER (WHERE status = 'study')::int AS study,
             count(*) FILTER (WHERE status = 'approved')::int AS approved,
             count(*) FILTER (WHERE status = 'execution')::int AS execution,
             count(*) FILTER (WHERE status = 'operational')::int AS operational,
             count(*) FILTER (WHERE status = 'suspended')::int AS suspended,
             count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
      FROM (${points}) pt
      GROUP BY floor((mx + ${halfWorld}) / ${cell}), floor((my + ${halfWorld}) / ${cell})
    ) g
    LEFT JOIN project one ON g.n = 1 AND one.id = g.id`;
}
