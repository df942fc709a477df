import { z } from 'zod';
import { countyCoverage } from './coverage.ts';
import { checkCriteria, criteriaShape, polarity } from './criteria.ts';
import { bandPositions, compositeMethods } from './enums.ts';

// The need score of the officials' workspace (POST /api/need), the gap between need and coverage
// (POST /api/need/gap) and the stability of its ranks under other weights (POST /api/need/stability).
// Rank 1 = most in need, always.

export const needBody = z.strictObject(criteriaShape).superRefine(checkCriteria);
export type NeedRequest = z.input<typeof needBody>;

const whole = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.number({ message }).int(message).min(min, message).max(max, message);
};

export const stabilityShape = {
  /** Dirichlet draws around the weights (each criterion left out in turn is added). */
  draws: whole(1, 5000).default(1000),
  seed: whole(0, 2 ** 32 - 1).default(1404),
  /** The Dirichlet's concentration: larger keeps the draws nearer the chosen weights. */
  concentration: z
    .number({ message: 'must be a number from 1 to 10000' })
    .min(1, 'must be a number from 1 to 10000')
    .max(10_000, 'must be a number from 1 to 10000')
    .default(50),
  /** `topShare` is the share of weightings in which a county is among the `topK` neediest. */
  topK: whole(1, 1000).default(5),
};
export const stabilityBody = z
  .strictObject({ ...criteriaShape, ...stabilityShape })
  .superRefine(checkCriteria);
export type StabilityRequest = z.input<typeof stabilityBody>;

const unitName = { code: z.string(), name_fa: z.string(), name_en: z.string().nullable() };

export const needUnit = z.object({
  ...unitName,
  province: z.string(),
  /** In [0, 1]; higher = more in need (1 − the development score of the same criteria and weights). */
  need: z.number(),
  /** 1 = most in need (competition rank). */
  rank: z.number(),
  /** Per criterion: its weight × how far the county is from the best county on it (0…w). */
  contributions: z.record(z.string(), z.number()),
});
export type NeedUnit = z.infer<typeof needUnit>;

export const need = z.object({
  set: z.string(),
  period: z.string(),
  province: z.string().nullable(),
  method: z.enum(compositeMethods),
  weighting: z.enum(['entropy', 'given']),
  weights: z.record(z.string(), z.number()),
  polarities: z.record(z.string(), polarity),
  /** Always "1 = most in need": said in the answer so that nobody reads it the other way. */
  rankOrder: z.literal('1 = most in need'),
  n: z.number(),
  missing: z.array(z.string()),
  units: z.array(needUnit),
});
export type Need = z.infer<typeof need>;

export const gapUnit = needUnit.extend({
  coverage: countyCoverage,
  /** 1 (low), 2, 3 (high) by thirds of the need rank. */
  needClass: z.number(),
  coverageClass: z.enum(bandPositions),
  /** Need percentile − coverage percentile (active projects per 100,000): high = needy and underserved. */
  gap: z.number(),
  /** 1 = the first to consider: below the band first, then by gap. */
  gapRank: z.number(),
});
export type GapUnit = z.infer<typeof gapUnit>;

export const gap = need.omit({ units: true }).extend({ units: z.array(gapUnit) });
export type Gap = z.infer<typeof gap>;

export const stabilityUnit = z.object({
  code: z.string(),
  rank: z.number(),
  /** 5th, 50th and 95th percentile of its ranks over the weightings. */
  low: z.number(),
  median: z.number(),
  high: z.number(),
  /** Share of the weightings in which it is among the topK neediest. */
  topShare: z.number(),
  /** In need whatever the weights: its 95th-percentile rank is within the top k. */
  robust: z.boolean(),
});
export type StabilityUnit = z.infer<typeof stabilityUnit>;

export const stability = z.object({
  set: z.string(),
  period: z.string(),
  province: z.string().nullable(),
  method: z.enum(compositeMethods),
  draws: z.number(),
  /** Draws plus one weighting per criterion left out. */
  weightings: z.number(),
  seed: z.number(),
  concentration: z.number(),
  topK: z.number(),
  rankOrder: z.literal('1 = most in need'),
  units: z.array(stabilityUnit),
});
export type Stability = z.infer<typeof stability>;
