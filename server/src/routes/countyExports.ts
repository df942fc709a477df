import { setParam } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { countyCollection, parseCollection } from '../exports/countyCollection.ts';
import { geoFile, geoFileTypes } from '../exports/geoFile.ts';
import { validate } from '../validate.ts';

const countyExportFormats = ['geojson', 'fgb', 'shp'] as const;
const exportQuery = z.strictObject({
  set: setParam,
  format: z.enum(countyExportFormats, { message: `must be ${countyExportFormats.join(', ')}` }),
});

// The counties of a boundary set with their latest indicator values, as a GIS file (full geometry).
export const countyExports = new Hono<AppEnv>().get('/', validate('query', exportQuery), async (c) => {
  const { set, format } = c.req.valid('query');
  const text = await countyCollection(c.get('sql'), set);
  if (!text) throw notFound('boundary_set.not_found', { set }, `boundary set ${set} not found`, 'set');
  const extension = format === 'geojson' ? 'geojson' : geoFileTypes[format].extension;
  c.header('Content-Disposition', `attachment; filename="tavazon-counties-${set}.${extension}"`);
  c.header('Cache-Control', 'no-cache');
  if (format === 'geojson') {
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(text);
  }
  c.header('Content-Type', geoFileTypes[format].type);
  return c.body(new Uint8Array(geoFile(format, parseCollection(text), `counties-${set}`)));
});
