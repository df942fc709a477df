import type { Sql } from '@tavazon/data';
import { notFound } from '../errors.ts';
import { type Audience, projectVisible } from '../queries/projectFeatures.ts';

/**
 * A project's history and progress reports in one list, oldest first (by when they were recorded).
 * Signed-in users get every history row (who, when, which fields old → new, note) and every report;
 * anonymous visitors get only the published reports of a published project, and no history: the
 * history shows internal fields and unpublished states.
 */
export async function projectTimeline(sql: Sql, id: number, audience: Audience) {
  const [project] = await sql<{ ok: boolean }[]>`
    SELECT true AS ok FROM project p
    WHERE p.id = ${id} AND ${projectVisible(sql, { archived: undefined }, audience)}`;
  if (!project) throw notFound('project.not_found', { id }, `project ${id} not found`, 'id');
  const progress = await sql<Record<string, unknown>[]>`
    SELECT 'progress' AS kind, q.created_at AS at, to_char(q.reported_on, 'YYYY-MM-DD') AS reported_on,
           q.percent, q.note
           ${audience.internal ? sql`, q.id::int AS id, q.published, u.username AS actor` : sql``}
    FROM project_progress q LEFT JOIN app_user u ON u.id = q.created_by
    WHERE q.project_id = ${id} ${audience.internal ? sql`` : sql`AND q.published`}
    ORDER BY q.created_at, q.id`;
  if (!audience.internal) return { id, events: progress };
  const history = await sql<Record<string, unknown>[]>`
    SELECT 'history' AS kind, h.at, h.version, h.action, u.username AS actor, h.changes, h.note
    FROM project_history h LEFT JOIN app_user u ON u.id = h.actor_id
    WHERE h.project_id = ${id}
    ORDER BY h.version`;
  const events = [...history, ...progress].sort(
    (a, b) => (a.at as Date).getTime() - (b.at as Date).getTime() || (a.kind === 'history' ? -1 : 1),
  );
  return { id, events };
}
