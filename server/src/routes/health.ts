import { Hono } from 'hono';
import { retryAfterSeconds } from '../database/availability.ts';
import type { AppEnv } from '../env.ts';
import { isConnectionError } from '../errors.ts';
import { dataPresence } from '../meta/dataPresence.ts';

/**
 * 200 when the database answers and holds the reference data; 503 otherwise, saying which (`db: "down"`,
 * or `data: "missing"` after a load that failed), so that a load balancer or an operator sees why.
 */
export const health = new Hono<AppEnv>().get('/', async (c) => {
  const engine = c.get('engine');
  const availability = c.get('availability');
  const down = () => {
    c.header('Retry-After', String(retryAfterSeconds));
    return c.json({ ok: false as const, engine, db: 'down' as const }, 503);
  };
  if (availability.down) return down();
  try {
    const { postgis, postgres, boundarySets, indicators } = await dataPresence(c.get('sql'));
    const versions = { postgis, postgres: postgres.split(' ')[0]! };
    if (boundarySets === 0 || indicators === 0) {
      return c.json(
        {
          ok: false as const,
          engine,
          db: 'up' as const,
          data: 'missing' as const,
          message: 'the reference data is not loaded (a failed load?); run `pnpm load` and see its report',
          ...versions,
        },
        503,
      );
    }
    return c.json({ ok: true as const, engine, db: 'up' as const, ...versions });
  } catch (err) {
    if (!isConnectionError(err)) throw err;
    availability.markDown(err);
    return down();
  }
});
