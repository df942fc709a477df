import { write } from '@mapbox/shp-write';
import rewind from '@turf/rewind';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { writeZip } from '../zip/zip.ts';
import { shortNames } from './shapefileFields.ts';

const wgs84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]';

// A DBF text field holds at most 254 bytes.
const maxTextBytes = 254;

/**
 * Text as the DBF writer takes it: the `dbf` library behind @mapbox/shp-write writes each UTF-16 unit
 * as one byte, which garbles Persian. Handing it the UTF-8 bytes one character per byte writes them
 * as they are, cut to 254 bytes at a character boundary; the .cpg says UTF-8.
 */
function dbfText(value: string): string {
  let bytes = Buffer.from(value, 'utf8');
  if (bytes.length > maxTextBytes) {
    let end = maxTextBytes;
    while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
    bytes = bytes.subarray(0, end);
  }
  return bytes.toString('latin1');
}

function dbfValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(15)) : null;
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return dbfText(v.join('; '));
  return dbfText(typeof v === 'object' ? JSON.stringify(v) : String(v));
}

/**
 * A FeatureCollection of points or of (multi)polygons as a zipped Shapefile: .shp/.shx/.dbf written by
 * @mapbox/shp-write, .prj (WGS 84), .cpg (UTF-8) and `<layer>_fields.csv` naming each short field.
 */
export function toShapefileZip(collection: FeatureCollection, layer: string): Uint8Array {
  const fields = [...new Set(collection.features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const names = shortNames(fields);
  const rows = collection.features.map((f) => {
    const row: Record<string, string | number | boolean | null> = {};
    for (const field of fields) row[names.get(field)!] = dbfValue(f.properties?.[field]);
    return row;
  });
  const points = collection.features.every((f) => f.geometry?.type === 'Point');
  // Shapefile rings run clockwise around the outside, the other way from GeoJSON's.
  const geometries = collection.features.map((f) =>
    points
      ? (f.geometry as Point).coordinates
      : (rewind(f.geometry as Polygon | MultiPolygon, { reverse: true }) as Polygon | MultiPolygon)
          .coordinates,
  );
  let files: { shp: DataView; shx: DataView; dbf: DataView } | undefined;
  write(rows, points ? 'POINT' : 'POLYGON', geometries, (err, written) => {
    if (err) throw err;
    files = written;
  });
  const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  const mapping = ['field,name', ...fields.map((f) => `${names.get(f)},${f}`)].join('\r\n');
  return writeZip([
    { name: `${layer}.shp`, data: bytes(files!.shp) },
    { name: `${layer}.shx`, data: bytes(files!.shx) },
    { name: `${layer}.dbf`, data: bytes(files!.dbf) },
    { name: `${layer}.prj`, data: Buffer.from(wgs84) },
    { name: `${layer}.cpg`, data: Buffer.from('UTF-8') },
    { name: `${layer}_fields.csv`, data: Buffer.from(`${mapping}\r\n`) },
  ]);
}
