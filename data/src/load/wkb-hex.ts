import type { Position } from 'geojson';
import type { Polygonal } from './polygonal-geometry.ts';

/**
 * A (Multi)Polygon as hex WKB (little-endian, 2D, always a MultiPolygon), for `ST_GeomFromWKB(decode(…,
 * 'hex'))`. PostGIS reads WKB several times faster than GeoJSON (in PGlite's WebAssembly most of all) and
 * the doubles arrive bit for bit as JavaScript holds them.
 */
export function polygonalToWkbHex(geometry: Polygonal): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let size = 9;
  for (const rings of polygons) {
    size += 9;
    for (const ring of rings) size += 4 + 16 * ring.length;
  }
  const buffer = Buffer.alloc(size);
  let at = 0;
  const header = (type: number, count: number) => {
    at = buffer.writeUInt8(1, at);
    at = buffer.writeUInt32LE(type, at);
    at = buffer.writeUInt32LE(count, at);
  };
  header(6, polygons.length);
  for (const rings of polygons) {
    header(3, rings.length);
    for (const ring of rings) {
      at = buffer.writeUInt32LE(ring.length, at);
      for (const p of ring as Position[]) {
        at = buffer.writeDoubleLE(p[0] ?? Number.NaN, at);
        at = buffer.writeDoubleLE(p[1] ?? Number.NaN, at);
      }
    }
  }
  return buffer.toString('hex');
}
