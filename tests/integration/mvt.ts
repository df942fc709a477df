import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

// Reading Mapbox Vector Tiles as MapLibre does (@mapbox/vector-tile over pbf), and placing a point in the
// tile grid, for the tile tests.

export interface DecodedFeature {
  id: number | undefined;
  type: number;
  properties: Record<string, number | string | boolean>;
  /** Rings or points in tile coordinates (0…extent). */
  geometry: { x: number; y: number }[][];
}

export function decodeLayer(bytes: Uint8Array, layer: string): DecodedFeature[] {
  const tile = new VectorTile(new PbfReader(bytes));
  const found = tile.layers[layer];
  if (!found) return [];
  const features: DecodedFeature[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found.feature(i);
    features.push({
      id: f.id,
      type: f.type,
      properties: f.properties,
      geometry: f.loadGeometry().map((ring) => ring.map((p) => ({ x: p.x, y: p.y }))),
    });
  }
  return features;
}

/** The layer names a tile holds. */
export const layerNames = (bytes: Uint8Array) => Object.keys(new VectorTile(new PbfReader(bytes)).layers);

/** Where a point is at zoom z: its tile, and its position inside it in tile coordinates (extent 4096). */
export function tileOf(lng: number, lat: number, z: number, extent = 4096) {
  const n = 2 ** z;
  const wx = ((lng + 180) / 360) * n;
  const rad = (lat * Math.PI) / 180;
  const wy = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  const x = Math.floor(wx);
  const y = Math.floor(wy);
  return { z, x, y, px: (wx - x) * extent, py: (wy - y) * extent };
}

export async function fetchTile(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), bytes, res };
}
