import {
  type Band,
  bandPosition,
  type CountyCoverage,
  type Coverage,
  currentSet,
  defaultBand,
  type ProjectStatus,
  projectStatuses,
} from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { requireProvince, requireSet } from '../lookups.ts';
import { type Audience, projectVisible } from '../queries/projectFeatures.ts';

export interface CoverageParams {
  set: string;
  province?: string | undefined;
  /** One county of the set (its page) instead of all of them. */
  county?: string | undefined;
}

interface CoverageRow {
  code: string;
  name_fa: string;
  name_en: string | null;
  province: string;
  population: number | null;
  unemployment_rate: number | null;
  active_population: number | null;
  counts: Partial<Record<ProjectStatus, number>> | null;
  archived: number;
  active: number;
  investment: number;
  other_currency: number;
  jobs: number;
  last_report: string | null;
  months: number | null;
  band_min: number;
  band_max: number;
}

/**
 * Each county of a boundary set (or of one province) with its driver projects counted against its
 * province's band: by status, active (neither cancelled nor archived), the position against the band,
 * the investment and expected jobs of the active projects, and how long ago any of them last reported
 * progress. Projects are counted by location, so any boundary set works: on `current` by the county
 * the registry placed them in, on another set by the one county of that set covering the point.
 *
 * Which projects count is the audience's (projectVisible, as everywhere projects are read): officials
 * count every project, unpublished ones and their investment included (GET /api/coverage, signed in);
 * the public, on a county's page, only the published ones that are not archived.
 *
 * @throws 404 naming `set` or `province` for codes the set does not have
 */
export async function countyCoverage(
  sql: Sql,
  params: CoverageParams,
  audience: Audience = { internal: true },
): Promise<Coverage> {
  const set = await requireSet(sql, params.set);
  if (params.province) await requireProvince(sql, set, params.province);
  const { province } = params;
  const [periods] = await sql<{ population: string | null; labour: string | null }[]>`
    SELECT (SELECT max(v.period) FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
            WHERE v.indicator = 'population' AND u.boundary_set = ${set}) AS population,
           (SELECT max(v.period) FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
            WHERE v.indicator = 'unemployment_rate' AND u.boundary_set = ${set}) AS labour`;
  const populationPeriod = periods?.population ?? null;
  const labourPeriod = periods?.labour ?? null;

  // A point on a shared border is covered by two counties: it is counted once, in the lowest id (the
  // placement the triggers of migration 0017 keep, so no point is tested against a polygon here).
  const visible = projectVisible(sql, { archived: undefined }, audience);
  const placed =
    set === currentSet
      ? sql`SELECT p.*, p.county_id AS unit_id FROM project p WHERE ${visible}`
      : sql`SELECT p.*, pl.unit_id FROM project p
            JOIN project_placement pl ON pl.project_id = p.id AND pl.boundary_set = ${set}
            WHERE ${visible}`;

  // One JSON text value: on PGlite each result row is a message through its socket (see countyValues).
  const [row] = await sql<{ body: string }[]>`
    WITH county AS (
      SELECT u.id, u.code, u.name_fa, u.name_en, u.province_code
      FROM admin_unit u
      WHERE u.boundary_set = ${set} AND u.level = 'county'
        ${province ? sql`AND u.province_code = ${province}` : sql``}
        ${params.county ? sql`AND u.code = ${params.county}` : sql``}
    ),
    placed AS (
      SELECT q.id, q.status, q.archived, q.investment, q.investment_unit, q.expected_jobs, q.unit_id,
             NOT q.archived AND q.status <> 'cancelled' AS active
      FROM (${placed}) q
      WHERE q.unit_id IN (SELECT id FROM county)
    ),
    by_status AS (
      SELECT unit_id, json_object_agg(status, n) AS counts
      FROM (SELECT unit_id, status, count(*)::int AS n FROM placed WHERE NOT archived GROUP BY unit_id, status) s
      GROUP BY unit_id
    ),
    tally AS (
      SELECT unit_id,
             count(*) FILTER (WHERE archived)::int AS archived,
             count(*) FILTER (WHERE active)::int AS active,
             coalesce(sum(investment) FILTER (WHERE active AND investment_unit = 'IRR-billion'), 0)::float8 AS investment,
             count(*) FILTER (WHERE active AND investment IS NOT NULL
                              AND investment_unit IS DISTINCT FROM 'IRR-billion')::int AS other_currency,
             coalesce(sum(expected_jobs) FILTER (WHERE active), 0)::float8 AS jobs
      FROM placed GROUP BY unit_id
    ),
    reports AS (
      SELECT pl.unit_id, max(r.reported_on) AS last_report
      FROM placed pl JOIN project_progress r ON r.project_id = pl.id
      WHERE pl.active
      GROUP BY pl.unit_id
    )
    SELECT coalesce(json_agg(json_build_object(
             'code', c.code, 'name_fa', c.name_fa, 'name_en', c.name_en, 'province', c.province_code,
             'population', pop.value, 'unemployment_rate', ur.value, 'active_population', ap.value,
             'counts', b.counts,
             'archived', coalesce(t.archived, 0), 'active', coalesce(t.active, 0),
             'investment', coalesce(t.investment, 0), 'other_currency', coalesce(t.other_currency, 0),
             'jobs', coalesce(t.jobs, 0),
             'last_report', r.last_report::text,
             'months', (extract(year FROM age(current_date, r.last_report)) * 12
                        + extract(month FROM age(current_date, r.last_report)))::int,
             'band_min', coalesce(cb.min_projects, ${defaultBand.min}),
             'band_max', coalesce(cb.max_projects, ${defaultBand.max})
           ) ORDER BY c.code), '[]'::json)::text AS body
    FROM county c
    LEFT JOIN by_status b ON b.unit_id = c.id
    LEFT JOIN tally t ON t.unit_id = c.id
    LEFT JOIN reports r ON r.unit_id = c.id
    LEFT JOIN coverage_band cb ON cb.province_code = c.province_code
    LEFT JOIN indicator_value pop
      ON pop.admin_unit_id = c.id AND pop.indicator = 'population' AND pop.period = ${populationPeriod}
    LEFT JOIN indicator_value ur
      ON ur.admin_unit_id = c.id AND ur.indicator = 'unemployment_rate' AND ur.period = ${labourPeriod}
    LEFT JOIN indicator_value ap
      ON ap.admin_unit_id = c.id AND ap.indicator = 'active_population' AND ap.period = ${labourPeriod}`;
  const counties = (JSON.parse(row!.body) as CoverageRow[]).map(toCoverage);
  const counts = { below: 0, within: 0, above: 0 };
  for (const c of counties) counts[c.position] += 1;
  return { set, province: province ?? null, period: populationPeriod, counts, counties };
}

function toCoverage(r: CoverageRow): CountyCoverage {
  const band: Band = { min: r.band_min, max: r.band_max };
  const people = r.population !== null && r.population > 0 ? r.population : null;
  const unemployed =
    r.unemployment_rate !== null && r.active_population !== null
      ? (r.unemployment_rate * r.active_population) / 100
      : null;
  return {
    code: r.code,
    name_fa: r.name_fa,
    name_en: r.name_en,
    province: r.province,
    population: r.population,
    projects: Object.fromEntries(projectStatuses.map((s) => [s, r.counts?.[s] ?? 0])) as Record<
      ProjectStatus,
      number
    >,
    archived: r.archived,
    active: r.active,
    active_per_100k: people ? (r.active / people) * 100_000 : null,
    band,
    position: bandPosition(r.active, band),
    investment: r.investment,
    investment_other_currency: r.other_currency,
    // Billion rials → rials per person.
    investment_per_capita: people ? (r.investment * 1e9) / people : null,
    expected_jobs: r.jobs,
    unemployed,
    expected_jobs_per_1000_unemployed: unemployed && unemployed > 0 ? (r.jobs / unemployed) * 1000 : null,
    last_report: r.last_report,
    months_since_report: r.months,
  };
}
