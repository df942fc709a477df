import type { Sql } from '@tavazon/data';
import { badRequest, notFound } from '../errors.ts';
import { requireSet } from '../lookups.ts';
import { projectVisible } from '../queries/projectFeatures.ts';
import type { SuggestionTarget } from './readSuggestions.ts';

/**
 * The county (of a set) or the visible project whose suggestions are asked for: exactly one of the two
 * (400 naming `county`), and one that exists (404 naming it).
 */
export async function suggestionTarget(
  sql: Sql,
  q: { set: string; county?: string | undefined; project?: number | undefined },
): Promise<SuggestionTarget> {
  if ((q.county === undefined) === (q.project === undefined)) {
    throw badRequest(
      'field.requires',
      { field: 'county', requires: 'project' },
      'county: give either county (with set) or project',
      'county',
    );
  }
  if (q.project !== undefined) {
    const [row] = await sql`
      SELECT 1 FROM project p WHERE p.id = ${q.project} AND ${projectVisible(sql, {}, { internal: false })}`;
    if (!row)
      throw notFound('project.not_found', { id: q.project }, `project ${q.project} not found`, 'project');
    return { project: q.project };
  }
  const set = await requireSet(sql, q.set);
  const [row] = await sql`
    SELECT 1 FROM admin_unit WHERE boundary_set = ${set} AND level = 'county' AND code = ${q.county!}`;
  if (!row)
    throw notFound(
      'county.not_found',
      { county: q.county!, set },
      `county ${q.county} not found in boundary set ${set}`,
      'county',
    );
  return { set, county: q.county! };
}
