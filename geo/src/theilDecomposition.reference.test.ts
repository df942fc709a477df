import { describe, expect, it } from 'vitest';
import { referenceFixture } from '../reference/referenceFixture.ts';
import { theilDecomposition } from './theilDecomposition.ts';

describe('theilDecomposition vs R (429 counties grouped by province)', () => {
  const fixture = referenceFixture('iran');
  const expected = fixture.theilDecomposition!;

  it('unweighted: total, between and within to 1e-6, exact identity to 1e-12', () => {
    const d = theilDecomposition(fixture.unemploymentRate, fixture.provinceCodes);
    expect(Math.abs(d.total - expected.unweighted.total)).toBeLessThan(1e-6);
    expect(Math.abs(d.between - expected.unweighted.between)).toBeLessThan(1e-6);
    expect(Math.abs(d.within - expected.unweighted.within)).toBeLessThan(1e-6);
    expect(Math.abs(d.between + d.within - d.total)).toBeLessThan(1e-12);
    expect(d.groups).toHaveLength(31);
  });

  it('population-weighted: total, between and within to 1e-6, exact identity to 1e-12', () => {
    const d = theilDecomposition(fixture.unemploymentRate, fixture.provinceCodes, fixture.population);
    expect(Math.abs(d.total - expected.populationWeighted.total)).toBeLessThan(1e-6);
    expect(Math.abs(d.between - expected.populationWeighted.between)).toBeLessThan(1e-6);
    expect(Math.abs(d.within - expected.populationWeighted.within)).toBeLessThan(1e-6);
    expect(Math.abs(d.between + d.within - d.total)).toBeLessThan(1e-12);
    expect(d.groups.reduce((s, g) => s + g.weightShare, 0)).toBeCloseTo(1, 12);
  });
});
