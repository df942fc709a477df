import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { gini } from './gini.ts';

// Expected values: R, sorted-rank Gini (= ineq::Gini(corr = FALSE)) and the weighted mean-difference form.
describe('gini vs R (census 2016 unemployment rate)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: unweighted and population-weighted to 1e-6`, () => {
      const rates = fixture.unemploymentRate;
      expect(Math.abs(gini(rates) - fixture.inequality.gini)).toBeLessThan(1e-6);
      expect(
        Math.abs(gini(rates, fixture.population) - fixture.inequality.giniPopulationWeighted),
      ).toBeLessThan(1e-6);
    });
  }
});
