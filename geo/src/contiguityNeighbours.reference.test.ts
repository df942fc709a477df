import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';

// The census polygons are too large to ship, so the polygon-level comparison with poly2nb runs in
// tests/integration/analysis.test.ts, on the polygons the loader stored in PostGIS.

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
});
