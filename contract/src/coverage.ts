import { z } from 'zod';
import { bandPositions, projectStatuses } from './enums.ts';
import { provinceParam, setParam } from './params.ts';

// Coverage: each county's driver projects counted against its province's band (default 3–6 active
// projects), with the money, the jobs and the last progress report. GET /api/coverage answers it;
// GET /api/coverage/bands and PATCH /api/coverage/bands/:province read and set the bands.

/** The band a province has when an admin has set none (since 1404: 3 to 6 driver projects a county). */
export const defaultBand = { min: 3, max: 6 } as const;

export const coverageQuery = z.object({ set: setParam, province: provinceParam.optional() });
export type CoverageQuery = z.input<typeof coverageQuery>;

export const band = z.object({ min: z.number(), max: z.number() });
export type Band = z.infer<typeof band>;

const bandNumber = (bound: string) =>
  z
    .number({ message: `${bound} must be a whole number from 0 to 1000` })
    .int(`${bound} must be a whole number from 0 to 1000`)
    .min(0, `${bound} must be a whole number from 0 to 1000`)
    .max(1000, `${bound} must be a whole number from 0 to 1000`);

/** PATCH /api/coverage/bands/:province (admins). */
export const bandInput = z
  .strictObject({ min: bandNumber('min'), max: bandNumber('max') })
  .refine((b) => b.min <= b.max, { message: 'must not be above max', path: ['min'] });
export type BandInput = z.input<typeof bandInput>;

export const provinceBand = z.object({
  province: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  min: z.number(),
  max: z.number(),
  /** True when no admin has set it: the default 3–6. */
  default: z.boolean(),
  updated_at: z.string().nullable(),
});
export const provinceBands = z.array(provinceBand);
export type ProvinceBand = z.infer<typeof provinceBand>;

export const countyCoverage = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  province: z.string(),
  /** The latest census population of the county on this set (null where the set has none). */
  population: z.number().nullable(),
  /** Projects not archived, by status (every status listed, 0 where none). */
  projects: z.record(z.enum(projectStatuses), z.number()),
  archived: z.number(),
  /** Neither cancelled nor archived: what the band counts. */
  active: z.number(),
  active_per_100k: z.number().nullable(),
  band,
  position: z.enum(bandPositions),
  /** Billion rials of the active projects whose investment is given in IRR-billion. */
  investment: z.number(),
  /** Active projects whose investment is given in another currency: not added to `investment`. */
  investment_other_currency: z.number(),
  /** Rials per person (null without a population). */
  investment_per_capita: z.number().nullable(),
  /** Expected jobs of the active projects. */
  expected_jobs: z.number(),
  /** Unemployment rate × economically active population of the census (null where unknown). */
  unemployed: z.number().nullable(),
  expected_jobs_per_1000_unemployed: z.number().nullable(),
  /** The day of the latest progress report of any of its active projects (ISO date), or null. */
  last_report: z.string().nullable(),
  /** Whole months from that day to today, or null when no report exists. */
  months_since_report: z.number().nullable(),
});
export type CountyCoverage = z.infer<typeof countyCoverage>;

export const coverage = z.object({
  set: z.string(),
  province: z.string().nullable(),
  /** The census period the population and the unemployed are taken from. */
  period: z.string().nullable(),
  counts: z.object({ below: z.number(), within: z.number(), above: z.number() }),
  counties: z.array(countyCoverage),
});
export type Coverage = z.infer<typeof coverage>;

/** Below, within or above the band (the rule the server counts by; the web uses it for what-ifs). */
export function bandPosition(active: number, { min, max }: Band): (typeof bandPositions)[number] {
  return active < min ? 'below' : active > max ? 'above' : 'within';
}

/**
 * A county's coverage as the public sees it (its page, GET /api/counties/:code): its active published
 * driver projects against its province's band. The same count as `countyCoverage`'s, over the projects a
 * visitor may see.
 */
export const publicCoverage = z.object({
  active: z.number(),
  band,
  position: z.enum(bandPositions),
});
export type PublicCoverage = z.infer<typeof publicCoverage>;
