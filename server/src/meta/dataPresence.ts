import type { Sql } from '@tavazon/data';

/** The engine's versions and whether the reference data is there, for GET /api/health. */
export async function dataPresence(sql: Sql) {
  const [row] = await sql<{ postgis: string; postgres: string; boundarySets: number; indicators: number }[]>`
    SELECT postgis_lib_version() AS postgis, current_setting('server_version') AS postgres,
           (SELECT count(*)::int FROM boundary_set) AS "boundarySets",
           (SELECT count(*)::int FROM indicator) AS indicators`;
  return row!;
}
