import { describe, expect, it } from 'vitest';
import { entropyWeights } from './entropyWeights.ts';

describe('entropyWeights', () => {
  it('gives no weight to an indicator that does not vary and all to one that is concentrated', () => {
    // Column 0: p = (0.5, 0.5), e = 1, d = 0. Column 1: p = (1, 0), e = 0, d = 1.
    expect(
      entropyWeights([
        [1, 1],
        [1, 0],
      ]),
    ).toEqual([0, 1]);
  });

  it('matches the formula on a three-unit case', () => {
    const m = [
      [1, 2],
      [2, 2],
      [3, 4],
    ];
    const e = (col: number[]): number => {
      const sum = col.reduce((s, v) => s + v, 0);
      return -col.reduce((s, v) => s + (v / sum) * Math.log(v / sum), 0) / Math.log(col.length);
    };
    const d0 = 1 - e([1, 2, 3]);
    const d1 = 1 - e([2, 2, 4]);
    const w = entropyWeights(m);
    expect(w[0]).toBeCloseTo(d0 / (d0 + d1), 15);
    expect(w[1]).toBeCloseTo(d1 / (d0 + d1), 15);
    expect(w[0]! + w[1]!).toBeCloseTo(1, 15);
  });

  it('falls back to equal weights when nothing varies, and gives all-zero columns no weight', () => {
    expect(
      entropyWeights([
        [2, 3, 0],
        [2, 3, 0],
      ]),
    ).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(
      entropyWeights([
        [0, 1],
        [0, 0],
      ]),
    ).toEqual([0, 1]);
  });

  it('rejects negative values and a single unit', () => {
    expect(() => entropyWeights([[1], [-1]])).toThrow(
      /negative value at row 1, column 0 \(-1\); min–max normalise first/,
    );
    expect(() => entropyWeights([[1, 2]])).toThrow(/needs at least 2 units/);
  });
});
