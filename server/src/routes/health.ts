import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export const health = new Hono<AppEnv>().get('/', async (c) => {
  const [row] = await c.get('sql')<{ postgis: string; postgres: string }[]>`
    SELECT postgis_lib_version() AS postgis, current_setting('server_version') AS postgres`;
  return c.json({
    ok: true as const,
    engine: c.get('engine'),
    postgis: row!.postgis,
    postgres: row!.postgres.split(' ')[0]!,
  });
});
