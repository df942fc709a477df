import { useMemo } from 'react';
import type { CountyFeature, CountyProperties } from '../counties/api/counties.ts';
import type { Indicator } from './api/indicators.ts';
import { classColours, noDataColour, plainCountyColour, type Rgb } from './classify/palette.ts';
import { type Classes, classOf, quantileBreaks } from './classify/quantileBreaks.ts';

const classCount = 5;

export interface LegendClass {
  colour: Rgb;
  from: number;
  to: number;
}

export interface Choropleth {
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
  legend: LegendClass[];
  hasNoData: boolean;
}

function legendFor(classes: Classes, colours: Rgb[]): LegendClass[] {
  const bounds = [classes.min, ...classes.breaks, classes.max];
  return colours.map((colour, i) => ({
    colour,
    from: bounds[i] ?? classes.min,
    to: bounds[i + 1] ?? classes.max,
  }));
}

/** Colours for the chosen indicator, classed on the national figures of the set it is measured on. */
export function useChoropleth(
  indicator: Indicator | undefined,
  nationalFeatures: CountyFeature[],
): Choropleth {
  return useMemo(() => {
    if (!indicator) {
      return { fillColour: () => plainCountyColour, colourKey: 'plain', legend: [], hasNoData: false };
    }
    const values = nationalFeatures.flatMap((f) =>
      typeof f.properties.value === 'number' ? [f.properties.value] : [],
    );
    const classes = quantileBreaks(values, classCount);
    const hasNoData = values.length < nationalFeatures.length;
    if (!classes)
      return { fillColour: () => noDataColour, colourKey: `${indicator.code}:empty`, legend: [], hasNoData };
    const colours = classColours(indicator.polarity, classes.breaks.length + 1);
    const fillColour = (properties: CountyProperties): Rgb =>
      typeof properties.value === 'number'
        ? (colours[classOf(classes, properties.value)] ?? noDataColour)
        : noDataColour;
    return {
      fillColour,
      colourKey: `${indicator.code}:${classes.breaks.join(',')}:${nationalFeatures.length}`,
      legend: legendFor(classes, colours),
      hasNoData,
    };
  }, [indicator, nationalFeatures]);
}
