import { countyParam, reviewQuery } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../auth/middleware.ts';
import type { AppEnv } from '../env.ts';
import { countyBriefing } from '../review/briefing.ts';
import { reviewBoard } from '../review/reviewBoard.ts';
import { solarMonth, todayIso } from '../review/solarDays.ts';
import { validate } from '../validate.ts';

// The monthly review board and the one-county briefing: for officials (any signed-in role).
export const review = new Hono<AppEnv>()
  .use(requireRole('admin', 'planner', 'viewer'))
  .use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'private, no-store');
  })
  .get('/', validate('query', reviewQuery), async (c) => {
    const { province, month } = c.req.valid('query');
    return c.json(await reviewBoard(c.get('sql'), province, solarMonth(month), todayIso(c.get('clock')())));
  })
  .get('/briefing/:county', validate('param', z.object({ county: countyParam })), async (c) => {
    return c.json(
      await countyBriefing(c.get('sql'), c.req.valid('param').county, todayIso(c.get('clock')())),
    );
  });
