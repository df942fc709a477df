import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32.ts';

describe('mulberry32', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('matches the reference mulberry32 output for seed 1', () => {
    // First outputs of the C reference implementation (uint32 state = 1), compiled and run separately.
    const random = mulberry32(1);
    expect([random(), random(), random()].map((r) => r * 2 ** 32)).toEqual([
      2693262067, 11749833, 2265367787,
    ]);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const random = mulberry32(7);
    const bins = new Array<number>(10).fill(0);
    const draws = 100_000;
    let outside = 0;
    for (let i = 0; i < draws; i++) {
      const r = random();
      if (!(r >= 0 && r < 1)) outside++;
      const bin = Math.floor(r * 10);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    for (const count of bins) expect(Math.abs(count - draws / 10)).toBeLessThan(600);
  });

  it('uses only the low 32 bits of the seed', () => {
    expect(mulberry32(2 ** 32 + 5)()).toBe(mulberry32(5)());
  });
});
