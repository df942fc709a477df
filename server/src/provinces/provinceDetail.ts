import type { ProvinceDetail } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { projectVisible } from '../queries/projectFeatures.ts';

/**
 * A province of a set with its bounding box, its counties, its public projects by status and its
 * published suggestions; undefined if the set has no such province.
 */
export async function provinceDetail(
  sql: Sql,
  set: string,
  code: string,
): Promise<ProvinceDetail | undefined> {
  const [row] = await sql<ProvinceDetail[]>`
    SELECT u.code, u.name_fa, u.name_en, u.boundary_set AS set,
           json_build_array(ST_XMin(u.geom), ST_YMin(u.geom), ST_XMax(u.geom), ST_YMax(u.geom)) AS bbox,
           coalesce((SELECT json_agg(json_build_object('code', k.code, 'name_fa', k.name_fa, 'name_en', k.name_en)
                                     ORDER BY k.name_fa, k.code)
                     FROM admin_unit k WHERE k.parent_id = u.id), '[]') AS counties,
           coalesce((SELECT json_object_agg(s.status, s.n) FROM (
                       SELECT p.status, count(*)::int AS n FROM project p
                       WHERE p.province_code = u.code AND ${projectVisible(sql, {}, { internal: false })}
                       GROUP BY p.status) s), '{}') AS projects,
           (SELECT count(*)::int FROM suggestion s
            WHERE s.province_code = u.code AND s.boundary_set = u.boundary_set AND s.status = 'published')
             AS suggestions
    FROM admin_unit u
    WHERE u.boundary_set = ${set} AND u.level = 'province' AND u.code = ${code}`;
  return row;
}
