import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../api/types.ts';
import { spreadPositions } from './spreadPositions.ts';

function project(id: number, coordinates: [number, number]): ProjectFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { id } as ProjectFeature['properties'],
  };
}

// A flat screen where one degree is 100 pixels, enough to check the fan-out in pixel space.
const toScreen = ([lng, lat]: [number, number]): [number, number] => [lng * 100, -lat * 100];
const toLngLat = ([x, y]: [number, number]): [number, number] => [x / 100, -y / 100];

describe('spreadPositions', () => {
  it('leaves a project alone on its spot where it is', () => {
    const positions = spreadPositions([project(1, [48, 36]), project(2, [49, 36])], 10, toScreen, toLngLat);
    expect(positions.get(1)).toEqual([48, 36]);
    expect(positions.get(2)).toEqual([49, 36]);
  });

  it('fans projects sharing a spot out around it, no two markers closer than the spacing allows', () => {
    const crowd = Array.from({ length: 15 }, (_, i) => project(i + 1, [48.16, 36.32]));
    const positions = spreadPositions(crowd, 10, toScreen, toLngLat);
    const pixels = crowd.map((p) => toScreen(positions.get(p.properties.id)!));
    for (const [i, a] of pixels.entries()) {
      for (const b of pixels.slice(i + 1)) expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(7);
      // Everything stays close to the county's point: within four spacings for fifteen markers.
      expect(Math.hypot(a[0] - 4816, a[1] + 3632)).toBeLessThan(40);
    }
  });
});
