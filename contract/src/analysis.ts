import { z } from 'zod';
import { checkCriteria, criteriaShape } from './criteria.ts';
import { contiguities, normalisations, quadrants } from './enums.ts';

// The spatial-balance analyses: POST /api/analysis/composite's body, and the three answers.

const compositeShape = {
  ...criteriaShape,
  normalisation: z.enum(normalisations, { message: 'must be minmax or zscore' }).default('minmax'),
};
export const compositeBody = z
  // Strict: a misspelt field ("weight" for "weights") must not be ignored in favour of a default, and
  // a loose object would copy `__proto__` by assignment (setting the prototype) and so never see it.
  .strictObject(compositeShape)
  .superRefine(checkCriteria);
/** What the web sends (defaults may be left out). */
export type CompositeRequest = z.input<typeof compositeBody>;

const unitName = { code: z.string(), name_fa: z.string(), name_en: z.string().nullable() };

export const theilGroup = z.object({
  ...unitName,
  units: z.number(),
  weightShare: z.number(),
  share: z.number(),
  mean: z.number(),
  theil: z.number(),
  betweenTerm: z.number(),
  withinTerm: z.number(),
});

export const inequality = z.object({
  indicator: z.string(),
  period: z.string(),
  set: z.string(),
  province: z.string().nullable(),
  scheme: z.number().nullable(),
  weight: z.string().nullable(),
  n: z.number(),
  missing: z.array(z.string()),
  mean: z.number(),
  min: z.number(),
  max: z.number(),
  gini: z.number(),
  giniWeighted: z.number().nullable(),
  groupedBy: z.enum(['province', 'scheme']).nullable(),
  theil: z.object({
    total: z.number(),
    between: z.number().nullable(),
    within: z.number().nullable(),
    groups: z.array(theilGroup),
  }),
  cv: z.number(),
  williamson: z.number().nullable(),
  williamsonWeight: z.string().nullable(),
  maxMinRatio: z.number().nullable(),
  lorenz: z.array(z.tuple([z.number(), z.number()])),
});
export type TheilGroup = z.infer<typeof theilGroup>;
export type Inequality = z.infer<typeof inequality>;

export const autocorrelation = z.object({
  indicator: z.string(),
  period: z.string(),
  set: z.string(),
  province: z.string().nullable(),
  contiguity: z.enum(contiguities),
  n: z.number(),
  nWithNeighbours: z.number(),
  moranI: z.number(),
  expectedI: z.number(),
  variance: z.number(),
  z: z.number(),
  pPermutation: z.number().nullable(),
  permutations: z.number(),
  significance: z.number(),
  islands: z.array(z.string()),
  missing: z.array(z.string()),
  units: z.array(
    z.object({
      ...unitName,
      province: z.string(),
      value: z.number(),
      localI: z.number(),
      lag: z.number(),
      p: z.number().nullable(),
      quadrant: z.enum(quadrants),
    }),
  ),
});
export type Autocorrelation = z.infer<typeof autocorrelation>;

export const compositeUnit = z.object({
  ...unitName,
  province: z.string(),
  score: z.number(),
  rank: z.number(),
  contributions: z.record(z.string(), z.number()),
});
export const composite = z.object({
  set: z.string(),
  period: z.string(),
  province: z.string().nullable(),
  method: z.string(),
  normalisation: z.string(),
  weighting: z.enum(['entropy', 'given']),
  weights: z.record(z.string(), z.number()),
  n: z.number(),
  missing: z.array(z.string()),
  units: z.array(compositeUnit),
});
export type CompositeUnit = z.infer<typeof compositeUnit>;
export type Composite = z.infer<typeof composite>;
