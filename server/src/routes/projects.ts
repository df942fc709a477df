import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../errors.ts';
import { requireProvince } from '../lookups.ts';
import { bboxParam, idParam, listParam, provinceParam } from '../params.ts';
import { projectFeature, projectFeatures } from '../queries/projectFeatures.ts';
import { validate } from '../validate.ts';
import { projectStatuses } from './meta.ts';

const listQuery = z.object({
  province: provinceParam.optional(),
  county: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,40}$/, 'must be a county code of the current boundary set')
    .optional(),
  status: listParam(
    z.enum(projectStatuses, { message: `must be among ${projectStatuses.join(', ')}` }),
  ).optional(),
  sector: listParam(z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a sector code such as energy')).optional(),
  bbox: bboxParam.optional(),
});

export const projects = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const sql = c.get('sql');
    const q = c.req.valid('query');
    if (q.province) await requireProvince(sql, 'current', q.province);
    if (q.county) {
      const [county] = await sql`
        SELECT 1 FROM admin_unit WHERE boundary_set = 'current' AND level = 'county' AND code = ${q.county}`;
      if (!county) throw notFound(`county ${q.county} not found in boundary set current`, 'county');
    }
    if (q.sector) {
      const known = await sql<{ code: string }[]>`SELECT code FROM sector WHERE code IN ${sql(q.sector)}`;
      const unknown = q.sector.filter((s) => !known.some((k) => k.code === s));
      if (unknown.length) throw badRequest(`sector: unknown sector ${unknown.join(', ')}`, 'sector');
    }
    const body = await projectFeatures(sql, q);
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(body);
  })
  .get('/:id', validate('param', z.object({ id: idParam })), async (c) => {
    const sql = c.get('sql');
    const { id } = c.req.valid('param');
    const [row] = await sql<{ feature: string }[]>`
      SELECT ${projectFeature(sql)}::text AS feature
      FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE p.id = ${id} AND p.published AND NOT p.archived`;
    if (!row) throw notFound(`project ${id} not found`, 'id');
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(row.feature);
  });
