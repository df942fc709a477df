import { indicatorParam, periodParam, provinceParam, setParam } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { indicatorValues } from '../indicators/indicatorValues.ts';
import { listIndicators } from '../indicators/listIndicators.ts';
import { requireProvince, requireSet, resolveIndicator } from '../lookups.ts';
import { validate } from '../validate.ts';

const valuesQuery = z.object({
  set: setParam,
  period: periodParam.optional(),
  province: provinceParam.optional(),
});

export const indicators = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await listIndicators(c.get('sql'))))
  .get(
    '/:code/values',
    validate('param', z.object({ code: indicatorParam })),
    validate('query', valuesQuery),
    async (c) => {
      const sql = c.get('sql');
      const q = c.req.valid('query');
      const set = await requireSet(sql, q.set);
      if (q.province) await requireProvince(sql, set, q.province);
      const ind = await resolveIndicator(sql, set, c.req.valid('param').code, q.period);
      return c.json(await indicatorValues(sql, ind, set, q.province));
    },
  );
