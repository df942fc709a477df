import { currentSet, type ProjectListQuery } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { findCounty } from '../counties/countyDetail.ts';
import { badRequest, notFound, unauthorized } from '../errors.ts';
import { requireProvince } from '../lookups.ts';
import type { ProjectFilter } from '../queries/projectFeatures.ts';

// The filters of GET /api/projects and of the export (one schema, `projectListQuery` of the contract),
// so that both always list the same projects.

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
    throw unauthorized(
      'auth.sign_in_required',
      {},
      'published: sign in to list unpublished projects',
      'published',
    );
  }
  if (!internal && q.archived === true) {
    throw unauthorized(
      'auth.sign_in_required',
      {},
      'archived: sign in to list archived projects',
      'archived',
    );
  }
  if (q.province) await requireProvince(sql, 'current', q.province);
  const set = q.set ?? currentSet;
  if (q.set && !q.county) {
    throw badRequest(
      'field.requires',
      { field: 'set', requires: 'county' },
      'set: given without county',
      'set',
    );
  }
  if (q.county && !(await findCounty(sql, set, q.county))) {
    throw notFound(
      'county.not_found',
      { county: q.county, set },
      `county ${q.county} not found in boundary set ${set}`,
      'county',
    );
  }
  if (q.sector) {
    const known = await sql<{ code: string }[]>`SELECT code FROM sector WHERE code IN ${sql(q.sector)}`;
    const unknown = q.sector.filter((s) => !known.some((k) => k.code === s));
    if (unknown.length) {
      throw badRequest(
        'sector.unknown',
        { sectors: unknown },
        `sector: unknown sector ${unknown.join(', ')}`,
        'sector',
      );
    }
  }
  if (q.patron !== undefined) {
    const [org] = await sql`SELECT 1 FROM organisation WHERE id = ${q.patron}`;
    if (!org)
      throw notFound(
        'organisation.not_found',
        { id: q.patron },
        `patron: no organisation ${q.patron}`,
        'patron',
      );
  }
  return { ...q, set, archived: q.archived ?? false };
}
