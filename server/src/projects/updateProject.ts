import { editableFields, type UpdateProjectInput } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { notFound } from '../errors.ts';
import { checkProjectCoherence, checkProjectOrganisations, requireSector } from './createProject.ts';
import { pointSql } from './locationSql.ts';
import { assertMayEditIn } from './provinceScope.ts';
import { recordAs } from './recordAs.ts';
import { staleConflict } from './staleConflict.ts';
import { statusTransition } from './statusTransition.ts';

interface Current {
  version: number;
  status: string;
  status_before: string | null;
  province_code: string;
  investment: number | null;
  investment_unit: string | null;
  start_date: string | null;
  end_date: string | null;
}

/**
 * Applies an edit based on `input.version`. Under a row lock: 404, then the editor's provinces (403),
 * then the version (409 with what changed), then the status table (400), then the change itself; the
 * triggers bump the version and write the history row. Returns the new version.
 */
export async function updateProject(
  sql: Sql,
  user: SessionUser,
  id: number,
  input: UpdateProjectInput,
): Promise<number> {
  if (input.sector) await requireSector(sql, input.sector);
  await checkProjectOrganisations(sql, input);
  return transaction(sql, async (tx) => {
    const [cur] = await tx<Current[]>`
      SELECT version, status, status_before, province_code, investment::float8 AS investment, investment_unit,
             to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
      FROM project WHERE id = ${id} FOR UPDATE`;
    if (!cur) throw notFound('project.not_found', { id }, `project ${id} not found`, 'id');
    assertMayEditIn(user, cur.province_code, `project ${id}`, 'id');
    if (cur.version !== input.version) throw await staleConflict(tx, id, input.version, cur.version);

    const set: Record<string, unknown> = {};
    for (const field of editableFields) {
      if (field !== 'location' && field !== 'status' && input[field] !== undefined) set[field] = input[field];
    }
    if (input.archived !== undefined) set.archived = input.archived;
    if (input.status !== undefined) {
      const next = statusTransition(cur.status, cur.status_before, input.status, user.role);
      set.status = next.status;
      set.status_before = next.statusBefore;
    }
    checkProjectCoherence({ ...cur, ...set });

    await recordAs(tx, user.id, 'updated', input.note);
    const assignments = Object.entries(set).map(([column, value]) =>
      column === 'supporting_org_ids'
        ? tx`${tx(column)} = ${tx.array(value as number[])}::bigint[]`
        : tx`${tx(column)} = ${value as string | number | boolean | null}`,
    );
    if (input.location) assignments.push(tx`location = ${pointSql(tx, input.location)}`);
    if (assignments.length === 0) return cur.version;
    const list = assignments.reduce((all, one) => tx`${all}, ${one}`);
    const [row] = await tx<{ version: number; province_code: string }[]>`
      UPDATE project SET ${list} WHERE id = ${id} RETURNING version, province_code`;
    if (row!.province_code !== cur.province_code) {
      assertMayEditIn(user, row!.province_code, 'the new location');
    }
    return row!.version;
  });
}
