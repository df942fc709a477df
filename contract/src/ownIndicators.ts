import { z } from 'zod';
import { aggregations, importFormats, polarities } from './enums.ts';
import { coded } from './fieldIssue.ts';
import { importProblem } from './imports.ts';
import { setCode } from './params.ts';
import { optionalText, text } from './projectInput.ts';

// The planners' own indicators: POST /api/indicators defines one, PATCH /api/indicators/:code edits it,
// DELETE removes it, and POST /api/indicators/:code/values[/preview] uploads its values from a file.

export const indicatorKinds = ['census', 'user'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** The columns of a values file; `county` is a code or a Persian or English name. */
export const valueColumns = ['county', 'period', 'value'] as const;

/** A year (1402) or a Solar Hijri year-month (1402-07). */
export const periodPattern = /^1[2-4][0-9]{2}(-(0[1-9]|1[0-2]))?$/;

const ownIndicatorFields = {
  name_fa: text(200).pipe(z.string().min(1, 'must not be empty')),
  name_en: text(200).pipe(z.string().min(1, 'must not be empty')),
  unit: text(40).pipe(z.string().min(1, 'must not be empty')),
  polarity: z.enum(polarities, { message: `must be one of ${polarities.join(', ')}` }),
  aggregation: z.enum(aggregations, { message: `must be one of ${aggregations.join(', ')}` }),
  /** The count a rate is weighted by when counties are summed into regions (a census count). */
  weight_indicator: coded(/^[a-z0-9_]{1,60}$/, 'indicator', 'must be an indicator code such as population')
    .nullable()
    .default(null),
  description: optionalText(5000).default(null),
  formula: text(2000).default(''),
  source: text(500).pipe(z.string().min(1, 'must not be empty')),
  licence: optionalText(300).default(null),
  decimals: z
    .number({ message: 'must be a whole number from 0 to 6' })
    .int('must be a whole number from 0 to 6')
    .min(0, 'must be a whole number from 0 to 6')
    .max(6, 'must be a whole number from 0 to 6')
    .default(1),
};

const weightMatchesAggregation = (v: { aggregation?: string; weight_indicator?: string | null }) =>
  v.aggregation === undefined || (v.aggregation === 'weighted_mean') === (v.weight_indicator != null);
const weightIssue = {
  message: 'a weighted mean needs a weight indicator, a sum has none',
  path: ['weight_indicator'],
};

export const createIndicatorSchema = z
  .strictObject({
    code: coded(
      /^[a-z][a-z0-9_]{2,59}$/,
      'indicator',
      'must be 3–60 lower-case letters, digits or _, starting with a letter',
    ),
    boundary_set: setCode,
    ...ownIndicatorFields,
  })
  .refine(weightMatchesAggregation, weightIssue);
export type CreateIndicatorInput = z.input<typeof createIndicatorSchema>;

const optionalFields = Object.fromEntries(
  Object.entries(ownIndicatorFields).map(([k, schema]) => [k, schema.optional()]),
) as { [K in keyof typeof ownIndicatorFields]: z.ZodOptional<(typeof ownIndicatorFields)[K]> };

/** An edit: any of the fields; the server checks aggregation and weight against the stored indicator. */
export const updateIndicatorSchema = z.strictObject(optionalFields);
export type UpdateIndicatorInput = z.input<typeof updateIndicatorSchema>;

/** An indicator as the API answers it after a create or an edit. */
export const ownIndicator = z.object({
  code: z.string(),
  kind: z.enum(indicatorKinds),
  boundary_set: z.string().nullable(),
  name_fa: z.string(),
  name_en: z.string(),
  unit: z.string(),
  polarity: z.enum(polarities),
  aggregation: z.enum(aggregations),
  weight_indicator: z.string().nullable(),
  description: z.string().nullable(),
  formula: z.string(),
  source: z.string().nullable(),
  licence: z.string().nullable(),
  decimals: z.number(),
  created_by: z.number().nullable(),
});
export type OwnIndicator = z.infer<typeof ownIndicator>;

/** One period of an upload: how many counties it has, and how many values it replaces. */
export const valuesPeriod = z.object({ period: z.string(), counties: z.number(), replaces: z.number() });

/** What preview answers, and what a refused commit (422) carries beside its `error`. */
export const valuesReport = z.object({
  mode: z.literal('preview'),
  format: z.enum(importFormats),
  indicator: z.string(),
  set: z.string(),
  rows: z.number(),
  valid: z.number(),
  problemCount: z.number(),
  problems: z.array(importProblem),
  truncated: z.boolean(),
  periods: z.array(valuesPeriod),
});
export type ValuesReport = z.infer<typeof valuesReport>;

export const valuesCommitted = z.object({
  mode: z.literal('commit'),
  indicator: z.string(),
  set: z.string(),
  imported: z.number(),
  periods: z.array(valuesPeriod),
});
export type ValuesCommitted = z.infer<typeof valuesCommitted>;
