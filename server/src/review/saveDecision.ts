import type { UpdateDecisionInput } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { conflict, notFound } from '../errors.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { recordActor } from './recordActor.ts';
import { checkOrganisations, checkProjects, countyIds } from './references.ts';
import { solarDayToIso } from './solarDays.ts';

/**
 * Edits a decision: its text, organisations, deadline, links, status (done records the day) and
 * follow-up notes. Based on an older `updated_at`: 409, nothing written.
 */
export async function updateDecision(
  sql: Sql,
  user: SessionUser,
  id: number,
  input: UpdateDecisionInput,
  today: string,
) {
  return transaction(sql, async (tx) => {
    const [cur] = await tx<
      { meeting_id: number; province: string; updated_at: Date; executing_org_id: number }[]
    >`
      SELECT d.meeting_id::int AS meeting_id, m.province_code AS province, d.updated_at,
             d.executing_org_id::int AS executing_org_id
      FROM decision d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ${id} FOR UPDATE OF d`;
    if (!cur) throw notFound('decision.not_found', { id }, `decision ${id} not found`, 'id');
    assertMayEditIn(user, cur.province, 'the decision', 'id');
    if (cur.updated_at.getTime() !== Date.parse(input.updated_at)) {
      throw conflict(
        'decision.stale',
        { id },
        'updated_at: the decision was changed by someone else meanwhile; reload it',
        'updated_at',
      );
    }
    const set: Record<string, unknown> = {};
    if (input.number !== undefined) {
      const [taken] = await tx`
        SELECT 1 FROM decision WHERE meeting_id = ${cur.meeting_id} AND number = ${input.number} AND id <> ${id}`;
      if (taken) {
        throw conflict(
          'decision.duplicate_number',
          { number: input.number },
          `number: ${input.number} is taken in this meeting`,
          'number',
        );
      }
      set.number = input.number;
    }
    if (input.text !== undefined) set.text = input.text;
    if (input.executing_org_id !== undefined) {
      await checkOrganisations(tx, 'executing_org_id', [input.executing_org_id]);
      set.executing_org_id = input.executing_org_id;
    }
    if (input.supporting_org_ids !== undefined) {
      await checkOrganisations(tx, 'supporting_org_ids', input.supporting_org_ids);
      const executing = (set.executing_org_id as number | undefined) ?? cur.executing_org_id;
      set.supporting_org_ids = input.supporting_org_ids.filter((o) => o !== executing);
    }
    if (input.deadline !== undefined)
      set.deadline = input.deadline ? solarDayToIso('deadline', input.deadline) : null;
    if (input.project_ids !== undefined) {
      await checkProjects(tx, 'project_ids', input.project_ids, cur.province);
      set.project_ids = input.project_ids;
    }
    if (input.counties !== undefined)
      set.county_ids = await countyIds(tx, 'counties', input.counties, cur.province);
    if (input.status !== undefined) {
      set.status = input.status;
      set.done_on = input.status === 'done' ? today : null;
    }
    if (input.follow_up !== undefined) set.follow_up = input.follow_up;
    const columns = Object.keys(set);
    if (columns.length === 0) return cur.meeting_id;
    await recordActor(tx, user.id);
    await tx`UPDATE decision SET ${tx(set, ...columns)} WHERE id = ${id}`;
    return cur.meeting_id;
  });
}
