import type { Rgb } from '../indicators/classify/palette.ts';

// ColorBrewer "Set3"/"Paired"-like qualitative colours: neighbouring regions must be told apart, not ranked.
const palette: Rgb[] = [
  [31, 120, 180],
  [51, 160, 44],
  [255, 127, 0],
  [106, 61, 154],
  [177, 89, 40],
  [166, 206, 227],
  [178, 223, 138],
  [253, 191, 111],
  [202, 178, 214],
  [255, 255, 153],
  [141, 211, 199],
  [188, 128, 189],
];

export const regionColour = (index: number): Rgb => palette[index % palette.length] ?? [128, 128, 128];

/** Counties of the province that no region holds yet: loud, so none is forgotten. */
export const unassignedColour: Rgb = [254, 224, 224];

export const cssColour = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;
