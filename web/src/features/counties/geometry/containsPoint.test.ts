import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from '../../../shared/api/geojson.ts';
import { containsPoint } from './containsPoint.ts';

const squareWithHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};

describe('containsPoint', () => {
  it('finds points inside a polygon but not in its hole or outside', () => {
    expect(containsPoint(squareWithHole, [1, 1])).toBe(true);
    expect(containsPoint(squareWithHole, [5, 5])).toBe(false);
    expect(containsPoint(squareWithHole, [11, 5])).toBe(false);
  });

  it('looks in every part of a multipolygon', () => {
    const islands: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        squareWithHole.coordinates,
        [
          [
            [20, 20],
            [22, 20],
            [22, 22],
            [20, 20],
          ],
        ],
      ],
    };
    expect(containsPoint(islands, [21.5, 20.5])).toBe(true);
    expect(containsPoint(islands, [15, 15])).toBe(false);
  });
});
