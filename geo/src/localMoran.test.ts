import { describe, expect, it } from 'vitest';
import { referenceFixture } from '../reference/referenceFixture.ts';
import { localMoran } from './localMoran.ts';
import { moranGlobal } from './moranGlobal.ts';
import { rowStandardise } from './rowStandardise.ts';

/** Rook neighbours on a rows × cols lattice, index = r * cols + c. */
function lattice(rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const list: number[] = [];
      if (r > 0) list.push((r - 1) * cols + c);
      if (c > 0) list.push(r * cols + c - 1);
      if (c < cols - 1) list.push(r * cols + c + 1);
      if (r < rows - 1) list.push((r + 1) * cols + c);
      out.push(list);
    }
  }
  return out;
}

const spdepQuadrant: Record<string, string> = {
  'High-High': 'HH',
  'Low-Low': 'LL',
  'High-Low': 'HL',
  'Low-High': 'LH',
};

describe('localMoran', () => {
  const w = rowStandardise(lattice(6, 6));
  // High block in the top-left corner, low elsewhere, one high outlier in the low area.
  const values = Array.from({ length: 36 }, (_, i) => (Math.floor(i / 6) < 3 && i % 6 < 3 ? 10 : 1));
  values[33] = 10;

  it('computes I_i = (z_i / m2) · lag_i with m2 = Σz²/n, and Σ I_i / n = global I', () => {
    const units = localMoran(values, w, { permutations: 0 });
    const n = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const m2 = values.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    const neighbours = lattice(6, 6);
    units.forEach((u, i) => {
      const lag = neighbours[i]!.reduce((s, j) => s + (values[j]! - mean), 0) / neighbours[i]!.length;
      expect(u.deviation).toBeCloseTo(values[i]! - mean, 12);
      expect(u.lag).toBeCloseTo(lag, 12);
      expect(u.localI).toBeCloseTo(((values[i]! - mean) / m2) * lag, 12);
    });
    const average = units.reduce((s, u) => s + u.localI, 0) / n;
    expect(average).toBeCloseTo(moranGlobal(values, w, { permutations: 0 }).I, 12);
  });

  it('labels significant clusters and outliers, the rest ns', () => {
    const units = localMoran(values, w);
    // Unit 7 sits inside the high block with four high neighbours.
    expect(units[7]!.quadrant).toBe('HH');
    expect(units[7]!.pValue).toBeCloseTo(1 / 1000, 15);
    expect(units[35]!.quadrant === 'LL' || units[35]!.quadrant === 'ns').toBe(true);
    expect(units[33]!.localI).toBeLessThan(0);
    expect(units[33]!.lag).toBeLessThan(0);
    expect(['HL', 'ns']).toContain(units[33]!.quadrant);
    for (const u of units) {
      if (u.quadrant === 'ns') expect(u.pValue).toBeGreaterThan(0.05);
      else expect(u.pValue).toBeLessThanOrEqual(0.05);
    }
  });

  it('uses the significance level and labels every quadrant without permutations', () => {
    // Below 1/(R + 1) nothing can be significant.
    const strict = localMoran(values, w, { significance: 0.0009 });
    expect(strict.every((u) => u.quadrant === 'ns')).toBe(true);
    const all = localMoran(values, w, { permutations: 0 });
    expect(all.some((u) => u.quadrant === 'ns')).toBe(false);
    expect(all[0]!.pValue).toBeNull();
  });

  it('is reproducible for a seed', () => {
    const a = localMoran(values, w, { seed: 3 }).map((u) => u.pValue);
    const b = localMoran(values, w, { seed: 3 }).map((u) => u.pValue);
    expect(a).toEqual(b);
    for (const p of a) {
      expect(p).toBeGreaterThanOrEqual(1 / 1000);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('returns p = 1 for a unit at the mean, whose I_i is 0 under every permutation', () => {
    const units = localMoran([0, 2, 1, 0, 2], rowStandardise([[1], [0, 2], [1, 3], [2, 4], [3]]));
    expect(units[2]!.localI).toBe(0);
    expect(units[2]!.pValue).toBe(1);
  });

  it('reproduces spdep localmoran and marks islands on the synthetic fixture', () => {
    const fixture = referenceFixture('synthetic');
    for (const type of ['queen', 'rook'] as const) {
      const ref = fixture.moran[type];
      const units = localMoran(fixture.values, rowStandardise(fixture[type]), { permutations: 0 });
      units.forEach((u, i) => {
        expect(u.localI).toBeCloseTo(ref.localI[i]!, 12);
        if (fixture[type][i]!.length === 0) {
          expect(u).toMatchObject({ localI: 0, pValue: null, quadrant: 'island' });
        } else {
          expect(u.quadrant).toBe(spdepQuadrant[ref.localQuadrant[i]!]);
        }
      });
    }
  });

  it('rejects unusable input', () => {
    expect(() => localMoran(new Array(36).fill(2), w)).toThrow(/all values are equal/);
    expect(() => localMoran(values, w, { significance: 0 })).toThrow(/significance must be in \(0, 1\]/);
    expect(() => localMoran(values, w, { permutations: -1 })).toThrow(/permutations must be an integer >= 0/);
    expect(() => localMoran([1], rowStandardise([[]]))).toThrow(/needs at least 2 units/);
  });
});
