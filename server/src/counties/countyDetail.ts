import type { Sql } from '@tavazon/data';
import { countVisible } from '../queries/projectFeatures.ts';

export interface CountyUnit {
  id: string;
  code: string;
  name_fa: string;
  name_en: string | null;
  province: { code: string; name_fa: string; name_en: string | null };
  bbox: [number, number, number, number];
}

/** A county of a set with its province and bounding box, or undefined if the set has no such code. */
export async function findCounty(sql: Sql, set: string, code: string): Promise<CountyUnit | undefined> {
  const [unit] = await sql<CountyUnit[]>`
    SELECT u.id, u.code, u.name_fa, u.name_en,
           json_build_object('code', p.code, 'name_fa', p.name_fa, 'name_en', p.name_en) AS province,
           json_build_array(ST_XMin(u.geom), ST_YMin(u.geom), ST_XMax(u.geom), ST_YMax(u.geom)) AS bbox
    FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id
    WHERE u.boundary_set = ${set} AND u.level = 'county' AND u.code = ${code}`;
  return unit;
}

/**
 * A county's indicator values (every period, newest first, each saying whether it is estimated and
 * how it was obtained) and its public projects counted by status.
 * The project counts are those kept on write for every boundary set (migration 0017).
 */
export async function countyFigures(sql: Sql, unitId: string) {
  const indicators = await sql`
    SELECT i.code, i.name_fa, i.name_en, i.unit, i.decimals, i.polarity, v.period, v.value,
           v.estimated, v.method
    FROM indicator_value v JOIN indicator i ON i.code = v.indicator
    WHERE v.admin_unit_id = ${unitId}
    ORDER BY i.code, v.period DESC`;
  const projects = await sql<{ status: string; n: number }[]>`
    SELECT k.status, sum(k.n)::int AS n
    FROM county_project_count k
    WHERE k.unit_id = ${unitId} AND ${countVisible(sql, { internal: false })}
    GROUP BY k.status`;
  return { indicators, projects: Object.fromEntries(projects.map((p) => [p.status, p.n])) };
}
