import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { autocorrelationAnalysis } from '../analysis/autocorrelationAnalysis.ts';
import { compositeAnalysis } from '../analysis/compositeAnalysis.ts';
import { inequalityAnalysis } from '../analysis/inequalityAnalysis.ts';
import type { AppEnv } from '../env.ts';
import { badRequest } from '../errors.ts';
import { idParam, indicatorParam, periodParam, provinceParam, setParam } from '../params.ts';
import { validate } from '../validate.ts';

// Spatial-balance analyses over the counties of a boundary set or one province: inequality,
// spatial autocorrelation and a composite development index. The statistics live in @tavazon/geo;
// these handlers only validate, then call the analysis functions (also used by the benchmark).

const scope = {
  indicator: indicatorParam,
  period: periodParam.optional(),
  province: provinceParam.optional(),
};

const inequalityQuery = z.object({
  ...scope,
  // No default here: with a scheme, the scheme's own boundary set is the natural one.
  set: setParam.unwrap().optional(),
  scheme: idParam.optional(),
  weight: indicatorParam.optional(),
});

const permutationsMessage = 'must be a whole number from 0 to 9999';
const seedMessage = 'must be a whole number from 0 to 4294967295';
const significanceMessage = 'must be a number above 0 and at most 1';

const autocorrelationQuery = z.object({
  ...scope,
  set: setParam,
  contiguity: z.enum(['queen', 'rook'], { message: 'must be queen or rook' }).default('queen'),
  permutations: z.coerce
    .number({ message: permutationsMessage })
    .int(permutationsMessage)
    .min(0, permutationsMessage)
    .max(9999, permutationsMessage)
    .default(999),
  seed: z.coerce
    .number({ message: seedMessage })
    .int(seedMessage)
    .min(0, seedMessage)
    .max(2 ** 32 - 1, seedMessage)
    .default(12345),
  significance: z.coerce
    .number({ message: significanceMessage })
    .gt(0, significanceMessage)
    .max(1, significanceMessage)
    .default(0.05),
  include: z.enum(['neighbours'], { message: 'must be neighbours' }).optional(),
});

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
  normalisation: z.enum(['minmax', 'zscore'], { message: 'must be minmax or zscore' }).default('minmax'),
  method: z.enum(['topsis', 'weighted-sum'], { message: 'must be topsis or weighted-sum' }).default('topsis'),
  polarities: z
    .record(indicatorParam, polarity, { message: 'must map indicator codes to a direction' })
    .optional(),
};
const compositeFields = new Set(Object.keys(compositeShape));

const compositeBody = z
  .object(compositeShape)
  // Unknown fields are kept here only to be refused below under their own name: a misspelt field
  // ("weight" for "weights") must not be ignored in favour of a default, and zod's own strict mode
  // would report it without a path, so the error could not name it.
  .loose()
  .superRefine((body, ctx) => {
    for (const key of Object.keys(body)) {
      if (!compositeFields.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is not a field of this request' });
      }
    }
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

/**
 * Reads the body as JSON before validation: Hono's own parser reports a malformed body with an
 * exception our error handler does not know (a 500), and skips a body sent without a JSON content
 * type (the caller would then read "indicators: required" and not know why).
 */
const jsonBody = createMiddleware(async (c, next) => {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
    throw badRequest('body: must be JSON, sent with Content-Type: application/json', 'body');
  }
  try {
    // Hono caches the parsed body, so the validator that follows reads it from here.
    await c.req.json();
  } catch {
    throw badRequest('body: is not valid JSON', 'body');
  }
  await next();
});

export const analysis = new Hono<AppEnv>()
  .get('/inequality', validate('query', inequalityQuery), async (c) => {
    return c.json(await inequalityAnalysis(c.get('sql'), c.req.valid('query')));
  })
  .get('/autocorrelation', validate('query', autocorrelationQuery), async (c) => {
    const { include, ...q } = c.req.valid('query');
    return c.json(
      await autocorrelationAnalysis(c.get('sql'), { ...q, includeNeighbours: include === 'neighbours' }),
    );
  })
  .post('/composite', jsonBody, validate('json', compositeBody), async (c) => {
    return c.json(await compositeAnalysis(c.get('sql'), c.req.valid('json')));
  });
