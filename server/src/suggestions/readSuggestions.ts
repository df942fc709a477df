import type { PublicSuggestion, QueuedSuggestion, SuggestionStatus } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import type { SessionUser } from '../auth/sessions.ts';

/**
 * The provinces whose suggestions a user moderates: every province (null) for an admin or a planner
 * without a province limit, their provinces for a limited planner, none for a viewer or a visitor.
 */
export function moderatedProvinces(user: SessionUser | null): string[] | null {
  if (!user || user.role === 'viewer') return [];
  if (user.role === 'admin' || user.provinces.length === 0) return null;
  return user.provinces;
}

/** A condition on `suggestion s`: the rows this user moderates. */
function moderatedBy(sql: Sql, provinces: string[] | null) {
  if (provinces === null) return sql`true`;
  return provinces.length ? sql`s.province_code IN ${sql(provinces)}` : sql`false`;
}

/** What everyone may see: published suggestions, and the name only where the visitor asked for it. */
export function visibleSuggestion(sql: Sql, provinces: string[] | null) {
  return sql`(s.status = 'published' OR ${moderatedBy(sql, provinces)})`;
}

const pointJson = (sql: Sql) =>
  sql`CASE WHEN s.location IS NULL THEN NULL
           ELSE json_build_object('lng', round(ST_X(s.location)::numeric, 6)::float8,
                                  'lat', round(ST_Y(s.location)::numeric, 6)::float8) END`;

const projectJson = (sql: Sql) =>
  sql`CASE WHEN s.project_id IS NULL THEN NULL
           ELSE (SELECT json_build_object('id', p.id::int, 'title_fa', p.title_fa, 'title_en', p.title_en)
                 FROM project p WHERE p.id = s.project_id) END`;

export type SuggestionTarget = { set: string; county: string } | { project: number };

/** The published suggestions on a county (those on its projects included) or on a project, newest first. */
export async function publishedSuggestions(sql: Sql, target: SuggestionTarget): Promise<PublicSuggestion[]> {
  const where =
    'project' in target
      ? sql`s.project_id = ${target.project}`
      : sql`s.boundary_set = ${target.set} AND s.county_code = ${target.county}`;
  return sql<PublicSuggestion[]>`
    SELECT s.id::int AS id, s.body, CASE WHEN s.show_name THEN s.author_name END AS name,
           ${pointJson(sql)} AS location, s.reply, s.created_at, ${projectJson(sql)} AS project
    FROM suggestion s
    WHERE s.status = 'published' AND ${where}
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT 500`;
}

/** Published suggestions per county of a set, for the map layer. */
export async function suggestionCounts(sql: Sql, set: string) {
  return sql<{ code: string; published: number }[]>`
    SELECT county_code AS code, count(*)::int AS published
    FROM suggestion s
    WHERE s.boundary_set = ${set} AND s.status = 'published'
    GROUP BY county_code
    ORDER BY county_code`;
}

export interface QueueFilter {
  ids?: number[];
  province?: string | undefined;
  status?: SuggestionStatus | undefined;
  set?: string | undefined;
  county?: string | undefined;
  /** Only those the user moderates (the queue), not also the published ones elsewhere (an export). */
  moderatedOnly?: boolean;
}

/**
 * Suggestions with everything the visitor sent and every moderation step: all of them in the provinces
 * the user moderates, the published ones elsewhere (the name then only where the visitor asked).
 */
export async function queuedSuggestions(
  sql: Sql,
  filter: QueueFilter,
  provinces: string[] | null,
): Promise<QueuedSuggestion[]> {
  return sql<QueuedSuggestion[]>`
    SELECT s.id::int AS id, s.status, s.body,
           CASE WHEN s.show_name OR ${moderatedBy(sql, provinces)} THEN s.author_name END AS name,
           s.show_name, ${pointJson(sql)} AS location, s.reply, s.created_at, s.boundary_set AS set,
           json_build_object('code', s.county_code, 'name_fa', coalesce(c.name_fa, s.county_code),
                             'name_en', c.name_en) AS county,
           json_build_object('code', s.province_code, 'name_fa', coalesce(pr.name_fa, s.province_code),
                             'name_en', pr.name_en) AS province,
           ${projectJson(sql)} AS project,
           coalesce((SELECT json_agg(json_build_object('action', st.action, 'note', st.note,
                                                       'actor', u.username, 'at', st.at) ORDER BY st.at, st.id)
                     FROM suggestion_step st JOIN app_user u ON u.id = st.actor_id
                     WHERE st.suggestion_id = s.id AND ${moderatedBy(sql, provinces)}), '[]'::json) AS steps
    FROM suggestion s
    LEFT JOIN admin_unit c ON c.boundary_set = s.boundary_set AND c.level = 'county' AND c.code = s.county_code
    LEFT JOIN admin_unit pr ON pr.boundary_set = s.boundary_set AND pr.level = 'province'
                           AND pr.code = s.province_code
    WHERE ${visibleSuggestion(sql, provinces)}
      ${filter.moderatedOnly ? sql`AND ${moderatedBy(sql, provinces)}` : sql``}
      ${filter.ids ? sql`AND s.id IN ${sql(filter.ids)}` : sql``}
      ${filter.province ? sql`AND s.province_code = ${filter.province}` : sql``}
      ${filter.status ? sql`AND s.status = ${filter.status}` : sql``}
      ${filter.set ? sql`AND s.boundary_set = ${filter.set}` : sql``}
      ${filter.county ? sql`AND s.county_code = ${filter.county}` : sql``}
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT 2000`;
}
