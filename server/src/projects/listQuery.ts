import type { Sql } from '@tavazon/data';
import { z } from 'zod';
import { badRequest, notFound, unauthorized } from '../errors.ts';
import { requireProvince } from '../lookups.ts';
import { bboxParam, listParam, provinceParam } from '../params.ts';
import type { ProjectFilter } from '../queries/projectFeatures.ts';
import { projectStatuses } from '../routes/meta.ts';

const flag = (name: string) =>
  z.enum(['true', 'false'], { message: `${name}: must be true or false` }).transform((v) => v === 'true');

/** The filters of GET /api/projects, shared by the export so that both always list the same projects. */
// Strict: a misspelt filter (statuss=…) must be refused, not ignored in favour of listing everything.
export const projectListQuery = z.strictObject({
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
  published: flag('published').optional(),
  archived: flag('archived').optional(),
});
export type ProjectListQuery = z.output<typeof projectListQuery>;

/**
 * Checks that the named province, county and sectors exist (404/400 naming them) and that an anonymous
 * visitor does not ask for what only signed-in users may see.
 */
export async function checkProjectFilter(
  sql: Sql,
  q: ProjectListQuery,
  internal: boolean,
): Promise<ProjectFilter> {
  if (!internal && q.published === false) {
    throw unauthorized('published: sign in to list unpublished projects', 'published');
  }
  if (!internal && q.archived === true) {
    throw unauthorized('archived: sign in to list archived projects', 'archived');
  }
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
  return { ...q, archived: q.archived ?? false };
}
