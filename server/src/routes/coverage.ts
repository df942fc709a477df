import { bandInput, coverageQuery, provinceParam } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole, requireSignedIn } from '../auth/middleware.ts';
import { listBands, setBand } from '../coverage/bands.ts';
import { countyCoverage } from '../coverage/countyCoverage.ts';
import type { AppEnv } from '../env.ts';
import { jsonBody } from '../jsonBody.ts';
import { validate } from '../validate.ts';

const provincePath = z.object({ province: provinceParam });
const bandsQuery = z.object({ province: provinceParam.optional() });

// Coverage counts unpublished projects and their investment: officials only. The band is an admin's.
export const coverage = new Hono<AppEnv>()
  .get('/', requireSignedIn, validate('query', coverageQuery), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await countyCoverage(c.get('sql'), c.req.valid('query')));
  })
  .get('/bands', requireSignedIn, validate('query', bandsQuery), async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await listBands(c.get('sql'), c.req.valid('query').province));
  })
  .patch(
    '/bands/:province',
    requireRole('admin'),
    validate('param', provincePath),
    jsonBody,
    validate('json', bandInput),
    async (c) => {
      const { province } = c.req.valid('param');
      return c.json(await setBand(c.get('sql'), c.get('user')!.id, province, c.req.valid('json')));
    },
  );
