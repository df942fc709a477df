import type { Rgb } from '../../indicators/classify/palette.ts';
import type { ProjectStatus } from '../api/types.ts';

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; the stages of a project
// go from purple (idea) through blues (study, approval) to orange (execution) and green (operational).
export const statusColours: Record<ProjectStatus, Rgb> = {
  idea: [204, 121, 167],
  study: [86, 180, 233],
  approved: [0, 114, 178],
  execution: [230, 159, 0],
  operational: [0, 158, 115],
  suspended: [140, 140, 140],
  cancelled: [61, 61, 61],
};

const unknownStatusColour: Rgb = [120, 120, 120];

/** A status this build does not know (added on the server later) is drawn grey rather than breaking the layer. */
export function statusColour(status: string): Rgb {
  return statusColours[status as ProjectStatus] ?? unknownStatusColour;
}
