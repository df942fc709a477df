import { z } from 'zod';
import { compositeMethods } from './enums.ts';
import { indicatorParam, periodParam, provinceParam, setParam } from './params.ts';

// The criteria of a score built from several indicators, shared by the planners' composite index
// (POST /api/analysis/composite) and the officials' need score (POST /api/need, its stability and the
// scenarios), so that both accept and refuse the same weights in the same words.

export const polarity = z.enum(['higher_better', 'higher_worse'], {
  message: 'must be higher_better or higher_worse',
});

/** Finite, >= 0: JSON cannot carry NaN, and 1e999 parses as Infinity, which zod's number refuses. */
const weightList = z
  .array(z.number({ message: 'must be finite numbers >= 0' }).min(0, 'must be numbers >= 0'), {
    message: 'must be numbers >= 0',
  })
  .min(1)
  .max(20);

export const criteriaShape = {
  set: setParam,
  period: periodParam.optional(),
  province: provinceParam.optional(),
  indicators: z
    .array(indicatorParam, { message: 'must be a list of indicator codes' })
    .min(1, 'must list at least one indicator')
    .max(20, 'must list at most 20 indicators')
    .refine((list) => new Set(list).size === list.length, 'must not list an indicator twice'),
  weights: z
    .union([z.literal('entropy'), weightList], {
      message: 'must be "entropy" or a list of numbers >= 0, one per indicator',
    })
    .default('entropy'),
  method: z.enum(compositeMethods, { message: 'must be topsis or weighted-sum' }).default('topsis'),
  polarities: z
    .record(indicatorParam, polarity, { message: 'must map indicator codes to a direction' })
    .optional(),
};

type CriteriaBody = {
  indicators: string[];
  weights: 'entropy' | number[];
  polarities?: Record<string, string>;
};

/** What a field alone cannot say: one weight per indicator, and directions only for listed indicators. */
export function checkCriteria(body: CriteriaBody, ctx: z.RefinementCtx) {
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
}
