import { idParam, indicatorPair, zoomParam } from '@tavazon/contract';
import { generalisationForZoom } from '@tavazon/data';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { checkIndicatorPair, requireSet, resolveIndicator } from '../lookups.ts';
import { findScheme, regionFeatures } from '../queries/regionFeatures.ts';
import { validate } from '../validate.ts';

const regionsQuery = z.object({ scheme: idParam, zoom: zoomParam, ...indicatorPair });

export const regions = new Hono<AppEnv>().get('/', validate('query', regionsQuery), async (c) => {
  const sql = c.get('sql');
  const q = c.req.valid('query');
  checkIndicatorPair(q.indicator, q.period);
  const scheme = await findScheme(sql, q.scheme);
  if (!scheme)
    throw notFound(
      'region_scheme.not_found',
      { id: q.scheme },
      `region scheme ${q.scheme} not found`,
      'scheme',
    );
  const set = await requireSet(sql, scheme.set);
  const ind = q.indicator ? await resolveIndicator(sql, set, q.indicator, q.period) : null;
  const { detail, digits } = generalisationForZoom(q.zoom);
  const body = await regionFeatures(sql, { schemeId: scheme.id, detail, digits, indicator: ind });
  c.header('Content-Type', 'application/geo+json; charset=utf-8');
  return c.body(body);
});
