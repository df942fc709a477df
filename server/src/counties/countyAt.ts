import type { Sql } from '@tavazon/data';

/**
 * The county of a set that covers a point, with the same test (ST_Covers on the stored polygons) as
 * the trigger that assigns a project's county; null outside every county.
 */
export async function countyAt(sql: Sql, set: string, lng: number, lat: number) {
  const [county] = await sql`
    SELECT u.code, u.name_fa, u.name_en,
           json_build_object('code', p.code, 'name_fa', p.name_fa, 'name_en', p.name_en) AS province
    FROM admin_unit u JOIN admin_unit p ON p.id = u.parent_id
    WHERE u.boundary_set = ${set} AND u.level = 'county'
      AND ST_Covers(u.geom, ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326))
    ORDER BY u.id
    LIMIT 1`;
  return county ?? null;
}
