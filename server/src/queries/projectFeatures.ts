import { currentSet } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';

export interface ProjectFilter {
  province?: string | undefined;
  /** A county code of `set`. */
  county?: string | undefined;
  /**
   * The boundary set of `county` (default current). Of the current set, the county a project is recorded
   * in; of another (a census vintage, other codes), the projects whose point its polygon covers.
   */
  set?: string | undefined;
  status?: string[] | undefined;
  sector?: string[] | undefined;
  /** [minLng, minLat, maxLng, maxLat] in degrees. */
  bbox?: [number, number, number, number] | undefined;
  /** Signed-in users only: published or unpublished projects alone (default both). */
  published?: boolean | undefined;
  /** Signed-in users only: archived projects instead of the current ones. */
  archived?: boolean | undefined;
  /** Projects in the counties this organisation backs as an economic patron (a patronage not ended). */
  patron?: number | undefined;
}

/**
 * Who is looking. Anonymous visitors (`internal: false`) get published, unarchived projects with the
 * public fields only, whatever the filter says: this is the one place that rule is enforced.
 */
export interface Audience {
  internal: boolean;
}

/** Projects matching the filter, as a GeoJSON FeatureCollection text built by PostGIS. */
export async function projectFeatures(
  sql: Sql,
  q: ProjectFilter,
  audience: Audience = { internal: false },
): Promise<string> {
  const [row] = await sql<{ body: string }[]>`
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', COALESCE(json_agg(f.feature ORDER BY f.id), '[]'::json)
    )::text AS body
    FROM (
      SELECT p.id, ${projectFeature(sql, audience)} AS feature
      FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE ${projectVisible(sql, q, audience)}
    ) f`;
  return row!.body;
}

/** One project as a GeoJSON Feature text, or undefined if it does not exist for this audience. */
export async function projectFeatureById(sql: Sql, id: number, audience: Audience) {
  const [row] = await sql<{ feature: string }[]>`
    SELECT ${projectFeature(sql, audience)}::text AS feature
    FROM project p JOIN admin_unit c ON c.id = p.county_id
    WHERE p.id = ${id} AND ${projectVisible(sql, audience.internal ? { archived: undefined } : {}, audience)}`;
  return row?.feature;
}

/**
 * The projects this audience may see, narrowed by the filter: the one place that decides visibility,
 * as a WHERE condition on `project p` (joined to its county `admin_unit c` when the filter names a
 * county). Every reader of projects (the GeoJSON, the exports, the county counts, the timeline) uses it.
 * `archived: undefined` for an internal audience means both.
 */
export function projectVisible(sql: Sql, q: ProjectFilter, audience: Audience) {
  const bbox = q.bbox;
  const archived = audience.internal ? q.archived : false;
  const published = audience.internal ? q.published : true;
  return sql`true
    ${published !== undefined ? sql`AND p.published = ${published}` : sql``}
    ${archived !== undefined ? sql`AND p.archived = ${archived}` : sql``}
    ${q.province ? sql`AND p.province_code = ${q.province}` : sql``}
    ${q.county ? countyCondition(sql, q.county, q.set) : sql``}
    ${q.status ? sql`AND p.status IN ${sql(q.status)}` : sql``}
    ${q.sector ? sql`AND p.sector IN ${sql(q.sector)}` : sql``}
    ${bbox ? sql`AND p.location && ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)` : sql``}
    ${
      q.patron !== undefined
        ? sql`AND EXISTS (
            SELECT 1 FROM organisation_patronage g
            WHERE g.organisation_id = ${q.patron} AND g.county_id = p.county_id
              AND (g.until IS NULL OR g.until >= current_date))`
        : sql``
    }`;
}

function countyCondition(sql: Sql, county: string, set = currentSet) {
  if (set === currentSet) return sql`AND c.code = ${county}`;
  // The county of another set that the triggers of migration 0017 placed the project in.
  return sql`AND EXISTS (
    SELECT 1 FROM project_placement pl JOIN admin_unit k ON k.id = pl.unit_id
    WHERE pl.project_id = p.id AND pl.boundary_set = ${set} AND k.level = 'county' AND k.code = ${county})`;
}

/**
 * The same rule as projectVisible, as a condition on the kept counts `county_project_count k`
 * (migration 0017): anonymous visitors count published, unarchived projects; signed-in users the current ones.
 */
export function countVisible(sql: Sql, audience: Audience) {
  return audience.internal ? sql`NOT k.archived` : sql`k.published AND NOT k.archived`;
}

/**
 * The public fields of a project (docs/api.md lists them); everything else is internal and only
 * added for signed-in users.
 */
export const publicProperties = [
  'id',
  'title_fa',
  'title_en',
  'description',
  'sector',
  'status',
  'source_status',
  'progress',
  'location_precision',
  'county',
  'county_name_fa',
  'county_name_en',
  'province',
  'executing_agency',
  'supporting_agencies',
  'executing_org_id',
  'supporting_org_ids',
  'start_date',
  'end_date',
  'source_document',
  'source_date',
  'updated_at',
] as const;

export const internalProperties = [
  'investment',
  'investment_unit',
  'private_share',
  'expected_jobs',
  'published',
  'archived',
  'version',
  'status_before',
  'created_at',
  'created_by',
  'updated_by',
] as const;

/** One project as a GeoJSON Feature; expects `project p` joined to its county `admin_unit c`. */
export function projectFeature(sql: Sql, audience: Audience) {
  const internal = sql`|| jsonb_build_object(
      'investment', p.investment, 'investment_unit', p.investment_unit, 'private_share', p.private_share,
      'expected_jobs', p.expected_jobs, 'published', p.published, 'archived', p.archived,
      'version', p.version, 'status_before', p.status_before, 'created_at', p.created_at,
      'created_by', (SELECT u.username FROM app_user u WHERE u.id = p.created_by),
      'updated_by', (SELECT u.username FROM app_user u WHERE u.id = p.updated_by))`;
  return sql`json_build_object(
    'type', 'Feature',
    'id', p.id,
    'geometry', ST_AsGeoJSON(p.location, 6)::json,
    'properties', jsonb_build_object(
      'id', p.id, 'title_fa', p.title_fa, 'title_en', p.title_en, 'description', p.description,
      'sector', p.sector, 'status', p.status, 'source_status', p.source_status, 'progress', p.progress,
      'location_precision', p.location_precision,
      'county', c.code, 'county_name_fa', c.name_fa, 'county_name_en', c.name_en, 'province', p.province_code,
      'executing_agency', p.executing_agency, 'supporting_agencies', p.supporting_agencies,
      'executing_org_id', p.executing_org_id, 'supporting_org_ids', p.supporting_org_ids,
      'start_date', to_char(p.start_date, 'YYYY-MM-DD'), 'end_date', to_char(p.end_date, 'YYYY-MM-DD'),
      'source_document', p.source_document, 'source_date', p.source_date, 'updated_at', p.updated_at)
      ${audience.internal ? internal : sql``})`;
}
