import { describe, expect, it } from 'vitest';
import { referenceFixture } from '../reference/referenceFixture.ts';
import { moranGlobal } from './moranGlobal.ts';
import { mulberry32 } from './mulberry32.ts';
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

/** I = (n / S0) · zᵀWz / zᵀz with a dense matrix, written independently of the implementation. */
function denseMoran(values: number[], neighbours: number[][]): number {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const z = values.map((v) => v - mean);
  const W = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (neighbours[i]!.includes(j) ? 1 / neighbours[i]!.length : 0)),
  );
  let num = 0;
  let s0 = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      num += W[i]![j]! * z[i]! * z[j]!;
      s0 += W[i]![j]!;
    }
  }
  return ((n / s0) * num) / z.reduce((s, v) => s + v * v, 0);
}

describe('moranGlobal', () => {
  const nb = lattice(5, 5);
  const w = rowStandardise(nb);
  const random = mulberry32(5);
  const values = Array.from({ length: 25 }, () => Math.round(random() * 100));

  it('computes I as a dense-matrix formula would, and E[I] = −1/(n − 1)', () => {
    const result = moranGlobal(values, w, { permutations: 0 });
    expect(result.I).toBeCloseTo(denseMoran(values, nb), 12);
    expect(result.expected).toBeCloseTo(-1 / 24, 15);
    expect(result.n).toBe(25);
    expect(result.pValue).toBeNull();
    expect(result.z).toBeCloseTo((result.I - result.expected) / Math.sqrt(result.variance), 12);
  });

  it('has the randomisation variance: it matches the spread of I over random permutations', () => {
    const analytic = moranGlobal(values, w, { permutations: 0 });
    const draw = mulberry32(99);
    const shuffled = [...values];
    const samples: number[] = [];
    for (let r = 0; r < 4000; r++) {
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(draw() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      samples.push(moranGlobal(shuffled, w, { permutations: 0 }).I);
    }
    const mean = samples.reduce((s, v) => s + v, 0) / samples.length;
    const variance = samples.reduce((s, v) => s + (v - mean) ** 2, 0) / (samples.length - 1);
    expect(Math.abs(mean - analytic.expected)).toBeLessThan(0.01);
    expect(variance / analytic.variance).toBeGreaterThan(0.9);
    expect(variance / analytic.variance).toBeLessThan(1.1);
  });

  it('reproduces spdep moran.test on the synthetic fixture, islands included (adjust.n)', () => {
    const fixture = referenceFixture('synthetic');
    for (const type of ['queen', 'rook'] as const) {
      const ref = fixture.moran[type];
      const result = moranGlobal(fixture.values, rowStandardise(fixture[type]), { permutations: 0 });
      expect(result.n).toBe(ref.n);
      expect(result.I).toBeCloseTo(ref.I, 12);
      expect(result.expected).toBeCloseTo(ref.expected, 12);
      expect(result.variance).toBeCloseTo(ref.variance, 12);
      expect(result.z).toBeCloseTo(ref.z, 10);
    }
  });

  it('gives the smallest pseudo p-value for a strong pattern in either direction', () => {
    const gradient = Array.from({ length: 25 }, (_, i) => i % 5);
    const clustered = moranGlobal(gradient, w);
    expect(clustered.I).toBeGreaterThan(0.5);
    expect(clustered.pValue).toBeCloseTo(1 / 1000, 15);

    const checkerboard = Array.from({ length: 25 }, (_, i) => (Math.floor(i / 5) + (i % 5)) % 2);
    const dispersed = moranGlobal(checkerboard, w, { permutations: 199 });
    expect(dispersed.I).toBeCloseTo(-1, 12);
    expect(dispersed.pValue).toBeCloseTo(1 / 200, 15);
  });

  it('is reproducible for a seed and keeps p in [1/(R+1), 1]', () => {
    const a = moranGlobal(values, w, { seed: 7 });
    const b = moranGlobal(values, w, { seed: 7 });
    expect(a.pValue).toBe(b.pValue);
    expect(a.pValue).toBeGreaterThanOrEqual(1 / 1000);
    expect(a.pValue).toBeLessThanOrEqual(1);
    expect(moranGlobal(values, w).pValue).toBe(moranGlobal(values, w).pValue);
    expect(a.permutations).toBe(999);
  });

  it('rejects unusable input', () => {
    expect(() => moranGlobal(new Array(25).fill(3), w)).toThrow(/all values are equal/);
    expect(() => moranGlobal([1, 2, 3], w)).toThrow(/weights describe 25 units/);
    expect(() => moranGlobal([1, 2, 3], rowStandardise([[1], [0, 2], [1]]))).toThrow(
      /needs at least 4 units with neighbours, got 3/,
    );
    expect(() => moranGlobal(values, w, { permutations: 1.5 })).toThrow(
      /permutations must be an integer >= 0/,
    );
    const withGap = [...values];
    withGap[3] = Number.NaN;
    expect(() => moranGlobal(withGap, w)).toThrow(/value 3 is not a finite number/);
  });
});
