import type { BandPosition } from '@tavazon/contract';

type Rgb = [number, number, number];

// The gap map's 3 × 3 classes: need (thirds of the need rank) against coverage (the band position), in
// Joshua Stevens' blue–red bivariate scheme: blue for need, red for a lack of projects. Blue against red
// stays apart for the common colour-vision deficiencies, and lightness alone orders the classes, so the
// darkest cell — high need, below the band — is the one to look at first even in grey.
const scheme: Record<1 | 2 | 3, Record<BandPosition, string>> = {
  1: { above: '#e8e8e8', within: '#e4acac', below: '#c85a5a' },
  2: { above: '#b0d5df', within: '#ad9ea5', below: '#985356' },
  3: { above: '#64acbe', within: '#627f8c', below: '#574249' },
};

const rgb = (hex: string): Rgb => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** The colour of a county by its need class (1 low … 3 high) and its position against the band. */
export function bivariateColour(needClass: number, position: BandPosition): Rgb {
  const n = Math.min(3, Math.max(1, Math.round(needClass))) as 1 | 2 | 3;
  return rgb(scheme[n][position]);
}

export const needClasses = [3, 2, 1] as const;
export const coverageClasses: readonly BandPosition[] = ['below', 'within', 'above'];

/** Colours of the band positions on the coverage map: orange below, green within, blue above. */
export const positionColours: Record<BandPosition, Rgb> = {
  below: [230, 85, 13],
  within: [161, 217, 155],
  above: [49, 130, 189],
};

/** The stability map: in need whatever the weights, in the top k only under some weights, neither. */
export const stabilityColours = {
  robust: [165, 15, 21] as Rgb,
  depends: [252, 146, 114] as Rgb,
  other: [240, 240, 240] as Rgb,
};
