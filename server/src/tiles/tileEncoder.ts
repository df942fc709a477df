import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { TileAddress } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { PendingQuery, Row } from 'postgres';

/** Who writes the protobuf: PostGIS (`ST_AsMVT`) or, where PostGIS was built without protobuf, the server. */
export type TileEncoder = 'postgis' | 'server';

/** Tile coordinates per side, and the margin (in those units) kept around a tile for lines and labels. */
export const tileExtent = 4096;
export const tileBuffer = 64;

// PGlite's PostGIS is built without protobuf-c: ST_AsMVTGeom and ST_AsMVT fail there, while Debian's
// PostgreSQL has them. The engine is asked once per database client; the promise is kept, not the answer,
// so concurrent first requests share one probe (as analysis/countyNeighbours.ts does).
const probes = new WeakMap<Sql, Promise<TileEncoder>>();

export function tileEncoder(sql: Sql): Promise<TileEncoder> {
  const known = probes.get(sql);
  if (known) return known;
  const probe = probeEncoder(sql);
  probes.set(sql, probe);
  // A probe lost to an outage must not decide for good.
  probe.catch(() => {
    if (probes.get(sql) === probe) probes.delete(sql);
  });
  return probe;
}

async function probeEncoder(sql: Sql): Promise<TileEncoder> {
  try {
    await sql`
      SELECT ST_AsMVT(t) FROM (
        SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(0, 0), 3857), ST_TileEnvelope(0, 0, 0)) AS geom
      ) t`;
    return 'postgis';
  } catch (error) {
    if (error instanceof Error && /protobuf/i.test(error.message)) return 'server';
    throw error;
  }
}

/**
 * The rows a tile is made of, the same for both encoders: `fid` (a whole number, or null: the feature
 * gets no id), `geom` in Web Mercator (EPSG:3857) and any other column as a property (nulls left out).
 */
export type TileRows = PendingQuery<Row[]>;

/** One layer's tile as Mapbox Vector Tile bytes (empty when no row falls in the tile). */
export async function encodeTile(
  sql: Sql,
  encoder: TileEncoder,
  layer: string,
  t: TileAddress,
  rows: TileRows,
): Promise<Uint8Array<ArrayBuffer>> {
  return encoder === 'postgis' ? encodeInPostgis(sql, layer, t, rows) : encodeInServer(sql, layer, t, rows);
}

async function encodeInPostgis(sql: Sql, layer: string, t: TileAddress, rows: TileRows) {
  const [row] = await sql<{ tile: Uint8Array | null }[]>`
    SELECT ST_AsMVT(m, ${layer}, ${tileExtent}, 'geom', 'fid') AS tile
    FROM (
      SELECT r.fid, jsonb_strip_nulls(to_jsonb(r) - 'geom' - 'fid') AS props,
             ST_AsMVTGeom(r.geom, ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}), ${tileExtent}, ${tileBuffer}, true) AS geom
      FROM (${rows}) r
    ) m
    WHERE m.geom IS NOT NULL`;
  return row?.tile ? new Uint8Array(row.tile) : new Uint8Array(0);
}

// The same rows as GeoJSON (PostGIS writes it, so Node parses no WKB), cut into the tile by geojson-vt and
// written by vt-pbf: the maintained libraries MapLibre itself uses for GeoJSON sources.
async function encodeInServer(sql: Sql, layer: string, t: TileAddress, rows: TileRows) {
  const [row] = await sql<{ body: string }[]>`
    SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
      'type', 'Feature',
      'id', r.fid,
      'geometry', ST_AsGeoJSON(ST_Transform(r.geom, 4326), 9)::json,
      'properties', jsonb_strip_nulls(to_jsonb(r) - 'geom' - 'fid')
    )), '[]'::json))::text AS body
    FROM (${rows}) r`;
  const collection = JSON.parse(row!.body) as GeoJSON.FeatureCollection;
  if (collection.features.length === 0) return new Uint8Array(0);
  // Simplified by one tile unit at most, as ST_AsMVTGeom's snapping to the tile grid does (the rows are
  // already generalised for the zoom); like it, this drops the polygons that shrink below one unit.
  const tile = geoJSONToTile(collection, t.z, t.x, t.y, {
    extent: tileExtent,
    buffer: tileBuffer,
    tolerance: 1,
    clip: true,
    wrap: false,
  });
  if (!tile || tile.features.length === 0) return new Uint8Array(0);
  return new Uint8Array(fromGeojsonVt({ [layer]: tile }, { version: 2, extent: tileExtent }));
}
