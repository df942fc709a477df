import type { Polarity } from '../api/indicators.ts';

export type Rgb = [number, number, number];

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// ColorBrewer sequential schemes, both marked colour-blind safe, light to dark.
// Red tones for indicators with a good and a bad direction (the darker, the worse); blue-green for neutral ones.
const yellowOrangeRed = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'].map(hex);
const yellowGreenBlue = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'].map(hex);

export const noDataColour: Rgb = hex('#d4d4d4');
export const plainCountyColour: Rgb = hex('#f3efe6');

/**
 * The colour of each class, lowest values first. Polarity decides the direction: for higher_better the
 * lowest class is the darkest, so darker always means worse on a map with a direction.
 */
export function classColours(polarity: Polarity, classCount: number): Rgb[] {
  const scheme = polarity === 'neutral' ? yellowGreenBlue : yellowOrangeRed;
  // Fewer classes (repeated values) still span light to dark.
  const picked = Array.from({ length: classCount }, (_, i) => {
    const at =
      classCount === 1 ? scheme.length - 1 : Math.round((i * (scheme.length - 1)) / (classCount - 1));
    return scheme[at] ?? noDataColour;
  });
  return polarity === 'higher_better' ? picked.reverse() : picked;
}

export function cssColour([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}
