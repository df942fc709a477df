import type { SearchResult } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { type Audience, projectVisible } from '../queries/projectFeatures.ts';

// Below this trigram similarity a name that neither equals, starts with nor contains the query is not
// offered: «كرمن» (a letter missing) still finds «کرمان» (0.4), while unrelated names score under 0.2.
const similarEnough = 0.3;

/**
 * A name that contains the query's key or is similar to it (pg_trgm's `%` at its 0.3 threshold, or `<%`
 * for a word of it): conditions the GIN indexes of migration 0013 answer, so only candidates are scored.
 */
const matches = (sql: Sql, name: ReturnType<Sql>) =>
  sql`(search_key(${name}) LIKE (SELECT pattern FROM query)
       OR search_key(${name}) % (SELECT k FROM query)
       OR (SELECT k FROM query) <% search_key(${name}))`;

/**
 * Provinces (of the current boundaries), counties of every boundary set and the projects this audience
 * may see, whose Persian or English name matches `q`. Names and the query are compared in the form
 * `search_key` (migration 0013) gives them, the one place the search normalises text. Ranked by how
 * they match (the whole name, its start, inside it, a similar spelling), then by similarity, then
 * provinces before counties before projects, the current boundaries first.
 */
export async function searchPlaces(
  sql: Sql,
  q: string,
  limit: number,
  audience: Audience,
): Promise<SearchResult[]> {
  return sql<SearchResult[]>`
    WITH query AS (
      SELECT search_key(${q}) AS k,
             -- The key inside a LIKE pattern: its own % and _ are characters, not wildcards.
             '%' || replace(replace(replace(search_key(${q}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern
    ),
    candidate AS (
      SELECT 'province' AS kind, 0 AS kind_order, u.id AS unit_id, u.boundary_set AS set, u.code,
             NULL::bigint AS id,
             u.name_fa, u.name_en, NULL::json AS province, NULL::json AS county,
             '/province/' || u.code AS path,
             search_key(u.name_fa) AS kfa, search_key(coalesce(u.name_en, '')) AS ken
      FROM admin_unit u
      WHERE u.level = 'province' AND u.boundary_set = 'current'
        AND (${matches(sql, sql`u.name_fa`)} OR ${matches(sql, sql`coalesce(u.name_en, '')`)})
      UNION ALL
      SELECT 'county', CASE WHEN u.boundary_set = 'current' THEN 1 ELSE 2 END, u.id, u.boundary_set, u.code,
             NULL,
             u.name_fa, u.name_en,
             json_build_object('code', p.code, 'name_fa', p.name_fa, 'name_en', p.name_en), NULL,
             '/county/' || u.boundary_set || '/' || u.code,
             search_key(u.name_fa), search_key(coalesce(u.name_en, ''))
      FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id
      WHERE u.level = 'county'
        AND (${matches(sql, sql`u.name_fa`)} OR ${matches(sql, sql`coalesce(u.name_en, '')`)})
      UNION ALL
      SELECT 'project', 3, NULL, NULL, NULL, p.id, p.title_fa, p.title_en,
             json_build_object('code', pr.code, 'name_fa', pr.name_fa, 'name_en', pr.name_en),
             json_build_object('code', c.code, 'name_fa', c.name_fa, 'name_en', c.name_en),
             '/project/' || p.id,
             search_key(p.title_fa), search_key(coalesce(p.title_en, ''))
      FROM project p JOIN admin_unit c ON c.id = p.county_id JOIN admin_unit pr ON pr.id = c.parent_id
      WHERE ${projectVisible(sql, {}, audience)}
        AND (${matches(sql, sql`p.title_fa`)} OR ${matches(sql, sql`coalesce(p.title_en, '')`)})
    ),
    scored AS (
      SELECT c.*,
             CASE
               WHEN c.kfa = q.k OR c.ken = q.k THEN 0
               WHEN starts_with(c.kfa, q.k) OR starts_with(c.ken, q.k) THEN 1
               WHEN strpos(c.kfa, q.k) > 0 OR strpos(c.ken, q.k) > 0 THEN 2
               ELSE 3
             END AS tier,
             greatest(similarity(c.kfa, q.k), similarity(c.ken, q.k),
                      word_similarity(q.k, c.kfa), word_similarity(q.k, c.ken)) AS score
      FROM candidate c, query q
      WHERE q.k <> ''
    )
    SELECT kind, set, code, id::int AS id, name_fa, name_en, province, county, path,
           -- Only the results' extents are computed: the map flies to the one opened.
           CASE WHEN kind = 'project'
             THEN (SELECT json_build_array(ST_X(p.location) - 0.3, ST_Y(p.location) - 0.3,
                                           ST_X(p.location) + 0.3, ST_Y(p.location) + 0.3)
                   FROM project p WHERE p.id = scored.id)
             ELSE (SELECT json_build_array(ST_XMin(u.geom), ST_YMin(u.geom), ST_XMax(u.geom), ST_YMax(u.geom))
                   FROM admin_unit u WHERE u.id = scored.unit_id)
           END AS bbox,
           (ARRAY['exact', 'prefix', 'contains', 'similar'])[tier + 1] AS match,
           round(score::numeric, 3)::float8 AS score
    FROM scored
    WHERE tier < 3 OR score >= ${similarEnough}
    ORDER BY tier, score DESC, kind_order, length(name_fa), name_fa, code, id
    LIMIT ${limit}`;
}
