import type { Meeting } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { notFound } from '../errors.ts';
import { decisionRows } from './decisionRows.ts';
import { isoToSolarDay } from './solarDays.ts';

export interface MeetingFilter {
  id?: number;
  province?: string | undefined;
  /** ISO first and last day. */
  between?: { from: string; to: string };
}

type Row = Omit<Meeting, 'decisions' | 'updated_at' | 'changes'> & { updated_at: Date };

const orgs = (column: 'present_org_ids' | 'absent_org_ids', sql: Sql) => sql`
  coalesce((
    SELECT json_agg(json_build_object('id', o.id, 'name_fa', o.name_fa, 'name_en', o.name_en, 'kind', o.kind)
                    ORDER BY array_position(m.${sql(column)}, o.id))
    FROM organisation o WHERE o.id = ANY (m.${sql(column)})), '[]')`;

/** Meetings with attendance, agenda and decisions, oldest first. */
export async function listMeetings(sql: Sql, f: MeetingFilter, today: string): Promise<Meeting[]> {
  const rows = await sql<Row[]>`
    SELECT m.id::int AS id, m.province_code AS province, to_char(m.held_on, 'YYYY-MM-DD') AS held_on, m.body,
      m.title, m.notes, ${orgs('present_org_ids', sql)} AS present, ${orgs('absent_org_ids', sql)} AS absent,
      coalesce((
        SELECT json_agg(json_build_object('id', p.id, 'title_fa', p.title_fa, 'title_en', p.title_en) ORDER BY p.id)
        FROM project p WHERE p.id = ANY (m.agenda_project_ids)), '[]') AS agenda_projects,
      coalesce((
        SELECT json_agg(json_build_object('code', u.code, 'name_fa', u.name_fa, 'name_en', u.name_en) ORDER BY u.name_fa)
        FROM admin_unit u WHERE u.id = ANY (m.agenda_county_ids)), '[]') AS agenda_counties,
      m.updated_at
    FROM meeting m
    WHERE true
      ${f.id !== undefined ? sql`AND m.id = ${f.id}` : sql``}
      ${f.province ? sql`AND m.province_code = ${f.province}` : sql``}
      ${f.between ? sql`AND m.held_on BETWEEN ${f.between.from}::date AND ${f.between.to}::date` : sql``}
    ORDER BY m.held_on, m.id`;
  if (rows.length === 0) return [];
  const decisions = await decisionRows(sql, { meetingIds: rows.map((r) => r.id) }, today);
  return rows.map((r) => ({
    ...r,
    held_on: isoToSolarDay(r.held_on),
    updated_at: r.updated_at.toISOString(),
    decisions: decisions.filter((d) => d.meeting_id === r.id),
  }));
}

/** One meeting with every change of it and its decisions (who, when, what), oldest first. */
export async function oneMeeting(sql: Sql, id: number, today: string, withChanges = false): Promise<Meeting> {
  const [meeting] = await listMeetings(sql, { id }, today);
  if (!meeting) throw notFound('meeting.not_found', { id }, `meeting ${id} not found`, 'id');
  if (!withChanges) return meeting;
  const decisionIds = meeting.decisions.map((d) => d.id);
  const changes = await sql<NonNullable<Meeting['changes']>>`
    SELECT c.id::int AS id, c.entity, c.entity_id::int AS entity_id, c.action, COALESCE(u.display_name, u.username) AS actor, c.at, c.changes
    FROM review_change c LEFT JOIN app_user u ON u.id = c.actor_id
    WHERE (c.entity = 'meeting' AND c.entity_id = ${id})
       OR (c.entity = 'decision' AND c.entity_id = ANY (${decisionIds}::bigint[]))
    ORDER BY c.id`;
  return { ...meeting, changes };
}
