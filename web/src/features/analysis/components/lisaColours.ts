import type { Rgb } from '../../indicators/classify/palette.ts';
import type { Quadrant } from '../api/analysis.ts';

// The usual LISA cluster-map colours (GeoDa): reds for high clusters and outliers, blues for low ones.
export const quadrantColours: Record<Quadrant, Rgb> = {
  HH: [215, 25, 28],
  LL: [44, 123, 182],
  HL: [253, 174, 97],
  LH: [171, 217, 233],
  ns: [238, 238, 238],
  island: [150, 150, 150],
};
