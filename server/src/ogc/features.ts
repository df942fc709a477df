import type { Sql } from '@tavazon/data';
import { type Audience, projectFeature, projectVisible } from '../queries/projectFeatures.ts';
import { type Collection, projectScope } from './collections.ts';

// The features of an OGC collection, a page at a time, as GeoJSON text written by PostGIS (Node never
// parses geometry). Every page is ordered by the feature id, so offsets page through a stable order; the
// projects (up to a million) page by keyset instead: the features after the last id of the page before.

export interface ItemsFilter {
  limit: number;
  offset: number;
  /** Projects only: the features after this id (keyset). */
  after?: number | undefined;
  bbox?: [number, number, number, number] | undefined;
  /** Projects only: the interval their period must meet (ISO dates; null: open). */
  datetime?: { start: string | null; end: string | null } | undefined;
  /** One feature by id instead of a page. */
  id?: string | undefined;
}

export interface ItemsPage {
  /** A JSON array of GeoJSON Features. */
  features: string;
  returned: number;
  /** Projects only: the last id of a page that has a next one (keyset). */
  nextAfter?: number | undefined;
}

/** Above this many estimated matches, numberMatched is the planner's estimate, not a count. */
export const exactCountBelow = 10_000;

export function items(sql: Sql, c: Collection, f: ItemsFilter, audience: Audience): Promise<ItemsPage> {
  switch (c.kind) {
    case 'projects':
      return projectItems(sql, f, audience);
    case 'regions':
      return regionItems(sql, c.schemeId!, f);
    default:
      return unitItems(sql, c, f);
  }
}

/** How many features match: exact on small collections, the planner's estimate on large ones. */
export async function matched(
  sql: Sql,
  c: Collection,
  f: ItemsFilter,
  audience: Audience,
  exactBelow = exactCountBelow,
) {
  if (c.kind === 'regions') return { n: await regionCount(sql, c.schemeId!, f), estimated: false };
  if (c.kind !== 'projects') {
    const [row] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (${unitRows(sql, c, f)}) r`;
    return { n: row!.n, estimated: false };
  }
  const where = projectWhere(sql, f, audience);
  const [plan] = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM project p WHERE ${where}`;
  const estimate = Math.round(plan!['QUERY PLAN'][0].Plan['Plan Rows']);
  if (estimate >= exactBelow) return { n: estimate, estimated: true };
  const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM project p WHERE ${where}`;
  return { n: row!.n, estimated: false };
}

const envelope = (sql: Sql, b: [number, number, number, number]) =>
  sql`ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326)`;

function projectWhere(sql: Sql, f: ItemsFilter, audience: Audience) {
  const d = f.datetime;
  return sql`${projectVisible(sql, { ...projectScope(audience), bbox: f.bbox }, audience)}
    ${f.id !== undefined ? sql`AND p.id = ${Number(f.id)}` : sql``}
    ${
      d
        ? sql`AND p.start_date IS NOT NULL
              ${d.end ? sql`AND p.start_date <= ${d.end}::date` : sql``}
              ${d.start ? sql`AND (p.end_date IS NULL OR p.end_date >= ${d.start}::date)` : sql``}`
        : sql``
    }`;
}

async function projectItems(sql: Sql, f: ItemsFilter, audience: Audience): Promise<ItemsPage> {
  if (f.id !== undefined && !/^[0-9]{1,15}$/.test(f.id)) return { features: '[]', returned: 0 };
  // One row more than the page tells whether a next page exists without counting.
  const [row] = await sql<{ features: string; returned: number; more: boolean; last: string | null }[]>`
    SELECT coalesce(json_agg(f.feature ORDER BY f.id) FILTER (WHERE f.n <= ${f.limit}), '[]'::json)::text AS features,
           count(*) FILTER (WHERE f.n <= ${f.limit})::int AS returned,
           count(*) > ${f.limit} AS more,
           max(f.id) FILTER (WHERE f.n <= ${f.limit}) AS last
    FROM (
      SELECT p.id, ${projectFeature(sql, audience)} AS feature, row_number() OVER (ORDER BY p.id) AS n
      FROM project p JOIN admin_unit c ON c.id = p.county_id
      WHERE ${projectWhere(sql, f, audience)}
        ${f.after !== undefined ? sql`AND p.id > ${f.after}` : sql``}
      ORDER BY p.id LIMIT ${f.limit + 1} OFFSET ${f.offset}
    ) f`;
  return {
    features: row!.features,
    returned: row!.returned,
    nextAfter: row!.more && row!.last !== null ? Number(row!.last) : undefined,
  };
}

/** Provinces (of the current set) or the counties of a set, filtered but not yet paged. */
function unitRows(sql: Sql, c: Collection, f: ItemsFilter) {
  const level = c.kind === 'provinces' ? 'province' : 'county';
  return sql`
    SELECT u.id, u.code, u.name_fa, u.name_en, u.province_code, u.geom
    FROM admin_unit u
    WHERE u.boundary_set = ${c.set!} AND u.level = ${level}
      ${f.id !== undefined ? sql`AND u.code = ${f.id}` : sql``}
      ${f.bbox ? sql`AND u.geom && ${envelope(sql, f.bbox)} AND ST_Intersects(u.geom, ${envelope(sql, f.bbox)})` : sql``}`;
}

async function unitItems(sql: Sql, c: Collection, f: ItemsFilter): Promise<ItemsPage> {
  // Every indicator of the set is a property (null where a county lacks it), so that every feature has
  // the same fields: GDAL takes a layer's fields from its first page.
  const extra =
    c.kind === 'provinces'
      ? sql`jsonb_build_object('counties', (SELECT count(*)::int FROM admin_unit k WHERE k.parent_id = page.id))`
      : sql`coalesce((
          SELECT jsonb_object_agg(l.indicator, v.value)
          FROM latest l
          LEFT JOIN indicator_value v
            ON v.indicator = l.indicator AND v.period = l.period AND v.admin_unit_id = page.id), '{}'::jsonb)`;
  const [row] = await sql<ItemsPage[]>`
    WITH latest AS (
      SELECT v.indicator, max(v.period) AS period
      FROM indicator_value v JOIN admin_unit u ON u.id = v.admin_unit_id
      WHERE u.boundary_set = ${c.set!} AND u.level = 'county'
      GROUP BY v.indicator
    ), page AS (
      ${unitRows(sql, c, f)} ORDER BY u.code LIMIT ${f.limit} OFFSET ${f.offset}
    )
    SELECT coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', page.code,
      'geometry', ST_AsGeoJSON(page.geom, 6)::json,
      'properties', ${extra} || jsonb_build_object(
        'code', page.code, 'name_fa', page.name_fa, 'name_en', page.name_en, 'province', page.province_code)
    ) ORDER BY page.code), '[]'::json)::text AS features,
    count(*)::int AS returned
    FROM page`;
  return row!;
}

function regionRows(sql: Sql, schemeId: number, f: ItemsFilter) {
  return sql`
    SELECT r.id, r.code, r.name_fa, r.name_en,
           ST_Multi(ST_Union(u.geom)) AS geom, json_agg(u.code ORDER BY u.code) AS counties
    FROM region r
    JOIN region_member m ON m.region_id = r.id
    JOIN admin_unit u ON u.id = m.admin_unit_id
    WHERE r.scheme_id = ${schemeId} ${f.id !== undefined ? sql`AND r.code = ${f.id}` : sql``}
    GROUP BY r.id
    ${f.bbox ? sql`HAVING ST_Intersects(ST_Union(u.geom), ${envelope(sql, f.bbox)})` : sql``}`;
}

async function regionItems(sql: Sql, schemeId: number, f: ItemsFilter): Promise<ItemsPage> {
  const [row] = await sql<ItemsPage[]>`
    WITH page AS (${regionRows(sql, schemeId, f)} ORDER BY r.code LIMIT ${f.limit} OFFSET ${f.offset})
    SELECT coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'id', page.code,
      'geometry', ST_AsGeoJSON(page.geom, 6)::json,
      'properties', json_build_object(
        'code', page.code, 'name_fa', page.name_fa, 'name_en', page.name_en, 'counties', page.counties)
    ) ORDER BY page.code), '[]'::json)::text AS features,
    count(*)::int AS returned
    FROM page`;
  return row!;
}

/** The regions of a scheme matching the filter, counted. */
async function regionCount(sql: Sql, schemeId: number, f: ItemsFilter) {
  const [row] = await sql<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM (${regionRows(sql, schemeId, f)}) r`;
  return row!.n;
}
