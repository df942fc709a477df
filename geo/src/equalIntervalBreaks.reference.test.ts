import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { equalIntervalBreaks } from './equalIntervalBreaks.ts';

describe('equalIntervalBreaks vs R classInt style "equal" (census 2016 unemployment rate, 5 classes)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: same bounds to 1e-9`, () => {
      const { classes, equalInterval } = fixture.classification;
      const breaks = equalIntervalBreaks(fixture.unemploymentRate, classes);
      expect(breaks).toHaveLength(equalInterval.length);
      breaks.forEach((b, i) => {
        expect(Math.abs(b - equalInterval[i]!)).toBeLessThan(1e-9);
      });
    });
  }
});
