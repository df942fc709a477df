import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Rounds every coordinate to `digits` decimals and drops the points that become repeats of the one before.
 * Applied to a coverage rebuilt from shared arcs, both neighbours round the same border the same way, so
 * it stays shared; and the API's `ST_AsGeoJSON(geom, digits)` then sends no run of identical points.
 */
export function roundCoordinates<G extends Polygon | MultiPolygon>(geometry: G, digits: number): G {
  const factor = 10 ** digits;
  const round = (p: Position): Position => [
    Math.round(p[0]! * factor) / factor,
    Math.round(p[1]! * factor) / factor,
  ];
  const ring = (r: Position[]) => {
    const out: Position[] = [];
    for (const p of r) {
      const q = round(p);
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map((p) => p.map(ring)) };
}
