import type { FeatureCollection } from 'geojson';
import { toFlatGeobuf } from './toFlatGeobuf.ts';
import { toShapefileZip } from './toShapefileZip.ts';

/** The binary GIS formats of the exports beside CSV, GeoJSON and XLSX. */
export type GeoFileFormat = 'fgb' | 'shp';

export const geoFileTypes = {
  fgb: { type: 'application/flatgeobuf', extension: 'fgb' },
  shp: { type: 'application/zip', extension: 'shp.zip' },
} as const;

/** A FeatureCollection as a FlatGeobuf file or a zipped Shapefile whose layer is named `layer`. */
export function geoFile(format: GeoFileFormat, collection: FeatureCollection, layer: string): Uint8Array {
  return format === 'fgb' ? toFlatGeobuf(collection) : toShapefileZip(collection, layer);
}
