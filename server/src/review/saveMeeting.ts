import type { CreateDecisionInput, CreateMeetingInput, UpdateMeetingInput } from '@tavazon/contract';
import { type Sql, transaction } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { assertMayEditIn } from '../projects/provinceScope.ts';
import { recordActor } from './recordActor.ts';
import { checkOrganisations, checkProjects, countyIds } from './references.ts';
import { isoToSolarDay, solarDayToIso } from './solarDays.ts';

/** A meeting may be planned ahead, but not more than a year: a typo in the year, most likely. */
function assertNotTooFarAhead(heldOnIso: string, today: string) {
  const latest = new Date(`${today}T00:00:00Z`);
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  const latestIso = latest.toISOString().slice(0, 10);
  if (heldOnIso > latestIso) {
    throw badRequest(
      'meeting.too_far_ahead',
      { held_on: isoToSolarDay(heldOnIso), latest: isoToSolarDay(latestIso) },
      `held_on: ${isoToSolarDay(heldOnIso)} is more than a year ahead (latest ${isoToSolarDay(latestIso)})`,
      'held_on',
    );
  }
}

type DecisionInput = Omit<
  CreateDecisionInput,
  'supporting_org_ids' | 'project_ids' | 'counties' | 'deadline'
> & {
  supporting_org_ids: number[];
  project_ids: number[];
  counties: string[];
  deadline: string | null;
};

/** A decision's references checked and its deadline converted; `at` prefixes the field names (decisions.2.). */
async function prepareDecision(tx: Sql, d: DecisionInput, province: string, at: string) {
  await checkOrganisations(tx, `${at}executing_org_id`, [d.executing_org_id]);
  await checkOrganisations(tx, `${at}supporting_org_ids`, d.supporting_org_ids);
  await checkProjects(tx, `${at}project_ids`, d.project_ids, province);
  const counties = await countyIds(tx, `${at}counties`, d.counties, province);
  const deadline = d.deadline ? solarDayToIso(`${at}deadline`, d.deadline) : null;
  return {
    number: d.number,
    text: d.text,
    executing_org_id: d.executing_org_id,
    supporting_org_ids: d.supporting_org_ids.filter((id) => id !== d.executing_org_id),
    deadline,
    project_ids: d.project_ids,
    county_ids: counties,
  };
}

async function insertDecision(tx: Sql, meetingId: number, d: Awaited<ReturnType<typeof prepareDecision>>) {
  const [row] = await tx<{ id: number }[]>`
    INSERT INTO decision (meeting_id, number, text, executing_org_id, supporting_org_ids, deadline, project_ids, county_ids)
    VALUES (${meetingId}, ${d.number}, ${d.text}, ${d.executing_org_id}, ${d.supporting_org_ids}::bigint[],
            ${d.deadline}::date, ${d.project_ids}::bigint[], ${d.county_ids}::bigint[])
    RETURNING id::int AS id`;
  return row!.id;
}

/** Records a meeting with its decisions, all or nothing. */
export async function createMeeting(sql: Sql, user: SessionUser, input: CreateMeetingInput, today: string) {
  assertMayEditIn(user, input.province, 'the meeting', 'province');
  const heldOn = solarDayToIso('held_on', input.held_on);
  assertNotTooFarAhead(heldOn, today);
  const decisions = (input.decisions ?? []) as DecisionInput[];
  const numbers = decisions.map((d) => d.number);
  const twice = numbers.find((n, i) => numbers.indexOf(n) !== i);
  if (twice !== undefined) {
    throw badRequest(
      'decision.duplicate_number',
      { number: twice },
      `decisions: number ${twice} is used twice`,
      'decisions',
    );
  }
  return transaction(sql, async (tx) => {
    const present = input.present_org_ids ?? [];
    const absent = input.absent_org_ids ?? [];
    await checkOrganisations(tx, 'present_org_ids', present);
    await checkOrganisations(tx, 'absent_org_ids', absent);
    await checkProjects(tx, 'agenda_project_ids', input.agenda_project_ids ?? [], input.province);
    const agendaCounties = await countyIds(
      tx,
      'agenda_counties',
      input.agenda_counties ?? [],
      input.province,
    );
    const prepared = [];
    for (const [i, d] of decisions.entries())
      prepared.push(await prepareDecision(tx, d, input.province, `decisions.${i}.`));
    await recordActor(tx, user.id);
    const [row] = await tx<{ id: number }[]>`
      INSERT INTO meeting (province_code, held_on, body, title, notes, present_org_ids, absent_org_ids,
                           agenda_project_ids, agenda_county_ids)
      VALUES (${input.province}, ${heldOn}::date, ${input.body}, ${input.title ?? null}, ${input.notes ?? null},
              ${present}::bigint[], ${absent}::bigint[], ${input.agenda_project_ids ?? []}::bigint[],
              ${agendaCounties}::bigint[])
      RETURNING id::int AS id`;
    for (const d of prepared) await insertDecision(tx, row!.id, d);
    return row!.id;
  });
}

async function lockMeeting(tx: Sql, user: SessionUser, id: number) {
  const [cur] = await tx<{ province: string; updated_at: Date }[]>`
    SELECT province_code AS province, updated_at FROM meeting WHERE id = ${id} FOR UPDATE`;
  if (!cur) throw notFound('meeting.not_found', { id }, `meeting ${id} not found`, 'id');
  assertMayEditIn(user, cur.province, 'the meeting', 'id');
  return cur;
}

export async function updateMeeting(
  sql: Sql,
  user: SessionUser,
  id: number,
  input: UpdateMeetingInput,
  today: string,
) {
  return transaction(sql, async (tx) => {
    const cur = await lockMeeting(tx, user, id);
    if (cur.updated_at.getTime() !== Date.parse(input.updated_at)) {
      throw conflict(
        'meeting.stale',
        { id },
        'updated_at: the meeting was changed by someone else meanwhile; reload it',
        'updated_at',
      );
    }
    const set: Record<string, unknown> = {};
    if (input.held_on !== undefined) {
      set.held_on = solarDayToIso('held_on', input.held_on);
      assertNotTooFarAhead(set.held_on as string, today);
    }
    for (const k of ['body', 'title', 'notes'] as const) if (input[k] !== undefined) set[k] = input[k];
    if (input.present_org_ids) {
      await checkOrganisations(tx, 'present_org_ids', input.present_org_ids);
      set.present_org_ids = input.present_org_ids;
    }
    if (input.absent_org_ids) {
      await checkOrganisations(tx, 'absent_org_ids', input.absent_org_ids);
      set.absent_org_ids = input.absent_org_ids;
    }
    if (input.agenda_project_ids) {
      await checkProjects(tx, 'agenda_project_ids', input.agenda_project_ids, cur.province);
      set.agenda_project_ids = input.agenda_project_ids;
    }
    if (input.agenda_counties)
      set.agenda_county_ids = await countyIds(tx, 'agenda_counties', input.agenda_counties, cur.province);
    const columns = Object.keys(set);
    if (columns.length === 0) return;
    await recordActor(tx, user.id);
    await tx`UPDATE meeting SET ${tx(set, ...columns)} WHERE id = ${id}`;
  });
}

/** Adds one numbered decision to a meeting. */
export async function addDecision(
  sql: Sql,
  user: SessionUser,
  meetingId: number,
  input: CreateDecisionInput,
) {
  return transaction(sql, async (tx) => {
    const cur = await lockMeeting(tx, user, meetingId);
    const [taken] =
      await tx`SELECT 1 FROM decision WHERE meeting_id = ${meetingId} AND number = ${input.number}`;
    if (taken) {
      throw conflict(
        'decision.duplicate_number',
        { number: input.number },
        `number: ${input.number} is taken in this meeting`,
        'number',
      );
    }
    const d = await prepareDecision(tx, input as DecisionInput, cur.province, '');
    await recordActor(tx, user.id);
    return insertDecision(tx, meetingId, d);
  });
}
