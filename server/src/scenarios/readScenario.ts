import type { Scenario, ScenarioSummary } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';
import { notFound } from '../errors.ts';
import { mayDecide, mayDraft } from './scenarioRights.ts';

type Stored = Omit<
  Scenario,
  'projects' | 'steps' | 'may_edit' | 'may_decide' | 'created_at' | 'updated_at'
> & {
  created_at: Date;
  updated_at: Date;
};

/** A scenario with its proposed projects and its trail, and what `user` may do with it now. */
export async function readScenario(sql: Sql, id: number, user: SessionUser | null): Promise<Scenario> {
  const [row] = await sql<Stored[]>`
    SELECT s.id::int AS id, s.name, s.province_code AS province, pv.name_fa AS province_name_fa,
           pv.name_en AS province_name_en, s.boundary_set AS set, s.period, s.indicators, s.weights,
           s.polarities, s.method, s.seed::float8 AS seed, s.status, u.username AS created_by,
           s.created_at, s.updated_at
    FROM scenario s
    LEFT JOIN app_user u ON u.id = s.created_by
    LEFT JOIN admin_unit pv ON pv.boundary_set = 'current' AND pv.level = 'province' AND pv.code = s.province_code
    WHERE s.id = ${id}`;
  if (!row) throw notFound('scenario.not_found', { id }, `scenario ${id} not found`, 'id');
  const projects = await sql<Scenario['projects']>`
    SELECT sp.county_code AS county, c.name_fa AS county_name_fa, c.name_en AS county_name_en, sp.title_fa,
           sp.title_en, sp.sector, sp.investment::float8 AS investment, sp.expected_jobs,
           sp.project_id::int AS project_id
    FROM scenario_project sp
    JOIN scenario s ON s.id = sp.scenario_id
    LEFT JOIN admin_unit c ON c.boundary_set = s.boundary_set AND c.level = 'county' AND c.code = sp.county_code
    WHERE sp.scenario_id = ${id}
    ORDER BY sp.position`;
  const steps = await sql<
    { action: Scenario['steps'][number]['action']; actor: string | null; at: Date; note: string | null }[]
  >`
    SELECT st.action, u.username AS actor, st.at, st.note
    FROM scenario_step st LEFT JOIN app_user u ON u.id = st.actor_id
    WHERE st.scenario_id = ${id}
    ORDER BY st.at, st.id`;
  const open = row.status === 'draft' || row.status === 'returned';
  return {
    ...row,
    province_name_fa: row.province_name_fa ?? row.province,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    projects: projects.map((p) => ({ ...p, county_name_fa: p.county_name_fa ?? p.county })),
    steps: steps.map((s) => ({ ...s, at: s.at.toISOString() })),
    may_edit: open && mayDraft(user, row.province),
    may_decide: row.status === 'submitted' && mayDecide(user, row.province),
  };
}

/** Scenarios newest first, optionally of one province or status. */
export async function listScenarios(
  sql: Sql,
  q: { province?: string | undefined; status?: string | undefined },
): Promise<ScenarioSummary[]> {
  const rows = await sql<(Omit<ScenarioSummary, 'updated_at'> & { updated_at: Date })[]>`
    SELECT s.id::int AS id, s.name, s.province_code AS province, coalesce(pv.name_fa, s.province_code) AS province_name_fa,
           pv.name_en AS province_name_en, s.status, u.username AS created_by, s.updated_at,
           (SELECT count(*)::int FROM scenario_project sp WHERE sp.scenario_id = s.id) AS projects
    FROM scenario s
    LEFT JOIN app_user u ON u.id = s.created_by
    LEFT JOIN admin_unit pv ON pv.boundary_set = 'current' AND pv.level = 'province' AND pv.code = s.province_code
    WHERE true
      ${q.province ? sql`AND s.province_code = ${q.province}` : sql``}
      ${q.status ? sql`AND s.status = ${q.status}` : sql``}
    ORDER BY s.updated_at DESC, s.id DESC
    LIMIT 500`;
  return rows.map((r) => ({ ...r, updated_at: r.updated_at.toISOString() }));
}
