import { provinceParam, setParam, zoomParam } from '@tavazon/contract';
import { generalisationForZoom } from '@tavazon/data';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { requireSet } from '../lookups.ts';
import { provinceDetail } from '../provinces/provinceDetail.ts';
import { provinceFeatures } from '../queries/provinceFeatures.ts';
import { validate } from '../validate.ts';

const query = z.object({ set: setParam, zoom: zoomParam });
const oneQuery = z.object({ set: setParam });
const codeParam = z.object({ code: provinceParam });

export const provinces = new Hono<AppEnv>()
  .get('/', validate('query', query), async (c) => {
    const sql = c.get('sql');
    const q = c.req.valid('query');
    const set = await requireSet(sql, q.set);
    const { detail, digits } = generalisationForZoom(q.zoom);
    const body = await provinceFeatures(sql, set, detail, digits);
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(body);
  })
  // One province's page (the public portal): its counties, projects by status and published suggestions.
  .get('/:code', validate('param', codeParam), validate('query', oneQuery), async (c) => {
    const sql = c.get('sql');
    const { code } = c.req.valid('param');
    const set = await requireSet(sql, c.req.valid('query').set);
    const detail = await provinceDetail(sql, set, code);
    if (!detail)
      throw notFound(
        'province.not_found',
        { province: code, set },
        `province ${code} not found in boundary set ${set}`,
        'code',
      );
    return c.json(detail);
  });
