import { z } from 'zod';
import { band, coverage } from './coverage.ts';
import { checkCriteria, criteriaShape } from './criteria.ts';
import { bandPositions, compositeMethods, scenarioActions, scenarioStatuses } from './enums.ts';
import { countyParam, idParam, provinceParam, sectorParam } from './params.ts';

// Scenarios of new driver projects for one province: the need score that chose the counties, the
// projects proposed, and the approval trail. A planner drafts and submits; an admin or an approver of
// the province approves (the projects enter the registry as `approved`) or returns it with a note.

const text = (max: number, what: string) =>
  z
    .string({ message: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, 'is too long');

export const scenarioProjectInput = z.strictObject({
  county: countyParam,
  title_fa: text(300, 'the Persian title'),
  title_en: z.string().trim().max(300, 'is too long').nullable().optional(),
  sector: sectorParam,
  /** Billion rials (IRR-billion), optional. */
  investment: z
    .number({ message: 'must be a number of billion rials >= 0' })
    .min(0, 'must be >= 0')
    .max(1e12, 'is too large')
    .nullable()
    .optional(),
  expected_jobs: z
    .number({ message: 'must be a whole number >= 0' })
    .int('must be a whole number >= 0')
    .min(0, 'must be >= 0')
    .max(1_000_000, 'is too large')
    .nullable()
    .optional(),
});
export type ScenarioProjectInput = z.input<typeof scenarioProjectInput>;

const seed = z
  .number({ message: 'must be a whole number from 0 to 4294967295' })
  .int('must be a whole number from 0 to 4294967295')
  .min(0, 'must be a whole number from 0 to 4294967295')
  .max(2 ** 32 - 1, 'must be a whole number from 0 to 4294967295');

const { set: _set, province: _province, ...definition } = criteriaShape;

export const scenarioInput = z
  .strictObject({
    name: text(200, 'the name'),
    province: provinceParam,
    ...definition,
    seed: seed.default(1404),
    projects: z.array(scenarioProjectInput).max(100, 'at most 100 projects').default([]),
  })
  .superRefine(checkCriteria);
export type ScenarioInput = z.input<typeof scenarioInput>;

const updatedAt = z
  .string({ message: 'updated_at of the scenario as read is required' })
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'must be the updated_at of the scenario as read, such as 2026-01-31T12:00:00.000Z',
    params: { expected: 'date' },
  });

/** PATCH: any of the definition's fields, with the `updated_at` the edit is based on (409 when stale). */
export const scenarioUpdate = z.strictObject({
  updated_at: updatedAt,
  name: text(200, 'the name').optional(),
  period: criteriaShape.period,
  indicators: criteriaShape.indicators.optional(),
  weights: criteriaShape.weights.unwrap().optional(),
  method: criteriaShape.method.unwrap().optional(),
  polarities: criteriaShape.polarities,
  seed: seed.optional(),
  projects: z.array(scenarioProjectInput).max(100, 'at most 100 projects').optional(),
});
export type ScenarioUpdate = z.input<typeof scenarioUpdate>;

/** submit, approve and return: based on the scenario as read; a return needs the note. */
export const scenarioStepInput = z.strictObject({
  updated_at: updatedAt,
  note: z.string().trim().max(2000, 'is too long').optional(),
});
export type ScenarioStepInput = z.input<typeof scenarioStepInput>;

export const scenarioProject = z.object({
  county: z.string(),
  county_name_fa: z.string(),
  county_name_en: z.string().nullable(),
  title_fa: z.string(),
  title_en: z.string().nullable(),
  sector: z.string(),
  investment: z.number().nullable(),
  expected_jobs: z.number().nullable(),
  /** The registry's project, once the scenario is approved. */
  project_id: z.number().nullable(),
});
export type ScenarioProject = z.infer<typeof scenarioProject>;

export const scenarioStep = z.object({
  action: z.enum(scenarioActions),
  actor: z.string().nullable(),
  at: z.string(),
  note: z.string().nullable(),
});
export type ScenarioStep = z.infer<typeof scenarioStep>;

export const scenario = z.object({
  id: z.number(),
  name: z.string(),
  province: z.string(),
  province_name_fa: z.string(),
  province_name_en: z.string().nullable(),
  set: z.string(),
  period: z.string().nullable(),
  indicators: z.array(z.string()),
  /** null: entropy weights. */
  weights: z.array(z.number()).nullable(),
  polarities: z.record(z.string(), z.enum(['higher_better', 'higher_worse'])),
  method: z.enum(compositeMethods),
  seed: z.number(),
  status: z.enum(scenarioStatuses),
  created_by: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  projects: z.array(scenarioProject),
  steps: z.array(scenarioStep),
  /** What the signed-in user may do with it now. */
  may_edit: z.boolean(),
  may_decide: z.boolean(),
});
export type Scenario = z.infer<typeof scenario>;

export const scenarioSummary = scenario
  .pick({
    id: true,
    name: true,
    province: true,
    province_name_fa: true,
    province_name_en: true,
    status: true,
    created_by: true,
    updated_at: true,
  })
  .extend({ projects: z.number() });
export const scenarioList = z.array(scenarioSummary);
export type ScenarioSummary = z.infer<typeof scenarioSummary>;

export const scenarioListQuery = z.object({
  province: provinceParam.optional(),
  status: z.enum(scenarioStatuses, { message: `must be one of ${scenarioStatuses.join(', ')}` }).optional(),
});

/** Before or after: the band counts and the inequality of coverage across the province's counties. */
export const scenarioSide = z.object({
  counts: coverage.shape.counts,
  /** Gini and Theil (unweighted, across counties) of active projects per 100,000 people; null if all 0. */
  gini_active: z.number().nullable(),
  theil_active: z.number().nullable(),
  /** The same of investment per capita (IRR-billion projects). */
  gini_investment: z.number().nullable(),
  theil_investment: z.number().nullable(),
});
export type ScenarioSide = z.infer<typeof scenarioSide>;

export const scenarioCounty = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  population: z.number().nullable(),
  band,
  proposed: z.number(),
  active_before: z.number(),
  active_after: z.number(),
  position_before: z.enum(bandPositions),
  position_after: z.enum(bandPositions),
  per_100k_before: z.number().nullable(),
  per_100k_after: z.number().nullable(),
  investment_per_capita_before: z.number().nullable(),
  investment_per_capita_after: z.number().nullable(),
});
export type ScenarioCounty = z.infer<typeof scenarioCounty>;

export const scenarioFigures = z.object({
  id: z.number(),
  name: z.string(),
  province: z.string(),
  status: z.enum(scenarioStatuses),
  before: scenarioSide,
  after: scenarioSide,
  counties: z.array(scenarioCounty),
});
export type ScenarioFigures = z.infer<typeof scenarioFigures>;

export const scenarioComparison = z.object({
  a: scenarioFigures,
  b: scenarioFigures,
  /** The counties where the two propose a different number of projects. */
  differing: z.array(
    z.object({
      code: z.string(),
      name_fa: z.string(),
      name_en: z.string().nullable(),
      a: z.number(),
      b: z.number(),
    }),
  ),
});
export type ScenarioComparison = z.infer<typeof scenarioComparison>;

export const comparisonQuery = z.object({ a: idParam, b: idParam });
