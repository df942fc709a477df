import type { Decision, Review, ReviewProject } from '@tavazon/contract';
import { defaultBand } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { countyCoverage } from '../coverage/countyCoverage.ts';
import { notFound } from '../errors.ts';
import { decisionRows } from './decisionRows.ts';
import { listMeetings } from './meetings.ts';
import { isoToSolarDay, type SolarMonth } from './solarDays.ts';

// Statuses still under way: one of these without a report for two months is stalled.
const active = ['idea', 'study', 'approved', 'execution'];

type ProjectRow = Omit<ReviewProject, 'last_report' | 'stalled'> & {
  county: string;
  last_report: string | null;
  recent: boolean;
};

/**
 * The monthly review board of a province (GET /api/review): every county of the current boundaries
 * with its driver projects, this month's and last month's progress, whether the month's report is in,
 * stalled projects, counties outside the band, decisions due in the month or overdue on `today`.
 */
export async function reviewBoard(
  sql: Sql,
  province: string,
  month: SolarMonth,
  today: string,
): Promise<Review> {
  const [prov] = await sql<Review['province'][]>`
    SELECT code, name_fa, name_en FROM admin_unit
    WHERE boundary_set = 'current' AND level = 'province' AND code = ${province}`;
  if (!prov)
    throw notFound(
      'province.not_found',
      { province, set: 'current' },
      `province ${province} not found`,
      'province',
    );
  const counties = await sql<{ id: string; code: string; name_fa: string; name_en: string | null }[]>`
    SELECT id, code, name_fa, name_en FROM admin_unit
    WHERE boundary_set = 'current' AND level = 'county' AND province_code = ${province}
    ORDER BY name_fa`;
  const projects = await sql<ProjectRow[]>`
    SELECT p.id::int AS id, p.title_fa, p.title_en, p.status, p.executing_agency AS executing, u.code AS county,
      (SELECT r.percent FROM project_progress r WHERE r.project_id = p.id
         AND r.reported_on BETWEEN ${month.firstIso}::date AND ${month.lastIso}::date
       ORDER BY r.reported_on DESC LIMIT 1)::int AS progress,
      (SELECT r.percent FROM project_progress r WHERE r.project_id = p.id
         AND r.reported_on >= ${month.previousFirstIso}::date AND r.reported_on < ${month.firstIso}::date
       ORDER BY r.reported_on DESC LIMIT 1)::int AS previous_progress,
      EXISTS (SELECT 1 FROM project_progress r WHERE r.project_id = p.id
         AND r.reported_on BETWEEN ${month.firstIso}::date AND ${month.lastIso}::date) AS reported,
      EXISTS (SELECT 1 FROM project_progress r WHERE r.project_id = p.id
         AND r.reported_on BETWEEN ${month.previousFirstIso}::date AND ${month.lastIso}::date) AS recent,
      (SELECT to_char(max(r.reported_on), 'YYYY-MM-DD') FROM project_progress r
       WHERE r.project_id = p.id AND r.reported_on <= ${month.lastIso}::date) AS last_report
    FROM project p JOIN admin_unit u ON u.id = p.county_id
    WHERE p.province_code = ${province} AND NOT p.archived
    ORDER BY u.name_fa, p.id`;
  const rows = projects.map(({ recent, ...p }) => ({
    ...p,
    last_report: p.last_report ? isoToSolarDay(p.last_report) : null,
    stalled: active.includes(p.status) && !recent,
  }));

  // Each county against its province's band, as the officials' workspace counts it (issue 10).
  const coverage = await countyCoverage(sql, { set: 'current', province });
  const boardCounties = counties.map((c) => {
    const own = rows.filter((p) => p.county === c.code).map(({ county: _c, ...p }) => p);
    const covered = coverage.counties.find((k) => k.code === c.code);
    return {
      code: c.code,
      name_fa: c.name_fa,
      name_en: c.name_en,
      projects: own,
      band: covered?.position ?? ('below' as const),
      count: covered?.active ?? 0,
    };
  });
  const band = coverage.counties[0]?.band ?? defaultBand;

  const decisions = await decisionRows(sql, { province, openOnly: true }, today);
  const overdue = decisions.filter((d) => d.overdue);
  const due = decisions.filter(
    (d) =>
      !d.overdue && d.deadline !== null && d.deadline >= month.firstSolar && d.deadline <= month.lastSolar,
  );
  const meetings = await listMeetings(
    sql,
    { province, between: { from: month.firstIso, to: month.lastIso } },
    today,
  );

  return {
    province: prov,
    month: month.month,
    first_day: month.firstSolar,
    last_day: month.lastSolar,
    today: isoToSolarDay(today),
    band: { min: band.min, max: band.max },
    counties: boardCounties.map(({ count: _n, ...c }) => c),
    outside_band: boardCounties
      .filter((c) => c.band !== 'within')
      .map((c) => ({ code: c.code, name_fa: c.name_fa, name_en: c.name_en, count: c.count, band: c.band })),
    stalled: rows.filter((p) => p.stalled),
    due,
    overdue,
    overdue_by_organisation: byOrganisation(overdue),
    meetings: meetings.map((m) => ({
      id: m.id,
      held_on: m.held_on,
      body: m.body,
      decisions: m.decisions.length,
    })),
  };
}

/** Overdue decisions grouped under their executing organisation, the organisation with most first. */
function byOrganisation(overdue: Decision[]) {
  const groups = new Map<number, { organisation: Decision['executing']; decisions: Decision[] }>();
  for (const d of overdue) {
    const g = groups.get(d.executing.id) ?? { organisation: d.executing, decisions: [] };
    g.decisions.push(d);
    groups.set(d.executing.id, g);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.decisions.length - a.decisions.length ||
      a.organisation.name_fa.localeCompare(b.organisation.name_fa, 'fa'),
  );
}
