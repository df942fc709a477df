import { exportFormats, projectListQuery } from '@tavazon/contract';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { exportTable } from '../exports/exportTable.ts';
import { geoFile, geoFileTypes } from '../exports/geoFile.ts';
import { streamProjects } from '../exports/streamProjects.ts';
import { checkProjectFilter } from '../projects/listQuery.ts';
import { projectFeatures } from '../queries/projectFeatures.ts';
import { validate } from '../validate.ts';
import { writeXlsx } from '../xlsx/writeXlsx.ts';

const exportQuery = projectListQuery.extend({
  format: z.enum(exportFormats, { message: `must be ${exportFormats.join(', ')}` }),
});

const types = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  fgb: geoFileTypes.fgb.type,
  shp: geoFileTypes.shp.type,
} as const;

// The list of GET /api/projects as a file (CSV and GeoJSON streamed, whatever their size; the binary
// formats built whole): the same filters and the same audience rule (anonymous
// visitors get published projects and public fields only), because both read projectVisible.
export const exports = new Hono<AppEnv>().get('/', validate('query', exportQuery), async (c) => {
  const sql = c.get('sql');
  const { format, ...q } = c.req.valid('query');
  const internal = c.get('user') !== null;
  const filter = await checkProjectFilter(sql, q, internal);
  const extension = format === 'shp' ? geoFileTypes.shp.extension : format;
  const name = `tavazon-projects-${new Date().toISOString().slice(0, 10)}.${extension}`;
  c.header('Content-Type', types[format]);
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  c.header('Cache-Control', internal ? 'private, no-store' : 'no-cache');
  if (format === 'csv' || format === 'geojson') return streamProjects(c, sql, filter, { internal }, format);
  const collection = await projectFeatures(sql, filter, { internal });
  if (format === 'fgb' || format === 'shp')
    return c.body(new Uint8Array(geoFile(format, JSON.parse(collection), 'projects')));
  return c.body(new Uint8Array(writeXlsx(exportTable(JSON.parse(collection), internal))));
});
