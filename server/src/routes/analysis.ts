import {
  compositeBody,
  decimal,
  idParam,
  indicatorParam,
  periodParam,
  provinceParam,
  setParam,
} from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { autocorrelationAnalysis } from '../analysis/autocorrelationAnalysis.ts';
import { compositeAnalysis } from '../analysis/compositeAnalysis.ts';
import { inequalityAnalysis } from '../analysis/inequalityAnalysis.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from '../jsonBody.ts';
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
  permutations: decimal(
    z.coerce
      .number({ message: permutationsMessage })
      .int(permutationsMessage)
      .min(0, permutationsMessage)
      .max(9999, permutationsMessage),
    'whole',
  ).default(999),
  seed: decimal(
    z.coerce
      .number({ message: seedMessage })
      .int(seedMessage)
      .min(0, seedMessage)
      .max(2 ** 32 - 1, seedMessage),
    'whole',
  ).default(12345),
  significance: decimal(
    z.coerce.number({ message: significanceMessage }).gt(0, significanceMessage).max(1, significanceMessage),
  ).default(0.05),
  include: z.enum(['neighbours'], { message: 'must be neighbours' }).optional(),
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
