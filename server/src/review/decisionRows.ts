import type { Decision } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { isoToSolarDay } from './solarDays.ts';

export interface DecisionFilter {
  id?: number;
  meetingIds?: number[];
  province?: string;
  /** Decisions this organisation executes or supports. */
  organisation?: number;
  /** Decisions naming this county (by id) or one of its projects. */
  countyId?: string;
  openOnly?: boolean;
}

type Row = Omit<Decision, 'deadline' | 'done_on' | 'meeting_held_on' | 'updated_at'> & {
  deadline: string | null;
  done_on: string | null;
  meeting_held_on: string;
  updated_at: Date;
};

/**
 * Decisions with their organisations, projects and counties, in meeting and number order. Overdue is
 * computed here from `today` (ISO): an open decision whose deadline has passed.
 */
export async function decisionRows(sql: Sql, f: DecisionFilter, today: string): Promise<Decision[]> {
  const rows = await sql<Row[]>`
    SELECT d.id::int AS id, d.meeting_id::int AS meeting_id, d.number, d.text,
      json_build_object('id', e.id, 'name_fa', e.name_fa, 'name_en', e.name_en, 'kind', e.kind) AS executing,
      coalesce((
        SELECT json_agg(json_build_object('id', o.id, 'name_fa', o.name_fa, 'name_en', o.name_en, 'kind', o.kind)
                        ORDER BY array_position(d.supporting_org_ids, o.id))
        FROM organisation o WHERE o.id = ANY (d.supporting_org_ids)), '[]') AS supporting,
      to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.status,
      (d.status = 'open' AND d.deadline < ${today}::date) AS overdue,
      to_char(d.done_on, 'YYYY-MM-DD') AS done_on,
      coalesce((
        SELECT json_agg(json_build_object('id', p.id, 'title_fa', p.title_fa, 'title_en', p.title_en) ORDER BY p.id)
        FROM project p WHERE p.id = ANY (d.project_ids)), '[]') AS projects,
      coalesce((
        SELECT json_agg(json_build_object('code', u.code, 'name_fa', u.name_fa, 'name_en', u.name_en) ORDER BY u.name_fa)
        FROM admin_unit u WHERE u.id = ANY (d.county_ids)), '[]') AS counties,
      d.follow_up, d.updated_at, to_char(m.held_on, 'YYYY-MM-DD') AS meeting_held_on, m.body AS meeting_body
    FROM decision d
    JOIN meeting m ON m.id = d.meeting_id
    JOIN organisation e ON e.id = d.executing_org_id
    WHERE true
      ${f.id !== undefined ? sql`AND d.id = ${f.id}` : sql``}
      ${f.meetingIds ? sql`AND d.meeting_id = ANY (${f.meetingIds}::bigint[])` : sql``}
      ${f.province ? sql`AND m.province_code = ${f.province}` : sql``}
      ${f.organisation !== undefined ? sql`AND (d.executing_org_id = ${f.organisation} OR ${f.organisation} = ANY (d.supporting_org_ids))` : sql``}
      ${
        f.countyId !== undefined
          ? sql`AND (${f.countyId}::bigint = ANY (d.county_ids) OR EXISTS (
                SELECT 1 FROM project p WHERE p.id = ANY (d.project_ids) AND p.county_id = ${f.countyId}::bigint))`
          : sql``
      }
      ${f.openOnly ? sql`AND d.status = 'open'` : sql``}
    ORDER BY m.held_on, d.meeting_id, d.number`;
  return rows.map((r) => ({
    ...r,
    deadline: r.deadline ? isoToSolarDay(r.deadline) : null,
    done_on: r.done_on ? isoToSolarDay(r.done_on) : null,
    meeting_held_on: isoToSolarDay(r.meeting_held_on),
    updated_at: r.updated_at.toISOString(),
  }));
}
