import { searchQuery } from '@tavazon/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { searchPlaces } from '../search/searchPlaces.ts';
import { validate } from '../validate.ts';

// The portal's one search box. Signed-in users also find unpublished projects, as everywhere else.
export const search = new Hono<AppEnv>().get('/', validate('query', searchQuery), async (c) => {
  const { q, limit } = c.req.valid('query');
  const internal = c.get('user') !== null;
  if (internal) c.header('Cache-Control', 'private, no-store');
  const results = await searchPlaces(c.get('sql'), q, limit, { internal });
  return c.json({ q, results });
});
