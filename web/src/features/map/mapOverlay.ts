import type { ReactNode } from 'react';
import type { CountyProperties } from '../counties/api/counties.ts';
import type { Rgb } from '../indicators/classify/palette.ts';

/**
 * A page's own colouring of the counties (the workspace's gap, coverage and stability maps), drawn
 * instead of the indicator's while that page is shown, with its legend and tooltip.
 */
export interface MapOverlay {
  fillColour: (properties: CountyProperties) => Rgb;
  /** Changes whenever the colours do (deck.gl's update trigger). */
  colourKey: string;
  legend: ReactNode;
  describeCounty?: ((properties: CountyProperties) => string) | undefined;
  /** The page has a table or chart whose rows and the map's counties highlight each other. */
  hoverLinked: boolean;
}
