import type { Briefing } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { findCounty } from '../counties/countyDetail.ts';
import { countyCoverage } from '../coverage/countyCoverage.ts';
import { notFound } from '../errors.ts';
import { listOrganisations } from '../organisations/organisationStore.ts';
import { decisionRows } from './decisionRows.ts';
import { isoToSolarDay } from './solarDays.ts';

type ProjectRow = Omit<Briefing['projects'][number], 'reports' | 'last_report'> & {
  reports: { day: string; percent: number; note: string | null }[];
};

/**
 * The one-county briefing for the governor's meeting (GET /api/review/briefing/:county): the county's
 * outline and projects, each indicator's latest value with its rank and percentile in the province and
 * the country, its coverage against the band, its projects' progress, open decisions and patrons.
 */
export async function countyBriefing(sql: Sql, code: string, today: string): Promise<Briefing> {
  const county = await findCounty(sql, 'current', code);
  if (!county)
    throw notFound(
      'county.not_found',
      { county: code, set: 'current' },
      `county ${code} not found`,
      'county',
    );
  const [shape] = await sql<{ outline: unknown }[]>`
    SELECT ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, 0.002), 4)::json AS outline
    FROM admin_unit WHERE id = ${county.id}`;
  const indicators = await sql<Briefing['indicators']>`
    WITH latest AS (
      SELECT indicator, max(period) AS period FROM indicator_value WHERE admin_unit_id = ${county.id} GROUP BY indicator
    ), ranked AS (
      SELECT v.indicator, v.period, v.admin_unit_id, v.value, v.estimated,
        rank() OVER (PARTITION BY v.indicator ORDER BY v.value DESC)::int AS national_rank,
        count(*) OVER (PARTITION BY v.indicator)::int AS national_count,
        round((100 * percent_rank() OVER (PARTITION BY v.indicator ORDER BY v.value))::numeric, 1)::float8 AS national_percentile,
        rank() OVER (PARTITION BY v.indicator, u.province_code ORDER BY v.value DESC)::int AS province_rank,
        count(*) OVER (PARTITION BY v.indicator, u.province_code)::int AS province_count,
        round((100 * percent_rank() OVER (PARTITION BY v.indicator, u.province_code ORDER BY v.value))::numeric, 1)::float8
          AS province_percentile
      FROM indicator_value v
      JOIN latest l ON l.indicator = v.indicator AND l.period = v.period
      JOIN admin_unit u ON u.id = v.admin_unit_id
      WHERE u.boundary_set = 'current' AND u.level = 'county'
    )
    SELECT i.code, i.name_fa, i.name_en, i.unit, i.decimals::int AS decimals, i.polarity, r.period, r.value,
           r.estimated, r.province_rank, r.province_count, r.province_percentile,
           r.national_rank, r.national_count, r.national_percentile
    FROM ranked r JOIN indicator i ON i.code = r.indicator
    WHERE r.admin_unit_id = ${county.id}
    ORDER BY i.code`;
  const projects = await sql<ProjectRow[]>`
    SELECT p.id::int AS id, p.title_fa, p.title_en, p.status, p.progress::int AS progress,
      json_build_array(ST_X(p.location), ST_Y(p.location)) AS location,
      coalesce((
        SELECT json_agg(json_build_object('day', r.reported_on, 'percent', r.percent, 'note', r.note) ORDER BY r.reported_on)
        FROM project_progress r WHERE r.project_id = p.id), '[]') AS reports
    FROM project p
    WHERE p.county_id = ${county.id} AND NOT p.archived
    ORDER BY p.id`;
  const covered = (
    await countyCoverage(sql, { set: 'current', province: county.province.code })
  ).counties.find((c) => c.code === code);
  const patrons = (await listOrganisations(sql, { county: code, today })).map((o) => ({
    id: o.id,
    name_fa: o.name_fa,
    name_en: o.name_en,
    kind: o.kind,
    since:
      o.patronages
        .filter((p) => p.county === code)
        .map((p) => p.since)
        .sort()[0] ?? '',
  }));
  return {
    county: {
      code: county.code,
      name_fa: county.name_fa,
      name_en: county.name_en,
      province: county.province,
    },
    today: isoToSolarDay(today),
    outline: shape?.outline ?? null,
    indicators,
    coverage: {
      count: covered?.active ?? 0,
      min: covered?.band.min ?? 3,
      max: covered?.band.max ?? 6,
      band: covered?.position ?? 'below',
    },
    projects: projects.map((p) => {
      const reports = p.reports.map((r) => ({ ...r, day: isoToSolarDay(r.day) }));
      const last = reports.at(-1);
      return {
        ...p,
        reports: reports.map(({ day, percent }) => ({ day, percent })),
        last_report: last ? { day: last.day, percent: last.percent, note: last.note } : null,
      };
    }),
    decisions: await decisionRows(sql, { countyId: county.id, openOnly: true }, today),
    patrons,
  };
}
