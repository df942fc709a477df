import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { buildFeature, type IProperties, type JsonValue } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader, mapColumn } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { inferGeometryType } from 'flatgeobuf/lib/mjs/generic/header.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, FeatureCollection } from 'geojson';

/**
 * A FeatureCollection as FlatGeobuf (EPSG:4326), written by the `flatgeobuf` library. Its own
 * `geojson.serialize` types every column by the first feature alone (a null there makes a number column
 * text) and writes no CRS; here each column takes the type of its first non-null value, and the CRS is
 * set, with the library's header and feature builders.
 */
export function toFlatGeobuf(collection: FeatureCollection): Uint8Array {
  const sample: IProperties = {};
  for (const f of collection.features) {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (sample[k] === undefined || (sample[k] === null && v !== null)) sample[k] = v as JsonValue;
    }
  }
  const header: HeaderMeta = {
    geometryType: inferGeometryType(collection.features as never),
    columns: Object.keys(sample).map((k) => mapColumn(sample, k)),
    envelope: null,
    featuresCount: collection.features.length,
    indexNodeSize: 0,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const head = buildHeader(header, 4326);
  const features = collection.features.map((f: Feature) =>
    buildFeature(parseGeometry(f.geometry as never), (f.properties ?? {}) as never, header),
  );
  const total = magicbytes.length + head.length + features.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(total);
  out.set(magicbytes);
  out.set(head, magicbytes.length);
  let offset = magicbytes.length + head.length;
  for (const f of features) {
    out.set(f, offset);
    offset += f.length;
  }
  return out;
}
