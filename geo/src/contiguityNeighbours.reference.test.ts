import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { contiguityNeighbours, type PolygonFeature } from './contiguityNeighbours.ts';

// The census polygons are too large to ship, so the polygon-level comparison runs only when the
// repaired GeoJSON written by `Rscript geo/reference/reference.R <data-dir> <out.geojson>` is
// pointed to by GEO_REPAIRED_COUNTIES_GEOJSON (see geo/reference/README.md).
const repairedPath = process.env.GEO_REPAIRED_COUNTIES_GEOJSON;

describe('contiguityNeighbours vs R spdep::poly2nb (census 2016 counties)', () => {
  for (const region of censusRegions) {
    it(`${region}: fixture lists are symmetric, sorted and rook ⊆ queen`, () => {
      const fixture = referenceFixture(region);
      for (const type of ['queen', 'rook'] as const) {
        fixture[type].forEach((list, i) => {
          expect([...list].sort((a, b) => a - b)).toEqual(list);
          for (const j of list) expect(fixture[type][j]).toContain(i);
        });
      }
      fixture.rook.forEach((list, i) => {
        for (const j of list) expect(fixture.queen[i]).toContain(j);
      });
    });
  }

  it.skipIf(!repairedPath)('reproduces poly2nb queen and rook lists from the repaired polygons', () => {
    const collection = JSON.parse(readFileSync(repairedPath!, 'utf8')) as {
      features: (PolygonFeature & { properties: { county_code: string } })[];
    };
    const fixture = referenceFixture('iran');
    expect(collection.features.map((f) => f.properties.county_code)).toEqual(fixture.countyCodes);
    const start = performance.now();
    const queen = contiguityNeighbours(collection.features, { type: 'queen', snap: fixture.snap });
    expect(performance.now() - start).toBeLessThan(1000);
    const rook = contiguityNeighbours(collection.features, { type: 'rook', snap: fixture.snap });
    expect(queen.neighbours).toEqual(fixture.queen);
    expect(rook.neighbours).toEqual(fixture.rook);
    expect(queen.islands.map((i) => fixture.countyCodes[i])).toEqual(['2201', '2204']);
  });
});
