import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { theil } from './theil.ts';

describe('theil vs R (census 2016 unemployment rate)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: unweighted and population-weighted Theil T to 1e-6`, () => {
      const rates = fixture.unemploymentRate;
      expect(Math.abs(theil(rates) - fixture.inequality.theil)).toBeLessThan(1e-6);
      expect(
        Math.abs(theil(rates, fixture.population) - fixture.inequality.theilPopulationWeighted),
      ).toBeLessThan(1e-6);
    });
  }
});
