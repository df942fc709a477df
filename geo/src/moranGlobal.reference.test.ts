import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { moranGlobal } from './moranGlobal.ts';
import { rowStandardise } from './rowStandardise.ts';

// Expected values: spdep::moran.test(randomisation = TRUE, zero.policy = TRUE) with style "W" weights
// on census 2016 unemployment rates (geo/reference/reference.R).
describe('moranGlobal vs R spdep (census 2016 unemployment rate)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    for (const type of ['queen', 'rook'] as const) {
      it(`${region}, ${type}: I, E[I], Var[I] and z to 1e-6`, () => {
        const ref = fixture.moran[type];
        const result = moranGlobal(fixture.unemploymentRate, rowStandardise(fixture[type]));
        expect(result.n).toBe(ref.n);
        expect(Math.abs(result.I - ref.I)).toBeLessThan(1e-6);
        expect(Math.abs(result.expected - ref.expected)).toBeLessThan(1e-6);
        expect(Math.abs(result.variance - ref.variance)).toBeLessThan(1e-6);
        expect(Math.abs(result.z - ref.z)).toBeLessThan(1e-6);
      });
    }
  }

  it('finds the national clustering of unemployment significant by permutation', () => {
    const fixture = referenceFixture('iran');
    const result = moranGlobal(fixture.unemploymentRate, rowStandardise(fixture.queen));
    expect(result.I).toBeGreaterThan(0.3);
    expect(result.pValue).toBeCloseTo(1 / 1000, 15);
  });
});
