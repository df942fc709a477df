import { describe, expect, it } from 'vitest';
import { bivariateColour, coverageClasses, needClasses } from './bivariate.ts';

const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

describe('the gap map’s bivariate colours', () => {
  it('gives the nine classes nine distinct colours', () => {
    const all = needClasses.flatMap((n) => coverageClasses.map((c) => bivariateColour(n, c).join(',')));
    expect(new Set(all).size).toBe(9);
  });

  it('darkens with need and with a lack of projects, so lightness alone orders them (colour-blind safe)', () => {
    for (const position of coverageClasses) {
      expect(luminance(bivariateColour(3, position))).toBeLessThan(luminance(bivariateColour(2, position)));
      expect(luminance(bivariateColour(2, position))).toBeLessThan(luminance(bivariateColour(1, position)));
    }
    for (const need of needClasses) {
      expect(luminance(bivariateColour(need, 'below'))).toBeLessThan(
        luminance(bivariateColour(need, 'within')),
      );
      expect(luminance(bivariateColour(need, 'within'))).toBeLessThan(
        luminance(bivariateColour(need, 'above')),
      );
    }
    expect(luminance(bivariateColour(3, 'below'))).toBe(
      Math.min(...needClasses.flatMap((n) => coverageClasses.map((c) => luminance(bivariateColour(n, c))))),
    );
  });
});
