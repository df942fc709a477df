import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { quantileBreaks } from './quantileBreaks.ts';

describe('quantileBreaks vs R quantile(type = 1) (census 2016 unemployment rate, 5 classes)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: same bounds`, () => {
      const { classes, quantileType1 } = fixture.classification;
      expect(quantileBreaks(fixture.unemploymentRate, classes)).toEqual(quantileType1);
    });
  }
});
