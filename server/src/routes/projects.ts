import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { badRequest, notFound } from '../errors.ts';
import { requireProvince } from '../lookups.ts';
import { bboxParam, idParam, listParam, provinceParam } from '../params.ts';
import { validate } from '../validate.ts';
import { projectStatuses } from './meta.ts';

const listQuery = z.object({
  province: provinceParam.optional(),
  county: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'must be a county code of the current boundary set').optional(),
  status: listParam(z.enum(projectStatuses, { message: `must be among ${projectStatuses.join(', ')}` })).optional(),
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
    const bbox = q.bbox;
    const [row] = await sql<{ body: string }[]>`
      SELECT json_build_object(
        'type', 'FeatureCollection',
        'features', COALESCE(json_agg(f.feature ORDER BY f.id), '[]'::json)
      )::text AS body
      FROM (
        SELECT p.id, ${featureSql(sql)} AS feature
        FROM project p JOIN admin_unit c ON c.id = p.county_id
        WHERE p.published AND NOT p.archived
          ${q.province ? sql`AND p.province_code = ${q.province}` : sql``}
          ${q.county ? sql`AND c.code = ${q.county}` : sql``}
          ${q.status ? sql`AND p.status IN ${sql(q.status)}` : sql``}
          ${q.sector ? sql`AND p.sector IN ${sql(q.sector)}` : sql``}
          ${bbox ? sql`AND p.location && ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)` : sql``}
      ) f`;
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(row!.body);
  })
  .get('/:id', validate('param', z.object({ id: idParam })), async (c) => {
    const sql = c.get('sql');
    const { id } = c.req.valid('param');
    const [row] = await sql<{ feature: string }[]>`
      SELECT ${featureSql(sql)}::text AS feature
      FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE p.id = ${id} AND p.published AND NOT p.archived`;
    if (!row) throw notFound(`project ${id} not found`, 'id');
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(row.feature);
  });

/** One project as a GeoJSON Feature; expects `project p` joined to its county `admin_unit c`. */
function featureSql(sql: AppEnv['Variables']['sql']) {
  return sql`json_build_object(
    'type', 'Feature',
    'id', p.id,
    'geometry', ST_AsGeoJSON(p.location, 6)::json,
    'properties', json_build_object(
      'id', p.id, 'title_fa', p.title_fa, 'title_en', p.title_en, 'description', p.description,
      'sector', p.sector, 'status', p.status, 'source_status', p.source_status, 'progress', p.progress,
      'location_precision', p.location_precision,
      'county', c.code, 'county_name_fa', c.name_fa, 'county_name_en', c.name_en, 'province', p.province_code,
      'executing_agency', p.executing_agency, 'supporting_agencies', p.supporting_agencies,
      'investment', p.investment, 'investment_unit', p.investment_unit, 'private_share', p.private_share,
      'expected_jobs', p.expected_jobs,
      'start_date', to_char(p.start_date, 'YYYY-MM-DD'), 'end_date', to_char(p.end_date, 'YYYY-MM-DD'),
      'source_document', p.source_document, 'source_date', p.source_date,
      'published', p.published, 'version', p.version, 'updated_at', p.updated_at))`;
}
