import type { MultiPolygon, Polygon, Position } from '../../../shared/api/geojson.ts';

// Even-odd ray casting: a point inside an odd number of rings is inside (holes count as rings).
function insideRing(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point lies in a county polygon as the map drew it. Used only to pick the projects of a
 * census county from a bounding-box query; the geometry is the generalised one, so a point within a few
 * hundred metres of a border may land on the wrong side, which is acceptable for a list of projects.
 */
export function containsPoint(geometry: Polygon | MultiPolygon, [x = 0, y = 0]: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) =>
    rings.reduce((inside, ring) => (insideRing(ring, x, y) ? !inside : inside), false),
  );
}
