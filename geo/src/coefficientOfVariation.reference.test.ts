import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { coefficientOfVariation } from './coefficientOfVariation.ts';

describe('coefficientOfVariation vs R (census 2016 unemployment rate)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: population-sd CV to 1e-6`, () => {
      expect(
        Math.abs(
          coefficientOfVariation(fixture.unemploymentRate) - fixture.inequality.coefficientOfVariation,
        ),
      ).toBeLessThan(1e-6);
    });
  }
});
