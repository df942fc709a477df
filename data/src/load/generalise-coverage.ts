import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { Polygonal } from './polygonal-geometry.ts';
import { roundCoordinates } from './round-coordinates.ts';

export interface CoverageUnit {
  id: number;
  geometry: Polygonal;
}

export interface CoverageLevel {
  detail: number;
  minWeight: number;
  minIslandArea: number;
  /** Decimals the level is served with: coordinates are rounded to them here, once, as a coverage. */
  digits?: number;
}

export interface GeneralisedCoverage {
  /** detail → unit id → generalised geometry; every unit is present at every level. */
  levels: Map<number, Map<number, MultiPolygon>>;
  /** Units that collapsed at a level and got the next finer geometry (or their own) instead. */
  fallbacks: { id: number; detail: number }[];
}

// Snapping to a 1e-7° grid (≈ 1 cm) makes vertices that two OSM relations carry with different float
// noise identical, so that their border becomes one shared arc.
const gridStep = 1e-7;

type Topology = Parameters<typeof presimplify>[0];

/**
 * Simplifies a set of polygons as ONE coverage: the topology turns every shared border into one arc,
 * each arc is simplified once (Visvalingam), and the units are rebuilt from the simplified arcs, so
 * neighbours still share their borders exactly, with no gaps or overlaps, at every level.
 */
export function generaliseCoverage(units: CoverageUnit[], levels: CoverageLevel[]): GeneralisedCoverage {
  const collection: FeatureCollection<Polygonal> = {
    type: 'FeatureCollection',
    features: units.map(
      (u): Feature<Polygonal> => ({ type: 'Feature', id: u.id, properties: {}, geometry: u.geometry }),
    ),
  };
  // topojson-server types its output with nullable properties, which topojson-simplify does not accept.
  const topo = topology(
    { units: collection },
    Math.ceil(spanDegrees(units) / gridStep),
  ) as unknown as Topology;
  const weighted = presimplify(topo);

  const result = new Map<number, Map<number, MultiPolygon>>();
  const fallbacks: GeneralisedCoverage['fallbacks'] = [];
  // Finest first, so a unit that collapses at a coarse level can take the level just finer.
  const byFineness = [...levels].sort((a, b) => a.minWeight - b.minWeight);
  let finer = new Map(units.map((u) => [u.id, asMulti(u.geometry)]));
  for (const level of byFineness) {
    const simplified = simplify(weighted, level.minWeight);
    const pruned =
      level.minIslandArea > 0
        ? filter(simplified, filterAttachedWeight(simplified, level.minIslandArea))
        : simplified;
    const object = pruned.objects.units;
    if (object?.type !== 'GeometryCollection') throw new Error('topology lost its units collection');
    const features = feature(pruned, object);
    const geometries = new Map<number, MultiPolygon>();
    for (const f of features.features) {
      const rounded =
        isPolygonal(f.geometry) && level.digits !== undefined
          ? roundCoordinates(f.geometry, level.digits)
          : f.geometry;
      const kept = isPolygonal(rounded) ? withoutDegenerateRings(rounded) : null;
      if (kept) geometries.set(Number(f.id), kept);
    }
    // The island filter drops a unit that is nothing but small islands from the topology altogether.
    for (const u of units) {
      if (geometries.has(u.id)) continue;
      const fallback = finer.get(u.id);
      if (fallback) geometries.set(u.id, fallback);
      fallbacks.push({ id: u.id, detail: level.detail });
    }
    result.set(level.detail, geometries);
    finer = geometries;
  }
  return { levels: result, fallbacks };
}

const isPolygonal = (g: Geometry | null): g is Polygonal =>
  g?.type === 'Polygon' || g?.type === 'MultiPolygon';

function asMulti(geometry: Polygonal): MultiPolygon {
  return geometry.type === 'MultiPolygon'
    ? geometry
    : { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
}

/**
 * Simplification leaves a ring that was one closed arc as a two- or three-point stub; such rings (and the
 * holes of a dropped exterior) are removed. `null` if nothing with an area is left.
 */
function withoutDegenerateRings(geometry: Polygonal): MultiPolygon | null {
  const polygons: Position[][][] = [];
  for (const rings of asMulti(geometry).coordinates) {
    const [outer, ...holes] = rings;
    if (!outer || !hasArea(outer)) continue;
    polygons.push([outer, ...holes.filter(hasArea)]);
  }
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function hasArea(ring: Position[]): boolean {
  if (ring.length < 4) return false;
  let twiceArea = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    twiceArea += x0 * y1 - x1 * y0;
  }
  return Math.abs(twiceArea) > 1e-14;
}

/** The larger side of the bounding box: topojson's quantization counts grid steps across it. */
function spanDegrees(units: CoverageUnit[]): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const u of units) {
    const polygons = asMulti(u.geometry).coordinates;
    for (const ring of polygons.flat()) {
      for (const [x = 0, y = 0] of ring) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  return Math.max(maxX - minX, maxY - minY, 1e-9);
}
