import type { Polarity } from '../api/indicators.ts';

export type Rgb = [number, number, number];

function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// ColorBrewer sequential schemes (Cynthia Brewer, colorbrewer2.org), both marked colour-blind safe, light
// to dark, with ColorBrewer's own colours for every class count from 3 to 9.
// Red tones for indicators with a good and a bad direction (the darker, the worse); blue-green for neutral ones.
const yellowOrangeRed: Record<number, string[]> = {
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
  7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
  8: ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
  9: ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026'],
};
const yellowGreenBlue: Record<number, string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  8: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  9: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
};

export const noDataColour: Rgb = hex('#d4d4d4');
export const plainCountyColour: Rgb = hex('#f3efe6');
/** Counties outside the scope being analysed: drawn, but quiet. */
export const outOfScopeColour: Rgb = hex('#ebe8e1');

/**
 * The colour of each class, lowest values first. Polarity decides the direction: for higher_better the
 * lowest class is the darkest, so darker always means worse on a map with a direction.
 */
export function classColours(polarity: Polarity, classCount: number): Rgb[] {
  const table = polarity === 'neutral' ? yellowGreenBlue : yellowOrangeRed;
  let picked: string[];
  if (classCount >= 3 && classCount <= 9) picked = table[classCount] ?? [];
  else if (classCount > 9) {
    const nine = table[9] ?? [];
    picked = Array.from(
      { length: classCount },
      (_, i) => nine[Math.round((i * 8) / (classCount - 1))] ?? '#d4d4d4',
    );
  } else {
    // One or two classes (repeated values) still span light to dark.
    const three = table[3] ?? [];
    picked = classCount === 1 ? [three[2] ?? '#d4d4d4'] : [three[0] ?? '#d4d4d4', three[2] ?? '#d4d4d4'];
  }
  const colours = picked.map(hex);
  return polarity === 'higher_better' ? colours.reverse() : colours;
}

export function cssColour([r, g, b]: Rgb): string {
  return `rgb(${r} ${g} ${b})`;
}
