import { importLimits } from '@tavazon/contract';
import * as shapefile from 'shapefile';
import { badRequest, HttpError } from '../errors.ts';
import { longFieldName } from '../exports/shapefileFields.ts';
import { openZip, ZipError } from '../zip/zip.ts';
import { type ImportFile, maxRows, readImportFile } from './readImportFile.ts';

const notShapefile = (why: string) =>
  badRequest('import.not_shapefile', {}, `file: ${why}; send a zip with one .shp, its .dbf and .shx`, 'file');

/** The text encoding a .cpg names (UTF-8 when there is none, as Tavazon's own exports write it). */
function encodingOf(cpg: Uint8Array | undefined): string {
  const label = cpg ? new TextDecoder().decode(cpg).trim().toLowerCase() : 'utf-8';
  const name = /^(65001|utf-?8)$/.test(label)
    ? 'utf-8'
    : /^[0-9]{3,4}$/.test(label)
      ? `windows-${label}`
      : label;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * The rows of a zipped Shapefile of points: read with `shapefile` (the loader's reader too), the short
 * DBF field names turned back into the import's column names (exports/shapefileFields.ts), then checked
 * like a GeoJSON upload. Unpacking stops at the import's limit, so a zip bomb costs nothing.
 */
export async function readShapefileZip(bytes: Buffer): Promise<ImportFile> {
  const files = new Map<string, Uint8Array>();
  try {
    const read = await openZip(bytes, importLimits.unpackedBytes, 'Shapefile');
    for (const name of read.names) {
      if (!/\.(shp|dbf|cpg)$/i.test(name) || name.includes('__MACOSX')) continue;
      files.set(name, (await read(name))!);
    }
  } catch (err) {
    if (err instanceof ZipError && err.tooLarge) {
      throw new HttpError(
        413,
        'import.too_large',
        { limitMb: importLimits.unpackedBytes / 2 ** 20 },
        `file: unpacks to more than ${importLimits.unpackedBytes / 2 ** 20} MB`,
        { field: 'file' },
      );
    }
    throw notShapefile('is not a readable zip file');
  }
  const shps = [...files.keys()].filter((n) => /\.shp$/i.test(n));
  if (shps.length !== 1) throw notShapefile(`holds ${shps.length} .shp files, not one`);
  const stem = shps[0]!.slice(0, -4);
  const find = (ext: string) =>
    [...files].find(([n]) => n.toLowerCase() === `${stem}.${ext}`.toLowerCase())?.[1];
  const dbf = find('dbf');
  if (!dbf) throw notShapefile(`has no ${stem}.dbf beside ${stem}.shp`);
  let collection: GeoJSON.FeatureCollection;
  try {
    const source = await shapefile.open(toArrayBuffer(files.get(shps[0]!)!), toArrayBuffer(dbf), {
      encoding: encodingOf(find('cpg')),
    });
    const features: GeoJSON.Feature[] = [];
    for (let r = await source.read(); !r.done; r = await source.read()) {
      if (features.length >= maxRows) {
        throw new HttpError(
          413,
          'import.too_many_rows',
          { max: maxRows },
          `file: more than ${maxRows} rows`,
          {
            field: 'file',
          },
        );
      }
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r.value.properties ?? {})) {
        // DBF pads text with blanks and has no null: an empty field is a missing value.
        const value = typeof v === 'string' ? v.trim() : v;
        if (value !== '' && value !== null) properties[longFieldName(k)] = value;
      }
      features.push({ ...r.value, properties });
    }
    collection = { type: 'FeatureCollection', features };
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw notShapefile('its .shp or .dbf could not be read');
  }
  const file = await readImportFile('geojson', Buffer.from(JSON.stringify(collection)));
  return { ...file, format: 'shp' };
}

const toArrayBuffer = (u: Uint8Array) =>
  u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
