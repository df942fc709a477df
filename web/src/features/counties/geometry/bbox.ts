import type { MultiPolygon, Polygon } from '../../../shared/api/geojson.ts';

export type Bbox = [number, number, number, number];

/** The extent of a county as drawn, to bring it into view when it is picked from the search box. */
export function bbox(geometry: Polygon | MultiPolygon): Bbox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: Bbox = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const ring of polygons.flat()) {
    for (const [x = 0, y = 0] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}
