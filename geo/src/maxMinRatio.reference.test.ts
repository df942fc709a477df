import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { maxMinRatio } from './maxMinRatio.ts';

describe('maxMinRatio vs R (census 2016 unemployment rate)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: to 1e-6`, () => {
      expect(Math.abs(maxMinRatio(fixture.unemploymentRate) - fixture.inequality.maxMinRatio)).toBeLessThan(
        1e-6,
      );
    });
  }
});
