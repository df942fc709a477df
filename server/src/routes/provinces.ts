import { setParam, zoomParam } from '@tavazon/contract';
import { generalisationForZoom } from '@tavazon/data';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { requireSet } from '../lookups.ts';
import { provinceFeatures } from '../queries/provinceFeatures.ts';
import { validate } from '../validate.ts';

const query = z.object({ set: setParam, zoom: zoomParam });

export const provinces = new Hono<AppEnv>().get('/', validate('query', query), async (c) => {
  const sql = c.get('sql');
  const q = c.req.valid('query');
  const set = await requireSet(sql, q.set);
  const { detail, digits } = generalisationForZoom(q.zoom);
  const body = await provinceFeatures(sql, set, detail, digits);
  c.header('Content-Type', 'application/geo+json; charset=utf-8');
  return c.body(body);
});
