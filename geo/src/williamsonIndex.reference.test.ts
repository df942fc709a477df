import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { williamsonIndex } from './williamsonIndex.ts';

describe('williamsonIndex vs R (census 2016 unemployment rate, county population)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: to 1e-6`, () => {
      const v = williamsonIndex(fixture.unemploymentRate, fixture.population);
      expect(Math.abs(v - fixture.inequality.williamson)).toBeLessThan(1e-6);
    });
  }
});
