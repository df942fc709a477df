import { z } from 'zod';
import { publicCoverage } from './coverage.ts';
import { aggregations, polarities, projectStatuses } from './enums.ts';
import { area, bbox, feature, featureCollection, lngLat } from './geojson.ts';

// Boundary sets, provinces, counties, sectors and indicators as the API answers them.

export const boundarySet = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string(),
  source: z.string(),
  licence: z.string(),
  attribution: z.string(),
  counties: z.number(),
  provinces: z.number(),
});
export const sector = z.object({ code: z.string(), name_fa: z.string(), name_en: z.string() });
export const meta = z.object({
  boundarySets: z.array(boundarySet),
  statuses: z.array(z.enum(projectStatuses)),
  sectors: z.array(sector),
  attribution: z.string(),
});
export type BoundarySet = z.infer<typeof boundarySet>;
export type Sector = z.infer<typeof sector>;
export type Meta = z.infer<typeof meta>;

export const indicatorAvailability = z.object({ set: z.string(), period: z.string(), count: z.number() });
/**
 * How a value was obtained: `measured` on its own unit, or carried/estimated (`same-county`, `area-share`,
 * `merged`, `lineage`, `lineage-share`, `lineage-group`), several joined by `+`. `estimated` says whether
 * the value is an estimate (a share of a split county's counts, a lineage group's rate) rather than exact.
 */
export const valueMethod = z.string().regex(/^[a-z0-9-]+(\+[a-z0-9-]+)*$/);
export const valueProvenance = { estimated: z.boolean(), method: valueMethod };
export const indicator = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string(),
  unit: z.string(),
  polarity: z.enum(polarities),
  aggregation: z.enum(aggregations),
  weight_indicator: z.string().nullable(),
  formula: z.string(),
  decimals: z.number(),
  available: z.array(indicatorAvailability),
  /** The periods with values on each boundary set, oldest first. */
  periods: z.record(z.string(), z.array(z.string())),
  /** A census indicator (read-only) or a planner's own, with its author and the set its figures are for. */
  kind: z.enum(['census', 'user']),
  created_by: z.number().nullable(),
  boundary_set: z.string().nullable(),
  description: z.string().nullable(),
  source: z.string().nullable(),
  licence: z.string().nullable(),
});
export const indicatorList = z.array(indicator);
export type IndicatorAvailability = z.infer<typeof indicatorAvailability>;
export type Indicator = z.infer<typeof indicator>;

/** Projects by status (published, not archived). */
const statusCounts = z.partialRecord(z.enum(projectStatuses), z.number());

export const countyProperties = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  province: z.string(),
  label: lngLat,
  projects: statusCounts,
  /** Present (possibly null) only when the request named an indicator. */
  value: z.number().nullable().optional(),
  /** With `value`: whether it is an estimate (null when there is no value). */
  estimated: z.boolean().nullable().optional(),
});
export const countyFeature = feature(area, countyProperties);
export const countyCollection = featureCollection(countyFeature);
export type CountyProperties = z.infer<typeof countyProperties>;
export type CountyFeature = z.infer<typeof countyFeature>;
export type CountyCollection = z.infer<typeof countyCollection>;

export const countyIndicatorValue = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string(),
  unit: z.string(),
  decimals: z.number(),
  polarity: z.enum(polarities),
  period: z.string(),
  value: z.number().nullable(),
  ...valueProvenance,
});
export const countyDetail = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  set: z.string(),
  province: z.object({ code: z.string(), name_fa: z.string(), name_en: z.string().nullable() }),
  bbox,
  indicators: z.array(countyIndicatorValue),
  projects: statusCounts,
  /** Its published, active driver projects against the band (null: the county has no coverage row). */
  coverage: publicCoverage.nullable(),
});
export type CountyIndicatorValue = z.infer<typeof countyIndicatorValue>;
export type CountyDetail = z.infer<typeof countyDetail>;

export const provinceProperties = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  counties: z.number(),
  label: lngLat,
});
export const provinceCollection = featureCollection(feature(area, provinceProperties));
export type ProvinceProperties = z.infer<typeof provinceProperties>;
export type ProvinceCollection = z.infer<typeof provinceCollection>;

const indicatorDefinition = indicator.omit({ available: true, periods: true });

/** One indicator's county values for a set and period (`GET /api/indicators/:code/values`). */
export const indicatorValues = z.object({
  indicator: indicatorDefinition,
  set: z.string(),
  period: z.string(),
  values: z.array(
    z.object({
      code: z.string(),
      name_fa: z.string(),
      name_en: z.string().nullable(),
      province: z.string(),
      value: z.number(),
      ...valueProvenance,
    }),
  ),
});
export type IndicatorValues = z.infer<typeof indicatorValues>;

/** One county's values of one indicator over the periods (`GET /api/indicators/:code/series`). */
export const indicatorSeries = z.object({
  indicator: indicatorDefinition,
  set: z.string(),
  county: z.object({ code: z.string(), name_fa: z.string(), name_en: z.string().nullable() }),
  series: z.array(
    z.object({ period: z.string(), value: z.number(), source: z.string(), ...valueProvenance }),
  ),
});
export type IndicatorSeries = z.infer<typeof indicatorSeries>;
