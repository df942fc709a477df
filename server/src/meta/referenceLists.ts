import type { Sql } from '@tavazon/data';

/** The boundary sets (with their source, licence and unit counts) and the sectors, for GET /api/meta. */
export async function referenceLists(sql: Sql) {
  const boundarySets = await sql`
    SELECT s.code, s.name_fa, s.name_en, s.source, s.licence, s.attribution,
           count(*) FILTER (WHERE u.level = 'county')::int AS counties,
           count(*) FILTER (WHERE u.level = 'province')::int AS provinces
    FROM boundary_set s LEFT JOIN admin_unit u ON u.boundary_set = s.code
    GROUP BY s.code ORDER BY s.code`;
  const sectors = await sql`SELECT code, name_fa, name_en FROM sector ORDER BY code`;
  return { boundarySets, sectors };
}
