import { describe, expect, it } from 'vitest';
import {
  detailForZoom,
  digitsForZoom,
  generalisationForZoom,
  generalisationLevels,
} from './generalisation.ts';

describe('generalisationForZoom', () => {
  it('maps zoom ranges to detail levels and GeoJSON decimals', () => {
    expect([0, 3, 5].map(generalisationForZoom)).toEqual(Array(3).fill({ detail: 0, digits: 2 }));
    expect([5.5, 6, 7].map(generalisationForZoom)).toEqual(Array(3).fill({ detail: 1, digits: 3 }));
    expect([8, 9].map(generalisationForZoom)).toEqual(Array(2).fill({ detail: 2, digits: 4 }));
    expect([10, 14, 22].map(generalisationForZoom)).toEqual(Array(3).fill({ detail: 3, digits: 5 }));
  });

  it('never leaves the stored levels, whatever the zoom', () => {
    const stored = generalisationLevels.map((l) => l.detail);
    for (const zoom of [-1, Number.NaN, Number.POSITIVE_INFINITY, 30])
      expect(stored).toContain(detailForZoom(zoom));
    expect(detailForZoom(-1)).toBe(0);
  });

  it('gets finer, never coarser, as the zoom grows', () => {
    for (let z = 0; z < 22; z += 0.5) {
      expect(detailForZoom(z + 0.5)).toBeGreaterThanOrEqual(detailForZoom(z));
      expect(digitsForZoom(z + 0.5)).toBeGreaterThanOrEqual(digitsForZoom(z));
    }
  });
});
