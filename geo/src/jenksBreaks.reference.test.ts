import { describe, expect, it } from 'vitest';
import { censusRegions, referenceFixture } from '../reference/referenceFixture.ts';
import { classify } from './classify.ts';
import { jenksBreaks } from './jenksBreaks.ts';

describe('jenksBreaks vs R classInt (census 2016 unemployment rate, 5 classes)', () => {
  for (const region of censusRegions) {
    const fixture = referenceFixture(region);
    it(`${region}: same bounds as style "jenks", same partition as style "fisher"`, () => {
      const { classes, jenks, fisherMidpoints } = fixture.classification;
      const breaks = jenksBreaks(fixture.unemploymentRate, classes);
      expect(breaks).toHaveLength(jenks.length);
      breaks.forEach((b, i) => {
        expect(Math.abs(b - jenks[i]!)).toBeLessThan(1e-9);
      });
      // classInt's Fisher breaks are midpoints between classes; they must cut the data the same way.
      const ours = classify(fixture.unemploymentRate, breaks).classIndex;
      const fisher = classify(fixture.unemploymentRate, fisherMidpoints).classIndex;
      expect(ours).toEqual(fisher);
    });
  }
});
