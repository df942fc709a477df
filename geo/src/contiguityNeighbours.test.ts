import { describe, expect, it } from 'vitest';
import { referenceFixture } from '../reference/referenceFixture.ts';
import { contiguityNeighbours, type PolygonFeature } from './contiguityNeighbours.ts';

function square(x0: number, y0: number, x1: number, y1: number): PolygonFeature {
  return {
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  };
}

/** 3×3 grid of unit squares, index = row * 3 + col, row 0 at the bottom. */
function grid(): PolygonFeature[] {
  const cells: PolygonFeature[] = [];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) cells.push(square(c, r, c + 1, r + 1));
  return cells;
}

describe('contiguityNeighbours', () => {
  it('3×3 grid: queen links corners, rook only edges', () => {
    const queen = contiguityNeighbours(grid());
    expect(queen.neighbours[4]).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    expect(queen.neighbours[0]).toEqual([1, 3, 4]);
    expect(queen.neighbours[1]).toEqual([0, 2, 3, 4, 5]);
    expect(queen.islands).toEqual([]);

    const rook = contiguityNeighbours(grid(), { type: 'rook' });
    expect(rook.neighbours[4]).toEqual([1, 3, 5, 7]);
    expect(rook.neighbours[0]).toEqual([1, 3]);
    expect(rook.neighbours[8]).toEqual([5, 7]);
  });

  it('reports islands and keeps them in the lists', () => {
    const result = contiguityNeighbours([...grid(), square(10, 10, 11, 11)]);
    expect(result.neighbours).toHaveLength(10);
    expect(result.neighbours[9]).toEqual([]);
    expect(result.islands).toEqual([9]);
  });

  it('is symmetric and sorted', () => {
    const { neighbours } = contiguityNeighbours(grid());
    neighbours.forEach((list, i) => {
      expect([...list].sort((a, b) => a - b)).toEqual(list);
      for (const j of list) expect(neighbours[j]).toContain(i);
    });
  });

  it('matches vertices within the snap distance only', () => {
    const shifted = [square(0, 0, 1, 1), square(1 + 1e-9, 0, 2, 1)];
    expect(contiguityNeighbours(shifted, { type: 'rook' }).neighbours).toEqual([[1], [0]]);
    const apart = [square(0, 0, 1, 1), square(1 + 1e-6, 0, 2, 1)];
    expect(contiguityNeighbours(apart).islands).toEqual([0, 1]);
    expect(contiguityNeighbours(apart, { snap: 1e-5 }).neighbours).toEqual([[1], [0]]);
  });

  it('compares vertices, not edges, like spdep: a T-junction without a shared vertex is no rook link', () => {
    // The long box's top edge covers the whole bottom edge of box 1, but its only vertex there is (1, 0).
    const features = [square(0, 0, 1, 1), square(1, 0, 2, 1), square(1, -1, 3, 0)];
    const rook = contiguityNeighbours(features, { type: 'rook' });
    expect(rook.neighbours[2]).toEqual([]);
    const queen = contiguityNeighbours(features);
    expect(queen.neighbours[2]).toEqual([0, 1]);
  });

  it('reads MultiPolygon parts and holes', () => {
    const donut: PolygonFeature = {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [1, 3],
            [3, 3],
            [3, 1],
            [1, 1],
          ],
        ],
      },
    };
    const multi: PolygonFeature = {
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 1],
              [3, 1],
              [3, 3],
              [1, 3],
              [1, 1],
            ],
          ],
          [
            [
              [20, 20],
              [21, 20],
              [21, 21],
              [20, 20],
            ],
          ],
        ],
      },
    };
    expect(contiguityNeighbours([donut, multi], { type: 'rook' }).neighbours).toEqual([[1], [0]]);
  });

  it('reproduces spdep::poly2nb on the synthetic fixture (queen and rook)', () => {
    const fixture = referenceFixture('synthetic');
    expect(contiguityNeighbours(fixture.features, { type: 'queen' }).neighbours).toEqual(fixture.queen);
    expect(contiguityNeighbours(fixture.features, { type: 'rook' }).neighbours).toEqual(fixture.rook);
  });

  it('handles ~190 000 vertices in well under a second', () => {
    // 21 × 21 cells (441 units), each edge split into 110 segments: ~194 000 vertices, like Iran's 429 counties.
    const side = 21;
    const steps = 110;
    const features: PolygonFeature[] = [];
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const ring: number[][] = [];
        const corners = [
          [c, r],
          [c + 1, r],
          [c + 1, r + 1],
          [c, r + 1],
        ];
        for (let k = 0; k < 4; k++) {
          const [ax, ay] = corners[k]!;
          const [bx, by] = corners[(k + 1) % 4]!;
          for (let s = 0; s < steps; s++) {
            ring.push([
              44 + (ax! + ((bx! - ax!) * s) / steps) / 2,
              25 + (ay! + ((by! - ay!) * s) / steps) / 2,
            ]);
          }
        }
        ring.push(ring[0]!);
        features.push({ geometry: { type: 'Polygon', coordinates: [ring] } });
      }
    }
    const start = performance.now();
    const result = contiguityNeighbours(features, { type: 'rook' });
    const elapsed = performance.now() - start;
    expect(result.neighbours[side + 1]).toEqual([1, side, side + 2, 2 * side + 1]);
    expect(elapsed).toBeLessThan(1000);
  });

  it('rejects missing or non-polygon geometries and bad options', () => {
    expect(() => contiguityNeighbours([{ geometry: null }])).toThrow(/feature 0 has no geometry/);
    const point = { geometry: { type: 'Point', coordinates: [0, 0] } } as unknown as PolygonFeature;
    expect(() => contiguityNeighbours([point])).toThrow(
      /feature 0 is a Point, expected Polygon or MultiPolygon/,
    );
    expect(() => contiguityNeighbours([square(0, 0, Number.NaN, 1)])).toThrow(/non-finite coordinate/);
    expect(() => contiguityNeighbours(grid(), { snap: -1 })).toThrow(/snap must be a finite number >= 0/);
    expect(() => contiguityNeighbours(grid(), { type: 'bishop' as 'queen' })).toThrow(
      /type must be 'queen' or 'rook'/,
    );
    expect(contiguityNeighbours([])).toEqual({ neighbours: [], islands: [] });
  });
});
