import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Why a GeoJSON geometry cannot be read as a (Multi)Polygon at all, or `null` if it can. Only the
 * structure is checked here (what ST_GeomFromGeoJSON would choke on); self-intersections and other
 * invalidities are left to PostGIS to repair.
 */
export function polygonalGeometryProblem(geometry: Geometry | null | undefined): string | null {
  if (!geometry) return 'no geometry';
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
    return `a ${geometry.type}, not a polygon`;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.length === 0) return 'an empty geometry';
  for (const rings of polygons) {
    if (rings.length === 0) return 'a polygon without rings';
    for (const ring of rings) {
      if (ring.length < 4) return `a ring of ${ring.length} positions (at least 4 are needed)`;
      if (!ring.every(isPosition)) return 'a coordinate that is not a finite longitude/latitude';
    }
  }
  return null;
}

const isPosition = (p: Position) =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

export type Polygonal = Polygon | MultiPolygon;
