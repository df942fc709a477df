import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { generaliseCoverage } from './generalise-coverage.ts';

// Two units sharing a wiggly border, and a tiny island unit far from both.
const wiggle: Position[] = Array.from({ length: 41 }, (_, i) => [1 + 0.01 * Math.sin(i), i / 40]);
const left: Polygon = { type: 'Polygon', coordinates: [[[0, 0], ...wiggle, [0, 1], [0, 0]]] };
const right: Polygon = { type: 'Polygon', coordinates: [[[2, 0], [2, 1], ...[...wiggle].reverse(), [2, 0]]] };
const island: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [5, 5],
      [5.001, 5],
      [5.001, 5.001],
      [5.0005, 5.0015],
      [5, 5.001],
      [5, 5],
    ],
  ],
};

describe('generaliseCoverage', () => {
  const levels = [
    { detail: 0, minWeight: 1e-3, minIslandArea: 1e-2 },
    { detail: 1, minWeight: 1e-9, minIslandArea: 0 },
  ];
  const result = generaliseCoverage(
    [
      { id: 1, geometry: left },
      { id: 2, geometry: right },
      { id: 3, geometry: island },
    ],
    levels,
  );

  it('keeps every unit at every level, a collapsed one with the finer shape', () => {
    for (const detail of [0, 1])
      expect([...(result.levels.get(detail)?.keys() ?? [])].sort()).toEqual([1, 2, 3]);
    expect(result.fallbacks).toEqual([{ id: 3, detail: 0 }]);
    expect(result.levels.get(0)?.get(3)).toEqual(result.levels.get(1)?.get(3));
  });

  it('simplifies the shared border once, so both neighbours still share it exactly', () => {
    const coarse = result.levels.get(0)!;
    const key = (p: Position) => p.join(',');
    const leftRing = new Set(coarse.get(1)!.coordinates[0]![0]!.map(key));
    const rightRing = coarse.get(2)!.coordinates[0]![0]!.map(key);
    const shared = rightRing.filter((p) => leftRing.has(p));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(shared.length).toBeLessThan(wiggle.length);
    // Every vertex of the right unit off its outer edge (x ≈ 2) lies on the left unit too.
    expect(rightRing.filter((p) => Number(p.split(',')[0]) < 1.5).every((p) => leftRing.has(p))).toBe(true);
  });
});
