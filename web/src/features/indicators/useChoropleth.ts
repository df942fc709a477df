import { useMemo } from 'react';
import type { CountyFeature, CountyProperties } from '../counties/api/counties.ts';
import type { Indicator } from './api/indicators.ts';
import { type ClassSpec, classifyValues } from './classify/classes.ts';
import {
  classColours,
  noDataColour,
  outOfScopeColour,
  plainCountyColour,
  type Rgb,
} from './classify/palette.ts';

export interface LegendClass {
  colour: Rgb;
  from: number;
  to: number;
  /** How many mapped units (counties or regions) fall in the class. */
  count: number;
}

/** One mapped unit: a county, or a planning region at region level. */
export interface MappedUnit {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string | null;
  value: number | null;
  /** 0-based class, null for no data or out of range. */
  classIndex: number | null;
}

export interface Choropleth {
  fillColour: (properties: CountyProperties) => Rgb;
  colourKey: string;
  legend: LegendClass[];
  /** Units without a value in the scope. */
  noData: number;
  outOfRange: number;
  units: MappedUnit[];
}

/** A planning region at region level: its value (from /api/regions) and its member counties. */
export interface RegionValue {
  code: string;
  name_fa: string;
  name_en: string | null;
  value: number | null;
  counties: string[];
}

export interface ChoroplethOptions {
  spec: ClassSpec;
  /** Limit the classification (and the colours) to one province; null for the whole country. */
  province: string | null;
  /** Set for the planning-region level: regions are classed and their counties take their colour. */
  regions: RegionValue[] | null;
}

const plain: Choropleth = {
  fillColour: () => plainCountyColour,
  colourKey: 'plain',
  legend: [],
  noData: 0,
  outOfRange: 0,
  units: [],
};

/**
 * Colours for the chosen indicator, classed on the figures of the scope (the whole country or one province)
 * at the national overview geometry, so colours do not shift while zooming.
 */
export function useChoropleth(
  indicator: Indicator | undefined,
  nationalFeatures: CountyFeature[],
  { spec, province, regions }: ChoroplethOptions,
): Choropleth {
  return useMemo(() => {
    if (!indicator) return plain;
    const units: Omit<MappedUnit, 'classIndex'>[] = regions
      ? regions.map((r) => ({
          code: r.code,
          name_fa: r.name_fa,
          name_en: r.name_en,
          province,
          value: r.value ?? null,
        }))
      : nationalFeatures
          .filter((f) => province === null || f.properties.province === province)
          .map((f) => ({
            code: f.properties.code,
            name_fa: f.properties.name_fa,
            name_en: f.properties.name_en,
            province: f.properties.province,
            value: typeof f.properties.value === 'number' ? f.properties.value : null,
          }));
    let result: ReturnType<typeof classifyValues>;
    try {
      result = classifyValues(
        units.map((u) => u.value),
        spec,
      );
    } catch {
      // Manual bounds being typed may be malformed for a moment; the controls say so.
      result = { breaks: [], classIndex: units.map(() => null), counts: [], missing: 0, outOfRange: 0 };
    }
    const colours = classColours(indicator.polarity, result.counts.length);
    const mapped: MappedUnit[] = units.map((u, i) => ({ ...u, classIndex: result.classIndex[i] ?? null }));
    const colourOfUnit = new Map<string, Rgb>();
    for (const u of mapped) {
      colourOfUnit.set(
        u.code,
        u.classIndex === null ? noDataColour : (colours[u.classIndex] ?? noDataColour),
      );
    }
    const regionOfCounty = new Map<string, string>();
    for (const r of regions ?? []) for (const c of r.counties) regionOfCounty.set(c, r.code);
    const fillColour = (p: CountyProperties): Rgb => {
      const code = regions ? regionOfCounty.get(p.code) : p.code;
      if (code === undefined) return outOfScopeColour;
      return colourOfUnit.get(code) ?? outOfScopeColour;
    };
    const legend = result.counts.map((count, i) => ({
      colour: colours[i] ?? noDataColour,
      from: result.breaks[i] ?? 0,
      to: result.breaks[i + 1] ?? 0,
      count,
    }));
    return {
      fillColour,
      colourKey: `${indicator.code}:${province}:${regions ? 'r' : 'c'}:${result.breaks.join(',')}:${nationalFeatures.length}:${indicator.polarity}`,
      legend,
      noData: result.missing,
      outOfRange: result.outOfRange,
      units: mapped,
    };
  }, [indicator, nationalFeatures, spec, province, regions]);
}
