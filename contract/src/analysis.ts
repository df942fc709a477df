import { z } from 'zod';
import { compositeMethods, contiguities, normalisations, quadrants } from './enums.ts';
import { indicatorParam, periodParam, provinceParam, setParam } from './params.ts';

// The spatial-balance analyses: POST /api/analysis/composite's body, and the three answers.

const polarity = z.enum(['higher_better', 'higher_worse'], {
  message: 'must be higher_better or higher_worse',
});

const compositeShape = {
  set: setParam,
  period: periodParam.optional(),
  province: provinceParam.optional(),
  indicators: z
    .array(indicatorParam, { message: 'must be a list of indicator codes' })
    .min(1, 'must list at least one indicator')
    .max(20, 'must list at most 20 indicators')
    .refine((list) => new Set(list).size === list.length, 'must not list an indicator twice'),
  weights: z
    .union(
      [z.literal('entropy'), z.array(z.number().min(0), { message: 'must be numbers >= 0' }).min(1).max(20)],
      { message: 'must be "entropy" or a list of numbers >= 0, one per indicator' },
    )
    .default('entropy'),
  normalisation: z.enum(normalisations, { message: 'must be minmax or zscore' }).default('minmax'),
  method: z.enum(compositeMethods, { message: 'must be topsis or weighted-sum' }).default('topsis'),
  polarities: z
    .record(indicatorParam, polarity, { message: 'must map indicator codes to a direction' })
    .optional(),
};
export const compositeBody = z
  // Strict: a misspelt field ("weight" for "weights") must not be ignored in favour of a default, and
  // a loose object would copy `__proto__` by assignment (setting the prototype) and so never see it.
  .strictObject(compositeShape)
  .superRefine((body, ctx) => {
    if (Array.isArray(body.weights) && body.weights.length !== body.indicators.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: `must give ${body.indicators.length} numbers, one per indicator`,
      });
    }
    for (const code of Object.keys(body.polarities ?? {})) {
      if (!body.indicators.includes(code)) {
        ctx.addIssue({ code: 'custom', path: ['polarities', code], message: 'is not one of the indicators' });
      }
    }
  });
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
