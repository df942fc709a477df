import type { CountyProperties } from '../../counties/api/counties.ts';
import { outOfScopeColour, type Rgb } from '../../indicators/classify/palette.ts';
import type { Coverage, Gap, Stability } from '../api/workspace.ts';
import { bivariateColour, positionColours, stabilityColours } from '../bivariate.ts';
import type { WorkspaceMap } from '../workspaceState.ts';

export interface WorkspaceColouring {
  fillColour: (p: CountyProperties) => Rgb;
  colourKey: string;
}

/**
 * The county colours of the workspace's map: the bivariate gap classes, the band positions, or the
 * rank stability (in the top k whatever the weights, only under some, neither). Counties outside the
 * scope (or without data) keep the plain out-of-scope colour.
 */
export function workspaceColouring(
  map: WorkspaceMap,
  gap: Gap | undefined,
  coverage: Coverage | undefined,
  stability: Stability | undefined,
): WorkspaceColouring {
  const colours = new Map<string, Rgb>();
  if (map === 'gap' && gap) {
    for (const u of gap.units) colours.set(u.code, bivariateColour(u.needClass, u.coverageClass));
  } else if (map === 'coverage' && coverage) {
    for (const c of coverage.counties) colours.set(c.code, positionColours[c.position]);
  } else if (map === 'stability' && stability) {
    for (const u of stability.units) {
      colours.set(
        u.code,
        u.robust
          ? stabilityColours.robust
          : u.topShare > 0
            ? stabilityColours.depends
            : stabilityColours.other,
      );
    }
  }
  return {
    fillColour: (p) => colours.get(p.code) ?? outOfScopeColour,
    colourKey: `workspace:${map}:${colours.size}:${hashColours(colours)}`,
  };
}

/** A short fingerprint of the colours, so deck.gl repaints exactly when one changes. */
function hashColours(colours: Map<string, Rgb>): string {
  let h = 0;
  for (const [code, [r, g, b]] of colours) {
    for (let i = 0; i < code.length; i++) h = (Math.imul(h, 31) + code.charCodeAt(i)) | 0;
    h = (Math.imul(h, 31) + r * 65536 + g * 256 + b) | 0;
  }
  return (h >>> 0).toString(36);
}
