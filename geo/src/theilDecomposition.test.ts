import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32.ts';
import { theil } from './theil.ts';
import { theilDecomposition } from './theilDecomposition.ts';

describe('theilDecomposition', () => {
  it('splits total exactly into between + within (random data, weighted and unweighted)', () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 50; trial++) {
      const n = 5 + Math.floor(random() * 60);
      const values = Array.from({ length: n }, () => (random() < 0.1 ? 0 : random() * 30));
      values[0] = 1;
      const groups = values.map(() => `g${Math.floor(random() * 6)}`);
      const weights = values.map(() => 1 + Math.floor(random() * 100_000));
      for (const w of [undefined, weights]) {
        const d = theilDecomposition(values, groups, w);
        expect(Math.abs(d.between + d.within - d.total)).toBeLessThan(1e-12);
        expect(d.total).toBeCloseTo(theil(values, w), 12);
        expect(d.groups.reduce((s, g) => s + g.share, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('has no between part when group means are equal, no within part when groups are uniform', () => {
    const sameMeans = theilDecomposition([1, 3, 2, 2], ['a', 'a', 'b', 'b']);
    expect(sameMeans.between).toBeCloseTo(0, 15);
    expect(sameMeans.within).toBeCloseTo(sameMeans.total, 15);

    const uniform = theilDecomposition([1, 1, 3, 3], [1, 1, 2, 2]);
    expect(uniform.within).toBeCloseTo(0, 15);
    expect(uniform.between).toBeCloseTo(theil([1, 3]), 15);
  });

  it('reports per-group detail in order of first appearance', () => {
    const d = theilDecomposition([2, 6, 2], ['x', 'y', 'x'], [1, 1, 2]);
    expect(d.groups.map((g) => g.group)).toEqual(['x', 'y']);
    const [x, y] = d.groups;
    expect(x).toMatchObject({ units: 2, weightShare: 0.75, share: 0.5, mean: 2, theil: 0 });
    expect(y).toMatchObject({ units: 1, weightShare: 0.25, share: 0.5, mean: 6, theil: 0 });
  });

  it('handles a group whose values are all zero', () => {
    const d = theilDecomposition([0, 0, 1, 3], ['z', 'z', 'p', 'p']);
    expect(d.groups[0]).toMatchObject({ share: 0, theil: 0, betweenTerm: 0, withinTerm: 0 });
    expect(d.between + d.within).toBeCloseTo(d.total, 14);
  });

  it('validates the group labels', () => {
    expect(() => theilDecomposition([1, 2], ['a'])).toThrow(/groups has 1 entries but values has 2/);
    expect(() => theilDecomposition([1, -2], ['a', 'b'])).toThrow(/negative/);
  });
});
