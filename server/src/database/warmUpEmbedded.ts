import type { Sql } from '@tavazon/data';

/**
 * The embedded PGlite runs PostGIS, compiled to WebAssembly, on the server's own thread, and its first
 * point-in-county test of a process costs ~0.4 s (measured on the 478 current counties; later ones take
 * 5–20 ms for 50 points). Paid here, at the start, before the server listens: otherwise the first import
 * held every other request for that long.
 */
export async function warmUpEmbedded(sql: Sql): Promise<void> {
  await sql`
    SELECT count(*) FROM admin_unit u
    WHERE u.boundary_set = 'current' AND u.level = 'county'
      AND ST_Covers(u.geom, ST_SetSRID(ST_MakePoint(51.39, 35.69), 4326))`;
}
