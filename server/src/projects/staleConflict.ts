import type { Sql } from '@tavazon/data';
import { conflict, type HttpError } from '../errors.ts';
import { projectFeatureById } from '../queries/projectFeatures.ts';

/**
 * The 409 for an edit based on an old version: the project as it is now and every field changed since
 * the version the editor had, read from the history, so the editor can merge instead of overwrite.
 */
export async function staleConflict(
  sql: Sql,
  id: number,
  since: number,
  current: number,
): Promise<HttpError> {
  const [row] = await sql<{ fields: string[] | null; by: string[] | null }[]>`
    SELECT array_agg(DISTINCT k ORDER BY k) AS fields,
           array_agg(DISTINCT u.username) FILTER (WHERE u.username IS NOT NULL) AS by
    FROM project_history h
    LEFT JOIN app_user u ON u.id = h.actor_id
    LEFT JOIN LATERAL jsonb_object_keys(h.changes) AS k ON true
    WHERE h.project_id = ${id} AND h.version > ${since}`;
  const feature = await projectFeatureById(sql, id, { internal: true });
  const changed = (row?.fields ?? []).filter(Boolean);
  return conflict(
    'project.stale',
    { id, version: current, since, changed },
    `version: project ${id} is at version ${current}, not ${since}; changed since: ${changed.join(', ') || 'nothing recorded'}. ` +
      'Merge your edit into the current project and send it again with its version.',
    'version',
    { current: feature ? JSON.parse(feature) : null, changed, changedBy: row?.by ?? [], since },
  );
}
