import type { progressSchema } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { z } from 'zod';
import type { SessionUser } from '../auth/sessions.ts';
import { conflict, notFound } from '../errors.ts';
import { assertMayEditIn } from './provinceScope.ts';
import { recordAs } from './recordAs.ts';

export type ProgressInput = z.output<typeof progressSchema>;

/**
 * A monthly progress report. Reports are only ever added, so they need no version; the newest report
 * (by date) sets the project's `progress`, which is then an ordinary recorded edit (action `progress`)
 * and makes other editors' copies stale like any edit would.
 */
export async function addProgress(sql: Sql, user: SessionUser, id: number, input: ProgressInput) {
  return transaction(sql, async (tx) => {
    const [project] = await tx<{ province_code: string }[]>`
      SELECT province_code FROM project WHERE id = ${id} FOR UPDATE`;
    if (!project) throw notFound('project.not_found', { id }, `project ${id} not found`, 'id');
    assertMayEditIn(user, project.province_code, `project ${id}`, 'id');
    const [row] = await tx<{ id: number }[]>`
      INSERT INTO project_progress (project_id, reported_on, percent, note, published, created_by)
      VALUES (${id}, ${input.reported_on}, ${input.percent}, ${input.note ?? null}, ${input.published}, ${user.id})
      ON CONFLICT (project_id, reported_on) DO NOTHING
      RETURNING id::int AS id`;
    if (!row)
      throw conflict(
        'project.progress_exists',
        { id, reported_on: input.reported_on },
        `reported_on: project ${id} already has a report for ${input.reported_on}`,
        'reported_on',
      );
    await recordAs(tx, user.id, 'progress', input.note ?? `progress report of ${input.reported_on}`);
    const [project2] = await tx<{ version: number }[]>`
      UPDATE project SET progress = ${input.percent}
      WHERE id = ${id} AND NOT EXISTS (
        SELECT 1 FROM project_progress q WHERE q.project_id = ${id} AND q.reported_on > ${input.reported_on})
      RETURNING version`;
    const [now] = project2
      ? [project2]
      : await tx<{ version: number }[]>`SELECT version FROM project WHERE id = ${id}`;
    return { id: row.id, version: now!.version };
  });
}
