import { needBody, stabilityBody } from '@tavazon/contract';
import { Hono } from 'hono';
import { requireSignedIn } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from '../jsonBody.ts';
import { needGap } from '../need/needGap.ts';
import { needScore } from '../need/needScore.ts';
import { needStability } from '../need/needStability.ts';
import { validate } from '../validate.ts';

// The officials' need score (rank 1 = most in need). The score and its stability use public census
// figures only and change nothing, so they are open like the composite analysis; the gap joins the
// coverage, which counts unpublished projects: signed-in users only.
export const need = new Hono<AppEnv>()
  .post('/', jsonBody, validate('json', needBody), async (c) => {
    const { answer } = await needScore(c.get('sql'), c.req.valid('json'));
    return c.json(answer);
  })
  .post('/gap', requireSignedIn, jsonBody, validate('json', needBody), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await needGap(c.get('sql'), c.req.valid('json')));
  })
  .post('/stability', jsonBody, validate('json', stabilityBody), async (c) =>
    c.json(await needStability(c.get('sql'), c.req.valid('json'))),
  );
